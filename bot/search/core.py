"""The Search object: candidates from the index, quotes, suggestions, verification
(no discord import)."""

from __future__ import annotations

import gc
import itertools
import math
from collections import Counter
from collections.abc import Sequence

from cachetools import LRUCache
from rapidfuzz import fuzz, process, utils

from bot.errors import NotFoundError, as_typed
from bot.limits import NAME_MAX, QUOTE_MAX, VERIFY_MAX, check_length
from bot.search.names import EssayEntry, Lookups, Suggestion, TitleIndex, _suggestion
from bot.search.ranking import (
    _PASSAGE_REF,
    _TOKEN,
    AUTHOR_SCAN,
    CANDIDATES,
    CORE_CANDIDATES,
    MAX_COMMON,
    MIN_CANDIDATES,
    POOL,
    POSTINGS_BUDGET,
    QUOTE_FLOOR,
    SUGGEST_FLOOR,
    TERM_CAP,
    Hit,
    core_hits,
    fts_phrase,
    gram_pieces,
    passage_text,
    query_terms,
    quote_score,
    rank,
    strip_chatter,
)
from bot.search.verification import Verification, align
from bot.store import GLOBAL, PassageRecord, Store
from bot.text import STOPWORDS, normalize


class Search(Lookups):
    """Quote search over the passages a server can see."""

    def __init__(self, store: Store, *, guilds_cached: int | None = None) -> None:
        self.store = store
        guilds_cached = guilds_cached or GUILDS_CACHED
        self._cache: dict[int, tuple[int, list[PassageRecord], list[str]]] = {}
        # Per-server lists, each cached until the next write, for the GUILDS_CACHED servers
        # used most recently: memory stays bounded however many servers the bot is in.
        self._authors: LRUCache[int, tuple[int, list[str], list[str]]] = LRUCache(guilds_cached)
        self._shared_essays: tuple[int, list[EssayEntry]] = (-1, [])
        self._shared_authors: tuple[int, list[str], list[str]] = (-1, [], [])
        self._titles: tuple[int, TitleIndex] = (-1, TitleIndex.build([]))
        self._guild_essays: LRUCache[int, tuple[int, list[EssayEntry], set[int]]] = LRUCache(
            guilds_cached
        )
        self._featured_cache: LRUCache[int, tuple[int, list[Suggestion]]] = LRUCache(guilds_cached)
        self._size: tuple[int, int] = (-1, 0)

    async def passages(self, guild_id: int = GLOBAL) -> tuple[list[PassageRecord], list[str]]:
        """Every visible passage and its normalized text, cached until the store changes.

        Loads the whole visible corpus: fine for a few hundred essays, not for hot paths at scale
        (use ``candidates``, ``author_passages``).
        """
        cached = self._cache.get(guild_id)
        if cached and cached[0] == self.store.generation:
            return cached[1], cached[2]
        generation = self.store.generation
        records = await self.store.passages.visible(guild_id)
        normalized = [normalize(r.text) for r in records]
        self._cache = {guild_id: (generation, records, normalized)}  # one corpus in memory
        return records, normalized

    async def _corpus_size(self) -> int:
        generation = self.store.generation
        if self._size[0] != generation:
            self._size = (generation, await self.store.index.passage_id_bound())
        return self._size[1]

    async def _weighted_terms(
        self,
        terms: Sequence[str],
        prefix: str | None = None,
        typos: bool = True,
        ranges: Sequence[tuple[int, int]] | None = None,
    ) -> list[tuple[str, str, float, int]]:
        """(index, match, weight, document frequency) for each term the index knows; counted
        and weighted within ``ranges`` of passage ids (``Index.scope``) when given."""
        count = self.store.index.term_counts
        lookups = [("words", fts_phrase(term), 1.0) for term in terms]
        if prefix and len(prefix) >= 2 and prefix not in STOPWORDS:
            lookups.append(("words", fts_phrase(prefix, prefix=True), 1.0))
        counts = await count([(i, m) for i, m, _ in lookups], TERM_CAP, ranges)
        found = [(i, m, f, n) for (i, m, f), n in zip(lookups, counts, strict=True) if n]
        unknown = [term for term, n in zip(terms, counts, strict=False) if not n and typos]
        pieces: list[tuple[str, str, float]] = []
        for word in unknown:
            parts = gram_pieces(word)
            pieces += [("grams", fts_phrase(p), 1.0 / len(parts)) for p in parts]
        if pieces:
            counts = await count([(i, m) for i, m, _ in pieces], TERM_CAP, ranges)
            found += [(i, m, f, n) for (i, m, f), n in zip(pieces, counts, strict=True) if n]
        if ranges is None:
            size = await self._corpus_size()
        else:  # rarity among the passages this server sees, not among every server's
            size = sum(hi - lo + 1 for lo, hi in ranges)
        return [
            (index, match, share * math.log((size + 1) / (df + 0.5)), df)
            for index, match, share, df in found
        ]

    async def candidate_records(
        self,
        query: str,
        *,
        guild_id: int = GLOBAL,
        limit: int = CANDIDATES,
        stance: str | None = None,
        prefix: str | None = None,
        typos: bool = True,
        author: str | None = None,
    ) -> list[PassageRecord]:
        """Up to ``limit`` visible passages likely to match normalized ``query``, from the index.

        Rare words are aggregated by weight; when every word is common, passages with all of
        them (in storage order) are the candidates. ``prefix`` is a word still being typed;
        ``typos=False`` skips the trigram look-up of unknown words (autocomplete: cheaper).
        """
        # A server that sees few essays among many servers' looks only among its own.
        ranges = await self.store.index.scope(guild_id)
        weighted = await self._weighted_terms(query_terms(query), prefix, typos, ranges)
        rare = sorted((t for t in weighted if t[3] < TERM_CAP), key=lambda t: t[3])
        chosen, postings = [], 0
        for index, match, weight, df in rare:
            if chosen and postings + df > POSTINGS_BUDGET:
                break
            chosen.append((index, match, weight))
            postings += df
        records: list[PassageRecord] = []
        if chosen:
            hits = await self.store.index.weighted_candidates(
                chosen,
                guild_id=guild_id,
                # One author's passages are a sliver of the best by weight: look further.
                pool=POOL if author is None else POOL * 20,
                limit=limit,
                stance=stance,
                author=author,
                ranges=ranges,
            )
            records = [record for record, _ in hits]
        if len(records) >= MIN_CANDIDATES:
            return records
        # Every remaining word is common: passages with all of them, then all but one, ...
        # (longer words first: they tend to be the rarer ones).
        common = sorted(
            (m for index, m, _, df in weighted if index == "words" and df >= TERM_CAP),
            key=len,
            reverse=True,
        )[:MAX_COMMON]
        seen = {r.id for r in records}
        for k in range(len(common), max(1, (len(common) + 1) // 2) - 1, -1):
            match = " OR ".join(
                "(" + " AND ".join(combo) + ")" for combo in itertools.combinations(common, k)
            )
            more = await self.store.index.matching(
                match,
                guild_id=guild_id,
                limit=limit - len(records),
                stance=stance,
                author=author,
                ranges=ranges,
            )
            records += [r for r in more if r.id not in seen]
            seen.update(r.id for r in more)
            # A variant spelling ("democratization" for "democratisation") fails one word:
            # always look one level down before stopping.
            if len(records) >= MIN_CANDIDATES and k < len(common):
                break
        return records

    async def candidates(
        self,
        text: str,
        *,
        guild_id: int = GLOBAL,
        stance: str | None = None,
        limit: int = CANDIDATES,
    ) -> tuple[list[PassageRecord], list[str]]:
        """Passages sharing the most (rare) words with ``text``, and their normalized texts.

        The same shape as ``passages``, for callers such as counterpoints that score a bounded
        candidate set instead of the whole corpus; ``stance`` keeps only that passage stance.
        """
        records = await self.candidate_records(
            normalize(text), guild_id=guild_id, limit=limit, stance=stance
        )
        return records, [passage_text(r.text) for r in records]

    async def author_passages(self, author: str, *, guild_id: int = GLOBAL) -> list[PassageRecord]:
        """Every visible passage by exactly ``author`` (see ``resolve_author``)."""
        return await self.store.index.author_passages(author, guild_id)

    async def passage_ref(self, text: str, guild_id: int) -> PassageRecord | None:
        """``#123`` (an autocomplete value) as the visible passage it names."""
        match = _PASSAGE_REF.fullmatch(text.strip())
        if not match:
            return None
        passage = await self.store.passages.get(int(match.group(1)))
        if passage is None or not await self.store.essays.is_visible(passage.essay_id, guild_id):
            return None
        return passage

    async def quotes(
        self,
        text: str,
        *,
        guild_id: int = GLOBAL,
        author: str | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        """Passages matching ``text``, best first; empty when nothing is relevant."""
        check_length(text, QUOTE_MAX, "quote")
        if author:
            check_length(author, NAME_MAX, "author")
        chosen = await self.passage_ref(text, guild_id)
        if chosen is not None:
            return [Hit(chosen, 100.0)]
        typed = normalize(text)
        if len(typed) < 3:
            return []
        wanted = None
        if author:
            wanted = await self.resolve_author(author, guild_id=guild_id)
            if wanted is None:
                raise NotFoundError(f"No author matching {as_typed(author)} in the essays.")
        hits: list[Hit] = []
        first: list[PassageRecord] = []
        # The quote without the chat around it first; as typed if that finds nothing (the
        # "chat" may have been the quote's own words).
        for query in dict.fromkeys((strip_chatter(typed), typed)):
            if wanted:
                records = await self._author_records(query, wanted, guild_id)
            else:
                records = await self.candidate_records(query, guild_id=guild_id)
            first = first or records
            hits = rank(query, records, limit=limit)
            if hits:
                break
        if not hits:
            hits = core_hits(strip_chatter(typed), first[:CORE_CANDIDATES], limit=limit)
        opening = await self.title_opening(strip_chatter(typed), guild_id=guild_id)
        mine = opening is not None and wanted in (None, opening.passage.author)
        if opening and mine and (not hits or opening.score >= hits[0].score):
            rest = [h for h in hits if h.passage.id != opening.passage.id]
            hits = [opening, *rest][:limit]
        return hits

    async def _author_records(self, query: str, author: str, guild_id: int) -> list[PassageRecord]:
        """Most authors write a few essays: all their passages are ranked. A prolific one (or
        one huge essay) is searched through the index, filtered to the author."""
        records = await self.store.index.author_passages(author, guild_id, AUTHOR_SCAN + 1)
        if len(records) > AUTHOR_SCAN:
            records = await self.candidate_records(query, guild_id=guild_id, author=author)
        return records

    async def title_opening(self, query: str, *, guild_id: int = GLOBAL) -> Hit | None:
        """An essay's title typed as a quote: the essay's opening passage (cited to whoever
        it quotes, if it opens with a quotation), scored by how closely the title was typed.

        Only titles sharing most of their words with the query are scored (an index of title
        words, cached until the store changes), so the cost does not grow with the corpus."""
        typed = utils.default_process(query)
        wanted = {w for w in typed.split() if w not in STOPWORDS}
        if len(wanted) < 3:
            return None
        shared, own, hidden = await self._essay_entries(guild_id)
        index = self._shared_titles(shared)
        shares: Counter[int] = Counter()
        for word in wanted:
            for i in index.postings.get(word, ()):
                shares[i] += 1
        candidates = [
            (shared[i], index.titles[i])
            for i, n in shares.items()
            if n >= max(2, len(index.words[i]) / 2) and shared[i].id not in hidden
        ]
        candidates += [(e, utils.default_process(e.title)) for e in own]
        found = process.extractOne(
            typed, [t for _, t in candidates], scorer=fuzz.token_set_ratio, score_cutoff=90
        )
        if not found:
            return None
        title_words = [w for w in found[0].split() if w not in STOPWORDS]
        # Most of the title, not two of its words that any query might share.
        if len(wanted) < 0.6 * len(title_words) or fuzz.ratio(typed, found[0]) < 60:
            return None
        passages = await self.store.passages.of_essay(candidates[found[2]][0].id)
        return Hit(passages[0], round(float(found[1]), 1)) if passages else None

    def _shared_titles(self, shared: list[EssayEntry]) -> TitleIndex:
        generation = self.store.shared_generation
        if self._titles[0] != generation:
            self._titles = (generation, TitleIndex.build([e.title for e in shared]))
            gc.freeze()  # long-lived, like the essay list it indexes
        return self._titles[1]

    async def naive_quotes(self, text: str, *, guild_id: int = GLOBAL, limit: int = 5) -> list[Hit]:
        """The reference: ``quote_score`` over every visible passage (benchmark and tests)."""
        query = normalize(text)
        if len(query) < 3:
            return []
        records, normalized = await self.passages(guild_id)
        matches = process.extract(
            query,
            dict(enumerate(normalized)),
            scorer=quote_score,
            score_cutoff=QUOTE_FLOOR,
            limit=None,
        )
        matches.sort(key=lambda m: (-m[1], records[m[2]].id))
        return [Hit(records[i], round(score, 1)) for _, score, i in matches[:limit]]

    async def suggest_quotes(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[Suggestion]:
        """Passages for ``/quote text:`` as the user types: a snippet and the author.

        The value is ``#<passage id>``, which ``quotes`` re-resolves (and re-checks visibility).
        Under two letters there is nothing to match yet: the featured passages stand in.
        """
        query = normalize(current)
        if len(query) < 2:
            return (await self._featured(guild_id))[:limit]
        tokens = _TOKEN.findall(query)
        typing = tokens[-1] if tokens and query[-1:].isalnum() else None
        complete = query[: len(query) - len(typing)] if typing else query
        records = await self.candidate_records(
            complete, guild_id=guild_id, limit=100, prefix=typing, typos=False
        )
        if not records and typing and len(typing) >= 2:
            records = await self.store.index.matching(
                fts_phrase(typing, prefix=True), guild_id=guild_id, limit=limit
            )
        scored = []
        for record in records:
            text = passage_text(record.text)
            score = fuzz.partial_ratio(query, text)
            if score >= SUGGEST_FLOOR:
                scored.append((-score, record.id, record, text))
        scored.sort(key=lambda item: item[:2])
        return [_suggestion(record, query, text) for _, _, record, text in scored[:limit]]

    async def _featured(self, guild_id: int) -> list[Suggestion]:
        generation = self.store.generation
        cached = self._featured_cache.get(guild_id)
        if not cached or cached[0] != generation:
            records = await self.store.index.featured(guild_id, 25)
            cached = (generation, [_suggestion(r, "") for r in records])
            self._featured_cache[guild_id] = cached
        return cached[1]

    async def verify(self, text: str, *, guild_id: int = GLOBAL) -> Verification:
        """Is ``text`` a real quote? The closest passage's exact wording and the differences, or
        a Verification with no passage when nothing reaches QUOTE_FLOOR."""
        query = normalize(check_length(text, VERIFY_MAX, "quote"))
        if len(query) < 3:
            return Verification(text, None, 0.0)
        hits = rank(query, await self.candidate_records(query, guild_id=guild_id), limit=1)
        if not hits:
            return Verification(text, None, 0.0)
        best = hits[0]
        original, differences = align(text, best.passage.text)
        return Verification(text, best.passage, best.score, original, differences)


GUILDS_CACHED = 64  # servers whose lists (authors, essays, featured passages) are kept
