"""bot.cleaner: strip site furniture from raw pages, keep the essay verbatim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.cleaner import Cleaned, clean
from bot.page_meta import date_alone
from bot.page_threads import read_answer
from bot.text import normalize
from tests.cleaner_essay import TRIMS as KRAMDOWN_ESSAY

ROOT = Path(__file__).resolve().parents[1]
ESSAYS = ROOT / "data" / "essays"
RAW_SEEDS = Path(__file__).resolve().parent / "fixtures" / "raw_seeds"

# Raw scrape -> the curated essay made from it.
SEEDS = {
    "000_54c5ee5e2a361d97.txt": "unknown-sora-wont-improve-filmmaking",
    "001_450a3c257d9b0573.txt": "westenberg-democratisation",
    "002_2ae067cb6617106f.txt": "kroll-sora-indie-filmmakers",
    "003_aa5dbbced1358ffd.txt": "pinker-sora-hollywood",
    "004_65745d5dc8e5db22.txt": "global-times-sora-opportunity",
}

JUNK = (
    "@Westenberg logo",
    "Subscribe to @Westenberg",
    "never miss a post",
    "All my posts are written without AI",
    "Feel free to download and copy this image",
    "AI Photo:VCG",
    "Published:",
    "For exclusive filmmaking articles",
    "sign up for my newsletter",
    "About Author",
    "Follow Noam on Twitter",
    "Alexander Pinkerhttps",
    "https://www.medialist.info",
    "Ähnliche Artikel",
    "Please enter your comment!",
    "Please enter your name here",
    "This site uses Akismet",
    "Follow us",
    "Cookie Consent with Real Cookie Banner",
    "Leave a Reply",
    # Reader comments.
    "bikini dubai",
    "Stefano Voltaggio",
    "artistic creation is an attribute of the few",
    "Pixar characters",
    "lowest-common-denominator",
)

TITLES = {
    "000_54c5ee5e2a361d97.txt": "Fundamental reason why Sora won’t improve filmmaking",
    "001_450a3c257d9b0573.txt": "“Democratisation” covers all manner of sins.",
    "002_2ae067cb6617106f.txt": "What Sora (AI Video) Means For Indie Filmmakers",
    "003_aa5dbbced1358ffd.txt": "A step into the future: Sora in Hollywood",
    "004_65745d5dc8e5db22.txt": (
        "Sora AI ‘more of an opportunity than a challenge’ for movie industry"
    ),
}


def curated(slug: str) -> tuple[dict, list[str]]:
    """Front matter and body paragraphs of a curated essay (annotations dropped)."""
    text = (ESSAYS / f"{slug}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        block = re.sub(r"\A<!--.*?-->", "", block.strip(), flags=re.DOTALL).strip()
        if block:
            paragraphs.append(" ".join(line.strip() for line in block.splitlines()))
    return yaml.safe_load(front), paragraphs


@pytest.fixture(params=sorted(SEEDS), ids=lambda name: SEEDS[name])
def seed(request: pytest.FixtureRequest) -> tuple[str, str, Cleaned]:
    name: str = request.param
    raw = (RAW_SEEDS / name).read_text(encoding="utf-8")
    return name, raw, clean(raw)


def test_no_junk_left(seed: tuple[str, str, Cleaned]) -> None:
    _, _, cleaned = seed
    text = normalize(f"{cleaned.title or ''} {cleaned.body} {cleaned.author_bio or ''}")
    for phrase in JUNK:
        assert normalize(phrase) not in text, phrase


def test_every_curated_paragraph_survives(seed: tuple[str, str, Cleaned]) -> None:
    name, _, cleaned = seed
    kept = {normalize(p) for p in cleaned.body.split("\n\n")}
    _, paragraphs = curated(SEEDS[name])
    for paragraph in paragraphs:
        assert normalize(paragraph) in kept, paragraph[:80]


def test_body_paragraphs_are_verbatim(seed: tuple[str, str, Cleaned]) -> None:
    _, raw, cleaned = seed
    for paragraph in cleaned.body.split("\n\n"):
        assert paragraph in raw
        assert paragraph == paragraph.strip()


def test_removed_lines_come_from_the_page(seed: tuple[str, str, Cleaned]) -> None:
    _, raw, cleaned = seed
    for item in cleaned.removed:
        assert item in raw
        assert item not in cleaned.body.split("\n\n")


def test_title(seed: tuple[str, str, Cleaned]) -> None:
    name, _, cleaned = seed
    assert cleaned.title == TITLES[name]
    assert cleaned.title not in cleaned.body


def test_published_only_where_stated(seed: tuple[str, str, Cleaned]) -> None:
    name, _, cleaned = seed
    expected = "2024-02-21" if name.startswith("004") else None
    assert cleaned.published == expected


def test_author_bio_matches_curation(seed: tuple[str, str, Cleaned]) -> None:
    name, _, cleaned = seed
    meta, _ = curated(SEEDS[name])
    assert cleaned.author_bio == meta.get("author_bio")


def test_idempotent(seed: tuple[str, str, Cleaned]) -> None:
    _, _, cleaned = seed
    again = clean(cleaned.body)
    assert again.body == cleaned.body
    assert again.title is None
    assert again.removed == []
    # Title set apart from the body, as the cleaned text would be shown.
    whole = clean(f"{cleaned.title}\n\n\n{cleaned.body}\n")
    assert (whole.title, whole.body, whole.removed) == (cleaned.title, cleaned.body, [])


def test_kroll_comments_and_bio() -> None:
    raw = (RAW_SEEDS / "002_2ae067cb6617106f.txt").read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert cleaned.body.endswith("This is the still the best time in history to make your movie.")
    assert "Stefano Voltaggio" not in cleaned.body
    assert "Stefano Voltaggio" not in (cleaned.author_bio or "")
    assert "bikini" not in cleaned.body
    assert any("bikini dubai" in item for item in cleaned.removed)
    assert "• Stefano Voltaggio" in cleaned.removed
    assert cleaned.author_bio is not None
    assert cleaned.author_bio.startswith("Noam Kroll is an award-winning")
    assert "Follow Noam" not in cleaned.author_bio
    assert "Follow Noam on Twitter, Instagram and Facebook for more content like this!" in (
        cleaned.removed
    )


def test_pinker_byline_bio() -> None:
    raw = (RAW_SEEDS / "003_aa5dbbced1358ffd.txt").read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert cleaned.author_bio is not None
    assert cleaned.author_bio.startswith("Alexander Pinker is an innovation profiler")
    assert cleaned.author_bio.endswith("Technical University of Würzburg-Schweinfurt.")
    assert cleaned.removed[:2] == ["Alexander Pinker", "Alexander Pinkerhttps://www.medialist.info"]
    assert "Alexander Pinker" not in cleaned.body


def test_repeated_line_dropped_once() -> None:
    raw = (RAW_SEEDS / "004_65745d5dc8e5db22.txt").read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert cleaned.removed.count("AI Photo:VCG") == 2
    assert "Published: Feb 21, 2024 11:09 PM" in cleaned.removed
    assert cleaned.body.startswith("The beginning of the Year of the Dragon")
    assert "surlily" in cleaned.body  # the source's typo is kept


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\n", " \u00a0\n\t\n"])
def test_empty_input(raw: str) -> None:
    assert clean(raw) == Cleaned(title=None, body="", published=None, author_bio=None, removed=[])


# --- generic behaviour, beyond the five seeds -------------------------------------------------

ESSAY_A = "Generative video will change how small crews plan their shoots, for better and worse."
ESSAY_B = "Nobody yet knows what audiences will make of it, and that uncertainty is the point."


def test_single_line_is_body_not_title() -> None:
    assert clean("Hello there") == Cleaned(None, "Hello there", None, None, [])


def test_opening_sentence_is_not_a_title() -> None:
    cleaned = clean(f"I hate Sora.\n\n{ESSAY_A}")
    assert cleaned.title is None
    assert cleaned.body == f"I hate Sora.\n\n{ESSAY_A}"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: Feb 21, 2024 11:09 PM", "2024-02-21"),
        ("Published on March 3, 2024", "2024-03-03"),
        ("Posted: 5 June 2023", "2023-06-05"),
        ("Published 2024-02-21", "2024-02-21"),
        ("February 21, 2024", "2024-02-21"),
        ("Posted on February 21, 2024 by Jane Roe", "2024-02-21"),
        ("Published: 21st Feb 2024, 9:05 pm EST", "2024-02-21"),
        # A read time set off by a dash (Ghost's byline), as by a middle dot.
        ("Apr 2, 2026 — 4 min read", "2026-04-02"),
        ("Apr 2, 2026 – 4 min read", "2026-04-02"),
    ],
)
def test_published_forms(line: str, iso: str) -> None:
    cleaned = clean(f"A Title\n{line}\n\n{ESSAY_A}")
    assert cleaned.title == "A Title"
    assert cleaned.published == iso
    assert cleaned.body == ESSAY_A


def test_dateline_above_the_title() -> None:
    cleaned = clean(f"Published: Feb 21, 2024\n\nA Title\n\n{ESSAY_A}")
    assert (cleaned.title, cleaned.published, cleaned.body) == ("A Title", "2024-02-21", ESSAY_A)


def test_a_date_with_words_beside_it_is_not_a_date_alone() -> None:
    # Near miss: a dash before words that aren't a dateline's makes the line a sentence.
    assert date_alone("Apr 2, 2026 — the day the edit fell apart") is None


def test_bad_date_is_kept_as_text() -> None:
    cleaned = clean(f"{ESSAY_A}\n\nPublished: Feb 31, 2024")
    assert cleaned.published is None


def test_generic_furniture() -> None:
    raw = "\n\n".join(
        [
            "Example Blog logo",
            "Why Sora Matters",
            "Photo by Jane Doe on Unsplash",
            "Image: OpenAI",
            ESSAY_A,
            "Share this article",
            "Subscribe now to get new posts",
            ESSAY_B,
            "We use cookies to improve your experience. Accept all cookies",
            "Related articles",
            "Another post entirely, which must not be kept as part of this essay at all.",
        ]
    )
    cleaned = clean(raw)
    assert cleaned.title == "Why Sora Matters"
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert "Another post entirely" in cleaned.removed[-1]
    assert "Example Blog logo" in cleaned.removed


def test_paragraph_mentioning_furniture_words_is_kept() -> None:
    long_para = (
        "I subscribe to the idea that a newsletter, a cookie banner and a logo are all part of "
        "the same attention economy that Sora will feed, and I say so at length here because the "
        "point deserves more than a line; follow us down that road and the result is obvious."
    )
    cleaned = clean(f"{ESSAY_A}\n\n{long_para}\n\nThe image by itself says nothing.")
    assert cleaned.body == f"{ESSAY_A}\n\n{long_para}\n\nThe image by itself says nothing."


def test_stray_comment_link_before_the_essay_does_not_truncate() -> None:
    cleaned = clean(f"Leave a comment\n\n{ESSAY_A}\n\n{ESSAY_B}")
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert cleaned.removed == ["Leave a comment"]


def test_comment_count_ends_the_essay() -> None:
    cleaned = clean(f"{ESSAY_A}\n\n{ESSAY_B}\n\n3 Comments\n\nGreat read! Totally agree.")
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert cleaned.removed == ["3 Comments", "Great read! Totally agree."]


def test_indented_bullet_thread_is_dropped() -> None:
    raw = f"{ESSAY_A}\n\n{ESSAY_B}\n\n  • Jane Roe\n\n    I disagree with all of this.\n"
    cleaned = clean(raw)
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert cleaned.removed == ["• Jane Roe", "I disagree with all of this."]


def test_closing_list_of_sentences_is_kept_but_a_trailing_menu_is_not() -> None:
    items = [
        "• Cheaper previs for crews that could never afford a storyboard artist",
        "• Faster storyboards when the director changes her mind on the day",
    ]
    raw = "\n\n".join([ESSAY_A, *items])
    assert clean(raw).body == raw
    menu = f"{ESSAY_A}\n\n{ESSAY_B}\n\n• Home\n\n• Films\n\n• Contact"
    cleaned = clean(menu)
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert cleaned.removed == ["• Home", "• Films", "• Contact"]


# --- pages as browsers save them: head, foot, comments, metadata (shapes, not sites) ----------

PAGE_BODY = [
    "I have edited documentaries for twenty years, and every new tool arrived with a promise "
    "that it would make the work easy.",
    "None of them did. They made some of the work cheaper, and the rest of it more visible.",
]


def _page(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, "", *("\n\n".join(PAGE_BODY),), "", *tail])


def test_head_furniture_is_dropped_and_read_for_metadata() -> None:
    raw = _page(
        "Skip to content",
        "Cutting Room Notes",
        "• Home",
        "• Essays",
        "Log in",
        "The Edit Is Where Films Are Made",
        "By Jane Roe · Cutting Room Notes · 6 min read",
        "March 3, 2024",
        "[Image: a timeline on a laptop]",
    )
    cleaned = clean(raw)
    assert cleaned.title == "The Edit Is Where Films Are Made"
    assert cleaned.author == "Jane Roe"
    assert cleaned.published == "2024-03-03"
    assert cleaned.publication == "Cutting Room Notes"
    assert cleaned.body.split("\n\n") == PAGE_BODY
    assert "• Essays" in cleaned.removed


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Written by Jane Roe", "Jane Roe"),
        ("Author: Jane Roe", "Jane Roe"),
        ("Posted by u/reel_jane", "reel_jane"),
        ("posted by Jane Roe on Aug 17, 2024", "Jane Roe"),
        ("By Jane Roe | March 3, 2024", "Jane Roe"),
    ],
)
def test_bylines(byline: str, author: str | None) -> None:
    cleaned = clean(_page("A Title For The Page", byline))
    assert cleaned.author == author
    assert byline in cleaned.removed


def test_a_name_next_to_the_date_is_the_byline() -> None:
    cleaned = clean(_page("The Edit Is Where Films Are Made", "Jane Roe", "21/02/2024"))
    assert (cleaned.author, cleaned.published) == ("Jane Roe", "2024-02-21")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Jun 06 '24", "2024-06-06"),
        ("21st February 2024", "2024-02-21"),
        ("Posted on 2024-02-21T10:00:00Z  ·  7 min read", "2024-02-21"),
        ("Mon Jul 15, 2024 9:40 pm", "2024-07-15"),
        ("*Published May 9, 2024*", "2024-05-09"),
        # Forums' numeric dates with dashes (vBulletin: month first; day first when it must be).
        ("12-19-2025, 09:14 PM", "2025-12-19"),
        ("19-12-2025", "2025-12-19"),
    ],
)
def test_dates_in_any_common_form(line: str, iso: str) -> None:
    cleaned = clean(_page("A Title For The Page", line), markdown=line.startswith("*"))
    assert cleaned.published == iso


def test_a_comment_section_and_everything_after_it_is_dropped() -> None:
    tail = (
        "678 Upvotes",
        "167 comments",
        "Share",
        "Sort by: Best",
        "u/someone_else",
        "9h ago",
        "Totally disagree, this reads like it was written by someone who has never cut a reel.",
        "Reply",
    )
    cleaned = clean(_page("A Title For The Page", "Posted by u/poster", tail=tail))
    assert cleaned.body.split("\n\n") == PAGE_BODY
    assert cleaned.author == "poster"  # the poster, never a commenter
    assert all(line in cleaned.removed for line in tail)


def test_a_title_that_ends_like_a_sentence_between_furniture() -> None:
    title = "I cut trailers and tried the new generator for a week. Here's what happened."
    cleaned = clean(_page("r/Editors", "Posted by u/poster", "Jun 06 '24", title, "Discussion"))
    assert cleaned.title == title
    assert cleaned.publication == "r/Editors"


def test_headings_are_structure_not_passages() -> None:
    raw = "\n\n".join([PAGE_BODY[0], "The case against", PAGE_BODY[1]])
    cleaned = clean(raw)
    assert cleaned.body.split("\n\n") == PAGE_BODY
    assert cleaned.headings == ("The case against",)


def test_markdown_markup_is_not_stored() -> None:
    raw = (
        "[Home](https://example.com/) | [Essays](https://example.com/essays)\n\n"
        "# The Edit Is Where Films Are Made\n\n**By Jane Roe** · Cutting Room Notes\n\n"
        "![a timeline](https://example.com/a.jpg)\n*A timeline. Photo by Sam Poe.*\n\n---\n\n"
        f"{PAGE_BODY[0]}\n\n## Cheaper, not easier\n\n**{PAGE_BODY[1]}**\n\n---\n\n"
        "*Jane Roe is an editor in Leeds who writes about the cutting room.*\n\n"
        "### Comments (2)\n\n**Sam** — May 10, 2024\n> Great piece.\n"
    )
    cleaned = clean(raw, markdown=True)
    assert cleaned.title == "The Edit Is Where Films Are Made"
    assert cleaned.author == "Jane Roe"
    assert cleaned.body.split("\n\n") == PAGE_BODY
    assert cleaned.headings == ("Cheaper, not easier",)
    assert cleaned.author_bio == "Jane Roe is an editor in Leeds who writes about the cutting room."


def test_hard_wrapped_letter_keeps_its_short_lines_apart() -> None:
    raw = (
        "A LETTER TO THE CLASS\n\nJane Roe\n21st February 2024\n\n"
        "Every spring I am asked to say something encouraging at the end of\n"
        "the year, and every spring I talk about lenses instead of jobs.\n\n"
        "With love,\n\nJane Roe\n\n--\nForwarded from the department mailing list. Please\n"
        "do not reply to this address.\n"
    )
    cleaned = clean(raw)
    assert cleaned.title == "A LETTER TO THE CLASS"
    assert (cleaned.author, cleaned.published) == ("Jane Roe", "2024-02-21")
    assert cleaned.body == (
        "Every spring I am asked to say something encouraging at the end of the year, and every "
        "spring I talk about lenses instead of jobs."
    )


def test_about_the_author_box() -> None:
    raw = (
        f"{ESSAY_A}\n\n{ESSAY_B}\n\nAbout the author\n\n"
        "Jane Roe writes about film technology and teaches editing in Leeds. "
        "Follow Jane on Bluesky for more.\n\nLeave a Reply"
    )
    cleaned = clean(raw)
    assert cleaned.body == f"{ESSAY_A}\n\n{ESSAY_B}"
    assert cleaned.author_bio == (
        "Jane Roe writes about film technology and teaches editing in Leeds."
    )
    assert cleaned.removed == [
        "About the author",
        "Follow Jane on Bluesky for more.",
        "Leave a Reply",
    ]


def test_url_in_prose_is_not_a_byline() -> None:
    raw = f"{ESSAY_A}\n\nRead the report at https://example.com/report\n\n{ESSAY_B}"
    assert clean(raw).body == raw


def test_hard_wrapped_paragraphs_are_joined() -> None:
    raw = (
        "Generative video will change how small crews plan their\n"
        "shoots, for better and for worse, and nobody knows how.\n"
        "\n"
        "Audiences will decide what they make of it in the end, as\n"
        "they always have done with every new tool of the trade.\n"
    )
    cleaned = clean(raw)
    assert cleaned.body.split("\n\n") == [
        "Generative video will change how small crews plan their shoots, for better and for "
        "worse, and nobody knows how.",
        "Audiences will decide what they make of it in the end, as they always have done with "
        "every new tool of the trade.",
    ]


def test_windows_line_endings() -> None:
    raw = f"A Title\r\n\r\n{ESSAY_A}\r\n\r\n{ESSAY_B}\r\n"
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.body) == ("A Title", f"{ESSAY_A}\n\n{ESSAY_B}")


@pytest.mark.parametrize(
    "sentence",
    [
        "By then, nobody cared.",
        "More than ever, film needs people.",
        "Related costs fell too.",
        "Next came the lawsuits.",
        "Share the credit, then.",
        # Near misses of the ad-slot and sponsor labels.
        "Together with my producer, I cut the shot.",
        "Sponsored content is everywhere now.",
        "Advertisement is what the tools were built for.",
        # ... of a poster's badges and a group's size.
        "Admin work ate the week.",
        "Top contributors were paid nothing.",
        # ... of a sign-up form's status lines and a letters page's invitation.
        "Email sent! I told the producer everything that night.",
        "Success! The studio approved the second unit after all.",
        "Sorry, something went wrong with the second reel that night.",
        "You are now subscribed to a theory of cinema that nobody can test.",
        "There was an error in the second reel. Nobody noticed it for a week.",
        "Check your inbox before you sign anything with a studio.",
        "Thanks for subscribing to the idea that faster is better.",
        "Do you have an opinion on this? Most crews do, and they rarely get asked.",
        "Write a letter to your union before the new rates get published in the spring.",
        "Write to us at once, the producer said, and we will find the money somewhere.",
        "Letters should be short, my editor said, and films should be long.",
        "You have 2 choices left, and both of them are bad.",
        "Support independent cinemas by buying a ticket this week.",
        "Sign up to the union before the next job starts.",
        # ... of a prompt to pass the letter on.
        "Enjoying the film? I was not, and I said so to the producer.",
        "Like the grain? Nobody could share it with the model, however they asked.",
    ],
)
def test_a_short_sentence_that_starts_like_a_menu_item_is_kept(sentence: str) -> None:
    raw = "\n\n".join([PAGE_BODY[0], sentence, PAGE_BODY[1]])
    assert clean(raw).body.split("\n\n") == [PAGE_BODY[0], sentence, PAGE_BODY[1]]


_OWN_POST = (
    "{n}/3 Every generated shot I have cut this year needed a human to decide where it sat in "
    "the scene, and that decision is the whole of editing."
)


def _social_thread(replier: str) -> str:
    posts = []
    for n in (1, 2, 3):
        posts += ["Mara Quist", "@mquist@cine.example", "", _OWN_POST.format(n=n), ""]
    posts += [replier, "@other@elsewhere.example", "@mquist this is the reply, not the essay.", ""]
    posts += ["Mara Quist", "@mquist@cine.example", "", _OWN_POST.format(n=4), ""]
    return "\n".join(posts)


def test_a_social_thread_keeps_its_posters_posts_and_drops_the_replies() -> None:
    cleaned = clean(_social_thread("Ola Other"))
    assert [_OWN_POST.format(n=n) in cleaned.body for n in (1, 2, 3)] == [True] * 3
    assert "the reply" not in cleaned.body
    # After the first reply, the poster's own answers belong to the replies too.
    assert _OWN_POST.format(n=4) not in cleaned.body
    assert (cleaned.author, cleaned.publication, cleaned.title) == (
        "Mara Quist",
        "cine.example",
        None,
    )


def test_a_forum_comment_by_someone_else_ends_the_submission() -> None:
    text = "\n".join(
        [
            "Ask: what does generated video break in a VFX pipeline",
            "41 points by pipe_dev 3 hours ago | hide | 12 comments",
            "",
            _OWN_POST.format(n=1),
            "",
            "  other_user 2 hours ago | next [–]",
            "  Great write-up, this is a comment and not the essay.",
        ]
    )
    cleaned = clean(text)
    assert _OWN_POST.format(n=1) in cleaned.body
    assert "comment" not in cleaned.body
    assert cleaned.author == "pipe_dev"


def test_a_markdown_callout_is_not_the_essay() -> None:
    body = _OWN_POST.format(n=1)
    cleaned = clean(
        f"<aside>\nA note for readers of this page.\n</aside>\n\n{body}\n", markdown=True
    )
    assert cleaned.body == body
    assert "A note for readers of this page." in cleaned.removed


# -- page shapes beyond the seeds (issue 12: each a rule a platform's pages share) ---------

_BODY = [
    "I have cut trailers for small distributors for a decade, and this year half my briefs "
    "asked for generated shots to fill the gaps in the footage.",
    "The gap shots help the rhythm of a trailer, but every one of them promises the audience "
    "something the film itself does not contain.",
]


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def test_a_post_under_a_name_and_a_bare_handle_is_the_posters_alone() -> None:
    # X, Bluesky, Threads: "Name" over "@handle", a relative time, counters; replies follow.
    raw = _lines(
        "Home", "Search", "Rhea Castellanos", "@rheacuts", "Follow", _BODY[0],
        "8:41 AM · Jun 2, 2025", "212", "1.1K",
        "Rhea Castellanos", "@rheacuts", "·", "1h", _BODY[1], "14", "61",
        "Marco Iveson", "@marco.bsky.social", "· 58m",
        "Respectfully, a reply is the replier's words and never the poster's.", "3",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        None,
        "Rhea Castellanos",
        "2025-06-02",
    )
    assert cleaned.headings == ()
    assert {"@rheacuts", "1h"} <= set(cleaned.removed)


def test_a_commenters_handle_under_an_article_does_not_take_it_over() -> None:
    raw = _lines(
        "Why Trailers Lie", "By Jane Roe", _BODY[0], _BODY[1], "2 comments",
        "Marco Iveson", "@marco", "The handle above belongs to a commenter, not to the author.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.author) == ("Why Trailers Lie", "Jane Roe")
    assert cleaned.body == "\n\n".join(_BODY)


@pytest.mark.parametrize(
    "header",
    ["kasia_lind — 21/03/2025 21:14", "Kasia Lind — 21/03/2025 21:14", "kasia_lind  21:14"],
)
def test_a_chat_copy_is_its_first_posters_message(header: str) -> None:
    # Discord and Slack copy each message under "name — date time" (or "name  time").
    reply = "mateo.r — 21/03/2025 21:20" if "/" in header else "mateo.r  21:20"
    raw = _lines(
        "Film Makers Collective", "#long-reads", header, _BODY[0], "", _BODY[1],
        reply, "this is a reply, not the essay",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert cleaned.title is None
    assert cleaned.author == header.split("  ")[0].split(" —")[0]
    assert cleaned.published == ("2025-03-21" if "/" in header else None)


def test_a_chat_copy_is_its_longest_speakers_message_not_the_prompt_above_it() -> None:
    # A channel: someone asks, someone answers at length (several messages, each under its own
    # "[time]"), others reply; the answerer's later one-liner is chat, not the essay.
    raw = _lines(
        "kofi — 03/14/2025 9:02 PM", "anyone here using sora on paid work?", "[9:03 PM]",
        "asking for a friend", "Ines Marchetti — 03/14/2025 9:14 PM", _BODY[0], "[9:15 PM]",
        _BODY[1], "kofi — 03/14/2025 9:21 PM", "smart. can you share the wording",
        "Ines Marchetti — 03/14/2025 9:26 PM", "@kofi sure, DMing you",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.author, cleaned.published, cleaned.title) == (
        "Ines Marchetti",
        "2025-03-14",
        None,
    )
    assert {"anyone here using sora on paid work?", "[9:15 PM]", "@kofi sure, DMing you"} <= set(
        cleaned.removed
    )


@pytest.mark.parametrize(
    ("community", "badges"),
    [
        ("Private group · 8.4K members", ["Admin", "Top contributor"]),
        ("Public group · 1,204 members", ["Moderator"]),
        ("Community · 3.1K members", []),
    ],
)
def test_a_group_post_is_its_posters_and_the_group_is_the_publication(
    community: str, badges: list[str]
) -> None:
    # Facebook, LinkedIn and Discourse groups: the group's name over its size, then the post
    # under its poster's name, badges and time.
    raw = _lines(
        "Search", "Home", "Indie Filmmakers North", community, "Joined", "Discussion",
        "Odalys Brandt", *badges, "March 3, 2025 at 9:14 PM ·", _BODY[0], _BODY[1],
        "See less", "214", "87 comments",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.publication, cleaned.published) == (
        None,
        "Odalys Brandt",
        "Indie Filmmakers North",
        "2025-03-03",
    )
    assert {community, *badges} <= set(cleaned.removed)


def test_a_user_name_beside_a_relative_time_heads_a_post() -> None:
    # New Reddit, Instagram, YouTube: a user name alone on a line next to "5 mo. ago".
    raw = _lines(
        "r/Cinematography", "•", "5 mo. ago", "gaffer_greta",
        "What generated plates did to our camera team", "Discussion", _BODY[0], _BODY[1],
        "Upvote", "214", "lensflare_lou", "•", "5mo ago",
        "This is a comment and never the poster's essay, however long it runs on.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert cleaned.author == "gaffer_greta"
    assert cleaned.title == "What generated plates did to our camera team"


@pytest.mark.parametrize(
    "line",
    [
        # Paywall teasers.
        "Keep reading with a 7-day free trial",
        "Subscribe to Coverage Notes to keep reading this post and get 7 days of free access.",
        "Already a paid subscriber? Sign in",
        "This post is for paid subscribers",
        # Newsletter wrappers, greetings, sign-offs.
        "View this email in your browser",
        "Forward this to a friend who cuts.",
        "Enjoying Dailies? Forward this issue to someone who still shoots on film.",
        "Like what you read? Share it with a friend who edits.",
        "You are receiving this email because you subscribed to The Splice.",
        "Hi friends,",
        # App prompts, origin notes, credits.
        "Get the app to read more stories like this one",
        "Originally published at lowlightdiaries.example on March 3, 2025.",
        'Music: "Low Tide" by Mirela Sørensen, used with permission.',
        "Cover image for I built a shot-list generator",
        # Counters, reactions, timestamps.
        "48.2K subscribers",
        "View 41 upvotes",
        "You, Anna Brzezinska and 210 others",
        "· 58m",
        "2 days ago (edited)",
        "10:42 GMT",
        "All related (14)",
        "★★½",
        # Menus and trails.
        "About · Careers · Privacy · Terms · Contact",
        "Culture › Film › Features › Reviews",
        "Skip navigation",
        "Create account",
        # Ad slots, however a theme decorates their label.
        "- Advertisement -",
        "ADVERTISEMENT ▼",
        "Story continues below advertisement",
        "Sponsored content",
        # A sign-up form's status lines, shown once it is sent.
        "Email sent! Check your inbox to complete your signup.",
        "Great! Check your inbox and click the link to confirm your subscription.",
        "Success! You've successfully subscribed to Frame Rate.",
        "Sorry, something went wrong. Please try again.",
        "Success! An email was just sent to confirm your subscription. Please find the email "
        "now and click 'Confirm' to start subscribing.",
        "There was an error submitting your subscription. Please try again.",
        "Almost finished... We need to confirm your email address. To complete the subscription "
        "process, please click the link in the email we just sent you.",
        "Oops! Something went wrong while submitting the form.",
        "Please check your inbox to confirm your email address.",
        "You are now subscribed to Frame Rate.",
        "Subscription confirmed.",
        # ... and a members' site's, copied with the page (Ghost's).
        "Welcome back! You've successfully signed in.",
        "Great! Next, complete checkout for full access to Night Shift Notes.",
        "Success! Your account is fully activated, you now have access to all content.",
        "Success! Your billing info has been updated.",
        "Your billing was not updated.",
        "Your link has expired.",
        "Please enter a valid email address",
        "Thanks for subscribing! Your first issue arrives on Friday.",
        # A paper's invitation to answer the piece in its letters page.
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a response of up to 300 words by email to be considered for publication in "
        "our letters section, please click here.",
        "Have your say on this story: send your letter for publication to the letters page.",
        # ... its meter, its appeals for support and its tools around a piece.
        "You have 2 free articles left this month.",
        "You've read 3 of your 5 free articles this month.",
        # ... and its wall once the meter runs out.
        "You've used up your monthly allowance of free articles. Create an account to read on.",
        "You have hit the limit of free stories this month.",
        # A company's boilerplate naming where it is.
        "Kestrel & Pine is a small animation studio founded in Cardiff in 2019.",
        "Support independent journalism. Subscribe from £1 a week.",
        "Our journalism relies on readers like you. Please support us.",
        "Please turn off your ad blocker to continue reading.",
        "Register for free to continue reading.",
        "Sign up to our morning briefing.",
        "Gift this article",
        "Reuse this content",
        "Explore more on these topics",
        "Got a view on this piece? Write to us at letters@harbourreview.example and your "
        "letter may be published in our Sunday edition.",
        "Do you agree? Write to us at letters@ouse-herald.example. Letters should be no more "
        "than 250 words and include your full address.",
        "Letters must not exceed 200 words and may be edited for length.",
        # ... or to its own address, with no "us at" (a festival's programme team).
        "Entries for next year open in March. Questions about the rules? Write to "
        "programme@festival.example and a member of the team will get back to you.",
        # A page's licence and its prompt to report mistakes (a note published from a repo).
        "*Licensed CC BY-NC 4.0. Found a mistake? [Open an issue](https://example.org/issues).*",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        "Spotted a typo? Edit this page on GitHub.",
        "Edit this page",
        # A platform's upsell in its bar.
        "Try Premium for £0",
        "Try Premium free for 1 month",
    ],
)
def test_furniture_between_paragraphs_is_dropped(line: str) -> None:
    cleaned = clean(_lines(_BODY[0], line, _BODY[1]))
    assert cleaned.body == "\n\n".join(_BODY)
    assert line in cleaned.removed


@pytest.mark.parametrize(
    "marker",
    [
        "Top comments (3)",
        "Promoted by Adobe",
        "1 of 14 answers",
        "References",
        "###",
        "Media contact",
    ],
)
def test_markers_that_end_the_essay(marker: str) -> None:
    after = "Whatever follows this marker is not the essay, though it reads like a sentence."
    cleaned = clean(_lines(_BODY[0], _BODY[1], marker, after))
    assert cleaned.body == "\n\n".join(_BODY)
    assert after in cleaned.removed


_MOST_READ = ["Most read", "1", "Roadworks on the bypass to last until spring", "2",
              "Harbour school praised in first inspection since 2019"]  # fmt: skip
_BODY_ON = "The pre-show slot went to students for decades, and a free package takes it away."


def test_a_box_of_headlines_between_paragraphs_is_dropped_and_the_essay_runs_on() -> None:
    # A paper's "Most read" box set in the article: the paragraphs under it are the essay's.
    cleaned = clean(_lines(_BODY[0], *_MOST_READ, _BODY[1], _BODY_ON))
    assert cleaned.body.split("\n\n") == [*_BODY, _BODY_ON]
    assert set(_MOST_READ) <= set(cleaned.removed)


@pytest.mark.parametrize(
    "foot",
    [
        [*_MOST_READ, "Comments", "gaffer_gus", "2h", "A reader's reply, in words of its own."],
        [
            "## Related posts",
            "- [Shot lists for people who hate them](/shot-lists/)",
            "[^1]: Ask my art department, both of them, what they made of it.",
        ],
    ],
)
def test_a_box_of_headlines_under_the_essay_still_ends_it(foot: list[str]) -> None:
    # Near misses: the box over comments, and a page's "Related posts" section over a footnote.
    cleaned = clean(_lines(*_BODY, *foot), markdown=foot[0].startswith("#"))
    assert cleaned.body.split("\n\n") == _BODY


def test_the_headline_sits_above_its_standfirst_and_byline() -> None:
    raw = _lines(
        "The Northern Ledger", "Culture › Film › Features",
        "The studio that replaced its extras, and what it learned",
        "Three months after a regional production used generated crowds, its crew counts the cost",
        "By Helen Achebe, Arts correspondent", "Sat 5 Apr 2025 06.00 BST", _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.title == "The studio that replaced its extras, and what it learned"
    assert (cleaned.author, cleaned.published) == ("Helen Achebe", "2025-04-05")


def test_a_standfirst_as_long_as_its_headline_is_not_the_headline() -> None:
    raw = _lines(
        "Culture › Film › Comment",
        "Volume up, voice down: what generated films did to our festival",
        "The Gazette's guest columnist on a year of reading festival entries",
        "By Rhys Adebayo", _BODY[0], _BODY[1],
    )  # fmt: skip
    assert clean(raw).title == "Volume up, voice down: what generated films did to our festival"


@pytest.mark.parametrize("below", [["Follow", "6 min read"], ["Jan 14, 2026"]])
def test_a_short_headline_between_a_menu_and_its_byline_is_the_title(below: list[str]) -> None:
    # Three words between two short lines look like a menu's item; over the author's name,
    # shown twice and then the byline's button or date, they are the headline.
    raw = _lines(
        "Open in app", "Sign in", "Boards Drawn Twice", "Temi Okafor", "Temi Okafor", *below,
        _BODY[0], _BODY[1],
    )  # fmt: skip
    assert clean(raw).title == "Boards Drawn Twice"
    # A creator's page shows its name twice over its tagline: the item above is the menu's.
    raw = _lines(
        "Home", "Explore", "Create on Patreon", "Harbor Light Films", "Harbor Light Films",
        "Documentaries about working waterfronts", "412 members", _BODY[0], _BODY[1],
    )  # fmt: skip
    assert clean(raw).title != "Create on Patreon"


@pytest.mark.parametrize("label", ["READ MORE", "Related:", "See also"])
def test_the_headline_a_read_more_label_points_to_is_furniture(label: str) -> None:
    other = "Film festivals are drowning in entries. Who is watching them all?"
    cleaned = clean(_lines("A Headline", _BODY[0], label, other, _BODY[1]))
    assert cleaned.body == "\n\n".join(_BODY)
    assert other in cleaned.removed


def test_a_paragraph_after_a_read_more_label_is_kept_when_it_is_long() -> None:
    long = _BODY[1] + " " + _BODY[1]  # far longer than a headline
    assert long in clean(_lines("A Headline", _BODY[0], "Read more", long)).body


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        ("Medium Logo", "Medium"),
        ("Kestrel Journal logo", "Kestrel Journal"),
        # An instruction that ends in "logo" names nothing.
        ("Upload your logo", None),
    ],
)
def test_a_logos_alt_text_in_the_head_names_the_site(line: str, publication: str | None) -> None:
    raw = _lines(
        "Sign in", line, "Write", "Plates Saved Our Short", "Oona Brennan", _BODY[0], _BODY[1]
    )
    assert clean(raw).publication == publication


@pytest.mark.parametrize(
    ("foot", "publication"),
    [
        ("© The Harbour Gazette Ltd 2025", "The Harbour Gazette"),
        ("© 2025 Kestrel Media, Inc. All rights reserved.", "Kestrel Media"),
        ("Copyright © 2024 Northlight GmbH", "Northlight"),
        ("© 2025 Harbour Films Co-op", "Harbour Films Co-op"),
    ],
)
def test_a_copyright_lines_legal_form_and_year_are_not_the_publication(
    foot: str, publication: str
) -> None:
    assert clean(_lines("A Headline", _BODY[0], _BODY[1], foot)).publication == publication


def test_a_question_can_be_a_headline_and_a_byline_name_is_not_one() -> None:
    raw = _lines(
        "Will generative video make cinematographers obsolete?", "Recommended",
        "Marguerite Oduya", "Cinematographer, 15 years in features", "·", "Updated Mar 4, 2025",
        _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.title == "Will generative video make cinematographers obsolete?"
    assert (cleaned.author, cleaned.published) == ("Marguerite Oduya", "2025-03-04")


def test_a_short_title_case_headline_over_a_date_stays_the_title() -> None:
    cleaned = clean(_lines("Sora Changes Everything", "February 21, 2024", _BODY[0], _BODY[1]))
    assert cleaned.title == "Sora Changes Everything"
    assert cleaned.author is None  # the headline is not also the byline


def test_a_menu_item_is_not_a_title() -> None:
    raw = _lines(
        "Blog", "Production", "Behind the Scenes", "News", "4 min read",
        "We Tested Generated Video on a Real Client Job", _BODY[0], _BODY[1],
    )  # fmt: skip
    assert clean(raw).title == "We Tested Generated Video on a Real Client Job"


def test_a_subtitle_over_the_byline_is_not_the_start_of_the_essay() -> None:
    # Substack and Medium: title, a one-sentence subtitle, then name, date and counters.
    raw = _lines(
        "The Second Unit Is a Prompt Now",
        "On second-unit work, generative inserts, and who gets to learn the job.",
        "Rafael Okoro-Baptiste", "May 27, 2025", "41", "Share", _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.author, cleaned.published) == ("Rafael Okoro-Baptiste", "2025-05-27")


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        (["Why Trailers Lie", "61,448 views  Oct 12, 2025  #film #trailers"], "published",
         "2025-10-12"),
        (["THE SPLICE", "Issue #47 · 9 October 2025"], "published", "2025-10-09"),
        (["Why Trailers Lie", "March 3, 2025 · 58 min"], "published", "2025-03-03"),
        (["THE SPLICE", "A newsletter about editing, by Oren Malakai"], "author", "Oren Malakai"),
        (["Why Trailers Lie", "26 January 2025 · 6 minute read · by Jonah Rees"], "author",
         "Jonah Rees"),
        (["Why Trailers Lie", "Hosted by Bettina Ruhl"], "author", "Bettina Ruhl"),
        (["Skip to main content", "Lobsters", "Active", "Recent", "Comments", "Why Trailers Lie"],
         "publication", "Lobsters"),
    ],
)  # fmt: skip
def test_metadata_read_off_the_head(head: list[str], field: str, value: str) -> None:
    cleaned = clean(_lines(*head, _BODY[0], _BODY[1]))
    assert getattr(cleaned, field) == value


def test_a_masthead_named_again_in_the_foot_is_the_publication_not_the_title() -> None:
    raw = _lines(
        "THE SPLICE", "A newsletter about editing, by Oren Malakai", _BODY[0], _BODY[1],
        "You are receiving this email because you subscribed to The Splice.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.publication, cleaned.title) == ("The Splice", None)


def test_running_heads_of_a_pdf_copy_are_dropped_and_name_the_publication() -> None:
    raw = _lines(
        "FRAME RATE QUARTERLY                          Spring 2025", "",
        _BODY[0], "", "Frame Rate Quarterly                                14", "",
        _BODY[1], "", "Frame Rate Quarterly                                15",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert cleaned.publication == "Frame Rate Quarterly"


def test_a_wire_dateline_dates_a_press_release() -> None:
    raw = _lines(
        "FOR IMMEDIATE RELEASE", "Northlight Film Festival announces a policy on generated video",
        f"EDINBURGH, 14 January 2025 — {_BODY[0]}", _BODY[1], "###", "About Northlight",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.published == "2025-01-14"
    assert cleaned.title == "Northlight Film Festival announces a policy on generated video"


def test_a_posters_run_of_posts_under_user_names_has_no_title() -> None:
    # Threads, Instagram: the same user name over each post, a date beside it; a reply follows.
    raw = _lines(
        "Threads", "Log in", "marisol.cuts", "marisol.cuts", "11/04/25", _BODY[0], "1/3", "412",
        "marisol.cuts", "11/04/25", _BODY[1], "2/3", "88",
        "jonah.grades", "11/04/25", "A reply that agrees, in someone else's words entirely.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        None,
        "marisol.cuts",
        "2025-04-11",
    )


def test_an_edit_stamp_is_not_a_chat_message_header() -> None:
    raw = _lines("Frame by Frame", _BODY[0], _BODY[1], "1.2K views", "edited  18:42", "Comments")
    assert clean(raw).body == "\n\n".join(_BODY)


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (["A Week With a Storyboard", "Posted on 3 March 2025 by Alma Reyes"], "Alma Reyes"),
        # A site's name over the headline over the date: no credential, so no byline.
        (["Harbour Notes", "The Ferry We Did Not Film", "21/02/2024"], None),
        (["Why Trailers Lie", "Ines Valderrama", "Editor at Cut & Print", "Sep 14, 2025"],
         "Ines Valderrama"),
        (["Should we accept generated clips?", "rennie-ko", "on Feb 2, 2025"], "rennie-ko"),
    ],
)  # fmt: skip
def test_bylines_beyond_by(head: list[str], author: str | None) -> None:
    assert clean(_lines(*head, _BODY[0], _BODY[1])).author == author


def test_a_topics_number_is_not_part_of_its_title() -> None:
    raw = _lines(
        "Should we accept generated clips in the samples? #318", "rennie-ko", "on Feb 2, 2025",
        _BODY[0], _BODY[1],
    )  # fmt: skip
    assert clean(raw).title == "Should we accept generated clips in the samples?"


def test_without_a_byline_the_headline_is_the_line_right_above_the_date() -> None:
    # Patreon: the creator's Title Case name up top, the post's own headline over its date.
    raw = _lines(
        "Halfmoon Pictures", "Creating short films and behind-the-scenes videos",
        "Why we stopped using generated storyboards", "Public post", "Mar 21, 2025",
        _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.published) == (
        "Why we stopped using generated storyboards",
        "2025-03-21",
    )


def test_the_sites_name_over_its_menu_is_not_the_headline() -> None:
    raw = _lines(
        "Low Light Diaries", "Menu", "Home", "Posted on 3 March 2025 by Alma Reyes",
        "A Week With a Generated Storyboard", _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.author) == ("A Week With a Generated Storyboard", "Alma Reyes")


@pytest.mark.parametrize(
    "sentence",
    [
        "Until then, I will keep shooting on film.",
        "I tried to open the app on set and it crashed twice.",
        "Apple rejected the first version from the App Store.",
        "First published in 1998, the book changed how editors thought about rhythm.",
        "Sound: the one department nobody budgets for.",
        "Dear Hollywood, please stop calling this democratisation.",
        "I urge every producer to keep reading the contracts they sign.",
        "Licensed footage from the archive cost us more than the whole shoot did.",
        "Found a mistake in the grade on the last day, and nobody else ever saw it.",
        "Try premium lenses before you buy them, the rental house always says.",
        "You reach the limit of free articles on the subject within an afternoon of reading.",
        "You have reached the limit of what a model can do with a crowd, and it comes fast.",
        "Arri is a camera company that still builds its sensors in Munich.",
        "My old employer is a production company based in Leeds.",
    ],
)
def test_a_sentence_that_merely_sounds_like_furniture_is_kept(sentence: str) -> None:
    cleaned = clean(_lines(_BODY[0], sentence, _BODY[1]))
    assert sentence in cleaned.body.split("\n\n")


def test_the_headline_is_the_longest_line_over_the_byline_not_its_category_or_tags() -> None:
    # Discourse, Lobsters: title, category, tags, then the poster beside a date.
    raw = _lines(
        "Sound Design Forum", "Generated foley: worth it for indie shorts?", "General Discussion",
        "ai foley", "quietroom_jo", "Mar 2025", _BODY[0], _BODY[1],
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.author, cleaned.publication) == (
        "Generated foley: worth it for indie shorts?",
        "quietroom_jo",
        "Sound Design Forum",
    )


def test_a_blogs_date_header_over_its_post_title() -> None:
    raw = _lines(
        "Film Club Notes", "Notes from the Thursday film club", "Saturday, 12 April 2025",
        "Our night of generated shorts", _BODY[0], _BODY[1], "Posted by Marguerite at 21:14",
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "Our night of generated shorts",
        "Marguerite",
        "2025-04-12",
    )


def test_an_old_reddit_submission_and_its_link_domain() -> None:
    raw = _lines(
        "Tried a fully generated short for my thesis (self.Filmmakers)",
        "submitted 3 days ago by thesis_tamsin", _BODY[0], _BODY[1], "47 comments",
        "[–]gaffer_greta 88 points 3 days ago", "A comment that is never the poster's essay.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert (cleaned.title, cleaned.author) == (
        "Tried a fully generated short for my thesis",
        "thesis_tamsin",
    )
    assert cleaned.body == "\n\n".join(_BODY)


@pytest.mark.parametrize("counter", ["- 3 people like this.", "• 12 likes", "* 4 comments"])
def test_a_counter_set_as_a_list_item_is_furniture(counter: str) -> None:
    cleaned = clean(_lines(_BODY[0], _BODY[1], counter))
    assert cleaned.body == "\n\n".join(_BODY)
    assert counter in cleaned.removed


def test_a_list_item_of_prose_is_not_a_counter() -> None:
    item = "- 3 people told me the generated shots felt cheap, and they were right."
    assert item.removeprefix("- ") in clean(_lines(_BODY[0], item, _BODY[1])).body


@pytest.mark.parametrize(
    "callout",
    [
        "> 💡 If you are a parent, the winter project screens on 3 May. Free, no booking needed.",
        "> [!NOTE]\n> The winter project screens on 3 May in the library. No booking needed.",
        "> ℹ️ This page is shared with the club's parents and is updated every term.",
        "> **Tip:** the prompt templates I use are on the [resources page](/resources/).",
        "> **Note**: the screening moved to 3 May.\n> No booking needed.",
    ],
    ids=["notion icon", "github/obsidian kind", "info icon", "bold tip", "bold note"],
)
def test_a_markdown_callout_is_furniture(callout: str) -> None:
    cleaned = clean(f"# A Headline\n\n{_BODY[0]}\n\n{callout}\n\n{_BODY[1]}\n", markdown=True)
    assert cleaned.body == "\n\n".join(_BODY)


@pytest.mark.parametrize(
    "quote",
    [
        "> The generated version was the sketch; the real one was the film she was proud of.",
        "> **Never** again did she call the generated version anything but the sketch.",
        "> **Tipping** the budget toward the shoot was the best decision of the whole year.",
    ],
    ids=["plain", "starts in bold", "bold word that starts like a kind"],
)
def test_a_quoted_paragraph_in_markdown_is_kept(quote: str) -> None:
    cleaned = clean(f"# A Headline\n\n{_BODY[0]}\n\n{quote}\n\n{_BODY[1]}\n", markdown=True)
    assert quote.removeprefix("> ").replace("**", "") in cleaned.body  # markup is not kept


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_line_under_a_markdown_image_is_its_caption(gap: str) -> None:
    caption = "The whale, projected onto a bedsheet in the library meeting room."
    raw = f"# A Headline\n\n{_BODY[0]}\n\n![whale.jpg](img/whale.jpg){gap}{caption}\n\n{_BODY[1]}\n"
    cleaned = clean(raw, markdown=True)
    assert cleaned.body == "\n\n".join(_BODY)
    assert caption in cleaned.removed


def test_the_line_under_the_writers_picture_is_their_byline_not_a_caption() -> None:
    picture = "![Author](https://cdn.example/profile_picture/jo.jpg)"
    head = f"# A Headline\n\n{picture}\n\n[Jo Adler](/authors)"
    cleaned = clean(f"{head}\n\nMarch 3, 2026\n\n" + "\n\n".join(_BODY), markdown=True)
    assert (cleaned.author, cleaned.body) == ("Jo Adler", "\n\n".join(_BODY))
    # Near miss: a picture whose alt text only mentions the author has its caption under it.
    caption = "The author at the grading desk, spring 2025."
    picture = "![The author grading](img/desk.jpg)"
    raw = f"# A Headline\n\n{_BODY[0]}\n\n{picture}\n\n{caption}\n\n{_BODY[1]}"
    assert caption in clean(raw, markdown=True).removed


def test_a_clippers_title_and_excerpt_over_the_clipped_page_are_not_the_essay() -> None:
    excerpt = "A trailer editor on the gap shots that promise what a film does not hold."
    # The clipped page shows its standfirst again under its headline, over the byline.
    clip = (
        f"# A Headline\n\n> {excerpt}\n\n---\n\n[The Cutting Room](/)\n\n# A Headline\n\n{excerpt}"
    )
    cleaned = clean(f"{clip}\n\nJo Adler\n\nMarch 3, 2026\n\n" + "\n\n".join(_BODY), markdown=True)
    assert (cleaned.title, cleaned.body) == ("A Headline", "\n\n".join(_BODY))
    # Near miss: the headline again as a heading after the essay's paragraphs (a rule between
    # them) is a section of the essay, which starts at its first paragraph.
    raw = "\n\n".join(["# A Headline", _BODY[0], "---", _BODY[1], "# A Headline", _BODY_ON])
    assert clean(raw, markdown=True).body.startswith(_BODY[0])


def test_a_paragraph_under_a_markdown_image_is_kept_when_it_is_long() -> None:
    paragraph = f"{_BODY[1]} {_BODY[1]}"
    raw = f"# A Headline\n\n{_BODY[0]}\n\n![whale.jpg](img/whale.jpg)\n\n{paragraph}\n"
    assert paragraph in clean(raw, markdown=True).body


def test_a_forum_sidebar_copied_above_the_post_is_not_the_essay() -> None:
    # Old Reddit's text copy puts the sidebar (the community's blurb, other threads) first.
    raw = _lines(
        "jump to content", "limit my search to r/editors", "editors", "joinleave",
        "A community for professional editors to discuss the craft, the gear and the business.",
        "a community for 14 years", "message the mods",
        "Premiere vs Resolve for long-form docs in 2025?", "156 · 64 comments", "2", "Discussion",
        "Used Veo for temp shots on a doc edit (self.editors)",
        "submitted 3 days ago by cutaway_cass", _BODY[0], _BODY[1], "14 comments",
        "[–]reel_deal_ron 9 points 3 days ago", "A comment that is never the poster's essay.",
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author) == (
        "Used Veo for temp shots on a doc edit",
        "cutaway_cass",
    )
    assert cleaned.publication == "r/editors"  # "limit my search to r/editors" in the sidebar


def test_a_sentence_ending_in_a_subreddit_does_not_name_the_publication() -> None:
    line = "I first asked about this on r/editors"
    raw = _lines("A Headline", "By Oona Brennan", line, _BODY[0], _BODY[1])
    assert clean(raw).publication is None


def test_with_no_post_header_the_first_prose_starts_the_essay() -> None:
    # Near miss: with no post header, the first prose is the essay's start, as before.
    raw = _lines("A Title Over the Essay", _BODY[0], _BODY[1])
    assert clean(raw).body == "\n\n".join(_BODY)


@pytest.mark.parametrize(
    "block",
    [
        # Label, ad copy, call to action (a newsletter's sponsor slot).
        [
            "TOGETHER WITH LUMEN RENTALS",
            "Rent a cinema camera package for a weekend. Ships overnight, insurance included.",
            "Book your March shoot →",
        ],
        ["Today's sponsor:", "Framewise keeps every take searchable. Try it free for a month."],
        ["Presented by Northlight", "Northlight grades your dailies overnight.", "Learn more"],
    ],
)
def test_a_sponsor_block_is_furniture(block: list[str]) -> None:
    cleaned = clean(_lines(_BODY[0], *block, _BODY[1]))
    assert cleaned.body == "\n\n".join(_BODY)
    assert all(line in cleaned.removed for line in block)


@pytest.mark.parametrize("label", ["BROUGHT TO YOU BY LUMEN RENTALS", "A word from our sponsor"])
def test_a_sponsor_only_label_takes_one_paragraph_when_no_link_closes_it(label: str) -> None:
    ad = "Lumen Rentals ships a full camera package overnight, insurance included."
    cleaned = clean(_lines(_BODY[0], label, ad, _BODY[1]))
    assert cleaned.body == "\n\n".join(_BODY)


@pytest.mark.parametrize("heading", ["Together with the crew", "Brought to You by Algorithms"])
def test_a_heading_that_merely_starts_like_a_sponsor_label_keeps_its_section(heading: str) -> None:
    cleaned = clean(_lines(_BODY[0], heading, _BODY[1], "The Cost", _BODY[0] + " Again."))
    assert cleaned.body == "\n\n".join([*_BODY, _BODY[0] + " Again."])


def test_a_site_generators_template_tags_and_comments_are_not_text() -> None:
    tags = [
        "<!--more-->",
        '{% include pullquote.html text="A line the essay says further down." %}',
        "{{< youtube abc123 >}}",
        "{{ page.title }}",
    ]
    cleaned = clean(_lines(_BODY[0], *tags, _BODY[1]), markdown=True)
    assert cleaned.body == "\n\n".join(_BODY)
    assert all(tag in cleaned.removed for tag in tags)


_HEAD = "NORTH SEA FILM WEEK 2025{gap}{section}"


def _catalogue_page(section: str, *lines: str, page: int) -> list[str]:
    return [
        _HEAD.format(gap=" " * 30, section=section),
        "",
        *lines,
        "",
        f"{page}{' ' * 40}nsfw.example",
        "",
    ]


def test_a_paginated_catalogue_keeps_its_essays_section_and_signed_author() -> None:
    # A PDF copied as text: running heads name each page's section; the programme's synopses
    # and the partners' page are other sections; the foreword is signed "— Name".
    raw = "\n".join(
        [
            *_catalogue_page(
                "PROGRAMME", "The Ferryman's Ledger", "Norway 2024 · 14 min · Dir. A. Bratland",
                "A retired ferry captain keeps the accounts of every crossing he never made.",
                page=12,
            ),
            *_catalogue_page(
                "ESSAY", "The Machine in the Booth", "", _BODY[0], "", _BODY[1], "",
                "— Sigrid Næss", "Artistic Director", "Halden, 3 March 2025", page=13,
            ),
            *_catalogue_page(
                "PARTNERS", "With thanks to our partners",
                "Halden kommune · Film Fund · Kino Halden · Fredriksten Hotell", page=14,
            ),
        ]
    )  # fmt: skip
    cleaned = clean(raw)
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.published, cleaned.publication) == (
        "The Machine in the Booth",
        "Sigrid Næss",
        "2025-03-03",
        "North Sea Film Week",
    )


def test_a_dash_inside_the_last_paragraph_is_not_a_sign_off() -> None:
    cleaned = clean(_lines(_BODY[0], _BODY[1], "— and that was the end of it."))
    assert cleaned.author is None


def test_a_quotations_source_under_the_essay_is_not_its_author() -> None:
    quote = '"A film is never finished, only abandoned, and that is the work we are paid for."'
    cleaned = clean(_lines(_BODY[0], _BODY[1], quote, "— Jean Renoir"))
    assert cleaned.author is None
    signed = clean(_lines(_BODY[0], _BODY[1], "— Jean Renoir", "Paris, 3 March 2025"))
    assert (signed.author, signed.published) == ("Jean Renoir", "2025-03-03")


def _qa_page(signature: str) -> str:
    return _lines(
        "Network bar", "Home", "Questions", "Tags", "Users",
        "Should I still learn to grade by hand?", "Asked 2 years ago", "Viewed 1k times", "12",
        "Every week a model grades a shot in one click. Is learning Resolve a waste of my time?",
        "Share", "Follow", "asked Jan 4, 2025 at 9:40", "Ada Asker", "1,021",
        "Related: grading courses? – Bo Commenter Jan 4, 2025 at 10:02",
        "3 Answers", "Sorted by:", "Highest score (default)", "58", _BODY[0], _BODY[1],
        "Share", "Improve this answer", "edited Jan 6, 2025 at 8:02", signature, "Noor Haddad",
        "12.4k", "This matches my experience. – Cy Commenter Jan 5, 2025 at 15:30", "Add a comment",
        "14", "I would be more cautious than Noor, and this second answer is not the essay.",
        "answered Jan 7, 2025 at 22:51", "Dee Other", "Your Answer", "Colour Grading Q&A",
    )  # fmt: skip


@pytest.mark.parametrize(
    "signature", ["answered Jan 5, 2025 at 14:12", "answered 5 January 2025", "Answered 2025-01-05"]
)
def test_a_qa_page_is_its_first_answer_signed_below_it(signature: str) -> None:
    # Stack Exchange and its clones: the question is the title (its body is not the essay); the
    # first answer is the essay, signed under it by "answered <date>" and the answerer's name.
    cleaned = clean(_qa_page(signature))
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "Should I still learn to grade by hand?",
        "Noor Haddad",
        "2025-01-05",
    )


def test_answered_without_a_date_is_not_a_qa_signature() -> None:
    near = "Answered prayers were never in the budget, and nobody minded."
    raw = _lines(_BODY[0], "2 answers", near, _BODY[1])
    assert read_answer(raw.split("\n")) is None
    assert clean(raw).body == "\n\n".join([_BODY[0], near, _BODY[1]])


def _answer_under_header(*head: str) -> str:
    return _lines(
        "Skip to content", "Home", "Answer", "Spaces", "Film Making",
        "Should I still learn to grade by hand?", "Sort", "Recommended", *head, _BODY[0], _BODY[1],
        "4.2K views", "Upvote", " · ", "312", "Share", "Comments", "Add a comment", "Sorted by",
        "Bex Other", " · ", "2mo", "I disagree with every word of this answer, and here is why.",
        "Reply",
    )  # fmt: skip


def test_a_qa_answer_under_its_answered_header_is_the_essay() -> None:
    # Quora's shape: the answerer's name, credential and "Answered <date>" over the answer, the
    # question over them; a menu's "Answer" above is no answers' header to cut the page under.
    head = ["Noor Haddad", " · ", "Follow", "Colourist for 14 years, former editor", " · "]
    cleaned = clean(_answer_under_header(*head, "Answered August 8, 2025"))
    assert cleaned.body == "\n\n".join(_BODY)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "Should I still learn to grade by hand?",
        "Noor Haddad",
        "2025-08-08",
    )


def test_a_menus_answer_over_no_prose_cuts_nothing() -> None:
    # Near miss: "Answer" in a menu, then "answered <date>" with a name under it, but no running
    # prose between them: no Stack Exchange answer; the page's essay is read as any page's.
    raw = _lines(
        "Home", "Answer", "Spaces", "Short question here?", "answered Jan 5, 2025", "Noor Haddad",
        _BODY[0], _BODY[1], "Share",
    )  # fmt: skip
    assert read_answer(raw.split("\n")) is None
    assert clean(raw).body == "\n\n".join(_BODY)


PULL_QUOTE = "The machine has learned to imitate our memories before it has paid for them."
PARAGRAPH = (
    "The companies behind the models have not asked any archive I know of. "
    f"{PULL_QUOTE} Worse, the archives that hold the most fragile films are the poorest."
)


def test_a_pull_quote_repeating_a_sentence_of_the_essay_is_dropped() -> None:
    cleaned = clean("\n\n".join([ESSAY_A, f"“{PULL_QUOTE}”", PARAGRAPH, PULL_QUOTE, ESSAY_B]))
    assert cleaned.body == "\n\n".join([ESSAY_A, PARAGRAPH, ESSAY_B])
    assert PULL_QUOTE in cleaned.removed


def test_a_short_paragraph_of_its_own_is_not_a_pull_quote() -> None:
    # Only a sentence found inside a longer paragraph is a repeat; two paragraphs that share a
    # phrase are both the author's.
    own = "The machine has learned to imitate our memories."
    cleaned = clean("\n\n".join([ESSAY_A, PARAGRAPH, own, ESSAY_B]))
    assert own in cleaned.body.split("\n\n")


TWO_SENTENCES = (
    "Every archive I know of is short of money. The machine has learned to imitate our "
    "memories before anyone has paid the people who kept them."
)


@pytest.mark.parametrize(
    "pulled",
    [
        # A sentence of a two-sentence paragraph, set apart.
        "The machine has learned to imitate our memories before anyone has paid the people "
        "who kept them.",
        # Part of a sentence, in quote marks or cut with an ellipsis, as display type sets it.
        "“…imitate our memories before anyone has paid…”",
        # Part of a sentence without its full stop: a fragment no paragraph would be.
        "The machine has learned to imitate our memories before anyone has paid",
        # With the writer's name after it, or Markdown's quote marks.
        "“…imitate our memories before anyone has paid…” — Oona Brennan",
        "> The machine has learned to imitate our memories before anyone has paid",
    ],
)
def test_a_pull_quote_from_a_short_paragraph_or_part_of_a_sentence_is_dropped(
    pulled: str,
) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, pulled, TWO_SENTENCES, ESSAY_B]))
    assert cleaned.body == "\n\n".join([ESSAY_A, TWO_SENTENCES, ESSAY_B])


@pytest.mark.parametrize(
    ("quote", "pulled"),
    [
        # Indented in quote marks, its opening recast: display type beside the paragraph.
        ("        “It learned to imitate our memories before anyone has paid the people.”", True),
        # Near misses: the same recast not set apart, or in other words than the paragraph's.
        ("“It has learned to imitate our memories before anyone has paid the people.”", False),
        ("        “It has learned to copy what we remember before anybody paid for it.”", False),
    ],
    ids=["indented recast", "not indented", "other words"],
)
def test_an_indented_pull_quote_may_recast_the_sentences_opening(quote: str, pulled: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, TWO_SENTENCES, quote, ESSAY_B]))
    assert (quote.strip() in cleaned.body.split("\n\n")) is not pulled
    assert TWO_SENTENCES in cleaned.body


def test_a_pull_quotes_attribution_line_goes_with_it() -> None:
    pulled = ["“…imitate our memories before anyone has paid…”", "— Oona Brennan"]
    cleaned = clean("\n\n".join([ESSAY_A, *pulled, TWO_SENTENCES, ESSAY_B]))
    assert cleaned.body == "\n\n".join([ESSAY_A, TWO_SENTENCES, ESSAY_B])


@pytest.mark.parametrize("before", [True, False], ids=["quote first", "paragraph first"])
def test_a_pull_quote_repeating_a_one_sentence_paragraph_in_quote_marks_is_dropped(
    before: bool,
) -> None:
    # The author's own one-sentence paragraph stays; the same words in quote marks, set apart
    # before or after it, are display type.
    own = "The archive does not only record the past; it records our reluctance to invent it."
    quoted = f"“{own}”"
    order = [ESSAY_A, quoted, TWO_SENTENCES, own, ESSAY_B]
    if not before:
        order = [ESSAY_A, own, TWO_SENTENCES, quoted, ESSAY_B]
    cleaned = clean("\n\n".join(order))
    assert cleaned.body.split("\n\n") == [x for x in order if x != quoted]


def test_a_quoted_line_no_plain_paragraph_repeats_is_the_authors() -> None:
    # Near miss: a quotation in quote marks that the essay says nowhere else is the essay's.
    said = "“We will fix the hands in post, and then we will fix the faces.”"
    cleaned = clean("\n\n".join([ESSAY_A, said, TWO_SENTENCES, ESSAY_B]))
    assert said in cleaned.body.split("\n\n")


def test_a_refrain_is_not_a_pull_quote_of_the_line_it_repeats() -> None:
    # Near miss: a sentence and its "Again." is no longer paragraph for the sentence to come from.
    refrain = "The rushes are free now."
    cleaned = clean("\n\n".join([ESSAY_A, refrain, ESSAY_B, f"{refrain} Again."]))
    assert refrain in cleaned.body.split("\n\n")


@pytest.mark.parametrize(
    "boilerplate",
    [
        ["Notes to editors", "The School was founded in 1994 and teaches 480 students."],
        ["For more information, contact Gareth Oyelaran, Press Office.", "press@example.ac.uk"],
        ["About Northmoor University", "Northmoor is a public university in the north."],
        ["About Kestrel & Finch Studios", "A four-person animation studio in Cork."],
        ["Published in Cinema Literacy", "Essays on how we read moving images, by teachers."],
        ["[a]Is the kitchen table line too sentimental?", "Lucia Ferrante"],
        ["[A1]Check this figure before we send it.", "Hamid Rostami"],
    ],
)
def test_what_follows_the_story_on_a_release_a_post_or_an_export_ends_it(
    boilerplate: list[str],
) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, PARAGRAPH, ESSAY_B, *boilerplate]))
    assert cleaned.body == "\n\n".join([ESSAY_A, PARAGRAPH, ESSAY_B])


@pytest.mark.parametrize(
    "heading",
    # Section headings inside an essay that start like boilerplate do not end it.
    ["About the film", "About Time", "Published in haste", "Notes on editing"],
)
def test_a_section_heading_that_looks_like_boilerplate_does_not_end_the_essay(
    heading: str,
) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, PARAGRAPH, heading, ESSAY_B]))
    assert ESSAY_B in cleaned.body


@pytest.mark.parametrize(
    "banner",
    [
        "DRAFT — please don’t share outside the team",
        "CONFIDENTIAL: not for distribution",
        "Embargoed until 10 March 2025",
        "Please do not forward this draft",
    ],
)
def test_a_draft_or_confidentiality_banner_is_neither_title_nor_text(banner: str) -> None:
    cleaned = clean("\n\n".join([banner, "Reenactment Without Actors", ESSAY_A, PARAGRAPH]))
    assert cleaned.title == "Reenactment Without Actors"
    assert banner in cleaned.removed


@pytest.mark.parametrize(
    "line",
    [
        "Draft day was brutal, and the studio never admitted what it cost us.",
        "Internal politics at the studio decided which shots got generated.",
        "Private screenings will matter more than ever once every trailer can be faked.",
    ],
)
def test_prose_that_starts_like_a_banner_is_kept(line: str) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, PARAGRAPH]))
    assert line in cleaned.body.split("\n\n")


@pytest.mark.parametrize(
    "footer",
    [
        "Dailies is a free weekly letter. If someone forwarded it to you, you can subscribe here.",
        "Was this email forwarded to you? Sign up here.",
        "Someone forwarded this? Get your own copy every Monday.",
    ],
)
def test_a_newsletters_forwarded_to_you_footer_is_furniture(footer: str) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, PARAGRAPH, footer]))
    assert footer not in cleaned.body


def test_an_opening_line_repeated_as_a_refrain_is_kept() -> None:
    opening = "I have cut trailers for a decade, and this year half my briefs asked for fakes."
    cleaned = clean("\n\n".join([opening, PARAGRAPH, f"{opening} Again.", ESSAY_B]))
    assert cleaned.body.split("\n\n")[0] == opening


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Photo by the author: my brother in front of a green sheet, before the sea.", True),
        ("Test frames for the distillery pitch, generated in Veo and graded in-house.", True),
        ("Stills from the second day of the shoot, before and after the grade.", True),
        # Near misses: the same words as a sentence of the essay, with a verb and a subject.
        ("Test frames for the pitch were generated in Veo, and the client loved them.", False),
        ("Photo by photo, the film assembled itself in the edit over a single winter.", False),
        ("Frames from the first cut are still pinned above my desk, and I look at them.", False),
        # A caption that names its picture, then says what it shows.
        ("A rough generated blocking frame: the lamp was wrong, and that was the point.", True),
        ("Our first test still: a kitchen, a window and nobody in it.", True),
        ("The trouble with every frame: somebody has to decide what is in it.", False),
        ("One frame: that is all a trailer needs from a generator, and all I will give it.", False),
        # A caption that ends with its picture's credit.
        ("A generated view of the old pier, shown at a screening. Frame: Low Tide / Veo", True),
        ("The harbour at dawn, a week before the storm. Photo: Ana Ruiz", True),
        ("We counted the generated shots twice over. Frame: 112.", False),
        ("We tried the shot again and again. Still: nothing.", False),
        # A caption that ends with the credit of a person.
        ("Generated establishing shot of the quay, Veo 3. Screenshot by the author.", True),
        ("The lamp in the window, before the grade. Photo by Ana Ruiz", True),
        ("We rebuilt the sequence that winter. Photo by photo, it came back.", False),
        # A caption that names no picture: one noun phrase, the thing and a short clause on it.
        ("A generated walk-through of a street that does not exist yet.", True),
        ("The view from the quay where the ferry used to dock.", True),
        ("The cost of a shot that used to take a week is now nothing.", False),
        ("A friend of a friend who works there told me about the pier.", False),
        # A caption that says what kind of picture it is, in a label with no verb (as a
        # sentence or a closing aside), and no one speaking in it.
        ("Four kitchens, one morning. Generated reference frames, not the grade.", True),
        ("The window she wanted. No sun sets that low in June. (Generated still)", True),
        ("The quay before the storm. Early concept renders, week two.", True),
        # Near misses: an author who speaks, counts, uses "still" as an adverb, or sets a label
        # alone as a punch line.
        ("Real footage, real light.", False),
        ("We kept every take anyway. Test footage, nothing more.", False),
        ("Twenty-four frames, one second. That is the whole trick.", False),
        ("Still, nobody on the crew could tell the difference.", False),
        ("Generated frames, all of them. Nobody could tell.", False),
        ("Critics hated stills. The trailer changed their minds.", False),
        ("The plan was simple (a still, not a clip).", False),
        # A caption that names no picture but is all labels: noun phrases with no verb.
        ("The boathouse at the end of the pier. The original 1950s winch, now rusted.", True),
        ("Same street, filmed a year later. Camera original, before the grade.", True),
        # Near misses: short punch lines, and sentences whose verbs the rule can see.
        ("Clean edges. No grain.", False),
        ("Used the generator for the pitch deck, not the film. Honest thoughts below.", False),
        ("The crew cheered all night. The client wanted one more take.", False),
        ("Critics loved both versions. The trailer did not.", False),
    ],
)
def test_a_caption_between_paragraphs_is_furniture(line: str, caption: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]))
    assert (line in cleaned.body.split("\n\n")) is not caption


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # A player's or a gallery's controls, a clip's running time, a photo essay's credit.
        ("▶ 0:42", True),
        ("► 2:15 The generated harbour at dusk", True),
        ("◀ ▶", True),
        ("The generated harbour at dusk, 0:42.", True),
        ("Photo 1 of 6: the generated harbour at dusk.", True),
        ("All images generated with Veo 3 by the author.", True),
        ("All stills: the author, generated in Runway.", True),
        # Near misses: the essay's own times, counts and pictures.
        ("We met the director at the harbour at 10:30, before the light went.", False),
        ("The film runs 1:42, and every minute of it was generated.", False),
        ("All frames are generated at 24fps by default, which matters for the grade.", False),
        ("1/5 The new contract language on synthetic performers is better than I feared.", False),
    ],
)
def test_a_players_controls_and_a_photo_essays_credit_are_furniture(
    line: str, furniture: bool
) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, PARAGRAPH, line, ESSAY_B, PARAGRAPH]))
    assert (line in cleaned.body.split("\n\n")) is not furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("*Thanks to Maya and Tom for reading a draft of this.*", True),
        ("With thanks to the Tuesday group for their feedback on an early version.", True),
        ("If you enjoyed this, subscribe to the newsletter or follow along via RSS.", True),
        ("Comments are closed here; email me at jo@example.org if you want to argue.", True),
        # Near misses: the essay's own thanks and likes, which point nowhere.
        ("Thanks to these tools, a first pass at a scene takes an afternoon, for better.", False),
        ("If you liked the first film, the sequel will break your heart in new ways.", False),
    ],
)
def test_a_posts_thanks_and_follow_lines_are_furniture(line: str, furniture: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]), markdown=True)
    assert (line.strip("*") in cleaned.body.split("\n\n")) is not furniture


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Pictured: the harbour today, from the same spot as the old photograph.", True),
        ("Above: one of the eleven plates from the archive.", True),
        ("Left, the 1890 plate; right, our generated frame, before grading.", True),
        # Near misses: the essay's "Above all" and "left" are words, not a picture's place.
        ("Above all, the film has to be honest about which frames were made.", False),
        ("Left alone, the generator adds a lighthouse the harbour never had.", False),
    ],
)
def test_a_pictures_place_labels_its_caption(line: str, caption: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]))
    assert (line in cleaned.body.split("\n\n")) is not caption


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        (
            "Don't miss out on the latest issues. Sign up now to get access to the library of "
            "members-only issues.",
            True,
        ),
        ("Join free to get access to every members-only essay in the archive.", True),
        ("Don't miss a single post: the essays arrive every other Tuesday.", True),
        # Near misses: the essay's own "don't miss" and its own members.
        ("Don't miss out on the chance to shoot on film while the labs are still open.", False),
        ("We signed up for early access, and the members of our crew were not impressed.", False),
    ],
)
def test_a_members_sign_up_prompt_is_furniture(line: str, furniture: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]))
    assert (line in cleaned.body.split("\n\n")) is not furniture


def test_read_more_over_teasers_ends_the_essay() -> None:
    teasers = _lines(
        "Read more",
        "",
        "Field Notes",
        "Filming in the rain: a checklist",
        "Rain is the first thing to go wrong, and the last thing you plan for.",
        "Jo Bloggs",
        "Dec 9, 2025",
        "3 min read",
    )
    cleaned = clean("\n\n".join([ESSAY_A, ESSAY_B, teasers]))
    assert "Rain is the first thing" not in cleaned.body
    assert ESSAY_B in cleaned.body


def test_read_more_over_one_link_inside_the_body_is_a_promotion() -> None:
    promotion = _lines("READ MORE", "Festivals are drowning in entries. Who watches them all?")
    cleaned = clean("\n\n".join([ESSAY_A, promotion, ESSAY_B]))
    assert ESSAY_B in cleaned.body


_NEW_REDDIT_HEAD = ["Skip to main content", "Reddit Home", "r/Filmmakers", "Go to Filmmakers"]
_POST_TITLE = "Shot the mood reel with a generator. Some notes after the pitch."


@pytest.mark.parametrize(
    ("flair", "title"),
    [
        ("Discussion", _POST_TITLE),
        # Near miss: a sentence between the header and the line is the post's text, so the line
        # under it is no title.
        ("We pitched last week.", None),
    ],
)
def test_a_new_reddit_posts_title_under_its_header_and_flair(flair: str, title: str | None) -> None:
    raw = _lines(
        *_NEW_REDDIT_HEAD,
        "r/Filmmakers",
        "•",
        "3 days ago",
        "grip_and_grin",
        "",
        flair,
        "",
        _POST_TITLE,
        "",
        PARAGRAPH,
        "",
        ESSAY_B,
    )
    cleaned = clean(raw)
    assert cleaned.title == title
    assert "Reddit Home" not in cleaned.body
    if title:
        assert _POST_TITLE not in cleaned.body


@pytest.mark.parametrize(("line", "furniture"), [("Reddit Home", True), ("Coming Home", False)])
def test_a_platforms_home_link_is_furniture(line: str, furniture: bool) -> None:
    cleaned = clean(_lines(line, "", ESSAY_A, "", PARAGRAPH))
    assert (cleaned.title == line) is not furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("read 4 min", True),
        ("Read 12 minutes", True),
        # Near miss: prose that reads for minutes.
        ("I read 4 minutes of the script and put it down.", False),
    ],
)
def test_a_read_time_written_verb_first_is_furniture(line: str, furniture: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]))
    assert (line in cleaned.body.split("\n\n")) is not furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("You have selected 0 posts.", True),
        ("cancel selecting", True),
        # Near miss: a sentence about selecting.
        ("You have selected 40 takes, and the edit has to choose one.", False),
    ],
)
def test_a_forum_selection_bar_is_furniture(line: str, furniture: bool) -> None:
    cleaned = clean("\n\n".join([ESSAY_A, line, ESSAY_B]))
    assert (line in cleaned.body.split("\n\n")) is not furniture


def test_a_kramdown_attribute_line_goes_and_the_block_it_styles_stays() -> None:
    page = (
        "# Cutting with generated shots\n\n"
        "The pitch deck is better, and that is good for writers without a track record.\n"
        "{: .lead }\n\n"
        f"{KRAMDOWN_ESSAY}\n"
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
