"""bot.cleaner, bot.headline, bot.html_page, bot.page_site and bot.furniture: the rules written
for what tuning85 (12 pages of trade press, community and discussion sites, written blind; the
former heldout45) got wrong (issue 12): a post credited to the member a community's sidebar
names, a reply under a forum's newer profile layout kept as the post's, a column's label read as
the headline, a clipper's header over a page that lost its headline, a masthead's section read as
the publication, and a paywall's meter, a sign-up box, a newsroom's appeal and a pointer to an
address for questions stored as the essay's.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Variant pages are in tests/fixtures/pages/tuning87.
"""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import read_html
from bot.page_units import Unit, is_furniture
from tests.cleaner_essay import ESSAY

_SIDEBAR_FIRST = """<html><head><title>Plates at night</title></head><body>
<div class="panel"><p>A community for camera crews.</p>
<p>founded by <a class="author" href="https://example.org/user/{founder}">{founder}</a></p></div>
<div class="post"><p class="title">Plates at night</p>
<p>posted by <a class="author" href="https://example.org/user/{poster}">{poster}</a></p>
<div class="body"><p>{essay}</p></div></div></body></html>"""


def test_the_profile_linked_last_over_the_post_is_its_posters() -> None:
    # A community's sidebar copied over the post names its founder first, in the markup
    # trafilatura takes an author from: the post's own header is nearer the text.
    essay = ESSAY.replace("\n\n", "</p><p>")
    page = _SIDEBAR_FIRST.format(founder="quay_admin", poster="night_loader", essay=essay)
    assert read_html(page)[1]["author"] == "night_loader"
    # Near miss: the founder posting in their own community is still the poster.
    page = _SIDEBAR_FIRST.format(founder="quay_admin", poster="quay_admin", essay=essay)
    assert read_html(page)[1]["author"] == "quay_admin"


_PROFILED_THREAD = """Plates at night
By Hal Brennick, October 3, 2026 in Lighting
Hal Brennick
Hal Brennick
Premium Member
Posted October 3, 2026

{essay}

{button}
Tyler Vasquez
Tyler Vasquez
Basic Member
 48
 221 posts
Location: Austin, TX
Posted October 3, 2026

Same van problem on a commercial in the spring. We softened the plates and lived with it.
"""


def test_a_reply_header_may_show_its_profile_over_its_date() -> None:
    # Invision's newer layout: the button's reactions count under it, then the replier's name
    # twice (avatar, link) over their profile, the date last.
    reply = _PROFILED_THREAD.strip().splitlines()[-1]
    cleaned = clean(_PROFILED_THREAD.format(essay=ESSAY, button="Quote\n 4"))
    assert cleaned.body == ESSAY
    assert reply not in cleaned.body
    # Near miss: a sentence of the post over the name, no button: nothing marks a reply.
    cleaned = clean(_PROFILED_THREAD.format(essay=ESSAY, button="That was all I had to say."))
    assert reply in cleaned.body


def test_a_columns_label_over_the_headline_is_no_headline() -> None:
    head = "{label}\n{headline}\nPosted on 21 July 2026 by Priya Natarajan\n\n"
    headline = "What 412 members told us about generated footage"
    page = head.format(label="From the Chair", headline=headline) + ESSAY
    assert clean(page).title == headline
    # Near miss: a Title Case headline going somewhere ("From … to …") over its standfirst.
    page = head.format(label="From Script to Screen", headline=headline) + ESSAY
    assert clean(page).title == "From Script to Screen"


def _clipped(tab: str) -> str:
    return (
        f"# {tab}\n\n> ## Excerpt\n> One weekend, forty-one teams and a rule about generated "
        "shots, seen from the inside by a jam veteran.\n\n---\n"
        "[Skip to main content](#main)\n\n[![Reel Street](https://reelstreet.com/logo.svg)]"
        "(https://reelstreet.com/)\n\n-   [News](https://reelstreet.com/news)\n"
        "-   [Gear](https://reelstreet.com/gear)\n\n"
        "By [Jordan Keel](https://reelstreet.com/u/jordan-keel) · Staff Writer\n\n"
        f"November 2, 2026\n\n{ESSAY}"
    )


def test_a_clippers_tab_title_is_the_headline_when_the_page_lost_its_own() -> None:
    # MarkDownload keeps the article's body only: its header's tab title is the headline, the
    # site after its separator, which the page names again (its logo).
    cleaned = clean(_clipped("Taste Is the Whole Job | Reel Street"), markdown=True)
    assert cleaned.title == "Taste Is the Whole Job"
    assert cleaned.publication == "Reel Street"  # not the writer's role beside the byline
    assert cleaned.author == "Jordan Keel"
    assert not any("forty-one teams" in p for p in cleaned.body.split("\n\n"))
    # Near miss: a headline whose part after a dash the page names nowhere else stays whole.
    cleaned = clean(_clipped("Taste Is the Whole Job – Mostly"), markdown=True)
    assert cleaned.title == "Taste Is the Whole Job – Mostly"


def test_an_issue_named_with_its_publication_names_the_publication() -> None:
    head = "Features · Issue 38 · Summer 2026\n\nBy Oluwaseun Adebayo\n\n2 June 2026\n\n"
    foot = "\n\nThis article appears in Issue 38 of {whose}. Buy the issue"
    page = head + ESSAY + foot.format(whose="Frame & Field")
    assert clean(page, markdown=True).publication == "Frame & Field"
    # Near miss: an issue of no name ("of our print edition") names nobody.
    page = head + ESSAY + foot.format(whose="our print edition")
    assert clean(page, markdown=True).publication != "our print edition"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # A paywall's meter with its prompt after it.
        (
            "You have 1 free article remaining this month. Subscribe from £4.99 a month or "
            "sign in.",
            True,
        ),
        ("You have 2 free articles left this month. That is the business model in a line.", False),
        # A sign-up box on one line: its call, its blurb, its button.
        ("Sign up to Frame & Field Weekly. The best of our features, every Friday. Sign up", True),
        ("Join the union. It is the only protection we have. Sign up.", False),
        # A newsroom's appeal closing a line.
        (
            "Documentary Frame is a nonprofit newsroom. If this column was useful to you, "
            "support our work.",
            True,
        ),
        ("Funders who say they support our work rarely pay for the edit.", False),
        # Where questions can go: an address.
        ("Questions about eligibility can go to programme@tidewatershorts.org.", True),
        ("Questions about authorship can go to court now.", False),
    ],
)
def test_appeals_and_pointers_by_their_shape(line: str, furniture: bool) -> None:
    unit = Unit(text=line, indent=0, gap=1, heading=False)
    assert is_furniture(unit) is furniture
