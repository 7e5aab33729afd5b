"""Structural rules for platforms no rule was written for (issue 12; tuning36, once heldout24).

Each rule reads a page's shape (a footer repeated under posts, a notice that hides the rest of
a post, a sign-off), not a platform's words; each test has a near miss the rule must leave.
"""

from __future__ import annotations

from bot.cleaner import clean
from bot.page_meta import date_alone

ESSAY = (
    "I cut trailers for a decade and the generated shots are always the first ones I trim. "
    "They are pretty and interchangeable, and interchangeable images are what editing removes.\n\n"
    "Small productions still gain something real from the tools, and I would not pretend "
    "otherwise; a drowned town can be shown now, labelled as a reconstruction."
)


def _signed_thread(comments: int) -> str:
    posts = [
        f"This is comment number {n} and it says something short.\n"
        f"posted by reader_{n} at 3:1{n} PM on March 2 [{n} favorites]"
        for n in range(comments)
    ]
    return "\n".join(
        [
            "Skip to content",
            "Cutting Room",
            "Log in",
            "",
            "The shot I always trim first",
            "April 4, 2026 9:00 AM   Subscribe",
            "",
            ESSAY,
            "",
            "posted by cutter_jo (12 comments total) 4 users marked this as a favorite",
            *posts,
            "Add a comment to this post",
        ]
    )


def test_posts_signed_under_them_end_the_essay_at_the_first_footer() -> None:
    cleaned = clean(_signed_thread(3))
    assert cleaned.author == "cutter_jo"
    assert "comment number" not in cleaned.body
    assert cleaned.body.startswith("I cut trailers")
    assert cleaned.title == "The shot I always trim first"
    assert cleaned.published == "2026-04-04"


def test_one_footer_and_a_reply_are_no_signed_thread() -> None:
    # Near miss: a byline-like footer once and one reply are not a thread's repeated shape.
    cleaned = clean(_signed_thread(1))
    assert cleaned.author != "cutter_jo"


def test_a_button_set_apart_beside_a_date_leaves_the_line_a_date() -> None:
    assert date_alone("March 2, 2026 2:58 PM   Subscribe") == "2026-03-02"
    assert date_alone("March 2, 2026 2:58 PM Subscribe to the letters") is None
