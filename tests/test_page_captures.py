"""Captures, journals and communities (tuning70's misses fixed by web44, issue 12): an archive's
capture over the page it saved, a company's legal form before its name, a journal's owner
named in its header and again over the entry, a post's header naming its poster's profile and
the community it was posted in, and an offer of the post's files. The variant pages are in
tests/fixtures/pages/tuning73; these are the near misses."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import _posted_in, read_html
from bot.page_meta import date_alone, dated_byline, dateline_of_address, find_author, user_by_time
from bot.page_site import blog_name, find_publication
from bot.page_units import Unit, is_junk

ADDRESS = "https://www.harbourpost.example/culture/2026/03/14/a-slug/"


def test_the_date_the_pages_address_names_is_its_dateline_over_the_captures() -> None:
    head = ["Saved from", ADDRESS, "15 Mar 2026 08:02:11 UTC", "The Harbour Post", "14 March 2026"]
    assert dateline_of_address(head) == "2026-03-14"


@pytest.mark.parametrize(
    "head",
    [
        # Near misses: an address with no date in it, and a date the address names that no
        # line of the page shows (the date is what the page says).
        ["Saved from", "https://www.harbourpost.example/culture/a-slug/", "14 March 2026"],
        ["Saved from", ADDRESS, "15 Mar 2026 08:02:11 UTC"],
    ],
)
def test_an_address_dates_nothing_the_page_does_not_show(head: list[str]) -> None:
    assert dateline_of_address(head) is None


def test_a_legal_form_before_a_companys_name_names_the_masthead_deep_in_a_capture() -> None:
    capture = ["Wayback Machine", ADDRESS, "Go", "3 captures", "16 Apr 2026", *"ABCDEFGHIJ"]
    head = [*capture, "Sign in", "Kaunas Herald", "News from the city", "Home"]
    foot = ["© 2026 UAB Kaunas Herald Media. All rights reserved."]
    assert find_publication(head, foot, "Rūta Petrauskienė") == "Kaunas Herald"
    # Near miss: with no masthead of its words, the company stays as the copyright names it.
    assert find_publication(head[:-3], foot, "Rūta Petrauskienė") == "UAB Kaunas Herald Media"


JOURNAL = ["Night Bus Cutting Room", "marginal_splice", "cutting on trains, mostly", "Archive"]
ENTRY = ["Mar. 3rd, 2026", "09:15 pm", "the festival wanted a trailer", "marginal_splice"]
TEXT = (
    "Our little festival has cut its own trailer every year since 2011, a mess of volunteers "
    "and borrowed footage."
)


def test_a_journals_owner_again_over_the_entrys_text_is_its_byline() -> None:
    lines = [*JOURNAL, *ENTRY, TEXT]
    assert user_by_time(lines, len(lines) - 2) == "marginal_splice"
    # Near misses: the name over a short line (a header's), and shown twice in a row only.
    assert user_by_time([*JOURNAL, *ENTRY, "Reply"], len(lines) - 2) is None
    assert user_by_time(["Archive", "marginal_splice", "marginal_splice", TEXT], 2) is None


def test_a_journals_name_over_its_owners_user_name_is_the_publication() -> None:
    lines = ["Dreamwidth Studios", *JOURNAL, *ENTRY, TEXT]
    assert blog_name(lines, "marginal_splice", "marginal_splice") == "Night Bus Cutting Room"


@pytest.mark.parametrize(
    "above",
    [
        # Near misses: a person's name made of the user name, a menu's last item, an initial.
        ["Marginal Splice"],
        ["Communities", "Discover"],
        ["H"],
    ],
)
def test_a_name_over_the_user_name_need_not_be_a_journals(above: list[str]) -> None:
    lines = ["Dreamwidth", *above, "marginalsplice", "Archive", *ENTRY[:3], "marginalsplice", TEXT]
    assert blog_name(lines, "marginalsplice", "marginalsplice") is None
    avatar = ["Dreamwidth", *above, "marginalsplice", "marginalsplice", "Follow", TEXT]
    assert blog_name(avatar, "marginalsplice", "marginalsplice") is None


POST = "Every background in our stop-motion short is painted on glass, and it takes a week per set."


def _page(header: str) -> str:
    paragraphs = "".join(f"<p>{POST} {k}</p>" for k in ("Once.", "Twice.", "Three times."))
    return (
        "<html><head><title>Painted skies</title>"
        '<meta property="og:site_name" content="Steemit"/></head><body><div class="PostFull">'
        f'<div class="PostFull__header"><h1>Painted skies</h1><div>{header}</div></div>'
        f'<div class="PostFull__body">{paragraphs}</div></div></body></html>'
    )


def test_a_posts_header_names_its_poster_by_profile_link_and_its_community() -> None:
    poster = '<span class="user"><a href="/@nadia.mattes">@nadia.mattes</a></span>'
    header = f'{poster} <span>in <a href="/c/1">Stop Motion Guild</a></span>'
    _, meta, _ = read_html(_page(header))
    assert (meta["author"], meta["publication"]) == ("nadia.mattes", "Stop Motion Guild")


@pytest.mark.parametrize(
    "header",
    [
        # Near misses: "in" a link that is no community's name, and a community with no poster
        # linked before it.
        'by <a href="/@nadia.mattes">nadia.mattes</a> in <a href="/t/1">this thread</a>',
        'posted in <a href="/c/1">Stop Motion Guild</a>',
    ],
)
def test_a_link_after_in_is_not_always_a_community(header: str) -> None:
    assert _posted_in(_page(header), POST) is None


@pytest.mark.parametrize(
    "line",
    [
        # tuning70's DEV post closed on where its code was and an offer to answer questions.
        "The code is on GitHub if anyone wants it. Happy to answer questions in the comments.",
        "The project files are on my site if anybody needs them.",
    ],
)
def test_an_offer_of_the_posts_files_to_whoever_wants_them_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


def test_an_offer_that_goes_on_to_argue_is_the_authors() -> None:
    # Near miss: tuning4's dev.to paste keeps this one, the clause after it a judgement.
    line = "The code is on my profile if anyone wants it, but I would use it for first drafts only."
    assert not is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # tuning70's Blogger paste in Portuguese, its comments' dates, a German byline's date:
        # month names and the words around a date as dateparser reads them, in any language.
        ("quinta-feira, 19 de novembro de 2026", "2026-11-19"),
        ("20 de novembro de 2026 às 07:48", "2026-11-20"),
        ("18. November 2026 um 08:51 Uhr", "2026-11-18"),
        ("Veröffentlicht am 17. November 2026", "2026-11-17"),
        ("Publié le 4 mars 2026", "2026-03-04"),
    ],
)
def test_a_date_in_another_languages_words_is_a_dateline(line: str, day: str) -> None:
    assert date_alone(line) == day


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a forum poster's profile under its label's colon, a year with no day, a
        # sentence with a date in it, a headline over a number.
        "Joined: Tue Jun 09, 2015 7:41 pm",
        "Membro desde março de 2019",
        "O festival começou em 19 de novembro de 2026 com chuva",
        "Top 10 films of 2026",
    ],
)
def test_a_line_with_a_date_in_it_is_not_always_a_dateline(line: str) -> None:
    assert date_alone(line) is None


def test_a_dateline_names_its_writer_after_whatever_word_stands_for_by() -> None:
    assert find_author(["Pubblicato il 4 marzo 2026 da Giulia Neri"], []) == "Giulia Neri"
    assert dated_byline("Publicado em 3 de março de 2026 por Ana Reis") == "2026-03-03"
    assert find_author(["Posted on March 3, 2026 by Alma Reyes"], []) == "Alma Reyes"
    # Near misses: in English only "by" names a writer after a date.
    assert find_author(["Posted on March 3, 2026 at Cannes"], []) is None
    assert dated_byline("March 3, 2026 in Features") is None


def test_a_foot_line_naming_the_poster_and_the_time_in_any_language() -> None:
    tail = ["Postado por Tiago Arruda às 22:14", "Compartilhar", "Quem sou eu", "Tiago Arruda"]
    assert find_author([], tail) == "Tiago Arruda"
    # Near miss: a place the page names nowhere else, shaped the same.
    assert find_author([], ["Filmado em São Paulo às 22:14", "Compartilhar"]) is None


SAID = "Verissimo, and the frames nobody planned are the ones that make a scene breathe for me."
COMMENTS = ["Marco Fabbri", "5 marzo 2026 alle 09:12", SAID, "Rispondi"]
REPLY = ["Giulia Neri", "5 marzo 2026 alle 10:40", "Grazie!", "Rispondi"]
ESSAY = " ".join(["Every editor I trained with held the outgoing shot one more second."] * 12)


def _cleaned(*lines: str) -> str:
    return clean("\n\n".join(["The extra second", ESSAY, *lines])).body


def test_names_over_dates_under_the_text_are_comments_in_any_language() -> None:
    assert "Verissimo" not in _cleaned("2 commenti", *COMMENTS, *REPLY)
    page = "\n\n".join(["# The extra second", ESSAY, "### Un commento", *COMMENTS])
    assert "Verissimo" not in clean(page, markdown=True).body


@pytest.mark.parametrize(
    "lines",
    [
        # Near misses: one name over a date under the text, not under a heading (the writer's
        # own byline, perhaps), and the same name over each date (a thread of one's own posts).
        (*COMMENTS,),
        (*COMMENTS, *COMMENTS),
    ],
)
def test_a_name_over_a_date_alone_is_no_comment_section(lines: tuple[str, ...]) -> None:
    assert "Verissimo" in _cleaned(*lines)
