"""The essay file format: parsing, defaults, validation and lossless export."""

from __future__ import annotations

import pytest

from bot.corpus import (
    MAX_PASSAGE_CHARS,
    EssayDoc,
    infer_topics,
    parse_essay,
    slugify,
    split_long,
    to_markdown,
)
from bot.errors import EssayFormatError

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
