"""bot.furniture and bot.html_page: the rules written for what tuning51 got wrong (issue 12).

A poster's closing lines that talk to the thread rather than argue (a wish to hear how others
do it, a promise of news, a pointer to the writer's profile, thanks to those who fund the
work), and a comment section an app names only in its test hooks. Each rule reads a shape, not
a platform's words; each test has a near miss the rule must leave. The page-level variants of
this round's title, author and publication rules are in tests/fixtures/pages/tuning53.
"""

from __future__ import annotations

import pytest

from bot import furniture
from bot.html_page import _without_comments


@pytest.mark.parametrize(
    "line",
    [
        "Would love to hear how other collectives handle this.",
        "I'd be curious to know what other editors do with their temp tracks.",
        "We'd love to hear from anyone who has tried a disclosure rule.",
    ],
)
def test_a_wish_to_hear_how_others_do_it_is_a_call_for_replies(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "I would love to hear the generated score once more, just to be sure it was as flat as "
        "I remember.",
        "Other collectives handle this with a vote, and I think that is fairer.",
    ],
)
def test_the_writers_own_wish_or_a_claim_about_others_is_no_call(line: str) -> None:
    assert not furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "We're in second round now. I'll update when I know more.",
        "Will report back.",
        "Festival says we hear by March. I'll keep you posted.",
        "both films are on my vimeo if you want to compare, link in bio.",
        "Full cut is on my channel (link in profile)",
        "Thank you for funding the printmaker's fee, by the way. That's entirely patron money.",
        "Thanks, everyone, for backing the sound mix.",
    ],
)
def test_a_posters_closing_note_to_its_readers_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'll update the grade next week and see whether it holds up in a cinema.",
        "I will update my view when the evidence changes, and so should the festivals.",
        "The link in the bio of a creator is how most of them sell their work now.",
        "Thanks to the model, funding a short like this no longer needs a crew of twelve.",
    ],
)
def test_an_essays_sentence_on_the_same_words_stays(line: str) -> None:
    assert not furniture.JUNK.search(line)


PATREON_LIKE = """<html><body><main>
<div data-tag="post-content"><p>The essay's only paragraph, long enough to be the page.</p></div>
<button data-tag="comment-button">Comment</button>
<section data-tag="comments"><h2>Comments</h2>
<div data-tag="comment-row"><a data-tag="commenter-name">Hannah K.</a>
<p data-tag="comment-body">Respect the reasoning, though I'd have liked a test.</p></div>
</section>
<div data-testid="comment-list"><p>Another reader's reply, under a test id.</p></div>
</main></body></html>"""


def test_a_comment_section_named_only_in_test_hooks_is_dropped() -> None:
    html = _without_comments(PATREON_LIKE)
    assert "Respect the reasoning" not in html
    assert "Another reader's reply" not in html
    # A button that opens the comments, and the post's own block, are no comment section.
    assert "comment-button" in html
    assert "The essay's only paragraph" in html
