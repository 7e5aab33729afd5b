"""tuning79's misses (issue 12), each rule with near misses: a pointer to the comment its poster
pinned, however it is put there; a views line's category after its date; a list of other
stories under a "Read more:" label; a closing question put to others; a user name the page
writes in full. The variant of the last on a page is in tuning81, with a site named only in its
"Discover more from …" box."""

from __future__ import annotations

import pytest

from bot import furniture
from bot.cleaner import clean
from bot.page_meta import date_alone

_PROSE = (
    "The brief is always the same: make our real footage look like the generated reference, "
    "warm highlights and lifted blacks and grain that crawls across the frame.",
    "Real negative never had grain that moved like that, and the model learned film from a "
    "decade of phone filters imitating it, so it teaches clients to want the imitation.",
    "I can get close, but every step closer makes the real actors look a little less like "
    "people standing in a real street, and that is the part nobody budgets for.",
)


@pytest.mark.parametrize(
    "line",
    [
        # tuning79's YouTube description: "… are pinned in the first comment."
        "The shot list and both LUTs are posted in the first comment.",
        "Every reference is linked in the pinned comment!",
        # tuning79's LinkedIn post closed on its question to the others in its trade.
        "Wondering how other colourists are pricing this?",
        "Curious whether anyone else has had a broadcaster ask for the prompts?",
    ],
)
def test_a_pointer_to_the_comments_or_a_question_to_others_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # The comments talked about, nothing pointed to.
        "The best note I ever got was buried in the top comment of a thread, and it changed how "
        "I cut.",
        # Wondering about others, asking them nothing.
        "I am curious what others will make of it once the films are out.",
        "I'm curious whether other studios are going to follow.",
        # A question the essay asks itself.
        "Why would a studio pay for footage it can generate?",
    ],
)
def test_the_essays_own_line_is_kept(line: str) -> None:
    assert not furniture.JUNK.search(line)


def test_a_views_lines_category_after_its_date_leaves_the_date() -> None:
    # tuning79's YouTube paste: "61,904 views  Oct 22, 2026  Video essays".
    assert date_alone("1,204 views  Mar 3, 2026  Film & Animation") == "2026-03-03"
    assert date_alone("1,204 views  Mar 3, 2026  Education") == "2026-03-03"
    # A description opening on the views line is no category: no date alone.
    assert date_alone("1,204 views  Mar 3, 2026  Why we stopped cutting on the action") is None


def test_a_list_of_other_stories_under_read_more_is_furniture() -> None:
    # tuning79's paper clipped by MarkDownload: "READ MORE:" over two headlines as a list.
    links = ["* Harbour cinema reopens after two-year refit", "* Film school adds a course on AI"]
    for label in ("See also:", "Also read:"):
        page = "\n\n".join([_PROSE[0], label, "\n".join(links), *_PROSE[1:]])
        cleaned = clean(page, markdown=True)
        assert not any(link[2:] in cleaned.body for link in links)
        assert all(p in cleaned.body for p in _PROSE)


def test_the_essays_own_list_under_its_paragraph_is_kept() -> None:
    items = ["* We cut the trailer on a Tuesday night", "* We graded it again on the Friday"]
    page = "\n\n".join([_PROSE[0], "\n".join(items), *_PROSE[1:]])
    cleaned = clean(page, markdown=True)
    assert all(item[2:] in cleaned.body for item in items)


@pytest.mark.parametrize(
    ("handle", "named"),
    [
        ("kestrelmoss", "Kestrel Moss"),
        ("kestrel_moss", "Kestrel Moss"),
        # Not the byline's name run together: the metadata's stands.
        ("kmoss", None),
        ("Jo Marsh", None),
    ],
)
def test_a_user_name_the_byline_writes_in_full_is_the_bylines_name(
    handle: str, named: str | None
) -> None:
    page = "\n\n".join(["The grain nobody shot", "By Kestrel Moss", "March 2, 2026", *_PROSE])
    assert clean(page, markdown=True, author=handle).author == named
