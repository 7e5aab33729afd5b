"""Stance of a claim, counterpoints, author perspectives and topic spectra (no discord import).

A claim's stance comes from three signals, strongest first:

1. the corpus itself: a claim that quotes a stored passage takes that passage's label;
2. cue words and idioms (``"soulless"``, ``"give it a year"``) with negation in the same
   clause, so "AI will never be useful" is skeptical and "AI won't destroy Hollywood" is not;
3. how often the claim's words occur in optimistic versus skeptical passages of the corpus.

Counterpoints are passages of the opposite stance (never the claim's own, never neutral),
ranked by shared topics (the corpus's topic tags, reached from chat wording through a synonym
lexicon), then word overlap, then passage quality, with different speakers preferred in the
top three. Every result says in one line why it matched.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot import stance_reader
from bot.corpus import TOPIC_KEYWORDS, TOPICS, infer_topics
from bot.errors import NotFoundError
from bot.search import Hit, Search, content_words
from bot.store import GLOBAL, EssayRecord, PassageRecord
from bot.text import normalize, split_sentences

SIDES = ("optimistic", "skeptical")
OPPOSITE = {"optimistic": "skeptical", "skeptical": "optimistic"}
# Below this confidence the claim is "unclear" and both sides are offered, labelled.
LOW_CONFIDENCE = 0.35

# -- cue words -----------------------------------------------------------------------------
# (pattern, weight): positive leans optimistic (generative video helps filmmaking, audiences,
# creators), negative skeptical (it hurts, cheapens or fails them). Patterns run on normalized
# text; a negation shortly before a cue in the same clause flips it.
# fmt: off
_CUES: list[tuple[str, float]] = [
    # benefit
    (r"help", 1.0), (r"empower", 1.2), (r"democrati[sz]", 1.2), (r"opportunit", 1.0),
    (r"useful", 1.2), (r"game ?changer", 1.5), (r"better\b", 0.8), (r"best\b", 0.6),
    (r"great\b", 0.8), (r"amazing", 1.0), (r"awesome", 1.0), (r"incredible", 1.0),
    (r"impressive", 0.8), (r"excit", 1.0), (r"enhanc", 1.0), (r"easier", 1.0),
    (r"cheaper", 0.8), (r"faster", 0.6), (r"(let|lets|letting|allows?)( literally)? anyone", 1.0),
    (r"(anyone|everyone|anybody) (can|could|will be able)", 1.0), (r"future\b", 0.5),
    (r"revolution", 0.8), (r"boost", 0.8), (r"unleash", 1.0), (r"possibilit", 0.8),
    (r"innovat", 0.8), (r"improv", 1.0), (r"win\b", 0.8), (r"love\b", 0.8), (r"cool\b", 0.6),
    (r"potential", 0.6), (r"thriv", 1.0), (r"benefit", 1.0), (r"accessib", 1.0),
    (r"level(s|ing)? the playing field", 1.5), (r"lower(s|ing)? the barrier", 1.2),
    (r"unlock", 1.0), (r"beautiful", 0.8), (r"stunning", 0.8), (r"entertain", 0.6),
    (r"creative\b", 0.5), (r"real\b", 0.6), (r"actual\b", 0.4), (r"learn", 0.4),
    (r"imagine\b", 0.5), (r"who (even )?needs", 1.0), (r"just (another|a) tool", 1.0),
    (r"turn(ed|s)? out (fine|ok|okay|great|well)", 1.0), (r"getting better", 1.0),
    (r"give it (a|an|one|two|few|\d+)\b", 1.0), (r"soon\b", 0.4), (r"will be able", 0.6),
    (r"(won't|wont|don't|dont|doesn't|will not|do not)( even)? care (if|whether|that)", 1.0),
    (r"(can|could|gets? to) (now |finally |actually )?(make|direct|create|shoot)", 0.8),
    (r"gets? (a|their) (voice|shot|chance)", 0.8), (r"can't wait", 1.2),
    (r"never been a better time", 1.5), (r"best time", 1.0),
    # harm, failure, cheapening
    (r"destroy", -1.2), (r"kill", -1.2), (r"ruin", -1.2), (r"wipe(s|d)? out", -1.2),
    (r"slop\b", -1.5), (r"garbage", -1.2), (r"trash", -1.2), (r"soulless", -1.5),
    (r"cheapen", -1.2), (r"threat", -1.0), (r"useless", -1.2), (r"hype", -0.8),
    (r"gimmick", -1.0), (r"fad\b", -1.0), (r"nfts?\b", -0.8), (r"scam", -1.2), (r"fail", -1.0),
    (r"worse", -1.0), (r"worst", -1.0), (r"steal", -1.2), (r"stole", -1.2), (r"theft", -1.2),
    (r"plagiar", -1.2), (r"lose\b|losing", -0.8), (r"fake", -0.8), (r"uncanny", -1.0),
    (r"bad\b", -0.8), (r"terrible", -1.0), (r"awful", -1.0), (r"hate", -1.0), (r"scar(y|ed)", -0.8),
    (r"afraid", -0.8), (r"worr(y|ied)", -0.8), (r"flood", -0.8), (r"dehumani", -1.2),
    (r"same\b", -0.4), (r"recycl", -0.8), (r"derivative", -1.0), (r"generic", -0.8),
    (r"lazy", -1.0), (r"ugly", -1.0), (r"doom", -1.0), (r"end of (film|cinema|movies|art)", -1.2),
    (r"squeez", -0.8), (r"exploit", -1.0), (r"layoff", -1.0), (r"unemploy", -1.0),
    (r"out of (work|a job|jobs)", -1.2), (r"mediocr", -1.0), (r"boring", -1.0), (r"sucks?\b", -1.0),
    (r"cringe", -1.0), (r"dystopi", -1.2), (r"depressing", -1.0), (r"disgust", -1.2),
    (r"(nobody|no one|noone)( is| will| would|'s)? (wants?|buy|buying|pay|paying|watch|care)",
     -1.0),
    (r"(isn't|is not|aren't|are not|not) (a |an )?(real )?(movie|film|art|cinema|filmmaking)",
     -1.0),
]
# Capability cues: AI "replacing" people is skeptical news, and so is AI failing to
# ("can't replace human creativity"); negation does not flip these. A bare "never" about AI
# ("kids will never learn") leans skeptical on its own.
_INVARIANT: list[tuple[str, float]] = [(r"replac", -0.8), (r"replicat", -0.6), (r"never\b", -0.3)]
_NEGATIONS = frozenset({
    "not", "no", "never", "won't", "wont", "can't", "cant", "cannot", "isn't", "isnt", "aren't",
    "don't", "dont", "doesn't", "doesnt", "didn't", "wouldn't", "shouldn't", "nothing", "nobody",
    "hardly", "barely", "neither", "nor", "without", "ain't", "hasn't", "haven't", "couldn't",
})
# fmt: on
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]|\b(?:but|however|though|although|yet|whereas)\b")
# What follows a contrast usually carries the speaker's point.
_CONTRAST = re.compile(r"\b(?:but|however|though|yet)\b")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATION_WINDOW = 4  # tokens before a cue that a negation reaches
_CUE_PATTERNS = [(re.compile(r"\b" + p), w, False) for p, w in _CUES] + [
    (re.compile(r"\b" + p), w, True) for p, w in _INVARIANT
]

# -- topics: the corpus's tags, reached from how people actually talk ----------------------
# Cue patterns per topic on top of corpus.TOPIC_KEYWORDS: chat says "no actors", "anyone can
# make a movie", "one-minute clips"; the essays say stars, democratization, length.
# fmt: off
TOPIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "democratization": (
        r"anyone\b", r"everyone\b", r"anybody\b", r"any kid", r"kids? with a (laptop|phone)",
        r"no (film school|budget|gatekeep)", r"gatekeep", r"barriers?\b", r"playing field",
        r"become a (director|filmmaker)", r"democrati[sz]", r"bedroom", r"regular (people|folks)",
        r"average (person|joe)", r"amateurs?\b", r"their own (story|stories)", r"own story",
        r"for the masses",
    ),
    "stars": (
        r"actors?\b", r"actress", r"cast\b", r"acting\b", r"performers?\b", r"movie stars?",
        r"the stars\b", r"celebrit", r"ai actors?",
    ),
    "audience": (
        r"audiences?\b", r"viewers?\b", r"people (want|go|pay|watch)", r"tickets?\b",
        r"box office", r"moviegoers?", r"theat(er|re)s?\b", r"watch", r"custom (movie|film|show)",
        r"personali[sz]ed (movie|film|show)", r"prompt netflix", r"entertain", r"fans?\b",
    ),
    "length": (
        r"one[- ]minute", r"60[- ]?s(ec|econd|econds)?\b", r"minutes?\b", r"clips?\b",
        r"feature[- ]?(length|films?)", r"full[- ]length", r"full (movie|film|feature)s?",
        r"long[- ]form", r"two hours", r"90 minutes",
    ),
    "jobs": (
        r"jobs?\b", r"unemploy", r"layoffs?", r"out of work", r"wipe(s|d)? out",
        r"vfx (artists?|houses?)", r"animators?", r"crews?\b", r"editors?\b", r"unions?\b",
        r"strikes?\b", r"livelihood", r"replac", r"squeez", r"careers?\b", r"hired?\b",
    ),
    "creativity": (
        r"creativ", r"artists?\b", r"art\b", r"imagin", r"original", r"vision\b", r"auteur",
        r"self[- ]expression", r"reason to (make|create)", r"make anything", r"why bother",
        r"give up", r"(keep|stop|quit) (making|creating|filmmaking)",
    ),
    "humanity": (
        r"soul", r"human", r"heart\b", r"emotion", r"personal\b", r"lived experience",
        r"behind (it|them|any of it)",
    ),
    "quality": (
        r"slop\b", r"garbage", r"trash", r"generic", r"bland", r"mid\b", r"recycl", r"same\b",
        r"derivative", r"content farm", r"quality", r"cheap(ly)? looking", r"mediocr",
    ),
    "realism": (
        r"looks? (so )?real", r"realistic", r"photoreal", r"uncanny", r"fake\b", r"can't tell",
        r"fool", r"hands\b", r"physics", r"glitch", r"morph", r"lifelike", r"look(s)? real",
    ),
    "studios": (
        r"studios?\b", r"hollywood", r"netflix", r"disney", r"warner", r"execs?\b",
        r"executives?", r"suits\b", r"blockbusters?", r"big (studios|players|companies)",
        r"industry",
    ),
    "indie": (
        r"indie", r"independent", r"low[- ]budget", r"no[- ]budget", r"micro[- ]budget",
        r"short films?", r"shorts\b", r"festivals?",
    ),
    "tools": (
        r"tools?\b", r"storyboard", r"pre-?vis", r"workflow", r"plugin", r"post[- ]production",
        r"b-?roll", r"useful", r"cameras?\b", r"cgi\b",
    ),
    "copyright": (
        r"copyright", r"stole", r"steal", r"theft", r"plagiar", r"trained on", r"scrap(ed|ing)",
        r"consent", r"lawsuits?", r"ip\b",
    ),
    "hype": (
        r"hype", r"fad\b", r"gimmick", r"nfts?\b", r"crypto", r"bubble", r"buzzword", r"novelty",
        r"metaverse", r"scam",
    ),
    "history": (
        r"cgi\b", r"digital (cameras?|film)", r"talkies", r"sound\b", r"colou?r film",
        r"photograph", r"printing press", r"every new tech", r"new tech", r"history",
        r"luddite", r"turned out fine",
    ),
    "efficiency": (
        r"cheap(er)?\b", r"faster", r"save (time|money)", r"budget", r"costs?\b", r"efficien",
        r"quicker", r"easier",
    ),
    "education": (
        r"film school", r"students?", r"learn", r"teach", r"class(es)?\b", r"school",
        r"grow up",
    ),
}
# fmt: on
# Topics close enough that a passage on one answers a claim on the other, at a lower weight.
RELATED_TOPICS: dict[str, tuple[str, ...]] = {
    "democratization": ("indie", "efficiency"),
    "stars": ("audience", "humanity"),
    "audience": ("stars", "humanity"),
    "length": ("realism", "quality"),
    "jobs": ("studios", "efficiency", "history"),
    "creativity": ("humanity",),
    "humanity": ("creativity",),
    "quality": ("creativity", "realism"),
    "realism": ("quality",),
    "studios": ("jobs",),
    "indie": ("democratization", "efficiency"),
    "tools": ("efficiency", "creativity"),
    "copyright": ("creativity",),
    "hype": ("history", "quality"),
    "history": ("hype",),
    "efficiency": ("tools",),
    "education": ("tools", "indie"),
}
_TOPIC_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    topic: [re.compile(r"\b" + re.escape(cue)) for cue in TOPIC_KEYWORDS.get(topic, ())]
    + [re.compile(r"\b" + p) for p in TOPIC_SYNONYMS.get(topic, ())]
    for topic in TOPICS
}
# A stored topic tag may be one a moderator invented; only these get a code in button ids.
_TOPIC_CODE = "0123456789abcdefghijklmnopqrstuvwxyz"


def claim_topics(text: str, limit: int = 3) -> tuple[str, ...]:
    """The corpus topics a piece of chat is about, most cues first."""
    norm = normalize(text)
    scored = []
    for topic, patterns in _TOPIC_PATTERNS.items():
        hits = sum(1 for pattern in patterns if pattern.search(norm))
        if hits:
            scored.append((-hits, TOPICS.index(topic), topic))
    return tuple(topic for _, _, topic in sorted(scored)[:limit])


def encode_topics(topics: Iterable[str]) -> str:
    """Known topics as one character each, in order (for a button's custom_id)."""
    return "".join(_TOPIC_CODE[TOPICS.index(t)] for t in topics if t in TOPICS)


def decode_topics(code: str) -> tuple[str, ...]:
    return tuple(TOPICS[i] for c in code if (i := _TOPIC_CODE.find(c)) != -1 and i < len(TOPICS))


# -- stance of a claim ---------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimStance:
    """How a claim reads (see bot.stance_reader): ``stance`` is None when no side is named."""

    stance: str | None  # optimistic | skeptical | None (unclear)
    confidence: float  # 0..1
    basis: str = "reader"  # reader | quote | label
    on_topic: bool = True

    @property
    def unclear(self) -> bool:
        return self.stance is None

    @property
    def label(self) -> str:
        if not self.on_topic:
            return "off topic"
        return self.stance or "unclear"


@dataclass(frozen=True)
class _WordModel:
    """Per-word log-odds of appearing in optimistic rather than skeptical passages."""

    log_odds: dict[str, float]


_MODELS: dict[int, tuple[list[PassageRecord], _WordModel]] = {}


@functools.lru_cache(maxsize=20_000)
def _passage_words(normalized: str) -> frozenset[str]:
    return frozenset(content_words(normalized))


def _word_model(
    records: list[PassageRecord],
    totals: dict[str, int] | None = None,
    normalized: Sequence[str] | None = None,
    only: frozenset[str] | None = None,
) -> _WordModel:
    """Word log-odds over ``records``; ``totals`` are the whole corpus's passages per stance
    when ``records`` are only the passages that share words with the claim (at scale), and
    ``only`` the claim's words (the only ones it needs then)."""
    cached = _MODELS.get(id(records))
    if cached and cached[0] is records and totals is None:
        return cached[1]
    counts = {side: Counter() for side in SIDES}
    seen = Counter()
    for i, record in enumerate(records):
        if record.stance in counts:
            seen[record.stance] += 1
            norm = normalized[i] if normalized is not None else normalize(record.text)
            words = _passage_words(norm)
            counts[record.stance].update(words & only if only is not None else words)
    totals = Counter(totals) if totals is not None else seen
    log_odds = {}
    for word in set(counts["optimistic"]) | set(counts["skeptical"]):
        opt, skep = counts["optimistic"][word], counts["skeptical"][word]
        if opt + skep < 3:  # too rare to mean anything in a small corpus
            continue
        log_odds[word] = math.log((opt + 1) / (totals["optimistic"] + 2)) - math.log(
            (skep + 1) / (totals["skeptical"] + 2)
        )
    model = _WordModel(log_odds)
    if totals is seen:
        _MODELS.clear()  # one corpus at a time is plenty; keeps memory flat across guilds
        _MODELS[id(records)] = (records, model)
    return model


def _negated(before: str) -> bool:
    """Whether the text just before a cue (in the same clause) negates it."""
    clause = _CLAUSE_BREAK.split(before)[-1] if before else ""
    words = _TOKEN.findall(clause)[-_NEGATION_WINDOW:]
    return any(w in _NEGATIONS or w.endswith("n't") for w in words)


def cue_score(text: str) -> float:
    """Sum of cue weights with negation; positive leans optimistic."""
    norm = normalize(text)
    contrast = _CONTRAST.search(norm)
    matches = [
        (match.start(), match.end(), weight, invariant)
        for pattern, weight, invariant in _CUE_PATTERNS
        for match in pattern.finditer(norm)
    ]
    # Longest first, so an idiom ("never been a better time", "can't wait") claims its words
    # before the single cues inside it are counted.
    matches.sort(key=lambda m: (m[0] - m[1], m[0]))
    claimed: list[tuple[int, int]] = []
    score = 0.0
    for start, end, weight, invariant in matches:
        if any(start < e and s < end for s, e in claimed):
            continue
        claimed.append((start, end))
        value = weight
        if not invariant and _negated(norm[:start]):
            # "never useful" is as skeptical as "useless", but "won't destroy" is milder
            # than "will save".
            value = -weight if weight > 0 else -weight * 0.7
        if contrast and start > contrast.start():
            value *= 1.5
        elif contrast:
            value *= 0.5
        score += value
    return score


def _corpus_score(text: str, model: _WordModel) -> float:
    words = set(content_words(normalize(text)))
    total = sum(model.log_odds.get(w, 0.0) for w in words)
    return max(-0.6, min(0.6, 0.25 * total))


def _quoted_passage(
    text: str, records: list[PassageRecord], normalized: list[str]
) -> PassageRecord | None:
    """A stance-labelled passage the claim quotes (a whole sentence of it, or is part of)."""
    norm = normalize(text)
    if len(norm) < 25:
        return None
    words = set(content_words(norm))
    for record, passage in zip(records, normalized, strict=True):
        if record.stance not in SIDES or len(words & set(content_words(passage))) < 3:
            continue
        if len(norm) <= len(passage) and fuzz.partial_ratio(norm, passage) >= 92:
            return record
        for sentence in map(normalize, split_sentences(record.text)):
            if len(sentence) >= 30 and fuzz.partial_ratio(sentence, norm) >= 92:
                return record
    return None


def read_claim(
    text: str,
    records: list[PassageRecord] | None = None,
    normalized: list[str] | None = None,
    totals: dict[str, int] | None = None,
    quotes: int | None = None,
) -> ClaimStance:
    """The stance of a claim: a stored passage's label when the claim quotes one (pass the
    passages sharing its words, of which the first ``quotes`` are checked), else the reader's."""
    del totals  # the corpus's word counts no longer vote: see bot.stance_reader
    if records is not None:
        normalized = normalized or [normalize(r.text) for r in records]
        # A quoted passage shares the most words with the claim: the index ranks it first.
        quoted = _quoted_passage(text, records[:quotes], normalized[:quotes])
        if quoted is not None:
            return ClaimStance(quoted.stance, 0.95, "quote")
    reading = stance_reader.read(text)
    return ClaimStance(reading.stance, reading.confidence, "reader", reading.on_topic)


def claim_stance(text: str) -> ClaimStance:
    """The stance of a claim from its words alone (no corpus at hand)."""
    return read_claim(text)


# -- counterpoints -------------------------------------------------------------------------


def _prefixes(words: Iterable[str]) -> set[str]:
    return {w[:5] for w in words if len(w) > 2}


@functools.lru_cache(maxsize=20_000)
def _passage_prefixes(normalized: str) -> frozenset[str]:
    return frozenset(_prefixes(_passage_words(normalized)))


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


def expand_topics(topics: Sequence[str]) -> dict[str, float]:
    """Claim topics with weights, plus the topics next to them at a lower weight."""
    weights = {t: (1.0, 0.75, 0.55, 0.45)[min(i, 3)] for i, t in enumerate(topics)}
    for topic in list(weights):
        for near in RELATED_TOPICS.get(topic, ()):
            weights.setdefault(near, 0.4 * weights[topic])
    return weights


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
    return f"The {side} side on {_join(shared)}, the topic you raised."


def _join(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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
    wanted = expand_topics(topics)
    claim_words = _prefixes(content_words(normalize(text))) if text else set()
    hits = []
    for record, norm in zip(records, normalized, strict=True):
        if record.stance != side or record.id in excluded:
            continue
        match, shared = _topic_match(wanted, record)
        overlap = 0.0
        if claim_words:
            overlap = len(claim_words & _passage_prefixes(norm)) / len(claim_words)
        score = 100 * match + 20 * overlap + 10 * quality(record)
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
    "Nothing to argue with here: I only answer claims about AI video and generative film "
    "(try something like \u201cSora will let anyone direct\u201d)."
)


@dataclass(frozen=True)
class CounterResult:
    claim: ClaimStance
    topics: tuple[str, ...]
    results: list[Hit]

    @property
    def reason(self) -> str | None:
        """Why there are no results when the claim is not one to argue with."""
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
# Passages sharing the claim's words: the corpus evidence for its stance, and (those of the
# wanted side) the first counterpoint candidates.
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
    for record in await store.own_passages(guild_id, stance=side, limit=OWN_CANDIDATES):
        found.setdefault(record.id, record)
    if not found:  # nothing shares a word or a topic: the side's first passages, by quality
        fallback = await store.stance_passages(side, guild_id=guild_id, limit=FALLBACK_CANDIDATES)
        found.update((r.id, r) for r in fallback)
    records = sorted(found.values(), key=lambda r: r.id)
    return records, [known.get(r.id) or normalize(r.text) for r in records]


_TAGGED: dict[tuple[int, int, int, str, str], list[PassageRecord]] = {}


async def _tagged(search: Search, topic: str, side: str, guild_id: int) -> list[PassageRecord]:
    """The first passages of ``side`` tagged ``topic``: the same for every claim on the topic,
    so kept until the store changes."""
    key = (id(search.store), search.store.generation, guild_id, topic, side)
    if key not in _TAGGED:
        if len(_TAGGED) > 256:
            _TAGGED.clear()
        _TAGGED[key] = await search.store.tagged_passages(
            topic, stance=side, guild_id=guild_id, limit=TAGGED_CANDIDATES
        )
    return _TAGGED[key]


_TOTALS: dict[tuple[int, int, int], dict[str, int]] = {}


async def _stance_totals(search: Search, guild_id: int) -> dict[str, int]:
    key = (id(search.store), search.store.generation, guild_id)
    if key not in _TOTALS:
        if len(_TOTALS) > 64:
            _TOTALS.clear()
        _TOTALS[key] = await search.store.stance_totals(guild_id)
    return _TOTALS[key]


async def read_claim_at_scale(
    search: Search, text: str, *, guild_id: int = GLOBAL
) -> tuple[ClaimStance, tuple[list[PassageRecord], list[str]]]:
    """``read_claim`` with the passages sharing the claim's words as the corpus evidence; also
    returns that evidence (records, normalized texts), the counterpoint candidates."""
    evidence, normalized = await search.candidates(text, guild_id=guild_id, limit=EVIDENCE)
    totals = await _stance_totals(search, guild_id)
    return read_claim(text, evidence, normalized, totals, quotes=QUOTED), (evidence, normalized)


async def counterpoints(
    search: Search,
    text: str,
    *,
    guild_id: int = GLOBAL,
    limit: int = 3,
    exclude: Iterable[int] = (),
) -> CounterResult:
    """The other side of ``text``, best first; both sides, alternating, when it is unclear."""
    claim, evidence = await read_claim_at_scale(search, text, guild_id=guild_id)
    if not claim.on_topic:
        return CounterResult(claim, (), [])
    topics = claim_topics(text)
    exclude = tuple(exclude)
    sides = SIDES if claim.unclear else (OPPOSITE[claim.stance],)
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
        records = await search.store.stance_passages(
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
    ranked = rank_side(records, normalized, side, topics, text=passage.text)
    return CounterResult(claim, topics, diversify(ranked, limit))


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
            parts.append(f"optimistic on {_join(opt)}")
        if skep:
            parts.append(f"skeptical on {_join(skep)}")
        return "; ".join(parts) or "no clear position on any topic"


def _claim_strength(record: PassageRecord) -> float:
    return quality(record) + 0.15 * len(record.topics) + min(len(record.text), 400) / 2000


async def perspective(search: Search, name: str, *, guild_id: int = GLOBAL) -> Perspective:
    """An author's stance, bio, three strongest claims (their own words) and essays."""
    author = await search.resolve_author(name, guild_id=guild_id)
    if author is None:
        raise NotFoundError(f"No author matching {name!r} in the essays. Try /perspective again.")
    essays = [e for e in await search.store.essays(guild_id) if e.author == author]
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
    patterns = _TOPIC_PATTERNS.get(topic, [])
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
