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
