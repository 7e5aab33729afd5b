"""Essays and their passages: every statement that writes or reads them whole.

A server's moderators change only its own essays; bundled ones (``guild_id`` 0) are hidden per
server instead. Each write is one transaction, so an interrupted import leaves all or nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.corpus import EssayDoc, Passage
from bot.errors import NotFoundError, PermissionDenied
from bot.store.records import (
    ESSAY_COLUMNS,
    GLOBAL,
    PASSAGE_COLUMNS,
    VISIBLE,
    EssayRecord,
    PassageRecord,
    SyncReport,
    passage_record,
)

if TYPE_CHECKING:
    import aiosqlite

    from bot.store.audit import Audit
    from bot.store.db import Database


def _scope(guild_id: int | None) -> int:
    return GLOBAL if guild_id is None else guild_id


async def _upsert_essay(
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


class Essays:
    """Essays and their passages as a whole: import, sync, edit, remove, hide."""

    def __init__(self, database: Database, audit: Audit, passages: Passages) -> None:
        self.database = database
        self.audit = audit
        self.passages = passages

    async def sync_bundled(self, docs: Iterable[EssayDoc]) -> SyncReport:
        """Make the global bundled essays match ``docs``: idempotent, ids kept on edit."""
        docs = list(docs)
        async with self.database.db.execute(
            "SELECT slug, content_hash FROM essays WHERE guild_id = 0 AND source = 'bundled'"
        ) as cursor:
            stored = dict(await cursor.fetchall())
        counts = dict.fromkeys(("added", "updated", "unchanged"), 0)
        for doc in docs:
            # Unchanged essays are not written: every start-up (and every CLI command) runs
            # this, and it must work while another process holds the write lock.
            if stored.get(doc.slug) == doc.content_hash:
                counts["unchanged"] += 1
                continue
            _, status = await self.import_doc(doc, guild_id=GLOBAL, source="bundled")
            counts[status] += 1
        gone = stored.keys() - {doc.slug for doc in docs}
        if gone:
            async with self.database.transaction() as db:
                for slug in gone:
                    await db.execute(
                        "DELETE FROM essays WHERE guild_id = 0 AND slug = ? AND source = 'bundled'",
                        (slug,),
                    )
        return SyncReport(counts["added"], counts["updated"], counts["unchanged"], len(gone))

    async def save(
        self,
        doc: EssayDoc,
        *,
        guild_id: int = GLOBAL,
        source: str,
        user_id: int | None = None,
    ) -> int:
        """Insert or replace (by guild and slug) an essay and its passages, atomically."""
        essay_id, _ = await self.import_doc(doc, guild_id=guild_id, source=source, user_id=user_id)
        return essay_id

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

    async def delete(self, essay_id: int, *, user_id: int | None = None) -> None:
        now = time.time()
        async with self.database.transaction() as db:
            async with db.execute(
                "DELETE FROM essays WHERE id = ? RETURNING guild_id, slug", (essay_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row:
                await self.audit.record(
                    db, row[0], user_id, "essay.remove", essay_id, {"slug": row[1]}, now
                )

    async def get(self, essay_id: int) -> EssayRecord | None:
        async with self.database.db.execute(
            f"SELECT {ESSAY_COLUMNS} FROM essays e WHERE e.id = ?", (essay_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return EssayRecord(*row) if row else None

    async def visible(self, guild_id: int = GLOBAL) -> list[EssayRecord]:
        """Essays visible in ``guild_id`` (bundled plus its own), oldest first."""
        async with self.database.db.execute(
            f"SELECT {ESSAY_COLUMNS} FROM essays e WHERE {VISIBLE} ORDER BY e.id",
            (guild_id,),
        ) as cursor:
            return [EssayRecord(*row) for row in await cursor.fetchall()]

    async def by_author(self, author: str, guild_id: int = GLOBAL) -> list[EssayRecord]:
        """Essays by exactly ``author`` visible in ``guild_id``, oldest first (by index)."""
        async with self.database.db.execute(
            f"SELECT {ESSAY_COLUMNS} FROM essays e WHERE e.author = ?2 AND {VISIBLE} ORDER BY e.id",
            (guild_id, author),
        ) as cursor:
            return [EssayRecord(*row) for row in await cursor.fetchall()]

    async def is_visible(self, essay_id: int, guild_id: int | None) -> bool:
        """Whether ``guild_id`` (None in DMs: global only) can see essay ``essay_id``."""
        async with self.database.db.execute(
            f"SELECT 1 FROM essays e WHERE e.id = ?2 AND {VISIBLE}",
            (guild_id or GLOBAL, essay_id),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def authors(self, guild_id: int = GLOBAL) -> list[str]:
        async with self.database.db.execute(
            f"SELECT DISTINCT e.author FROM essays e WHERE {VISIBLE} ORDER BY e.author",
            (guild_id,),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def author_changes(self, guild_id: int) -> tuple[list[str], set[str]]:
        """What ``guild_id`` changes in the shared essays' authors (``authors(GLOBAL)``): the
        authors of its own essays, and the shared authors of whom it hid every essay."""
        async with self.database.db.execute(
            "SELECT DISTINCT author FROM essays WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            own = [row[0] for row in await cursor.fetchall()]
        async with self.database.db.execute(
            "SELECT DISTINCT e.author FROM hidden_essays h JOIN essays e ON e.id = h.essay_id "
            "WHERE h.guild_id = ?1 AND e.guild_id = 0 AND NOT EXISTS (SELECT 1 FROM essays o "
            "WHERE o.author = e.author AND o.guild_id = 0 AND NOT EXISTS (SELECT 1 FROM "
            "hidden_essays x WHERE x.guild_id = ?1 AND x.essay_id = o.id))",
            (guild_id,),
        ) as cursor:
            gone = {row[0] for row in await cursor.fetchall()}
        return own, gone

    async def import_doc(
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
        async with self.database.transaction() as db:
            async with db.execute(
                "SELECT id, content_hash FROM essays WHERE guild_id = ? AND slug = ?",
                (guild_id, doc.slug),
            ) as cursor:
                row = await cursor.fetchone()
            if row and row[1] == doc.content_hash:
                return row[0], "unchanged"
            action = "essay.update" if row else "essay.add"
            essay_id = await self._write(db, doc, guild_id, source, user_id, now, action)
        return essay_id, "updated" if row else "added"

    async def create(
        self, doc: EssayDoc, *, guild_id: int, source: str, user_id: int | None = None
    ) -> int:
        """Insert a new essay (never overwrite): a taken slug gets a numeric suffix."""
        async with self.database.transaction() as db:
            return await self.insert_new(db, doc, guild_id, source, user_id, time.time())

    async def insert_new(
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
        return await self._write(db, doc, guild_id, source, user_id, now, "essay.add")

    async def _write(
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
        essay_id = await _upsert_essay(db, doc, guild_id, source, user_id, now)
        await self._replace_passages(db, essay_id, doc.passages)
        detail = {"slug": doc.slug, "title": doc.title, "source": source}
        await self.audit.record(db, guild_id, user_id, action, essay_id, detail, now)
        return essay_id

    async def in_scope(self, essay_id: int, guild_id: int) -> tuple[EssayRecord, bool] | None:
        """An essay ``guild_id`` may see (bundled or its own), hidden or not, and if hidden."""
        async with self.database.db.execute(
            f"SELECT {ESSAY_COLUMNS}, EXISTS (SELECT 1 FROM hidden_essays h "
            "WHERE h.guild_id = ?1 AND h.essay_id = e.id) "
            "FROM essays e WHERE e.id = ?2 AND (e.guild_id = 0 OR e.guild_id = ?1)",
            (guild_id, essay_id),
        ) as cursor:
            row = await cursor.fetchone()
        return (EssayRecord(*row[:-1]), bool(row[-1])) if row else None

    async def page(
        self, guild_id: int, *, offset: int = 0, limit: int | None = None
    ) -> tuple[list[tuple[EssayRecord, bool]], int]:
        """A page of the essays ``guild_id`` manages (bundled and own, hidden flagged), total."""
        scope = "(e.guild_id = 0 OR e.guild_id = ?1)"
        async with self.database.db.execute(
            f"SELECT COUNT(*) FROM essays e WHERE {scope}", (guild_id,)
        ) as cursor:
            total = (await cursor.fetchone())[0]
        async with self.database.db.execute(
            f"SELECT {ESSAY_COLUMNS}, EXISTS (SELECT 1 FROM hidden_essays h "
            "WHERE h.guild_id = ?1 AND h.essay_id = e.id) "
            f"FROM essays e WHERE {scope} ORDER BY e.id LIMIT ?2 OFFSET ?3",
            (guild_id, -1 if limit is None else limit, offset),
        ) as cursor:
            rows = await cursor.fetchall()
        return [(EssayRecord(*row[:-1]), bool(row[-1])) for row in rows], total

    async def doc(self, essay_id: int) -> EssayDoc | None:
        """A stored essay as an EssayDoc, for export (``to_markdown``) and edits."""
        async with self.database.db.execute(
            "SELECT slug, title, author, stance, author_bio, publication, published, url, extra "
            "FROM essays WHERE id = ?",
            (essay_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        passages = tuple(
            Passage(p.text, p.stance, p.topics, p.stance_source, p.quoted_from)
            for p in await self.passages.of_essay(essay_id)
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

    async def bodies(self, guild_id: int) -> list[tuple[int, str, str]]:
        """(id, title, full text) of each essay visible in ``guild_id``, for duplicate checks."""
        bodies: dict[int, tuple[str, list[str]]] = {}
        for p in await self.passages.visible(guild_id):
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

    async def update(
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
        async with self.database.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            doc = await self.doc(essay_id)
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
            await self.audit.record(
                db,
                _scope(guild_id),
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
        async with self.database.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            async with db.execute(
                "UPDATE passages SET stance = ?, stance_source = 'override' "
                "WHERE essay_id = ? AND position = ? RETURNING id",
                (stance, essay_id, position),
            ) as cursor:
                if await cursor.fetchone() is None:
                    raise NotFoundError(f"Essay #{essay_id} has no passage {position + 1}.")
            doc = await self.doc(essay_id)
            await db.execute(
                "UPDATE essays SET content_hash = ?, updated_at = ? WHERE id = ?",
                (doc.content_hash, now, essay_id),
            )
            await self.audit.record(
                db,
                _scope(guild_id),
                user_id,
                "passage.stance",
                essay_id,
                {"passage": position + 1, "stance": stance},
                now,
            )

    async def remove(
        self, essay_id: int, guild_id: int | None, *, user_id: int | None = None
    ) -> str:
        """Delete an essay the server owns (None: the CLI owner, any non-bundled). Its title."""
        now = time.time()
        async with self.database.transaction() as db:
            await self._owned(db, essay_id, guild_id)
            async with db.execute(
                "DELETE FROM essays WHERE id = ? RETURNING guild_id, slug, title", (essay_id,)
            ) as cursor:
                owner, slug, title = await cursor.fetchone()
            await self.audit.record(
                db, owner, user_id, "essay.remove", essay_id, {"slug": slug, "title": title}, now
            )
        return title

    async def set_hidden(
        self, essay_id: int, guild_id: int, hidden: bool, *, user_id: int | None = None
    ) -> bool:
        """Hide or show a bundled essay in one server. False if it already was so."""
        now = time.time()
        async with self.database.transaction() as db:
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
                await self.audit.record(db, guild_id, user_id, action, essay_id, {}, now)
        return changed


class Passages:
    """Reading stored passages, with the citation each is served with."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def of_essay(self, essay_id: int) -> list[PassageRecord]:
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE p.essay_id = ? ORDER BY p.position",
            (essay_id,),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def visible(self, guild_id: int = GLOBAL) -> list[PassageRecord]:
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            f"WHERE {VISIBLE} ORDER BY p.essay_id, p.position",
            (guild_id,),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def get(self, passage_id: int) -> PassageRecord | None:
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE p.id = ?",
            (passage_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return passage_record(row) if row else None

    async def count(self) -> int:
        async with self.database.db.execute("SELECT count(*) FROM passages") as cursor:
            return (await cursor.fetchone())[0]
