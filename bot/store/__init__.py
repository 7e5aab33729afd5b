"""Storage: all SQL, by aggregate (no discord import).

``Store`` is a ``Database`` (db.py: the one connection, its transactions and migrations) with a
part per aggregate, each holding its own SQL; callers reach them through it:
``store.essays``, ``store.passages``, ``store.suggestions``,
``store.settings``, ``store.daily``, ``store.audit``, ``store.index``.
"""

from pathlib import Path

import aiosqlite

from bot.store.audit import Audit
from bot.store.db import MIGRATIONS, SCHEMA_VERSION, Database
from bot.store.essays import Essays, Passages
from bot.store.index import Index
from bot.store.records import (
    GLOBAL,
    DailyPostRecord,
    EssayRecord,
    GuildSettings,
    PassageRecord,
    Suggestion,
    SyncReport,
)
from bot.store.settings import Daily, Settings
from bot.store.suggestions import Suggestions

__all__ = [
    "GLOBAL",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DailyPostRecord",
    "EssayRecord",
    "GuildSettings",
    "PassageRecord",
    "Store",
    "Suggestion",
    "SyncReport",
]


class Store(Database):
    """The database and a part per aggregate. Each part gets the database (connection and
    ``transaction()``) and the parts it writes through, e.g. essays audit their changes."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        super().__init__(db, path)
        self.audit = Audit(self)
        self.passages = Passages(self)
        self.essays = Essays(self, self.audit, self.passages)
        self.suggestions = Suggestions(self, self.audit, self.essays)
        self.settings = Settings(self, self.audit)
        self.daily = Daily(self)
        self.index = Index(self)
