"""bot.cleaner and bot.html_page on creators' pages first seen in the tuning33 pages, and their
near misses: a video's watch page (its channel over its audience's count), a creator page's post
(its name shown again over the post's date, a greeting that introduces the writer), a review's
JSON-LD author, a newsletter's members' box and closing call, a Markdown post's caption under an
embed, its download plug and its inline author bio."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.html_page import read_html
from tests.cleaner_essay import CLOSING, ESSAY, MIDDLE, OPENING, passages


def _watch_page(channel: str) -> str:
    return (
        "Skip navigation\nSearch\n\nWhy Every Generated Trailer Looks Alike\n\n"
        f"{channel}\n412K subscribers\n\nJoin\n\nSubscribed\n\nShare\n\n"
        f"286,401 views  Mar 9, 2026  #filmmaking\n{ESSAY}\n"
    )


def test_a_channel_named_after_its_host_names_the_author_and_publishes_the_video() -> None:
    cleaned = clean(_watch_page("Frame Theory with Dana Okafor"))
    assert cleaned.title == "Why Every Generated Trailer Looks Alike"
    assert cleaned.author == "Dana Okafor"
    assert cleaned.publication == "Frame Theory with Dana Okafor"


def test_a_channel_over_its_audience_is_never_the_title() -> None:
    # A channel named for no one: it is still not the video's title.
    cleaned = clean(_watch_page("Cutting Room Essays and Notes on Cinema"))
    assert cleaned.title == "Why Every Generated Trailer Looks Alike"
    assert cleaned.author != "Dana Okafor"


@pytest.mark.parametrize(
    ("signature", "author", "publication"),
    [("— Dana Okafor", "Dana Okafor", "Frame Theory"), ("", "Frame Theory", None)],
)
def test_a_videos_text_signed_by_a_person_is_theirs_and_the_channel_publishes_it(
    signature: str, author: str, publication: str | None
) -> None:
    # Unsigned, the channel is the author (and no publication of its own).
    page = _watch_page("Frame Theory").replace(ESSAY, f"{ESSAY}\n\n{signature}\n\nChapters")
    cleaned = clean(page)
    assert cleaned.title == "Why Every Generated Trailer Looks Alike"
    assert (cleaned.author, cleaned.publication) == (author, publication)


def _creator_post(name: str, greeting: str) -> str:
    return (
        f"Skip to content\nHome\nPosts\nAbout\nLog in\n\n{name}\ncreating hand-drawn shorts\n"
        f"Join for $5 per month\n\n{name}\nOct 4, 2026\nPublic post\n"
        f"Why We Let the Machine Draw the In-Betweens\n\n{greeting}\n\n{ESSAY}\n"
    )


def test_a_creators_post_is_titled_under_its_header_and_signed_by_the_creator() -> None:
    cleaned = clean(_creator_post("Kestrel & Moth Animation", "Hi everyone, Ines here."))
    assert cleaned.title == "Why We Let the Machine Draw the In-Betweens"
    assert cleaned.author == "Kestrel & Moth Animation"
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]


@pytest.mark.parametrize("greeting", ["Hi everyone, Ines here.", "Hey all — Marco Reyes here!"])
def test_a_greeting_that_introduces_the_writer_is_furniture(greeting: str) -> None:
    assert passages(f"{greeting}\n\n{ESSAY}") == [OPENING, MIDDLE, CLOSING]


def test_a_greeting_that_says_more_is_kept() -> None:
    line = "Hi everyone, this is the hardest post we have written here."
    assert line in passages(f"{line}\n\n{ESSAY}")


def test_a_reviews_json_ld_names_its_author() -> None:
    review = (
        '{"@context":"http://schema.org","@type":"Review","author":{"@type":"Person",'
        '"name":"Marta Quell"},"datePublished":"2026-02-14"}'
    )
    html = (
        "<!doctype html><html><head><title>Paper Harbour review</title>"
        f'<script type="application/ld+json">{review}</script></head><body><main><article>'
        f"<h1>Paper Harbour review</h1><p>{OPENING}</p><p>{MIDDLE}</p><p>{CLOSING}</p>"
        "</article></main></body></html>"
    )
    assert read_html(html)[1].get("author") == "Marta Quell"
    # A comment's author, nested inside the item, is not the review's.
    nested = review.replace('"author":', '"comment":{"@type":"Comment","author":') + "}"
    assert read_html(html.replace(review, nested))[1].get("author") is None


MEMBER_BOX = (
    "Enjoying this issue?\nPaid members get the monthly deep-dive and the full archive.\n"
    "Upgrade now\nAlready a member? Sign in"
)


def test_a_members_box_between_paragraphs_is_furniture() -> None:
    page = f"{OPENING}\n\n{MEMBER_BOX}\n\n{MIDDLE}\n\n{CLOSING}"
    assert passages(page) == [OPENING, MIDDLE, CLOSING]


def test_an_authors_short_lines_between_paragraphs_are_kept() -> None:
    # Short lines in a block, about paying, with no button closing them: the author's.
    lines = "Enjoying the tools?\nI was, for a week.\nThen the paid plan doubled its price."
    page = f"{OPENING}\n\n{lines}\n\n{MIDDLE}\n\n{CLOSING}"
    assert "Then the paid plan doubled its price." in clean(page).body


@pytest.mark.parametrize(
    "call",
    [
        "If your studio is working through the same questions, I am always happy to compare "
        "notes. Send me a message.",
        "As always, hit reply and tell me what you're seeing on your own projects. I read "
        "every one.",
    ],
)
def test_a_closing_call_to_write_in_is_furniture(call: str) -> None:
    assert passages(f"{ESSAY}\n\n{call}") == [OPENING, MIDDLE, CLOSING]


@pytest.mark.parametrize(
    "line",
    [
        "If your studio adopts these tools, I am happy to see it do so in the open.",
        "As always, the edit tells me more than the shoot ever did.",
    ],
)
def test_an_authors_closing_line_like_a_call_is_kept(line: str) -> None:
    assert line in passages(f"{ESSAY}\n\n{line}")


def test_an_italic_caption_under_an_embed_is_furniture() -> None:
    caption = "*Scene 4 as the model first imagined it. Note the second chair.*"
    page = f'{OPENING}\n\n{{{{< youtube id="kQ3rT9xYp2w" >}}}}\n\n{caption}\n\n{MIDDLE}'
    assert passages(page, markdown=True) == [OPENING, MIDDLE]


def test_an_italic_line_of_the_authors_is_kept() -> None:
    # Italic, but under a paragraph, or under an embed as a plain sentence: the essay's.
    italic = "*I still think the first version was the honest one.*"
    plain = "I still think the first version was the honest one."
    page = f"{OPENING}\n\n{italic}\n\n{MIDDLE}"
    assert "I still think the first version was the honest one." in clean(page, markdown=True).body
    embed = f"{OPENING}\n\n{{{{< youtube id=x >}}}}\n\n{plain}\n\n{MIDDLE}"
    assert plain in passages(embed, markdown=True)


@pytest.mark.parametrize(
    "plug",
    [
        "Want the exercise sheet? It's free to download on the [Resources](/resources/) page.",
        "The call sheet template is free to download [here](/downloads/call-sheet.pdf).",
    ],
)
def test_a_download_plug_is_furniture(plug: str) -> None:
    page = f"{OPENING}\n\n{plug}\n\n{MIDDLE}\n\n{CLOSING}"
    assert passages(page, markdown=True) == [OPENING, MIDDLE, CLOSING]


def test_an_essay_sentence_about_downloads_is_kept() -> None:
    line = "The model is free to download, which is exactly why I worry about what it learned."
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}", markdown=True)


def test_an_inline_about_the_author_is_the_bio() -> None:
    bio = (
        "**About the author:** Oriane Delacroix teaches directing at a film school in Lyon "
        "and writes here about rehearsal."
    )
    cleaned = clean(f"{ESSAY}\n\n---\n\n{bio}", markdown=True)
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    near = "About the author's own doubts, the film says very little, and I think that is a loss."
    assert near in passages(f"{ESSAY}\n\n{near}")


CAMPAIGN_STORY = [
    "We are two puppeteers and a sound recordist making a short film about a flooded village, "
    "and we want backers to know exactly where generated footage will and will not appear.",
    "The flood itself is the hard part. Real water ruins paper sets, so we tested a video model "
    "for the rising river and it gave us a surface that moves like water without drowning a "
    "single puppet, which is a trade we are happy to make.",
    "The villagers are another matter. Every face, every hand and every glance will be moved by "
    "one of us, a frame at a time, because the point of the film is that people made it.",
]


def _campaign(creator: list[str], tiers: list[str]) -> str:
    return "\n".join(
        [
            "Skip to main content", "FUNDHOUSE", "Discover", "Start a project", "Log in",
            "Drowned Bells: a paper village and one honest question about AI",
            "A short stop-motion film about a flooded village, and where we draw the line.",
            *creator, "£9,870 raised from 212 supporters", "64% of £15,000", "9 days to go",
            "Back this project", "☆ Save", "Campaign", "Story", "FAQ", "Updates 2",
            "Comments 5", "",
            *(p for para in CAMPAIGN_STORY for p in (para, "")),
            "Rewards", *tiers, "", "Comments 5", "Ola B.", "2 days ago",
            "Love that you said this up front. In!", "Reply", "",
            "© 2026 Fundhouse Ltd.",
        ]
    )  # fmt: skip


def test_a_campaigns_creator_card_names_its_author_and_its_reward_tiers_end_the_story() -> None:
    # The creator's name over their place and their projects' count, in a long block of the
    # campaign's figures and tabs; the reward tiers under the story, each under its price alone.
    tiers = [
        "£10", "Thank-you card", "A hand-printed card from the village set.", "88 backers",
        "Pledge £25 or more", "Bell charm", "A tiny paper bell, folded by us.", "Get this reward",
    ]  # fmt: skip
    cleaned = clean(_campaign(["Ada Mbeki", "Leeds, United Kingdom", "3 Projects"], tiers))
    assert cleaned.author == "Ada Mbeki"
    assert cleaned.title == "Drowned Bells: a paper village and one honest question about AI"
    assert cleaned.body == "\n\n".join(CAMPAIGN_STORY)
    # Near misses: a name over a place and no count of works is nobody's card; a price in a
    # sentence of the story is the story's.
    story = "We priced the rewards at £10 and £25 because paper is cheap and our time is not."
    page = _campaign(["Ada Mbeki", "Leeds, United Kingdom"], [story])
    assert clean(page).author is None
    assert story in clean(page).body.split("\n\n")
