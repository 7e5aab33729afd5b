"""Review labels, forum dates and closing calls (tuning114's and tuning115's misses, issue 12):
a review's "Reviewed by" label alone on its line over the reviewer's name, a forum post's date
alone on its line in Title Case, and a wondering about others in the trade followed by a call to
say. Each near miss is the same words or shape where they are the page's headline or the
essay's own sentence."""

from __future__ import annotations

import pytest

from bot.headline import _reviewed_work, title_index
from bot.page_meta import find_author
from bot.page_units import Unit, is_junk, split_units


def _thread_head(title: str) -> list[Unit]:
    """A Discourse thread's head as pasted: the title far over the first post's header (its
    poster, then its date alone), the tags, the selection bar and the timeline's months
    between them."""
    head = [title, "Workflow", "ai", "corporate", "b-roll", "You have selected 0 posts."]
    head += ["select all", "cancel selecting", "Oct 2026", "1 / 6", "Oct 2026", "Nov 2026"]
    return split_units(
        "\n".join(["Frame Forum", "Sign Up", "Log In", *head, "", "dana_k", "Oct 27"])
    )


def test_a_posts_date_alone_is_not_its_title() -> None:
    # tuning115's Discourse paste: "Oct 27" in Title Case outscored a long headline in
    # sentence case standing far over the poster's header.
    units = _thread_head("Is anyone actually using generated footage in paid charity work?")
    assert title_index(units, len(units), len(units) - 2) == 3


def test_a_headline_opening_on_a_month_still_is() -> None:
    # Near miss: a headline in Title Case that opens on a month's name is no date.
    units = _thread_head("May Day at the Lido Was Shot on Real Film Stock")
    assert title_index(units, len(units), len(units) - 2) == 3


@pytest.mark.parametrize(
    ("texts", "i"),
    [
        # The label alone on its line, the reviewer's name under it, then the work and year
        # (tuning114's Letterboxd paste).
        (["Films", "Reviewed by", "Teodora Vass", "Harbour of Glass 2026", "★★½"], 3),
        (["Review by", "Teodora Vass", "Harbour of Glass (2026)"], 2),
    ],
)
def test_the_work_under_a_review_label_alone_is_not_the_title(texts: list[str], i: int) -> None:
    assert _reviewed_work(texts, i)


@pytest.mark.parametrize(
    ("texts", "i"),
    [
        # Near misses: a headline with a year under a byline that reviews nothing, and a
        # sentence about reviewing.
        (["Posted by", "Teodora Vass", "Harbour of Glass 2026"], 2),
        (["Written by", "Teodora Vass", "Harbour of Glass 2026"], 2),
    ],
)
def test_a_year_in_a_headline_near_another_byline_is_kept(texts: list[str], i: int) -> None:
    assert not _reviewed_work(texts, i)


@pytest.mark.parametrize(
    "line",
    [
        # Wondering how others in the trade go about it, then a call to say (tuning114's
        # LinkedIn article).
        "Curious how other producers are pricing revision rounds on generated work. Let me know "
        "in the comments.",
        "Wondering what other editors charge for conform on generated plates. Tell me below.",
    ],
)
def test_a_wondering_closed_by_a_call_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the wondering alone, stated as the writer's own thought about the trade,
        # and one followed by the writer's own doing.
        "Curious how other producers will price revision rounds once the tools settle.",
        "Curious how other producers are pricing revision rounds. I asked my accountant instead.",
    ],
)
def test_the_writers_own_wondering_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_review_label_alone_names_the_reviewer_over_the_work() -> None:
    # tuning114's Letterboxd paste: the label, the name under it, the film and its year.
    head = ["Films", "Reviewed by", "Teodora Vass", "Harbour of Glass 2026", "★★½"]
    assert find_author(head, []) == "Teodora Vass"
    # Near miss: a document's property sheet names whoever checked it, not its writer.
    assert find_author(["Reviewed by", "Leah Moran", "Status", "Draft"], []) is None
