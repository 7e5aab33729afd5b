"""The stance reader: which side of the generative-video argument a claim or passage takes.

**The stance axis** (one meaning everywhere in Crosscut):

- *optimistic* holds that generative video is good for filmmaking, filmmakers or audiences, or
  that the fears about it are overblown;
- *skeptical* holds that it is bad for them, hollow, or overhyped;
- *neutral* is neither, or both.

Stance here is mostly sentiment *toward the target* (AI, Sora, generative video), with
contrast ("cool tech, but it's hollow") and negation ("won't kill filmmaking"). The reader
combines two signals and names a side only when they agree well enough:

1. **VADER** (``vaderSentiment``: a lexicon with rules for negation, contrast, intensifiers,
   caps and emoji), its lexicon updated with this domain's words ("slop", "cooked",
   "soulless", "game changer", "democratize"...) and rules of its own for what VADER reads as
   ordinary sentiment but means the opposite here (AI "replacing" or "killing" people is bad
   news; "can't replace human creativity" is a point against AI).
2. **A linear model** on words, word pairs and negation-marked words, trained by
   ``scripts/train_stance.py`` on the tuning claims and the bundled passages' labels and
   shipped as ``bot/data/stance_model.json`` (a few hundred KB of weights, no runtime download).

A message with no claim about generative video or AI in film (film chat, gear questions,
greetings, emoji, nothing at all) is *off topic*: there is nothing to argue with.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.text import normalize

SIDES = ("optimistic", "skeptical")
OPPOSITE = {"optimistic": "skeptical", "skeptical": "optimistic"}
MODEL_PATH = Path(__file__).parent / "data" / "stance_model.json"

# -- what the argument is about ------------------------------------------------------------
# The target: generative video and AI in film, named or pointed at ("the clips", "a prompt").
_TARGET = re.compile(
    r"\b(?:a\.?i\.?|ais|gen ?ai|genai|sora|veo|runway|kling|pika|midjourney|luma|openai|"
    r"chat ?gpt|gpt|llms?|generative|generated|generating|generator|gens?\b|text[- ]to[- ]video|"
    r"prompt\w*|machine[- ]made|machine learning|algorithms?|deepfakes?|synthetic|robots?|"
    r"neural|models?\b|the tech\b|this tech\b|new tech\b|automation|automated|computer[- ]made|"
    r"computer[- ]generated|cgi|slop|artificial)"
)
# Without a named target, a claim about what the technology does to film people is on topic
# when it is about them and says something about their fate ("vfx artists are cooked").
_STAKES = re.compile(
    r"\b(?:vfx|animators?|artists?|actors?|crews?|editors?|filmmak\w*|directors?|writers?|"
    r"studios?|hollywood|cinema|movies|films?|filmmaking|creativ\w*|jobs?|audiences?)\b"
)
_FATE = re.compile(
    r"\b(?:cooked|done for|finished|doomed|replaced|obsolete|out of (?:a )?jobs?|"
    r"unemployed|dead|dying|the end|over\b|democrati\w+|soulless|slop|hollow)"
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# -- VADER, taught this domain -------------------------------------------------------------
# Valence on VADER's -4..4 scale. Positive: good for filmmaking; negative: bad for it.
# fmt: off
_LEXICON = {
    "slop": -3.0, "sloppy": -2.0, "cooked": -2.5, "soulless": -3.0, "hollow": -2.2,
    "lifeless": -2.5, "generic": -1.8, "derivative": -2.0, "uncanny": -1.8, "plagiarism": -3.0,
    "plagiarizing": -3.0, "stolen": -2.5, "steals": -2.5, "stealing": -2.5, "theft": -2.8,
    "gimmick": -2.0, "gimmicky": -2.0, "fad": -1.8, "hype": -1.5, "hyped": -1.5,
    "overhyped": -2.5, "overrated": -2.0, "grift": -2.8, "grifters": -2.8, "scam": -2.8,
    "nft": -1.5, "nfts": -1.5, "crypto": -1.2, "bubble": -1.5, "replace": -1.5, "replaces": -1.5,
    "replaced": -1.8, "replacing": -1.5, "replacement": -1.5, "obsolete": -2.2, "layoffs": -2.5,
    "unemployed": -2.2, "jobless": -2.2, "fired": -1.5, "cheapen": -2.2,
    "cheapens": -2.2, "flood": -1.5, "flooded": -1.8, "flooding": -1.8, "dystopia": -2.8,
    "dystopian": -2.8, "dehumanizing": -2.8, "mediocre": -2.0, "mid": -1.2, "cringe": -2.0,
    "trash": -2.5, "garbage": -2.8, "junk": -2.2, "lazy": -2.0, "ugly": -2.2, "death": -2.5,
    "dead": -2.0, "dies": -2.0, "doomed": -2.5, "exploit": -2.0, "exploitation": -2.5,
    "greedy": -2.2, "greed": -2.2, "soul": 1.5, "bland": -1.8, "empty": -1.8, "fake": -1.8,
    "morphing": -1.0, "glitchy": -1.8, "glitches": -1.5, "creepy": -2.2, "abomination": -3.0,
    "democratize": 2.5, "democratizes": 2.5, "democratizing": 2.5, "democratization": 2.2,
    "democratise": 2.5, "democratises": 2.5, "democratising": 2.5, "democratisation": 2.2,
    "empowering": 2.5, "empowers": 2.5, "empower": 2.5, "accessible": 2.0, "affordable": 1.8,
    "cheaper": 1.5, "faster": 1.2, "easier": 1.5, "enables": 1.8, "enable": 1.5, "unlocks": 2.0,
    "unlock": 1.8, "revolutionary": 2.5, "revolutionize": 2.5, "breakthrough": 2.5,
    "incredible": 2.8, "insane": 1.5, "wild": 1.0, "goated": 2.8, "game-changer": 3.0,
    "gamechanger": 3.0, "overblown": 2.0, "fearmongering": 2.0, "luddite": 1.8, "luddites": 1.8,
    "compete": 1.2, "possibilities": 2.0, "potential": 1.2, "tool": 0.8, "tools": 0.8,
    "finally": 1.0, "useful": 2.0, "employable": 1.8, "thrive": 2.5, "based": 1.5,
}
# Phrases VADER would split into neutral words; each is rewritten to one lexicon token.
_PHRASES = [
    (r"game ?changer", "gamechanger"), (r"level(?:s|ing)? the playing field", "empowering"),
    (r"lower(?:s|ing)? the barriers?", "empowering"), (r"no (?:film school|budget)", "affordable"),
    (r"can'?t wait", "excited"), (r"here for it", "excited"), (r"let'?s go+\b", "excited"),
    (r"the future of", "breakthrough"), (r"death of", "death"), (r"end of (?:cinema|film|art|movies)",
     "death"), (r"content farms?", "slop"), (r"cash ?grab", "grift"), (r"out of (?:a )?jobs?",
     "jobless"), (r"out of work", "jobless"), (r"fire (?:everyone|people|artists|crews?|the crew|us|them)", "layoffs"), (r"cut(?:ting)? costs", "greedy"),
    (r"no soul", "soulless"), (r"without (?:a )?soul", "soulless"), (r"nothing behind it",
     "hollow"), (r"(?:fear|panic)s? (?:is|are) (?:way )?overblown", "overblown"),
    (r"plagiarism machine", "plagiarism"), (r"uncanny valley", "uncanny"), (r"💀", "cooked"),
    (r"🔥", "incredible"), (r"🙄", ""), (r"lmao|lmfao", ""), (r"\blol\b", ""),
]
# fmt: on
_PHRASE_PATTERNS = [(re.compile(r"\b" + p if p[0].isalpha() else p), r) for p, r in _PHRASES]
_SARCASM = re.compile(r"🙄|\b(?:yeah sure|sure+ jan|totally going to|oh great|/s\b)")
# Humans being irreplaceable is a point against the machine, whatever the negation says.
_IRREPLACEABLE = re.compile(
    r"\b(?:can'?t|cannot|won'?t|will never|never|could never|can never)( \w+)? "
    r"(?:replace|replicate|match|capture|copy|recreate|have)\b[^.!?]*\b(?:human|soul|heart|"
    r"creativ|emotion|art|artist|feel|presence|experience|touch)"
)
# fmt: on


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(_LEXICON)
    return analyzer


def _prepare(norm: str) -> str:
    for pattern, replacement in _PHRASE_PATTERNS:
        norm = pattern.sub(replacement, norm)
    return norm


def sentiment(text: str) -> float:
    """VADER's compound score (-1..1) with this domain's lexicon and rules."""
    norm = normalize(text)
    score = _analyzer().polarity_scores(_prepare(norm))["compound"]
    if _IRREPLACEABLE.search(norm):
        score = min(score, 0.0) - 0.5
    if _SARCASM.search(text.casefold()) and score > 0:
        score = -score
    return max(-1.0, min(1.0, score))


# -- the trained model ---------------------------------------------------------------------
_NEGATORS = frozenset(
    "not no never nothing nobody none nor without cannot can't cant won't wont don't dont "
    "doesn't doesnt isn't isnt aren't arent wasn't didn't wouldn't shouldn't couldn't ain't "
    "hardly barely".split()
)
_CLAUSE_END = re.compile(r"[.,;:!?]|\b(?:but|however|though|although|yet)\b")


def features(text: str) -> list[str]:
    """Words (negation-marked up to the clause's end), word pairs, and the contrast's half."""
    norm = normalize(_prepare(normalize(text)))
    out: list[str] = []
    for part_index, clause in enumerate(_CLAUSE_END.split(norm)):
        words = _WORD.findall(clause)
        negated = False
        previous = "<s>"
        for word in words:
            if word in _NEGATORS:
                negated = True
                out.append(word)
                previous = word
                continue
            token = "NOT_" + word if negated else word
            out.append(token)
            out.append(previous + "_" + word)
            previous = word
        del part_index
    return out


@dataclass(frozen=True)
class _Model:
    weights: dict[str, float]
    bias: float
    vader_weight: float
    threshold: float  # |score| below this: no side named
    agree_margin: float  # when the two signals disagree, the winner must beat this


@functools.cache
def _model() -> _Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return _Model(
        data["weights"], data["bias"], data["vader_weight"], data["threshold"],
        data["agree_margin"],
    )


def learned(text: str) -> float:
    """The trained model's log-odds that ``text`` is optimistic."""
    model = _model()
    feats = features(text)
    if not feats:
        return 0.0
    total = sum(model.weights.get(f, 0.0) for f in feats)
    return model.bias + total


# -- the reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """How a message reads: ``stance`` is None when no side is named (both get offered)."""

    on_topic: bool
    stance: str | None
    confidence: float  # 0..1
    score: float  # the combined score; positive leans optimistic

    @property
    def label(self) -> str:
        if not self.on_topic:
            return "off topic"
        return self.stance or "unclear"


def on_topic(text: str) -> bool:
    """Whether ``text`` says something about generative video or AI in film."""
    norm = normalize(text)
    if not _WORD.search(norm):
        return False
    if _TARGET.search(norm):
        return True
    return bool(_STAKES.search(norm) and _FATE.search(norm))


def combine(vader: float, model: float, m: _Model | None = None) -> float:
    m = m or _model()
    return m.vader_weight * vader + math.tanh(model / 2)


def read(text: str) -> Reading:
    """The stance of a claim or passage on the axis above."""
    if not on_topic(text):
        return Reading(False, None, 0.0, 0.0)
    m = _model()
    vader, model = sentiment(text), learned(text)
    score = combine(vader, model, m)
    disagree = vader * model < 0 and abs(vader) > 0.3 and abs(math.tanh(model / 2)) > 0.3
    confidence = min(1.0, abs(score) / (2 * m.threshold)) if m.threshold else 1.0
    if abs(score) < m.threshold or (disagree and abs(score) < m.agree_margin):
        return Reading(True, None, round(confidence, 2), round(score, 3))
    stance = "optimistic" if score > 0 else "skeptical"
    return Reading(True, stance, round(confidence, 2), round(score, 3))
