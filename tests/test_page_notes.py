"""A page's notes on the text rather than the text (tuning70's misses, issue 12): an editor's
note set apart in square brackets, a serial post's trailer for its next one, a scholarly
page's metadata naming its writer family name first, and dates in the forms those pages write
them."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import read_html
from bot.page_meta import date_alone, page_date_order, parse_date, published_under_label
from bot.page_units import Unit, is_junk


@pytest.mark.parametrize(
    "line",
    [
        # tuning70's Hypothèses post opened on a note in French over an essay in English.
        "[This post is in English at the request of the seminar's international guests.]",
        "[Nota do editor: este texto saiu primeiro na revista do sindicato, em 2025.]",
        "[Updated on 3 March to correct the name of the festival.]",
    ],
)
def test_a_bracketed_note_on_the_text_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay's own sentences with a bracket in them, and a reference.
        "She called the insert [the generated street] the most honest shot in the film.",
        "[1] Marker, C. (1983). Sans Soleil. Argos Films",
        "[Sighs]",
    ],
)
def test_a_sentence_with_brackets_in_it_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # tuning70's itch.io devlog closed on its next one, exclaimed.
        "Next post: colour grading! I finally bought a monitor that tells the truth.",
        "Next update — the score.",
        "Next episode: the mixer who refused to use a generated crowd.",
    ],
)
def test_a_trailer_for_the_next_post_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        "Next week we paint the storm again, by hand and more slowly.",
        "Next post or not, I am done with generated seas!",
    ],
)
def test_the_essays_own_plans_are_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


_SCHOLARLY = """<html><head><title>{title}</title>
<meta name="citation_title" content="{title}" />
<meta name="citation_author" content="{meta}" />
</head><body><article><h1>{title}</h1><p class="byline">{byline}</p>
<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>"""
_BODY = (
    "Archive documentaries have always filled their gaps with devices the audience could read, "
    "and a generated insert is the first such device that hides its own seams from them."
)


def test_a_name_written_family_name_first_is_one_writer() -> None:
    page = _SCHOLARLY.format(
        title="Generated inserts", meta="Okonjo, Ifeoma", byline="Ifeoma Okonjo", body=_BODY
    )
    assert read_html(page)[1]["author"] == "Ifeoma Okonjo"


def test_two_writers_the_byline_does_not_join_are_two() -> None:
    page = _SCHOLARLY.format(
        title="Generated inserts", meta="Okonjo, Ifeoma", byline="Okonjo and Ifeoma", body=_BODY
    )
    assert read_html(page)[1]["author"] != "Ifeoma Okonjo"


# --- Dates written year first in numbers, and a date under its label on its own line ---------
# (tuning70's Naver blog, "2026. 10. 14. 21:37", and note.com, "2026年11月2日 19:05"; its Tildes
# topic's sidebar, "Posted" over "Nov 22, 2026")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2026. 10. 14. 21:37", "2026-10-14"),
        ("2026.10.15. 08:12", "2026-10-15"),
        ("2026年11月2日 19:05", "2026-11-02"),
        ("2026년 9월 8일", "2026-09-08"),
        ("2026/11/02", "2026-11-02"),
    ],
)
def test_a_date_written_year_first_is_read(line: str, iso: str) -> None:
    assert date_alone(line) == iso


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an address's path, a version number, no such month.
        "https://www.example.lv/opinion/2026/11/26/crowds",
        "Runway 2026.13.40 shipped today",
    ],
)
def test_numbers_that_are_no_date_are_not(text: str) -> None:
    assert parse_date(text) is None


def test_a_year_first_date_says_nothing_of_the_pages_order() -> None:
    # "3/4/2026" beside them is read as the page's one named date says (month first), not as
    # if the dates written year first put the day first.
    with page_date_order("2026年11月2日 · 2026年11月3日 · March 4, 2026 · 3/4/2026"):
        assert parse_date("3/4/2026") == "2026-03-04"


def test_a_date_under_its_label_is_the_posts() -> None:
    foot = ["Topic information", "Posted", "Nov 22, 2026", "Comments", "6"]
    assert published_under_label(foot) == "2026-11-22"


@pytest.mark.parametrize(
    "lines",
    [
        # Near misses: a commenter's name over the comment's date, and a label over a count.
        ["saffron_k", "Nov 22, 2026"],
        ["Posted", "14 comments"],
    ],
)
def test_a_date_under_another_line_is_not(lines: list[str]) -> None:
    assert published_under_label(lines) is None


def test_a_sidebar_dates_a_post_under_the_text() -> None:
    # A forum topic copied as text: its facts under the post, each label over its value.
    page = "\n\n".join(
        [
            "Generated crowds are cheaper than extras, and that is the whole problem",
            "posted by grip_and_gaffer",
            "Our last three shoots replaced their background casting with generated crowds. "
            "The producers call it a saving, and on the budget sheet it is one.",
            "But the people who used to stand in those crowds were paid for the day, and now "
            "nobody is. That is not a saving; it is a cost moved onto people with no say in it.",
            "Topic details",
            "Published",
            "14 Oct 2026",
            "Replies",
            "12",
        ]
    )
    assert clean(page).published == "2026-10-14"
