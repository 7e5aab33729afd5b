"""Domain exceptions. Each carries the message a user should see (no discord import)."""

from __future__ import annotations


def as_typed(text: str) -> str:
    """What a user typed, shown back in quotation marks and unchanged (``repr`` would add
    backslashes before an apostrophe when the text also holds a double quote)."""
    return f"\u201c{text}\u201d"


class CrosscutError(Exception):
    """Base class: ``str(error)`` is safe and useful to show to a user."""


class ConfigError(CrosscutError):
    """The configuration is missing or invalid; the process cannot start."""


class NothingFound(CrosscutError):
    """A query matched nothing relevant."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"Nothing in the essays matches {as_typed(what)}. Try other words, or /help."
        )


class EssayFormatError(CrosscutError):
    """An essay file or submission could not be understood."""


class NotFoundError(CrosscutError):
    """An essay, author or setting does not exist (or is not visible from here)."""


class PermissionDenied(CrosscutError):
    """The user may not do this here."""


class FetchError(CrosscutError):
    """A URL could not (or must not) be fetched."""


class DraftGone(CrosscutError):
    """A preview was already published, cancelled or has expired."""


class UsageError(CrosscutError):
    """A command was given an argument it cannot use: it fails again until changed."""


class QueryTooLong(CrosscutError):
    """A query is longer than any command takes."""


class DiscordUnreachable(CrosscutError):
    """The bot could not connect to Discord."""


class DatabaseBusy(CrosscutError):
    """Another writer held the database longer than a write may wait."""

    def __init__(self) -> None:
        super().__init__("The database is busy; try again in a moment.")
