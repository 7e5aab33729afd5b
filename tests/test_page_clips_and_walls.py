"""bot.importer, bot.cleaner, bot.page_meta and bot.furniture: the rules written for what
tuning77 and tuning78 (24 pages on the platforms a moderator adds most, written blind; the
former heldout42 and heldout43) got wrong (issue 12): a clipper's heading that is the tab's
title (the writer, publication and date glued after the headline, or the blog's name before
it), a tab's site named after the title when only the byline names the writer, a notes app's
"Created" date taken for the page's, a forum post's day read without its year, a reply's header
under a post's lone "Quote", a story's headline under its label on the line over it, a caption
under a linked image, a paywall's meter and a company's boilerplate.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages are in tests/fixtures/pages/tuning77 and tuning78.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.importer import Metadata, draft_from_text
from bot.page_meta import yearless_date
from tests.cleaner_essay import ESSAY


def _clip(front: str, body: str) -> tuple[str, str | None]:
    """A clipper's Markdown (``front`` as its front matter) over ``body`` and the essay: its
    title and publication as imported."""
    page = f"---\nsource: https://example.org/p/4e1b9c02d7aa\n{front}---\n\n"
    draft = draft_from_text(
        page + body + "\n\n" + ESSAY, kind="md", source="clip.md", meta=Metadata(stance="mixed")
    )
    return draft.doc.title, draft.doc.publication


def test_a_clippers_heading_may_be_the_tab_title_naming_the_writer() -> None:
    # No title in the front matter; the heading is the tab's "Title | by Writer | Letter |
    # Month, Year | Platform", the writer being the front matter's.
    heading = "# Continuity Is Honest | by Rhiannon Ablett | Script Notes | Oct, 2026 | Medium"
    title, _ = _clip("author: Rhiannon Ablett\n", heading)
    assert title == "Continuity Is Honest"
    # Near miss: a heading naming someone else after a separator is the page's headline whole.
    title, _ = _clip("author: Rhiannon Ablett\n", "# Continuity Is Mostly Honest | Tom Price")
    assert title == "Continuity Is Mostly Honest | Tom Price"


def test_a_clippers_heading_may_name_the_blog_before_the_title() -> None:
    # Blogger's tab, "Blog Name: Title", over the page showing the title alone as its heading.
    body = (
        "# Script Notes: Continuity Is Honest\n\n### Script Notes\n\n"
        "### Continuity Is Honest\n\nPosted by Rhiannon Ablett at 21:40"
    )
    assert _clip("author: \n", body) == ("Continuity Is Honest", "Script Notes")
    # Near miss: a headline with a colon of its own, the page showing no part of it alone.
    body = "# Continuity: Is It Honest\n\nPosted by Rhiannon Ablett at 21:40"
    assert _clip("author: \n", body)[0] == "Continuity: Is It Honest"


def test_the_site_after_a_tabs_title_is_the_sites_once_the_byline_names_another() -> None:
    # Joplin's "Title – Site" with no author in the front matter: the byline names the writer,
    # so the name after the title is the site's.
    front = 'title: "Continuity Is Honest – Script Notes"\n'
    byline = "## Continuity Is Honest\n\nPosted on March 9, 2026 by Rhiannon Ablett"
    assert _clip(front, byline) == ("Continuity Is Honest", "Script Notes")
    # Near miss: the name after the title is the writer's own (a personal blog's tab).
    front = 'title: "Continuity Is Honest – Rhiannon Ablett"\n'
    assert _clip(front, byline) == ("Continuity Is Honest", None)


def test_a_notes_apps_created_date_gives_way_to_the_pages_own() -> None:
    head = "# The Foley Stage Is Not a Museum\n\nCreated: September 3, 2026 8:41 AM\nTags: sound"
    dated = f"{head}\n\nBy Rhiannon Ablett\n\nTue 1 Sep 2026 18.00 BST\n\n{ESSAY}"
    assert clean(dated, markdown=True).published == "2026-09-01"
    # Near miss: a page stating no date of its own is dated by the day it was saved.
    assert clean(f"{head}\n\nBy Rhiannon Ablett\n\n{ESSAY}", markdown=True).published == (
        "2026-09-03"
    )


def test_a_forum_posts_day_takes_the_year_a_quoted_later_post_gives() -> None:
    # A reply quoting a later post dates it in full ("On 3/4/2026 …"): the first post's year.
    page = "Posted March 3\n…\nOn 3/4/2026 at 9:12 AM, Ottilie Brandt said:\n…"
    assert yearless_date(["Posted March 3"], page) == "2026-03-03"
    # Near misses: quotes dated in two years say nothing of the post's; nor does a quoted post
    # dated before it (the thread's first post comes before any post quoted under it), nor a
    # date outside a quote's header.
    two = page + "\nOn 1/2/2027 at 8:00 AM, Mats Engvik said:"
    assert yearless_date(["Posted March 3"], two) is None
    before = "Posted March 3\nOn 2/27/2026 at 9:12 AM, Ottilie Brandt said:"
    assert yearless_date(["Posted March 3"], before) is None
    assert yearless_date(["Posted March 3"], "Posted March 3\nLast edited 3/4/2026") is None


def test_a_storys_headline_under_its_label_line_is_the_boxs() -> None:
    box = [
        "Related Content",
        "Opinion | The Editorial Board",
        "The Strike Deal Did Not See This Coming",
        "Opinion | Gideon Farrow",
        "I Made a Film With a Model. Here Is What It Could Not Do.",
    ]
    cleaned = clean("\n\n".join([ESSAY, *box]))
    assert cleaned.body == ESSAY
    # Near miss: a labelled headline ending like a sentence, the article's prose under it.
    resumed = "I am not sorry about the shooting days. But the saving came from somewhere."
    page = [ESSAY, "Related coverage", "Perspective — What the crowd hears.", resumed]
    assert resumed in clean("\n\n".join(page)).body.split("\n\n")


def test_a_caption_under_a_linked_image_is_the_images() -> None:
    # Substack's image as a clipper writes it: a link opened over the image, closed under it.
    image = "[\n\n![](https://cdn.example/grid.jpeg)\n\n](https://cdn.example/grid-full.jpeg)"
    caption = "Stills from a week of tests, laid out the way we lay out real dailies."
    cleaned = clean(f"{image}\n\n{caption}\n\n{ESSAY}", markdown=True)
    assert caption in cleaned.removed
    assert cleaned.body == ESSAY
    # ... and on one line.
    one_line = "[![](https://cdn.example/grid.jpeg)](https://cdn.example/grid-full.jpeg)"
    assert caption in clean(f"{one_line}\n\n{caption}\n\n{ESSAY}", markdown=True).removed
    # Near misses: a paragraph under the image too long for a caption is the author's, and a
    # link alone under a linked logo is the name it links to (Medium's writer under the
    # publication's logo), no caption.
    assert clean(f"{image}\n\n{ESSAY}", markdown=True).body == ESSAY
    name = "[Rhiannon Ablett](https://example.org/@rhiannon)"
    logo = "[\n\n![Script Notes](https://cdn.example/logo.png)\n\n](https://example.org/notes)"
    assert name not in clean(f"{logo}\n\n{name}\n\n{ESSAY}", markdown=True).removed
    header = f"{name} 2w"  # a commenter's, under their linked profile picture
    assert header not in clean(f"{logo}\n\n{header}\n\n{ESSAY}", markdown=True).removed


_THREAD = """Six months of grading generated footage
By Henrike Solvang, March 3 in Industry & Technology
Henrike Solvang
Posted March 3

{essay}

{button}
Mats Engvik
Posted March 3
Mats Engvik
Premium Member
Posted March 3

Same experience on a music video last month, and the client never knew why it took so long.
"""


def test_a_reply_header_under_a_posts_lone_button_ends_the_post() -> None:
    # Invision's posts end on "Quote" alone: the name over a date under it is a reply's.
    reply = _THREAD.strip().splitlines()[-1]
    cleaned = clean(_THREAD.format(essay=ESSAY, button="  Quote"))
    assert cleaned.body == ESSAY
    assert reply not in cleaned.body
    # Near miss: with a sentence of the post over the name, no button, nothing marks a reply.
    cleaned = clean(_THREAD.format(essay=ESSAY, button="That was all I had to say."))
    assert reply in cleaned.body
