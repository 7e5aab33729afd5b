"""Stance of a claim, counterpoints and author perspectives (no discord import).

First version: cue words with negation for the claim's stance, then opposite-stance passages
ranked by shared topics and word overlap.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.corpus import infer_topics
from bot.errors import NotFoundError
from bot.search import Hit, Search
from bot.store import GLOBAL, EssayRecord, PassageRecord
from bot.text import normalize

OPPOSITE = {"optimistic": "skeptical", "skeptical": "optimistic"}

_OPTIMISTIC_CUES = (
    "help",
    "empower",
    "democratiz",
    "democratis",
    "opportunit",
    "anyone can",
    "accessible",
    "useful",
    "better",
    "great",
    "amazing",
    "exciting",
    "enhance",
    "easier",
    "cheaper",
    "future",
    "revolution",
    "boost",
    "unleash",
    "possibilit",
    "best time",
)
_SKEPTICAL_CUES = (
    "destroy",
    "kill",
    "ruin",
    "replace",
    "slop",
    "garbage",
    "soulless",
    "cheapen",
    "threat",
    "useless",
    "hype",
    "fail",
    "never",
    "worse",
    "steal",
    "theft",
    "lose",
    "fake",
    "bad",
    "same",
    "flood",
    "dehumaniz",
)
_NEGATIONS = (
    "not",
    "no",
    "never",
    "won't",
    "wont",
    "can't",
    "cannot",
    "isn't",
    "don't",
    "doesn't",
    "nothing",
    "hardly",
)
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class ClaimStance:
    stance: str  # optimistic | skeptical
    confidence: float  # 0..1


def claim_stance(text: str) -> ClaimStance:
    words = _WORD.findall(normalize(text))
    score = 0.0
    for i, word in enumerate(words):
        window = words[max(0, i - 3) : i]
        negated = any(w in _NEGATIONS for w in window)
        if any(word.startswith(cue) for cue in _OPTIMISTIC_CUES):
            score += -1 if negated else 1
        if word == "never":
            continue
        if any(word.startswith(cue) for cue in _SKEPTICAL_CUES):
            score += 1 if negated else -1
    if "never" in words:
        score -= 1
    stance = "optimistic" if score > 0 else "skeptical"
    confidence = min(1.0, abs(score) / 2) if score else 0.0
    return ClaimStance(stance, round(confidence, 2))


async def counterpoints(
    search: Search, text: str, *, guild_id: int = GLOBAL, limit: int = 3
) -> tuple[ClaimStance, list[Hit]]:
    claim = claim_stance(text)
    wanted = OPPOSITE[claim.stance]
    topics = set(infer_topics(text, limit=5))
    query = normalize(text)
    # Candidates from the index (claim words and its topics), not the whole corpus.
    records, normalized = await search.candidates(
        " ".join([text, *sorted(topics)]), guild_id=guild_id, stance=wanted
    )
    scored: list[tuple[float, PassageRecord, str]] = []
    for record, norm in zip(records, normalized, strict=True):
        if record.stance != wanted:
            continue
        shared = topics & set(record.topics)
        score = 30 * len(shared) + fuzz.token_set_ratio(query, norm) * 0.5
        why = f"also about {', '.join(sorted(shared))}" if shared else "closest wording"
        scored.append((score, record, why))
    scored.sort(key=lambda item: -item[0])
    return claim, [Hit(record, round(score, 1), why) for score, record, why in scored[:limit]]


@dataclass(frozen=True)
class Perspective:
    author: str
    stance: str
    bio: str | None
    claims: list[PassageRecord]
    essays: list[EssayRecord]


async def perspective(search: Search, name: str, *, guild_id: int = GLOBAL) -> Perspective:
    author = await search.resolve_author(name, guild_id=guild_id)
    if author is None:
        raise NotFoundError(f"No author matching {name!r} in the essays.")
    essays = [e for e in await search.store.essays(guild_id) if e.author == author]
    stances = Counter(e.stance for e in essays)
    stance = stances.most_common(1)[0][0] if len(stances) == 1 else "mixed"
    records = await search.author_passages(author, guild_id=guild_id)
    own = [r for r in records if r.author == author and r.stance != "neutral"]
    claims = sorted(own, key=lambda r: -len(r.text))[:3]
    bio = next((e.author_bio for e in essays if e.author_bio), None)
    return Perspective(author, stance, bio, claims, essays)
