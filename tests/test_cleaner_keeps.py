"""A property of the cleaner (Hypothesis): however a page's head and foot are furnished, every
paragraph of the essay between them is stored, verbatim. Lost essay text is the worst miss a
cleaner can make, so this is checked on arrangements nobody wrote down.

The essay paragraphs are real ones (the bundled essays' passages); the furniture is drawn from
the shapes the page sets hold: a site's navigation over one platform's head (a blog's, a news
site's, a forum post's, a social post's, a Q&A answer's), asides between the paragraphs (ads,
pictures, captions) and a foot (counters, share bars, comment sections).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot import BUNDLED_ESSAYS
from bot.cleaner import clean
from bot.corpus import load_directory

# Paragraphs of running prose: sentences of eight words or more.
_PARAGRAPHS = sorted(
    {
        p.text
        for d in load_directory(BUNDLED_ESSAYS)
        for p in d.passages
        if 8 <= len(p.text.split()) <= 120 and p.text.rstrip()[-1:] in ".!?"
    }
)
# A site's navigation over the page, and the heads of the platforms' posts under it.
_NAV = ["Skip to main content", "Home", "About", "Menu", "Sign in", "Subscribe"]
_HEADS = [
    ["Why Generated Video Leaves Me Cold", "By Jane Doe", "5 min read", "Mar 4, 2025", "Share"],
    ["Why Generated Video Leaves Me Cold", "Jane Doe", "Follow", "5 min read", "·", "Mar 4, 2025"],
    ["Filed under: Film", "Generated video leaves me cold.", "It is still worth a look.",
     "By Jane Doe Updated Mar 4, 2025"],
    ["r/Filmmakers", "•", "2 days ago", "lowbudget_lucia", "Generated video leaves me cold.",
     "Discussion"],
    ["r/Filmmakers", "Posted by u/lowbudget_lucia", "5 hr. ago", "Generated video leaves me cold"],
    ["Harriet Okonjo-Lind • 2nd", "Producer | Leeds", "3w • Edited •", "Follow"],
    ["Marta Solis", "3h · 🌐"],
    ["Jo Marsh", "@jomarsh"],
    ["Ines Duarte", "@ines@film.social"],
    ["Why Generated Video Leaves Me Cold", "Oren Pike", "12K subscribers", "Subscribe"],
    ["Answer", "Film Making", "Will generated video replace film students?", "Sort",
     "Recommended", "Jane Doe", " · ", "Follow", "Film school lecturer", " · ",
     "Answered August 8, 2025"],
    [],
]  # fmt: skip
_FOOT = [
    "Share",
    "Like",
    "12 likes",
    "3 comments",
    "Leave a Reply",
    "Related posts",
    "Tags: film, ai",
    "© 2025 Low Light Diaries",
    "Comments",
    "Sort by: Best",
    "4.2K views",
    "Upvote",
]

# What interrupts an article's body between its paragraphs: ads, pictures and their captions,
# "Read more" links.
_BETWEEN = [
    "Advertisement",
    "[Image: a storm over the harbour]",
    "Photo: Jane Doe",
    "Illustration by Jane Doe for Low Light",
    "Read more: Another Story Entirely",
]

essays = st.lists(st.sampled_from(_PARAGRAPHS), min_size=1, max_size=5, unique=True)
heads = st.builds(
    lambda nav, head: [*nav, *head],
    st.lists(st.sampled_from(_NAV), max_size=4, unique=True),
    st.sampled_from(_HEADS),
)
feet = st.lists(st.sampled_from(_FOOT), max_size=6)


@given(
    essay=essays,
    head=heads,
    foot=feet,
    between=st.lists(st.one_of(st.none(), st.sampled_from(_BETWEEN)), min_size=5, max_size=5),
    blank=st.booleans(),
)
def test_every_essay_paragraph_survives_any_head_and_foot(
    essay: list[str], head: list[str], foot: list[str], between: list[str | None], blank: bool
) -> None:
    body_lines = [
        line
        for paragraph, aside in zip(essay, between, strict=False)
        for line in (paragraph, aside)
        if line
    ]
    separator = "\n\n" if blank else "\n"
    cleaned = clean(separator.join([*head, *body_lines, *foot]))
    body = cleaned.body.split("\n\n")
    assert [p for p in essay if p not in body] == []


def test_a_related_story_link_closes_no_ad_slot() -> None:
    # An ad slot whose picture was lost, then the article's paragraph, then a link to another
    # story: the paragraph is the article's (hypothesis found it taken as the ad's copy).
    last = "As an optimist, I have to believe this will bring a new wave of indie filmmaking."
    page = "\n".join(
        [
            "Why Generated Video Leaves Me Cold",
            "By Jane Doe",
            "Mar 4, 2025",
            "And these films will only stand out more, against the growing landscape of content.",
            "Advertisement",
            last,
            "Read more: Another Story Entirely",
        ]
    )
    assert last in clean(page).body.split("\n\n")
