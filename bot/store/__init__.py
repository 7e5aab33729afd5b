"""Storage: all SQL, by aggregate (no discord import).

``Store`` is a ``Database`` (db.py: the one connection, its transactions and migrations) with a
part per aggregate, each holding its own SQL; callers reach them through it:
``store.essays``, ``store.passages``, ``store.suggestions``,
``store.settings``, ``store.daily``, ``store.audit``, ``store.index``.
"""

import asyncio
import gc
import weakref
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Generic, TypeVar

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
    "KeptUntilSharedChange",
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


T = TypeVar("T")


class KeptUntilSharedChange(Generic[T]):
    """A value built from the shared (bundled) essays, kept per store until their content
    changes: ``store.index.shared_version``, bumped by triggers in every writer's transaction,
    whatever process writes. Built under a lock, so concurrent callers build it once."""

    def __init__(self, build: Callable[[Store], Awaitable[T]]) -> None:
        self._build = build
        self._kept: weakref.WeakKeyDictionary[Store, tuple[int, T]] = weakref.WeakKeyDictionary()
        self._locks: weakref.WeakKeyDictionary[Store, asyncio.Lock] = weakref.WeakKeyDictionary()
        self._building: weakref.WeakSet[Store] = weakref.WeakSet()

    def ready(self, store: Store) -> bool:
        """Whether ``get`` answers now, without building (which takes seconds at start with
        10,000 shared essays): a command can defer first, an autocomplete offer less."""
        return store in self._kept and store not in self._building

    def building(self, store: Store) -> bool:
        return store in self._building

    async def get(self, store: Store) -> T:
        async with self._locks.setdefault(store, asyncio.Lock()):
            version = await store.index.shared_version()
            kept = self._kept.get(store)
            if kept is None or kept[0] != version:
                self._building.add(store)
                try:
                    kept = self._kept[store] = (version, await self._build(store))
                finally:
                    self._building.discard(store)
                # Long-lived: out of the collector's full passes (hundreds of ms at 10,000
                # essays, on the event loop).
                gc.freeze()
        return kept[1]
