"""bot.furniture, bot.cleaner and bot.html_page: the rules written for what tuning62 got wrong
(issue 12).

A thread's replies that open on the poster's handle where the page lost their headers, a
fediverse post's page titled by its poster's profile label, an episode's page whose transcript
is the essay, a bio that says what its subject does, and closing lines that talk to readers (a
wonder whether other members meet the same, thanks to those who pay for the work, a call to
write to an address). Each rule reads a shape, not a platform's words; each test has a near miss
the rule must leave. The page-level variants are in tests/fixtures/pages/tuning63.
"""

from __future__ import annotations

import pytest

from bot import furniture
from bot.cleaner import clean
from bot.html_page import read_html

_PROSE = (
    "The brief is always the same: make our real footage look like the generated reference, "
    "warm highlights and lifted blacks and grain that crawls across the frame.",
    "Real negative never had grain that moved like that, and the model learned film from a "
    "decade of phone filters imitating it, so it teaches clients to want the imitation.",
    "I can get close, but every step closer makes the real actors look a little less like "
    "people standing in a real street, and that is the part nobody budgets for.",
)


@pytest.mark.parametrize(
    "line",
    [
        "Curious whether other assistants here are being asked to do the same thing.",
        "Wondering if other colourists on this board are getting the same requests.",
        "Thank you to everyone who buys me a coffee here, it paid for the new armature.",
        "Huge thanks to all of you who back me on Patreon.",
        "If you have questions about the strand, email programme@example.ie and we will reply.",
        "Right, listener mail. If you want to argue with me about any of this, and I hope you "
        "do, the address is in the show notes.",
        "This transcript was generated automatically. Please check against the audio before "
        "quoting.",
    ],
)
def test_a_closing_line_to_the_readers_is_furniture(line: str) -> None:
    assert furniture.JUNK.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # Others, but not the thread's: a claim about the trade, not a question to the forum.
        "I'm curious whether other studios are going to follow.",
        # Thanks for something other than paying for the work.
        "Thank you to everyone who came to the screening, it was a lovely night.",
        # An address the essay talks about, asking nobody to write to it.
        "The festival's address, programme@example.ie, got four hundred entries in a week.",
        "My address is a flat over a chip shop, and the edit suite is the kitchen table.",
    ],
)
def test_the_essays_own_line_is_kept(line: str) -> None:
    assert not furniture.JUNK.search(line)


def test_a_post_opening_on_a_handle_starts_the_replies() -> None:
    reply = "@waldous grading copies of copies is exactly it, had a client reject a real scan."
    cleaned = clean("\n\n".join([*_PROSE, reply]))
    assert reply not in cleaned.body
    assert _PROSE[-1] in cleaned.body


def test_a_handle_inside_the_posters_paragraph_is_no_reply() -> None:
    own = "As @halidegrain said last year, a look is a record of light, not a filter over it."
    cleaned = clean("\n\n".join([*_PROSE, own]))
    assert own in cleaned.body


def test_a_bio_that_says_what_the_author_does_ends_the_essay() -> None:
    bio = "Jo Marsh covers the economics of film for The Quarterly, and lives in Leeds."
    cleaned = clean("\n\n".join([*_PROSE, bio]), author="Jo Marsh")
    assert bio not in cleaned.body
    # Someone else the essay describes the same way is the essay's.
    other = "Tom Reyes teaches editing in Lisbon, and he says the same about every model he tries."
    assert other in clean("\n\n".join([*_PROSE, other]), author="Jo Marsh").body


def test_an_episodes_transcript_is_the_essay_and_its_notes_are_not() -> None:
    notes = "A solo one this week. Jo spent twenty years behind a camera before starting the show."
    page = "\n".join(["Is a prompt a shot?", notes, "Transcript", "Jo Marsh [00:00:04]", *_PROSE])
    cleaned = clean(page)
    assert notes not in cleaned.body
    assert _PROSE[0] in cleaned.body


def test_a_transcript_label_over_a_button_moves_nothing() -> None:
    # A video page's "Transcript" over "Show transcript", the comments under it: the text over
    # the label is the video's, and the label heads no text of its own.
    page = "\n".join(
        [
            "Is a prompt a shot?",
            *_PROSE,
            "Transcript",
            "Follow along using the transcript.",
            "Show transcript",
            "Comments",
            "Whoever wrote this has never held a camera, and I say that with love for the show.",
        ]
    )
    assert _PROSE[0] in clean(page).body


def _fediverse_page(og_title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE)
    return (
        f'<html><head><title>Post - film.social</title><meta property="og:title" '
        f'content="{og_title}"><meta property="og:site_name" content="film.social"></head>'
        f"<body><article>{paragraphs}</article></body></html>"
    )


def test_a_fediverse_profile_label_names_the_poster_and_no_title() -> None:
    _text, meta, _dropped = read_html(_fediverse_page("Jo Marsh (@jomarsh@film.social)"))
    assert meta.get("author") == "Jo Marsh"
    assert "title" not in meta


def test_a_title_with_a_parenthesis_is_still_a_title() -> None:
    _text, meta, _dropped = read_html(_fediverse_page("Grain, again (a reply to @jomarsh)"))
    assert meta.get("title") == "Grain, again (a reply to @jomarsh)"
