"""bot.furniture: the rules written for what tuning56 got wrong (issue 12).

A post's count of notes (Tumblr's reblogs and likes, listed under it) starts the responses, as a
count of comments does: what follows is other people's. A creator's thanks to backers for their
patience closes an update to them and argues nothing; so does a letter's trailer for the next
issue by the day it comes ("Next Monday: …"), and a letter's blurb naming itself ("X is a weekly
letter about …"). The page-level variants of this round's
other rules are in tests/fixtures/pages/tuning58.
"""

from __future__ import annotations

import pytest

from bot import furniture
from bot.page_meta import named_by_layout, sign_off, signs_off


@pytest.mark.parametrize("line", ["1,847 notes", "214 notes", "12K notes", "41 comments"])
def test_a_count_of_notes_starts_the_responses(line: str) -> None:
    assert furniture.END.search(line)


@pytest.mark.parametrize(
    "line", ["Two notes on the cut", "3 notes on sound design", "I kept 214 notes on the shoot."]
)
def test_notes_the_writer_speaks_of_start_nothing(line: str) -> None:
    assert not furniture.END.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for your patience, and for backing something that is meant to take a long time.",
        "Thanks everyone for bearing with us.",
    ],
)
def test_thanks_for_waiting_closes_an_update(line: str) -> None:
    assert furniture.JUNK.search(line)


def test_the_writers_own_patience_is_no_thanks() -> None:
    assert not furniture.JUNK.search("Patience is what stop-motion asks of everyone, me first.")


@pytest.mark.parametrize(
    "line",
    [
        "That's it for this week. Next Monday: the new union language on digital replicas.",
        "Next Friday: what the stand-ins think.",
        "Second Unit is a weekly letter about the people whose names scroll past fastest, by X.",
        "Lens Cap is a monthly newsletter on cameras and the people who carry them.",
    ],
)
def test_a_letters_trailer_and_its_blurb_are_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Next Monday I go back to the set, and I will count the extras again.",
        "This is a letter about the extras nobody counted.",
        "It is a letter about grief, and I read it twice.",
    ],
)
def test_the_writers_own_plans_and_letters_are_not(line: str) -> None:
    assert not furniture.JUNK.search(line)


# tuning56's last misses (web36); their page-level variants are in tests/fixtures/pages/tuning60.


@pytest.mark.parametrize(
    "line",
    [
        "The full submission guidelines are on our website, and the early-bird deadline is "
        "January 15.",
        "Times and tickets for the rest of the winter season are on our website.",
        "Full details can be found on our site.",
    ],
)
def test_a_pointer_to_the_details_on_the_site_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # The page goes on arguing past where the details are: the writer's sentence.
        "The details of the deal are on our website, which tells you how proud they were of it.",
        "Our rules are on the website, but nobody reads them, and that is the problem.",
        "The details are on the page, which is why the studio hated them.",
    ],
)
def test_a_sentence_that_argues_past_the_site_is_no_pointer(line: str) -> None:
    assert not furniture.JUNK.search(line)


def test_the_writers_first_name_alone_under_the_text_signs_it_off() -> None:
    last = "The delay is real and I am sorry for it."
    assert signs_off("Ines", last, "Ines Carvalho")
    # Someone else's first name, or the writer's with no full name to confirm it, signs nothing.
    assert not signs_off("Joana", last, "Ines Carvalho")
    assert not signs_off("Ines", last, "ines_c")
    assert not signs_off("Ines", last, None)


def test_a_signature_joined_on_one_line_gives_the_name_before_the_role() -> None:
    line = (
        "With warm wishes from the programme team, Beatriz Oyelaran Artistic Director, "
        "Tidewater Film Festival"
    )
    assert sign_off([line]) == ("Beatriz Oyelaran", None)
    assert sign_off(["Warmest wishes, Callum Ferreira"]) == ("Callum Ferreira", None)
    # No role after the name: the words are no signature's, so they name nobody.
    assert sign_off(["Warmest wishes, Callum Ferreira and the whole programme team"])[0] is None


def test_a_role_alone_under_a_name_over_the_date_is_a_byline() -> None:
    lines = ["Fiona MacAulay", "Film columnist", "Tue 10 Nov 2026 06.00 GMT"]
    assert named_by_layout(lines, 0)
    # A headline over a section's name and a date is no name.
    assert not named_by_layout(["Sora Changes Everything", "Film reviews", "Nov 10, 2026"], 0)


def test_a_name_over_the_platforms_maker_label_is_a_byline() -> None:
    assert named_by_layout(["Marta Quillen", "Campaign Owner", "Several backers asked …"], 0)
    assert not named_by_layout(["Marta Quillen", "Story", "Perks"], 0)


@pytest.mark.parametrize("line", ["Posted 14 June 2026 · 1,318 notes", "Posted Mar 3 • 88 notes"])
def test_a_count_of_notes_after_the_posts_date_starts_the_responses(line: str) -> None:
    # A theme that sets the count beside the post's date (tuning80's Tumblr paste).
    assert furniture.END.search(line)


def test_a_posted_line_without_a_count_of_notes_starts_nothing() -> None:
    assert not furniture.END.search("Posted 14 June 2026 · I kept 214 notes")


@pytest.mark.parametrize("line", ["#long post", "#the witness thing", "#booth life"])
def test_a_tag_of_a_few_words_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line", ["#1 rule of the cutting room: never cut on a blink.", "# The witness thing"]
)
def test_a_numbered_point_or_a_heading_is_no_tag(line: str) -> None:
    assert not furniture.JUNK.search(line)
