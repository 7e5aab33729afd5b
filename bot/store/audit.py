"""The audit log: every change a member or the owner made, recorded in the change's transaction."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import aiosqlite

    from bot.store.db import Database


class Audit:
    """The audit log: who changed what, written in the change's own transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def record(
        self,
        db: aiosqlite.Connection,
        guild_id: int,
        user_id: int | None,
        action: str,
        essay_id: int | None,
        detail: dict,
        now: float,
    ) -> None:
        await db.execute(
            "INSERT INTO audit_log (guild_id, user_id, action, essay_id, detail, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (guild_id, user_id, action, essay_id, json.dumps(detail), now),
        )

    async def entries(self, guild_id: int, limit: int = 50) -> list[dict]:
        async with self.database.db.execute(
            "SELECT user_id, action, essay_id, detail, at FROM audit_log WHERE guild_id = ? "
            "ORDER BY id DESC LIMIT ?",
            (guild_id, limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            {"user_id": u, "action": a, "essay_id": e, "detail": json.loads(d), "at": at}
            for u, a, e, d, at in rows
        ]
