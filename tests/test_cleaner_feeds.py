"""bot.cleaner on posts in a feed and on a newsletter's last line: the labels a feed puts over a
post (whose post it is, whom it is shown to), a byline's name right under a short headline, and
a call to hit reply. Each rule has a near miss: a line that looks similar and must stay."""

from __future__ import annotations

import pytest

from bot.cleaner import clean

OPENING = (
    "Our festival screened eleven shorts this year that used generated shots, and I sat through "
    "every one of them with a notebook on my knee."
)
MIDDLE = (
    "The best of them used the tools for weather and crowds, the parts nobody could afford, and "
    "kept the cameras on the actors for everything that mattered."
)
CLOSING = (
    "The worst let the model choose the look, and you could feel the film go slack the moment "
    "it did, however pretty the frames were."
)
ESSAY = [OPENING, MIDDLE, CLOSING]


def _paste(*lines: str) -> str:
    return "\n".join(lines)


# --- A feed's post: the labels over it are not its title; its poster and group are -------------

GROUP_HEAD = ["Harbour Shorts Circle", "Private group", "·", "6.1K members", "Joined", "Share"]


def test_a_group_post_shown_to_the_groups_members_is_by_its_poster_in_the_group() -> None:
    page = _paste(
        *GROUP_HEAD,
        "Ines Morland",
        "Top contributor",
        "·",
        "3d",
        "·",
        "Shared with Members of Harbour Shorts Circle",
        *ESSAY,
    )
    cleaned = clean(page)
    assert cleaned.title is None
    assert cleaned.author == "Ines Morland"
    assert cleaned.publication == "Harbour Shorts Circle"
    assert cleaned.body.startswith(OPENING)


def test_the_group_a_post_is_shown_to_publishes_it_under_the_platforms_menu() -> None:
    page = _paste(
        "Workplace", "Home", "Groups", "Chats", "Notifications",
        "Ines Morland", "·", "3d", "·", "Shared with Members of Harbour Shorts Circle", *ESSAY,
    )  # fmt: skip
    assert clean(page).publication == "Harbour Shorts Circle"


def test_a_post_shown_to_the_public_names_no_group() -> None:
    page = _paste("Ines Morland", "·", "5h", "·", "Shared with Public", *ESSAY)
    cleaned = clean(page)
    assert cleaned.title is None
    assert cleaned.author == "Ines Morland"
    assert cleaned.publication is None


def test_a_sentence_about_sharing_with_members_is_the_essays() -> None:
    line = "Shared with members of the crew, the cut landed differently."
    cleaned = clean(_paste("Ines Morland", "·", "5h", *ESSAY, line))
    assert line in cleaned.body


def test_a_feeds_label_naming_the_post_by_its_poster_is_no_title() -> None:
    page = _paste(
        "Home",
        "My Network",
        "For Business",
        "Ines Morland’s Post",
        "Ines Morland",
        "Ines Morland",
        "Festival programmer at Harbour Shorts",
        "2w •",
        "Follow",
        *ESSAY,
    )
    cleaned = clean(page)
    assert cleaned.title is None
    assert cleaned.author == "Ines Morland"


@pytest.mark.parametrize("headline", ["Hitchcock’s Post-War Films", "Ines Morland’s Last Post"])
def test_a_headline_with_a_possessive_stays_the_title(headline: str) -> None:
    page = _paste(headline, "By Ines Morland", "March 4, 2026", "", *ESSAY)
    assert clean(page).title == headline


# --- A short headline right over its byline's name and date ------------------------------------


def test_a_short_headline_over_a_name_and_its_date_is_the_title() -> None:
    page = _paste(
        "Night Reels", "Subscribe", "Sign in", "The Rushes Box", "Ines Morland", "Apr 9, 2026",
        "12", "Share", *ESSAY,
    )  # fmt: skip
    cleaned = clean(page)
    assert cleaned.title == "The Rushes Box"
    assert cleaned.author == "Ines Morland"
    assert cleaned.publication == "Night Reels"


def test_a_short_line_between_menu_items_over_no_byline_is_still_a_menu_item() -> None:
    page = _paste("Night Reels", "Home", "The Archive", "About", "", *ESSAY)
    assert clean(page).title != "The Archive"


# --- A closing call to hit reply, addressed to nobody first ------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "Hit reply and tell me what your festival looked like this year. I read every one.",
        "Just hit reply with the worst generated shot you saw this month.",
        "Drop me a line with the shorts I should have programmed.",
        "Email me the film you think I got wrong.",
        # Addressed first to whoever among the readers has something to tell.
        "If anyone has a workflow for matching generated crowds, message me, I want to learn.",
        "If any of you programmed a generated short this year, drop me a line.",
    ],
)
def test_a_call_to_reply_or_write_in_is_dropped(call: str) -> None:
    cleaned = clean(_paste(*ESSAY, call))
    assert call not in cleaned.body
    assert cleaned.body.endswith(CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "Tell me a generated shot has ever made you cry, and I will show you a real one.",
        "Hit pause on the hype long enough to watch who is on screen.",
        "Reply guys will say the tools are early, and they have said so for two years.",
        "Writing back to the programmers, I said the same thing twice.",
        "If anyone tells you the tools are free, ask them who reviews the output.",
    ],
)
def test_an_authors_imperative_or_reply_that_asks_no_mail_stays(line: str) -> None:
    assert line in clean(_paste(*ESSAY, line)).body
