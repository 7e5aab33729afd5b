"""/verify with its context: a quote checked against the essays, and whether its author
states that view only to argue against it (no discord import). The cog and the CLI both
call ``verify_quote``, so they say the same thing."""

from __future__ import annotations

import dataclasses

from bot.search import Search, Verification
from bot.stance.reader import argued_against
from bot.store import GLOBAL


async def verify_quote(search: Search, text: str, *, guild_id: int = GLOBAL) -> Verification:
    """``search.verify``, with ``argued_against`` read from the quote's whole sentence."""
    result = await search.verify(text, guild_id=guild_id)
    if result.found and argued_against(result.sentence, result.passage.stance):
        result = dataclasses.replace(result, argued_against=True)
    return result
