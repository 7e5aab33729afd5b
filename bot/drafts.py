"""Previews waiting for *Publish*: the drafts moderators are looking at, by token
(no discord import)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from cachetools import TTLCache

from bot.errors import DraftGone
from bot.importer import Draft

# -- previews waiting for Publish -------------------------------------------------------


_EXPIRED = (
    "This preview has expired (previews last 15 minutes and don't survive a restart). Run the "
    "command again."
)


@dataclass
class Pending:
    draft: Draft
    guild_id: int
    user_id: int
    suggestion_id: int | None = None


DRAFTS_KEPT = 1000  # previews waiting at once (each holds up to MAX_BYTES); oldest go first


class DraftBook:
    """Previews waiting for *Publish*. In memory: a preview expires after ``ttl`` seconds or
    a restart, and then says so instead of storing a stale draft. Bounded: past ``maxsize``
    previews (or outcomes of late clicks) the least recently used are forgotten.

    ``claim`` is synchronous, so two clicks racing on the event loop cannot both get the draft:
    the second is told the essay was already published.
    """

    def __init__(
        self,
        ttl: float = 900.0,
        clock: Callable[[], float] | None = None,
        maxsize: int = DRAFTS_KEPT,
    ) -> None:
        timer = clock or time.monotonic
        self._pending: TTLCache[str, Pending] = TTLCache(maxsize, ttl=ttl, timer=timer)
        # token -> what happened, for late clicks on a preview already dealt with
        self._outcome: TTLCache[str, str] = TTLCache(maxsize, ttl=ttl, timer=timer)

    def add(self, pending: Pending) -> str:
        token = secrets.token_hex(8)
        self._pending[token] = pending
        return token

    def peek(self, token: str) -> Pending | None:
        return self._pending.get(token)

    def mine(self, token: str, user_id: int) -> Pending:
        """The draft behind a preview, for the moderator who asked for it (to page or edit)."""
        pending = self._pending.get(token)
        if pending is None:
            raise DraftGone(self._outcome.get(token) or _EXPIRED)
        if pending.user_id != user_id:
            raise DraftGone("Only the moderator who asked for this preview can change it.")
        return pending

    def update(self, token: str, draft: Draft) -> None:
        """Keep a changed draft (a passage's stance, the details) for Publish."""
        if token in self._pending:
            self._pending[token].draft = draft

    def claim(self, token: str, user_id: int) -> Pending:
        """Take the draft to publish or cancel it; refuses a second click clearly."""
        pending = self._pending.get(token)
        if pending is None:
            raise DraftGone(self._outcome.get(token) or _EXPIRED)
        if pending.user_id != user_id:
            raise DraftGone("Only the moderator who asked for this preview can publish it.")
        del self._pending[token]
        self._outcome[token] = "This preview is being published; it can't be published twice."
        return pending

    def release(self, token: str, pending: Pending) -> None:
        """Put a claimed draft back (publishing failed), so it can be tried again."""
        self._pending[token] = pending
        self._outcome.pop(token, None)

    def finish(self, token: str, outcome: str) -> None:
        self._outcome[token] = outcome
