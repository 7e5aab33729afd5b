"""Author perspectives and topic spectra (no discord import)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.errors import NotFoundError
from bot.search import Search
from bot.stance.counter import join_words, quality
from bot.stance.reader import SIDES, TOPIC_PATTERNS, claim_topics
from bot.store import GLOBAL, EssayRecord, PassageRecord
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
    author = await search.resolve_author(name, guild_id=guild_id)
    if author is None:
        raise NotFoundError(f"No author matching {name!r} in the essays. Try /perspective again.")
    essays = [e for e in await search.store.essays.visible(guild_id) if e.author == author]
    records, _ = await search.passages(guild_id)
    # Passages the essay quotes from someone else are never the author's claims.
    own = [r for r in records if r.author == author and r.quoted_from is None]
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
    quote: str  # a whole sentence of ``passage`` (verbatim)


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
    records, _ = await search.passages(guild_id)
    counts = Counter(t for r in records for t in r.topics)
    topics = [t for t, _ in counts.most_common()]
    norm = normalize(current)
    if not norm:
        return topics[:25]
    starts = [t for t in topics if t.startswith(norm)]
    resolved = resolve_topic(norm, topics)
    fuzzy = [m[0] for m in process.extract(norm, topics, scorer=fuzz.WRatio, limit=10) if m[1] > 50]
    ordered = [*starts, *([resolved] if resolved else []), *fuzzy]
    return list(dict.fromkeys(ordered))[:25]


def _label(score: float, counts: dict[str, int]) -> str:
    if not counts["optimistic"] and not counts["skeptical"]:
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


async def spectrum(search: Search, topic: str, *, guild_id: int = GLOBAL) -> tuple[str, list]:
    """Every speaker's position on ``topic``, most skeptical first."""
    records, _ = await search.passages(guild_id)
    known = [t for r in records for t in r.topics]
    resolved = resolve_topic(topic, known)
    if resolved is None:
        listed = ", ".join(sorted(set(known)))
        raise NotFoundError(f"No topic matching {topic!r}. Topics: {listed}.")
    by_speaker: dict[str, list[PassageRecord]] = defaultdict(list)
    for r in records:
        if resolved in r.topics:
            by_speaker[r.speaker].append(r)
    positions = []
    for speaker, passages in by_speaker.items():
        weights = {"optimistic": 0.0, "skeptical": 0.0, "neutral": 0.0}
        counts = {"optimistic": 0, "skeptical": 0, "neutral": 0}
        for r in passages:
            weight = (1.0, 0.8, 0.65)[min(r.topics.index(resolved), 2)]
            weights[r.stance] += weight
            counts[r.stance] += 1
        total = weights["optimistic"] + weights["skeptical"] + 0.5 * weights["neutral"]
        score = (weights["optimistic"] - weights["skeptical"]) / total if total else 0.0
        side = "optimistic" if score > 0 else "skeptical" if score < 0 else None
        candidates = [r for r in passages if r.stance == side] if side else passages
        if side is None:
            candidates = [r for r in passages if r.stance == "neutral"] or passages
        best = max(
            candidates,
            key=lambda r: ((1.0, 0.8, 0.65)[min(r.topics.index(resolved), 2)] + quality(r), -r.id),
        )
        positions.append(
            Position(
                speaker,
                round(score, 2),
                _label(score, counts),
                counts,
                best,
                _topic_sentence(best, resolved),
            )
        )
    positions.sort(key=lambda p: (p.score, p.speaker.casefold()))
    return resolved, positions
