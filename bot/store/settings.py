"""Per-server settings and the perspective of the day: its schedule and its posts."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from bot.store.records import DailyPostRecord, GuildSettings

if TYPE_CHECKING:
    from bot.store.audit import Audit
    from bot.store.db import Database

_SETTINGS_FIELDS = tuple(f.name for f in dataclasses.fields(GuildSettings))[1:]


_SETTINGS_COLUMNS = """
    guild_id, moderator_role_id, potd_channel_id, potd_time, potd_timezone,
    potd_enabled != 0, potd_format, potd_thread != 0, potd_ping_role_id, potd_problem
"""


_DAILY_COLUMNS = """
    d.guild_id, d.local_date, d.passage_id, d.essay_id, d.stance, d.author, d.channel_id,
    d.message_id, d.created_at, e.title
"""


class Settings:
    """Each server's settings, the daily schedule among them."""

    def __init__(self, database: Database, audit: Audit) -> None:
        self.database = database
        self.audit = audit

    async def get(self, guild_id: int) -> GuildSettings:
        """This server's settings; the defaults when it never changed any."""
        async with self.database.db.execute(
            f"SELECT {_SETTINGS_COLUMNS} FROM guild_settings WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return GuildSettings(*row) if row else GuildSettings(guild_id)

    async def update(
        self, guild_id: int, *, user_id: int | None = None, **changes: object
    ) -> GuildSettings:
        """Change some settings (names as in ``GuildSettings``) and return them all.

        The one way settings are written (/potd, /config moderator-role); a change a member
        made (``user_id``) is audited in the same transaction.
        """
        unknown = set(changes) - set(_SETTINGS_FIELDS)
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self.database.transaction() as db:
            async with db.execute(
                f"SELECT {_SETTINGS_COLUMNS} FROM guild_settings WHERE guild_id = ?", (guild_id,)
            ) as cursor:
                row = await cursor.fetchone()
            current = GuildSettings(*row) if row else GuildSettings(guild_id)
            new = dataclasses.replace(current, **changes)
            now = time.time()
            await db.execute(
                """
                INSERT INTO guild_settings (guild_id, moderator_role_id, potd_channel_id,
                    potd_time, potd_timezone, potd_enabled, potd_format, potd_thread,
                    potd_ping_role_id, potd_problem, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (guild_id) DO UPDATE SET
                    moderator_role_id = excluded.moderator_role_id,
                    potd_channel_id = excluded.potd_channel_id,
                    potd_time = excluded.potd_time, potd_timezone = excluded.potd_timezone,
                    potd_enabled = excluded.potd_enabled, potd_format = excluded.potd_format,
                    potd_thread = excluded.potd_thread,
                    potd_ping_role_id = excluded.potd_ping_role_id,
                    potd_problem = excluded.potd_problem, updated_at = excluded.updated_at
                """,
                (
                    guild_id,
                    new.moderator_role_id,
                    new.potd_channel_id,
                    new.potd_time,
                    new.potd_timezone,
                    int(new.potd_enabled),
                    new.potd_format,
                    int(new.potd_thread),
                    new.potd_ping_role_id,
                    new.potd_problem,
                    now,
                ),
            )
            if user_id is not None:
                await self.audit.record(db, guild_id, user_id, "config.update", None, changes, now)
        return new

    async def schedules(self) -> list[GuildSettings]:
        """Every server with the daily post switched on and a channel to post in."""
        async with self.database.db.execute(
            f"SELECT {_SETTINGS_COLUMNS} FROM guild_settings "
            "WHERE potd_enabled = 1 AND potd_channel_id IS NOT NULL ORDER BY guild_id"
        ) as cursor:
            return [GuildSettings(*row) for row in await cursor.fetchall()]

    async def disable_potd(self, guild_id: int, problem: str) -> None:
        """Switch the daily post off because of ``problem`` (shown to moderators later)."""
        await self.update(guild_id, potd_enabled=False, potd_problem=problem)


class Daily:
    """The perspective-of-the-day posts: claimed before sending, so a day is posted once."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def claim(
        self,
        guild_id: int,
        local_date: str,
        *,
        passage_id: int,
        essay_id: int,
        stance: str,
        author: str,
        channel_id: int | None,
    ) -> bool:
        """Reserve ``local_date`` for this server before sending: False if already taken.

        The UNIQUE (guild_id, local_date) constraint makes this the one place that decides
        whether a day gets a post, whatever restarts or concurrent ticks happen.
        """
        async with (
            self.database.transaction() as db,
            db.execute(
                "INSERT INTO daily_posts (guild_id, local_date, passage_id, essay_id, stance,"
                " author, channel_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING id",
                (
                    guild_id,
                    local_date,
                    passage_id,
                    essay_id,
                    stance,
                    author,
                    channel_id,
                    time.time(),
                ),
            ) as cursor,
        ):
            return await cursor.fetchone() is not None

    async def set_message(self, guild_id: int, local_date: str, message_id: int) -> None:
        async with self.database.transaction() as db:
            await db.execute(
                "UPDATE daily_posts SET message_id = ? WHERE guild_id = ? AND local_date = ?",
                (message_id, guild_id, local_date),
            )

    async def release(self, guild_id: int, local_date: str) -> None:
        """Give back a claimed day whose message was certainly not sent."""
        async with self.database.transaction() as db:
            await db.execute(
                "DELETE FROM daily_posts WHERE guild_id = ? AND local_date = ?"
                " AND message_id IS NULL",
                (guild_id, local_date),
            )

    async def get(self, guild_id: int, local_date: str) -> DailyPostRecord | None:
        async with self.database.db.execute(
            f"SELECT {_DAILY_COLUMNS} FROM daily_posts d LEFT JOIN essays e ON e.id = d.essay_id"
            " WHERE d.guild_id = ? AND d.local_date = ?",
            (guild_id, local_date),
        ) as cursor:
            row = await cursor.fetchone()
        return DailyPostRecord(*row) if row else None

    async def history(self, guild_id: int, *, limit: int | None = None) -> list[DailyPostRecord]:
        """This server's daily posts, oldest first (the last ``limit`` when given)."""
        async with self.database.db.execute(
            f"SELECT {_DAILY_COLUMNS} FROM daily_posts d LEFT JOIN essays e ON e.id = d.essay_id"
            " WHERE d.guild_id = ? ORDER BY d.local_date DESC LIMIT ?",
            (guild_id, -1 if limit is None else limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [DailyPostRecord(*row) for row in reversed(rows)]
