"""How long a query may be, at every entry point: slash options, buttons and the CLI alike.

The slash commands declare the same numbers as option lengths, so Discord stops a longer one
before it is sent; the domain checks again, for the CLI and anything else that calls it.
"""

from __future__ import annotations

from bot.errors import QueryTooLong

QUOTE_MAX = 300  # /quote text
VERIFY_MAX = 1000  # /verify quote
CLAIM_MAX = 2000  # "Argue the other side" hands over a whole message; /counter takes 500
COUNTER_MAX = 500  # /counter claim
NAME_MAX = 100  # an author or a topic


def check_length(text: str, limit: int, what: str) -> str:
    """``text``, or a clear refusal if it is over ``limit`` characters."""
    if len(text) > limit:
        raise QueryTooLong(f"That {what} is {len(text):,} characters; the limit is {limit:,}.")
    return text
