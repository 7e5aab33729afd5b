"""Quotes remembered in chat: the words around the quote ("wasn't there a line about ...",
"... or something lol") are dropped before matching, and an essay's title finds its opening.

The phrasings were written before the framing rules. TUNED guided those rules; HELD_OUT was
never run while tuning them, so it says whether the rules generalise.
"""

from __future__ import annotations

import pytest

from bot.search import Search, quoted_core, strip_chatter
from bot.text import normalize

# (what someone types in chat, the passage it must find first: a verbatim piece of it)
TUNED = [
    (
        "wasn't there something about people going to see meryl streep not a cgi celebrity",
        "People show up to see Meryl Streep",
    ),
    ("who said ai is a system for propagating more of the same??", "propagating more of the same"),
    # (First written "studios turn into computer companies": a paraphrase, not chat; the
    # quote search does not bridge "turn into" / "become more like", framing or not.)
    ("the part where studios become computer companies lol", "more like computer companies"),
    (
        "someone said there's never been a better time to create or something",
        "never been a better time to create",
    ),
    ("that bit about sync sound and widescreen and home video", "The advent of sync sound"),
    ("i remember a quote like the dna of film is art", "fundamental DNA of film is art"),
]
HELD_OUT = [
    (
        "didnt someone say the average consumer doesnt want fully computer generated content??",
        "the average consumer wants to watch fully computer generated content",
    ),
    (
        "what was that line about everyone watching their own tv show nobody else has heard of",
        "everyone is watching their own TV show",
    ),
    ("that quote about animating without animators lol", "To animate without animators"),
    (
        "somebody wrote that cgi couldnt replicate the dog clip even with millions of dollars",
        "could not replicate it",
    ),
]
# An essay's title typed as a quote: the essay's opening passage.
TITLES = [
    ("democratisation covers all manner of sins", "Joan Westenberg"),
    ("what sora means for indie filmmakers", "Noam Kroll"),
    ("step into the future sora in hollywood??", "Alexander Pinker"),
    ("the fundamental reason sora wont improve filmmaking", "Unknown"),
]


@pytest.mark.parametrize(("typed", "expected"), TUNED + HELD_OUT)
async def test_chatty_phrasing_finds_the_passage(search: Search, typed: str, expected: str) -> None:
    hits = await search.quotes(typed)
    assert hits, f"nothing for {typed!r}"
    assert expected in hits[0].passage.text, (typed, hits[0].passage.text[:80])


@pytest.mark.parametrize(("typed", "author"), TITLES)
async def test_a_title_finds_the_essays_opening_passage(
    search: Search, typed: str, author: str
) -> None:
    hits = await search.quotes(typed)
    assert hits, typed
    first = hits[0].passage
    assert first.author == author
    opening = await search.store.passages.of_essay(first.essay_id)
    assert first.id == opening[0].id, first.text[:80]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "wasn't there a quote about game of thrones word of mouth",
            "game of thrones word of mouth",
        ),
        (
            "who said ai limits rather than expands creativity??",
            "ai limits rather than expands creativity",
        ),
        ("the golden retrievers in the snow or something", "the golden retrievers in the snow"),
        # Real words that look like chat stay: only the framing at the edges goes.
        ("so where does this all take us?", "where does this all take us"),
        ("it feels inevitable that studios will continue lean into ai", None),
        ("the part where", None),  # nothing but framing: searched as typed
    ],
)
def test_strip_chatter_keeps_the_real_words(typed: str, kept: str | None) -> None:
    assert strip_chatter(typed) == (kept if kept is not None else typed)


async def test_a_real_quote_that_starts_like_chat_still_matches_exactly(search: Search) -> None:
    hits = await search.quotes("So where does this all take us?")
    assert hits[0].passage.text == "So where does this all take us?"


@pytest.mark.parametrize(
    "typed",
    [
        "someone said the game tonight starts at nine lol",
        "wasn't there a quote about pizza??",
        # Film chat sharing words with passages, but no passage's words in order.
        "the director is great and the actors are amazing",
        "is anyone going to the film festival this weekend",
        "my friend says sora videos look fake and weird",
    ],
)
async def test_chat_without_a_quote_still_finds_nothing(search: Search, typed: str) -> None:
    assert await search.quotes(typed) == []


# Chat no framing pattern knows, around the quote (QA, 30 Nov): the passage's own words, in
# order, still find it.
UNKNOWN_CHAT = [
    ("going to see meryl streep not some cgi celeb", "People show up to see Meryl Streep"),
    (
        "AI is a system for propagating the same stuff over and over",
        "propagating more of the same",
    ),
    ("what did kroll say about the human component", "eliminating the human component"),
]


@pytest.mark.parametrize(("typed", "expected"), UNKNOWN_CHAT)
async def test_a_quote_inside_unknown_chat_is_found(
    search: Search, typed: str, expected: str
) -> None:
    hits = await search.quotes(typed)
    assert hits, f"nothing for {typed!r}"
    assert expected in hits[0].passage.text


def test_the_core_of_a_quote_is_the_passage_words_in_order() -> None:
    text = normalize(
        "People show up to see Meryl Streep or Denzel Washington, not a CGI celebrity."
    )
    assert quoted_core(normalize("going to see meryl streep not some cgi celeb"), text) == (
        "to see meryl streep not some cgi"
    )
    # Shared words out of order, or too few of what was typed: no core.
    assert quoted_core(normalize("a cgi celebrity and meryl streep show"), text) is None
    assert quoted_core(normalize("see meryl streep " + "lol " * 10), text) is None
