"""Link cards, avatars, saved days and blog handles (tuning111's and tuning112's misses, issue
12): a submission's title set as a link with its domain, a reviewer's name shown again over the
date, a day without its year on a clipped page, a user's blog named by its handle, a masthead
named after the title in <title>. Each near miss is the same shape naming something else."""

from __future__ import annotations

from bot.headline import title_index
from bot.html_page import read_html
from bot.importer import _tab_title
from bot.page_meta import yearless_date
from bot.page_units import split_units


def test_a_submissions_link_with_its_domain_shows_the_tabs_headline() -> None:
    headline = "Generated crowds are cheap and it shows"
    body = (
        f"[{headline}](https://old.reddit.com/r/vfx/comments/1a/x/) "
        "([self.vfx](https://old.reddit.com/r/vfx/))\n"
    )
    assert _tab_title(f"{headline} : vfx", None, body) == (headline, "vfx")
    # Near miss: a profile's link alone on its line, the tab's part before its separator, is
    # no headline ("velvetstatic — the dream sequence problem").
    profile = "[velvetstatic](https://www.tumblr.com/velvetstatic)\n"
    assert _tab_title("velvetstatic — the dream sequence problem", None, profile) is None


def test_a_reviewers_name_shown_again_over_the_date_is_no_title() -> None:
    page = "Films\nMembers\nReview by Odile Marsh ★★★\nOdile Marsh\nWatched 2 Oct 2026\n"
    units = split_units(page)
    assert title_index(units, len(units)) is None
    # Near miss: a review's own headline over the same byline is its title.
    page = "Films\nMembers\nThe fog does the acting\nReview by Odile Marsh ★★★\nOdile Marsh\n"
    units = split_units(page + "Watched 2 Oct 2026\n")
    assert units[title_index(units, len(units))].text == "The fog does the acting"


def test_a_day_without_its_year_is_in_the_year_the_page_was_saved() -> None:
    assert yearless_date(["Nov 24"], "", "2026-11-30") == "2026-11-24"
    # Near misses: a day still to come on the day it was saved is last year's, or older: no
    # date; and no save day, no year.
    assert yearless_date(["Dec 4"], "", "2026-11-30") is None
    assert yearless_date(["Nov 24"], "") is None


def _blog(site: str) -> str:
    return f"""<html><head><title>{site} — on felt and patience</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="on felt and patience">
<meta property="og:url" content="https://feltfox.tumblr.com/post/761/on-felt">
</head><body><h1><a href="/">{site}</a></h1><article><h2>on felt and patience</h2>
<p>a puppet fox takes a week to jump because someone has to decide where its weight lands, and
that decision is the whole of the job, which no generated fox has ever had to make.</p>
<p>so i will keep deciding, one frame at a time, for as long as anybody wants to watch.</p>
</article></body></html>"""


def test_a_user_blog_named_by_its_handle_is_published_by_the_platform() -> None:
    assert read_html(_blog("feltfox"))[1].get("publication") == "Tumblr"
    # Near miss: a blog with a name of its own keeps it.
    assert read_html(_blog("Felt and Patience"))[1].get("publication") == "Felt and Patience"


def _own_site(masthead: str) -> str:
    return f"""<html><head><title>The page still has to work · {masthead}</title>
<meta property="og:title" content="The page still has to work">
<meta property="og:url" content="https://okafor.example/notes/page/">
</head><body><header><a href="/" class="site-name">{masthead}</a></header>
<main><article><h1>The page still has to work</h1>
<p class="meta"><time datetime="2026-09-27">27 September 2026</time> ·
<a class="p-author h-card" href="/about/">Ada Okafor</a></p>
<p>A producer paid me this summer to write a script that a video model would shoot, and I
assumed it would be a kind of humiliation; it turned out to be more interesting than that.</p>
<p>The model shoots whatever the page says, so the page has to say only what matters.</p>
</article></main></body></html>"""


def test_the_masthead_named_after_the_title_names_the_site() -> None:
    assert read_html(_own_site("Margin Notes"))[1].get("publication") == "Margin Notes"
    # Near miss: a masthead that is the writer's own name names no publication.
    assert read_html(_own_site("Ada Okafor"))[1].get("publication") is None
