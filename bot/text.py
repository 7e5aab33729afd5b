"""Text normalisation shared by the corpus, the cleaner and search (no discord import)."""

from __future__ import annotations

import re
import unicodedata

# Typographic variants that must not matter when a user types a quote from memory.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)
_FOLD = tuple((chr(k), v) for k, v in _TRANSLATE.items())
# What a user can't see but a terminal or Discord obeys: terminal escape sequences (CSI, OSC
# and two-character ESC forms), C0/C1 control characters other than tab and line breaks, and
# invisible format characters (zero-width spaces, bidi overrides, BOMs, soft hyphens, tags).
# Zero-width (non-)joiners stay: emoji and several scripts need them.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_]?)")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and
# a capital, a quote or a digit. Good enough for essays; abbreviations rarely matter here.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def clean_text(text: str) -> str:
    """``text`` without terminal escapes, control characters or invisible format characters;
    tabs and line breaks stay. Every submitted essay and field passes through it."""
    return _INVISIBLE.sub("", _ESCAPES.sub("", text))


def has_visible_text(text: str) -> bool:
    return any(c.isalnum() for c in text)


def normalize(text: str) -> str:
    """Fold quotes, dashes, case, accents-compatibility forms and white space for matching."""
    if not text.isascii():  # NFKC and _FOLD leave ASCII as it is
        text = unicodedata.normalize("NFKC", text)
        # One replace per variant present: str.translate with this table (one character to
        # several) takes its slow path, ~6 times slower on a passage.
        for variant, plain in _FOLD:
            if variant in text:
                text = text.replace(variant, plain)
    # str.split() splits on exactly the characters \s matches in a str pattern.
    return " ".join(text.split()).casefold()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping each sentence's exact characters."""
    text = text.strip()
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        parts.append(text[start:end].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` and, for each of its characters, the index of the original character
    it came from: maps a match found in normalized text back to the exact stored wording."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, original in enumerate(text):
        for char in unicodedata.normalize("NFKC", original).translate(_TRANSLATE).casefold():
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            offsets.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words too common to show that a fragment was remembered: they only dilute word coverage.
# fmt: off
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does",
    "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "just", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
    "too", "up", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why",
    "will", "with", "would", "you", "your",
})
# fmt: on


def content_words(normalized: str) -> list[str]:
    """The words of normalized text that carry meaning (stopwords dropped)."""
    return [w for w in _WORD.findall(normalized) if w not in STOPWORDS]


_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def quoted_title(title: str) -> str:
    """``title`` in curly quotes, unless it already opens or closes with a quotation mark
    (“Democratisation” covers all manner of sins.): quotes inside quotes read as a typo."""
    if title[:1] in _QUOTE_MARKS or title[-1:] in _QUOTE_MARKS:
        return title
    return f"\u201c{title}\u201d"
