"""Structural rules for platforms no rule was written for (issue 12; tuning36, once heldout24).

Each rule reads a page's shape (a footer repeated under posts, a notice that hides the rest of
a post, a sign-off), not a platform's words; each test has a near miss the rule must leave.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.page_meta import date_alone
from tests.cleaner_essay import TRIMS as ESSAY


def _signed_thread(comments: int) -> str:
    posts = [
        f"This is comment number {n} and it says something short.\n"
        f"posted by reader_{n} at 3:1{n} PM on March 2 [{n} favorites]"
        for n in range(comments)
    ]
    return "\n".join(
        [
            "Skip to content",
            "Cutting Room",
            "Log in",
            "",
            "The shot I always trim first",
            "April 4, 2026 9:00 AM   Subscribe",
            "",
            ESSAY,
            "",
            "posted by cutter_jo (12 comments total) 4 users marked this as a favorite",
            *posts,
            "Add a comment to this post",
        ]
    )


def test_posts_signed_under_them_end_the_essay_at_the_first_footer() -> None:
    cleaned = clean(_signed_thread(3))
    assert cleaned.author == "cutter_jo"
    assert "comment number" not in cleaned.body
    assert cleaned.body.startswith("I cut trailers")
    assert cleaned.title == "The shot I always trim first"
    assert cleaned.published == "2026-04-04"


def test_one_footer_and_a_reply_are_no_signed_thread() -> None:
    # Near miss: a byline-like footer once and one reply are not a thread's repeated shape.
    cleaned = clean(_signed_thread(1))
    assert cleaned.author != "cutter_jo"


def test_a_button_set_apart_beside_a_date_leaves_the_line_a_date() -> None:
    assert date_alone("March 2, 2026 2:58 PM   Subscribe") == "2026-03-02"
    assert date_alone("March 2, 2026 2:58 PM Subscribe to the letters") is None


def _qa_page(marked: bool) -> str:
    def item(kind: str, prop: str) -> str:
        return f'itemprop="{prop}" itemscope itemtype="https://schema.org/{kind}"' if marked else ""

    def post(prop: str, body: str, verb: str, when: str, who: str) -> str:
        return (
            f'<div class="post" {item("Answer", prop)}><div itemprop="text"><p>{body}</p></div>'
            f'<div class="sig">{verb} <span>{when}</span>'
            f'<div itemprop="author"><a href="/u/1">{who}</a><span>1,204</span></div></div></div>'
        )

    answer = " ".join(
        [
            "Generated previs saved our five-person crew two full days of blocking last autumn.",
            "It is a picture of a conversation, not of the film, and that is where it helps.",
            "It is bad at anything physical, so walk the location before you trust a frame.",
        ]
        * 3
    )
    return (
        "<html><head><title>Is generative previs worth it on a tiny shoot? - Film Q&amp;A"
        "</title></head><body><h1>Is generative previs worth it on a tiny shoot?</h1>"
        f'<div {item("Question", "mainEntity")}><div itemprop="text"><p>People tell me to '
        "previs everything with a video model. Is that worth the time for a crew of four, "
        "or does it make pretty clips nobody can shoot?</p></div>"
        '<div>asked <span>Jan 12, 2026</span><div itemprop="author"><a>asker_ana</a></div>'
        "</div></div><h2>2 Answers</h2>"
        + post(
            "suggestedAnswer",
            "Just use a pencil and a phone. Walk it with your DP.",
            "answered",
            "Jan 15, 2026",
            "brief_ben",
        )
        + post("acceptedAnswer", answer, "answered", "Jan 14, 2026", "Maren Holt")
        + "</body></html>"
    )


def test_a_marked_up_qa_page_is_its_accepted_answer_signed_by_its_answerer() -> None:
    from bot.html_page import read_html

    text, meta, _ = read_html(_qa_page(marked=True))
    assert "Generated previs saved" in text
    assert "pencil and a phone" not in text
    assert "worth the time for a crew" not in text
    assert meta["author"] == "Maren Holt"
    assert meta["published"] == "2026-01-14"


def test_without_qa_markup_no_answer_is_chosen() -> None:
    from bot.html_page import read_html

    _, meta, _ = read_html(_qa_page(marked=False))
    assert meta.get("author") != "Maren Holt" or meta.get("published") != "2026-01-14"


def _update_page(notice: str) -> str:
    return "\n".join(
        [
            "Skip to main content",
            "Log in",
            "Back this project",
            "The Heron Reel: a hand-drawn short",
            "by Marsh Light Studio",
            "Campaign",
            "Updates",
            "Update #4",
            "What we decided about the generated backgrounds",
            "Marsh Light Studio",
            "Creator",
            "Posted Mar 3, 2026",
            "",
            ESSAY,
            "",
            notice,
            "",
            "Like",
        ]
    )


def test_a_notice_that_the_rest_is_for_members_only_is_furniture() -> None:
    notice = "This update is for backers only. Back this project to see the rest."
    cleaned = clean(_update_page(notice))
    assert notice not in cleaned.body
    assert "survey" not in cleaned.body
    # Near miss: the author saying an event was for members only argues, it hides nothing.
    said = "Our first screening this spring was for backers only, and half of them cried."
    assert said in clean(_update_page(said)).body


def test_a_posts_own_byline_under_its_headline_beats_the_pages_byline_above() -> None:
    cleaned = clean(_update_page("Like"))
    assert cleaned.title == "What we decided about the generated backgrounds"
    assert cleaned.published == "2026-03-03"


def _story(submitter: str, comments: int) -> str:
    heads = [
        f"Comment subject {n} (Score:{n}, Insightful)\n"
        f"by poster{n} ( 11380{n} ) on Tuesday August 11, 2026 @08:4{n}PM (#6558120{n})\n"
        f"This is comment {n}, and it is nobody's essay at all.\n"
        "Reply to This Share\n"
        for n in range(comments)
    ]
    return "\n".join(
        [
            "Stories",
            "Login",
            "",
            "Movies AI",
            "An Editor Argues Generated Shots Are Making Trailers Worse 87",
            "Posted by EditorOnDuty on Tuesday August 11, 2026 @08:30PM from the no-steak dept.",
            submitter,
            ESSAY.replace("\n\n", "\n"),
            "",
            "Share",
            "",
            "The Fine Print: The following comments are owned by whoever posted them.",
            "",
            *heads,
            "Copyright © 2026 Example Media.",
        ]
    )


def test_comments_under_the_same_dated_byline_are_cut_and_the_submitter_wrote_it() -> None:
    cleaned = clean(_story("Longtime reader reel_bender writes:", 3))
    assert "nobody's essay" not in cleaned.body
    assert "Fine Print" not in cleaned.body
    assert cleaned.author == "reel_bender"
    assert cleaned.title == "An Editor Argues Generated Shots Are Making Trailers Worse"
    assert cleaned.published == "2026-08-11"


def test_a_generic_submitter_names_nobody_and_two_bylines_are_no_thread() -> None:
    cleaned = clean(_story("An anonymous reader writes:", 3))
    assert cleaned.author != "reader"
    # Near miss: two dated bylines under a story are not yet a thread's repeated shape.
    assert "nobody's essay" in clean(_story("An anonymous reader writes:", 2)).body


def test_a_version_or_a_year_after_a_headline_is_the_headline_s() -> None:
    page = "\n".join(["Login", "", "{}", "March 3, 2026", "", ESSAY])
    for headline in (
        "What Six Months With Sora 2",
        "The Films We Watched Most In 2026",
        "Why My Studio Went Back to Plates for Season 12",
    ):
        assert clean(page.format(headline)).title == headline


def test_a_paired_shortcode_and_what_it_wraps_are_not_the_post() -> None:
    page = "\n\n".join(
        [
            "# Cutting with generated shots",
            '{% callout "info" %}\nThis post is adapted from a talk I gave in March.\n'
            "{% endcallout %}",
            ESSAY,
            "{% pullquote %}\nThey are pretty and interchangeable.\n{% endpullquote %}",
            "{% markdown %}\nThe students noticed the seams before I pointed them out, "
            "every single time.\n{% endmarkdown %}",
        ]
    )
    cleaned = clean(page, markdown=True)
    assert "adapted from a talk" not in cleaned.body
    assert "They are pretty and interchangeable." not in cleaned.body.split("\n\n")
    # Near miss: a block that wraps the text itself keeps it.
    assert "The students noticed the seams" in cleaned.body


def _letter(copyright_line: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        "<html><head><title>Reel Letters #9: Cheap images</title>"
        '<meta property="og:url" content="https://us9.mail-archive.example/?u=1&id=2">'
        "</head><body><table><tr><td><h1>Cheap images</h1>"
        "<p><em>Issue #9 · by Ada Brennan-Ross · March 9, 2026</em></p>"
        f"{paragraphs}<p>That's the letter. If you've got a folder of your own, hit reply and "
        "tell me what's in it.</p><p>Ada</p></td></tr>"
        f"<tr><td><em>{copyright_line}</em><br>You are receiving this because you signed up."
        "</td></tr></table></body></html>"
    )


def test_a_letters_byline_and_its_copyright_holder_beat_a_first_name_and_a_mail_host() -> None:
    from bot.html_page import read_html

    _, meta, _ = read_html(
        _letter("Copyright © 2026 Reel Letters, All rights reserved."),
        url="https://us9.mail-archive.example/?u=1&id=2",
    )
    assert meta["author"] == "Ada Brennan-Ross"
    assert meta["publication"] == "Reel Letters"
    # Near miss: the author's own name in the copyright line names no publication.
    _, meta, _ = read_html(
        _letter("Copyright © 2026 Ada Brennan-Ross, All rights reserved."),
        url="https://us9.mail-archive.example/?u=1&id=2",
    )
    assert meta.get("publication") != "Ada Brennan-Ross"


def test_a_call_to_reply_after_a_short_closing_line_is_furniture() -> None:
    from bot.page_units import Unit, is_furniture

    line = "That's the letter. If you've got a folder of your own, hit reply and tell me."
    assert is_furniture(Unit(line, 0, 0))
    assert not is_furniture(Unit("That’s the letter. If you’ve got a folder, keep it.", 0, 0))


def _hosted_blog(site: str, url: str, title_tag: str, heading: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        f"<html><head><title>{title_tag}</title>"
        f'<meta property="og:title" content="Cheap images">{site}'
        f'<link rel="canonical" href="{url}"></head><body>{heading}'
        f'<div class="entry"><h3>Cheap images</h3><time datetime="2026-05-21">21 May, 2026</time>'
        f"{paragraphs}</div></body></html>"
    )


def test_a_blog_named_after_its_writer_on_their_own_subdomain_is_theirs() -> None:
    from bot.html_page import read_html

    site = '<meta property="og:site_name" content="Ines Varga">'
    url = "https://inesvarga.smallblog.example/cheap-images/"
    _, meta, _ = read_html(_hosted_blog(site, url, "Cheap images | Ines Varga", ""), url=url)
    assert meta["author"] == "Ines Varga"
    assert "publication" not in meta
    # Near miss: a site named after someone else on a host of its own stays the publication.
    url = "https://reelnotes.smallblog.example/cheap-images/"
    _, meta, _ = read_html(_hosted_blog(site, url, "Cheap images | Ines Varga", ""), url=url)
    assert meta.get("author") != "Ines Varga"


def test_a_journals_user_and_its_name_in_the_header_over_the_entry() -> None:
    from bot.html_page import read_html

    url = "https://booth_kat.journals.example/48213.html"
    html = _hosted_blog("", url, "booth_kat: Cheap images", "<h1>Flicker Notes</h1>")
    _, meta, _ = read_html(html, url=url)
    assert meta["author"] == "booth_kat"
    assert meta["publication"] == "Flicker Notes"
    # Near miss: a <title> led by another word than the host's user names nobody.
    html = _hosted_blog("", url, "Journal: Cheap images", "<h1>Flicker Notes</h1>")
    assert read_html(html, url=url)[1].get("author") != "Journal"


def _portfolio(copyright_line: str) -> str:
    return "\n".join(
        [
            "Skip to main content",
            "Folio",
            "Discover",
            "Log In",
            "",
            "Moonwell, a title sequence made with generated footage",
            "Lucia Ferr",
            "Follow",
            "",
            ESSAY,
            "",
            "Thank you for watching ✨",
            "",
            "Tools",
            "Adobe After Effects",
            "Creative Fields",
            "Motion Graphics",
            "",
            "Appreciate",
            "9,871",
            "views",
            "143",
            "comments",
            "Published: March 24th 2026",
            "",
            "Folio",
            "Terms of Use",
            copyright_line,
        ]
    )


def test_a_foot_s_published_line_dates_the_post_and_the_site_beats_its_owner() -> None:
    cleaned = clean(_portfolio("© 2026 Bigco Inc. All rights reserved."))
    assert cleaned.published == "2026-03-24"
    assert cleaned.publication == "Folio"
    # Near miss: a company the head names too is the publication.
    cleaned = clean(_portfolio("© 2026 Folio Inc. All rights reserved."))
    assert cleaned.publication == "Folio"


def test_a_first_name_signing_the_text_is_its_author_when_the_foot_gives_it_as_a_handle() -> None:
    page = (
        "Slow Reels\nHome\nAbout\n\nThree months with a generator\n\n{}\n\n{}\n\n#film\n\n"
        "Follow @noor@slowreels.example on the fediverse\n"
    )
    assert clean(page.format(ESSAY, "— Noor")).author == "Noor"
    # Near misses: a dash and a name under a quotation are its source, not a signature; a
    # first name nothing else on the page gives names nobody.
    quoted = ESSAY + "\n\n“The camera was never the hard part.”"
    assert clean(page.format(quoted, "— Noor")).author != "Noor"
    assert clean(page.replace("@noor@", "@slowreels@").format(ESSAY, "— Noor")).author is None
