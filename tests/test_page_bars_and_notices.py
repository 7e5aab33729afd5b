"""Link bars, browser notices, ad slots and closing lines (tuning108's and tuning109's misses,
issue 12): a Markdown line of links side by side, a notice about the reader's browser, an ad
slot's label over its copy and link, a creator's thanks for what supporters give, a wish to
hear how others go about it with no "to know", a tab's title closed by a spaced colon. Each
near miss is the essay's own sentence in the same words or shape, or a line that names
something else."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.importer import _tab_title
from bot.page_units import Unit, is_furniture, is_junk, split_units


def test_a_line_of_links_side_by_side_is_a_menu_bar() -> None:
    bar = "[Home](/) [Shop](/shop) [Memberships](/tiers) [Posts](/posts) [Gallery](/gallery)"
    unit = split_units(bar + "\n", True)[0]
    assert unit.text == "Home · Shop · Memberships · Posts · Gallery"
    assert is_furniture(unit)
    # Near misses: a sentence with links in it, and three links (a breadcrumb's, a byline's).
    prose = "I cut [the teaser](/t) on [Resolve](/r), graded it in [Baselight](/b) for [Ana](/a)."
    assert split_units(prose + "\n", True)[0].text == (
        "I cut the teaser on Resolve, graded it in Baselight for Ana."
    )
    assert split_units("[Home](/) [Blog](/blog) [Post](/p)\n", True)[0].text == "Home Blog Post"


@pytest.mark.parametrize(
    "line",
    [
        "JavaScript is disabled. For a better experience, please enable JavaScript in your "
        "browser before proceeding.",
        "Cookies are disabled. Please enable cookies in your browser to stay logged in.",
        "You need to enable JavaScript to run this app.",
    ],
)
def test_a_notice_about_the_readers_browser_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the writer's sentences about scripts and cookies.
        "JavaScript is disabled on the festival's kiosks, so the trailer never played.",
        "The studio asked us to enable cookies on the review site, and I refused.",
    ],
)
def test_the_essays_own_sentence_about_a_browser_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_an_ad_slot_takes_its_copy_and_its_link_between_paragraphs() -> None:
    before = (
        "The risk is not the technology but the contracts, and the contracts are written by "
        "people who have never sat in a grading suite or waited for a render to finish overnight."
    )
    after = (
        "There is also a quality trap. Generated plates are clean in a way photography is not, "
        "and the composite looks wrong because the sky is too perfect for the lens."
    )
    ad = "Resolve the render queue. Cloud rendering from 9p per node-hour."
    page = f"{before}\n\nAdvertisement\n{ad}\nFind out more\n\n{after}\n"
    body = clean(page).body
    assert ad not in body
    assert after in body
    # Near miss: a slot whose ad is gone, over a "READ MORE:" label and the essay.
    page = f"{before}\n\nAdvertisement\n\nREAD MORE:\n\n{after}\n"
    assert after in clean(page).body


@pytest.mark.parametrize(
    "line",
    [
        "Thank you, all of you, for the coffees that keep the lights on and the felt coming.",
        "Thanks, everyone, for the tips that paid for the new microphone.",
        "I'd be curious how other line producers are drawing it.",
    ],
)
def test_thanks_for_what_supporters_give_and_a_wish_to_hear_from_others_are_furniture(
    line: str,
) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: thanks for something else, and the writer's own wondering.
        "Thank you, all of you, for the patience my crew showed on that shoot.",
        "I'd be curious how the film would have looked on celluloid.",
    ],
)
def test_the_essays_own_thanks_and_curiosity_are_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_tab_title_closed_by_a_spaced_colon_names_the_community() -> None:
    body = "## Our Veo pitch reel lost us the job\n\nLong-ish post, sorry.\n"
    assert _tab_title("Our Veo pitch reel lost us the job : r/Filmmakers", None, body) == (
        "Our Veo pitch reel lost us the job",
        "r/Filmmakers",
    )
    # ... shown as a heading's link to the post (old Reddit's), where a heading linking to the
    # site's home is the site's name, not the title after it.
    body = "## [Editors are labelling shots](https://old.reddit.com/r/editors/comments/1h2k/x/)\n"
    assert _tab_title("Editors are labelling shots : editors", None, body) == (
        "Editors are labelling shots",
        "editors",
    )
    body = "## [Lantern & Lens](https://lanternandlens.org/)\n\nEvery summer we film.\n"
    assert _tab_title("What the hall learned – Lantern & Lens", None, body) is None
    # Near miss: a headline's own colon, unspaced before it, is the headline's.
    body = "## Veo: a review\n\nIt is good.\n"
    assert _tab_title("Veo: a review", None, body) is None
