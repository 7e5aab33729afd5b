"""The house style's cut (cogs/_embeds.py) on every bundled passage: verbatim, within the
limit, at a sentence where one fits, marked with "…" wherever text was left out."""

from __future__ import annotations

import pytest

from bot.corpus import EssayDoc
from bot.text import split_sentences
from cogs._embeds import ELLIPSIS, PASSAGE_MAX, excerpt


def passages(bundled: list[EssayDoc]) -> list[str]:
    return [p.text for doc in bundled for p in doc.passages]


def unmarked(shown: str) -> str:
    return shown.removeprefix(f"{ELLIPSIS} ").removesuffix(f" {ELLIPSIS}")


@pytest.mark.parametrize("limit", [120, PASSAGE_MAX])
def test_the_opening_is_verbatim_within_the_limit_and_marked(
    bundled: list[EssayDoc], limit: int
) -> None:
    long = 0
    for text in passages(bundled):
        shown = excerpt(text, limit)
        assert len(shown) <= limit, shown
        if len(text) <= limit:
            assert shown == text
            continue
        long += 1
        assert shown.endswith(ELLIPSIS)
        assert text.startswith(unmarked(shown))
    assert long > 10  # the corpus has passages to cut at either limit


def test_the_cut_falls_after_a_whole_sentence_when_one_fits(bundled: list[EssayDoc]) -> None:
    at_sentence = 0
    for text in passages(bundled):
        first = (split_sentences(text) or [text])[0]
        if len(text) <= PASSAGE_MAX or len(first) > PASSAGE_MAX - 4:
            continue
        body = unmarked(excerpt(text))
        ends = set(split_sentences(text))
        if any(body.endswith(s) for s in ends):
            at_sentence += 1
        else:  # only when whole sentences would show too little of the passage
            assert len(first) < PASSAGE_MAX // 2
    assert at_sentence > 5


def test_a_focus_shows_the_sentence_it_names(bundled: list[EssayDoc]) -> None:
    for text in passages(bundled):
        sentences = split_sentences(text)
        if len(text) <= PASSAGE_MAX or len(sentences) < 3:
            continue
        last = sentences[-1]
        if len(last) > PASSAGE_MAX - 8:
            continue
        start = text.rindex(last)
        shown = excerpt(text, PASSAGE_MAX, (start, start + len(last)))
        assert last in shown
        assert unmarked(shown) in text
        assert len(shown) <= PASSAGE_MAX


def test_a_short_text_is_untouched() -> None:
    assert excerpt("Cut, never reworded.") == "Cut, never reworded."
