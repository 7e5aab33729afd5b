"""Forum clips, consent walls, regional papers and clipped tabs (tuning105's and tuning106's
misses, issue 12): a Markdown escape in a clipped user name, a question put to the others on
the forum, a consent wall in the IAB's words, a paper published by a company named after its
region, a blog's note on where the post is filed, a forum's "Thread starter … Start date …"
line, a tab titled by its poster before the headline or with its site after a bullet, a
platform named by a profile's address, a clipper's excerpt lost as a pull quote. Each near miss
is the essay's own sentence in the same words or shape, or a line that names something else."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.furniture import consent_text
from bot.importer import _tab_title
from bot.page_meta import find_author, is_age
from bot.page_site import find_publication, profile_platforms
from bot.page_units import Unit, is_end, is_junk, split_units


def test_a_markdown_escape_is_the_mark_it_escapes() -> None:
    units = split_units("[salt\\_and\\_silver](https://forum.example/u/salt_and_silver)\n", True)
    assert units[0].text == "salt_and_silver"
    # Near misses: an escaped star is no emphasis, and emphasis is still markup.
    assert split_units("Required fields are marked \\*\n", True)[0].text == (
        "Required fields are marked *"
    )
    assert split_units("a \\*literal\\* star and **bold**\n", True)[0].text == (
        "a *literal* star and bold"
    )


def test_a_posts_date_may_put_the_day_first() -> None:
    # A thread in British English (tuning107's Flarum clip): "14 Oct" under the poster's name.
    assert is_age("14 Oct")
    assert is_age("Oct 14")
    # Near misses: a count of something, and a paragraph's number.
    assert not is_age("14 comments")
    assert not is_age("14")


@pytest.mark.parametrize(
    "line",
    [
        # A poster's question to the others on the forum (tuning105's Discourse clip).
        "Is that enough? Where do other doc makers here draw the line?",
        "How do other editors on this forum handle it?",
        "How do the rest of you handle consent forms?",
    ],
)
def test_a_question_to_the_forum_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


def test_a_blogs_note_on_where_the_post_is_filed_ends_it() -> None:
    # tuning106's WordPress clip, and the theme's older wording.
    assert is_end(
        Unit(
            "This entry was posted in Film Nights and tagged Brackwater, village hall. Bookmark "
            "the permalink.",
            0,
            1,
        )
    )
    assert is_end(Unit("This entry was posted on May 4, 2026 and is filed under News.", 0, 1))
    # Near miss: the writer's sentence about when the post was written.
    assert not is_end(Unit("This post was posted in anger, and I stand by every word of it.", 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the writer's own questions, asking nobody on the page.
        "Where do other directors draw the line?",
        "What do other filmmakers owe their audience?",
    ],
)
def test_the_essays_own_question_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_consent_wall_in_the_iabs_words_is_one() -> None:
    assert consent_text(
        "We and our 142 partners store and access information on your device, such as "
        "cookies, to personalise ads and content, measure performance and develop services."
    )
    # Near miss: an essay on personalised feeds, in a few of the same words.
    assert not consent_text(
        "The platform's partners personalise content for every viewer, and the device in "
        "your pocket decides what the film looks like."
    )


def test_a_regional_publisher_names_the_paper_after_its_region() -> None:
    head = ["Skip to main content", "The Severn Chronicle", "Menu", "Search"]
    tail = ["© 2026 Severn Valley Newspapers Ltd. All rights reserved."]
    assert find_publication(head, tail, None) == "The Severn Chronicle"
    # Near miss: a paper named after another place is not the company's.
    head = ["Skip to main content", "The Wye Chronicle", "Menu", "Search"]
    assert find_publication(head, tail, None) == "Severn Valley Newspapers"


def test_a_forums_thread_line_is_a_byline_not_a_headline() -> None:
    assert find_author(["Thread starter marlowe_k Start date Nov 3, 2026"], []) == "marlowe_k"
    page = "\n".join(
        [
            "Shooters' Lounge",
            "Forums",
            "New posts",
            "Search forums",
            "Log in",
            "We used Sora for every shot. Post-mortem inside.",
            "Thread starter marlowe_k Start date Nov 3, 2026",
            "Tags",
            "sora",
            "48 hour film",
            "post-mortem",
            "",
            "marlowe_k",
            "Member",
            "Nov 3, 2026",
            "Our team did the city challenge again last weekend, and this year we made a "
            "decision that I want to write up while it is fresh in my mind.",
            "It worked, mechanically, and we finished with an hour to spare for the first "
            "time ever, which went on the sound mix.",
        ]
    )
    assert clean(page).title == "We used Sora for every shot. Post-mortem inside."


def test_a_tab_titled_by_its_poster_before_the_headline() -> None:
    body = "\n## the dream sequence problem\n\nok so i finally watched it.\n"
    assert _tab_title("velvetstatic — the dream sequence problem", "velvetstatic", body) == (
        "the dream sequence problem",
        None,
    )
    # Near miss: a blog's name there is the site's.
    assert _tab_title("Static Notes — the dream sequence problem", "velvetstatic", body) == (
        "the dream sequence problem",
        "Static Notes",
    )


def test_a_user_name_linking_to_its_profile_names_the_platform() -> None:
    raw = "[velvetstatic](https://www.tumblr.com/velvetstatic)\n"
    assert profile_platforms(raw) == {"velvetstatic": "Tumblr"}
    # Near miss: a name linking to another page on the platform is no profile.
    assert profile_platforms("[velvetstatic](https://www.tumblr.com/explore)\n") == {}


def test_a_tab_names_its_site_after_a_bullet_over_a_lost_excerpt() -> None:
    opening = (
        "The first feature I know of where every exterior was generated and every interior "
        "was built and lit by hand."
    )
    page = "\n".join(
        [
            "# ‘Hollow Tide’ review by Inés Arroyo • Letterboxd",
            "",
            "> ## Excerpt",
            # (cut short where the text goes on: a pull quote of it, taken out)
            "> The first feature I know of where every exterior was generated and every "
            "interior was built…",
            "",
            "---",
            "",
            "Review by Inés Arroyo",
            "",
            opening,
            "",
            "I went in ready to hate it and came out half in love, which is more than I can "
            "say for most of what the year has brought.",
            "",
            "© Letterboxd Limited. Made by fans in Aotearoa New Zealand.",
        ]
    )
    assert clean(page, markdown=True).title == "‘Hollow Tide’ review by Inés Arroyo"
