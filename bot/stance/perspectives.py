"""Author perspectives and topic spectra (no discord import)."""

from __future__ import annotations

import asyncio
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from cachetools import LRUCache
from rapidfuzz import fuzz, process, utils

from bot.corpus import TOPICS
from bot.errors import NotFoundError, as_typed
from bot.limits import NAME_MAX, check_length
from bot.search import Search
from bot.stance.counter import join_words, quality
from bot.stance.reader import SIDES
from bot.stance.topics import TOPIC_PATTERNS, claim_topics
from bot.store import GLOBAL, EssayRecord, KeptUntilSharedChange, PassageRecord, Store
from bot.text import normalize, split_sentences

# -- authors -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Perspective:
    author: str
    stance: str  # optimistic | skeptical | mixed
    bio: str | None
    claims: list[PassageRecord]
    essays: list[EssayRecord]
    # Net position per topic, most-discussed first: (topic, optimistic - skeptical passages).
    leanings: list[tuple[str, int]]

    @property
    def summary(self) -> str:
        """One line: where the author stands, by topic when they are mixed."""
        opt = [t for t, n in self.leanings if n > 0][:3]
        skep = [t for t, n in self.leanings if n < 0][:3]
        parts = []
        if opt:
            parts.append(f"optimistic on {join_words(opt)}")
        if skep:
            parts.append(f"skeptical on {join_words(skep)}")
        return "; ".join(parts) or "no clear position on any topic"


def _claim_strength(record: PassageRecord) -> float:
    return quality(record) + 0.15 * len(record.topics) + min(len(record.text), 400) / 2000


async def perspective(search: Search, name: str, *, guild_id: int = GLOBAL) -> Perspective:
    """An author's stance, bio, three strongest claims (their own words) and essays."""
    check_length(name, NAME_MAX, "name")
    author = await search.resolve_author(name, guild_id=guild_id)
    if author is None:
        raise NotFoundError(f"No author matching {as_typed(name)} in the essays.")
    # By the author index: only this author's essays and passages are read.
    essays = await search.store.essays.by_author(author, guild_id)
    records = await search.store.index.author_passages(author, guild_id)
    # Passages the essay quotes from someone else are never the author's claims.
    own = [r for r in records if r.quoted_from is None]
    sided = [r for r in own if r.stance in SIDES]
    counts = Counter(r.stance for r in sided)
    essay_stances = {e.stance for e in essays}
    if len(essay_stances) == 1 and essay_stances != {"mixed"}:
        stance = essay_stances.pop()
    elif counts and min(counts[s] for s in SIDES) <= 0.2 * sum(counts.values()):
        stance = counts.most_common(1)[0][0]
    else:
        stance = "mixed"
    net: dict[str, int] = defaultdict(int)
    mentions: Counter[str] = Counter()
    for r in sided:
        for t in r.topics:
            net[t] += 1 if r.stance == "optimistic" else -1
            mentions[t] += 1
    leanings = [(t, net[t]) for t, _ in mentions.most_common()]
    claims = _strongest(sided, stance)
    bio = next((e.author_bio for e in essays if e.author_bio), None)
    return Perspective(author, stance, bio, claims, essays, leanings)


def _strongest(sided: list[PassageRecord], stance: str, limit: int = 3) -> list[PassageRecord]:
    """Best-standing passages, on different topics where possible; both sides when mixed."""
    pool = sorted(sided, key=lambda r: (-_claim_strength(r), r.id))
    if stance in SIDES:
        pool = [r for r in pool if r.stance == stance] or pool
    chosen: list[PassageRecord] = []
    while pool and len(chosen) < limit:
        covered = {t for r in chosen for t in r.topics[:1]}
        sides = {r.stance for r in chosen}

        def fit(r: PassageRecord, covered=covered, sides=sides) -> tuple[int, int]:
            new_side = stance == "mixed" and r.stance not in sides
            return (int(bool(r.topics) and r.topics[0] not in covered) + int(new_side), 0)

        best = max(pool, key=lambda r: (fit(r), -pool.index(r)))
        chosen.append(best)
        pool.remove(best)
    return chosen


# -- spectrum ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """Where one speaker stands on a topic, with a short verbatim quote."""

    speaker: str
    score: float  # -1 most skeptical .. +1 most optimistic
    label: str
    counts: dict[str, int]
    passage: PassageRecord
    topic: str

    @functools.cached_property
    def quote(self) -> str:
        """A whole sentence of ``passage`` (verbatim); worked out only for the positions shown
        (a topic can have thousands of speakers)."""
        return _topic_sentence(self.passage, self.topic)


def resolve_topic(text: str, known: Iterable[str]) -> str | None:
    """The stored topic ``text`` means: exact, a synonym ("actors" → stars) or a near spelling."""
    known = list(dict.fromkeys(known))
    norm = normalize(text).strip()
    if not norm:
        return None
    if norm in known:
        return norm
    inferred = [t for t in claim_topics(norm, limit=1) if t in known]
    if inferred:
        return inferred[0]
    match = process.extractOne(
        norm, known, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=75
    )
    return match[0] if match else None


async def topics_like(search: Search, current: str, *, guild_id: int = GLOBAL) -> list[str]:
    """Topics a server's passages are tagged with, for autocomplete (most used first)."""
    if _SHARED.building(search.store):  # at start: the corpus's topics, not a long wait
        topics = list(TOPICS)
    else:
        counts = await _topic_counts(search, guild_id)
        topics = sorted(counts, key=lambda t: (-counts[t], t))
    norm = normalize(current)
    if not norm:
        return topics[:25]
    starts = [t for t in topics if t.startswith(norm)]
    resolved = resolve_topic(norm, topics)
    fuzzy = [m[0] for m in process.extract(norm, topics, scorer=fuzz.WRatio, limit=10) if m[1] > 50]
    ordered = [*starts, *([resolved] if resolved else []), *fuzzy]
    return list(dict.fromkeys(ordered))[:25]


def _label(score: float, counts: tuple[int, int, int]) -> str:
    """``counts``: passages per stance, in STANCES order."""
    if not counts[0] and not counts[1]:
        return "neutral"
    if score <= -0.6:
        return "skeptical"
    if score < -0.15:
        return "leans skeptical"
    if score <= 0.15:
        return "mixed"
    if score < 0.6:
        return "leans optimistic"
    return "optimistic"


def _topic_sentence(record: PassageRecord, topic: str, limit: int = 220) -> str:
    """The sentence of a passage that best carries the topic, verbatim."""
    sentences = split_sentences(record.text) or [record.text]
    patterns = TOPIC_PATTERNS.get(topic, [])
    fitting = [s for s in sentences if len(s) <= limit] or sentences

    def hits(sentence: str) -> int:
        norm = normalize(sentence)
        return sum(1 for p in patterns if p.search(norm))

    return max(fitting, key=lambda s: (hits(s), -abs(len(s) - 140)))


# How much a passage says about a topic: its first, second, later tag, or only its wording.
TAG_WEIGHTS = (1.0, 0.8, 0.65)
WORDING_WEIGHT = 0.5
NEUTRAL_PULL = 0.25  # a neutral passage on the topic draws its speaker this much to the centre


def topic_weight(record: PassageRecord, topic: str, norm: str | None = None) -> float:
    """How much ``record`` is about ``topic``: tagged (by rank) or, untagged, in its words
    (``norm``: the record's normalized text, when already at hand)."""
    if topic in record.topics:
        return TAG_WEIGHTS[min(record.topics.index(topic), len(TAG_WEIGHTS) - 1)]
    norm = normalize(record.text) if norm is None else norm
    wording = _WORDING.get(topic)
    if wording is not None and wording.search(norm):
        return WORDING_WEIGHT
    return 0.0


# Each topic's patterns as one alternation: the same matches as trying them one by one, ten
# times faster (every passage is checked against every topic when the summaries are built).
_WORDING = {
    topic: re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    for topic, patterns in TOPIC_PATTERNS.items()
    if patterns
}


async def spectrum(search: Search, topic: str, *, guild_id: int = GLOBAL) -> tuple[str, list]:
    """Every speaker with a passage on ``topic`` (tagged with it, or using its words), placed
    by the stances of those passages, most skeptical first."""
    resolved, positions, _ = await spectrum_page(search, topic, guild_id=guild_id)
    return resolved, positions


async def spectrum_page(
    search: Search, topic: str, *, guild_id: int = GLOBAL, shown: int | None = None
) -> tuple[str, list[Position], int]:
    """``spectrum``'s first ``shown`` positions (all when None) and how many there are: only
    the shown speakers' passages are read (a topic has thousands of speakers at scale)."""
    check_length(topic, NAME_MAX, "topic")
    seen = await _topics_seen_from(search, guild_id)
    known = list(seen.passage_counts())
    resolved = resolve_topic(topic, known)
    if resolved is None:
        listed = ", ".join(sorted(known))
        raise NotFoundError(f"No topic matching {as_typed(topic)}. Topics: {listed}.")
    ranked = seen.ranked(resolved)
    page = ranked if shown is None else ranked[:shown]
    records = {r.id: r for r in await search.store.index.passages_by_id([r[5] for r in page])}
    positions = [
        Position(
            speaker, score, label, dict(zip(STANCES, counts, strict=True)), records[pid], resolved
        )
        for score, _, speaker, label, counts, pid in page
    ]
    return resolved, positions, len(ranked)


# A speaker's place on a topic: (score, speaker casefolded, speaker, label, passages per
# stance in STANCES order, passage id), in the spectrum's order (most skeptical first, then by
# name). Only atomic values, so the collector stops tracking these tuples: a topic has
# thousands of speakers, and a dict in each kept ~47,000 of them in every full collection.
_Ranked = tuple[float, str, str, str, tuple[int, int, int], int]


def _placed(speaker: str, agg: _Summary) -> _Ranked:
    optimistic, skeptical, neutral = agg.weights
    counts = (agg.counts[0], agg.counts[1], agg.counts[2])
    total = optimistic + skeptical + NEUTRAL_PULL * neutral
    score = (optimistic - skeptical) / total if total else 0.0
    side = "optimistic" if score > 0 else "skeptical" if score < 0 else "neutral"
    # The best passage of the side the speaker leans to (when even, a neutral one), else the
    # best of all.
    best = agg.best[STANCES.index(side)] or max(b for b in agg.best if b is not None)
    return (round(score, 2), speaker.casefold(), speaker, _label(score, counts), counts, -best[1])


def _ranked(summaries: dict[str, _Summary]) -> list[_Ranked]:
    return sorted(
        (_placed(speaker, agg) for speaker, agg in summaries.items()), key=lambda r: r[:2]
    )


# -- per-topic summaries -------------------------------------------------------------------
# /spectrum and its autocomplete summarise every passage tagged with a topic. Reading them per
# request was seconds at 10,000 essays, so the shared (bundled) essays are summarised once per
# version of their content (store.index.shared_version, bumped by triggers in every writer's
# transaction) and kept in memory; a server's own essays (a few) are summarised per request,
# and the bundled essays it hid are left out. Same figures as summing the passages each time.

STANCES = ("optimistic", "skeptical", "neutral")


class _Summary:
    """One speaker's passages on one topic (in one essay, or in several merged): weight and
    count per stance, and the best passage per stance as (weight + quality, -id)."""

    __slots__ = ("best", "counts", "weights")

    def __init__(self) -> None:
        self.weights = [0.0, 0.0, 0.0]
        self.counts = [0, 0, 0]
        self.best: list[tuple[float, int] | None] = [None, None, None]

    def add(self, stance: int, weight: float, key: tuple[float, int]) -> None:
        self.weights[stance] += weight
        self.counts[stance] += 1
        if self.best[stance] is None or key > self.best[stance]:
            self.best[stance] = key

    def merge(self, other: _Summary) -> None:
        for i in range(3):
            self.weights[i] += other.weights[i]
            self.counts[i] += other.counts[i]
            if other.best[i] is not None and (self.best[i] is None or other.best[i] > self.best[i]):
                self.best[i] = other.best[i]


class _TopicSummaries:
    """topic -> speaker -> essay id -> _Summary, for a set of essays."""

    def __init__(self) -> None:
        self.by_topic: dict[str, dict[str, dict[int, _Summary]]] = {}
        self.merged: dict[str, dict[str, _Summary]] = {}  # over all the essays
        self.essay_counts: dict[int, Counter[str]] = defaultdict(Counter)  # passages per topic
        self.topic_counts: Counter[str] = Counter()  # over all the essays
        self._ranked: dict[str, list[_Ranked]] = {}  # topic -> every speaker placed

    def ranked(self, topic: str) -> list[_Ranked]:
        """Every speaker placed on ``topic`` (kept: the summaries do not change)."""
        if topic not in self._ranked:
            self._ranked[topic] = _ranked(self.merged.get(topic, {}))
        return self._ranked[topic]

    def add(self, record: PassageRecord) -> None:
        if record.stance not in STANCES:
            return
        stance = STANCES.index(record.stance)
        strength = quality(record)
        norm = normalize(record.text)
        for topic in dict.fromkeys([*record.topics, *TOPIC_PATTERNS]):
            weight = topic_weight(record, topic, norm)
            if not weight:
                continue
            summary = (
                self.by_topic.setdefault(topic, {})
                .setdefault(record.speaker, {})
                .setdefault(record.essay_id, _Summary())
            )
            summary.add(stance, weight, (weight + strength, -record.id))
            if topic in record.topics:  # what a topic is tagged on: autocomplete's counts
                self.essay_counts[record.essay_id][topic] += 1

    def finish(self) -> _TopicSummaries:
        for topics in self.essay_counts.values():
            self.topic_counts.update(topics)
        for topic, speakers in self.by_topic.items():
            merged = self.merged.setdefault(topic, {})
            for speaker, essays in speakers.items():
                merged[speaker] = _Summary()
                for summary in essays.values():
                    merged[speaker].merge(summary)
        return self


@dataclass
class _TopicsSeen:
    """What one server sees: the shared summaries minus the essays it hid, plus its own."""

    shared: _TopicSummaries
    own: _TopicSummaries
    hidden: set[int]

    def passage_counts(self) -> Counter[str]:
        counts = self.shared.topic_counts + self.own.topic_counts
        for essay_id in self.hidden:
            counts.subtract(self.shared.essay_counts.get(essay_id, {}))
        return +counts

    def ranked(self, topic: str) -> list[_Ranked]:
        """Every speaker this server sees placed on ``topic``: the shared placing kept, only
        the speakers whose essays it hid or who wrote its own essays placed again."""
        shared = self.shared.ranked(topic)
        changed = self._changed(topic)
        if not changed:
            return shared
        kept = [r for r in shared if r[2] not in changed]
        again = self.speakers(topic, only=changed)
        return sorted([*kept, *_ranked(again)], key=lambda r: r[:2])

    def _changed(self, topic: str) -> set[str]:
        """Speakers whose place differs from the shared one: own passages, or hidden essays."""
        changed = set(self.own.merged.get(topic, ()))
        if self.hidden:
            for speaker, essays in self.shared.by_topic.get(topic, {}).items():
                if not self.hidden.isdisjoint(essays):
                    changed.add(speaker)
        return changed

    def speakers(self, topic: str, only: set[str] | None = None) -> dict[str, _Summary]:
        result: dict[str, _Summary] = {}
        shared = self.shared.by_topic.get(topic, {})
        names = shared if only is None else [s for s in only if s in shared]
        for speaker in names:
            essays = shared[speaker]
            if self.hidden and not self.hidden.isdisjoint(essays):
                summary = _Summary()
                for essay_id, part in essays.items():
                    if essay_id not in self.hidden:
                        summary.merge(part)
                if sum(summary.counts):
                    result[speaker] = summary
            else:
                result[speaker] = self.shared.merged[topic][speaker]
        for speaker, summary in self.own.merged.get(topic, {}).items():
            if only is not None and speaker not in only:
                continue
            if speaker in result:  # never change the shared summary in place
                both = _Summary()
                both.merge(result[speaker])
                both.merge(summary)
                result[speaker] = both
            else:
                result[speaker] = summary
        return result


async def _summarise(store: Store, guild_id: int) -> _TopicSummaries:
    """Summaries of the essays stored for exactly ``guild_id``, read a page at a time (the
    loop serves other commands between pages)."""
    summaries, after = _TopicSummaries(), 0
    while page := await store.index.tagged_of(guild_id, after=after, essays=10):
        for i, record in enumerate(page):
            # Each passage is ~0.3 ms on the loop (its wording against every topic): 16 keep
            # a turn of the loop near 5 ms, well under the 50 ms of lag allowed.
            if i and i % 16 == 0:
                await asyncio.sleep(0)
            summaries.add(record)
        after = page[-1].essay_id
    return summaries.finish()


async def _summarise_shared(store: Store) -> _TopicSummaries:
    """The shared summaries with every topic's speakers placed now, while warming, a topic per
    turn of the loop: placed on the first /spectrum instead, ~3,000 speakers took a slice of
    tens of ms under load, and the result was long-lived but outside the frozen start-up."""
    summaries = await _summarise(store, GLOBAL)
    for topic in summaries.merged:
        summaries.ranked(topic)
        await asyncio.sleep(0)
    return summaries


_SHARED = KeptUntilSharedChange(_summarise_shared)


async def _topics_seen_from(search: Search, guild_id: int) -> _TopicsSeen:
    store = search.store
    shared = await _SHARED.get(store)
    if guild_id == GLOBAL:
        return _TopicsSeen(shared, _TopicSummaries(), set())
    key = (id(store), store.generation, guild_id)
    if key not in _SEEN_OWN:
        # Summarising a server's own essays reads each passage's words against every topic
        # (~80 ms for a long essay): once per server until the next write, not per keystroke.
        own = await _summarise(store, guild_id)
        _SEEN_OWN[key] = (own, await store.index.hidden_essay_ids(guild_id))
    own, hidden = _SEEN_OWN[key]
    return _TopicsSeen(shared, own, hidden)


async def _topic_counts(search: Search, guild_id: int) -> Counter[str]:
    """How many passages a server sees tagged with each topic: ``_topics_seen_from``'s
    ``passage_counts`` without reading the wording of the server's own passages (the tags
    are enough), so a keystroke never waits for its summaries."""
    store = search.store
    key = (id(store), store.generation, guild_id)
    if guild_id == GLOBAL or key in _SEEN_OWN:
        return (await _topics_seen_from(search, guild_id)).passage_counts()
    shared = await _SHARED.get(store)
    own, after = _TopicSummaries(), 0
    while page := await store.index.tagged_of(guild_id, after=after, essays=10):
        for record in page:
            if record.stance in STANCES:  # as _TopicSummaries.add counts them
                own.essay_counts[record.essay_id].update(set(record.topics))
        after = page[-1].essay_id
    hidden = await store.index.hidden_essay_ids(guild_id)
    return _TopicsSeen(shared, own.finish(), hidden).passage_counts()


# Kept for the servers used most recently. Small on purpose: each server's summaries are a few
# thousand objects the garbage collector walks in every full pass, on the event loop (256 kept
# servers were ~55,000 objects, a 30-50 ms pass at 5,000 servers), and a server that comes back
# after 32 others pays one summary (tens of ms) again.
_SEEN_OWN: LRUCache[tuple[int, int, int], tuple[_TopicSummaries, set[int]]] = LRUCache(32)


def topics_ready(search: Search) -> bool:
    """Whether the shared topic summaries are made (``spectrum`` answers without waiting)."""
    return _SHARED.ready(search.store)


async def warm_topics(search: Search) -> None:
    """Summarise the shared essays now (at start), not on the first /spectrum."""
    await _topics_seen_from(search, GLOBAL)
