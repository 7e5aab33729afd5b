"""bot.cleaner on an essay kept as a repository's README (Markdown): its table of contents,
its Contributing and License sections and the byline with the writer's handle. Each rule has a
near miss."""

from __future__ import annotations

from bot.cleaner import clean
from bot.page_meta import find_author
from bot.page_site import find_publication

PARAS = [
    "Every short I have cut this year used at least one generated plate, and not one of them "
    "was the shot the film was remembered for.",
    "The plates saved money we then spent on actors, which is the trade I would make again.",
    "What worries me is not the plates but the habit of reaching for them before asking what "
    "the scene needs.",
]


def _readme(*, toc: bool = True, foot: str = "Contributing", handle: str = "") -> str:
    lines = [
        "# Plates, Not Films",
        "",
        "> An essay kept in a repo so that people can argue with it in pull requests.",
        "",
        f"**Mira Ostrowska** · first published 4 March 2026 · {handle or '@mira'}",
        "",
    ]
    if toc:
        lines += [
            "## Contents",
            "",
            "- [Plates](#plates)",
            "- [Habits](#habits)",
            f"- [{foot}](#{foot.casefold()})",
            "",
        ]
    lines += [
        "## Plates",
        "",
        PARAS[0],
        "",
        PARAS[1],
        "",
        "## Habits",
        "",
        PARAS[2],
        "",
        f"## {foot}",
        "",
        "Open an issue to disagree; pull requests for typos are welcome.",
        "",
        "Text © 2026 Mira Ostrowska, CC BY 4.0.",
    ]
    return "\n".join(lines)


def test_a_readmes_contents_and_contributing_section_are_not_the_essay() -> None:
    cleaned = clean(_readme(), markdown=True)
    assert cleaned.body.endswith(PARAS[2])
    assert "Plates" not in cleaned.body.split("\n\n")
    assert not any("Open an issue" in p for p in cleaned.body.split("\n\n"))
    assert "- [Habits](#habits)" in cleaned.removed


def test_a_section_with_another_name_is_the_essays() -> None:
    # Near miss: a last section named for what it argues is the essay's, and so is its text.
    cleaned = clean(_readme(foot="Licensing the look"), markdown=True)
    assert "Open an issue to disagree; pull requests for typos are welcome." in cleaned.body


def test_a_list_of_links_to_other_pages_is_no_table_of_contents() -> None:
    page = "\n".join(
        [
            "# Plates, Not Films",
            "",
            PARAS[0],
            "",
            "- [A talk on plates]"
            "(https://example.org/talk) where I first tried this argument out on "
            "an audience of editors.",
            "",
            PARAS[1],
            "",
            PARAS[2],
        ]
    )
    assert "A talk on plates" in clean(page, markdown=True).body


def test_a_readmes_byline_names_its_writer_and_the_platform_their_handle_links_to() -> None:
    cleaned = clean(_readme(handle="[@mira](https://github.com/mira)"), markdown=True)
    assert cleaned.author == "Mira Ostrowska"
    assert cleaned.published == "2026-03-04"
    assert cleaned.publication == "GitHub"
    assert cleaned.title == "Plates, Not Films"
    assert cleaned.body.startswith(PARAS[0])
    # Near miss: a handle linked to the writer's own site names no platform.
    own = clean(_readme(handle="[@mira](https://mira.example/about)"), markdown=True)
    assert own.publication is None


def test_a_name_beside_a_date_is_the_author_only_with_a_handle_beside_it() -> None:
    assert find_author(["Mira Ostrowska · 4 March 2026 · @mira"], []) == "Mira Ostrowska"
    # Near miss: a section's name beside a date is no byline.
    assert find_author(["Film Reviews · 4 March 2026"], []) is None


def test_the_writers_handle_in_a_byline_of_parts_is_no_publication() -> None:
    line = "Written by Mira Ostrowska · published 4 March 2026 · @mira"
    assert find_publication([line], [], "Mira Ostrowska") is None
    # Near miss: a section's or a site's name there is the publication.
    line = "Written by Mira Ostrowska · Plates Quarterly · 4 March 2026"
    assert find_publication([line], [], "Mira Ostrowska") == "Plates Quarterly"


def _statement(foot: str) -> str:
    return "\n".join(
        [
            "# Our Line on Generated Footage",
            "",
            "> **Harbour Lane Animators** · ratified by the members on 3 March 2026 · rev. 4",
            "",
            *(p for para in PARAS for p in (para, "")),
            "---",
            "",
            foot,
        ]
    )


def test_a_statements_issuing_body_is_its_author_when_its_copyright_names_it_too() -> None:
    foot = "© 2026 Harbour Lane Animators · hosted on [Codeberg](https://codeberg.org/harbourlane)"
    cleaned = clean(_statement(foot), markdown=True)
    assert cleaned.author == "Harbour Lane Animators"
    assert cleaned.published == "2026-03-03"
    assert cleaned.publication == "Codeberg"  # the platform it says hosts it
    assert cleaned.body.startswith(PARAS[0])
    # Near misses: a name the copyright does not confirm may be a section's; a host that is no
    # platform's domain names no platform.
    other = clean(_statement("© 2026 Plates Quarterly"), markdown=True)
    assert other.author is None
    own = clean(_statement("hosted on [our server](https://harbourlane.example)"), markdown=True)
    assert own.publication is None
    assert own.author is None
