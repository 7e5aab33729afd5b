"""Autocomplete and name look-ups: authors, titles, essays, featured passages
(no discord import)."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

from cachetools import LRUCache
from rapidfuzz import fuzz, process, utils

from bot.search.ranking import AUTHOR_FLOOR
from bot.store import GLOBAL, PassageRecord, Store
from bot.text import STOPWORDS, normalize_with_offsets


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete choice: what the user sees (≤ 100 chars) and the value sent back."""

    label: str
    value: str


@dataclass(frozen=True)
class TitleIndex:
    """The bundled and global essays' titles, processed for matching, and which titles hold
    each word (for ``Search.title_opening``)."""

    titles: list[str]
    words: list[frozenset[str]]
    postings: dict[str, list[int]]

    @classmethod
    def build(cls, titles: Sequence[str]) -> TitleIndex:
        processed = [utils.default_process(t) for t in titles]
        words = [frozenset(w for w in t.split() if w not in STOPWORDS) for t in processed]
        postings: dict[str, list[int]] = {}
        for i, title_words in enumerate(words):
            for word in title_words:
                postings.setdefault(word, []).append(i)
        return cls(processed, words, postings)


@dataclass(frozen=True)
class EssayEntry:
    """An essay as title autocomplete sees it; ``key`` is what a typed name is matched to."""

    id: int
    title: str
    author: str
    key: str


def _essay_entry(essay_id: int, title: str, author: str) -> EssayEntry:
    return EssayEntry(essay_id, title, author, utils.default_process(f"{title} {author}"))


PICK_POOL = 100  # names pre-selected by partial_ratio, then ranked by WRatio


PICK_FLOOR = AUTHOR_FLOOR  # below it a name only shares a few letters with what was typed


def pick(typed: str, keys: Sequence[str], limit: int) -> list[int]:
    """Indexes of the ``keys`` (``utils.default_process``-ed names) an autocomplete offers for
    ``typed``, best first: the first ``limit`` for nothing typed; names with a word starting
    with one or two letters; else fuzzy, typos welcome. Cheap for thousands of names: only
    the ``PICK_POOL`` best by partial_ratio get the costlier WRatio."""
    query = utils.default_process(typed)
    if not query:
        return list(range(min(limit, len(keys))))
    if len(query) < 3:
        starts, inside, needle = [], [], " " + query
        for i, key in enumerate(keys):
            if key.startswith(query):
                starts.append(i)
                if len(starts) == limit:
                    break
            elif len(inside) < limit and needle in key:
                inside.append(i)
        return (starts + inside)[:limit]
    pool = process.extract(
        query,
        keys,
        scorer=fuzz.partial_ratio,
        processor=None,
        limit=max(PICK_POOL, limit),
        score_cutoff=PICK_FLOOR,
    )
    scored = [(fuzz.WRatio(query, keys[i]), rank, i) for rank, (_, _, i) in enumerate(pool)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [i for score, _, i in scored if score >= PICK_FLOOR][:limit]


# Each word typed for a name must be a word of that name, typos forgiven ("westenburg",
# "krol", "pinkr") or cut short ("westen"): a whole-string fuzzy score let "spielberg"
# resolve to "westenberg" and "nolan" to "noam kroll".
NAME_WORD_FLOOR = 75.0


def name_score(typed: str, name: str) -> float:
    """How well the worst-matching word of ``typed`` matches a word of ``name`` (both
    ``utils.default_process``-ed), 0..100."""
    parts = name.split()
    words = typed.split()
    if not parts or not words:
        return 0.0
    return min(
        max(
            100.0 if len(word) >= 3 and part.startswith(word) else fuzz.ratio(word, part)
            for part in parts
        )
        for word in words
    )


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _suggestion(record: PassageRecord, query: str, text: str | None = None) -> Suggestion:
    """``…snippet…`` near the match, then `` — Author``, in at most 100 characters."""
    tail = f" \u2014 {_clip(record.speaker, 30)}"
    room = 100 - len(tail)
    body = " ".join(record.text.split())
    if query and text is not None and len(body) > room:
        at = fuzz.partial_ratio_alignment(query, text).dest_start
        # ``text`` is ``normalize(body)``: when the lengths agree, each character stands where
        # its original does and the per-character mapping (~15 ms in Python) is not needed.
        if len(text) != len(body):  # "…" became "...", "ß" "ss": map back
            offsets = normalize_with_offsets(body)[1]
            at = offsets[at] if at < len(offsets) else 0
        start = body.rfind(" ", 0, max(0, at - 10)) + 1  # a few words of lead-in
        if start > 0:
            body = "\u2026" + body[start:]
    return Suggestion(_clip(body, room) + tail, f"#{record.id}")


class Lookups:
    """Search's look-ups of names for autocomplete and resolution: authors, titles, essays.

    A part of ``Search`` (its base class), kept apart so each reads alone; the caches are
    made in ``Search.__init__``."""

    store: Store
    _authors: LRUCache[int, tuple[int, list[str], list[str]]]
    _shared_authors: tuple[int, list[str], list[str]]
    _shared_essays: tuple[int, list[EssayEntry]]
    _guild_essays: LRUCache[int, tuple[int, list[EssayEntry], set[int]]]

    async def authors_like(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[str]:
        """Author names for autocomplete: all of them for an empty prefix, else fuzzy."""
        names, keys = await self._author_names(guild_id)
        typed = utils.default_process(current)
        chosen = pick(current, keys, limit)
        if len(typed) >= 3:  # the rule /perspective resolves by: no look-alike strangers
            chosen = [i for i in chosen if name_score(typed, keys[i]) >= NAME_WORD_FLOOR]
        return [names[i] for i in chosen]

    async def titles_like(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[Suggestion]:
        """Visible essays' titles for autocomplete: label "Title — Author", value the id."""
        return [
            Suggestion(_clip(f"{e.title} \u2014 {e.author}", 100), str(e.id))
            for e in await self._essays_like(current, guild_id, "visible", limit)
        ]

    async def essays_like(
        self, current: str, *, guild_id: int = GLOBAL, scope: str = "visible", limit: int = 25
    ) -> list[Suggestion]:
        """Essays for an ``essay`` option: label "#id Title — Author", value the id.

        ``scope``: visible (bundled and own, not hidden), any (hidden too), own (this server's
        own), bundled (bundled, not hidden here) or hidden (bundled, hidden here). An id typed
        ("12", "#12") offers the ids that start with it first, then titles and authors.
        """
        return [
            Suggestion(_clip(f"#{e.id} {e.title} \u2014 {e.author}", 100), str(e.id))
            for e in await self._essays_like(current, guild_id, scope, limit)
        ]

    async def _essays_like(
        self, current: str, guild_id: int, scope: str, limit: int
    ) -> list[EssayEntry]:
        shared, own, hidden = await self._essay_entries(guild_id)
        if scope == "own":
            pool = own
        elif scope == "hidden":
            pool = [e for e in shared if e.id in hidden]
        elif scope == "any":
            pool = own + shared
        elif scope in ("visible", "bundled"):
            unhidden = [e for e in shared if e.id not in hidden] if hidden else shared
            pool = unhidden if scope == "bundled" else own + unhidden
        else:
            raise ValueError(f"unknown essay scope {scope!r}")
        typed = current.strip().removeprefix("#").strip()
        by_id: list[EssayEntry] = []
        if typed.isdigit():
            by_id = sorted(
                (e for e in pool if str(e.id).startswith(typed)),
                key=lambda e: (len(str(e.id)), e.id),
            )[:limit]
        seen = {e.id for e in by_id}
        by_text = [pool[i] for i in pick(typed, [e.key for e in pool], limit)]
        return (by_id + [e for e in by_text if e.id not in seen])[:limit]

    async def _essay_entries(
        self, guild_id: int
    ) -> tuple[list[EssayEntry], list[EssayEntry], set[int]]:
        """The global essays (one list shared by every server), ``guild_id``'s own essays
        (newest first) and the ids it hid; cached until the store changes."""
        generation = self.store.generation
        if self._shared_essays[0] != self.store.shared_generation:
            rows = await self.store.index.essays_owned(GLOBAL)
            entries = [_essay_entry(*row) for row in rows]
            self._shared_essays = (self.store.shared_generation, entries)
            gc.freeze()  # long-lived (10,000 entries at scale): out of the collector's full passes
        if guild_id == GLOBAL:
            return self._shared_essays[1], [], set()
        cached = self._guild_essays.get(guild_id)
        if not cached or cached[0] != generation:
            own = [
                _essay_entry(*row)
                for row in reversed(await self.store.index.essays_owned(guild_id))
            ]
            cached = (generation, own, await self.store.index.hidden_essay_ids(guild_id))
            self._guild_essays[guild_id] = cached
        return self._shared_essays[1], cached[1], cached[2]

    async def _author_names(self, guild_id: int) -> tuple[list[str], list[str]]:
        """Visible author names and their autocomplete keys, cached until the store changes:
        the shared essays' authors once for every server, a server's own list only when its
        essays or hidden ones change it."""
        generation = self.store.generation
        if self._shared_authors[0] != self.store.shared_generation:
            names = await self.store.essays.authors(GLOBAL)
            keys = [utils.default_process(n) for n in names]
            self._shared_authors = (self.store.shared_generation, names, keys)
        _, shared, shared_keys = self._shared_authors
        if guild_id == GLOBAL:
            return shared, shared_keys
        cached = self._authors.get(guild_id)
        if not cached or cached[0] != generation:
            own, gone = await self.store.essays.author_changes(guild_id)
            if not gone and set(own) <= set(shared):
                cached = (generation, shared, shared_keys)
            else:
                key_of = dict(zip(shared, shared_keys, strict=True))
                names = sorted((set(shared) - gone) | set(own))
                keys = [key_of.get(n) or utils.default_process(n) for n in names]
                cached = (generation, names, keys)
            self._authors[guild_id] = cached
        return cached[1], cached[2]

    async def resolve_author(self, name: str, *, guild_id: int = GLOBAL) -> str | None:
        """The stored author a (possibly misspelled, partial) name means, or None."""
        authors, keys = await self._author_names(guild_id)
        typed = utils.default_process(name)
        # pick's fuzzy pre-selection bounds the cost; each name must then match word by word.
        pool = pick(name, keys, PICK_POOL)
        scores = [name_score(typed, keys[i]) for i in pool]
        best = max(range(len(pool)), key=scores.__getitem__, default=None)
        return authors[pool[best]] if best is not None and scores[best] >= NAME_WORD_FLOOR else None
