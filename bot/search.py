"""Finding passages by the words a user remembers (no discord import).

Queries and passages are compared after ``normalize`` (quotes, dashes, case, spacing), so a
misremembered, misspelled or half-quoted line still finds the exact stored passage.

At scale the corpus is never scanned. Candidates come from the full-text indexes in the
database (migration 2): each query word is looked up in the word index (porter stems: "filmmaker"
finds "filmmakers"); a word the index does not know (a typo, or a word cut off at the edge of a
fragment) is looked up by pieces in the trigram index ("retreivers" by "retr" and "vers"). Words
are weighted by rarity and the few hundred passages with the most weight are re-ranked with
``quote_score``, the same scorer the naive full scan uses. Query terms are letters and digits only,
each quoted for FTS5, so nothing a user types is ever read as query syntax.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cachetools import LRUCache
from rapidfuzz import fuzz, process, utils

from bot.errors import NotFoundError
from bot.limits import NAME_MAX, QUOTE_MAX, VERIFY_MAX, check_length
from bot.store import GLOBAL, PassageRecord, Store
from bot.text import STOPWORDS, content_words, normalize, normalize_with_offsets, split_sentences

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
# text is kept for the most recent ones (about 6 MB), keyed by the stored text itself.
passage_text = functools.lru_cache(maxsize=8192)(normalize)


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


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete choice: what the user sees (≤ 100 chars) and the value sent back."""

    label: str
    value: str


@dataclass(frozen=True)
class Difference:
    """One word-level difference between what the user typed and the essay's wording."""

    kind: str  # changed | missing (in the essay, not typed) | added (typed, not in the essay)
    typed: str
    original: str

    def describe(self) -> str:
        if self.kind == "changed":
            return f"you wrote \u201c{self.typed}\u201d, the essay says \u201c{self.original}\u201d"
        if self.kind == "missing":
            return f"the essay also says \u201c{self.original}\u201d"
        return f"the essay does not say \u201c{self.typed}\u201d"


# Words that turn a statement around: a quote that differs from the essay only by one of
# these is close in wording and opposite in meaning ("will replace" / "will not replace").
_NEGATIONS = frozenset(
    ("not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "cannot", "without")
)
# Opposite words; "will"/"won't" and the like are caught as a negation added or left out.
_OPPOSITES = {
    frozenset(pair)
    for pair in (
        ("more", "less"), ("more", "fewer"), ("most", "least"), ("added", "removed"),
        ("add", "remove"), ("increase", "decrease"), ("better", "worse"), ("best", "worst"),
        ("good", "bad"), ("always", "never"), ("all", "none"), ("gain", "lose"),
        ("win", "lose"), ("rise", "fall"), ("higher", "lower"), ("easier", "harder"),
        ("help", "hurt"), ("helps", "hurts"), ("for", "against"), ("with", "without"),
        ("create", "destroy"), ("creates", "destroys"), ("optimistic", "skeptical"),
    )
}  # fmt: skip


def _negated(words: str) -> bool:
    return any(w in _NEGATIONS or w.endswith("n't") for w in words.split())


def reverses(difference: Difference) -> bool:
    """Whether this one difference turns the meaning around: a negation typed or left out,
    or a word swapped for its opposite (more/less, will/won't, added/removed)."""
    typed, original = difference.typed, difference.original
    if _negated(typed) != _negated(original):
        return True
    return any(frozenset((a, b)) in _OPPOSITES for a in typed.split() for b in original.split())


@dataclass(frozen=True)
class Verification:
    """Is a quote real? The best-aligned span of the best passage, and how it differs."""

    query: str
    passage: PassageRecord | None
    score: float
    original: str = ""  # the exact stored wording of the aligned span
    differences: tuple[Difference, ...] = ()
    # The author states the sentence's view only to argue against it (set by
    # ``bot.stance.verify_quote``, which can read stance; search cannot).
    argued_against: bool = False

    @property
    def reversed(self) -> bool:
        """Close in wording, opposite in meaning: a difference negates or inverts it."""
        return any(reverses(d) for d in self.differences)

    @property
    def verdict(self) -> str:
        """One line: exact, close, or close in wording but reversed in meaning."""
        if not self.found:
            return "Not found in the corpus"
        if self.exact:
            return "Real quote, word for word"
        if self.reversed:
            return "Close in wording, but the essay says the opposite"
        return "Close, but not word for word"

    @property
    def context(self) -> str:
        """What a reader must know before repeating the quote, or "" (nothing)."""
        if not self.found:
            return ""
        p = self.passage
        notes = []
        if self.reversed:
            changed = next(d for d in self.differences if reverses(d))
            notes.append(f"The meaning is reversed: {changed.describe()}.")
        if self.argued_against:
            notes.append(
                f"{p.speaker} states this view to argue against it: the passage is "
                f"{p.stance}. Quoting it as their position would misrepresent them."
            )
        return " ".join(notes)

    @property
    def found(self) -> bool:
        return self.passage is not None

    @property
    def exact(self) -> bool:
        return self.found and not self.differences

    @property
    def sentence(self) -> str:
        """The whole sentence(s) of the passage the matched span falls in, verbatim: a quote
        is judged by its sentence, not by the words someone cut out of it."""
        if self.passage is None or not self.original:
            return self.original
        text = self.passage.text
        start = text.find(self.original)
        if start < 0:
            return self.original
        end, cursor, spans = start + len(self.original), 0, []
        for sentence in split_sentences(text):
            first = text.find(sentence, cursor)
            cursor = first + len(sentence)
            if first < end and start < cursor:
                spans.append((first, cursor))
        return text[spans[0][0] : spans[-1][1]] if spans else self.original


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def align(query: str, text: str) -> tuple[str, tuple[Difference, ...]]:
    """The span of ``text`` (exact original characters) that ``query`` quotes, and the word-level
    differences between them. ``query`` is the user's text; both are normalized for matching."""
    norm, offsets = normalize_with_offsets(text)
    typed = normalize(query)
    if not norm or not typed:
        return "", ()
    window = fuzz.partial_ratio_alignment(typed, norm)
    if len(typed) <= len(norm):
        start, end = window.dest_start, window.dest_end
    else:  # the user quoted more than this passage: the whole passage is the span
        start, end = 0, len(norm)
    words = _words_with_spans(norm)
    typed_words = [w for w, _, _ in _words_with_spans(typed)]
    # Widen the window by the query's length in words each side, then let a word-level
    # alignment pick the span: the window is as long as the query, the quote may not be.
    inside = [i for i, (_, s, e) in enumerate(words) if e > start and s < end]
    if not inside or not typed_words:
        return text[offsets[start] : offsets[end - 1] + 1], ()
    lo = max(0, inside[0] - len(typed_words))
    hi = min(len(words), inside[-1] + 1 + len(typed_words))
    region = [w for w, _, _ in words[lo:hi]]
    matcher = difflib.SequenceMatcher(None, typed_words, region, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        first, last = inside[0], inside[-1]
    else:
        first, last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size - 1
        # A changed word at either edge of the quote still belongs to the span.
        if blocks[0].a > 0:
            first = max(lo, first - blocks[0].a)
        tail = len(typed_words) - (blocks[-1].a + blocks[-1].size)
        if tail > 0:
            last = min(hi - 1, last + tail)
    span_words = [w for w, _, _ in words[first : last + 1]]
    begin, finish = offsets[words[first][1]], offsets[words[last][2] - 1] + 1
    original = text[begin:finish]
    differences = []
    matcher = difflib.SequenceMatcher(None, typed_words, span_words, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        said, orig = " ".join(typed_words[a0:a1]), " ".join(span_words[b0:b1])
        if op == "replace":
            differences.append(Difference("changed", said, orig))
        elif op == "delete":
            differences.append(Difference("added", said, ""))
        elif op == "insert":
            differences.append(Difference("missing", "", orig))
    return original, tuple(differences)


class Search:
    """Quote search over the passages a server can see."""

    def __init__(self, store: Store, *, guilds_cached: int | None = None) -> None:
        self.store = store
        guilds_cached = guilds_cached or GUILDS_CACHED
        self._cache: dict[int, tuple[int, list[PassageRecord], list[str]]] = {}
        # Per-server lists, each cached until the next write, for the GUILDS_CACHED servers
        # used most recently: memory stays bounded however many servers the bot is in.
        self._authors: LRUCache[int, tuple[int, list[str], list[str]]] = LRUCache(guilds_cached)
        self._shared_essays: tuple[int, list[EssayEntry]] = (-1, [])
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

    # -- candidates from the index --------------------------------------------------------

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

    # -- quote search ---------------------------------------------------------------------

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
                raise NotFoundError(f"No author matching {author!r} in the essays.")
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
        generation = self.store.generation
        if self._titles[0] != generation:
            self._titles = (generation, TitleIndex.build([e.title for e in shared]))
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

    # -- autocomplete ---------------------------------------------------------------------

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

    async def authors_like(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[str]:
        """Author names for autocomplete: all of them for an empty prefix, else fuzzy."""
        names, keys = await self._author_names(guild_id)
        typed = utils.default_process(current)
        chosen = pick(current, keys, limit)
        if len(typed) >= 3:  # the rule /perspective resolves by: no look-alike strangers
            chosen = [i for i in chosen if name_score(typed, keys[i]) >= NAME_WORD_FLOOR]
        return [names[i] for i in chosen]

    async def titles_like(
        self, current: str, *, guild_id: int = GLOBAL, limit: int = 25
    ) -> list[Suggestion]:
        """Visible essays' titles for autocomplete: label "Title — Author", value the id."""
        return [
            Suggestion(_clip(f"{e.title} \u2014 {e.author}", 100), str(e.id))
            for e in await self._essays_like(current, guild_id, "visible", limit)
        ]

    async def essays_like(
        self, current: str, *, guild_id: int = GLOBAL, scope: str = "visible", limit: int = 25
    ) -> list[Suggestion]:
        """Essays for an ``essay`` option: label "#id Title — Author", value the id.

        ``scope``: visible (bundled and own, not hidden), any (hidden too), own (this server's
        own), bundled (bundled, not hidden here) or hidden (bundled, hidden here). An id typed
        ("12", "#12") offers the ids that start with it first, then titles and authors.
        """
        return [
            Suggestion(_clip(f"#{e.id} {e.title} \u2014 {e.author}", 100), str(e.id))
            for e in await self._essays_like(current, guild_id, scope, limit)
        ]

    async def _essays_like(
        self, current: str, guild_id: int, scope: str, limit: int
    ) -> list[EssayEntry]:
        shared, own, hidden = await self._essay_entries(guild_id)
        if scope == "own":
            pool = own
        elif scope == "hidden":
            pool = [e for e in shared if e.id in hidden]
        elif scope == "any":
            pool = own + shared
        elif scope in ("visible", "bundled"):
            unhidden = [e for e in shared if e.id not in hidden] if hidden else shared
            pool = unhidden if scope == "bundled" else own + unhidden
        else:
            raise ValueError(f"unknown essay scope {scope!r}")
        typed = current.strip().removeprefix("#").strip()
        by_id: list[EssayEntry] = []
        if typed.isdigit():
            by_id = sorted(
                (e for e in pool if str(e.id).startswith(typed)),
                key=lambda e: (len(str(e.id)), e.id),
            )[:limit]
        seen = {e.id for e in by_id}
        by_text = [pool[i] for i in pick(typed, [e.key for e in pool], limit)]
        return (by_id + [e for e in by_text if e.id not in seen])[:limit]

    async def _essay_entries(
        self, guild_id: int
    ) -> tuple[list[EssayEntry], list[EssayEntry], set[int]]:
        """The global essays (one list shared by every server), ``guild_id``'s own essays
        (newest first) and the ids it hid; cached until the store changes."""
        generation = self.store.generation
        if self._shared_essays[0] != generation:
            rows = await self.store.index.essays_owned(GLOBAL)
            self._shared_essays = (generation, [_essay_entry(*row) for row in rows])
        if guild_id == GLOBAL:
            return self._shared_essays[1], [], set()
        cached = self._guild_essays.get(guild_id)
        if not cached or cached[0] != generation:
            own = [
                _essay_entry(*row)
                for row in reversed(await self.store.index.essays_owned(guild_id))
            ]
            cached = (generation, own, await self.store.index.hidden_essay_ids(guild_id))
            self._guild_essays[guild_id] = cached
        return self._shared_essays[1], cached[1], cached[2]

    async def _author_names(self, guild_id: int) -> tuple[list[str], list[str]]:
        """Visible author names and their autocomplete keys, cached until the store changes."""
        generation = self.store.generation
        cached = self._authors.get(guild_id)
        if not cached or cached[0] != generation:
            names = await self.store.essays.authors(guild_id)
            cached = (generation, names, [utils.default_process(n) for n in names])
            self._authors[guild_id] = cached
        return cached[1], cached[2]

    async def resolve_author(self, name: str, *, guild_id: int = GLOBAL) -> str | None:
        """The stored author a (possibly misspelled, partial) name means, or None."""
        authors, keys = await self._author_names(guild_id)
        typed = utils.default_process(name)
        # pick's fuzzy pre-selection bounds the cost; each name must then match word by word.
        pool = pick(name, keys, PICK_POOL)
        scores = [name_score(typed, keys[i]) for i in pool]
        best = max(range(len(pool)), key=scores.__getitem__, default=None)
        return authors[pool[best]] if best is not None and scores[best] >= NAME_WORD_FLOOR else None

    # -- verification ---------------------------------------------------------------------

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


@dataclass(frozen=True)
class TitleIndex:
    """The bundled and global essays' titles, processed for matching, and which titles hold
    each word (for ``Search.title_opening``)."""

    titles: list[str]
    words: list[frozenset[str]]
    postings: dict[str, list[int]]

    @classmethod
    def build(cls, titles: Sequence[str]) -> TitleIndex:
        processed = [utils.default_process(t) for t in titles]
        words = [frozenset(w for w in t.split() if w not in STOPWORDS) for t in processed]
        postings: dict[str, list[int]] = {}
        for i, title_words in enumerate(words):
            for word in title_words:
                postings.setdefault(word, []).append(i)
        return cls(processed, words, postings)


@dataclass(frozen=True)
class EssayEntry:
    """An essay as title autocomplete sees it; ``key`` is what a typed name is matched to."""

    id: int
    title: str
    author: str
    key: str


def _essay_entry(essay_id: int, title: str, author: str) -> EssayEntry:
    return EssayEntry(essay_id, title, author, utils.default_process(f"{title} {author}"))


GUILDS_CACHED = 64  # servers whose lists (authors, essays, featured passages) are kept

PICK_POOL = 100  # names pre-selected by partial_ratio, then ranked by WRatio
PICK_FLOOR = AUTHOR_FLOOR  # below it a name only shares a few letters with what was typed


def pick(typed: str, keys: Sequence[str], limit: int) -> list[int]:
    """Indexes of the ``keys`` (``utils.default_process``-ed names) an autocomplete offers for
    ``typed``, best first: the first ``limit`` for nothing typed; names with a word starting
    with one or two letters; else fuzzy, typos welcome. Cheap for thousands of names: only
    the ``PICK_POOL`` best by partial_ratio get the costlier WRatio."""
    query = utils.default_process(typed)
    if not query:
        return list(range(min(limit, len(keys))))
    if len(query) < 3:
        starts, inside, needle = [], [], " " + query
        for i, key in enumerate(keys):
            if key.startswith(query):
                starts.append(i)
                if len(starts) == limit:
                    break
            elif len(inside) < limit and needle in key:
                inside.append(i)
        return (starts + inside)[:limit]
    pool = process.extract(
        query,
        keys,
        scorer=fuzz.partial_ratio,
        processor=None,
        limit=max(PICK_POOL, limit),
        score_cutoff=PICK_FLOOR,
    )
    scored = [(fuzz.WRatio(query, keys[i]), rank, i) for rank, (_, _, i) in enumerate(pool)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [i for score, _, i in scored if score >= PICK_FLOOR][:limit]


# Each word typed for a name must be a word of that name, typos forgiven ("westenburg",
# "krol", "pinkr") or cut short ("westen"): a whole-string fuzzy score let "spielberg"
# resolve to "westenberg" and "nolan" to "noam kroll".
NAME_WORD_FLOOR = 75.0


def name_score(typed: str, name: str) -> float:
    """How well the worst-matching word of ``typed`` matches a word of ``name`` (both
    ``utils.default_process``-ed), 0..100."""
    parts = name.split()
    words = typed.split()
    if not parts or not words:
        return 0.0
    return min(
        max(
            100.0 if len(word) >= 3 and part.startswith(word) else fuzz.ratio(word, part)
            for part in parts
        )
        for word in words
    )


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _suggestion(record: PassageRecord, query: str, text: str | None = None) -> Suggestion:
    """``…snippet…`` near the match, then `` — Author``, in at most 100 characters."""
    tail = f" \u2014 {_clip(record.speaker, 30)}"
    room = 100 - len(tail)
    body = " ".join(record.text.split())
    if query and text is not None and len(body) > room:
        at = fuzz.partial_ratio_alignment(query, text).dest_start
        # ``text`` is ``normalize(body)``: when the lengths agree, each character stands where
        # its original does and the per-character mapping (~15 ms in Python) is not needed.
        if len(text) != len(body):  # "…" became "...", "ß" "ss": map back
            offsets = normalize_with_offsets(body)[1]
            at = offsets[at] if at < len(offsets) else 0
        start = body.rfind(" ", 0, max(0, at - 10)) + 1  # a few words of lead-in
        if start > 0:
            body = "\u2026" + body[start:]
    return Suggestion(_clip(body, room) + tail, f"#{record.id}")
