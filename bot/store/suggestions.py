"""Members' suggested essays: the queue moderators approve or reject."""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING

from bot.errors import DraftGone
from bot.store.records import Suggestion

if TYPE_CHECKING:
    from bot.corpus import EssayDoc
    from bot.store.audit import Audit
    from bot.store.db import Database
    from bot.store.essays import Essays

_SUGGESTION_COLUMNS = (
    "id, guild_id, user_id, source, content, status, essay_id, decided_by, created_at"
)


def _suggestion(row: sqlite3.Row | tuple) -> Suggestion:
    return Suggestion(*row)


class Suggestions:
    """Members' proposed essays and moderators' decisions on them."""

    def __init__(self, database: Database, audit: Audit, essays: Essays) -> None:
        self.database = database
        self.audit = audit
        self.essays = essays

    async def publish(
        self, suggestion_id: int, guild_id: int, doc: EssayDoc, *, user_id: int
    ) -> int:
        """Approve a pending suggestion and store its essay, both or neither."""
        now = time.time()
        async with self.database.transaction() as db:
            async with db.execute(
                "UPDATE suggestions SET status = 'approved', decided_by = ?, decided_at = ? "
                "WHERE id = ? AND guild_id = ? AND status = 'pending' RETURNING id",
                (user_id, now, suggestion_id, guild_id),
            ) as cursor:
                if await cursor.fetchone() is None:
                    raise DraftGone(f"Suggestion #{suggestion_id} was already decided.")
            essay_id = await self.essays.insert_new(db, doc, guild_id, "discord", user_id, now)
            await db.execute(
                "UPDATE suggestions SET essay_id = ? WHERE id = ?", (essay_id, suggestion_id)
            )
            await self.audit.record(
                db,
                guild_id,
                user_id,
                "suggestion.approved",
                essay_id,
                {"suggestion": suggestion_id},
                now,
            )
        return essay_id

    async def add(
        self, guild_id: int, user_id: int, source: str, content: str | None = None
    ) -> int:
        now = time.time()
        async with self.database.transaction() as db:
            async with db.execute(
                "INSERT INTO suggestions (guild_id, user_id, source, content, created_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (guild_id, user_id, source, content, now),
            ) as cursor:
                suggestion_id = (await cursor.fetchone())[0]
            await self.audit.record(
                db,
                guild_id,
                user_id,
                "suggestion.add",
                None,
                {"suggestion": suggestion_id, "source": source},
                now,
            )
        return suggestion_id

    async def count_since(self, guild_id: int, user_id: int, since: float) -> int:
        async with self.database.db.execute(
            "SELECT COUNT(*) FROM suggestions WHERE guild_id = ? AND user_id = ? "
            "AND created_at >= ?",
            (guild_id, user_id, since),
        ) as cursor:
            return (await cursor.fetchone())[0]

    async def pending(self, guild_id: int) -> list[Suggestion]:
        async with self.database.db.execute(
            f"SELECT {_SUGGESTION_COLUMNS} FROM suggestions WHERE guild_id = ? "
            "AND status = 'pending' ORDER BY id",
            (guild_id,),
        ) as cursor:
            return [_suggestion(row) for row in await cursor.fetchall()]

    async def get(self, suggestion_id: int, guild_id: int) -> Suggestion | None:
        async with self.database.db.execute(
            f"SELECT {_SUGGESTION_COLUMNS} FROM suggestions WHERE id = ? AND guild_id = ?",
            (suggestion_id, guild_id),
        ) as cursor:
            row = await cursor.fetchone()
        return _suggestion(row) if row else None

    async def decide(
        self,
        suggestion_id: int,
        guild_id: int,
        status: str,
        *,
        user_id: int,
        essay_id: int | None = None,
    ) -> bool:
        """Approve or reject a pending suggestion; False if someone already decided it."""
        now = time.time()
        async with self.database.transaction() as db:
            async with db.execute(
                "UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ?, essay_id = ? "
                "WHERE id = ? AND guild_id = ? AND status = 'pending' RETURNING id",
                (status, user_id, now, essay_id, suggestion_id, guild_id),
            ) as cursor:
                done = await cursor.fetchone() is not None
            if done:
                await self.audit.record(
                    db,
                    guild_id,
                    user_id,
                    f"suggestion.{status}",
                    essay_id,
                    {"suggestion": suggestion_id},
                    now,
                )
        return done
