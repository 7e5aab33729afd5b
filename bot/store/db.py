"""The connection: one aiosqlite connection in WAL mode, its transactions and migrations.

Writes go through ``transaction()``, which serialises writers on this connection and commits
all-or-nothing, so an interrupted import leaves all of an essay or none of it. Each aggregate's
statements live in their own module, a part that holds this ``Database``; ``Store``
(bot/store/__init__.py) is a ``Database`` with one part per aggregate.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Self

import aiosqlite

from bot.errors import ConfigError, DatabaseBusy

log = logging.getLogger(__name__)

# Numbered migrations; PRAGMA user_version records how many have run. Append, never edit.
MIGRATIONS: list[str] = [
    # 1: essays, passages, per-server settings, post history, audit log
    """
    CREATE TABLE essays (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: ids never reused
        guild_id      INTEGER NOT NULL DEFAULT 0,
        slug          TEXT NOT NULL,
        title         TEXT NOT NULL,
        author        TEXT NOT NULL,
        author_bio    TEXT,
        publication   TEXT,
        published     TEXT,
        url           TEXT,
        stance        TEXT NOT NULL CHECK (stance IN ('optimistic', 'skeptical', 'mixed')),
        extra         TEXT NOT NULL DEFAULT '{}',
        source        TEXT NOT NULL,          -- bundled | cli | discord
        content_hash  TEXT NOT NULL,
        added_by      INTEGER,
        created_at    REAL NOT NULL,
        updated_at    REAL NOT NULL,
        UNIQUE (guild_id, slug)
    );
    CREATE INDEX essays_author ON essays (author);
    CREATE TABLE passages (
        id            INTEGER PRIMARY KEY,
        essay_id      INTEGER NOT NULL REFERENCES essays (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        stance        TEXT NOT NULL CHECK (stance IN ('optimistic', 'skeptical', 'neutral')),
        topics        TEXT NOT NULL DEFAULT '',  -- comma-separated
        stance_source TEXT NOT NULL DEFAULT 'essay',
        quoted_from   TEXT,                      -- the essay quotes someone else here
        UNIQUE (essay_id, position)
    );
    CREATE TABLE hidden_essays (
        guild_id INTEGER NOT NULL,
        essay_id INTEGER NOT NULL REFERENCES essays (id) ON DELETE CASCADE,
        PRIMARY KEY (guild_id, essay_id)
    );
    CREATE TABLE guild_settings (
        guild_id          INTEGER PRIMARY KEY,
        moderator_role_id INTEGER,
        potd_channel_id   INTEGER,
        potd_time         TEXT NOT NULL DEFAULT '09:00',
        potd_timezone     TEXT NOT NULL DEFAULT 'UTC',
        potd_enabled      INTEGER NOT NULL DEFAULT 0,
        potd_format       TEXT NOT NULL DEFAULT 'single',
        potd_thread       INTEGER NOT NULL DEFAULT 0,
        potd_ping_role_id INTEGER,
        potd_problem      TEXT,
        updated_at        REAL
    );
    CREATE TABLE daily_posts (
        id          INTEGER PRIMARY KEY,
        guild_id    INTEGER NOT NULL,
        local_date  TEXT NOT NULL,
        passage_id  INTEGER NOT NULL,
        essay_id    INTEGER NOT NULL,
        stance      TEXT NOT NULL,
        author      TEXT NOT NULL,
        channel_id  INTEGER,
        message_id  INTEGER,
        created_at  REAL NOT NULL,
        UNIQUE (guild_id, local_date)
    );
    CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        guild_id  INTEGER NOT NULL,
        user_id   INTEGER,
        action    TEXT NOT NULL,
        essay_id  INTEGER,
        detail    TEXT NOT NULL DEFAULT '{}',
        at        REAL NOT NULL
    );
    CREATE INDEX audit_guild ON audit_log (guild_id, at);
    CREATE TABLE suggestions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id    INTEGER NOT NULL,
        user_id     INTEGER NOT NULL,
        source      TEXT NOT NULL,           -- the URL or file name suggested
        content     TEXT,                    -- the file's text, when a file was suggested
        status      TEXT NOT NULL DEFAULT 'pending',  -- pending | approved | rejected
        essay_id    INTEGER,
        decided_by  INTEGER,
        created_at  REAL NOT NULL,
        decided_at  REAL
    );
    CREATE INDEX suggestions_queue ON suggestions (guild_id, status);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: full-text indexes over passages for search (bot/search.py). External content: the text
    # lives once, in passages; the indexes hold only postings. Triggers keep them in step inside
    # the writer's own transaction, whoever the writer is. Query terms are built from letters
    # and digits only (bot.search), so the raw text needs no folding beyond the tokenizers': the
    # word index folds case and accents and splits on quotes and dashes; trigram folds case.
    """
    -- prefix: autocomplete looks up the word being typed ("gol"*) from its second letter on.
    CREATE VIRTUAL TABLE passage_words USING fts5(
        text, content = 'passages', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE VIRTUAL TABLE passage_grams USING fts5(
        text, content = 'passages', content_rowid = 'id', tokenize = 'trigram'
    );
    CREATE TRIGGER passages_index_insert AFTER INSERT ON passages BEGIN
        INSERT INTO passage_words (rowid, text) VALUES (new.id, new.text);
        INSERT INTO passage_grams (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER passages_index_delete AFTER DELETE ON passages BEGIN
        INSERT INTO passage_words (passage_words, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passage_grams (passage_grams, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER passages_index_update AFTER UPDATE OF text ON passages BEGIN
        INSERT INTO passage_words (passage_words, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passage_grams (passage_grams, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passage_words (rowid, text) VALUES (new.id, new.text);
        INSERT INTO passage_grams (rowid, text) VALUES (new.id, new.text);
    END;
    -- Index the passages an older Crosscut stored.
    INSERT INTO passage_words (passage_words) VALUES ('rebuild');
    INSERT INTO passage_grams (passage_grams) VALUES ('rebuild');
    """,
    # 3: a version number of the shared (bundled, guild 0) essays' content, bumped by triggers in
    # the writer's own transaction whatever code path writes. Summaries every server shares
    # (topic spectra, stance totals: bot/stance/perspectives.py) are kept in memory until it
    # changes; a server's own essays never bump it, so its writes leave them valid.
    """
    INSERT OR IGNORE INTO meta (key, value) VALUES ('shared_version', '0');
    CREATE TRIGGER shared_essay_insert AFTER INSERT ON essays WHEN new.guild_id = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    CREATE TRIGGER shared_essay_update AFTER UPDATE ON essays
    WHEN old.guild_id = 0 OR new.guild_id = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    CREATE TRIGGER shared_essay_delete AFTER DELETE ON essays WHEN old.guild_id = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    CREATE TRIGGER shared_passage_insert AFTER INSERT ON passages
    WHEN (SELECT guild_id FROM essays WHERE id = new.essay_id) = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    CREATE TRIGGER shared_passage_update AFTER UPDATE ON passages
    WHEN (SELECT guild_id FROM essays WHERE id = new.essay_id) = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    CREATE TRIGGER shared_passage_delete AFTER DELETE ON passages
    WHEN coalesce((SELECT guild_id FROM essays WHERE id = old.essay_id), 0) = 0 BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'shared_version';
    END;
    """,
]


SCHEMA_VERSION = len(MIGRATIONS)

# How long a write waits for the write lock before "the database is busy, try again"; each
# attempt blocks the connection for at most _ATTEMPT seconds.
WRITE_WAIT = 5.0
_ATTEMPT = 0.05


class Database:
    """The connection, its transactions and migrations (``Store`` adds the parts)."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self._write_lock = asyncio.Lock()  # one writer at a time on the shared connection
        self.generation = 0  # bumped on every committed write; caches compare against it
        # Bumped only by a committed write after which the shared (bundled) essays differ
        # (shared_version moved: this write, or another process's seen now): the lists made
        # from the shared essays (titles, authors) stay valid through servers' own writes.
        self.shared_generation = 0
        self._shared_seen: str | None = None  # shared_version at the last check; None: off

    @classmethod
    async def open(cls, path: Path | str) -> Self:
        path = Path(path)
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            db = await aiosqlite.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(
                f"Cannot open the database at {path} ({error}). Set DATABASE_PATH to a "
                "writable file path."
            ) from error
        store = cls(db, path)
        try:
            # Close each cursor at once: a PRAGMA that returns a row keeps its statement open
            # while the cursor lives, and an open statement blocks COMMIT.
            for pragma in (
                "PRAGMA journal_mode = WAL",
                "PRAGMA foreign_keys = ON",
                # Short: a write waits for another process's lock in transaction(), between
                # attempts, so reads queued on this connection never wait behind it.
                f"PRAGMA busy_timeout = {int(_ATTEMPT * 1000)}",
                "PRAGMA synchronous = NORMAL",
            ):
                async with db.execute(pragma):
                    pass
            await store.migrate()
            store._shared_seen = await store.get_meta("shared_version")
        except sqlite3.Error as error:
            await db.close()
            raise ConfigError(
                f"Cannot use the database at {path} ({error}). Set DATABASE_PATH to a "
                "writable file path."
            ) from error
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self.db.close()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """All-or-nothing write; BEGIN IMMEDIATE takes the write lock up front.

        Waits at most WRITE_WAIT seconds for the lock (another writer here or another
        process), then refuses with DatabaseBusy: the user is told to try again.
        """
        deadline = asyncio.get_running_loop().time() + WRITE_WAIT
        try:
            async with asyncio.timeout(WRITE_WAIT):
                await self._write_lock.acquire()
        except TimeoutError:
            raise DatabaseBusy() from None
        try:
            await self._begin(deadline)
            try:
                yield self.db
                await self.db.execute("COMMIT")
            except BaseException as error:
                await self.db.execute("ROLLBACK")
                if _busy(error):
                    raise DatabaseBusy() from error
                raise
            self.generation += 1
            if self._shared_seen is not None:
                shared = await self.get_meta("shared_version")
                if shared != self._shared_seen:
                    self._shared_seen = shared
                    self.shared_generation += 1
        finally:
            self._write_lock.release()

    async def _begin(self, deadline: float) -> None:
        """BEGIN IMMEDIATE, retried while another process holds the write lock. Between
        attempts the connection is free, so reads go ahead."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                await self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not _busy(error):
                    raise
                if loop.time() >= deadline:
                    raise DatabaseBusy() from error
            await asyncio.sleep(_ATTEMPT)

    async def schema_version(self) -> int:
        async with self.db.execute("PRAGMA user_version") as cursor:
            return (await cursor.fetchone())[0]

    async def migrate(self) -> None:
        current = await self.schema_version()
        if current > SCHEMA_VERSION:
            raise ConfigError(
                f"The database is from a newer Crosscut (schema {current} > {SCHEMA_VERSION})."
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            log.info("Migrating database to schema version %d", version)
            async with self.transaction() as db:
                for statement in _statements(MIGRATIONS[version - 1]):
                    await db.execute(statement)
                # PRAGMA takes no parameters; version is our own integer.
                await db.execute(f"PRAGMA user_version = {int(version)}")

    async def get_meta(self, key: str) -> str | None:
        async with self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cursor:
            row = await cursor.fetchone()
        return row[0] if row else None

    async def set_meta(self, key: str, value: str) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _busy(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (sqlite3.complete_statement knows the rules)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


# Numbered migrations; PRAGMA user_version records how many have run. Append, never edit.
