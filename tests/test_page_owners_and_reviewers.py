"""Who wrote and who published a page (tuning95's, tuning100's, tuning101's and tuning102's field
misses, issue 12): a clipper's author that is the site's name, a title its company's copyright
line says it owns, a platform explaining itself in its foot, a review's film card and its
reviewer's possessive label, a forum thread's title over its own byline, a post's date over its
poster, a user's blog's masthead. Each near miss is a line of the same shape that names the
writer, the company or the headline after all."""

from __future__ import annotations

from bot.cleaner import clean
from bot.importer import Metadata, draft_from_file
from bot.page_meta import reviewers_label
from bot.page_site import blog_name, find_publication
from tests.cleaner_essay import ESSAY, PARAGRAPHS

_CLIP = """---
title: "Grading suites book out again {separator} {tab_name}"
source: "https://www.frameandfield.com/features/grading-suites"
author:
  - "[[{author}]]"
published: 2026-05-04
---
{logo}

# Grading suites book out again

{byline}

{essay}
"""


_LOGO = "[![Frame & Field](https://www.frameandfield.com/logo.svg)](https://www.frameandfield.com/)"


def _clipped(
    author: str, tab_name: str, byline: str, separator: str = "-", logo: str = ""
) -> tuple:
    page = _CLIP.format(
        author=author, tab_name=tab_name, byline=byline, separator=separator, essay=ESSAY, logo=logo
    )
    doc = draft_from_file(page.encode(), "clip.md", Metadata(stance="mixed")).doc
    return doc.author, doc.publication


def test_a_clippers_author_that_the_tab_names_as_its_site_yields_to_the_byline() -> None:
    # Obsidian's clipper filled the author with the site's name, the one the tab's title ends on;
    # the page's byline names the writer (tuning102's trade magazine).
    byline = "By [Tomas Reyes](https://www.frameandfield.com/author/tomas-reyes) | 4 May 2026"
    site = _clipped("Frame & Field", "Frame & Field", byline, logo=_LOGO)
    assert site == ("Tomas Reyes", "Frame & Field")
    # Near misses: the tab ends on the writer's name, and no other byline (or the same name's)
    # says otherwise: a personal page's "Title · Ravi Anand", no publication.
    assert _clipped("Ravi Anand", "Ravi Anand", "4 May 2026", "·") == ("Ravi Anand", None)
    assert _clipped("Ravi Anand", "Ravi Anand", "By Ravi Anand | 4 May 2026", "·") == (
        "Ravi Anand",
        None,
    )


def test_a_title_its_companys_copyright_line_says_it_owns_is_the_publication() -> None:
    foot = ["© 2026 Lowe Street Publishing Ltd. Frame & Field is a registered trademark."]
    assert find_publication(["News", "Features"], foot, "Tomas Reyes") == "Frame & Field"
    # Near miss: what the trademark names is no title's name ("The logo").
    foot = ["© 2026 Lowe Street Publishing Ltd. The logo is a registered trademark."]
    assert find_publication(["News", "Features"], foot, "Tomas Reyes") == "Lowe Street Publishing"


def test_a_platform_its_foot_explains_publishes_a_creators_post() -> None:
    # Ko-fi's foot: the platform says what it does, its copyright after the foot's links; the
    # creator's name over the post and again in the foot is their card, not a masthead
    # (tuning100's Ko-fi clip).
    head = ["Bram Oyelaran", "Stop-motion animator. Felt, wire and far too much patience."]
    tail = [
        "More from Bram Oyelaran",
        "Tipjar helps makers get paid for what they love. We don't take a cut!",
        "Start a Tipjar page · Terms · Privacy · © Tipjar Studios Ltd",
    ]
    assert find_publication(head, tail, "Bram Oyelaran") == "Tipjar"
    # Near misses: a foot whose sentence names the whole company ("Tipjar Studios makes …")
    # leaves the company its name; so does a foot with no sentence about the site.
    tail[1] = "Tipjar Studios makes tools for makers."
    assert find_publication(head, tail, "Bram Oyelaran") == "Tipjar Studios"
    assert find_publication(head, [tail[0], tail[2]], "Bram Oyelaran") == "Tipjar Studios"
    # ... and a masthead that is not the writer's name, named again in the foot, is the site.
    head = ["Cut Notes", "A letter about editing."]
    tail = ["You subscribed to Cut Notes.", "Terms · © 2026 Halden Press Ltd"]
    assert find_publication(head, tail, "Jane Doe") == "Cut Notes"


_REVIEW = "Filmlog\nSign in\nFilms\n{head}\n★★★½\nWatched 12 Nov 2026\n{essay}\nLike review\n"


def _review(head: str) -> tuple:
    cleaned = clean(_REVIEW.format(head=head, essay=ESSAY))
    return cleaned.title, cleaned.author, cleaned.body == ESSAY


def test_a_reviewed_films_card_over_the_byline_is_not_the_title() -> None:
    # The film's name, its year and its director over "Review by …" (tuning95's Letterboxd).
    head = "Poster for Tidewrack (2026)\nTidewrack\n2026\nDirected by Ana Sol\nReview by Kit Amari"
    assert _review(head)[0] is None
    # Near miss: a review's own headline over its byline, no year over it, is its title.
    assert _review("Tidewrack\n2026\nA storm worth the wait\nReview by Kit Amari")[0] == (
        "A storm worth the wait"
    )


def test_a_reviewers_possessive_label_names_the_reviewer() -> None:
    # "Noor Haddad's review published on Letterboxd:" over the film and its year (tuning101).
    head = "Kit Amari\nKit Amari's review published on Filmlog:\nThe Salt Orchard\n2026"
    assert _review(head) == (None, "Kit Amari", True)
    assert reviewers_label("Kit Amari’s review of Tidewrack") == "Kit Amari"
    assert reviewers_label("saltreel's review published on Filmlog:") == "saltreel"
    # Near misses: a sentence, or a possessive that names no person.
    assert reviewers_label("Kit Amari's review changed my mind about the film.") is None
    assert reviewers_label("This film's review embargo lifts Friday") is None


_THREAD = """Reel Forum
Forums
Post-Production
{board}
Do we still need a foley stage?
Thread starter kit_amari
Start date Oct 3, 2026
Tags
{tags}
Watch
kit_amari
Well-known member
Oct 3, 2026
#1
{essay}
Like
Reply
sol_edits
Member
Oct 4, 2026
#2
We kept ours, and the directors still ask for it by name when they visit the building.
"""


def test_a_threads_title_sits_over_its_own_byline() -> None:
    # XenForo: the board's name (the breadcrumb's last item) over the thread's title is no
    # headline with a standfirst under it (tuning100), and the tags over the first post's header
    # are not the title (tuning95).
    page = _THREAD.format(board="Sound & Music", tags="foley", essay=ESSAY)
    assert clean(page).title == "Do we still need a foley stage?"
    page = _THREAD.format(board="Sound", tags="foley stage sound design budget", essay=ESSAY)
    assert clean(page).title == "Do we still need a foley stage?"
    # Near miss: a headline in Title Case over its standfirst and a writer's byline: the
    # headline, the standfirst under it no title.
    page = (
        "Reel Notes\nWhy We Kept the Foley Stage\nA small studio's case for walking in shoes "
        f"on gravel\nBy Kit Amari\nOct 3, 2026\n{ESSAY}\n"
    )
    assert clean(page).title == "Why We Kept the Foley Stage"


def test_a_posts_date_over_its_poster_names_no_blog() -> None:
    # Discourse: "Nov 12" over the poster's user name, which signs the post again lower down
    # (tuning102).
    lines = ["Cutting Room", "Sign Up", "Nov 12", "ilka_v", "Regular", "text", "ilka_v"]
    assert blog_name(lines, None, "ilka_v") is None
    # Near miss: a journal's name over its owner's user name (Dreamwidth's header).
    lines = ["Dreamwidth", "Grey Filter Notes", "greyfilter", "text", "greyfilter"]
    assert blog_name(lines, None, "greyfilter") == "Grey Filter Notes"


_TUMBLR = """<!DOCTYPE html><html><head><title>splicegull — three notes on the hands</title>
<meta property="og:title" content="three notes on the hands">
<meta property="og:url" content="https://splicegull.tumblr.com/post/748213650912337920/hands">
<meta property="og:site_name" content="Tumblr"></head><body>
<div id="sidebar"><h1 class="blog-title"><a href="/">{masthead}</a></h1></div>
<div class="post"><h2>three notes on the hands</h2><div class="post-body">{paragraphs}</div>
<a class="date" href="https://splicegull.tumblr.com/post/748213650912337920/hands">Sep 27, 2026</a>
</div></body></html>"""


def _tumblr(masthead: str) -> str | None:
    page = _TUMBLR.format(masthead=masthead, paragraphs="".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    return draft_from_file(page.encode(), "post.html", Metadata(stance="mixed")).doc.publication


def test_a_user_blogs_masthead_publishes_its_post_not_the_platform() -> None:
    # The blog's <h1> linking home names it more precisely than og:site_name (tuning102).
    assert _tumblr("gull in the projection booth") == "gull in the projection booth"
    # Near miss: a masthead that is only the user's handle names the platform's blog by it.
    assert _tumblr("splicegull") == "Tumblr"
