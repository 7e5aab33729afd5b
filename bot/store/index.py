"""Candidate look-ups over the passages' full-text indexes, for bot.search and bot.stance.

Callers pass MATCH expressions built by bot.search.fts_phrase (quoted, escaped terms), never
raw user text. Every look-up is bounded, so it stays fast at 10,000 essays.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.store.records import (
    GLOBAL,
    PASSAGE_COLUMNS,
    VISIBLE,
    VISIBLE_POSITIONAL,
    PassageRecord,
    passage_record,
)

if TYPE_CHECKING:
    from bot.store.db import Database

_TABLES = {"words": "passage_words", "grams": "passage_grams"}
_IN_RANGE = " AND rowid BETWEEN ? AND ?"

# A server that sees at most this many essays has its look-ups confined to their passages'
# id ranges (see ``Index.scope``); beyond it most of what the index returns is visible anyway.
SCOPE_ESSAYS = 100
SCOPE_RANGES = 16  # id ranges in one scoped look-up (each is one more index seek per term)

Ranges = Sequence[tuple[int, int]]


def _term_count(index: str, ranges: Ranges | None) -> str:
    """SQL counting one term's passages up to a cap (per range of ``ranges``): parameters
    (match, cap) or, per range, (match, lo, hi, cap)."""
    table = _TABLES[index]
    one = f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ?{{}} LIMIT ?))"
    if ranges is None:
        return one.format("")
    return "(" + " + ".join(one.format(_IN_RANGE) for _ in ranges) + ")"


def _term_rows(index: str, ranges: Ranges | None) -> str:
    table = _TABLES[index]
    one = f"SELECT rowid AS id, ? AS w FROM {table} WHERE {table} MATCH ?"
    if ranges is None:
        return one
    return " UNION ALL ".join(one + _IN_RANGE for _ in ranges)


class Index:
    """Candidate look-ups over the full-text indexes, for bot.search and bot.stance."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def term_counts(
        self, terms: Sequence[tuple[str, str]], cap: int, ranges: Ranges | None = None
    ) -> list[int]:
        """For each (index, match), how many passages match (within ``ranges`` of passage ids,
        see ``scope``), counting up to ``cap`` per range: a cheap document frequency (the count
        stops early for common words)."""
        if ranges is not None and not ranges:
            return [0] * len(terms)
        if not terms:
            return []
        sql = "SELECT " + ", ".join(_term_count(index, ranges) for index, _ in terms)
        params: list[object] = []
        for _, match in terms:
            if ranges is None:
                params += [match, cap]
            for lo, hi in ranges or ():
                params += [match, lo, hi, cap]
        async with self.database.db.execute(sql, params) as cursor:
            return list(await cursor.fetchone())

    async def passage_id_bound(self) -> int:
        """The highest passage id: at least the number of passages, and free to read (rarity
        weights need only its order of magnitude)."""
        async with self.database.db.execute("SELECT max(id) FROM passages") as cursor:
            return (await cursor.fetchone())[0] or 0

    async def weighted_candidates(
        self,
        terms: Sequence[tuple[str, str, float]],
        *,
        guild_id: int = GLOBAL,
        pool: int = 1000,
        limit: int = 300,
        stance: str | None = None,
        author: str | None = None,
        ranges: Ranges | None = None,
    ) -> list[tuple[PassageRecord, float]]:
        """Visible passages matching the most weight of ``terms`` ((index, match, weight)).

        Each term contributes its weight to every passage it matches (within ``ranges`` of
        passage ids, see ``scope``); the best ``pool`` by total weight are then filtered for
        visibility (and stance) and the best ``limit`` returned. Cost grows with the terms'
        document frequencies, which the caller keeps bounded.
        """
        if not terms or (ranges is not None and not ranges):
            return []
        parts, params = [], []
        for index, match, weight in terms:
            parts.append(_term_rows(index, ranges))
            if ranges is None:
                params += [float(weight), match]
            for lo, hi in ranges or ():
                params += [float(weight), match, lo, hi]
        sql = f"""
            WITH hits (id, score) AS (
                SELECT id, sum(w) FROM ({" UNION ALL ".join(parts)})
                GROUP BY id ORDER BY sum(w) DESC, id LIMIT ?
            )
            SELECT {PASSAGE_COLUMNS}, hits.score FROM hits
            JOIN passages p ON p.id = hits.id JOIN essays e ON e.id = p.essay_id
            WHERE {VISIBLE_POSITIONAL} AND (? IS NULL OR p.stance = ?)
            AND (? IS NULL OR e.author = ?)
            ORDER BY hits.score DESC, p.id LIMIT ?
        """
        params += [pool, guild_id, guild_id, stance, stance, author, author, limit]
        async with self.database.db.execute(sql, params) as cursor:
            return [(passage_record(row[:-1]), row[-1]) for row in await cursor.fetchall()]

    async def matching(
        self,
        match: str,
        *,
        guild_id: int = GLOBAL,
        limit: int = 25,
        stance: str | None = None,
        author: str | None = None,
        ranges: Ranges | None = None,
    ) -> list[PassageRecord]:
        """Visible passages matching ``match`` in the word index (within ``ranges`` of passage
        ids, see ``scope``), in storage order."""
        if ranges is not None and not ranges:
            return []
        one = "SELECT rowid AS id FROM passage_words WHERE passage_words MATCH ?2"
        rows, bounds = one, []
        if ranges is not None:  # numbered after the five named above, in id order
            rows = " UNION ALL ".join(
                f"{one} AND rowid BETWEEN ?{6 + 2 * i} AND ?{7 + 2 * i}" for i in range(len(ranges))
            )
            bounds = [bound for pair in sorted(ranges) for bound in pair]
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM ({rows}) w "
            "JOIN passages p ON p.id = w.id JOIN essays e ON e.id = p.essay_id "
            f"WHERE {VISIBLE} "
            "AND (?4 IS NULL OR p.stance = ?4) AND (?5 IS NULL OR e.author = ?5) LIMIT ?3",
            (guild_id, match, limit, stance, author, *bounds),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def scope(self, guild_id: int = GLOBAL) -> list[tuple[int, int]] | None:
        """The passage-id ranges (lowest first) holding every passage ``guild_id`` sees, when
        it sees at most SCOPE_ESSAYS essays in at most SCOPE_RANGES ranges; else None.

        The full-text indexes hold every server's passages. A server among thousands that sees
        a few essays would otherwise get candidates that are mostly other servers' (filtered
        out only after the best are picked): each essay's passages have consecutive ids, so a
        few id ranges confine a look-up to what it may see, at one index seek per range.
        """
        async with self.database.db.execute(
            f"SELECT e.id FROM essays e WHERE {VISIBLE} LIMIT ?2",
            (guild_id, SCOPE_ESSAYS + 1),
        ) as cursor:
            essays = [row[0] for row in await cursor.fetchall()]
        if len(essays) > SCOPE_ESSAYS:
            return None
        async with self.database.db.execute(
            "SELECT min(id), max(id) FROM passages WHERE essay_id IN "
            "(SELECT value FROM json_each(?)) GROUP BY essay_id ORDER BY 1",
            (json.dumps(essays),),
        ) as cursor:
            spans = [tuple(row) for row in await cursor.fetchall()]
        ranges: list[tuple[int, int]] = []
        for lo, hi in spans:
            if ranges and lo <= ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], max(hi, ranges[-1][1]))
            else:
                ranges.append((lo, hi))
        return ranges if len(ranges) <= SCOPE_RANGES else None

    async def _scoped_rows(self, guild_id: int, *, first: int) -> tuple[str, list[int]]:
        """``passages p`` for a walk in id order, confined to ``scope``'s ranges when there is
        one (parameters numbered from ``first``): otherwise a server among thousands walks
        every other server's passages to find its own."""
        ranges = await self.scope(guild_id)
        if ranges is None:
            return "passages p", []
        walks = (
            " UNION ALL ".join(
                f"SELECT * FROM passages WHERE id BETWEEN ?{first + 2 * i} AND ?{first + 2 * i + 1}"
                for i in range(len(ranges))
            )
            or "SELECT * FROM passages WHERE 0"
        )
        return f"({walks}) p", [bound for pair in ranges for bound in pair]

    async def author_passages(
        self, author: str, guild_id: int = GLOBAL, limit: int = -1
    ) -> list[PassageRecord]:
        """Visible passages of one author (all, or the first ``limit``), by the author index."""
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM essays e JOIN passages p ON p.essay_id = e.id "
            f"WHERE e.author = ?2 AND {VISIBLE} ORDER BY p.essay_id, p.position LIMIT ?3",
            (guild_id, author, limit),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def featured(self, guild_id: int = GLOBAL, limit: int = 25) -> list[PassageRecord]:
        """A default pick: the passages this server posted most, then essays' opening claims."""
        async with self.database.db.execute(
            f"""
            SELECT {PASSAGE_COLUMNS} FROM (
                SELECT passage_id, count(*) AS n, max(created_at) AS last FROM daily_posts
                WHERE guild_id = ?1 GROUP BY passage_id ORDER BY n DESC, last DESC LIMIT ?2
            ) d JOIN passages p ON p.id = d.passage_id JOIN essays e ON e.id = p.essay_id
            WHERE {VISIBLE} ORDER BY d.n DESC, d.last DESC
            """,
            (guild_id, limit),
        ) as cursor:
            posted = [passage_record(row) for row in await cursor.fetchall()]
        async with self.database.db.execute(
            f"""
            WITH first (id) AS (
                SELECT e.id FROM essays e WHERE {VISIBLE} ORDER BY e.id LIMIT ?2
            ), leads (essay_id, position) AS (
                -- Only for the essays picked: before the LIMIT it ran for all 10,000 (27 ms).
                SELECT f.id, (
                    SELECT min(q.position) FROM passages q
                    WHERE q.essay_id = f.id AND q.stance != 'neutral'
                ) FROM first f
            )
            SELECT {PASSAGE_COLUMNS} FROM leads
            JOIN passages p ON p.essay_id = leads.essay_id AND p.position = leads.position
            JOIN essays e ON e.id = p.essay_id ORDER BY e.id
            """,
            (guild_id, limit),
        ) as cursor:
            leads = [passage_record(row) for row in await cursor.fetchall()]
        seen: set[int] = set()
        return [p for p in posted + leads if not (p.id in seen or seen.add(p.id))][:limit]

    async def rebuild(self) -> None:
        """Re-index every passage (a repair tool; never run at start).

        'rebuild' leaves each index in many segments, and FTS5's automerge would then merge
        them a piece at a time during the next essay writes (adds at 10,000 essays went from
        ~10 ms to over 200 ms); 'optimize' merges them into one now instead.
        """
        async with self.database.transaction() as db:
            for table in ("passage_words", "passage_grams"):
                # Table names are our own constants; FTS5 commands go through the table name.
                await db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
                await db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    async def size_bytes(self) -> int:
        """Bytes the two indexes take (0 where SQLite lacks the dbstat table)."""
        try:
            async with self.database.db.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'passage_words%' "
                "OR name LIKE 'passage_grams%'"
            ) as cursor:
                return (await cursor.fetchone())[0] or 0
        except sqlite3.OperationalError:
            return 0

    async def check(self) -> None:
        """Raise sqlite3.DatabaseError if an index disagrees with the passages table."""
        await self.database.db.execute(
            "INSERT INTO passage_words (passage_words, rank) VALUES ('integrity-check', 1)"
        )
        await self.database.db.execute(
            "INSERT INTO passage_grams (passage_grams, rank) VALUES ('integrity-check', 1)"
        )

    async def own_passages(
        self, guild_id: int, *, stance: str | None = None, limit: int = 500
    ) -> list[PassageRecord]:
        """Passages of a server's own essays (never the bundled ones): a bounded set per server."""
        if guild_id == GLOBAL:
            return []
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM essays e JOIN passages p ON p.essay_id = e.id "
            "WHERE e.guild_id = ?1 AND (?2 IS NULL OR p.stance = ?2) "
            "ORDER BY p.id LIMIT ?3",
            (guild_id, stance, limit),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

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
        rows, bounds = await self._scoped_rows(guild_id, first=6)
        async with self.database.db.execute(
            # CROSS JOIN: walk passages in id order and stop at the limit (no sort of them all).
            f"SELECT {PASSAGE_COLUMNS} FROM {rows} CROSS JOIN essays e ON e.id = p.essay_id "
            "WHERE p.id < (SELECT min(id) FROM passages) + ?4 "
            "AND p.stance = ?2 AND instr(',' || p.topics || ',', ?5) > 0 "
            f"AND {VISIBLE} ORDER BY p.id LIMIT ?3",
            (guild_id, stance, limit, scan, f",{topic},", *bounds),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def stance_passages(
        self, stance: str, *, guild_id: int = GLOBAL, limit: int = 100
    ) -> list[PassageRecord]:
        """The first visible passages of one stance (a claim that shares nothing still gets an
        answer)."""
        rows, bounds = await self._scoped_rows(guild_id, first=4)
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM {rows} CROSS JOIN essays e ON e.id = p.essay_id "
            f"WHERE p.stance = ?2 AND {VISIBLE} ORDER BY p.id LIMIT ?3",
            (guild_id, stance, limit, *bounds),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def shared_version(self) -> int:
        """Bumped by every change to the shared (bundled) essays (migration 3's triggers)."""
        async with self.database.db.execute(
            "SELECT value FROM meta WHERE key = 'shared_version'"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def tagged_of(
        self, guild_id: int, *, after: int = 0, essays: int = 50
    ) -> list[PassageRecord]:
        """Topic-tagged passages of the next ``essays`` essays (by id, after ``after``) stored
        for exactly ``guild_id`` (0: the shared ones): per-topic summaries are built a page at
        a time, each page a bounded read."""
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM essays e JOIN passages p ON p.essay_id = e.id "
            "WHERE e.id IN (SELECT id FROM essays WHERE guild_id = ?1 AND id > ?2 "
            "ORDER BY id LIMIT ?3) AND p.topics != '' ORDER BY p.essay_id, p.position",
            (guild_id, after, essays),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def eligible_rows(
        self, guild_id: int, *, min_chars: int, after: int = 0, essays: int = 200
    ) -> list[tuple[int, int, str, str]]:
        """(passage id, essay id, stance, author) of the passages that can be a perspective of
        the day (a side taken, the essay's own words so the speaker is the author, ``min_chars``
        long) in the next ``essays`` essays (by id, after ``after``) stored for exactly
        ``guild_id`` (0: the shared ones)."""
        async with self.database.db.execute(
            "SELECT p.id, p.essay_id, p.stance, e.author FROM essays e "
            "JOIN passages p ON p.essay_id = e.id "
            "WHERE e.id IN (SELECT id FROM essays WHERE guild_id = ?1 AND id > ?2 "
            "ORDER BY id LIMIT ?3) AND p.stance IN ('optimistic', 'skeptical') "
            "AND coalesce(p.quoted_from, '') = '' AND length(p.text) >= ?4 "
            "ORDER BY p.essay_id, p.position",
            (guild_id, after, essays, min_chars),
        ) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]

    async def passages_by_id(self, ids: Sequence[int]) -> list[PassageRecord]:
        """The passages with these ids (any order), citations included."""
        async with self.database.db.execute(
            f"SELECT {PASSAGE_COLUMNS} FROM passages p JOIN essays e ON e.id = p.essay_id "
            "WHERE p.id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        ) as cursor:
            return [passage_record(row) for row in await cursor.fetchall()]

    async def essays_owned(self, guild_id: int) -> list[tuple[int, str, str]]:
        """(id, title, author) of the essays stored for exactly ``guild_id`` (0: the global
        ones), oldest first: title autocomplete caches the global list once for every server."""
        async with self.database.db.execute(
            "SELECT id, title, author FROM essays WHERE guild_id = ? ORDER BY id", (guild_id,)
        ) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]

    async def hidden_essay_ids(self, guild_id: int) -> set[int]:
        async with self.database.db.execute(
            "SELECT essay_id FROM hidden_essays WHERE guild_id = ?", (guild_id,)
        ) as cursor:
            return {row[0] for row in await cursor.fetchall()}
