"""The essay file format: parsing, defaults, validation and lossless export."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.corpus import (
    MAX_PASSAGE_CHARS,
    TOPIC_KEYWORDS,
    TOPICS,
    EssayDoc,
    infer_topics,
    parse_essay,
    slugify,
    split_long,
    to_markdown,
)
from bot.errors import EssayFormatError
from bot.text import _TRANSLATE, normalize

ESSAY = """---
title: "Cinema: a test"
author: Ada Example
publication: The Example Review
published: 2024-02-21
stance: mixed
---

<!-- stance: optimistic; topics: indie, tools -->
Indie filmmakers will use these tools to make more with less.

A paragraph without annotation about Hollywood studios and their audience.

<!-- stance: neutral; topics: realism; quoting: Someone Else, Elsewhere -->
The clips are photorealistic, a reporter wrote.
"""


def test_front_matter_and_annotations() -> None:
    doc = parse_essay(ESSAY, slug="test")
    assert (doc.title, doc.author, doc.publication) == (
        "Cinema: a test",
        "Ada Example",
        "The Example Review",
    )
    assert doc.published == "2024-02-21"  # YAML dates come back as ISO text
    first, second, third = doc.passages
    assert (first.stance, first.topics, first.stance_source) == (
        "optimistic",
        ("indie", "tools"),
        "annotated",
    )
    # Unannotated paragraph in a mixed essay: neutral, topics inferred from keywords.
    assert second.stance == "neutral"
    assert second.stance_source == "essay"
    assert {"studios", "audience"} <= set(second.topics)
    assert third.quoted_from == "Someone Else, Elsewhere"


def test_unannotated_paragraph_takes_essay_stance() -> None:
    doc = parse_essay("---\ntitle: T\nauthor: A\nstance: skeptical\n---\n\nIt will fail.\n", "t")
    assert doc.passages[0].stance == "skeptical"


def test_export_round_trips() -> None:
    doc = parse_essay(ESSAY, slug="test")
    again = parse_essay(to_markdown(doc), slug="test")
    assert again.passages == doc.passages
    assert again.content_hash == doc.content_hash


def test_bundled_essays_round_trip(bundled: list[EssayDoc]) -> None:
    assert len(bundled) == 5
    for doc in bundled:
        assert parse_essay(to_markdown(doc), slug=doc.slug).passages == doc.passages


def test_long_paragraph_split_at_sentences_verbatim() -> None:
    sentence = "This sentence is exactly as long as it needs to be for the test. "
    paragraph = (sentence * 20).strip()
    parts = split_long(paragraph)
    assert len(parts) > 1
    assert all(len(p) <= MAX_PASSAGE_CHARS for p in parts)
    assert " ".join(parts) == paragraph  # nothing lost, nothing reworded


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter", "missing YAML front matter"),
        ("---\ntitle: T\nstance: skeptical\n---\nBody", "'author' is required"),
        ("---\ntitle: T\nauthor: A\nstance: angry\n---\nBody", "stance must be one of"),
        ("---\ntitle: T\nauthor: A\nstance: mixed\n---\n\n   \n", "has no text"),
        ("---\ntitle: [unclosed\n---\nBody", "not valid YAML"),
        (
            "---\ntitle: T\nauthor: A\nstance: mixed\n---\n<!-- stance: happy -->\nBody",
            "passage stance must be one of",
        ),
        ("---\ntitle: T\nauthor: A\nstance: mixed\n---\n<!-- mood: x -->\nBody", "unknown"),
    ],
)
def test_invalid_files_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(EssayFormatError, match=message):
        parse_essay(text, slug="bad")


# Nine levels of nine aliases: 519 bytes that expand to 9**9 strings (the bot froze for 20 s).
ALIAS_BOMB = (
    "---\n"
    + "\n".join(
        ["a0: &a0 [lol]"]
        + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
        + ["title: *a8", "author: A", "stance: mixed"]
    )
    + "\n---\n\nBody."
)


def _front(line: str) -> str:
    return f"---\ntitle: T\nauthor: A\nstance: mixed\n{line}\n---\n\nBody."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ALIAS_BOMB, "aliases"),
        (_front("x: &x a\ny: *x"), "aliases"),
        (_front("author_bio: " + "b" * 9_000), "the limit is 8,000"),
        (_front("published: 2024-13-01"), "value is invalid.*month"),
        (_front("published: 2024-02-30"), "value is invalid.*day"),
        (_front("count: !!int 'abc'"), "value is invalid"),
        (_front("count: !!int "), "value is invalid"),  # found by Hypothesis: IndexError
        (_front("count: " + "9" * 5_000), "value is invalid"),
        (_front("tags: " + "[" * 5_000 + "]" * 5_000), "nested too deeply|the limit is"),
        (_front("tags: " + "[" * 2_000), "nested too deeply|not valid YAML"),
        (_front("title: [a, b]"), "'title' must be a single value"),
        (_front("url: {a: b}"), "'url' must be a single value"),
    ],
    ids=[
        "alias-bomb",
        "alias",
        "too-long",
        "month-13",
        "feb-30",
        "int-abc",
        "int-empty",
        "5000-digits",
        "deep-brackets",
        "unclosed-deep",
        "list",
        "mapping",
    ],
)
def test_hostile_front_matter_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(EssayFormatError, match=message) as refused:
        parse_essay(text, slug="bad", where="bad.md")
    assert str(refused.value).startswith("bad.md: ")


def test_infer_topics_and_slugify() -> None:
    assert "democratization" in infer_topics("Now anyone can become a director")
    assert "length" in infer_topics("clips of one minute cannot carry a full-length film")
    assert slugify("“Democratisation” covers all manner of sins.") == (
        "democratisation-covers-all-manner-of-sins"
    )


def _topics_by_regex(text: str, limit: int = 3) -> tuple[str, ...]:
    """What ``infer_topics`` means: topics with the most cues opening a word, in TOPICS order
    on a tie (the regex definition the fast path replaces)."""
    norm = f" {normalize(text)} "
    hits = {
        topic: sum(1 for cue in cues if re.search(r"\b" + re.escape(cue), norm))
        for topic, cues in TOPIC_KEYWORDS.items()
    }
    ranked = sorted((-n, TOPICS.index(t), t) for t, n in hits.items() if n)
    return tuple(t for _, _, t in ranked[:limit])


_CUE_WORDS = [cue for cues in TOPIC_KEYWORDS.values() for cue in cues]
# Cues glued to what does or does not end a word: letters, digits, "_", accents, punctuation.
_GLUE = st.sampled_from(["", " ", "_", "x", "7", "-", "'", "\u00e9", "\u00b2", ".", "\u0663"])
_CUE_TEXT = st.lists(
    st.tuples(_GLUE, st.sampled_from([*_CUE_WORDS, "the", "a"]), st.integers(1, 14), _GLUE),
    max_size=12,
).map(lambda parts: "".join(g1 + word[:n] + g2 for g1, word, n, g2 in parts))


@given(_CUE_TEXT, st.integers(1, 5))
def test_topics_count_cues_only_where_a_word_opens_with_them(text: str, limit: int) -> None:
    assert infer_topics(text, limit) == _topics_by_regex(text, limit)


def test_topics_of_the_bundled_essays_follow_the_regex_definition() -> None:
    from bot import BUNDLED_ESSAYS

    paragraphs = [
        p for path in sorted(BUNDLED_ESSAYS.glob("*.md")) for p in path.read_text().split("\n\n")
    ]
    assert paragraphs
    assert [infer_topics(p) for p in paragraphs] == [_topics_by_regex(p) for p in paragraphs]


@given(
    st.text(
        st.sampled_from(
            [*" \t\n\u00a0\u2003\u3000\x1c\x85abcAB\u00c9\u00df", *map(chr, _TRANSLATE)]
        )
    )
)
def test_normalize_folds_variants_and_collapses_white_space(text: str) -> None:
    # The definition: NFKC, typographic variants folded, runs of \s as one space, casefold.
    folded = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    assert normalize(text) == re.sub(r"\s+", " ", folded).strip().casefold()


def test_passages_are_capped_per_essay() -> None:
    from bot.corpus import MAX_PASSAGES

    head = "---\ntitle: T\nauthor: A\nstance: mixed\n---\n\n"
    at_cap = parse_essay(head + "\n\n".join(f"Cut {n}." for n in range(MAX_PASSAGES)), "ok")
    assert len(at_cap.passages) == MAX_PASSAGES
    with pytest.raises(EssayFormatError, match=f"more than {MAX_PASSAGES:,} passages"):
        parse_essay(head + "\n\n".join(f"Cut {n}." for n in range(MAX_PASSAGES + 1)), "big")


def test_blank_or_padded_extra_values_survive_export() -> None:
    # Found by Hypothesis: a value of only a no-break space was kept, then lost on re-import.
    doc = parse_essay(_front("note: \u00a0\nother: kept\u00a0"), slug="x")
    assert doc.extra == {"other": "kept"}
    assert parse_essay(to_markdown(doc), slug="x").extra == doc.extra
