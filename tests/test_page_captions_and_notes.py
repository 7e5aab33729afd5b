"""Captions between a capture's paragraphs, a creator's and a host's lines to their audience,
a thread's replies under an avatar's initial, a reblog's added words and a description that
keeps its lines (the furniture misses of tuning95, tuning99, tuning100 and tuning102, issue 12).
Each near miss is the essay's own sentence in the same words or shape."""

from __future__ import annotations

import pytest

from bot.html_page import _pre_wrapped_lines, read_html
from bot.page_threads import read_thread
from bot.page_units import Unit, is_end, is_junk


@pytest.mark.parametrize(
    "line",
    [
        # A picture's label, someone's or numbered, where it is from and a short note, then what
        # it shows (tuning95's and tuning99's Substack captures).
        "Ines's comp of the harbour wall, before the grade. Only the gulls are real.",
        "Plate 14 of the night market. None of the stalls were ever built.",
        "Sam's comp of the flooded quay, first pass. The boat is real.",
        "Frame 3 from the ferry sequence, first pass. The water is the only thing filmed.",
        # A visual-effects plate, described with no verb of its own (tuning100's trade press).
        "A generated plate from the pilot, before cleanup.",
        # A closing question put to others in the trade about meeting the same (tuning100).
        "I'm curious whether other colourists have run into the same problem with generated skies.",
        "Wondering if other editors have had similar trouble with generated inserts.",
        # Thanks to backers by what their gifts paid for (tuning100's Ko-fi post).
        "Thank you to everyone whose tips paid for the new lens. The close-ups have never been "
        "sharper.",
        # Where the work is, a link away, for the reader who wants it (tuning102's Ko-fi post).
        "The short is linked below if you'd like to see it. 🎬",
        "The full cut is linked above if you want to watch it.",
        # A host's greeting and sign-off, and the transcript's caution (tuning100's podcast).
        "Hello, I'm Tomás, and welcome to Reel Talk.",
        "Hey, this is Ana, and you're listening to Second Unit.",
        "That's the episode. Thanks for listening, and see you in two weeks.",
        "This transcript was generated automatically. There may be mistakes in names.",
    ],
)
def test_a_caption_or_a_note_to_the_audience_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay's sentences about frames, plates, comps and the trade.
        "The frames of the old reel. I kept every one of them.",
        "The end of an era in the edit suite. Nothing will replace it.",
        "Frame 212 of the coastal road was generated. Nothing in it was ever filmed.",
        "A generated plate from the pilot was what sold the network on the look.",
        "I'm curious whether other studios have the budget for this.",
        "I'm curious whether other studios will follow.",
        "Curious whether other editors have hit the same wall, or whether we simply used them "
        "badly.",
        "Thank you notes from the client were the only thing the generated version never got.",
        "The choice is yours if you want it.",
        "The film is better than the trailer if you want to watch it.",
        "Hi, I'm a director, and this is my story.",
        "That's the show business for you.",
        "That's the episode that changed everything.",
        "That's the episode. If you've got notes of your own, keep them.",
        "This transcript was generated automatically. It may be the future of the archive.",
    ],
)
def test_the_essays_own_sentence_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_reblog_with_its_words_added_ends_the_post() -> None:
    added = "grainhound reblogged this from nitrate-ghost and added: this is the whole argument"
    assert is_end(Unit(added, 0, 1))
    assert is_end(Unit(f"- {added}", 0, 1))
    # Near miss: the essay telling of a reblog, in its own words.
    assert not is_end(Unit("My aunt reblogged this from a stranger, and I let her.", 0, 1))


THREAD = [
    "Editing & Assembly",
    "Generated pickups: where do you draw the line?",
    "M",
    "mira_okafor",
    "Well-known member",
    "Oct 3, 2026",
    "#1",
    "I have cut features for twelve years and last month I generated an insert for the first "
    "time, a hand on a door, because the actor was in another country.",
    "Reply",
    "B",
    "Bartholomew",
    "Member",
    "Oct 3, 2026",
    "#2",
    "Agreed, a hand is a hand, and nobody ever wrote a think piece about a body double.",
]


def test_a_members_plain_name_under_its_avatars_initial_starts_a_reply() -> None:
    thread = read_thread(THREAD)
    assert thread is not None
    assert thread.poster == "mira_okafor"
    assert thread.replies == THREAD.index("Bartholomew")


def test_a_plain_name_under_another_letter_is_no_header() -> None:
    # Near miss: a one-letter line over a plain word that does not start with it (a section's
    # letter over a menu item) heads no reply.
    lines = [*THREAD[:9], "A", *THREAD[10:]]
    thread = read_thread(lines)
    assert thread is None or thread.replies is None


_PRE_WRAP = (
    "<!doctype html><html><head><title>Why trailers converge</title></head><body><main>"
    '<h1>Why trailers converge</h1><div id="description"><p><span class="string pre-wrap">'
    '<span class="line">A trailer used to be made by people who had the film in front of them, '
    "and the best were small essays about what a film wanted you to feel.</span>\n"
    '<span class="line">A generated trailer has no film behind it, so the model reaches for what '
    "trailers in general look like, the most formulaic images we make.</span>\n"
    '<span class="line">Chapters</span>\n'
    '<span class="line"><a href="?t=0">0:00</a> The same two minutes</span>\n'
    '<span class="line">Music: "Undertow" by Mara Lind (licensed via Artlist)</span>'
    "</span></p></div></main></body></html>"
)


def test_a_description_that_keeps_its_lines_is_read_a_line_at_a_time() -> None:
    # One inline element a line, in a block set to keep its source's line breaks (YouTube's
    # description): each is a line of its own, as the browser shows it, so a credit is no
    # sentence of the paragraph over it.
    text, _, _ = read_html(_PRE_WRAP)
    assert text.split("\n\n")[2:] == [
        "Chapters",
        "0:00 The same two minutes",
        'Music: "Undertow" by Mara Lind (licensed via Artlist)',
    ]


def test_children_that_share_a_line_are_left_as_they_are() -> None:
    # Near miss: a paragraph set pre-wrap whose links sit inside its sentences.
    html = (
        '<p style="white-space:pre-wrap;">We cut it on <a href="/a">Avid</a> and graded it in '
        '<a href="/r">Resolve</a>,\nthen sent it out.</p>'
    )
    assert _pre_wrapped_lines(html) == html
