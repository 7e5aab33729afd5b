"""Storage: every SQL statement and the schema migrations live here (no discord import).

One aiosqlite connection in WAL mode. Writes go through ``transaction()``, which serialises
writers on this connection and commits all-or-nothing, so an interrupted import leaves all of
an essay or none of it. ``guild_id`` 0 is the global scope (bundled essays, CLI imports).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import aiosqlite

from bot.corpus import EssayDoc, Passage
from bot.errors import ConfigError, DraftGone, NotFoundError, PermissionDenied

log = logging.getLogger(__name__)

GLOBAL = 0  # guild_id of essays every server sees

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
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class PassageRecord:
    """A stored passage with the citation it is always served with."""

    id: int
    essay_id: int
    position: int
    text: str
    stance: str
    topics: tuple[str, ...]
    stance_source: str
    quoted_from: str | None
    title: str
    author: str
    publication: str | None
    published: str | None
    url: str | None
    essay_stance: str
    guild_id: int

    @property
    def speaker(self) -> str:
        """Whose words these are: the essay's author unless the essay quotes someone."""
        return self.quoted_from or self.author


@dataclass(frozen=True)
class EssayRecord:
    id: int
    guild_id: int
    slug: str
    title: str
    author: str
    author_bio: str | None
    publication: str | None
    published: str | None
    url: str | None
    stance: str
    source: str
    passage_count: int


@dataclass(frozen=True)
class SyncReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


@dataclass(frozen=True)
class GuildSettings:
    """A server's settings row (defaults when the server never changed anything)."""

    guild_id: int
    moderator_role_id: int | None = None
    potd_channel_id: int | None = None
    potd_time: str = "09:00"
    potd_timezone: str = "UTC"
    potd_enabled: bool = False
    potd_format: str = "single"
    potd_thread: bool = False
    potd_ping_role_id: int | None = None
    potd_problem: str | None = None


_SETTINGS_FIELDS = tuple(f.name for f in dataclasses.fields(GuildSettings))[1:]
_SETTINGS_COLUMNS = """
    guild_id, moderator_role_id, potd_channel_id, potd_time, potd_timezone,
    potd_enabled != 0, potd_format, potd_thread != 0, potd_ping_role_id, potd_problem
"""


@dataclass(frozen=True)
class DailyPostRecord:
    """One day's perspective in a server: claimed before sending, message id after."""

    guild_id: int
    local_date: str  # YYYY-MM-DD in the server's time zone
    passage_id: int
    essay_id: int
    stance: str
    author: str  # whose words: the passage's speaker
    channel_id: int | None
    message_id: int | None
    created_at: float
    title: str | None  # None once the essay was removed


_DAILY_COLUMNS = """
    d.guild_id, d.local_date, d.passage_id, d.essay_id, d.stance, d.author, d.channel_id,
    d.message_id, d.created_at, e.title
"""


_PASSAGE_COLUMNS = """
    p.id, p.essay_id, p.position, p.text, p.stance, p.topics, p.stance_source, p.quoted_from,
    e.title, e.author, e.publication, e.published, e.url, e.stance, e.guild_id
"""
# Bundled + this server's essays, minus the bundled ones this server hid.
_VISIBLE = """
    (e.guild_id = 0 OR e.guild_id = :guild)
    AND NOT EXISTS (SELECT 1 FROM hidden_essays h WHERE h.guild_id = :guild AND h.essay_id = e.id)
"""
_ESSAY_COLUMNS = """
    e.id, e.guild_id, e.slug, e.title, e.author, e.author_bio, e.publication, e.published,
    e.url, e.stance, e.source, (SELECT COUNT(*) FROM passages p WHERE p.essay_id = e.id)
"""


def _passage(row: sqlite3.Row | tuple) -> PassageRecord:
    topics = tuple(t for t in row[5].split(",") if t)
    return PassageRecord(*row[:5], topics, *row[6:])


class Store:
    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self._write_lock = asyncio.Lock()  # one writer at a time on the shared connection
        self.generation = 0  # bumped on every committed write; caches compare against it

    @classmethod
    async def open(cls, path: Path | str) -> Store:
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
                "PRAGMA busy_timeout = 5000",
                "PRAGMA synchronous = NORMAL",
            ):
                async with db.execute(pragma):
                    pass
            await store.migrate()
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
        """All-or-nothing write; BEGIN IMMEDIATE takes the write lock up front."""
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")
            self.generation += 1

    # -- schema -------------------------------------------------------------------------

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

    # -- meta ---------------------------------------------------------------------------

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

    # -- essays -------------------------------------------------------------------------

    async def sync_bundled(self, docs: Iterable[EssayDoc]) -> SyncReport:
        """Make the global bundled essays match ``docs``: idempotent, ids kept on edit."""
        docs = list(docs)
        async with self.db.execute(
            "SELECT slug FROM essays WHERE guild_id = 0 AND source = 'bundled'"
        ) as cursor:
            stored = {slug for (slug,) in await cursor.fetchall()}
        counts = dict.fromkeys(("added", "updated", "unchanged"), 0)
        for doc in docs:
            _, status = await self.import_essay(doc, guild_id=GLOBAL, source="bundled")
            counts[status] += 1
        gone = stored - {doc.slug for doc in docs}
        if gone:
            async with self.transaction() as db:
                for slug in gone:
                    await db.execute(
                        "DELETE FROM essays WHERE guild_id = 0 AND slug = ? AND source = 'bundled'",
                        (slug,),
                    )
        return SyncReport(counts["added"], counts["updated"], counts["unchanged"], len(gone))

    async def save_essay(
        self,
        doc: EssayDoc,
        *,
        guild_id: int = GLOBAL,
        source: str,
        user_id: int | None = None,
    ) -> int:
        """Insert or replace (by guild and slug) an essay and its passages, atomically."""
        essay_id, _ = await self.import_essay(
            doc, guild_id=guild_id, source=source, user_id=user_id
        )
        return essay_id

    async def _upsert_essay(
        self,
        db: aiosqlite.Connection,
        doc: EssayDoc,
        guild_id: int,
        source: str,
        user_id: int | None,
        now: float,
    ) -> int:
        async with db.execute(
            """
            INSERT INTO essays (guild_id, slug, title, author, author_bio, publication,
                                published, url, stance, extra, source, content_hash,
                                added_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (guild_id, slug) DO UPDATE SET
                title = excluded.title, author = excluded.author,
                author_bio = excluded.author_bio, publication = excluded.publication,
                published = excluded.published, url = excluded.url, stance = excluded.stance,
                extra = excluded.extra, content_hash = excluded.content_hash,
                updated_at = excluded.updated_at
            RETURNING id
            """,
            (
                guild_id,
                doc.slug,
                doc.title,
                doc.author,
                doc.author_bio,
                doc.publication,
                doc.published,
                doc.url,
                doc.stance,
                json.dumps(doc.extra),
                source,
                doc.content_hash,
                user_id,
                now,
                now,
            ),
        ) as cursor:
            return (await cursor.fetchone())[0]

    async def _replace_passages(
        self, db: aiosqlite.Connection, essay_id: int, passages: Iterable[Passage]
    ) -> None:
        await db.execute("DELETE FROM passages WHERE essay_id = ?", (essay_id,))
        await db.executemany(
            "INSERT INTO passages (essay_id, position, text, stance, topics, stance_source,"
            " quoted_from) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (essay_id, i, p.text, p.stance, ",".join(p.topics), p.stance_source, p.quoted_from)
                for i, p in enumerate(passages)
            ],
        )

    async def delete_essay(self, essay_id: int, *, user_id: int | None = None) -> None:
        now = time.time()
        async with self.transaction() as db:
            async with db.execute(
                "DELETE FROM essays WHERE id = ? RETURNING guild_id, slug", (essay_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row:
                await self._audit(
                    db, row[0], user_id, "essay.remove", essay_id, {"slug": row[1]}, now
                )

    async def get_essay(self, essay_id: int) -> EssayRecord | None:
        async with self.db.execute(
            f"SELECT {_ESSAY_COLUMNS} FROM essays e WHERE e.id = ?", (essay_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return EssayRecord(*row) if row else None

    async def essays(self, guild_id: int = GLOBAL) -> list[EssayRecord]:
        """Essays visible in ``guild_id`` (bundled plus its own), oldest first."""
        async with self.db.execute(
            f"SELECT {_ESSAY_COLUMNS} FROM essays e WHERE {_VISIBLE} ORDER BY e.id",
            {"guild": guild_id},
        ) as cursor:
            return [EssayRecord(*row) for row in await cursor.fetchall()]

    async def essay_passages(self, essay_id: int) -> list[PassageRecord]:
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE p.essay_id = ? ORDER BY p.position",
            (essay_id,),
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def visible_passages(self, guild_id: int = GLOBAL) -> list[PassageRecord]:
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            f"WHERE {_VISIBLE} ORDER BY p.essay_id, p.position",
            {"guild": guild_id},
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def get_passage(self, passage_id: int) -> PassageRecord | None:
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE p.id = ?",
            (passage_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return _passage(row) if row else None

    async def is_visible(self, essay_id: int, guild_id: int | None) -> bool:
        """Whether ``guild_id`` (None in DMs: global only) can see essay ``essay_id``."""
        async with self.db.execute(
            f"SELECT 1 FROM essays e WHERE e.id = :essay AND {_VISIBLE}",
            {"essay": essay_id, "guild": guild_id or GLOBAL},
        ) as cursor:
            return await cursor.fetchone() is not None

    async def authors(self, guild_id: int = GLOBAL) -> list[str]:
        async with self.db.execute(
            f"SELECT DISTINCT e.author FROM essays e WHERE {_VISIBLE} ORDER BY e.author",
            {"guild": guild_id},
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    # -- audit --------------------------------------------------------------------------

    async def _audit(
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

    async def audit_entries(self, guild_id: int, limit: int = 50) -> list[dict]:
        async with self.db.execute(
            "SELECT user_id, action, essay_id, detail, at FROM audit_log WHERE guild_id = ? "
            "ORDER BY id DESC LIMIT ?",
            (guild_id, limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            {"user_id": u, "action": a, "essay_id": e, "detail": json.loads(d), "at": at}
            for u, a, e, d, at in rows
        ]

    # -- essay management (moderators, CLI) ----------------------------------------------

    async def import_essay(
        self,
        doc: EssayDoc,
        *,
        guild_id: int = GLOBAL,
        source: str,
        user_id: int | None = None,
    ) -> tuple[int, str]:
        """Insert or update by (guild, slug): ``added``, ``updated`` or ``unchanged``.

        Idempotent, so a directory can be imported again; the id survives an update.
        """
        now = time.time()
        async with self.transaction() as db:
            async with db.execute(
                "SELECT id, content_hash FROM essays WHERE guild_id = ? AND slug = ?",
                (guild_id, doc.slug),
            ) as cursor:
                row = await cursor.fetchone()
            if row and row[1] == doc.content_hash:
                return row[0], "unchanged"
            action = "essay.update" if row else "essay.add"
            essay_id = await self._write_essay(db, doc, guild_id, source, user_id, now, action)
        return essay_id, "updated" if row else "added"

    async def create_essay(
        self, doc: EssayDoc, *, guild_id: int, source: str, user_id: int | None = None
    ) -> int:
        """Insert a new essay (never overwrite): a taken slug gets a numeric suffix."""
        async with self.transaction() as db:
            return await self._insert_new(db, doc, guild_id, source, user_id, time.time())

    async def _insert_new(
        self,
        db: aiosqlite.Connection,
        doc: EssayDoc,
        guild_id: int,
        source: str,
        user_id: int | None,
        now: float,
    ) -> int:
        slug, n = doc.slug, 1
        while True:
            async with db.execute(
                "SELECT 1 FROM essays WHERE guild_id = ? AND slug = ?", (guild_id, slug)
            ) as cursor:
                if await cursor.fetchone() is None:
                    break
            n += 1
            slug = f"{doc.slug}-{n}"
        doc = replace(doc, slug=slug)
        return await self._write_essay(db, doc, guild_id, source, user_id, now, "essay.add")

    async def _write_essay(
        self,
        db: aiosqlite.Connection,
        doc: EssayDoc,
        guild_id: int,
        source: str,
        user_id: int | None,
        now: float,
        action: str,
    ) -> int:
        """Upsert the essay, replace its passages and audit it, inside the caller's transaction."""
        essay_id = await self._upsert_essay(db, doc, guild_id, source, user_id, now)
        await self._replace_passages(db, essay_id, doc.passages)
        detail = {"slug": doc.slug, "title": doc.title, "source": source}
        await self._audit(db, guild_id, user_id, action, essay_id, detail, now)
        return essay_id

    async def publish_suggestion(
        self, suggestion_id: int, guild_id: int, doc: EssayDoc, *, user_id: int
    ) -> int:
        """Approve a pending suggestion and store its essay, both or neither."""
        now = time.time()
        async with self.transaction() as db:
            async with db.execute(
                "UPDATE suggestions SET status = 'approved', decided_by = ?, decided_at = ? "
                "WHERE id = ? AND guild_id = ? AND status = 'pending' RETURNING id",
                (user_id, now, suggestion_id, guild_id),
            ) as cursor:
                if await cursor.fetchone() is None:
                    raise DraftGone(f"Suggestion #{suggestion_id} was already decided.")
            essay_id = await self._insert_new(db, doc, guild_id, "discord", user_id, now)
            await db.execute(
                "UPDATE suggestions SET essay_id = ? WHERE id = ?", (essay_id, suggestion_id)
            )
            await self._audit(
                db,
                guild_id,
                user_id,
                "suggestion.approved",
                essay_id,
                {"suggestion": suggestion_id},
                now,
            )
        return essay_id

    async def essay_in_scope(self, essay_id: int, guild_id: int) -> tuple[EssayRecord, bool] | None:
        """An essay ``guild_id`` may see (bundled or its own), hidden or not, and if hidden."""
        async with self.db.execute(
            f"SELECT {_ESSAY_COLUMNS}, EXISTS (SELECT 1 FROM hidden_essays h "
            "WHERE h.guild_id = :guild AND h.essay_id = e.id) "
            "FROM essays e WHERE e.id = :essay AND (e.guild_id = 0 OR e.guild_id = :guild)",
            {"essay": essay_id, "guild": guild_id},
        ) as cursor:
            row = await cursor.fetchone()
        return (EssayRecord(*row[:-1]), bool(row[-1])) if row else None

    async def list_essays(
        self, guild_id: int, *, offset: int = 0, limit: int | None = None
    ) -> tuple[list[tuple[EssayRecord, bool]], int]:
        """A page of the essays ``guild_id`` manages (bundled and own, hidden flagged), total."""
        scope = "(e.guild_id = 0 OR e.guild_id = :guild)"
        async with self.db.execute(
            f"SELECT COUNT(*) FROM essays e WHERE {scope}", {"guild": guild_id}
        ) as cursor:
            total = (await cursor.fetchone())[0]
        async with self.db.execute(
            f"SELECT {_ESSAY_COLUMNS}, EXISTS (SELECT 1 FROM hidden_essays h "
            "WHERE h.guild_id = :guild AND h.essay_id = e.id) "
            f"FROM essays e WHERE {scope} ORDER BY e.id LIMIT :limit OFFSET :offset",
            {"guild": guild_id, "limit": -1 if limit is None else limit, "offset": offset},
        ) as cursor:
            rows = await cursor.fetchall()
        return [(EssayRecord(*row[:-1]), bool(row[-1])) for row in rows], total

    async def load_doc(self, essay_id: int) -> EssayDoc | None:
        """A stored essay as an EssayDoc, for export (``to_markdown``) and edits."""
        async with self.db.execute(
            "SELECT slug, title, author, stance, author_bio, publication, published, url, extra "
            "FROM essays WHERE id = ?",
            (essay_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        passages = tuple(
            Passage(p.text, p.stance, p.topics, p.stance_source, p.quoted_from)
            for p in await self.essay_passages(essay_id)
        )
        slug, title, author, stance, bio, publication, published, url, extra = row
        return EssayDoc(
            slug,
            title,
            author,
            stance,
            passages,
            bio,
            publication,
            published,
            url,
            json.loads(extra),
        )

    async def essay_bodies(self, guild_id: int) -> list[tuple[int, str, str]]:
        """(id, title, full text) of each essay visible in ``guild_id``, for duplicate checks."""
        bodies: dict[int, tuple[str, list[str]]] = {}
        for p in await self.visible_passages(guild_id):
            bodies.setdefault(p.essay_id, (p.title, []))[1].append(p.text)
        return [(i, title, "\n\n".join(texts)) for i, (title, texts) in bodies.items()]

    async def _owned(self, db: aiosqlite.Connection, essay_id: int, guild_id: int | None) -> str:
        """The slug of an essay ``guild_id`` owns (None: any non-bundled, for the CLI owner)."""
        async with db.execute(
            "SELECT guild_id, slug, source FROM essays WHERE id = ?", (essay_id,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or (guild_id is not None and row[0] not in (guild_id, GLOBAL)):
            raise NotFoundError(f"There is no essay #{essay_id} here.")
        if row[2] == "bundled":
            raise PermissionDenied(
                f"Essay #{essay_id} is bundled with Crosscut, so it can't be changed or removed "
                "here; hide it in this server instead (/essay hide)."
            )
        if guild_id is not None and row[0] != guild_id:
            raise PermissionDenied(
                f"Essay #{essay_id} belongs to every server; only the bot "
                "owner can change it (python -m bot essay ...)."
            )
        return row[1]

    async def update_essay(
        self,
        essay_id: int,
        guild_id: int | None,
        changes: dict[str, str],
        *,
        user_id: int | None = None,
    ) -> None:
        """Change metadata (title, author, publication, published, url, stance) atomically.

        A new essay stance carries over to passages that inherit it; overrides stay.
        """
        allowed = {"title", "author", "publication", "published", "url", "stance"}
        changes = {k: v for k, v in changes.items() if k in allowed}
        now = time.time()
        async with self.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            doc = await self.load_doc(essay_id)
            passages = doc.passages
            if "stance" in changes and changes["stance"] != doc.stance:
                default = "neutral" if changes["stance"] == "mixed" else changes["stance"]
                passages = tuple(
                    replace(p, stance=default) if p.stance_source == "essay" else p
                    for p in passages
                )
            new = replace(doc, passages=passages, **{k: v or None for k, v in changes.items()})
            await db.execute(
                "UPDATE essays SET title = ?, author = ?, publication = ?, published = ?, "
                "url = ?, stance = ?, content_hash = ?, updated_at = ? WHERE id = ?",
                (
                    new.title,
                    new.author,
                    new.publication,
                    new.published,
                    new.url,
                    new.stance,
                    new.content_hash,
                    now,
                    essay_id,
                ),
            )
            if passages is not doc.passages:
                await db.execute(
                    "UPDATE passages SET stance = ? WHERE essay_id = ? AND stance_source = 'essay'",
                    ("neutral" if new.stance == "mixed" else new.stance, essay_id),
                )
            before = {k: getattr(doc, k) for k in changes}
            await self._audit(
                db,
                self._scope(guild_id),
                user_id,
                "essay.edit",
                essay_id,
                {"before": before, "after": changes},
                now,
            )

    async def set_passage_stance(
        self,
        essay_id: int,
        guild_id: int | None,
        position: int,
        stance: str,
        *,
        user_id: int | None = None,
    ) -> None:
        """A moderator's stance for one passage (``position`` from 0); marked ``override``."""
        now = time.time()
        async with self.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            async with db.execute(
                "UPDATE passages SET stance = ?, stance_source = 'override' "
                "WHERE essay_id = ? AND position = ? RETURNING id",
                (stance, essay_id, position),
            ) as cursor:
                if await cursor.fetchone() is None:
                    raise NotFoundError(f"Essay #{essay_id} has no passage {position + 1}.")
            doc = await self.load_doc(essay_id)
            await db.execute(
                "UPDATE essays SET content_hash = ?, updated_at = ? WHERE id = ?",
                (doc.content_hash, now, essay_id),
            )
            await self._audit(
                db,
                self._scope(guild_id),
                user_id,
                "passage.stance",
                essay_id,
                {"passage": position + 1, "stance": stance},
                now,
            )

    async def remove_essay(
        self, essay_id: int, guild_id: int | None, *, user_id: int | None = None
    ) -> str:
        """Delete an essay the server owns (None: the CLI owner, any non-bundled). Its title."""
        now = time.time()
        async with self.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            async with db.execute(
                "DELETE FROM essays WHERE id = ? RETURNING guild_id, slug, title", (essay_id,)
            ) as cursor:
                owner, slug, title = await cursor.fetchone()
            await self._audit(
                db, owner, user_id, "essay.remove", essay_id, {"slug": slug, "title": title}, now
            )
        return title

    async def set_hidden(
        self, essay_id: int, guild_id: int, hidden: bool, *, user_id: int | None = None
    ) -> bool:
        """Hide or show a bundled essay in one server. False if it already was so."""
        now = time.time()
        async with self.transaction() as db:
            async with db.execute(
                "SELECT guild_id FROM essays WHERE id = ?", (essay_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is None or row[0] not in (GLOBAL, guild_id):
                raise NotFoundError(f"There is no essay #{essay_id} here.")
            if row[0] != GLOBAL:
                raise PermissionDenied(
                    f"Essay #{essay_id} is this server's own; remove it instead (/essay remove)."
                )
            if hidden:
                sql = "INSERT OR IGNORE INTO hidden_essays (guild_id, essay_id) VALUES (?, ?)"
            else:
                sql = "DELETE FROM hidden_essays WHERE guild_id = ? AND essay_id = ?"
            async with db.execute(sql, (guild_id, essay_id)) as cursor:
                changed = cursor.rowcount > 0
            if changed:
                action = "essay.hide" if hidden else "essay.unhide"
                await self._audit(db, guild_id, user_id, action, essay_id, {}, now)
        return changed

    @staticmethod
    def _scope(guild_id: int | None) -> int:
        return GLOBAL if guild_id is None else guild_id

    # suggestions

    async def add_suggestion(
        self, guild_id: int, user_id: int, source: str, content: str | None = None
    ) -> int:
        now = time.time()
        async with self.transaction() as db:
            async with db.execute(
                "INSERT INTO suggestions (guild_id, user_id, source, content, created_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (guild_id, user_id, source, content, now),
            ) as cursor:
                suggestion_id = (await cursor.fetchone())[0]
            await self._audit(
                db,
                guild_id,
                user_id,
                "suggestion.add",
                None,
                {"suggestion": suggestion_id, "source": source},
                now,
            )
        return suggestion_id

    async def suggestions_since(self, guild_id: int, user_id: int, since: float) -> int:
        async with self.db.execute(
            "SELECT COUNT(*) FROM suggestions WHERE guild_id = ? AND user_id = ? "
            "AND created_at >= ?",
            (guild_id, user_id, since),
        ) as cursor:
            return (await cursor.fetchone())[0]

    async def pending_suggestions(self, guild_id: int) -> list[Suggestion]:
        async with self.db.execute(
            f"SELECT {_SUGGESTION_COLUMNS} FROM suggestions WHERE guild_id = ? "
            "AND status = 'pending' ORDER BY id",
            (guild_id,),
        ) as cursor:
            return [_suggestion(row) for row in await cursor.fetchall()]

    async def get_suggestion(self, suggestion_id: int, guild_id: int) -> Suggestion | None:
        async with self.db.execute(
            f"SELECT {_SUGGESTION_COLUMNS} FROM suggestions WHERE id = ? AND guild_id = ?",
            (suggestion_id, guild_id),
        ) as cursor:
            row = await cursor.fetchone()
        return _suggestion(row) if row else None

    async def decide_suggestion(
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
        async with self.transaction() as db:
            async with db.execute(
                "UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ?, essay_id = ? "
                "WHERE id = ? AND guild_id = ? AND status = 'pending' RETURNING id",
                (status, user_id, now, essay_id, suggestion_id, guild_id),
            ) as cursor:
                done = await cursor.fetchone() is not None
            if done:
                await self._audit(
                    db,
                    guild_id,
                    user_id,
                    f"suggestion.{status}",
                    essay_id,
                    {"suggestion": suggestion_id},
                    now,
                )
        return done

    # -- perspective of the day --------------------------------------------------------

    async def get_guild_settings(self, guild_id: int) -> GuildSettings:
        """This server's settings; the defaults when it never changed any."""
        async with self.db.execute(
            f"SELECT {_SETTINGS_COLUMNS} FROM guild_settings WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return GuildSettings(*row) if row else GuildSettings(guild_id)

    async def update_guild_settings(
        self, guild_id: int, *, user_id: int | None = None, **changes: object
    ) -> GuildSettings:
        """Change some settings (names as in ``GuildSettings``) and return them all.

        The one way settings are written (/potd, /config moderator-role); a change a member
        made (``user_id``) is audited in the same transaction.
        """
        unknown = set(changes) - set(_SETTINGS_FIELDS)
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self.transaction() as db:
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
                await self._audit(db, guild_id, user_id, "config.update", None, changes, now)
        return new

    async def potd_schedules(self) -> list[GuildSettings]:
        """Every server with the daily post switched on and a channel to post in."""
        async with self.db.execute(
            f"SELECT {_SETTINGS_COLUMNS} FROM guild_settings "
            "WHERE potd_enabled = 1 AND potd_channel_id IS NOT NULL ORDER BY guild_id"
        ) as cursor:
            return [GuildSettings(*row) for row in await cursor.fetchall()]

    async def disable_potd(self, guild_id: int, problem: str) -> None:
        """Switch the daily post off because of ``problem`` (shown to moderators later)."""
        await self.update_guild_settings(guild_id, potd_enabled=False, potd_problem=problem)

    async def claim_daily_post(
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
            self.transaction() as db,
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

    async def set_daily_message(self, guild_id: int, local_date: str, message_id: int) -> None:
        async with self.transaction() as db:
            await db.execute(
                "UPDATE daily_posts SET message_id = ? WHERE guild_id = ? AND local_date = ?",
                (message_id, guild_id, local_date),
            )

    async def release_daily_post(self, guild_id: int, local_date: str) -> None:
        """Give back a claimed day whose message was certainly not sent."""
        async with self.transaction() as db:
            await db.execute(
                "DELETE FROM daily_posts WHERE guild_id = ? AND local_date = ?"
                " AND message_id IS NULL",
                (guild_id, local_date),
            )

    async def daily_post(self, guild_id: int, local_date: str) -> DailyPostRecord | None:
        async with self.db.execute(
            f"SELECT {_DAILY_COLUMNS} FROM daily_posts d LEFT JOIN essays e ON e.id = d.essay_id"
            " WHERE d.guild_id = ? AND d.local_date = ?",
            (guild_id, local_date),
        ) as cursor:
            row = await cursor.fetchone()
        return DailyPostRecord(*row) if row else None

    async def daily_history(
        self, guild_id: int, *, limit: int | None = None
    ) -> list[DailyPostRecord]:
        """This server's daily posts, oldest first (the last ``limit`` when given)."""
        async with self.db.execute(
            f"SELECT {_DAILY_COLUMNS} FROM daily_posts d LEFT JOIN essays e ON e.id = d.essay_id"
            " WHERE d.guild_id = ? ORDER BY d.local_date DESC LIMIT ?",
            (guild_id, -1 if limit is None else limit),
        ) as cursor:
            rows = await cursor.fetchall()
        return [DailyPostRecord(*row) for row in reversed(rows)]

    # -- search index (issue 7) -----------------------------------------------------------
    # Candidate generation for bot.search. Callers pass MATCH expressions built by
    # bot.search.fts_phrase (quoted, escaped terms), never raw user text.

    async def term_counts(self, terms: Sequence[tuple[str, str]], cap: int) -> list[int]:
        """For each (index, match), how many passages match, counting up to ``cap``: a cheap
        document frequency (the count stops early for common words)."""
        if not terms:
            return []
        sql = "SELECT " + ", ".join(f"({_TERM_COUNT[index]})" for index, _ in terms)
        params = [value for _, match in terms for value in (match, cap)]
        async with self.db.execute(sql, params) as cursor:
            return list(await cursor.fetchone())

    async def passage_id_bound(self) -> int:
        """The highest passage id: at least the number of passages, and free to read (rarity
        weights need only its order of magnitude)."""
        async with self.db.execute("SELECT max(id) FROM passages") as cursor:
            return (await cursor.fetchone())[0] or 0

    async def passage_count(self) -> int:
        async with self.db.execute("SELECT count(*) FROM passages") as cursor:
            return (await cursor.fetchone())[0]

    async def weighted_candidates(
        self,
        terms: Sequence[tuple[str, str, float]],
        *,
        guild_id: int = GLOBAL,
        pool: int = 1000,
        limit: int = 300,
        stance: str | None = None,
    ) -> list[tuple[PassageRecord, float]]:
        """Visible passages matching the most weight of ``terms`` ((index, match, weight)).

        Each term contributes its weight to every passage it matches; the best ``pool`` by total
        weight are then filtered for visibility (and stance) and the best ``limit`` returned.
        Cost grows with the terms' document frequencies, which the caller keeps bounded.
        """
        if not terms:
            return []
        parts, params = [], []
        for index, match, weight in terms:
            parts.append(_TERM_ROWS[index])
            params += [float(weight), match]
        sql = f"""
            WITH hits (id, score) AS (
                SELECT id, sum(w) FROM ({" UNION ALL ".join(parts)})
                GROUP BY id ORDER BY sum(w) DESC, id LIMIT ?
            )
            SELECT {_PASSAGE_COLUMNS}, hits.score FROM hits
            JOIN passages p ON p.id = hits.id JOIN essays e ON e.id = p.essay_id
            WHERE {_VISIBLE_POSITIONAL} AND (? IS NULL OR p.stance = ?)
            ORDER BY hits.score DESC, p.id LIMIT ?
        """
        params += [pool, guild_id, guild_id, stance, stance, limit]
        async with self.db.execute(sql, params) as cursor:
            return [(_passage(row[:-1]), row[-1]) for row in await cursor.fetchall()]

    async def matching_passages(
        self, match: str, *, guild_id: int = GLOBAL, limit: int = 25, stance: str | None = None
    ) -> list[PassageRecord]:
        """Visible passages matching ``match`` in the word index, in storage order."""
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passage_words w "
            "JOIN passages p ON p.id = w.rowid JOIN essays e ON e.id = p.essay_id "
            f"WHERE passage_words MATCH :match AND {_VISIBLE} "
            "AND (:stance IS NULL OR p.stance = :stance) LIMIT :limit",
            {"match": match, "guild": guild_id, "limit": limit, "stance": stance},
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def author_passages(self, author: str, guild_id: int = GLOBAL) -> list[PassageRecord]:
        """Every visible passage of one author (an author writes a bounded number of essays)."""
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM essays e JOIN passages p ON p.essay_id = e.id "
            f"WHERE e.author = :author AND {_VISIBLE} ORDER BY p.essay_id, p.position",
            {"author": author, "guild": guild_id},
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def featured_passages(
        self, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[PassageRecord]:
        """A default pick: the passages this server posted most, then essays' opening claims."""
        async with self.db.execute(
            f"""
            SELECT {_PASSAGE_COLUMNS} FROM (
                SELECT passage_id, count(*) AS n, max(created_at) AS last FROM daily_posts
                WHERE guild_id = :guild GROUP BY passage_id ORDER BY n DESC, last DESC LIMIT :limit
            ) d JOIN passages p ON p.id = d.passage_id JOIN essays e ON e.id = p.essay_id
            WHERE {_VISIBLE} ORDER BY d.n DESC, d.last DESC
            """,
            {"guild": guild_id, "limit": limit},
        ) as cursor:
            posted = [_passage(row) for row in await cursor.fetchall()]
        async with self.db.execute(
            f"""
            WITH first (id) AS (
                SELECT e.id FROM essays e WHERE {_VISIBLE} ORDER BY e.id LIMIT :limit
            ), leads (essay_id, position) AS (
                -- Only for the essays picked: before the LIMIT it ran for all 10,000 (27 ms).
                SELECT f.id, (
                    SELECT min(q.position) FROM passages q
                    WHERE q.essay_id = f.id AND q.stance != 'neutral'
                ) FROM first f
            )
            SELECT {_PASSAGE_COLUMNS} FROM leads
            JOIN passages p ON p.essay_id = leads.essay_id AND p.position = leads.position
            JOIN essays e ON e.id = p.essay_id ORDER BY e.id
            """,
            {"guild": guild_id, "limit": limit},
        ) as cursor:
            leads = [_passage(row) for row in await cursor.fetchall()]
        seen: set[int] = set()
        return [p for p in posted + leads if not (p.id in seen or seen.add(p.id))][:limit]

    async def essays_owned(self, guild_id: int) -> list[tuple[int, str, str]]:
        """(id, title, author) of the essays stored for exactly ``guild_id`` (0: the global
        ones), oldest first: title autocomplete caches the global list once for every server."""
        async with self.db.execute(
            "SELECT id, title, author FROM essays WHERE guild_id = ? ORDER BY id", (guild_id,)
        ) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]

    async def hidden_essay_ids(self, guild_id: int) -> set[int]:
        async with self.db.execute(
            "SELECT essay_id FROM hidden_essays WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            return {row[0] for row in await cursor.fetchall()}

    async def rebuild_search_index(self) -> None:
        """Re-index every passage (a repair tool; never run at start).

        'rebuild' leaves each index in many segments, and FTS5's automerge would then merge
        them a piece at a time during the next essay writes (adds at 10,000 essays went from
        ~10 ms to over 200 ms); 'optimize' merges them into one now instead.
        """
        async with self.transaction() as db:
            for table in ("passage_words", "passage_grams"):
                # Table names are our own constants; FTS5 commands go through the table name.
                await db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
                await db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    async def search_index_bytes(self) -> int:
        """Bytes the two indexes take (0 where SQLite lacks the dbstat table)."""
        try:
            async with self.db.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'passage_words%' "
                "OR name LIKE 'passage_grams%'"
            ) as cursor:
                return (await cursor.fetchone())[0] or 0
        except sqlite3.OperationalError:
            return 0

    async def check_search_index(self) -> None:
        """Raise sqlite3.DatabaseError if an index disagrees with the passages table."""
        await self.db.execute(
            "INSERT INTO passage_words (passage_words, rank) VALUES ('integrity-check', 1)"
        )
        await self.db.execute(
            "INSERT INTO passage_grams (passage_grams, rank) VALUES ('integrity-check', 1)"
        )

    # -- counterpoints (issue 4) ---------------------------------------------------------
    # Bounded look-ups for bot.stance at scale (the claim's words go through Search.candidates).

    async def stance_totals(self, guild_id: int = GLOBAL) -> dict[str, int]:
        """How many visible passages have each stance (the base rates of the word model)."""
        async with self.db.execute(
            "SELECT p.stance, count(*) FROM essays e JOIN passages p ON p.essay_id = e.id "
            f"WHERE {_VISIBLE} GROUP BY p.stance",
            {"guild": guild_id},
        ) as cursor:
            return dict(await cursor.fetchall())

    async def own_passages(
        self, guild_id: int, *, stance: str | None = None, limit: int = 500
    ) -> list[PassageRecord]:
        """Passages of a server's own essays (never the bundled ones): a bounded set per server."""
        if guild_id == GLOBAL:
            return []
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM essays e JOIN passages p ON p.essay_id = e.id "
            "WHERE e.guild_id = :guild AND (:stance IS NULL OR p.stance = :stance) "
            "ORDER BY p.id LIMIT :limit",
            {"guild": guild_id, "stance": stance, "limit": limit},
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def tagged_passages(
        self,
        topic: str,
        *,
        stance: str,
        guild_id: int = GLOBAL,
        limit: int = 100,
        scan: int = 20_000,
    ) -> list[PassageRecord]:
        """The first visible passages of ``stance`` tagged ``topic`` among the ``scan`` lowest
        passage ids (the bundled essays come first), so the cost is bounded even for a topic
        few passages have."""
        async with self.db.execute(
            # CROSS JOIN: walk passages in id order and stop at the limit (no sort of them all).
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p CROSS JOIN essays e ON e.id = p.essay_id "
            "WHERE p.id < (SELECT min(id) FROM passages) + :scan "
            "AND p.stance = :stance AND instr(',' || p.topics || ',', :tag) > 0 "
            f"AND {_VISIBLE} ORDER BY p.id LIMIT :limit",
            {
                "guild": guild_id,
                "stance": stance,
                "limit": limit,
                "scan": scan,
                "tag": f",{topic},",
            },
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]

    async def stance_passages(
        self, stance: str, *, guild_id: int = GLOBAL, limit: int = 100
    ) -> list[PassageRecord]:
        """The first visible passages of one stance (a claim that shares nothing still gets an
        answer)."""
        async with self.db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p CROSS JOIN essays e ON e.id = p.essay_id "
            f"WHERE p.stance = :stance AND {_VISIBLE} ORDER BY p.id LIMIT :limit",
            {"guild": guild_id, "stance": stance, "limit": limit},
        ) as cursor:
            return [_passage(row) for row in await cursor.fetchall()]


@dataclass(frozen=True)
class Suggestion:
    """A member's proposed essay: a URL, or a file's name and text."""

    id: int
    guild_id: int
    user_id: int
    source: str
    content: str | None
    status: str
    essay_id: int | None
    decided_by: int | None
    created_at: float


_SUGGESTION_COLUMNS = (
    "id, guild_id, user_id, source, content, status, essay_id, decided_by, created_at"
)


def _suggestion(row: sqlite3.Row | tuple) -> Suggestion:
    return Suggestion(*row)


_TERM_COUNT = {
    index: f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)"
    for index, table in (("words", "passage_words"), ("grams", "passage_grams"))
}
_TERM_ROWS = {
    "words": "SELECT rowid AS id, ? AS w FROM passage_words WHERE passage_words MATCH ?",
    "grams": "SELECT rowid AS id, ? AS w FROM passage_grams WHERE passage_grams MATCH ?",
}
# _VISIBLE with positional parameters (guild, guild), for statements built from parts.
_VISIBLE_POSITIONAL = """
    (e.guild_id = 0 OR e.guild_id = ?)
    AND NOT EXISTS (SELECT 1 FROM hidden_essays h WHERE h.guild_id = ? AND h.essay_id = e.id)
"""


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
