"""A page's notes on the text rather than the text (tuning70's misses, issue 12): an editor's
note set apart in square brackets, a serial post's trailer for its next one, and a scholarly
page's metadata naming its writer family name first."""

from __future__ import annotations

import pytest

from bot.html_page import read_html
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
