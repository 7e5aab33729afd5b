"""Finding passages by the words a user remembers (no discord import).

Queries and passages are compared after ``normalize`` (quotes, dashes, case, spacing), so a
misremembered, misspelled or half-quoted line still finds the exact stored passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.store import GLOBAL, PassageRecord, Store
from bot.text import normalize

# Below this score a match is noise: better to say "nothing found" than cite the wrong essay.
QUOTE_FLOOR = 72.0
AUTHOR_FLOOR = 60.0


@dataclass(frozen=True)
class Hit:
    passage: PassageRecord
    score: float
    why: str = ""


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words too common to show that a fragment was remembered: they only dilute word coverage.
# fmt: off
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does",
    "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "just", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
    "too", "up", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why",
    "will", "with", "would", "you", "your",
})
# fmt: on


def content_words(normalized: str) -> list[str]:
    return [w for w in _WORD.findall(normalized) if w not in STOPWORDS]


def quote_score(query: str, text: str, **_: object) -> float:
    """How well a remembered fragment ``query`` matches passage ``text`` (both normalized).

    Half is the best-aligned window of the passage (partial_ratio: the words in order); half is
    how many of the query's content words the passage has, each allowing a typo (fuzzy word
    match), so "golden retreivers in snow" finds "golden retrievers playing in the snow" while
    "what time is the game tonight" matches nothing well.
    """
    if not query or not text:
        return 0.0
    if query in text:
        return 100.0
    partial = fuzz.partial_ratio(query, text)
    words = content_words(query)
    if not words:
        return partial * 0.8
    vocabulary = set(_WORD.findall(text))
    covered = 0.0
    for word in words:
        best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=75)
        covered += best[1] if best else 0.0
    return 0.5 * partial + 0.5 * covered / len(words)


class Search:
    """Quote search over the passages a server can see."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[int, tuple[int, list[PassageRecord], list[str]]] = {}

    async def passages(self, guild_id: int = GLOBAL) -> tuple[list[PassageRecord], list[str]]:
        """Visible passages and their normalized texts, cached until the store changes."""
        cached = self._cache.get(guild_id)
        if cached and cached[0] == self.store.generation:
            return cached[1], cached[2]
        generation = self.store.generation
        records = await self.store.visible_passages(guild_id)
        normalized = [normalize(r.text) for r in records]
        self._cache[guild_id] = (generation, records, normalized)
        return records, normalized

    async def quotes(
        self,
        text: str,
        *,
        guild_id: int = GLOBAL,
        author: str | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        """Passages matching ``text``, best first; empty when nothing is relevant."""
        query = normalize(text)
        if len(query) < 3:
            return []
        records, normalized = await self.passages(guild_id)
        if author:
            wanted = await self.resolve_author(author, guild_id=guild_id)
            if wanted is None:
                return []
            keep = [i for i, r in enumerate(records) if r.author == wanted]
        else:
            keep = range(len(records))
        choices = {i: normalized[i] for i in keep}
        matches = process.extract(
            query, choices, scorer=quote_score, score_cutoff=QUOTE_FLOOR, limit=limit
        )
        return [Hit(records[i], round(score, 1)) for _, score, i in matches]

    async def authors_like(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[str]:
        """Author names for autocomplete: all of them for an empty prefix, else fuzzy."""
        authors = await self.store.authors(guild_id)
        if not current.strip():
            return authors[:limit]
        matches = process.extract(
            current,
            authors,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=limit,
            score_cutoff=AUTHOR_FLOOR - 15,
        )
        return [name for name, _, _ in matches]

    async def resolve_author(self, name: str, *, guild_id: int = GLOBAL) -> str | None:
        """The stored author a (possibly misspelled, partial) name means, or None."""
        authors = await self.store.authors(guild_id)
        match = process.extractOne(
            name,
            authors,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=AUTHOR_FLOOR,
        )
        return match[0] if match else None
