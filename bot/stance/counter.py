"""Counterpoints: the other side of a claim or a passage, ranked (no discord import).

Counterpoints are passages of the opposite stance (never the claim's own, never neutral),
ranked by shared topics (the corpus's topic tags, reached from chat wording through a synonym
lexicon), then word overlap, then passage quality, with different speakers preferred in the
top three. Every result says in one line why it matched.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cachetools import LRUCache

from bot.corpus import TOPICS, topics_in
from bot.errors import NotFoundError
from bot.limits import CLAIM_MAX, check_length
from bot.search import Hit, Search, passage_text
from bot.stance.reader import OPPOSITE, SIDES, ClaimStance, read_claim, words
from bot.stance.topics import claim_topics
from bot.store import GLOBAL, PassageRecord, Store
from bot.text import content_words, normalize


def _prefixes(words: Iterable[str]) -> set[str]:
    return {w[:5] for w in words if len(w) > 2}


@functools.lru_cache(maxsize=20_000)
def _passage_prefixes(normalized: str) -> tuple[str, ...]:
    """The distinct prefixes, as a tuple: the collector stops tracking a tuple of strings, and
    never a frozenset (20,000 of them were walked in every full collection)."""
    return tuple(_prefixes(content_words(normalized)))


_LEANS_ON_CONTEXT = re.compile(
    r"(but|and|so|yes|however|therefore|they|this|it|that|these|those|he|she|now|"
    r"in other words|without that)\b"
)


@functools.lru_cache(maxsize=20_000)
def _leans_on_context(opening: str) -> bool:
    return _LEANS_ON_CONTEXT.match(normalize(opening)) is not None


def quality(record: PassageRecord) -> float:
    """0..1: how well a passage stands on its own as a quote."""
    text = record.text.strip()
    n = len(text)
    score = 0.3 if n < 50 else 0.7 if n < 100 else 1.0
    if text.endswith("?"):
        score -= 0.3
    # Opening on a connective or a pronoun leans on the paragraph before.
    if _leans_on_context(text[:40]):
        score -= 0.15
    if record.stance_source != "essay":
        score += 0.1  # a person labelled this passage, not the essay's default
    return max(0.0, min(1.0, score))


@functools.lru_cache(maxsize=20_000)
def passage_topics(tags: tuple[str, ...], text: str) -> dict[str, float]:
    """A passage's topics with weights: its tags in order, then topics its words mention."""
    weights = {t: (1.0, 0.8, 0.65)[min(i, 2)] for i, t in enumerate(tags)}
    # The candidates' texts are normalized once (passage_text), here too.
    for topic in topics_in(passage_text(text), limit=3):
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


# -- the learned ranking -------------------------------------------------------------------
# A claim-passage pair is described by what generalises to essays added later: how the
# claim's topics meet the passage's (each pair of topics, so "anyone can make a movie" can
# learn that passages on creativity answer democratization), which of the claim's words meet
# which of the passage's topics, shared words, and how well the passage stands alone; never
# the passage itself (a weight per bundled passage was worth nothing in cross-validation and
# put bundled passages above a server's own essay on the claim's words). The weights are
# learnt by scripts/train_counter.py from claims annotated with the passages a person accepts
# as a direct counter, and ship as counter_model.json.
RANKER_PATH = Path(__file__).with_name("counter_model.json")

# The answer profile: what the passages people accepted for claims worded like this one are
# worded like. scripts/train_counter.py fits a ridge map from a claim's words (reader.words) to
# the word prefixes of its accepted passages, less its candidates' mean (what sets an answer
# apart), and ships it factorised, rank r: a vector per claim word and per passage prefix. A
# claim's profile is the sum of its words' vectors, a passage's the sum of its prefixes';
# "$profile" is their cosine-like match. Passage words, not ids: a new essay's passage is
# placed by its wording.
Vector = tuple[float, ...]


@functools.cache
def _model_file() -> dict:
    """counter_model.json, read once: the ranker's weights and the answer profile."""
    return json.loads(RANKER_PATH.read_text(encoding="utf-8"))


def _profile_model() -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    data = _model_file().get("profile") or {}
    return data.get("claim", {}), data.get("passage", {})


def claim_profile(text: str, claim_vectors: dict[str, list[float]] | None = None) -> Vector:
    """The claim's unit vector in the answer-profile space (empty when no word is known)."""
    vectors = claim_vectors if claim_vectors is not None else _profile_model()[0]
    known = [(vectors[w], n) for w, n in words(text).items() if w in vectors]
    if not known:
        return ()
    total = [sum(vector[i] * n for vector, n in known) for i in range(len(known[0][0]))]
    length = math.sqrt(sum(x * x for x in total))
    return tuple(x / length for x in total) if length else ()


@functools.lru_cache(maxsize=20_000)
def _cached_passage_profile(normalized: str) -> Vector:
    return passage_profile(normalized, _profile_model()[1])


def passage_profile(normalized: str, passage_vectors: dict[str, list[float]]) -> Vector:
    """A passage's vector in the answer-profile space, from its word prefixes."""
    prefixes = _passage_prefixes(normalized)
    known = [v for v in map(passage_vectors.get, prefixes) if v is not None]
    if not known:
        return ()
    scale = 1 / math.sqrt(len(prefixes))
    return tuple(sum(column) * scale for column in zip(*known, strict=True))


def profile_match(claim: Vector, passage: Vector) -> float:
    return sum(a * b for a, b in zip(claim, passage, strict=False))


_THESIS = re.compile(
    r"\b(?:will|won'?t|must|should|cannot|can'?t|never|is not|isn'?t|are not|aren'?t|myth|"
    r"mistake|the (?:real|truth|problem|point|question)|i (?:think|believe|argue)|we need)\b"
)


@dataclass(frozen=True)
class _ClaimView:
    """What a claim brings to every pair: computed once per ranking."""

    topics: dict[str, float]
    prefixes: frozenset[str]
    rarity: dict[str, float]  # per claim word: how rare it is among the candidates (idf)
    profile: Vector = ()  # claim_profile
    worth: dict[tuple[str, str], float] = field(default_factory=dict)  # see pair_logit


def _claim_view(topics: Sequence[str], text: str, normalized: Sequence[str] = ()) -> _ClaimView:
    prefixes = frozenset(_prefixes(content_words(normalize(text)))) if text else frozenset()
    df = dict.fromkeys(prefixes, 0)
    for norm in normalized if prefixes else ():
        for word in prefixes.intersection(_passage_prefixes(norm)):
            df[word] += 1
    n = len(normalized) + 1
    rarity = {w: math.log(n / (1 + c)) for w, c in df.items()}
    profile = claim_profile(text) if text else ()
    return _ClaimView(claim_weights(topics), prefixes, rarity, profile)


@functools.lru_cache(maxsize=20_000)
def _passage_shape(text: str) -> tuple[tuple[str, float], ...]:
    """Whether a passage reads as a thesis, its length and questions (by text, cached)."""
    n = len(text)
    # Passages are at most 600 characters (bot.corpus) but for an unsplittable sentence: the
    # normalized text the candidates already have is this one.
    norm = passage_text(text) if n <= 600 else normalize(text[:600])
    out = [("$thesis", 1.0 if _THESIS.search(norm) else 0.0)]
    out += [("$short", float(n < 100)), ("$long", float(n > 400))]
    out += [("$question", float(text.rstrip().endswith("?")))]
    out += [("$leans", 1.0 if _leans_on_context(text[:40]) else 0.0)]
    return tuple((k, v) for k, v in out if v)


def _dense_features(
    claim: _ClaimView, record: PassageRecord, norm: str, match: float
) -> dict[str, float]:
    """The pair's features that are not a topic's: topic match, shared words, shape."""
    out: dict[str, float] = {"$topic": match, "$quality": quality(record)}
    out.update(_passage_shape(record.text))
    if record.stance_source != "essay":
        out["$labelled"] = 1.0
    if not claim.topics:
        out["$no_topic"] = 1.0
    if claim.profile:
        out["$profile"] = profile_match(claim.profile, _cached_passage_profile(norm))
    if claim.prefixes:
        shared = claim.prefixes.intersection(_passage_prefixes(norm))
        out["$overlap"] = len(shared) / len(claim.prefixes)
        out["$shared"] = math.log1p(len(shared))
        total = sum(claim.rarity.values()) or 1.0
        out["$rare_overlap"] = sum(claim.rarity[w] for w in shared) / total
    return out


def pair_features(claim: _ClaimView, record: PassageRecord, norm: str) -> dict[str, float]:
    """The features of a claim and a candidate passage that the ranker weighs (training and
    tests; ``pair_logit`` scores the same without building them)."""
    mine = passage_topics(record.topics, record.text)
    out = _dense_features(claim, record, norm, _topic_match(claim.topics, record)[0])
    for pt, pw in mine.items():
        for ct, cw in claim.topics.items():
            out[f"t:{ct}>{pt}"] = cw * pw
        out[f"p:{record.stance}:{pt}"] = pw  # what a side's answers are usually about
        for word in claim.prefixes:
            out[f"w:{word}>{pt}"] = pw
    return out


def _ranker() -> dict[str, float]:
    return _model_file()["weights"]


def pair_score(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    weights = weights if weights is not None else _ranker()
    return sum(weights.get(f, 0.0) * v for f, v in features.items())


def pair_logit(claim: _ClaimView, record: PassageRecord, norm: str, match: float) -> float:
    """``pair_score(pair_features(...))``, fast: every topic feature is linear in the
    passage's weight on that topic, so what a topic is worth to this claim is summed once."""
    weights = _ranker()
    score = pair_score(_dense_features(claim, record, norm, match), weights)
    for pt, pw in passage_topics(record.topics, record.text).items():
        key = (pt, record.stance)
        if key not in claim.worth:
            worth = weights.get(f"p:{record.stance}:{pt}", 0.0)
            worth += sum(cw * weights.get(f"t:{ct}>{pt}", 0.0) for ct, cw in claim.topics.items())
            worth += sum(weights.get(f"w:{word}>{pt}", 0.0) for word in claim.prefixes)
            claim.worth[key] = worth
        score += pw * claim.worth[key]
    return score


def rank_side(
    records: Sequence[PassageRecord],
    normalized: Sequence[str],
    side: str,
    topics: Sequence[str],
    *,
    text: str = "",
    exclude: Iterable[int] = (),
) -> list[Hit]:
    """Passages of ``side`` best first for a claim on ``topics`` (worded as ``text``); a hit's
    score is the ranker's 0-100 belief that a person would accept it as the answer."""
    claim = _claim_view(topics, text, normalized)
    return _best_first(_scored(claim, records, normalized, side, set(exclude)))


# Candidates scored between two turns of the event loop: a few hundred candidates are tens of
# milliseconds of CPU, and other servers' interactions should not wait for all of them.
RANK_SLICE = 64


async def rank_side_async(
    records: Sequence[PassageRecord],
    normalized: Sequence[str],
    side: str,
    topics: Sequence[str],
    *,
    text: str = "",
    exclude: Iterable[int] = (),
) -> list[Hit]:
    """``rank_side``, the same ranking, letting the event loop run every RANK_SLICE passages."""
    return _best_first(
        await _scored_async(records, normalized, side, topics, text=text, exclude=exclude)
    )


async def _scored_async(
    records: Sequence[PassageRecord],
    normalized: Sequence[str],
    side: str,
    topics: Sequence[str],
    *,
    text: str,
    exclude: Iterable[int],
) -> list[tuple[float, int, Hit]]:
    claim = _claim_view(topics, text, normalized)
    excluded = set(exclude)
    scored = []
    for start in range(0, len(records), RANK_SLICE):
        await asyncio.sleep(0)
        end = start + RANK_SLICE
        scored += _scored(claim, records[start:end], normalized[start:end], side, excluded)
    return scored


def _scored(
    claim: _ClaimView,
    records: Sequence[PassageRecord],
    normalized: Sequence[str],
    side: str,
    excluded: set[int],
) -> list[tuple[float, int, Hit]]:
    scored = []
    for record, norm in zip(records, normalized, strict=True):
        if record.stance != side or record.id in excluded:
            continue
        match, shared = _topic_match(claim.topics, record)
        logit = max(-30.0, min(30.0, pair_logit(claim, record, norm, match)))
        score = 100 / (1 + math.exp(-logit))
        scored.append((-logit, record.id, Hit(record, round(score, 1), _why(shared, side))))
    return scored


def _top_share(scored: list[tuple[float, int, Hit]]) -> float:
    """The ranker's belief that its best candidate is the accepted one (softmax over the side's
    candidates, as it was trained); 0 when the side has none."""
    if not scored:
        return 0.0
    best = min(negative for negative, _, _ in scored)  # minus the best logit
    return 1 / sum(math.exp(best - negative) for negative, _, _ in scored)


def _best_first(scored: list[tuple[float, int, Hit]]) -> list[Hit]:
    scored.sort(key=lambda item: item[:2])
    return [hit for _, _, hit in scored]


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
# (the bundled essays come first), the side's first passages and the server's own essays;
# only those are ranked.
CLAIM_CANDIDATES = 150
TAGGED_TOPICS = 3
TAGGED_CANDIDATES = 50  # per topic
OWN_CANDIDATES = 200
FIRST_CANDIDATES = 40  # the side's first passages, whatever the claim
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
        for record, norm in await _tagged(search, topic, side, guild_id):
            found.setdefault(record.id, record)
            known.setdefault(record.id, norm)
    for record in await store.index.own_passages(guild_id, stance=side, limit=OWN_CANDIDATES):
        found.setdefault(record.id, record)
    # The side's first passages (the bundled essays): a claim worded unlike any of them, on
    # a topic the lexicon misses, is still answered by the ranker rather than by the index.
    for record, norm in await _tagged(search, "", side, guild_id):
        found.setdefault(record.id, record)
        known.setdefault(record.id, norm)
    records = sorted(found.values(), key=lambda r: r.id)
    return records, [known.get(r.id) or normalize(r.text) for r in records]


_TAGGED: LRUCache[tuple[int, int, int, str, str], list[tuple[PassageRecord, str]]] = LRUCache(256)
# The pairs those lists share, per store and generation. Without it, 256 lists held ~12,000
# copies of ~2,000 passages, each copy two objects the collector walks in every full pass (tens
# of ms on the loop under load). Only a way to share: emptied past SHARED_PAIRS_MAX, and the
# lists keep their pairs meanwhile.
SHARED_PAIRS_MAX = 4096
_SHARED_PAIRS: weakref.WeakKeyDictionary[
    Store, tuple[int, dict[int, tuple[PassageRecord, str]]]
] = weakref.WeakKeyDictionary()


async def _tagged(
    search: Search, topic: str, side: str, guild_id: int
) -> list[tuple[PassageRecord, str]]:
    """The first passages of ``side`` tagged ``topic`` (any topic when it is empty), with
    their normalized texts: the same for every claim on the topic, so kept until the store
    changes."""
    key = (id(search.store), search.store.generation, guild_id, topic, side)
    if key not in _TAGGED:
        index = search.store.index
        records = (
            await index.tagged_passages(
                topic, stance=side, guild_id=guild_id, limit=TAGGED_CANDIDATES
            )
            if topic
            else await index.stance_passages(side, guild_id=guild_id, limit=FIRST_CANDIDATES)
        )
        # Every server's list holds mostly the same (bundled) passages: one (record,
        # normalized text) per passage, whichever lists hold it; not shared when a write
        # came during the read (its records may be older or newer than the generation's).
        shared = _SHARED_PAIRS.get(search.store)
        if shared is None or shared[0] != key[1] or len(shared[1]) > SHARED_PAIRS_MAX:
            shared = _SHARED_PAIRS[search.store] = (key[1], {})
        pairs = shared[1] if search.store.generation == key[1] else {}
        _TAGGED[key] = [pairs.setdefault(r.id, (r, passage_text(r.text))) for r in records]
    return _TAGGED[key]


async def read_claim_at_scale(
    search: Search, text: str, *, guild_id: int = GLOBAL, anyway: bool = False
) -> tuple[ClaimStance, tuple[list[PassageRecord], list[str]]]:
    """``read_claim`` with the passages sharing the claim's words (a claim may quote one); also
    returns those passages (records, normalized texts), the counterpoint candidates."""
    evidence, normalized = await search.candidates(text, guild_id=guild_id, limit=EVIDENCE)
    # A quoted passage shares the most words with the claim: the index ranks it first.
    claim = read_claim(text, evidence[:QUOTED], normalized[:QUOTED], anyway=anyway)
    return claim, (evidence, normalized)


async def counterpoints(
    search: Search,
    text: str,
    *,
    guild_id: int = GLOBAL,
    limit: int = 3,
    exclude: Iterable[int] = (),
    anyway: bool = False,
) -> CounterResult:
    """The other side of ``text``, best first; both sides, alternating, when it is unclear.
    ``anyway``: answer it even if it reads as off topic (see ``read_claim``)."""
    check_length(text, CLAIM_MAX, "claim")
    claim, evidence = await read_claim_at_scale(search, text, guild_id=guild_id, anyway=anyway)
    if not claim.on_topic:
        return CounterResult(claim, (), [])
    topics = claim_topics(text)
    exclude = tuple(exclude)
    sides = SIDES if claim.unclear else (OPPOSITE[claim.stance],)
    per_side, share = {}, {}
    for side in sides:
        records, normalized = await side_candidates(
            search, side, topics, text=text, guild_id=guild_id, evidence=evidence
        )
        scored = await _scored_async(records, normalized, side, topics, text=text, exclude=exclude)
        share[side] = _top_share(scored)
        per_side[side] = diversify(_best_first(scored), limit)
    if not claim.unclear:
        return CounterResult(claim, topics, per_side[sides[0]])
    # Both sides, alternating; first the side more likely to answer: the chance that the
    # claim holds the other one (from the reader's lean) times the ranker's belief in its best
    # passage there (scripts/train_counter.py chose this over the lean alone by cross-validation).
    first = max(SIDES, key=lambda side: _answers(side, claim.lean) * share[side])
    pair = (per_side[first], per_side[OPPOSITE[first]])
    merged = [h for both in zip(*pair, strict=False) for h in both]
    return CounterResult(claim, topics, merged[: max(limit, 2)])


# How sharply the reader's lean (its log-odds, positive optimistic) decides an unclear claim's
# side, against the ranker's belief in each side's best answer.
LEAN_SCALE = 1.0


def _answers(side: str, lean: float) -> float:
    """The chance that ``side`` answers a claim whose reading leans ``lean``: that the claim
    holds the opposite side."""
    toward = 1.0 if side == "skeptical" else -1.0  # a skeptical answer meets an optimist
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, LEAN_SCALE * toward * lean))))


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
    ranked = await rank_side_async(records, normalized, side, topics, exclude=exclude)
    if not ranked:  # every candidate was shown: go on through the side's other passages
        records = await search.store.index.stance_passages(
            side, guild_id=guild_id, limit=FALLBACK_CANDIDATES + len(exclude)
        )
        normalized = [normalize(r.text) for r in records]
        ranked = await rank_side_async(records, normalized, side, topics, exclude=exclude)
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
    ranked = await rank_side_async(
        [r for r, _ in others], [n for _, n in others], side, topics, text=passage.text
    )
    return CounterResult(claim, topics, diversify(ranked, limit))
