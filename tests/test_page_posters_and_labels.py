"""A clipped Reddit post and a newspaper's labelled headline (tuning100's misses, issue 12): the
poster named by their user name without Reddit's "u/", the community beside the post's age, and
a section's label the page's own data leaves out of its headline. Each near miss is a line of the
same shape that names someone else or a headline whose label is its own."""

from __future__ import annotations

from bot.headline import without_label_shown_bare
from bot.importer import Metadata, draft_from_file
from bot.page_site import find_publication

_CLIP = """---
title: "One scene in my short is generated and I am still not sure about it"
source: "https://www.reddit.com/r/editors/comments/abc123/one_scene/"
author:
  - "[[{author}]]"
published: 2026-09-28
---
The scene is thirty seconds long and it is the one everybody asks about after screenings.

I would use the tool again for a dream, and never for a scene meant to feel lived in.
"""


def _author(author: str) -> str:
    page = _CLIP.format(author=author).encode()
    draft = draft_from_file(page, "clip.md", Metadata(stance="mixed"))
    return draft.doc.author


def test_a_clipped_reddit_posters_user_name_drops_the_u_prefix() -> None:
    # Obsidian's clipper links the poster as a note, "[[u/name]]" (tuning100's Reddit clip).
    assert _author("u/tallowcandle_films") == "tallowcandle_films"
    # Near misses: a name with no prefix, and a person's name, are as the clipper wrote them.
    assert _author("tallowcandle_films") == "tallowcandle_films"
    assert _author("Ursula Vance") == "Ursula Vance"


def test_the_community_beside_the_posts_age_publishes_it() -> None:
    # New Reddit's header: the community, a dot, the post's age (tuning100's Reddit clip).
    assert find_publication(["r/Filmmakers • 2 mo ago", "tallowcandle_films"], [], None) == (
        "r/Filmmakers"
    )
    assert find_publication(["r/editors · 5h"], [], None) == "r/editors"
    # Near misses: what follows the dot is no age, so the line is no community's header; a
    # reply's buttons are no community.
    assert find_publication(["r/Filmmakers • Join the discussion"], [], None) is None
    assert find_publication(["Reply • 58"], [], None) is None


def test_a_label_the_pages_other_headline_leaves_out_is_not_the_title() -> None:
    # The <h1> reads "Opinion: …", the JSON-LD headline the same words without the label.
    headline = "A film school that licenses AI video is teaching the wrong lesson"
    shown = f"Opinion: {headline}"
    assert without_label_shown_bare(shown, [shown, headline]) == headline
    # Near misses: a colon in the headline's own words, which no other headline leaves out.
    assert without_label_shown_bare("Sora: A Month In", ["Sora: A Month In"]) == (
        "Sora: A Month In"
    )
    assert without_label_shown_bare(shown, [shown, "A film school teaching the wrong lesson"]) == (
        shown
    )
