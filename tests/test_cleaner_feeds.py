"""bot.cleaner on posts in a feed and on a newsletter's last line: the labels a feed puts over a
post (whose post it is, whom it is shown to), a byline's name right under a short headline, a
call to hit reply, a channel's feed (its longest post is the essay) and a thread's numbering
("1/3"). Each rule has a near miss: a line that looks similar and must stay."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from tests.cleaner_essay import TRIMS

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


# --- A channel's feed and a numbered thread (tuning40's Telegram channel, tuning39's Threads) --


def _feed(posts: list[tuple[str, str]]) -> str:
    return "\n".join(
        ["Telegram", "Cutting Room", "@cuttingroom", "3.1K subscribers", ""]
        + [line for name, text in posts for line in (name, text, "1.9K views", "18:04")]
        + ["View in Telegram"]
    )


def test_a_channels_feed_is_its_longest_post_published_by_the_channel() -> None:
    posts = [
        ("Cutting Room", "Trailer for our short just dropped. Link in the chat."),
        ("Cutting Room", TRIMS),
        ("Cutting Room", "Reminder: screening night this Friday."),
    ]
    cleaned = clean(_feed(posts))
    assert cleaned.body == TRIMS
    assert cleaned.title is None
    assert cleaned.publication == "Cutting Room"
    assert "Trailer for our short just dropped. Link in the chat." in cleaned.removed


def test_a_thread_where_one_poster_speaks_three_times_is_no_feed() -> None:
    # Near miss: others' posts, with their own counters, come between the poster's.
    posts = [
        ("Cutting Room", TRIMS.split("\n\n")[0]),
        ("Dana Wells", "I disagree with most of this, honestly."),
        ("Cutting Room", "Fair, but the trims still come first."),
        ("Dana Wells", "We will see next season."),
        ("Cutting Room", "Reminder: screening night this Friday."),
    ]
    cleaned = clean(_feed(posts))
    assert cleaned.body.startswith(TRIMS.split("\n\n")[0])
    assert cleaned.publication != "Cutting Room"


# --- A channel's exported history (tuning62's Telegram export, tuning64's) ---------------------


def _export(posts: list[tuple[str, str, list[str]]]) -> str:
    """A channel's history exported and copied as text: the name over each message's time, the
    messages under their day's line."""
    lines = ["Cutting Room", "Exported Data", "Cutting Room", "12 May 2026"]
    for name, time, text in posts:
        lines += [name, time, *text]
    return "\n".join(lines)


def test_a_channels_export_is_its_longest_post_signed_by_its_writer() -> None:
    paragraphs = TRIMS.split("\n\n")
    cleaned = clean(
        _export(
            [
                ("Cutting Room", "18:05", ["Pinned message: screening night is on Friday."]),
                ("Cutting Room", "18:07", ["Photo", "No further comment.", "14 May 2026"]),
                ("Cutting Room", "21:16", ["Mira Kovač", *paragraphs]),
                ("Cutting Room", "21:40", ["Poll", "Would you watch them?", "212 votes"]),
            ]
        )
    )  # fmt: skip
    assert cleaned.body == TRIMS
    assert cleaned.title is None
    assert cleaned.publication == "Cutting Room"
    assert cleaned.author == "Mira Kovač"
    assert cleaned.published == "2026-05-14"  # the post's own day, not the export's first


def test_a_chat_where_two_names_stand_over_times_is_no_channels_export() -> None:
    # Near miss: a conversation (two speakers over their times) is no channel's feed, so its
    # first speaker publishes nothing.
    paragraphs = TRIMS.split("\n\n")
    cleaned = clean(
        _export(
            [
                ("Cutting Room", "18:05", ["Pinned message: screening night is on Friday."]),
                ("Dana Wells", "18:07", ["I disagree with most of this, honestly."]),
                ("Cutting Room", "21:16", paragraphs),
            ]
        )
    )
    assert cleaned.publication != "Cutting Room"


def _numbered_thread(first: str) -> str:
    parts = [
        first,
        "They are pretty and interchangeable, and interchangeable images are what editing "
        "removes from a cut. 2/3",
        "Small productions still gain something real from the tools, and I would not pretend "
        "otherwise. 3/3 🎬",
    ]
    posts = [line for part in parts for line in ("cutter.jo", "2d", part, "Translate", "41")]
    reply = ["dana.w", "1d", "Interchangeable is going on a tshirt, honestly.", "Translate", "3"]
    return "\n".join(["Log in", "Thread", *posts, *reply, "Log in to see more replies."])


def test_a_threads_numbering_ends_no_sentence_so_its_first_post_is_text() -> None:
    first = "I cut trailers for a decade and I trim the generated shots first. Here is why. 🧵 1/3"
    cleaned = clean(_numbered_thread(first))
    assert cleaned.body.startswith(first)
    assert cleaned.title is None
    assert "Interchangeable is going on a tshirt" not in cleaned.body
    assert cleaned.author == "cutter.jo"


def test_only_a_number_set_after_a_sentence_is_a_threads_numbering() -> None:
    from bot.page_units import ends_sentence

    assert ends_sentence("We still have to make it stand up. 5/5 🪚")
    assert ends_sentence("Here is why. 🧵 1/5")
    # Near misses: the numbering after words that end no sentence, a date run into the words.
    assert not ends_sentence("My rule for generated shots in a cut is 1/3")
    assert not ends_sentence("We shot it in the 2024/25 season")
