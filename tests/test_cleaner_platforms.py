"""bot.cleaner on platform shapes first seen in the tuning9 pages, and their near misses: an
e-mailed newsletter's prompts with their links' targets shown, its feedback poll and its byline,
a review site's poster caption and spoiler notice, a platform named by its own chrome."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.page_kinds import read_email
from tests.cleaner_essay import CLOSING, ESSAY, MIDDLE, OPENING, passages


@pytest.mark.parametrize(
    "prompt",
    [
        "📬 Forwarded this email? Subscribe here (https://letter.example.com/subscribe) for more.",
        "Update your email preferences <https://letter.example.com/preferences> or unsubscribe.",
    ],
)
def test_a_prompt_with_its_links_target_shown_is_furniture(prompt: str) -> None:
    assert passages(f"{ESSAY}\n\n{prompt}") == [OPENING, MIDDLE, CLOSING]


def test_a_sponsors_link_with_its_target_shown_closes_the_ad() -> None:
    ad = (
        "TOGETHER WITH REELBANK\n\nTired of hunting for B-roll? ReelBank gives editors two "
        "million clips for one fee.\nClaim the offer (https://reelbank.example/cut30)"
    )
    assert passages(f"{OPENING}\n\n{ad}\n\n{MIDDLE}\n\n{CLOSING}") == [OPENING, MIDDLE, CLOSING]


def test_a_sentence_with_a_link_in_it_is_kept() -> None:
    line = "I wrote about the consent forms (https://example.com/forms) here last spring."
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}")


@pytest.mark.parametrize(
    "poll",
    [
        "Did you enjoy this issue?",
        "How would you rate today's newsletter?",
        "Do you like this edition?",
    ],
)
def test_a_newsletters_feedback_poll_is_furniture(poll: str) -> None:
    answers = "👍 Loved it (https://x.example/yes)\n👎 Not for me (https://x.example/no)"
    assert passages(f"{ESSAY}\n\n{poll}\n{answers}") == [OPENING, MIDDLE, CLOSING]


def test_a_question_about_enjoying_a_film_is_kept() -> None:
    line = "Did you enjoy this film? I did, and I am still not sure that I should have."
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}")


REVIEW_HEAD = (
    "Poster for The Glass Orchard (2025)\nReview by Ottoline Vance\nOttoline Vance\n"
    "The Glass Orchard\n2025\n★★½\nWatched 12 Mar 2025\n\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Poster for The Glass Orchard (2025)",
        # The kind of work named first (a review site's alt text, tuning57's Letterboxd paste).
        "Film poster for The Glass Orchard",
        "Movie poster for The Glass Orchard (2025)",
    ],
)
def test_a_reviews_poster_caption_and_spoiler_notice_are_furniture(caption: str) -> None:
    notice = "This review may contain spoilers. I can handle the truth."
    head = REVIEW_HEAD.replace("Poster for The Glass Orchard (2025)", caption)
    cleaned = clean(f"{head}{ESSAY}\n\n{notice}")
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert caption in cleaned.removed
    # The work the poster names is what the review is about, and the byline's name repeated
    # under it is its author's: neither is the review's title.
    assert cleaned.title is None
    assert cleaned.author == "Ottoline Vance"


def test_a_reviewed_work_without_a_poster_is_still_no_title() -> None:
    # The work's name over its year, under the review's byline: the film, not the review's
    # headline (tests/fixtures/pages/README.md).
    head = REVIEW_HEAD.split("\n", 1)[1]
    assert clean(f"{head}{ESSAY}").title is None
    # Near miss: a headline over a year under an ordinary byline is the headline.
    head = "By Jo Marsh\nOur Festival Diary\n2026\nMar 3, 2026\n\n"
    assert clean(f"{head}{ESSAY}").title == "Our Festival Diary"


@pytest.mark.parametrize(
    "line",
    [
        "This review may contain spoilers, but the ending is not the point of it anyway.",
        "The poster for the film promised a flood, and the film delivered one.",
    ],
)
def test_prose_about_spoilers_and_posters_is_kept(line: str) -> None:
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}")


NEWSLETTER = (
    "From: Cut Together <cuttogether@mail.example.com>\nSubject: The camera was never the point\n"
    "Date: Thu, 12 Mar 2026 07:30:12 +0000\nTo: reader@example.com\n\n"
    "CUT TOGETHER\n\nIssue #47 · March 12, 2026\n\nThe camera was never the point\n\n{byline}\n\n"
    f"{ESSAY}\n"
)


def test_a_newsletters_byline_names_the_author_and_its_sender_the_publication() -> None:
    email = read_email(NEWSLETTER.format(byline="By Tomás Reyes"))
    assert email is not None
    assert (email.meta["author"], email.meta["publication"]) == ("Tomás Reyes", "Cut Together")


@pytest.mark.parametrize("byline", ["", "By then, nobody cared."])
def test_without_a_byline_the_sender_is_the_author(byline: str) -> None:
    email = read_email(NEWSLETTER.format(byline=byline))
    assert email is not None
    assert email.meta["author"] == "Cut Together"
    assert "publication" not in email.meta


def test_a_by_line_inside_the_essay_is_not_the_issues_byline() -> None:
    text = NEWSLETTER.format(byline="") + "\nBy Jane Doe, whose film I still think about.\n"
    email = read_email(text)
    assert email is not None
    assert email.meta["author"] == "Cut Together"


def test_a_feeds_recommendations_name_the_platform_when_the_page_names_none() -> None:
    head = (
        "Open in app\nSign in\n\nThe Directors Cut Is Now a Prompt\nDana Whitlock\n\n7 min read\n\n"
    )
    foot = "\n\nMore from Dana Whitlock\nAnother Post Title\n\nRecommended from Medium\nSome Post"
    assert clean(f"{head}{ESSAY}{foot}").publication == "Medium"
    published_in = head.replace("Dana Whitlock\n", "Dana Whitlock\nPublished in Below the Line\n")
    assert clean(f"{published_in}{ESSAY}{foot}").publication == "Below the Line"


def test_a_video_platforms_masthead_names_it() -> None:
    head = (
        "Skip navigation\nSearch\nSearch with your voice\n\n"
        "The Slop Economy: Why Generated Video Feels Empty\n\nFrame Theory\n"
        "412K subscribers\n\n311K views  Jan 9, 2026\n"
    )
    assert clean(f"{head}{ESSAY}").publication == "YouTube"
    assert (
        clean(f"{head.replace('Search with your voice', 'Sign in')}{ESSAY}").publication
        != "YouTube"
    )


@pytest.mark.parametrize(
    "note",
    [
        "This video started life as a written essay, so here it is in full for anyone who "
        "prefers reading.",
        "Below is a lightly edited transcript of the episode.",
        "Transcript has been lightly edited for clarity.",
    ],
)
def test_an_uploaders_note_on_the_texts_form_is_furniture(note: str) -> None:
    head = "Frame Theory\n412K subscribers\n\n311K views  Jan 9, 2026\n"
    assert passages(f"{head}{note}\n\n{ESSAY}") == [OPENING, MIDDLE, CLOSING]


@pytest.mark.parametrize(
    "line",
    [
        "This video started life as an experiment, and I never meant to publish it at all.",
        "The episode I keep rewatching is the one where the script falls apart on set.",
    ],
)
def test_prose_about_a_video_or_its_script_is_kept(line: str) -> None:
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}")


@pytest.mark.parametrize("label", ["Author", "Written by", "Created by"])
def test_a_property_sheets_author_cell_names_the_author(label: str) -> None:
    head = (
        f"Lantern Pictures\n\nHow We Use Generated Shots\n\n{label}\nInes Carvalho\n"
        "Published\nMarch 2, 2026\n\n"
    )
    assert clean(f"{head}{ESSAY}").author == "Ines Carvalho"


def test_a_label_over_a_works_name_is_not_an_author() -> None:
    head = "How We Use Generated Shots\n\nAuthor\nThe Glass Orchard\n\n"
    assert clean(f"{head}{ESSAY}").author != "The Glass Orchard"


# Shapes the blind sets have not had yet (Quora, IMDb, Patreon, Letterboxd lists, X, press
# kits), each with its near miss.


@pytest.mark.parametrize(
    "line",
    [
        "31 out of 40 found this helpful.",
        "Was this review helpful? Sign in to vote.",
        "Helpful•31",
        "Originally Answered: Should documentaries use generated footage?",
        "Search for questions, people, and topics",
        "Post",
        "PRESS KIT",
        "Warning: Spoilers",
        "Join Priya Nair on Patreon to get access to more posts like this",
        "Unlock this post by becoming a member",
    ],
)
def test_votes_prompts_and_labels_of_review_qa_social_and_creator_pages_are_furniture(
    line: str,
) -> None:
    # Between two paragraphs: under the last one, any short line that is no sentence goes.
    cleaned = clean(f"{OPENING}\n\n{line}\n\n{MIDDLE}\n\n{CLOSING}")
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert line not in cleaned.headings


@pytest.mark.parametrize(
    "line",
    [
        "Most of the editors I asked found this helpful, and so did the director in the end.",
        "Post-production took us a year, and the generated plates were the easy part of it.",
        "Was this review helpful to anyone? I still cannot tell, and I wrote it.",
    ],
)
def test_prose_that_starts_like_those_labels_is_kept(line: str) -> None:
    assert line in passages(f"{OPENING}\n\n{line}\n\n{MIDDLE}")


def test_a_qa_answer_under_its_question_with_the_answerers_picture() -> None:
    page = (
        "Quora\nSearch for questions, people, and topics\nSign In\n"
        "Is it ever acceptable to use generated footage in a documentary?\n"
        "Profile photo for Priya Nair\nPriya Nair\nDocumentary editor (2012–present)\n · \n"
        f"Updated Mar 4, 2025\n\n{ESSAY}\n\nUpvote · 1.2K\nRelated questions\n"
    )
    cleaned = clean(page)
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert cleaned.title == "Is it ever acceptable to use generated footage in a documentary?"
    assert (cleaned.author, cleaned.publication) == ("Priya Nair", "Quora")


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (
            "Films that earned their reconstructions\nList by Priya Nair\nUpdated Mar 4, 2026\n\n",
            "Priya Nair",
        ),
        (
            "Priya Nair\nis creating documentary essays\nHome\nPosts\nThe Reconstruction Problem\n"
            "Mar 4, 2026 at 9:14 AM\nPublic post\n\n",
            "Priya Nair",
        ),
        (
            "PRESS KIT\nTHE RECONSTRUCTION PROBLEM\nA documentary by Priya Nair\n"
            "Director's Statement\n\n",
            "Priya Nair",
        ),
    ],
)
def test_a_list_a_creators_post_and_a_press_kit_name_their_author(head: str, author: str) -> None:
    cleaned = clean(f"{head}{ESSAY}")
    assert cleaned.author == author
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]


def test_a_film_by_someone_unnamed_is_no_byline() -> None:
    head = "The Reconstruction Problem\nA film by someone I admire changed how I cut\n\n"
    assert clean(f"{head}{ESSAY}").author is None


def test_a_picture_of_someone_else_does_not_make_a_name_a_byline() -> None:
    head = (
        "Is it ever acceptable to use generated footage?\nPhoto of the harbour\nHarbour Lights\n\n"
    )
    assert clean(f"{head}{ESSAY}").author is None


# A blog's head: its name, its one-line description, its menu, the post's date and title and a
# share bar, over the post.
_BLOG_HEAD = [
    "Skip to main content",
    "Search This Blog",
    "Rushes & Reels",
    "Notes from a small-town film club, mostly about what we watched and why we argued.",
    "Home",
    "About the club",
    "March 16, 2025",
    "Two hours, two minds: our film club on generative video",
    "Get link",
    "Facebook",
    "X",
    "Other Apps",
]


def test_a_blogs_description_under_its_name_is_not_the_essay() -> None:
    cleaned = clean("\n".join(_BLOG_HEAD) + "\n" + ESSAY)
    assert (cleaned.title, cleaned.published, cleaned.publication) == (
        _BLOG_HEAD[7],
        "2025-03-16",
        "Rushes & Reels",
    )
    assert cleaned.body == ESSAY
    assert _BLOG_HEAD[3] in cleaned.removed


def test_near_misses_of_a_blogs_description_are_the_essays() -> None:
    # A first sentence under the post's own title, with the essay right under it, is its
    # opening; a share bar's first label under the date is no title.
    head = ["Rushes & Reels", "Two hours, two minds", _BLOG_HEAD[3], OPENING]
    cleaned = clean("\n".join(head) + "\n\n" + "\n\n".join([MIDDLE, CLOSING]))
    assert _BLOG_HEAD[3] in cleaned.body
    head = ["Shorts & Longs", "", "A Festival Programmer Watches the AI Submissions",
            "October 21, 2025", "Get link", "Facebook", "X", "Other Apps"]  # fmt: skip
    assert clean("\n".join(head) + "\n" + ESSAY).title == head[2]


def test_a_blogs_lower_case_name_over_its_description_under_a_platforms_bar() -> None:
    # Tumblr's blog view: the platform's bar, the blog's name in lower case over a description
    # written as a sentence, then the blog's card and the post: the name is the publication.
    head = ["tumblr", "Search Tumblr", "Explore", "Log in", "sprocket holes",
            "A projectionist's scrapbook of splices, reels and the odd rant about the pre-show.",
            "Follow", "sprocketholes", "Follow", "why i won't run the generated loop"]  # fmt: skip
    cleaned = clean("\n".join(head) + "\n" + ESSAY)
    assert (cleaned.title, cleaned.publication) == (head[-1], "sprocket holes")
    assert cleaned.body == ESSAY
    # Near miss: a sentence-case headline is no blog's name, and the sentence under it, with
    # only a picture's credit before the next paragraph, is the essay's opening.
    head = ["Why I quit", _BLOG_HEAD[3], "Photo: Jo Reyes", "Getty Images"]
    assert _BLOG_HEAD[3] in clean("\n".join(head) + "\n" + ESSAY).body


# A professional network's newsletter: the platform's bar (with its upsell), the newsletter's
# card (its name twice, its description, "By X", their role and date, "+ Subscribe"), then the
# article's headline over its own byline.
_CARD_HEAD = [
    "Skip to main content", "LinkedIn", "Home", "My Network", "Jobs", "For Business",
    "Try Premium for £0", "Pipeline Notes", "Pipeline Notes",
    "Practical notes on building post pipelines that survive contact with new tools.",
    "By Gareth Lyle", "Head of Post-Production Technology at Northlight Studios",
    "Published Mar 12, 2025", "+ Subscribe",
    "Veo in the pipeline: six months in, and I'd do it again",
    "Gareth Lyle", "Gareth Lyle", "Head of Post-Production Technology at Northlight Studios",
    "Published Mar 12, 2025", "+ Follow",
]  # fmt: skip


def test_a_newsletters_card_over_the_article_names_the_publication_not_the_title() -> None:
    cleaned = clean("\n".join(_CARD_HEAD) + "\n" + ESSAY)
    assert (cleaned.title, cleaned.author, cleaned.publication, cleaned.published) == (
        _CARD_HEAD[14],
        "Gareth Lyle",
        "Pipeline Notes",
        "2025-03-12",
    )
    assert cleaned.body == ESSAY
    assert "Try Premium for £0" in cleaned.removed


def test_a_headline_over_its_standfirst_and_a_follow_button_is_no_card() -> None:
    # Near miss: the post's own headline, its standfirst, its byline and a Follow button, with
    # no second headline under the button: the headline is the title.
    head = ["Why Sora Matters", _CARD_HEAD[9], "By Gareth Lyle", "+ Follow"]
    cleaned = clean("\n".join(head) + "\n" + ESSAY)
    assert (cleaned.title, cleaned.author) == ("Why Sora Matters", "Gareth Lyle")
    assert cleaned.body == ESSAY


def test_a_masthead_in_capitals_names_the_site_as_the_page_writes_it_elsewhere() -> None:
    head = ["FRAMEWORK", "Menu", "Features", "A Crowd Is Not a Texture", "By Tomasz Wierzbicki"]
    foot = ["Photograph by Hana Ruiz for Framework", "© 2026 Framework Media"]
    assert clean("\n".join([*head, ESSAY, *foot])).publication == "Framework"
    # Near miss: a name only ever set in capitals (an acronym, perhaps) stays as set.
    assert clean("\n".join([*head, ESSAY, foot[0].upper()])).publication == "FRAMEWORK"
