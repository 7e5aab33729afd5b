"""bot.furniture: the rules written for what tuning56 got wrong (issue 12).

A post's count of notes (Tumblr's reblogs and likes, listed under it) starts the responses, as a
count of comments does: what follows is other people's. The page-level variants of this round's
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
