"""Quote ranking: scoring a passage against what was typed, chat framing, FTS terms
(no discord import)."""

from __future__ import annotations

import difflib
import functools
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.store import PassageRecord
from bot.text import STOPWORDS, content_words, normalize, split_sentences

# Below this score a match is noise: better to say "nothing found" than cite the wrong essay.
QUOTE_FLOOR = 72.0


AUTHOR_FLOOR = 60.0


# Autocomplete shows passages whose best-aligned window is at least this close to the input.
SUGGEST_FLOOR = 60.0


# Candidate generation. A word in more than TERM_CAP passages says little about which passage
# is meant and its postings are long, so it only counts when every word is that common.
TERM_CAP = 1000


POSTINGS_BUDGET = 6000  # total postings aggregated per query: bounds the cost


MAX_TERMS = 10


CANDIDATES = 150  # re-ranked with rapidfuzz


POOL = 500  # best by index weight, before visibility and stance filters


MIN_CANDIDATES = 40  # fewer from rare words: also take passages with most of the common ones


MAX_COMMON = 6  # common words combined into "at least k of these" queries


AUTHOR_SCAN = 600  # an author with at most this many passages has them all ranked


@dataclass(frozen=True)
class Hit:
    passage: PassageRecord
    score: float
    why: str = ""


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


_TOKEN = re.compile(r"\w+")


_PASSAGE_REF = re.compile(r"#(\d{1,18})")


# Candidates recur from one keystroke to the next and between queries: their normalized
# text is kept for the most recent ones (about 12 MB), keyed by the stored text itself.
passage_text = functools.lru_cache(maxsize=16_384)(normalize)


# The chat around a quote remembered from memory ("wasn't there a quote about ...", "who said
# ...", "... or something lol??"). Only the edges are stripped, repeatedly, so the words of the
# quote itself are never touched; what is left must still be a searchable fragment.
_OPENERS = [
    r"(?:hey|so|ok|okay|um+|uh+|hm+|lol|yo|wait|like|also|btw)\b[\s,]*",
    r"(?:i\s+)?(?:think|remember|recall|swear)\s+(?:that\s+|when\s+)?",
    r"(?:do\s+you|does\s+anyone)\s+(?:remember|know)\s+(?:when\s+|who\s+said\s+)?",
    r"(?:who|someone|somebody|some\s+guy|one\s+of\s+them|the\s+author)\s+"
    r"(?:said|wrote|says|was\s+saying|mentioned|claimed|argued)\s+(?:that\s+)?",
    r"(?:did|didn'?t|didnt)\s+(?:someone|somebody|anyone|they)\s+"
    r"(?:say|write|claim|argue|mention)\s+(?:that\s+)?",
    r"(?:wasn'?t|wasnt|isn'?t|isnt|was|is)\s+there\s+",
    r"(?:what\s+was|what'?s|whats)\s+",
    r"(?:a|an|the|that|this|some|one)\s+(?:thing|bit|part|line|quote|passage|one|stuff|"
    r"essay|article|piece|sentence)\s+(?:about|where|when|that\s+said|saying|on|with|like|"
    r"that\s+goes)?\s*",
    r"(?:something|stuff|quote|line)\s+(?:about|like|on|where|saying)\s+",
    r"(?:about|like)\s+",
]


_OPENER = re.compile("^(?:" + "|".join(_OPENERS) + ")")


_CLOSER = re.compile(
    r"(?:[\s,]+(?:or\s+something(?:\s+like\s+that)?|or\s+whatever|lol|lmao|haha|idk|iirc|"
    r"i\s+think|right|somewhere|in\s+one\s+of\s+the\s+essays)|[\s?!.,]+)$"
)


def strip_chatter(text: str) -> str:
    """``text`` without the conversational framing around a remembered quote.

    Works on normalized text; returns ``text`` itself when only framing was typed.
    """
    query = text.strip()
    while True:
        shorter = _CLOSER.sub("", _OPENER.sub("", query, count=1), count=1).strip()
        if shorter == query:
            break
        query = shorter
    if len(content_words(query)) < 2:
        return text
    return query


def _coverage(words: Sequence[str], text: str) -> float:
    """How many of ``words`` ``text`` has, each allowing a typo (0..100)."""
    vocabulary = set(_WORD.findall(text))
    covered = 0.0
    for word in words:
        if word in vocabulary:  # what extractOne would find, without the scan
            covered += 100.0
            continue
        best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=75)
        covered += best[1] if best else 0.0
    return covered / len(words)


def quote_score(query: str, text: str, **_: object) -> float:
    """How well a remembered fragment ``query`` matches passage ``text`` (both normalized).

    Half is the best-aligned window of the passage (partial_ratio: the words in order); half is
    how many of the query's content words the passage has, each allowing a typo (fuzzy word
    match), so "golden retreivers in snow" finds "golden retrievers playing in the snow" while
    "what time is the game tonight" matches nothing well.
    """
    if not query or not text:
        return 0.0
    if query in text:
        return 100.0
    partial = fuzz.partial_ratio(query, text)
    words = content_words(query)
    if not words:
        return partial * 0.8
    return 0.5 * partial + 0.5 * _coverage(words, text)


def rank(
    query: str,
    records: Sequence[PassageRecord],
    *,
    limit: int,
    floor: float = QUOTE_FLOOR,
) -> list[Hit]:
    """The best ``limit`` of ``records`` by ``quote_score`` (ties: lower passage id first).

    Exactly what scoring every record would return, but a record is fully scored only while its
    window score could still beat the current ``limit``-th: quote_score is at most half the window
    score plus 50 (or the window score itself when the query has no content words).
    """
    words = content_words(query)
    windows = []
    for record in records:
        text = passage_text(record.text)
        window = 100.0 if query in text else fuzz.partial_ratio(query, text)
        windows.append((window, record, text))
    windows.sort(key=lambda item: (-item[0], item[1].id))
    best: list[tuple[float, int, PassageRecord]] = []  # min-heap of (score, -id, record)
    for window, record, text in windows:
        # quote_score is at most: 100 for a verbatim fragment, else half the window plus a
        # perfect word coverage (or 0.8 of the window when the query has no content words).
        if window == 100.0:
            bound = 100.0
        elif words:
            bound = 0.5 * window + 50.0
        else:
            bound = 0.8 * window
        threshold = best[0][0] if len(best) == limit else floor
        if bound < threshold:
            break
        score = quote_score(query, text)
        if score < floor:
            continue
        item = (score, -record.id, record)
        if len(best) < limit:
            heapq.heappush(best, item)
        elif item > best[0]:
            heapq.heapreplace(best, item)
    ordered = sorted(best, key=lambda item: (-item[0], -item[1]))
    return [Hit(record, round(score, 1)) for score, _, record in ordered]


def matched_span(query: str, text: str) -> tuple[int, int]:
    """Where in ``text`` (a passage) the typed ``query`` matched best: the character span of
    its best-matching sentence, so a long passage can be shown around what was remembered."""
    wanted = normalize(strip_chatter(normalize(query)))
    best, span, end = -1.0, (0, len(text)), 0
    for sentence in split_sentences(text):
        start = text.find(sentence, end)
        end = start + len(sentence)
        score = quote_score(wanted, normalize(sentence))
        if score > best:
            best, span = score, (start, end)
    return span


CORE_CANDIDATES = 40  # best by index weight, searched for a quote inside unknown chat


CORE_SLACK = 3  # passage words allowed between the typed words a core spans


def quoted_core(query: str, text: str) -> str | None:
    """The part of ``query`` (normalized) that passage ``text`` holds nearly word for word,
    when chat no framing pattern knows surrounds it ("going to see [meryl streep not some cgi]
    celeb", "[ai is a system for propagating the same] stuff over and over"); None if none.

    The core must match in order, in a stretch of the passage at most CORE_SLACK words longer,
    with at least three content words and half of all the typed words: chat that merely
    shares a few words with a passage has no such core."""
    typed = _WORD.findall(query)
    words = _WORD.findall(text)
    matcher = difflib.SequenceMatcher(None, typed, words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    best: tuple[int, str] | None = None
    for i, start in enumerate(blocks):
        matched = content = 0
        for end in blocks[i:]:
            stop = end.a + end.size
            if end.b + end.size - start.b > stop - start.a + CORE_SLACK:
                break
            held = typed[end.a : stop]
            matched += len(held)
            content += sum(w not in STOPWORDS for w in held)
            if content >= 3 and 2 * matched >= len(typed) and (not best or matched > best[0]):
                best = (matched, " ".join(typed[start.a : stop]))
    return best[1] if best else None


def core_hits(query: str, records: Sequence[PassageRecord], *, limit: int) -> list[Hit]:
    """Passages holding a core of ``query`` (see ``quoted_core``) that scores as a quote,
    scored by that core, best first."""
    hits = []
    for record in records:
        text = passage_text(record.text)
        core = quoted_core(query, text)
        score = quote_score(core, text) if core else 0.0
        if score >= QUOTE_FLOOR:
            hits.append(Hit(record, round(score, 1)))
    hits.sort(key=lambda h: (-h.score, h.passage.id))
    return hits[:limit]


def fts_phrase(term: str, prefix: bool = False) -> str:
    """One FTS5 string token: quoted, inner quotes doubled; never operators or column filters."""
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def query_terms(normalized: str) -> list[str]:
    """Distinct content words of a normalized query, in order, at most MAX_TERMS."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(normalized):
        token = token.strip("_")
        if len(token) >= 2 and token not in STOPWORDS:
            seen.setdefault(token, None)
    return list(seen)[:MAX_TERMS]


def gram_pieces(word: str) -> list[str]:
    """Substrings of a word the trigram index can find even if one letter elsewhere is wrong."""
    if len(word) < 4:
        return []
    if len(word) <= 5:
        return [word]
    pieces = [word[:4], word[-4:]]
    if len(word) >= 8:
        middle = len(word) // 2
        pieces.append(word[middle - 2 : middle + 2])
    return list(dict.fromkeys(pieces))
