"""Reading a claim's stance (no discord, store or search import).

A claim's stance comes from three signals, strongest first:

1. the corpus itself: a claim that quotes a stored passage takes that passage's label;
2. cue words and idioms (``"soulless"``, ``"give it a year"``) with negation in the same
   clause, so "AI will never be useful" is skeptical and "AI won't destroy Hollywood" is not;
3. how often the claim's words occur in optimistic versus skeptical passages of the corpus.

The public surface: ``read_claim`` (with corpus evidence), ``claim_stance`` (cues alone),
``ClaimStance``, ``claim_topics``. Corpus evidence is any passages with ``text`` and
``stance`` (``Labelled``), so this module needs nothing from the store.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz

from bot.corpus import TOPIC_KEYWORDS, TOPICS
from bot.text import content_words, normalize, split_sentences


class Labelled(Protocol):
    """A passage as evidence for a claim's stance: its words and its label."""

    @property
    def text(self) -> str: ...

    @property
    def stance(self) -> str: ...


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
TOPIC_PATTERNS: dict[str, list[re.Pattern[str]]] = {
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
    for topic, patterns in TOPIC_PATTERNS.items():
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
    """How a claim reads: ``stance`` is the best guess, ``unclear`` when it is a weak one."""

    stance: str  # optimistic | skeptical
    confidence: float  # 0..1
    basis: str = "cues"  # cues | corpus | quote

    @property
    def unclear(self) -> bool:
        return self.confidence < LOW_CONFIDENCE

    @property
    def label(self) -> str:
        return "unclear" if self.unclear else self.stance


@dataclass(frozen=True)
class _WordModel:
    """Per-word log-odds of appearing in optimistic rather than skeptical passages."""

    log_odds: dict[str, float]


_MODELS: dict[int, tuple[list[Labelled], _WordModel]] = {}


@functools.lru_cache(maxsize=20_000)
def _passage_words(normalized: str) -> frozenset[str]:
    return frozenset(content_words(normalized))


def _word_model(
    records: list[Labelled],
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


def _quoted_passage(text: str, records: list[Labelled], normalized: list[str]) -> Labelled | None:
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
    records: list[Labelled] | None = None,
    normalized: list[str] | None = None,
    totals: dict[str, int] | None = None,
    quotes: int | None = None,
) -> ClaimStance:
    """The stance of a claim; pass the visible passages to use the corpus as evidence (or, at
    scale, the passages sharing the claim's words and the corpus's ``totals`` per stance, of
    which the first ``quotes`` are checked for a quotation)."""
    if records is not None:
        normalized = normalized or [normalize(r.text) for r in records]
        # A quoted passage shares the most words with the claim: the index ranks it first.
        quoted = _quoted_passage(text, records[:quotes], normalized[:quotes])
        if quoted is not None:
            return ClaimStance(quoted.stance, 0.95, "quote")
    score = cue_score(text)
    basis = "cues"
    if records is not None:
        only = frozenset(content_words(normalize(text))) if totals is not None else None
        corpus = _corpus_score(text, _word_model(records, totals, normalized, only))
        if abs(score) < 0.1 and abs(corpus) >= 0.1:
            basis = "corpus"
        score += corpus
    if normalize(text).rstrip().endswith("?"):
        score *= 0.6  # a question asks; it rarely asserts
    stance = "optimistic" if score > 0 else "skeptical"
    confidence = 1 - math.exp(-abs(score) / 1.2)
    return ClaimStance(stance, round(confidence, 2), basis)


def claim_stance(text: str) -> ClaimStance:
    """The stance of a claim from cue words alone (no corpus at hand)."""
    return read_claim(text)
