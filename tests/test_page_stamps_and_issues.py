"""bot.furniture, bot.page_site and bot.cleaner: the rules written for what tuning91 (12 pages
of news and discussion, written blind; the former heldout48) got wrong (issue 12): a poster's
edit note that they never expected the replies, a video's note on fair use with its purpose
first, a creator's thanks to backers on a platform after a pointer to what is below, a print
issue named by its date, a clipper's tab title adding the site after a spaced colon, a forum's
edit stamp with its reason and the poster's signature under the post.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Variant pages are in tests/fixtures/pages/tuning93.
"""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.page_site import find_publication
from bot.page_units import Unit, is_furniture
from tests.cleaner_essay import CLOSING, ESSAY, MIDDLE, OPENING


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # An edit note about how the thread took it, with no thanks in it.
        ("Edit: wow, did not expect this many replies. Trying to get to everyone.", True),
        ("Update: never expected this many comments, reading them all tonight.", True),
        ("Edit: I did not expect the budget to matter, but the replies are right about it.", False),
        # Fair use, its purpose first.
        ("Clips used for criticism and review under fair use.", True),
        ("Footage used for commentary under fair dealing.", True),
        ("Clips used for criticism are still clips, whatever fair use says about them.", False),
        # Thanks to backers named by their platform, what they made possible, after a pointer.
        (
            "Chapters and sources below. Thank you to everyone on Patreon who made this possible.",
            True,
        ),
        ("Thank you to everyone on Nebula who made the research trips possible.", True),
        ("Links below. Thank you to everyone who made it to the screening in the rain.", False),
        ("Thank you to everyone on set who made the shoot possible, and to the weather.", False),
    ],
)
def test_notes_to_the_thread_and_the_backers_by_their_shape(line: str, furniture: bool) -> None:
    unit = Unit(text=line, indent=0, gap=1, heading=False)
    assert is_furniture(unit) is furniture


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        (
            "This essay appears in the Autumn 2026 print issue of Offscreen Quarterly.",
            "Offscreen Quarterly",
        ),
        ("A version of this piece ran in the March 2026 issue of Frame Notes.", "Frame Notes"),
        # An issue at stake, not an issue of a magazine.
        ("The 2026 issue of Consent is the one nobody on the jury wanted to raise.", None),
        ("It raises the issue of Provenance, which no festival has settled.", None),
    ],
)
def test_a_print_issue_named_by_its_date_names_its_publication(
    line: str, publication: str | None
) -> None:
    assert find_publication([], [line], "Jane Doe") == publication
    # Over the sign-up box of the magazine's letter, the magazine publishes the piece.
    boxed = [line, "Sign up for The Reel Letter", "Our weekly pick of essays."]
    assert find_publication([], boxed, "Jane Doe") == (publication or "The Reel Letter")


def test_a_masthead_goes_before_the_shortened_name_of_a_dated_issue() -> None:
    head = ["REELSIDE MAGAZINE", "Features"]
    tail = [
        "This article appears in the July 2025 issue of Reelside. Subscribe.",
        "Reelside Magazine (c) 2025 Reelside Media Group. All rights reserved.",
    ]
    assert find_publication(head, tail, "Carla Montoya-Finch") == "Reelside Magazine"


_OLD_REDDIT_CLIP = """# {tab}

> ## Excerpt
> {opening}

---
[r/editors](https://old.reddit.com/r/editors/)

[{headline}](https://old.reddit.com/r/editors/comments/1p/x/) {addition}

submitted 3 days ago by [quietcutAE](https://old.reddit.com/user/quietcutAE)

{essay}
"""


def test_a_tab_title_may_add_its_site_after_a_spaced_colon() -> None:
    # MarkDownload's header over old Reddit: the tab adds " : editors" to the headline the page
    # shows under it (its "(self.editors)" is the link's domain): the header is the clipper's,
    # its excerpt of the opening paragraph included.
    headline = (
        "Generated temp shots are changing how we lock picture, and I can't decide if that's good"
    )
    opening = f"{OPENING} {MIDDLE}"
    page = _OLD_REDDIT_CLIP.format(
        tab=f"{headline} : editors",
        headline=headline,
        addition="(self.editors)",
        opening=opening,
        essay=f"{opening}\n\n{CLOSING}",
    )
    cleaned = clean(page, markdown=True)
    assert cleaned.title == headline
    assert cleaned.body.count(opening) == 1
    # A headline with a spaced colon of its own, shown whole under the tab, stays whole.
    french = "Le grain numérique : ce que les projecteurs révèlent, et ce qu'ils cachent"
    page = _OLD_REDDIT_CLIP.format(
        tab=french, headline=french, addition="", opening=OPENING, essay=ESSAY
    )
    assert clean(page, markdown=True).title == french


_FORUM_POST = """Sora in the classroom
ReverseShot
Posted November 26, 2025
ReverseShot
Members
412
Report post
{essay}

{stamp}
{reason}
Teaching film in Bristol. Opinions my own, mistakes too.
Quote
Like 9
Link to comment
Share on other sites
"""


@pytest.mark.parametrize(
    "stamp",
    [
        "Edited November 27, 2025 by ReverseShot",
        "Last edited by ReverseShot; 11-27-2025 at 09:14 PM.",
        "Last edited: Nov 27, 2025",
    ],
)
def test_a_forums_edit_stamp_ends_the_post(stamp: str) -> None:
    # Under the stamp are the edit's reason and the poster's signature: the forum's.
    cleaned = clean(_FORUM_POST.format(essay=ESSAY, stamp=stamp, reason="typo"))
    assert cleaned.body.endswith(CLOSING)
    assert "typo" not in cleaned.body
    assert "Bristol" not in cleaned.body


def test_a_paragraph_opening_on_edited_is_the_posts() -> None:
    # Written by the poster, dated, and with more of the post under it: no stamp.
    last = "Edited in Resolve on November 27, 2025, the cut ran four minutes over."
    essay = f"{ESSAY}\n\n{last}\n\n{CLOSING}"
    cleaned = clean(_FORUM_POST.format(essay=essay, stamp="", reason=""))
    assert last in cleaned.body
