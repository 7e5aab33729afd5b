"""Who wrote an HTML page and when, and its title, as the page shows them (bot.html_byline,
bot.html_page): a display name beside a user name, "| by X |" in the <title>, the byline's date
on a page that states none for machines, a blog's "Blog Name: Post Title". Each with a near
miss that must come out as before."""

from __future__ import annotations

import pytest

from bot.html_byline import date_in_html, display_name, title_byline
from bot.html_page import read_html

PARAGRAPHS = (
    "I have mixed location sound for fifteen years, and this spring half my work came from "
    "people whose pictures were generated and arrived without a single sound.",
    "The work is real and it pays, but it is lonelier than a set ever was: no boom operator, "
    "no actor to listen to, only mouths that move almost in time with nobody's words.",
    "I cannot tell yet whether this is a new trade opening or an old one thinning out, and I "
    "suspect it depends on whether producers keep paying once the novelty wears off.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _forum(meta_line: str) -> str:
    return (
        "<html><head><title>Silent pictures - Craft Talk - Sound Commons</title></head><body>"
        f"<div class='post'><div class='meta'>{meta_line}</div><div class='cooked'>{BODY}</div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    "meta_line",
    [
        # Discourse: the user name, then the full name as an element of its own.
        "<span><a href='/u/oona_boom'>oona_boom</a></span><span>Oona Heikkinen</span>",
        # A social site: the name, then the handle.
        "<span>Oona Heikkinen</span> <span>@oona_boom</span>",
        # The older shape: the name in brackets.
        "<span>oona_boom (Oona Heikkinen)</span>",
    ],
)
def test_the_name_shown_beside_a_user_name_is_the_display_name(meta_line: str) -> None:
    assert display_name("oona_boom", _forum(meta_line)) == "Oona Heikkinen"


@pytest.mark.parametrize(
    "meta_line",
    [
        # Near misses: a rank beside the user name, or a date, is not their name.
        "<span>oona_boom</span><span>Senior Member</span>",
        "<span>oona_boom</span><span>Sep 14, 2025</span>",
        "<span>oona_boom</span>",
    ],
)
def test_a_rank_or_a_date_beside_a_user_name_is_not_a_display_name(meta_line: str) -> None:
    assert display_name("oona_boom", _forum(meta_line)) is None


def _titled(title: str, head: str = "", byline: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>Silent Pictures</h1>"
        f"<div>{byline}</div>{BODY}</article>"
        "<div><h2>Recommended</h2><h2>Another Story Entirely</h2>"
        "<span>7 min read</span><span>·</span><span>Feb 11, 2025</span></div></body></html>"
    )


def test_a_by_part_of_the_title_names_the_author() -> None:
    html = _titled("Silent Pictures | by Oona Heikkinen | Medium")
    assert title_byline(html) == "Oona Heikkinen"
    _, meta, _ = read_html(html)
    assert meta["author"] == "Oona Heikkinen"


@pytest.mark.parametrize(
    "title",
    # Near misses: a headline that starts "By", or a "by" inside a part, names nobody.
    ["By the Numbers | Sound Commons", "Silent Pictures | Stand by Me Films"],
)
def test_a_title_without_a_by_part_names_no_author(title: str) -> None:
    assert title_byline(_titled(title)) is None


BYLINE = "<span>5 min read</span><span>·</span><span>Mar 4, 2025</span>"


@pytest.mark.parametrize("name", ["", "<span>Oona Heikkinen</span>"])
def test_the_bylines_date_dates_a_page_without_date_markup(name: str) -> None:
    html = _titled("Silent Pictures", byline=name + BYLINE)
    assert date_in_html(html, PARAGRAPHS[0]) == "2025-03-04"
    _, meta, _ = read_html(html)
    assert meta["published"] == "2025-03-04"  # not the recommended story's Feb 11


def test_date_markup_wins_over_the_bylines_date() -> None:
    # Near miss: a page that states its date for machines is dated by that.
    head = '<meta property="article:published_time" content="2025-03-02T09:00:00Z">'
    html = _titled("Silent Pictures", head=head, byline=BYLINE)
    assert date_in_html(html, PARAGRAPHS[0]) is None
    _, meta, _ = read_html(html)
    assert meta["published"] == "2025-03-02"


def _blog(title: str, post_title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<h1 class='title'><a href='https://soundnotes.blogspot.com/'>Sound Notes</a></h1>"
        f"<h2 class='date-header'>Tuesday, 4 March 2025</h2><h3 class='post-title'>{post_title}"
        f"</h3><div class='post-body'>{BODY}</div></body></html>"
    )


def test_a_blogs_name_led_in_with_a_colon_is_not_the_posts_title() -> None:
    _, meta, _ = read_html(
        _blog("Sound Notes: Silent Pictures, Loud Rooms", "Silent Pictures, Loud Rooms")
    )
    assert (meta["title"], meta["publication"]) == ("Silent Pictures, Loud Rooms", "Sound Notes")


def test_a_posts_own_colon_title_is_kept_whole() -> None:
    # Near miss: the part before the colon is the post's, not the blog's name.
    title = "Foley: Notes From a Silent Spring"
    _, meta, _ = read_html(_blog(f"{title} | Sound Notes", title))
    assert meta["title"] == title


HEADLINE = "Sora is not coming for your job. It's coming for your weekends."


def _news(byline: str, title: str = f"{HEADLINE} - The Verge") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main><article>"
        f"<div class='filed'>Filed under: <a>AI</a></div><h1>{HEADLINE}</h1>"
        f"<div class='byline'>{byline}</div>{BODY}</article></main></body></html>"
    )


def test_a_news_page_headline_and_byline_read_as_a_reader_reads_them() -> None:
    byline = (
        "By <a href='/authors/dana-wells'>Dana Wells</a><a href='https://x.com/danawells'>"
        "@danawells</a> <span>Updated Mar 4, 2025, 9:00am EST</span>"
    )
    text, meta, _ = read_html(_news(byline))
    # trafilatura reads "Dana Wells Updated Mar 4" and takes the headline for the site's name.
    assert (meta["title"], meta["author"], meta["publication"]) == (
        HEADLINE,
        "Dana Wells",
        "The Verge",
    )
    assert HEADLINE not in text.split("\n\n")  # repeated under "Filed under", not the essay's
    assert text.split("\n\n")[-3:] == list(PARAGRAPHS)


def test_an_authors_name_with_a_month_in_it_is_kept_whole() -> None:
    # Near miss: "Mayfield", "March" in a name is no date after it.
    _, meta, _ = read_html(_news("By <a href='/authors/jo'>Jo March Mayfield</a>"))
    assert meta["author"] == "Jo March Mayfield"


def test_the_headline_repeated_further_down_is_the_essays() -> None:
    # Near miss: the essay may quote its own headline as a paragraph well into the text.
    html = _news("By Dana Wells").replace(BODY, BODY + f"<p>{HEADLINE}</p>")
    text, _, _ = read_html(html)
    assert text.split("\n\n")[-1] == HEADLINE


def _medium(title: str, foot: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Medium</a>"
        "<a>Sign in</a></nav><article><h1>Silent Pictures</h1><h2>What the demos leave out</h2>"
        "<div><a href='/@oona'>Oona Heikkinen</a></div><div><button>Follow</button></div>"
        f"<div><span>5 min read</span><span>·</span><span>Mar 4, 2025</span></div>{BODY}"
        f"</article>{foot}</body></html>"
    )


def test_the_name_over_a_follow_button_under_the_standfirst_is_the_author() -> None:
    _, meta, _ = read_html(_medium("Silent Pictures | Medium"))
    assert meta["author"] == "Oona Heikkinen"


def test_a_recommended_writers_follow_button_below_the_essay_names_nobody() -> None:
    # Near miss: a name over "Follow" under the essay is another writer's card.
    foot = (
        "<div><h2>More from Medium</h2><div><a>Mara Quist</a></div>"
        "<div><button>Follow</button></div></div>"
    )
    html = _medium("Silent Pictures | Medium", foot).replace(
        "<div><a href='/@oona'>Oona Heikkinen</a></div><div><button>Follow</button></div>", ""
    )
    _, meta, _ = read_html(html)
    assert meta.get("author") is None
