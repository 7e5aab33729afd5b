"""bot.cleaner: the site that published a pasted page, as its masthead and foot name it (issue 12).

Each rule reads the shape of a page's head or foot, not a site's words; each test has a near miss
the rule must leave.
"""

from __future__ import annotations

from bot.cleaner import clean

ESSAY = (
    "I kept the focus-puller's notes from my first feature, and not one of them would survive a "
    "generated shot, because a generated shot has no distance to measure and nobody to miss it.\n\n"
    "The tools are good at the picture and blind to the set. I would rather keep the set, with "
    "its waiting and its small mistakes, than trade it for a picture nobody stood in front of."
)


def _blog(masthead: str, foot: list[str]) -> str:
    return "\n\n".join(
        ["\n".join([masthead, "Archive", "Subscribe"]), "What the focus puller knew",
         "March 2, 2026", ESSAY, "\n".join(foot)]
    )  # fmt: skip


def test_a_blogs_name_with_its_small_words_named_again_in_its_foot_is_the_publication() -> None:
    cleaned = clean(_blog("Grain of the Print", ["Subscribe to Grain of the Print"]))
    assert cleaned.publication == "Grain of the Print"
    assert cleaned.title == "What the focus puller knew"
    # Near miss: a first line the foot never names again is no masthead.
    assert clean(_blog("Grain of the Print", ["Email address"])).publication is None


def test_a_site_named_by_its_domain_in_its_copyright_keeps_the_domain() -> None:
    foot = ["Comments", "© 2026 FocusPull.net | Lenscraft Media LLC", "Terms of Use"]
    assert clean(_blog("Archive", foot)).publication == "FocusPull.net"
    # Near miss: a full stop ending the name is no domain's.
    foot = ["© 2026 Focus Pull Weekly. All rights reserved."]
    assert clean(_blog("Archive", foot)).publication == "Focus Pull Weekly"
