"""bot.cleaner, bot.html_page and bot.page_site: the rules written for what tuning69 (12 pages
on the platforms its writer judged most likely, written blind; the former heldout36) got wrong
(issue 12): a platform's boxes about the publication and the writer under a post, a sign-up
box headed by what it sends ("Get Offcut in your inbox") between the essay's paragraphs, a
video's chapter over its player taken for the masthead, a clipper's tab title whose headline
only a comment section's heading quotes.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages are in tests/fixtures/pages/tuning69 and their variants in tuning71.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.html_page import read_html
from bot.page_site import find_publication
from tests.cleaner_essay import CLOSING, ESSAY, MIDDLE, OPENING

_PAGE = """<html><head><title>The Tool Got Them Into the Room</title>
<meta name="author" content="Ines Varga"><meta property="og:site_name" content="Frame Talk">
</head><body><main><div class="x1">
<h1>The Tool Got Them Into the Room</h1>
{body}
</div></main></body></html>"""


def test_a_box_headed_by_the_writers_name_under_a_post_is_dropped() -> None:
    # Trafilatura drops the box's heading (a link) and keeps the bio under it: the box goes.
    box = (
        '<div class="x2"><div class="x3"><a href="/@ines"><h3>Written by Ines Varga</h3></a>'
        '</div><div class="x4"><a href="/@ines/followers">312 followers</a></div>'
        '<p class="x5">Editor in Budapest and Vienna. Cuts documentaries and the odd music '
        "video, mostly about rivers.</p><button>Follow</button></div>"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in (OPENING, MIDDLE, CLOSING))
    text, _, _ = read_html(_PAGE.format(body=f'<div class="x6">{paragraphs}</div>{box}'))
    assert "mostly about rivers" not in text
    assert CLOSING in text
    # Near miss: a section of the essay headed "Written by …" is the essay's: its container
    # holds the essay, no box about anyone.
    section = f"<p>{OPENING}</p><h3>Written by committee</h3><p>{MIDDLE}</p><p>{CLOSING}</p>"
    text, _, _ = read_html(_PAGE.format(body=section))
    assert MIDDLE in text


def test_a_sign_up_box_headed_by_what_it_sends_names_the_site() -> None:
    page = (
        f"# The Tool Got Them Into the Room\n\n{OPENING}\n\n{MIDDLE}\n\n"
        "## Get Frame Talk in your inbox\n\n"
        "A short letter about editing, every other Friday.\n\n"
        "[Subscribe](https://frametalk.example/#/portal/signup)\n\n"
        f"{CLOSING}\n"
    )
    cleaned = clean(page, markdown=True)
    assert cleaned.body == ESSAY
    assert cleaned.publication == "Frame Talk"
    # Near miss: a heading of the essay about a newsletter, its one-sentence paragraph under it
    # followed by prose, no sign-up button: the essay's.
    essay = page.replace("## Get Frame Talk in your inbox", "## Why my newsletter stopped")
    essay = essay.replace("[Subscribe](https://frametalk.example/#/portal/signup)\n\n", "")
    assert "A short letter about editing" in clean(essay, markdown=True).body


def test_a_videos_chapter_over_its_player_names_no_masthead() -> None:
    head = ["Skip navigation", "Sign in", "0:00 / 16:48", "Intro", "The Tool Got Them In"]
    chapters = ["Chapters:", "0:00 Intro", "1:12 Why I tried it", "4:05 Lighting tests"]
    assert find_publication(head, chapters, None) != "Intro"
    # Near miss: a masthead the foot names again in a sentence is the publication still.
    foot = ["You are receiving this because you subscribed to The Splice."]
    assert find_publication(["THE SPLICE", "Issue notes"], foot, None) == "The Splice"


_CLIP = """# {tab}

> ## Excerpt
> {opening}

---
Posted on July 19, 2026 by Hiroshi Vance

{essay}

## 3 thoughts on {quoted}

Lena Marsh says:

Lovely piece.
"""


def test_a_tab_title_whose_headline_the_comments_heading_quotes_names_the_site() -> None:
    page = _CLIP.format(
        tab="The Tool Got Them Into the Room – Notes from the Comp Bay",
        opening=OPENING,
        essay=ESSAY,
        quoted="“The Tool Got Them Into the Room”",
    )
    cleaned = clean(page, markdown=True)
    assert (cleaned.title, cleaned.publication) == (
        "The Tool Got Them Into the Room",
        "Notes from the Comp Bay",
    )
    # Near miss: a sentence of the text quoting a name is no heading quoting the headline.
    quoting = page.replace(
        f"\n\n{CLOSING}", f"\n\n{CLOSING} We called it “Sora” for a week and then gave up."
    )
    quoting = quoting.replace("The Tool Got Them Into the Room – ", "Sora – ", 1)
    assert clean(quoting, markdown=True).title != "Sora"
