"""Verifying a quote: word-level differences from the essay's wording, and whether they
turn the statement around (no discord import)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.search.ranking import _WORD
from bot.store import PassageRecord
from bot.text import normalize, normalize_with_offsets, split_sentences


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


def _attached(blocks: list, typed_count: int) -> list:
    """The matching blocks without a stray one at either end: a word or two matched far
    from the rest (a repeated "the" matched three clauses on) is not part of the quote."""
    slack = max(2, typed_count // 4)

    def detached(left, right) -> bool:  # blocks in order: how much wider the essay's gap is
        return (right.b - left.b) - (right.a - left.a) > slack

    while len(blocks) > 1 and detached(blocks[-2], blocks[-1]):
        blocks = blocks[:-1]
    while len(blocks) > 1 and detached(blocks[0], blocks[1]):
        blocks = blocks[1:]
    return blocks


def _sentence_break(text: str, offsets: list[int], words: list, i: int) -> bool:
    """Whether a sentence ends between word ``i`` and the next (in the original text)."""
    between = text[offsets[words[i][2] - 1] + 1 : offsets[words[i + 1][1]]]
    return any(mark in between for mark in ".!?")


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
    blocks = _attached([b for b in matcher.get_matching_blocks() if b.size], len(typed_words))
    if not blocks:
        first, last = inside[0], inside[-1]
    else:
        first, last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size - 1
        # A changed word at either edge of the quote still belongs to the span, within its
        # sentence: a typed word the essay lacks does not pull the next sentence in.
        for _ in range(blocks[0].a):
            if first <= lo or _sentence_break(text, offsets, words, first - 1):
                break
            first -= 1
        for _ in range(len(typed_words) - (blocks[-1].a + blocks[-1].size)):
            if last >= hi - 1 or _sentence_break(text, offsets, words, last):
                break
            last += 1
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
