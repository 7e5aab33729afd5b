"""Counterpoints: the other side of a claim or a passage, ranked (no discord import).

Counterpoints are passages of the opposite stance (never the claim's own, never neutral),
ranked by shared topics (the corpus's topic tags, reached from chat wording through a synonym
lexicon), then word overlap, then passage quality, with different speakers preferred in the
top three. Every result says in one line why it matched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cachetools import LRUCache

from bot.corpus import TOPICS, infer_topics
from bot.errors import NotFoundError
from bot.limits import CLAIM_MAX, check_length
from bot.search import Hit, Search
from bot.stance.reader import OPPOSITE, SIDES, ClaimStance, read_claim
from bot.stance.topics import claim_topics
from bot.store import GLOBAL, PassageRecord
from bot.text import content_words, normalize


def _prefixes(words: Iterable[str]) -> set[str]:
    return {w[:5] for w in words if len(w) > 2}


@functools.lru_cache(maxsize=20_000)
def _passage_prefixes(normalized: str) -> frozenset[str]:
    return frozenset(_prefixes(content_words(normalized)))


_LEANS_ON_CONTEXT = re.compile(
    r"(but|and|so|yes|however|therefore|they|this|it|that|these|those|he|she|now|"
    r"in other words|without that)\b"
)


def quality(record: PassageRecord) -> float:
    """0..1: how well a passage stands on its own as a quote."""
    text = record.text.strip()
    n = len(text)
    score = 0.3 if n < 50 else 0.7 if n < 100 else 1.0
    if text.endswith("?"):
        score -= 0.3
    # Opening on a connective or a pronoun leans on the paragraph before.
    if _LEANS_ON_CONTEXT.match(normalize(text[:40])):
        score -= 0.15
    if record.stance_source != "essay":
        score += 0.1  # a person labelled this passage, not the essay's default
    return max(0.0, min(1.0, score))


@functools.lru_cache(maxsize=20_000)
def passage_topics(tags: tuple[str, ...], text: str) -> dict[str, float]:
    """A passage's topics with weights: its tags in order, then topics its words mention."""
    weights = {t: (1.0, 0.8, 0.65)[min(i, 2)] for i, t in enumerate(tags)}
    for topic in infer_topics(text, limit=3):
        weights.setdefault(topic, 0.5)
    return weights


def claim_weights(topics: Sequence[str]) -> dict[str, float]:
    """Claim topics with weights, first raised first. Only the claim's own topics: a passage
    on a neighbouring topic answers another point (args.me: same aspect, opposite stance)."""
    return {t: (1.0, 0.75, 0.55, 0.45)[min(i, 3)] for i, t in enumerate(topics)}


def _topic_match(claim: dict[str, float], record: PassageRecord) -> tuple[float, list[str]]:
    mine = passage_topics(record.topics, record.text)
    parts = sorted(((w * mine[t], t) for t, w in claim.items() if t in mine), reverse=True)
    if not parts:
        return 0.0, []
    score = parts[0][0] + 0.3 * sum(p for p, _ in parts[1:])
    return score, [t for _, t in parts[:2]]


def _why(shared: list[str], side: str) -> str:
    if not shared:
        return f"No {side} passage shares your topic; this one is closest in wording."
    return f"The {side} side on {join_words(shared)}, the topic you raised."


def join_words(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


TOPIC_WEIGHT, OVERLAP_WEIGHT, QUALITY_WEIGHT = 100, 20, 10


def rank_side(
    records: Sequence[PassageRecord],
    normalized: Sequence[str],
    side: str,
    topics: Sequence[str],
    *,
    text: str = "",
    exclude: Iterable[int] = (),
) -> list[Hit]:
    """Passages of ``side`` best first for a claim on ``topics`` (worded as ``text``)."""
    excluded = set(exclude)
    wanted = claim_weights(topics)
    claim_words = _prefixes(content_words(normalize(text))) if text else set()
    hits = []
    for record, norm in zip(records, normalized, strict=True):
        if record.stance != side or record.id in excluded:
            continue
        match, shared = _topic_match(wanted, record)
        overlap = 0.0
        if claim_words:
            overlap = len(claim_words & _passage_prefixes(norm)) / len(claim_words)
        score = TOPIC_WEIGHT * match + OVERLAP_WEIGHT * overlap + QUALITY_WEIGHT * quality(record)
        hits.append(Hit(record, round(score, 1), _why(shared, side)))
    hits.sort(key=lambda h: (-h.score, h.passage.id))
    return hits


def diversify(hits: list[Hit], limit: int, *, slack: float = 0.75) -> list[Hit]:
    """Top ``limit`` with different speakers preferred, unless that costs too much relevance."""
    pool = list(hits)
    chosen: list[Hit] = []
    while pool and len(chosen) < limit:
        seen = {h.passage.speaker for h in chosen}
        best = pool[0]
        fresh = next((h for h in pool if h.passage.speaker not in seen), None)
        pick = fresh if fresh is not None and fresh.score >= slack * best.score else best
        chosen.append(pick)
        pool.remove(pick)
    return chosen


NOTHING_TO_ARGUE = (
    "Nothing to argue with here: I answer claims about AI video and generative film "
    "(something like \u201cSora will let anyone direct\u201d)."
)


@dataclass(frozen=True)
class CounterResult:
    claim: ClaimStance
    topics: tuple[str, ...]
    results: list[Hit]

    @property
    def reason(self) -> str | None:
        """Why there are no results, when the message has no claim to argue with."""
        return None if self.claim.on_topic else NOTHING_TO_ARGUE

    @property
    def wanted(self) -> tuple[str, ...]:
        """The side(s) answered: the opposite one, or both when the claim is unclear."""
        return SIDES if self.claim.unclear else (OPPOSITE[self.claim.stance],)


# At scale the corpus is never scanned: each side's candidates are the passages sharing the
# claim's words (from the search index), the first passages tagged with the claim's topics
# (the bundled essays come first) and the server's own essays; only those are ranked.
CLAIM_CANDIDATES = 150
TAGGED_TOPICS = 3
TAGGED_CANDIDATES = 50  # per topic
OWN_CANDIDATES = 200
FALLBACK_CANDIDATES = 100  # when nothing matches, or "Another" has shown every candidate
# Passages sharing the claim's words: checked for a quotation, and (those of the wanted side)
# the first counterpoint candidates.
EVIDENCE = 150
QUOTED = 20  # of those, the best candidates checked for being quoted by the claim


async def side_candidates(
    search: Search,
    side: str,
    topics: Sequence[str],
    *,
    text: str = "",
    guild_id: int = GLOBAL,
    evidence: tuple[list[PassageRecord], list[str]] | None = None,
) -> tuple[list[PassageRecord], list[str]]:
    """A bounded set of visible ``side`` passages worth ranking for a claim: the passages
    sharing its words (``evidence``, when the claim's reading already looked them up), those
    tagged with its topics, and the server's own."""
    store = search.store
    found: dict[int, PassageRecord] = {}
    known: dict[int, str] = {}  # normalized texts the index look-up already made
    if text and evidence is None:
        evidence = await search.candidates(
            text, guild_id=guild_id, stance=side, limit=CLAIM_CANDIDATES
        )
    if evidence is not None:
        for record, norm in zip(*evidence, strict=True):
            if record.stance == side:
                found[record.id] = record
                known[record.id] = norm
    # Passages tagged with the claim's topics, though their words are not the claim's.
    for topic in topics[:TAGGED_TOPICS]:
        for record in await _tagged(search, topic, side, guild_id):
            found.setdefault(record.id, record)
    for record in await store.index.own_passages(guild_id, stance=side, limit=OWN_CANDIDATES):
        found.setdefault(record.id, record)
    if not found:  # nothing shares a word or a topic: the side's first passages, by quality
        fallback = await store.index.stance_passages(
            side, guild_id=guild_id, limit=FALLBACK_CANDIDATES
        )
        found.update((r.id, r) for r in fallback)
    records = sorted(found.values(), key=lambda r: r.id)
    return records, [known.get(r.id) or normalize(r.text) for r in records]


_TAGGED: LRUCache[tuple[int, int, int, str, str], list[PassageRecord]] = LRUCache(256)


async def _tagged(search: Search, topic: str, side: str, guild_id: int) -> list[PassageRecord]:
    """The first passages of ``side`` tagged ``topic``: the same for every claim on the topic,
    so kept until the store changes."""
    key = (id(search.store), search.store.generation, guild_id, topic, side)
    if key not in _TAGGED:
        _TAGGED[key] = await search.store.index.tagged_passages(
            topic, stance=side, guild_id=guild_id, limit=TAGGED_CANDIDATES
        )
    return _TAGGED[key]


async def read_claim_at_scale(
    search: Search, text: str, *, guild_id: int = GLOBAL
) -> tuple[ClaimStance, tuple[list[PassageRecord], list[str]]]:
    """``read_claim`` with the passages sharing the claim's words (a claim may quote one); also
    returns those passages (records, normalized texts), the counterpoint candidates."""
    evidence, normalized = await search.candidates(text, guild_id=guild_id, limit=EVIDENCE)
    # A quoted passage shares the most words with the claim: the index ranks it first.
    claim = read_claim(text, evidence[:QUOTED], normalized[:QUOTED])
    return claim, (evidence, normalized)


async def counterpoints(
    search: Search,
    text: str,
    *,
    guild_id: int = GLOBAL,
    limit: int = 3,
    exclude: Iterable[int] = (),
) -> CounterResult:
    """The other side of ``text``, best first; both sides, alternating, when it is unclear."""
    check_length(text, CLAIM_MAX, "claim")
    claim, evidence = await read_claim_at_scale(search, text, guild_id=guild_id)
    if not claim.on_topic:
        return CounterResult(claim, (), [])
    topics = claim_topics(text)
    exclude = tuple(exclude)
    if claim.unclear:
        # Both sides, the one answering the side the claim leans to first.
        sides = SIDES if claim.lean <= 0 else SIDES[::-1]
    else:
        sides = (OPPOSITE[claim.stance],)
    per_side = []
    for side in sides:
        records, normalized = await side_candidates(
            search, side, topics, text=text, guild_id=guild_id, evidence=evidence
        )
        ranked = rank_side(records, normalized, side, topics, text=text, exclude=exclude)
        per_side.append(diversify(ranked, limit))
    if not claim.unclear:
        return CounterResult(claim, topics, per_side[0])
    merged = [h for pair in zip(*per_side, strict=False) for h in pair]
    return CounterResult(claim, topics, merged[: max(limit, 2)])


async def more_counterpoints(
    search: Search,
    side: str,
    topics: Sequence[str],
    *,
    guild_id: int = GLOBAL,
    exclude: Iterable[int] = (),
) -> Hit | None:
    """The next passage of ``side`` on ``topics`` not in ``exclude`` (for "Another")."""
    if side not in SIDES:
        raise NotFoundError("That button is from an older version; run /counter again.")
    exclude = set(exclude)
    records, normalized = await side_candidates(search, side, topics, guild_id=guild_id)
    ranked = rank_side(records, normalized, side, topics, exclude=exclude)
    if not ranked:  # every candidate was shown: go on through the side's other passages
        records = await search.store.index.stance_passages(
            side, guild_id=guild_id, limit=FALLBACK_CANDIDATES + len(exclude)
        )
        normalized = [normalize(r.text) for r in records]
        ranked = rank_side(records, normalized, side, topics, exclude=exclude)
    return ranked[0] if ranked else None


async def counter_passage(
    search: Search, passage: PassageRecord, *, guild_id: int = GLOBAL, limit: int = 3
) -> CounterResult:
    """The other side of a stored passage ("Counter this"): its label is its stance."""
    if passage.stance not in SIDES:
        raise NotFoundError("That passage is neutral, so it has no other side to show.")
    topics = tuple(t for t in passage.topics if t in TOPICS) or claim_topics(passage.text)
    claim = ClaimStance(passage.stance, 1.0, "label")
    side = OPPOSITE[passage.stance]
    records, normalized = await side_candidates(
        search, side, topics, text=passage.text, guild_id=guild_id
    )
    # Never the same speaker: their other lines agree with them, whatever the label says.
    pairs = zip(records, normalized, strict=True)
    others = [(r, n) for r, n in pairs if r.speaker != passage.speaker]
    ranked = rank_side(
        [r for r, _ in others], [n for _, n in others], side, topics, text=passage.text
    )
    return CounterResult(claim, topics, diversify(ranked, limit))
