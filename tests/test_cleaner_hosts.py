"""bot.cleaner on platform shapes first seen in the tuning10 pages, and their near misses: a
social post's platform named by its foot or its handles."""

from __future__ import annotations

import pytest

from bot.cleaner import clean

OPENING = (
    "I cut trailers for eleven years, and I keep reading threads from people who have never "
    "sat in an edit bay explaining what the generators are doing to my job."
)
MIDDLE = (
    "The first thing that changed was the animatic, which used to take two days of storyboard "
    "frames and temp music before anyone could picture the pitch at all."
)


def _post(handle: str, foot: str) -> str:
    return "\n".join(
        [
            "Home", "Explore", "Notifications", "Post", "Dana Okafor", handle, OPENING, MIDDLE,
            "10:42 AM · Mar 3, 2026", "Reply", "Marcus Lee", "@mlee_vfx", "·", "6h",
            "Great thread, and I agree with every word of it, honestly.", "Terms of Service",
            "|", "Privacy Policy", *([foot] if foot else []),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("handle", "foot", "publication"),
    [
        # The site's copyright under the replies is still the site's: "X Corp." is X.
        ("@danaokafor_cuts", "© 2026 X Corp.", "X"),
        # A handle on the platform's own domain names it.
        ("@danaokafor.bsky.social", "", "Bluesky"),
        # Near misses: a handle on a domain of one's own, and no copyright, name nothing.
        ("@danaokafor.film", "", None),
        ("@danaokafor_cuts", "", None),
    ],
)
def test_a_social_posts_platform_is_its_publication_when_the_page_names_it(
    handle: str, foot: str, publication: str | None
) -> None:
    cleaned = clean(_post(handle, foot))
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}"
    assert cleaned.publication == publication
