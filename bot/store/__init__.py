"""Storage: all SQL, by aggregate (no discord import).

``Store`` (db.py) owns the one connection, its transactions and the migrations; callers reach
each aggregate through it: ``store.essays``, ``store.passages``, ``store.suggestions``,
``store.settings``, ``store.daily``, ``store.audit``, ``store.index``.
"""

from bot.store.db import MIGRATIONS, SCHEMA_VERSION, Store
from bot.store.records import (
    GLOBAL,
    DailyPostRecord,
    EssayRecord,
    GuildSettings,
    PassageRecord,
    Suggestion,
    SyncReport,
)

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
