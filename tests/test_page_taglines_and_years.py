"""The rules written for tuning80's last misses (issue 12): a lead picture's caption pasted
between a news page's head and its text, a blog's tagline between its name and a menu whose
landmark comes late ("Ask me anything" / … / "Search"), the person a tagline names by their
pronouns, a byline's name over a date without its year, and that year read off the page's
copyright line. Their variants on pages are in tests/fixtures/pages/tuning83."""

from __future__ import annotations

import pytest

from bot import furniture
from bot.cleaner import clean
from bot.page_meta import bare_name, find_author, yearless_date

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


_TAGLINE = "film notes kept by Rosalind Achebe · they/them · editor, sometime projectionist"


def test_a_tagline_over_a_menu_whose_landmark_comes_late_is_not_the_title() -> None:
    page = ["Cutaway", _TAGLINE, "About", "Archive", "Photos", "Search", ""]
    cleaned = clean("\n".join([*page, "the cut is where the argument lives", "", *_PROSE]))
    assert cleaned.title == "the cut is where the argument lives"
    assert cleaned.author == "Rosalind Achebe"


def test_a_standfirst_over_a_share_bar_leaves_the_headline() -> None:
    # Near miss: a share bar has no landmark ("Home", "Search"): the headline over the
    # standfirst is no site's name, and stays the title.
    page = ["Why the Pre-Show Went Back to Slides", "a cinema's short trial of a generated reel"]
    cleaned = clean("\n".join([*page, "Share", "Facebook", "Email", "", *_PROSE]))
    assert cleaned.title == "Why the Pre-Show Went Back to Slides"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (_TAGLINE, "Rosalind Achebe"),
        ("the projection-booth notes of Odile Marsh · she/her · 35mm and 70mm", "Odile Marsh"),
    ],
)
def test_a_tagline_names_its_owner_by_their_pronouns(line: str, name: str) -> None:
    assert find_author(["Cutaway", line], []) == name


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: pronouns after no name, a name with no pronouns, pronouns not its part.
        "notes on projection · they/them · Glasgow",
        "film notes kept by Rosalind Achebe · editor, sometime projectionist",
        "film notes kept by Rosalind Achebe · they asked for them back",
    ],
)
def test_a_tagline_without_a_persons_pronouns_names_nobody(line: str) -> None:
    assert find_author(["Cutaway", line], []) is None


@pytest.mark.parametrize(
    "lines",
    [["Marta Quell", "Mar 14", "5 min read"], ["Noor Haddad-Lowe", "-   Sep 3", "-   4 min read"]],
)
def test_a_name_over_a_date_without_its_year_is_a_byline(lines: list[str]) -> None:
    assert bare_name(lines, 0) == lines[0]


def test_a_name_over_a_line_that_only_starts_like_a_date_is_not() -> None:
    assert bare_name(["Marta Quell", "March of the Projectionists"], 0) is None


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("© 2026 Wrenfield Pictures · Documentary and wedding films", "2026-09-03"),
        ("Copyright © 2019–2026 Lantern & Lathe Studio", "2026-09-03"),
        ("Created: September 12, 2026\n© 2026 Wrenfield Pictures", "2026-09-03"),
    ],
)
def test_a_yearless_day_takes_the_year_of_the_copyright_line(page: str, day: str) -> None:
    assert yearless_date(["Noor Haddad-Lowe", "-   Sep 3"], page) == day


@pytest.mark.parametrize(
    "page",
    [
        # Near misses: no copyright line, two years to choose from, a page saved before the
        # day would have come in that year: a wrong date is worse than none.
        "Documentary and wedding films · Shropshire",
        "© 2025 Wrenfield Pictures\n© 2026 Wix.com",
        "Created: August 20, 2026\n© 2026 Wrenfield Pictures",
    ],
)
def test_a_yearless_day_is_left_undated_when_the_page_gives_no_one_year(page: str) -> None:
    assert yearless_date(["Noor Haddad-Lowe", "-   Sep 3"], page) is None
