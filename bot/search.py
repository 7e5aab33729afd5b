"""Finding passages by the words a user remembers (no discord import).

Queries and passages are compared after ``normalize`` (quotes, dashes, case, spacing), so a
misremembered, misspelled or half-quoted line still finds the exact stored passage.
"""

from __future__ import annotations

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


def quote_score(query: str, text: str, **_: object) -> float:
    """How well a remembered fragment ``query`` matches passage ``text`` (both normalized).

    A fragment is scored by its best-aligned window in the passage (partial_ratio); the token
    set ratio rescues paraphrases with the words in another order.
    """
    if not query or not text:
        return 0.0
    partial = fuzz.partial_ratio(query, text)
    tokens = fuzz.token_set_ratio(query, text)
    return max(partial, tokens * 0.95)


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
