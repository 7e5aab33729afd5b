"""bot.cleaner, bot.html_page, bot.page_meta, bot.page_site, bot.page_units and bot.furniture:
the rules written for what tuning61 (12 red-team pages on the platforms a moderator adds most,
written blind) got wrong (issue 12): a byline's pronouns, role or masthead staff taken for
names, a date in the foot over the one the post's markup marks, a signature with the writer's
role and place, a reviewer's name over the work and its rating, pull quotes set with no class,
a sign-up box naming its site, a poster's offer to send what the post shows, a video's sponsor
read, a reader's letter quoted whole after its label.

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages are in tests/fixtures/pages/tuning61.
"""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import read_html
from bot.page_meta import sign_off
from bot.page_site import find_publication
from bot.page_units import split_units
from tests.cleaner_essay import ESSAY, PARAGRAPHS, TRIMS, passages
from tests.cleaner_essay import TRIMS_ESSAY as EDIT
from tests.cleaner_essay import TRIMS_LAST as LAST


def _html(body: str = "", *, head: str = "", before: str = "", after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html><head><title>Plates Saved Our Short</title>{head}</head><body>"
        f"<main><article><h1>Plates Saved Our Short</h1>{before}{body or text}{after}</article>"
        "</main></body></html>"
    )


def _author_meta(name: str) -> str:
    return (
        f'<meta name="author" content="{name}"><meta property="og:site_name" content="Screenline">'
    )


def test_a_names_pronouns_are_not_part_of_it() -> None:
    texts = [u.text for u in split_units("Nadia Sorel (she/her)\n\nKofi Mensah (He/Him)\n")]
    assert texts == ["Nadia Sorel", "Kofi Mensah"]
    page = f"Frame Notes\n\nThe Continuity Girl\nNadia Sorel (she/her)\nNov 09, 2026\n\n{ESSAY}\n"
    cleaned = clean(page)
    assert cleaned.author == "Nadia Sorel"
    assert cleaned.title == "The Continuity Girl"
    # Near misses: a sentence that ends in a pair of pronouns, and a bracket of other words.
    text = "It was hard to say who wrote it (he/him or she/her)"
    assert [u.text for u in split_units(text)] == [text]
    assert [u.text for u in split_units("Nadia Sorel (editor)")] == ["Nadia Sorel (editor)"]


@pytest.mark.parametrize(
    ("names", "author"),
    [
        # trafilatura's reading of "Kofi Mensah (he/him)", "By Carys Wynne, Arts Correspondent"
        # and a masthead's collective byline beside the writer's.
        ("Kofi Mensah (he/him)", "Kofi Mensah"),
        ("Carys Wynne, Arts Correspondent", "Carys Wynne"),
        ("Screenline Staff, Dana Whitlock", "Dana Whitlock"),
        # Near misses: two writers stay two; a writer named like a trade stays whole.
        ("Dana Whitlock, Sam Ferreira", "Dana Whitlock; Sam Ferreira"),
        ("Ella Porter", "Ella Porter"),
    ],
)
def test_a_bylines_pronouns_role_and_masthead_staff_are_no_authors(names: str, author: str) -> None:
    head = "".join(f'<meta name="author" content="{n}">' for n in names.split(", "))
    head += '<meta property="og:site_name" content="Screenline">'
    _, meta, _ = read_html(_html(head=head))
    assert meta["author"] == author


def test_the_date_the_posts_markup_marks_above_the_text_dates_it() -> None:
    before = (
        '<p class="meta"><time class="dt-published" datetime="2026-11-03">3 Nov \'26</time></p>'
    )
    after = "<footer><p>Last updated 5 Nov 2026</p></footer>"
    _, meta, _ = read_html(_html(before=before, after=after))
    assert meta["published"] == "2026-11-03"
    # Near miss: the same markup under the text dates a reply (a webmention), not the post.
    reply = '<ul><li><time class="dt-published" datetime="2026-11-09">Nov 9</time> nice</li></ul>'
    _, meta, _ = read_html(_html(after=after + reply))
    assert meta.get("published") != "2026-11-09"


def test_a_signature_with_the_writers_role_and_place_names_them() -> None:
    assert sign_off(["— Rafe Lindqvist, recordist, Tromsø"], LAST) == ("Rafe Lindqvist", None)
    assert clean(f"{EDIT}\n\n— Rafe Lindqvist, recordist, Tromsø\n").author == "Rafe Lindqvist"
    # Near miss: a dash over a sentence after the comma is no signature.
    assert sign_off(["— Rafe Lindqvist, who recorded it. Thanks!"], LAST)[0] is None
    # An HTML page's signature block, taken out of the text as an aside, still signs it.
    signed = '<p class="signature">— Rafe Lindqvist, recordist, Tromsø</p>'
    text, meta, _ = read_html(_html(after=signed))
    assert meta["author"] == "Rafe Lindqvist"
    assert "Lindqvist" not in text


def test_a_reviewers_name_over_the_work_and_its_rating_is_the_byline() -> None:
    page = (
        "Letterboxd\nSign in\nPoster for Tidewater Saints (2026)\nAyo Bello\n"
        f"Tidewater Saints 2026\n★★★½\nWatched 14 Nov 2026\n\n{ESSAY}\n"
    )
    cleaned = clean(page)
    assert cleaned.author == "Ayo Bello"
    assert cleaned.title is None  # the work is the film's name, not the review's
    # Near miss: with no rating under the work, the name and the work are not a review's head.
    plain = clean(page.replace("★★★½\n", ""))
    assert plain.author != "Ayo Bello" or plain.title is not None


def test_a_block_quotation_repeating_the_texts_own_words_is_a_pull_quote() -> None:
    pulled = "<blockquote><p>The harbour was scenery.</p></blockquote>"
    text, _, removed = read_html(_html(after=pulled))
    assert text.count("The harbour was scenery") == 1
    assert "The harbour was scenery." in removed
    markdown = f"{EDIT}\n\n> They are pretty and interchangeable.\n"
    assert not any(
        p.startswith(">") or p.startswith("They are") for p in passages(markdown, markdown=True)
    )
    # Near misses: a quotation of words the text does not say is the author's to quote.
    quoted = "<blockquote><p>The sea does not care what you can afford.</p></blockquote>"
    text, _, _ = read_html(_html(after=quoted))
    assert "The sea does not care what you can afford." in text
    said = f"{EDIT}\n\n> The sea does not care what you can afford.\n"
    assert "The sea does not care" in clean(said, markdown=True).body


def test_a_sign_up_box_headed_with_a_name_names_the_site() -> None:
    tail = ["Sign up for Offcut", "Essays about the unglamorous half of filmmaking.", "Subscribe"]
    assert find_publication([], tail, "Sunniva Dahl") == "Offcut"
    assert find_publication([], ["Subscribe to Cutaway"], "Sunniva Dahl") == "Cutaway"
    # Near misses: a sentence asking to sign up, and a box naming no one.
    assert find_publication([], ["Sign up for our newsletter"], None) is None
    assert find_publication([], ["Sign up for Offcut to get every essay."], None) is None


@pytest.mark.parametrize(
    "line",
    [
        "Happy to share the before/after cuts by DM if the mods are OK with it.",
        "Glad to send the LUTs to anyone who wants them.",
        "I'm happy to post the project file in the comments.",
    ],
)
def test_a_posters_offer_to_send_what_the_post_shows_is_furniture(line: str) -> None:
    assert line not in clean(f"{EDIT}\n\n{line}\n").body
    # Near miss: the writer glad to have shared something, in the story.
    told = "We were happy to share the set with another crew by the end of the month."
    assert told in clean(f"{TRIMS}\n\n{told}\n\n{LAST}\n").body


def test_a_videos_sponsor_read_is_furniture() -> None:
    read = (
        "This video is sponsored by Gridframe. Get two months of their review tool free with "
        "code INES at the link below."
    )
    assert "Gridframe" not in clean(f"Why I Stopped Hiding\n\n{read}\n\n{ESSAY}\n").body
    # Near miss: the essay saying who paid for the film.
    told = "This film is sponsored by nobody, which is why it took four years."
    assert told in clean(f"{ESSAY}\n\n{told}\n").body


def test_a_readers_letter_quoted_whole_after_its_label_is_furniture() -> None:
    letter = (
        'A projectionist in Hebden Bridge writes: "We had a generated short before the main '
        'feature and three people asked for refunds."'
    )
    # Between the letter's own paragraphs, where no foot rule reaches it.
    assert "Hebden Bridge" not in clean(f"{TRIMS}\n\n{letter}\n\n{LAST}\n").body
    # Near miss: the author reporting what someone wrote, with no letter quoted after a colon.
    told = "A projectionist in Hebden Bridge writes that three people asked for refunds."
    assert told in clean(f"{TRIMS}\n\n{told}\n\n{LAST}\n").body
    # ... and the author quoting a critic, then answering in the same paragraph.
    answered = 'One critic wrote: "Generated films are dead on arrival." I think the opposite.'
    assert answered in clean(f"{TRIMS}\n\n{answered}\n\n{LAST}\n").body
