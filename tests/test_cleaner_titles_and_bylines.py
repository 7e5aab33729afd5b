"""bot.cleaner and bot.html_page: which lines of a page are its title and its byline (issue 12).

A picture's alt text, a site's section page, the <title>'s parts, a review's rating between
headline and byline, a menu link or a name over a date, a writer's card, a first name signing a
letter, an About box. Each rule reads a page's shape, not a platform's words; each test has a
near miss the rule must leave.
"""

from __future__ import annotations

from bot.cleaner import clean
from tests.cleaner_essay import TRIMS as ESSAY


def test_an_images_alt_text_naming_a_handles_picture_is_no_title() -> None:
    page = "\n".join(["Skip to main content", "r/Filmmakers icon", "", ESSAY])
    cleaned = clean(page)
    assert "r/Filmmakers icon" in cleaned.removed
    assert cleaned.title != "r/Filmmakers icon"
    # Near miss: a headline that ends in the word is a headline.
    headline = "\n".join(["Skip to main content", "The Last Cinema Icon", "", ESSAY])
    assert clean(headline).title == "The Last Cinema Icon"


def _portfolio(title: str, byline: str) -> str:
    paragraphs = "".join(f"{p}<br><br>" for p in ESSAY.split("\n\n"))
    return (
        f'<html><head><title>{title}</title><meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="Ines Marlow"></head><body>'
        '<div class="header"><a href="/">Ines Marlow</a> <a href="/Work">Work</a> '
        '<a href="/Writing">Writing</a> <a href="/Info">Info</a></div>'
        f'<div class="page"><b>The trims come first</b><br><small>{byline}</small><br><br>'
        f"{paragraphs}</div></body></html>"
    )


def test_a_sites_section_page_takes_its_title_and_author_from_the_piece() -> None:
    from bot.html_page import read_html

    text, meta, _ = read_html(_portfolio("Ines Marlow — Writing", "Ines Marlow, April 2026"))
    assert "title" not in meta  # the site's name and a menu link: a section's page
    assert meta.get("author") == "Ines Marlow"  # the site's name signing the piece
    assert "publication" not in meta
    assert clean(text).title == "The trims come first"


def test_a_posts_own_title_and_another_signature_are_left() -> None:
    from bot.html_page import read_html

    # Near misses: a <title> whose second part is no menu link is the post's; a byline naming
    # someone else than the site leaves the site its publisher.
    _, meta, _ = read_html(_portfolio("Ines Marlow — The trims come first", "Ines Marlow"))
    assert meta.get("title") == "The trims come first"
    _, meta, _ = read_html(_portfolio("Ines Marlow — Writing", "Dana Wells, April 2026"))
    assert meta.get("publication") == "Ines Marlow"
    assert meta.get("author") != "Ines Marlow"


def _old_site(heading: str) -> str:
    paragraphs = "".join(f"<P>{p}</P>" for p in ESSAY.split("\n\n"))
    return (
        "<HTML><HEAD><TITLE>The Splice Room - The Trims Come First</TITLE></HEAD><BODY>"
        '<CENTER><IMG SRC="banner.gif" ALT="THE SPLICE ROOM"></CENTER><TABLE><TR>'
        '<TD><A HREF="index.html">Home</A><BR><A HREF="essays.html">Essays</A></TD>'
        f"<TD>{heading}<P><I>Posted 14 June 2025 by Gus Ambler</I></P>{paragraphs}</TD>"
        "</TR></TABLE></BODY></HTML>"
    )


def test_the_title_part_a_heading_shows_is_the_posts_the_other_the_sites() -> None:
    from bot.html_page import read_html

    _, meta, _ = read_html(_old_site("<H2>The Trims Come First</H2>"))
    assert meta.get("title") == "The Trims Come First"
    assert meta.get("publication") == "The Splice Room"
    # Near miss: no heading shows either part; the <title> is read as before.
    _, meta, _ = read_html(_old_site("<P><B>Notes</B></P>"))
    assert meta.get("publication") != "The Splice Room"


def _review(rating: str) -> str:
    menu = ["Skip to main content", "Reviews", "Great Movies", "Streaming", "Sign in", "Search"]
    head = ["The Salt Line", rating, "Ines Marlow", "February 20, 2026", ""]
    return "\n".join([*menu, *head, ESSAY])


def test_a_reviews_rating_between_headline_and_byline_leaves_both_read() -> None:
    for rating in ("★★★", "★★★½", "3.5/5"):
        cleaned = clean(_review(rating))
        assert cleaned.title == "The Salt Line", rating
        assert cleaned.author == "Ines Marlow", rating


def test_a_line_of_words_between_headline_and_name_is_no_rating() -> None:
    # Near miss: a menu's next item sits there, so "The Salt Line" is still an item of the menu.
    assert clean(_review("Festivals")).title != "The Salt Line"


def _letter_archive(repeated: str) -> str:
    head = ["Skip to content", "The Reel Letters Weekly", repeated, "About", "Subscribe", ""]
    title = "The trims come first"
    post = ["The Reel Letters Weekly", repeated, "March 3, 2026", title, title]
    return "\n".join([*head, *post, "", ESSAY, "", "— Ines Marlow", "", "Share this post"])


def test_a_menu_link_shown_again_over_the_date_is_no_poster() -> None:
    cleaned = clean(_letter_archive("Archives"))
    assert cleaned.author == "Ines Marlow"  # the sign-off, not the menu's "Archives"
    assert cleaned.title == "The trims come first"  # the headline shown twice over the text


def test_a_name_shown_again_over_the_date_is_still_the_poster() -> None:
    # Near miss: the page's header name (a studio's) shown again over the post's date.
    assert clean(_letter_archive("Kestrel Studio")).author == "Kestrel Studio"


def _with_card(after: list[str]) -> str:
    foot = ["Subscribe to Reel Letters", "Email address", "Subscribe"]
    card = ["Ines Marlow", "I write about film sets and the people on them."]
    head = ["Reel Letters", "", "The trims come first", ""]
    return "\n".join([*head, ESSAY, "", *foot, *card, *after])


def test_a_writers_card_in_the_foot_names_the_author_and_is_not_the_essay() -> None:
    cleaned = clean(_with_card(["Posthaven", "Log in"]))
    assert cleaned.author == "Ines Marlow"
    assert "I write about film sets" not in cleaned.body


def test_a_name_over_a_first_person_line_with_text_under_it_is_the_essays() -> None:
    # Near miss: running text goes on under it, so it is no card in the foot.
    more = "Small crews learn on crowded sets, and that is where the craft is passed along too."
    cleaned = clean(_with_card(["", more]))
    assert "I write about film sets and the people on them." in cleaned.body


def _letter_signed(foot: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        "<html><head><title>The trims come first</title></head><body><table><tr><td>"
        f"<h2>The trims come first</h2><p>Hi friends,</p>{paragraphs}"
        "<p>Hit reply and tell me which shot you would trim. I read every one.</p><p>Ines</p>"
        f"</td></tr><tr><td><p>You're receiving this because you subscribed.</p><p>{foot}</p>"
        "<p>Unsubscribe · Update your profile</p></td></tr></table></body></html>"
    )


def test_a_first_name_signing_a_letter_is_its_sender_named_in_full_in_the_foot() -> None:
    from bot.html_page import read_html

    text, meta, _ = read_html(_letter_signed("Ines Marlow, 18 Rua das Flores, Lisbon"))
    assert clean(text, title=meta.get("title")).author == "Ines Marlow"


def test_a_first_name_the_foot_never_gives_in_full_names_nobody() -> None:
    from bot.html_page import read_html

    # Near miss: the foot's address names someone else.
    text, meta, _ = read_html(_letter_signed("Dana Wells, 18 Rua das Flores, Lisbon"))
    assert clean(text, title=meta.get("title")).author is None


def _blog_with_about(about: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        '<html><head><title>Splice Notes: The trims come first</title><meta property="og:title" '
        'content="The trims come first"></head><body><div class="entry">'
        f"<h3>The trims come first</h3>{paragraphs}<p>Posted at 09:12 AM in Film</p></div>"
        '<div class="sidebar"><div class="module"><h2>About</h2>'
        f'<div class="module-content"><p>{about}</p></div></div></div></body></html>'
    )


def test_a_blogs_about_box_opening_on_a_name_names_its_writer() -> None:
    from bot.html_page import read_html

    _, meta, _ = read_html(_blog_with_about("Ines Marlow cuts trailers in Glasgow."))
    assert meta.get("author") == "Ines Marlow"


def test_an_about_box_that_describes_the_blog_names_nobody() -> None:
    from bot.html_page import read_html

    # Near miss: the box opens on the blog's own description, not a person's name.
    _, meta, _ = read_html(_blog_with_about("Splice Notes is a blog about editing."))
    assert meta.get("author") is None
