"""Letters, creator clips, forum posts and a Tumblr theme (tuning96's misses, issue 12): a
letter's masthead in capitals over its issue line, a creator's card clipped as a link to their
profile, a blog's own address, a poster's offer and wish to hear from others, a call to send
stories in and a caption pointing the writer out. Each near miss is the essay's own sentence in
the same words or shape, or a line that names someone else."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import _blog_handle
from bot.page_meta import linked_profile_name
from bot.page_site import find_publication
from bot.page_units import Unit, is_junk


@pytest.mark.parametrize(
    "line",
    [
        # A poster's offer to share what the post shows (tuning96's old Reddit post).
        "Happy to share the before and after if anyone wants to see them.",
        "Glad to upload the test renders if anybody is interested.",
        # ... a wish to hear where others stand (its XenForo post).
        "Would be interested to hear where other editors here are drawing the line.",
        # ... a call to send stories in, after a letter's closing line (its podcast page).
        "That's it for this week. If you've got a room tone horror story, send it in, because "
        "I'd love to do a listener episode on them.",
        "If you run a booth too, send yours in.",
        # ... and a caption pointing the writer out in a picture the paste lost (its Substack).
        "From a night shoot in Porto, 2011. I'm the one in the yellow scarf, far left.",
        "That's me, second from right.",
    ],
)
def test_an_offer_a_call_or_a_caption_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay saying what it shares, where others are, what was sent in and
        # where the writer stands.
        "Happy to share a set with people who know what they are doing, I find.",
        "I would be interested to see where this goes in five years.",
        "The studio sent it in for the festival without asking any of us.",
        "I'm firmly on the left, politically, but this is not a political question.",
        "I'm the one who argued for it in the first place, for what that's worth.",
    ],
)
def test_the_essays_own_sentence_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_user_blogs_own_address_names_its_poster() -> None:
    # A theme whose links to the post are relative: the page's og:url still names the blog.
    html = (
        '<meta property="og:url" content="https://reel-moth.tumblr.com/post/1234/title">'
        '<a href="/post/1234/title">title</a>'
    )
    assert _blog_handle(html) == "reel-moth"
    # Near miss: a page addressed on the platform's own host names no blog by it.
    assert (
        _blog_handle('<meta property="og:url" content="https://www.tumblr.com/reel-moth/1234">')
        is None
    )


def test_a_name_linking_to_the_profile_made_of_it_is_the_creators_card() -> None:
    raw = "## [Bex Adair](https://ko-fi.com/bexadair)\n\nText.\n\n[Sam Holt](https://ko-fi.com/samholt)\n"
    assert linked_profile_name(raw, ["Bex Adair", "Animatics"]) == "Bex Adair"
    # Near misses: a name linking to a page not made of it, and a commenter under the essay.
    assert linked_profile_name("[Bex Adair](https://ko-fi.com/shop)\n", ["Bex Adair"]) is None
    assert linked_profile_name("[Sam Holt](https://ko-fi.com/samholt)\n", ["Animatics"]) is None


def test_a_masthead_in_capitals_over_its_issue_line_is_the_letter() -> None:
    head = ["HARBOUR NOTES", "Issue 71 · Thursday 12 November 2026"]
    tail = ["Copyright © 2026 Harbour Cinema Trust, All rights reserved."]
    assert find_publication(head, tail, None) == "Harbour Notes"
    # Near miss: a menu's last item over the issue line is no masthead.
    assert find_publication(["Subscribe", head[1]], tail, None) == "Harbour Cinema Trust"


def test_a_bold_line_under_a_logo_is_no_caption() -> None:
    # A masthead set in bold under the letter's logo names the letter; a caption would not.
    raw = (
        "![Harbour Cinema](https://example.org/logo.png)\n\n**HARBOUR NOTES**\n\n"
        "Issue 71 · Thursday 12 November 2026\n\n"
        + "The short is a real film, and we will show it. "
        * 5
    )
    assert clean(raw, markdown=True).publication == "Harbour Notes"
