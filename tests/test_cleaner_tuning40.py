"""Structural rules for tuning39 and tuning40 (once heldout23 and heldout25; issue 12).

Each rule reads a page's shape (a markup line, a repeated post header, a metadata standard), not
a platform's words; each test has a near miss the rule must leave.
"""

from __future__ import annotations

from bot.cleaner import clean

ESSAY = (
    "I cut trailers for a decade and the generated shots are always the first ones I trim. "
    "They are pretty and interchangeable, and interchangeable images are what editing removes.\n\n"
    "Small productions still gain something real from the tools, and I would not pretend "
    "otherwise; a drowned town can be shown now, labelled as a reconstruction."
)


def test_a_kramdown_attribute_line_goes_and_the_block_it_styles_stays() -> None:
    page = (
        "# Cutting with generated shots\n\n"
        "The pitch deck is better, and that is good for writers without a track record.\n"
        "{: .lead }\n\n"
        f"{ESSAY}\n"
        "{:#closing .notice--warning}\n\n"
        "A set like {: this one} in a sentence is prose.\n"
    )
    cleaned = clean(page, markdown=True)
    paragraphs = cleaned.body.split("\n\n")
    assert not any("{:" in p and p.startswith("{:") for p in paragraphs)
    assert "{: .lead }" in cleaned.removed
    lead = "The pitch deck is better, and that is good for writers without a track record."
    assert lead in paragraphs
    assert "labelled as a reconstruction." in paragraphs[-2]
    # Near miss: braces inside a sentence are the sentence's.
    assert "A set like {: this one} in a sentence is prose." in paragraphs


def _feed(posts: list[tuple[str, str]]) -> str:
    return "\n".join(
        ["Telegram", "Cutting Room", "@cuttingroom", "3.1K subscribers", ""]
        + [line for name, text in posts for line in (name, text, "1.9K views", "18:04")]
        + ["View in Telegram"]
    )


def test_a_channels_feed_is_its_longest_post_published_by_the_channel() -> None:
    posts = [
        ("Cutting Room", "Trailer for our short just dropped. Link in the chat."),
        ("Cutting Room", ESSAY),
        ("Cutting Room", "Reminder: screening night this Friday."),
    ]
    cleaned = clean(_feed(posts))
    assert cleaned.body == ESSAY
    assert cleaned.title is None
    assert cleaned.publication == "Cutting Room"
    assert "Trailer for our short just dropped. Link in the chat." in cleaned.removed


def test_a_thread_where_one_poster_speaks_three_times_is_no_feed() -> None:
    # Near miss: others' posts, with their own counters, come between the poster's.
    posts = [
        ("Cutting Room", ESSAY.split("\n\n")[0]),
        ("Dana Wells", "I disagree with most of this, honestly."),
        ("Cutting Room", "Fair, but the trims still come first."),
        ("Dana Wells", "We will see next season."),
        ("Cutting Room", "Reminder: screening night this Friday."),
    ]
    cleaned = clean(_feed(posts))
    assert cleaned.body.startswith(ESSAY.split("\n\n")[0])
    assert cleaned.publication != "Cutting Room"


def test_an_images_alt_text_naming_a_handles_picture_is_no_title() -> None:
    page = "\n".join(["Skip to main content", "r/Filmmakers icon", "", ESSAY])
    cleaned = clean(page)
    assert "r/Filmmakers icon" in cleaned.removed
    assert cleaned.title != "r/Filmmakers icon"
    # Near miss: a headline that ends in the word is a headline.
    headline = "\n".join(["Skip to main content", "The Last Cinema Icon", "", ESSAY])
    assert clean(headline).title == "The Last Cinema Icon"
