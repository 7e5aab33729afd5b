"""bot.cleaner, bot.page_units, bot.page_meta, bot.page_site and bot.furniture: the rules written
for what tuning52 got wrong (issue 12): a video channel's name of any shape, a video platform's
masthead with its logo's region code, a letter's masthead set in columns over a rule, and two
prompts of a letter or a site (a welcome to new subscribers, a sign-up for its newsletters).

Each rule reads a page's shape, not a platform's words; each test has a near miss the rule must
leave. Their pages' variants on other platforms are in tests/fixtures/pages/tuning54.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.page_meta import bare_name
from bot.page_site import find_publication
from bot.page_units import is_furniture, split_units
from tests.cleaner_essay import TRIMS_ESSAY as ESSAY


def _video_page(channel: str, masthead: tuple[str, ...] = ("Skip navigation", "Search")) -> str:
    return "\n".join(
        [
            *masthead,
            "Sign in",
            "We Cut a Trailer With No Footage. It Almost Worked.",
            channel,
            "23.4K subscribers",
            "Subscribe",
            "Share",
            "9,388 views  Nov 3, 2026  #trailers",
            ESSAY,
        ]
    )


def test_a_channels_name_over_its_audience_is_its_author_whatever_its_shape() -> None:
    cleaned = clean(_video_page("Salt + Silver"))
    assert cleaned.author == "Salt + Silver"
    assert cleaned.title == "We Cut a Trailer With No Footage. It Almost Worked."
    assert bare_name(["Frame & Fable", "148K subscribers"], 0) == "Frame & Fable"
    # Near misses: the same name over no audience's count is no person's; a button over one is
    # no name at all.
    assert bare_name(["Frame & Fable", "Subscribe"], 0) is None
    assert bare_name(["Share this video", "148K subscribers"], 0) is None


def test_a_region_code_between_the_skip_link_and_the_search_box_is_youtubes_logo() -> None:
    page = _video_page("Orla Kinsella", ("Skip navigation", "IE", "Search"))
    assert clean(page).publication == "YouTube"
    assert find_publication(["Skip navigation", "GB", "Search", "Create"], [], None) == "YouTube"
    # Near misses: a site named by two capitals over its menu is that site; without the code the
    # page names no platform.
    menu = ["Skip to content", "FT", "Home", "World", "Markets"]
    assert find_publication(menu, [], None) == "FT"
    assert clean(_video_page("Orla Kinsella")).publication is None


_RULE = "=" * 72


_TAGLINE = "A letter from a small film archive to its friends"


def _letter(masthead: str, tagline: str = _TAGLINE) -> str:
    wrapped = (
        "Last month we finished restoring a 1934 fishing documentary that\n"
        "survived only as a single nitrate print, and for the first time we used\n"
        "a generative video model on a film in our care, to fill the frames\n"
        "that were torn out at splices decades ago.\n\n"
        "Where a fisherman turns his head, the model invented a face that is\n"
        "not quite his, and we threw those frames away and kept the gap.\n\n"
        "Generated frames may repair motion; they may never supply a person,\n"
        "and every frame we added is listed in the restoration notes.\n"
    )
    head = [_RULE, masthead, tagline, _RULE, "", "Monday 9 November 2026", "", "Missing Frames", ""]
    head += ["by Margit Halvorsen", "", "Dear friends,", ""]
    return "\n".join(head) + "\n" + wrapped + "\nMargit\n"


def test_a_letters_masthead_in_columns_names_its_issue_and_its_publication() -> None:
    cleaned = clean(_letter("The Sprocket Letter" + " " * 37 + "No. 112"))
    assert cleaned.publication == "The Sprocket Letter"
    assert cleaned.title == "Missing Frames"
    # Near miss: a line in columns with no issue's number names no letter.
    assert clean(_letter("The Sprocket Letter" + " " * 37 + "Autumn")).publication is None


def test_a_hard_wrapped_line_does_not_run_on_into_the_rule_under_it() -> None:
    units = [u.text for u in split_units(_letter("The Sprocket Letter"))]
    assert _TAGLINE in units
    assert _RULE in units
    # Near miss: a line as wide still runs on into the next line of its paragraph.
    assert not any(u.startswith("survived only") for u in units)


def _furniture(text: str) -> bool:
    return is_furniture(split_units(text)[0])


def test_a_sign_up_for_a_sites_newsletters_is_furniture() -> None:
    assert _furniture("Newsletters: The business of film, daily. Sign up for our free newsletters.")
    assert _furniture("Sign Up: Stay on top of film news! Sign up for our Email Newsletters here.")
    # Near miss: an essay's sentence about newsletters asks nobody to sign up.
    assert not _furniture("Festivals send newsletters to every entrant, and they read like rules.")


def test_a_welcome_to_a_letters_new_subscribers_is_furniture() -> None:
    assert _furniture("Hi friends, and welcome to the thirty new subscribers who found us here.")
    assert _furniture("Hello all — a big welcome to everyone who subscribed after the screening.")
    # Near misses: a welcome to an age or a place is the essay's.
    assert not _furniture("Welcome to the new normal, where every trailer looks generated.")
    assert not _furniture("Welcome to the age of the synthetic extra: nobody is paid or looks up.")
