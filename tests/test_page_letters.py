"""bot.cleaner, bot.headline, bot.page_meta, bot.page_site and bot.furniture: the rules written
for five misses the last round met on its own variant pages (issue 12): a club's own valediction
over a name, a masthead's tagline in sentence case, a letter's name with lower-case small words,
a views line's place, and a Ghost letter clipped to Markdown (its site's name as the first
heading, its issue line with the writer, its blurb closing on the call to subscribe).

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages are in tests/fixtures/pages/tuning55.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.page_meta import date_alone, signs_off
from bot.page_site import find_publication
from bot.page_units import Unit, is_furniture, split_units
from tests.cleaner_essay import TRIMS_ESSAY as ESSAY
from tests.cleaner_essay import TRIMS_LAST as LAST


def test_a_clubs_own_valediction_over_a_name_signs_the_letter_off() -> None:
    assert signs_off("Yours in splices,", LAST, None, "Morwenna")
    assert signs_off("Yours in the dark,", LAST, None, "Ada Brennan")
    # Near misses: the valediction over a sentence, and a sentence that opens the same way.
    assert not signs_off("Yours in splices,", LAST, None, "The meeting is on Friday.")
    assert not signs_off("Yours in splices, as ever, is the job of the secretary.", LAST, None, "")
    page = f"{ESSAY}\n\nYours in splices,\nMorwenna\n\nHolm Film Club | 2 Quay Rd | a@b.org\n"
    assert "Holm Film Club" not in clean(page).body


def test_a_taglines_sentence_case_under_the_name_is_not_the_headline() -> None:
    page = (
        "The Leader\nNews and notes for members of the Holm Cine Club\n\n"
        "What the Restoration Left Out\n\nBy Ada Brennan | 2 March 2026\n\n" + ESSAY
    )
    assert clean(page).title == "What the Restoration Left Out"
    # Near miss: a headline in Title Case under the name stays the longest line over the byline.
    page = (
        "The Leader\nWhat the Restoration Left Out of the Film\n\nNotes\n\n"
        "By Ada Brennan | 2 March 2026\n\n" + ESSAY
    )
    assert clean(page).title == "What the Restoration Left Out of the Film"


def test_a_letters_name_may_keep_its_small_words_in_lower_case() -> None:
    head = ["Tales from the Mixing Desk", "Issue #4 · May 2, 2026"]
    assert find_publication(head, [], None) == "Tales from the Mixing Desk"
    # Near miss: a sentence over the issue line names no letter.
    assert find_publication(["Welcome to the new issue", head[1]], [], None) is None


def test_a_views_lines_place_after_its_date_is_no_sentence() -> None:
    assert date_alone("1,204 views  Mar 2, 2026  Cork, Ireland") == "2026-03-02"
    assert date_alone("1,204 views  Mar 2, 2026  New York City  #vlog") == "2026-03-02"
    # Near misses: words after the date that are a sentence, and a place with no counter first.
    assert date_alone("1,204 views  Mar 2, 2026  We went to Cork") is None
    assert date_alone("Mar 2, 2026  Cork, Ireland") is None


def test_a_videos_premiere_or_stream_dates_its_views_line() -> None:
    # tuning57's YouTube page: "Premiered" before the date, tags after it.
    assert date_alone("8,311 views  Premiered Apr 4, 2026  #vfx #shortfilm") == "2026-04-04"
    assert date_alone("Streamed live on Apr 4, 2026") == "2026-04-04"
    # Near miss: a date inside a sentence about a premiere is no dateline.
    assert date_alone("It premiered Apr 4, 2026 to an empty room") is None


def test_a_clipped_ghost_letter_reads_its_head_and_drops_its_blurb() -> None:
    page = (
        "# Reel Notes\n\n- [Home](https://r.example/)\n- [Archive](https://r.example/a/)\n\n"
        "## The Trailer That Cut Itself\n\n*Issue 3 · by Ada Brennan · Mar 2, 2026*\n\n"
        f"{ESSAY}\n\n*Reel Notes is a letter about trailers. Subscribe to get it by email.*\n\n"
        "Reel Notes © 2026\n"
    )
    cleaned = clean(page, markdown=True)
    assert cleaned.title == "The Trailer That Cut Itself"
    assert cleaned.published == "2026-03-02"
    assert "Subscribe" not in cleaned.body
    # Near misses: a first heading the foot does not name again is the title; a paragraph of
    # several sentences closing on "Subscribe …" is prose.
    assert clean(page.replace("# Reel Notes", "# Reel Talk"), markdown=True).title == "Reel Talk"
    prose = (
        "The studio sent a form. It asked which frames were generated. Nobody knew. "
        "Subscribe to that uncertainty."
    )
    assert not is_furniture(Unit(prose, 0, 1))


def test_a_line_of_fields_between_pipes_never_runs_on_into_wrapped_prose() -> None:
    wrapped = (
        "The committee met on Friday and agreed that every generated second in the archive\n"
        "will be marked in the catalogue, and that the original reels will be kept as\n"
        "they are, scratches and all, for as long as the society has a cupboard to hold\n"
        "them.\n\n"
        "Holm Film Club | 2 Quay Road, Holm | letters@holm.example\n"
        "You are receiving this letter because you joined the club or asked to\n"
        "hear from us. Write to the secretary if you would rather not.\n"
    )
    units = [u.text for u in split_units(wrapped)]
    assert units[1] == "Holm Film Club | 2 Quay Road, Holm | letters@holm.example"
    assert units[2].startswith("You are receiving this letter")
    # Near miss: a wrapped paragraph with a single pipe in it still runs on.
    one_pipe = wrapped.replace("agreed that every", "agreed (7 | 2) that every")
    assert split_units(one_pipe)[0].text.endswith(
        "for as long as the society has a cupboard to hold them."
    )
