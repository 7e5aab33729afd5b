"""The rules written for tuning80's last misses (issue 12): a lead picture's caption pasted
between a news page's head and its text, a blog's tagline between its name and a menu whose
landmark comes late ("Ask me anything" / … / "Search"), the person a tagline names by their
pronouns, a byline's name over a date without its year, and that year read off the page's
copyright line. Their variants on pages are in tests/fixtures/pages/tuning83."""

from __future__ import annotations

import pytest

from bot import furniture
from bot.cleaner import clean

_PROSE = (
    "When the cinema replaced its slides with a generated reel this autumn, the volunteers who "
    "run it expected a few letters, and they got a petition signed by half the town instead.",
    "The reel itself was not bad, and it looked more expensive than anything the cinema had "
    "ever shown before a feature, which was, oddly, the whole of the problem with it.",
)


@pytest.mark.parametrize(
    "line",
    [
        "First-year students at the end-of-term screening in the Arkwright Cinema.",
        "Volunteers in the projection room of the Forum Cinema on Market Place.",
        "The festival's jury at the closing night in Leeds.",
    ],
)
def test_a_noun_phrase_saying_who_is_where_is_a_lead_caption(line: str) -> None:
    assert furniture.LEAD_CAPTION.match(line)


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: an author's verbless opener that lists or speaks, a sentence with a verb,
        # a phrase that says where nothing is.
        "Three weeks, two festivals, one question.",
        "My notes from the booth at the Forum.",
        "Students gathered at the screening in the cinema.",
        "The screening was packed to the doors.",
        "A very long week of festival screenings.",
    ],
)
def test_an_opener_or_a_sentence_is_not(line: str) -> None:
    assert not furniture.LEAD_CAPTION.match(line)


def _news_page(*lines: str) -> str:
    head = ["Opinion", "The picture house that refused the robot usher", "By Priya Nandakumar"]
    return "\n".join([*head, "Published 3 November 2026", *lines])


def test_a_caption_under_the_share_bar_is_dropped() -> None:
    caption = "Volunteers in the projection room of the Forum Cinema on Market Place."
    cleaned = clean(_news_page("Share", "Facebook", "Email", caption, *_PROSE))
    assert caption not in cleaned.body
    assert cleaned.body.startswith(_PROSE[0])


def test_the_same_line_between_paragraphs_is_the_essays() -> None:
    # Only over the first paragraph, under the head's furniture, is a picture set there.
    line = "Volunteers in the projection room of the Forum Cinema on Market Place."
    cleaned = clean(_news_page("Share", "Facebook", "Email", _PROSE[0], line, _PROSE[1]))
    assert line in cleaned.body
