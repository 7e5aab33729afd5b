"""bot.cleaner on platform shapes first seen in the tuning10 pages, and their near misses: a
social post's platform named by its foot or its handles, a writer's name "for" an organisation,
a series' prompt to follow for its next part, a site's name before its copyright sign, a
creator over its members' count."""

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


@pytest.mark.parametrize(
    ("header", "publication"),
    [
        # The handle after the poster's name on one line (a web view's header) names it too.
        ("Dana Okafor @danaokafor.bsky.social", "Bluesky"),
        # Near miss: a handle on a domain of one's own names nothing.
        ("Dana Okafor @danaokafor.film", None),
    ],
)
def test_a_handle_after_the_posters_name_names_the_platform(
    header: str, publication: str | None
) -> None:
    raw = _post("@danaokafor_cuts", "").replace("Dana Okafor\n@danaokafor_cuts", header)
    assert header in raw
    cleaned = clean(raw)
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}"
    assert cleaned.publication == publication


def _blog_post(byline: str, foot: str, prompt: str = "") -> str:
    return "\n\n".join(
        line
        for line in [
            "Skip to content", byline, "Posted on Nov 4, 2025 • Edited on Nov 6, 2025",
            "❤️ 126 🦄 14 🔥 9", OPENING, MIDDLE, "---", prompt, "Top comments (7)",
            "Sofia Brennan • Nov 5 '25", "Love that you're explicit about this, thank you.",
            "Code of Conduct • Report abuse", foot,
        ]
        if line
    )  # fmt: skip


@pytest.mark.parametrize("title", [None, "I Wired Runway Into Our Pipeline"])
def test_a_writers_name_for_an_organisation_over_the_date_is_the_byline(title: str | None) -> None:
    # dev.to's "Name for Organisation" over "Posted on …", with or without the metadata's title.
    cleaned = clean(_blog_post("Kwame Asante for Lantern Lab", ""), title=title)
    assert cleaned.author == "Kwame Asante"
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}"


def test_a_name_for_something_not_over_a_date_is_no_byline() -> None:
    raw = f"Kwame Asante for Lantern Lab\n\nA Note for Lantern Lab\n\n{OPENING}\n\n{MIDDLE}"
    assert clean(raw).author is None


@pytest.mark.parametrize(
    "prompt",
    [
        "If this was useful, follow @kwameasante for Part 4, where we hook the pipeline up.",
        "*If this was useful, follow [@kwameasante](https://dev.to/kwameasante) for Part 4.*",
        "Subscribe to this series for the next one, out in a fortnight.",
    ],
)
def test_a_series_prompt_to_follow_for_the_next_part_is_furniture(prompt: str) -> None:
    cleaned = clean(_blog_post("Kwame Asante for Lantern Lab", "", prompt), markdown=True)
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}"


def test_following_something_for_more_in_prose_is_kept() -> None:
    line = "If you are curious, follow the money for more than a week and you will see who wins."
    assert line in clean(f"{OPENING}\n\n{line}\n\n{MIDDLE}").body.split("\n\n")


@pytest.mark.parametrize(
    ("foot", "publication"),
    [
        ("Made with love and Ruby on Rails. DEV Community © 2016 - 2025.", "DEV Community"),
        ("LinkedIn Corporation © 2025", "LinkedIn"),
        # Near miss: a picture's credit names its photographer, not the site.
        ("Photo © 2025 Jane Doe", None),
    ],
)
def test_a_sites_name_before_its_copyright_sign_is_the_publication(
    foot: str, publication: str | None
) -> None:
    assert clean(_blog_post("Kwame Asante for Lantern Lab", foot)).publication == publication


def _creator_page(count: str) -> str:
    return "\n".join(
        line
        for line in [
            "Skip navigation", "Home", "Explore", "Harbor Light Films", "Harbor Light Films",
            "Creating independent documentaries about working waterfronts", count, "38 posts",
            "Join", "Diary #38: We tried generative B-roll", "Oct 14, 2025", "Public post",
            "By Ines Carvalho", OPENING, MIDDLE, "Related posts", "Terms of Use", "© 2025 Patreon",
        ]
        if line
    )  # fmt: skip


@pytest.mark.parametrize(
    ("count", "publication"),
    [
        ("412 members", "Harbor Light Films"),
        ("1.2K paid members", "Harbor Light Films"),
        # Near miss: without its members' count the name is no creator's header; the platform's
        # copyright names the site.
        ("", "Patreon"),
    ],
)
def test_a_creator_over_its_members_count_is_the_publication(count: str, publication: str) -> None:
    cleaned = clean(_creator_page(count))
    assert (cleaned.author, cleaned.publication) == ("Ines Carvalho", publication)
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}"
