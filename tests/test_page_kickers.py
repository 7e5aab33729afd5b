"""bot.furniture, bot.html_page, bot.page_site and bot.page_kinds: the rules written for what
tuning65 got wrong (issue 12).

A call to readers after a short question of its own, a closing thanks for a chore, a video's
note on the clips it borrows; on an HTML page, a user name the metadata cut short, old Reddit's
community, the headline the <title> and og:title share, a kicker in brackets after the headline;
an e-mail sent in a body's name. Each rule reads a shape, not a platform's words; each test has
a near miss the rule must leave. The page-level variants of this round's signature, title and
publication rules are in tests/fixtures/pages/tuning67.
"""

from __future__ import annotations

import pytest

from bot import furniture
from bot.html_page import _as_written, _trimmed_to_headline, read_html
from bot.page_kinds import read_email
from bot.page_site import self_post_community
from tests.cleaner_essay import PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "What’s your take? Have you used generated B-roll in a doc? Let us know in the comments!",
        "Thoughts? Have you tried this on a shoot? Tell me in the comments.",
        "Tea and biscuits as always, and thanks to Derek for fixing the blackout blind.",
        "Thanks to Ruth for lending us the projector again.",
        "Clips used under fair dealing for criticism and review.",
        "All footage used under fair use.",
    ],
)
def test_a_closing_note_around_the_essay_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay's own question and answer, a cause put as thanks, and a
        # sentence about fair use rather than a note on what the video borrows.
        "Why does it matter? Because nobody in the room could tell the weather from the set.",
        "Thanks to cheap generators, anyone can now fill a festival slot with a short.",
        "Clips used under fair dealing can still be taken down by a platform's robots, and "
        "mine were.",
        "The studios argue that training a model counts as fair use.",
    ],
)
def test_the_essays_own_lines_are_kept(line: str) -> None:
    assert not furniture.JUNK.search(line)


def test_a_user_name_the_metadata_cut_short_is_read_as_the_page_shows_it() -> None:
    shown = "<p>submitted by <a class='author'>reel_of_tape</a></p>"
    assert _as_written("Reel", shown) == "reel_of_tape"
    # Near miss: a name the page shows alone is the name, whatever handles start with it.
    assert _as_written("Reel", "<p>By Reel</p><p>reel_of_tape replied</p>") == "Reel"


def test_old_reddits_text_post_names_its_community() -> None:
    assert self_post_community("Temp shots, a month in (self.editors)") == "r/editors"
    assert self_post_community("Temp shots, a month inDiscussion(self.editors)") == "r/editors"
    assert self_post_community("A link post (vimeo.com)") is None


def _page(title: str, og_title: str, h1: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="og:title" content="{og_title}">'
        '<meta name="author" content="Oona Brennan"></head><body><main><article>'
        f"{f'<h1>{h1}</h1>' if h1 else ''}<p class='t'>{og_title}</p>{body}</article></main>"
        "</body></html>"
    )


def test_the_headline_the_title_tags_share_is_the_title() -> None:
    # No <h1> shows the headline; each title tag adds a label of its own, on another side.
    html = _page("Plates Saved Our Short : Cine Forum", "Cine Forum - Plates Saved Our Short")
    _, meta, _ = read_html(html)
    assert meta["title"] == "Plates Saved Our Short"


def test_title_tags_sharing_a_word_or_two_leave_the_title() -> None:
    # Near miss: "Short Plates" is too little to be the headline both hold.
    _, meta, _ = read_html(_page("Short Plates : Cine Forum", "Cine Forum - Short Plates"))
    assert meta["title"] == "Cine Forum - Short Plates"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Plates Saved Our Short (Guest Column)", "Plates Saved Our Short"),
        ("Plates Saved Our Short (Op-Ed)", "Plates Saved Our Short"),
        # Near miss: words that go on past the brackets are the title's.
        ("Plates Saved Our Short (Mostly) in Leeds", "Plates Saved Our Short (Mostly) in Leeds"),
    ],
)
def test_a_kicker_in_brackets_after_the_headline_is_left_out(title: str, expected: str) -> None:
    assert _trimmed_to_headline(title, None, ["Plates Saved Our Short"])[0] == expected


_MAIL = (
    "From: {sender} <letters@example.org>\nTo: members@example.org\n"
    "Subject: Why we said no\nDate: Fri, 27 Nov 2026 17:42:08 +0000\n\nDear members,\n"
)


def test_a_mail_sent_in_a_bodys_name_is_its_publication() -> None:
    email = read_email(_MAIL.format(sender="The Kestrel Picturehouse"))
    assert email is not None
    assert email.meta.get("publication") == "The Kestrel Picturehouse"
    assert "author" not in email.meta
    # Near miss: a person's name sends as the author.
    email = read_email(_MAIL.format(sender="Margaret Olowe"))
    assert email is not None
    assert email.meta.get("author") == "Margaret Olowe"
    assert "publication" not in email.meta


def test_old_reddits_community_names_the_publication_of_its_html_page() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<!doctype html><html><head><title>Temp shots, a month in : editors</title>"
        '<meta property="og:site_name" content="reddit"></head><body><div class="entry">'
        '<p class="title"><a class="title">Temp shots, a month in</a><span class="domain">'
        f'(<a href="/r/editors/">self.editors</a>)</span></p><div class="md">{body}</div>'
        "</div></body></html>"
    )
    _, meta, _ = read_html(html)
    assert meta["publication"] == "r/editors"
