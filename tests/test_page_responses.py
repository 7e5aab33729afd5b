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
