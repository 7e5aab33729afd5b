"""bot.cleaner, bot.importer, bot.html_page, bot.headline, bot.page_meta, bot.page_site,
bot.page_threads and bot.furniture: the rules written for what tuning66 (12 pages on the
platforms a moderator adds most, written blind; the former heldout35) got wrong (issue 12): a
video page's suggested cards taken for a channel's feed, a clipper's tab naming the site before
the headline or after the writer, a share bar lengthening a byline block, a sign-up form's legal
line, a copyright opening a sentence of its line, a forum post's first line taken for a
subtitle, a theme naming its site as the author over the byline's markup, a feed's label naming
the poster.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages are in tests/fixtures/pages/tuning66 and their variants in tuning68.
"""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.furniture import JUNK
from bot.headline import standfirst_over_byline
from bot.html_page import read_html
from bot.importer import Metadata, draft_from_text
from bot.page_meta import find_author
from bot.page_site import find_publication
from bot.page_threads import feed_post
from bot.page_units import is_prose, split_units
from tests.cleaner_essay import ESSAY, PARAGRAPHS, passages


def _feed(card: list[str]) -> list[str]:
    """A video page: the channel over its views line and the video's text, the channel again
    in the description's foot, a suggested video of another channel, then ``card``."""
    return [
        "Kitchen Sink Films",
        "2,906 views  12 Sep 2026",
        *ESSAY.split("\n\n"),
        "Kitchen Sink Films",
        "The Generated Trailer Nobody Asked For",
        "Cutaway Weekly",
        "61K views",
        *card,
    ]


def test_a_suggested_videos_card_is_no_post_of_a_feed() -> None:
    # The channel's own name over a suggested video's views line, nothing between: a card.
    assert feed_post(_feed(["Kitchen Sink Films", "9.8K views"])) is None
    # Near miss: a channel's feed, its name over every post's text and counter, is one still.
    posts = [["Doors open at seven."], ESSAY.split("\n\n"), ["Screen 2 is closed today."]]
    lines = [line for post in posts for line in ("Kitchen Sink Films", *post, "1.2K views")]
    feed = feed_post(lines)
    assert feed is not None
    assert (feed.channel, lines[feed.start : feed.end]) == ("Kitchen Sink Films", posts[1])


_CLIP = """# {tab}

> ## Excerpt
> A foley artist's month of tests, and what they say about the walk.

---
[Second Reel](https://secondreel.example/)

-   [Home](https://secondreel.example/)
-   [Archives](https://secondreel.example/archives)

### The Foley Stage Is Not a Museum

{essay}
"""


def test_a_clippers_tab_may_name_the_site_before_the_headline() -> None:
    page = _CLIP.format(tab="Second Reel: The Foley Stage Is Not a Museum", essay=ESSAY)
    cleaned = clean(page, markdown=True)
    assert cleaned.title == "The Foley Stage Is Not a Museum"
    assert cleaned.body == ESSAY  # the excerpt and the menu went with the header
    # Near miss: a tab whose words before the headline are not set off by a separator is not
    # the clipper's header over this page.
    other = clean(
        _CLIP.format(tab="Notes on The Foley Stage Is Not a Museum", essay=ESSAY), markdown=True
    )
    assert other.title != "The Foley Stage Is Not a Museum"


def _clipped(title: str, author: str = "Rhiannon Ablett", heading: str = "") -> tuple:
    front = f'---\ntitle: "{title}"\nauthor:\n  - "[[{author}]]"\npublished: 2026-10-21\n---\n'
    draft = draft_from_text(
        front + heading + ESSAY, kind="md", source="clip.md", meta=Metadata(stance="mixed")
    )
    return draft.doc.title, draft.doc.publication


def test_a_tab_title_names_the_writer_and_then_the_site() -> None:
    # "… | by <writer> | <site>": the title is what comes before the writer, the site last.
    assert _clipped("Continuity Is Honest | by Rhiannon Ablett | Medium") == (
        "Continuity Is Honest",
        "Medium",
    )
    assert _clipped("Continuity Is Honest - by Rhiannon Ablett - Script Supervision") == (
        "Continuity Is Honest",
        "Script Supervision",
    )
    # A headline may hold a separator of its own: the longest title naming the writer after it.
    assert _clipped("Veo - A Review | Rhiannon Ablett") == ("Veo - A Review", None)
    # Near miss: a tab naming someone else after the title, with no heading showing the title
    # alone, keeps its whole title and names no site.
    assert _clipped("Continuity Is Honest | Tom Price") == (
        "Continuity Is Honest | Tom Price",
        None,
    )


_NEWS_HEAD = """The Fenwick Post
3 November 2026
The Dubbing Booth Goes Quiet
Voice actors say generated voices have not taken their jobs; they have taken their rehearsals.
By Ottilie Brandt-Okoye
Ottilie Brandt-Okoye
Culture Reporter
Follow
More by this author
The Last Projectionist on Mill Street
Why the Rex Still Sells Paper Tickets
{bar}
Photo: Kit Amari for The Fenwick Post

{essay}
"""
_SHARE_BAR = [
    "Share on Facebook",
    "Share on X",
    "Share on WhatsApp",
    "Share on LinkedIn",
    "Share via Email",
    "Copy link",
    "Print",
    "Save",
    "Gift this article",
]


def _over_byline(bar: list[str]) -> bool:
    units = split_units(_NEWS_HEAD.format(bar="\n".join(bar), essay=ESSAY))
    first, second = [i for i, u in enumerate(units) if is_prose(u)][:2]
    return standfirst_over_byline(units, first, second)


def test_a_share_bars_buttons_make_a_byline_block_no_longer() -> None:
    assert _over_byline(_SHARE_BAR)
    cleaned = clean(_NEWS_HEAD.format(bar="\n".join(_SHARE_BAR), essay=ESSAY))
    assert cleaned.author == "Ottilie Brandt-Okoye"
    assert cleaned.title == "The Dubbing Booth Goes Quiet"
    assert cleaned.body == ESSAY
    # Near miss: as many lines of other kinds (other stories' headlines) still make the block
    # too long to be a byline's.
    assert not _over_byline([f"Another Story Number {n}" for n in range(len(_SHARE_BAR))])


@pytest.mark.parametrize(
    "line",
    [
        "By providing your information, you agree to our Terms of Use and our Privacy Policy.",
        "By entering your email address, you agree to receive our newsletters.",
        "By submitting your details you consent to our privacy policy.",
    ],
)
def test_a_sign_up_forms_legal_line_is_furniture(line: str) -> None:
    assert JUNK.search(line)
    assert passages(f"{ESSAY}\n\nEnter your email\n{line}\n") == ESSAY.split("\n\n")


def test_an_essays_sentence_about_agreeing_is_kept() -> None:
    # Near miss: a sentence of the essay that opens on "By …ing", with no "your" details given.
    line = "By providing notes early, you agree on the cut before anyone is tired of it."
    assert not JUNK.search(line)


def test_a_copyright_may_open_a_sentence_of_its_line() -> None:
    foot = ["ReelTrade is a part of Penske Media Corporation. © 2026 ReelTrade Media, LLC."]
    head = ["Got A Tip?", "Newsletters", "Sign In", "ReelTrade", "Film", "TV"]
    assert find_publication(head, foot, None) == "ReelTrade"
    # ... and names the masthead its logo's alt text shows, its corporate word aside.
    foot = ["Post Ledger is a part of Halberd Media Group. © 2026 Post Ledger Media, LLC."]
    assert find_publication(["Post Ledger logo", "News"], foot, None) == "Post Ledger"
    # Near miss: a "©" inside a sentence (a still's credit) is no copyright line of the site's.
    assert find_publication([], ["The stills are © 2026 Kit Amari."], None) is None


def _forum(post: str, description: str) -> str:
    return (
        f'<html><head><title>Pitch films</title><meta name="description" content="{description}">'
        '</head><body><h1>Pitch films</h1><article class="message">'
        f'<div class="bbWrapper">{post}</div></article></body></html>'
    )


def test_a_forum_posts_first_line_is_no_subtitle() -> None:
    opening = "Long-time lurker, occasional poster."
    post = "<br /><br />".join([opening, *PARAGRAPHS])
    text, _, dropped = read_html(_forum(post, opening))
    assert text.split("\n\n")[0] == opening
    assert opening not in dropped
    # Near miss: the same line as an element of its own, classed as display type, is the post's
    # subtitle.
    post = f'<div class="intro">{opening}</div>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    text, _, dropped = read_html(_forum(post, opening))
    assert opening in dropped


def _theme_page(byline: str) -> str:
    return (
        "<html><head><title>A Season of Generated Shorts</title>"
        '<meta name="author" content="Lantern Picturehouse">'
        '<meta property="og:site_name" content="Lantern Picturehouse"></head><body><article>'
        f"<h1>A Season of Generated Shorts</h1>{byline}"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )


def test_the_bylines_markup_names_the_writer_over_a_theme_naming_the_site() -> None:
    _, meta, _ = read_html(_theme_page('<div class="entry-author-name">Tamsin Achebe-Ward</div>'))
    assert meta["author"] == "Tamsin Achebe-Ward"
    # Near miss: the byline's markup naming the site again leaves the site as the author.
    _, meta, _ = read_html(_theme_page('<div class="entry-author-name">Lantern Picturehouse</div>'))
    assert meta["author"] == "Lantern Picturehouse"


def test_a_feeds_label_names_the_poster_under_it() -> None:
    head = [
        "Priyanka Sethuraman’s Post",
        "Priyanka Sethuraman",
        "Head of Production at Northlight Animation | BAFTA-nominated | Speaker",
        "1w  Edited",
    ]
    assert find_author(head, []) == "Priyanka Sethuraman"
    # Near miss: a label naming someone else than the line under it (a page's post shared by
    # a person) names nobody by this rule.
    assert (
        find_author(["Priyanka Sethuraman’s Post", "Northlight Animation", "1w  Edited"], [])
        is None
    )
