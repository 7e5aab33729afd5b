"""bot.cleaner, bot.page_meta, bot.page_site and bot.html_page: the title, author, date and
publication rules written for what tuning47 and tuning48 got wrong (issue 12).

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages' variants on other platforms are in tests/fixtures/pages/tuning50.
"""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_byline import day_stated
from bot.html_page import read_html
from bot.page_meta import find_author, page_date_order, yearless_date
from bot.page_site import reader_view_site, writes_for
from tests.cleaner_essay import TRIMS_ESSAY as ESSAY


def test_a_writers_card_names_the_publication_they_write_for() -> None:
    card = ["Written by Jo Marsh", "1.2K Followers", "Writer for", "Cinema Escapist", "Follow"]
    assert writes_for(card, "Jo Marsh") == "Cinema Escapist"
    assert writes_for(["Editor of Cut & Print", "Follow"], "Jo Marsh") == "Cut & Print"
    # Near misses: a bio's phrase is no name; nor is the writer's own name a publication.
    assert writes_for(["Writer for hire, mostly trailers and promos."], None) is None
    assert writes_for(["Writer for", "Jo Marsh"], "Jo Marsh") is None


def _board(group_line: str) -> str:
    return "\n\n".join(["Tildes", "~", "Log In", group_line, "Cutting the trailer last", ESSAY])


def test_a_group_named_by_a_tilde_publishes_its_post() -> None:
    assert clean(_board("~arts.photography")).publication == "~arts.photography"
    # Near miss: a tag naming a group, in a list of tags, is no publication.
    assert clean(_board("ai, trailers, ~arts.photography")).publication != "~arts.photography"


def _tilde_page(title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Tildes"></head><body>'
        f"<article><h1>Cutting the trailer last</h1>{paragraphs}</article></body></html>"
    )


def test_a_group_named_by_a_tilde_in_the_title_tag_publishes_its_post() -> None:
    _, meta, _ = read_html(_tilde_page("Cutting the trailer last - ~arts.photography - Tildes"))
    assert meta.get("publication") == "~arts.photography"
    # Near miss: a tilde inside the headline names no group: the platform publishes it.
    _, meta, _ = read_html(_tilde_page("Cutting the trailer last for ~movies - Tildes"))
    assert meta.get("publication") == "Tildes"


def test_the_tags_under_a_tags_label_are_no_title() -> None:
    head = ["Filmnet", "Log in", "Cutting the trailer last", "Posted", "Mar 3, 2026", "By"]
    page = "\n\n".join([*head, "lena_cuts", "Tags:", "ai, trailers, editing", ESSAY])
    assert clean(page).title == "Cutting the trailer last"


def test_a_works_name_and_year_over_a_reviews_byline_is_no_title() -> None:
    page = "\n\n".join(["Hollow Tide 2026", "Review by pixelmoth", "Reviewed 3 Sep 2026", ESSAY])
    assert clean(page).title is None
    # Near miss: a headline ending in a year, over an ordinary byline, is the headline.
    page = "\n\n".join(["The Best Trailers of 2026", "By Jo Marsh", "Mar 3, 2026", ESSAY])
    assert clean(page).title == "The Best Trailers of 2026"


@pytest.mark.parametrize(
    ("head", "page", "expected"),
    [
        (["Mar 14"], "Mar 14 … Last edited: Mar 14, 2026", "2026-03-14"),
        (["Posted September 30"], "On 9/30/2026 at 4:12 PM, x said:", "2026-09-30"),
        # ... or the year a line beside it gives that month (a forum's "Jan 2026").
        (["Jan 11", "Jan 2026"], "", "2026-01-11"),
        (["Jan 11", "Jan 2026"], "Jan 11, 2025", "2026-01-11"),
        # Near misses: the day in two years names neither; no day in full names none.
        (["Mar 14"], "Mar 14, 2025 … Mar 14, 2026", None),
        (["Mar 14"], "Mar 15, 2026", None),
        (["Mar 2026"], "Mar 14, 2026", None),
        (["Jan 11", "Feb 2026"], "", None),
    ],
)
def test_a_day_alone_takes_the_year_the_page_gives_that_day(
    head: list[str], page: str, expected: str | None
) -> None:
    with page_date_order(page):
        assert yearless_date(head, page) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana Ruiz, senior colourist · 4 March 2026", "Ana Ruiz"),
        ("Tiago Mendes, assistant editor · 2 October 2026", "Tiago Mendes"),
        # Near misses: a section or a place beside the date is no writer's role.
        ("Film Reviews, archive · 4 March 2026", None),
        ("Ana Ruiz, Lisbon · 4 March 2026", None),
    ],
)
def test_a_name_with_a_role_beside_the_date_is_the_byline(line: str, expected: str | None) -> None:
    assert find_author([line], []) == expected


def test_a_reader_views_host_names_the_site_as_the_page_spells_it() -> None:
    header = ["southlandpress.co.nz", "Why we said no", "Harriet Ngata", "6–8 minutes"]
    credit = "Students in the warehouse. Photo: Southland Press"
    assert reader_view_site([*header, credit], "Harriet Ngata") == "Southland Press"
    assert reader_view_site(header, "Harriet Ngata") == "southlandpress.co.nz"
    # Near misses: a host over no reading time is no reader view; the writer's own domain
    # publishes nothing.
    assert reader_view_site([header[0], *header[1:3], "Teaching"], "Harriet Ngata") is None
    own = ["harrietngata.net", "Why we said no", "Harriet Ngata", "6–8 minutes"]
    assert reader_view_site(own, "Harriet Ngata") is None


def test_a_date_alone_under_the_standfirst_dates_the_page() -> None:
    standfirst = "Opinion: A school's head explains why students will not use generated video."
    page = "\n\n".join(["Why we said no", standfirst, "Sun 15 Nov 2026, 7:00 AM", ESSAY])
    assert clean(page).published == "2026-11-15"
    # Near miss: a date inside a later paragraph is no dateline.
    later = ESSAY + "\n\nWe decided on 15 November 2026, after a term of trying it."
    assert clean("\n\n".join(["Why we said no", standfirst, later])).published is None


def test_a_date_in_a_tooltip_over_a_relative_time_is_not_stated() -> None:
    assert not day_stated('<span title="2026-05-09T14:22:40">3 hours ago</span>', "2026-05-09")
    # Near misses: a date a reader sees, or one marked up for machines, is stated.
    assert day_stated("<p>May 9, 2026</p>", "2026-05-09")
    assert day_stated('<time datetime="2026-05-09">3 hours ago</time>', "2026-05-09")


def test_a_letter_signed_with_a_dash_under_its_text_is_the_signers() -> None:
    note = "You are reading Lens Cap Weekly. Forward it to a friend who shoots."
    cleaned = clean("\n\n".join([ESSAY, "— Ines Carvalho", note]))
    assert cleaned.author == "Ines Carvalho"
    assert "— Ines Carvalho" not in cleaned.body
    assert note not in cleaned.body
    # Near miss: a quotation's source, the essay going on under it, signs nothing.
    first, *rest = ESSAY.split("\n\n")
    more = "A fourth paragraph of the essay, which goes on arguing about trailers and cuts."
    cleaned = clean("\n\n".join([first, "— Walter Murch", *rest, more]))
    assert cleaned.author != "Walter Murch"
    assert more in cleaned.body


def _foot_page(foot: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ESSAY.split("\n\n"))
    return (
        "<html><head><title>The trims come first &#8211; Cutaway</title></head><body>"
        '<article class="post"><h1 class="entry-title">The trims come first</h1>'
        f'<div class="entry-content">{paragraphs}</div>'
        f'<footer class="entry-meta">{foot}</footer></article></body></html>'
    )


def test_a_themes_foot_sentence_read_as_the_author_names_the_writer_after_by() -> None:
    author = '<span class="author vcard"><a class="url fn n" href="/author/jo/">Jo Marsh</a></span>'
    tags = '<a href="/c/essays/">Essays</a>, tagged <a href="/t/x/">trailers</a>'
    foot = f"Posted in {tags} by {author}."
    _, meta, _ = read_html(_foot_page(f'<span class="byline">{foot}</span>'))
    assert meta.get("author") == "Jo Marsh"
    # Near miss: a byline of the name alone is read as it is.
    _, meta, _ = read_html(_foot_page(f'<span class="byline">by {author}</span>'))
    assert meta.get("author") == "Jo Marsh"
