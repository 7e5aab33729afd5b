"""What every offline command gets (the store, search, its arguments) and how it answers:
exit codes, and Unanswered for nothing found or unusable input."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.config import Config
from bot.errors import (
    ConfigError,
    EssayFormatError,
    PermissionDenied,
    QueryTooLong,
    UsageError,
)
from bot.search import Search
from bot.store import GLOBAL, PassageRecord, Store


@dataclass
class Context:
    """What every offline command gets: the store, search and the parsed arguments."""

    config: Config
    store: Store
    search: Search
    args: argparse.Namespace

    @property
    def guild_id(self) -> int:
        return self.args.guild or GLOBAL


Command = Callable[[Context], Awaitable[tuple[dict, str]]]


# Exit codes, the same for every subcommand (README, "Offline CLI").
ANSWERED, NOTHING_FOUND, USAGE = 0, 1, 2


USAGE_ERRORS = (ConfigError, EssayFormatError, PermissionDenied, QueryTooLong, UsageError)


class Unanswered(Exception):
    """The command ran but found nothing (exit 1), or some of its input was unusable (exit
    2, each problem in ``errors``): its answer, empty or partial, is still printed."""

    def __init__(
        self, data: dict, text: str, code: int = NOTHING_FOUND, errors: Sequence[str] = ()
    ) -> None:
        super().__init__(text)
        self.data, self.text, self.code, self.errors = data, text, code, errors


def passage_json(p: PassageRecord) -> dict:
    return {
        "essay_id": p.essay_id,
        "passage_id": p.id,
        "title": p.title,
        "author": p.author,
        "speaker": p.speaker,
        "text": p.text,
        "stance": p.stance,
        "topics": list(p.topics),
        "url": p.url,
    }
