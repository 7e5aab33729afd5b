"""A platform's chrome and a post's notes to its readers that pass for text (tuning74's and
tuning75's misses, issue 12): an app's promotion and a panel's buttons over a post, and a
poster's pointer to the comment they pinned. Their variants on pages are in tuning76."""

from __future__ import annotations

import pytest

from bot.page_units import Unit, is_furniture, is_junk


@pytest.mark.parametrize(
    "line",
    [
        # tuning74's new Reddit paste: its title, a sentence, was not the only title-like line
        # over the post while these stood over it.
        "Get the Reddit app",
        "Get the Tumblr app",
        "Open menu",
        "Open settings menu",
        "Open navigation",
        "Close sidebar",
    ],
)
def test_an_apps_promotion_and_a_panels_button_are_furniture(line: str) -> None:
    assert is_furniture(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: headlines and the essay's own sentences with the same words.
        "Get the Shot Right",
        "Open Water",
        "Open the door and let the scene breathe.",
        "Close the film on her face, not the sea.",
    ],
)
def test_a_headline_or_sentence_with_those_words_is_not(line: str) -> None:
    assert not is_furniture(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # tuning74's YouTube description pointed to the comment its uploader pinned; a LinkedIn
        # post points to its first comment the same way.
        "Sources and further reading are in the pinned comment.",
        "The link to the full checklist is in the first comment.",
        "Links in the first comment.",
        "Shot list and LUTs are all in the pinned comment!",
    ],
)
def test_a_pointer_to_the_pinned_comment_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: an essay about a video's comments, saying what happened there.
        "The real argument happened in the pinned comment, and it was better than the video.",
        "My favourite reply is in the first comment thread under the trailer, which says a lot.",
    ],
)
def test_a_sentence_about_the_comments_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))
