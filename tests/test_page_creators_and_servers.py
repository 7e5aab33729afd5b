"""Creator pages, small blogs and a server's newsletter (tuning92's misses, issue 12): what a
creator asks of their backers under a post, a letter's closing and trailer, a blog's line about
itself naming its writer, a post's header naming the channel it was posted in, a sign-off for a
group, a summary box, a thread's counter beside its emoji and an author's card in the third
person. Each near miss is the essay's own sentence in the same words or shape."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.page_meta import _SIGNATURE, dash_signature, find_author, posted_in_by
from bot.page_threads import read_thread
from bot.page_units import Unit, is_junk


@pytest.mark.parametrize(
    "line",
    [
        # What a tip buys the writer (tuning92's Ko-fi post).
        "If this was useful, a coffee keeps the lights on and the lenses clean. Dziękuję!",
        "A tip helps me keep the archive free for everyone.",
        # A call to pay that names what paying unlocks (its Patreon post).
        "Become a member to unlock pencil tests, monthly Q&As and the finished short before "
        "anyone else.",
        "Become a patron to get the full scripts and a credit in the film.",
        # Thanks to backers, closed on an emoji.
        "Thank you for paying for the paper, the pencils and the patience. I don't take it "
        "lightly. 🧡",
        # A letter's closing line, a call to review the show and a trailer (its podcast page).
        "That's it for this week. If you liked the episode, leave a review wherever you listen, "
        "it really helps. Next time: the strange afterlife of the DVD commentary.",
        "Next time: what a continuity photo is for.",
        # A sign-up box's line (its Squarespace page).
        "Sign up with your email address to receive news and updates.",
        "Subscribe to receive every programme note the day it is written.",
        # A thread's counter beside its emoji (its Mastodon thread).
        "🧵 1/6",
        "4/6 🧵",
    ],
)
def test_a_creators_appeal_or_a_letters_foot_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay's sentences about coffee, members, thanks and next time.
        "A coffee shop keeps the lights on all night in my street, and I write there.",
        "Become a member of a union before you take a generated-footage job, not after.",
        "Thank you notes from the client were the only thing the generated version never got.",
        "That's it for the first draft. The second one is where the generator failed us, and "
        "it failed in a way nobody on the crew had predicted or could have fixed in a week.",
        "Next time I'll quote for it properly: generated footage gets billed like archive.",
        "Sign up sheets for the workshop filled in a day, which surprised us.",
        "We shot 24/7 for a week.",
    ],
)
def test_the_essays_own_sentence_is_not(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


def test_a_blog_written_by_its_writer_names_the_writer_not_the_blog() -> None:
    # tuning92's Write.as blog: its masthead over the post, its line about itself under it,
    # signed with the writer's first name.
    page = "\n".join(
        [
            "Field Notes",
            "Home",
            "Archive",
            "March 18, 2026",
            "The dissolve that nobody chose",
            "A dissolve used to be a sentence, and editors argued about dissolves the way poets "
            "argue about line breaks. Now it is mostly a bandage over a generated shot.",
            "If the generated shot is good, let it be cut in hard and stand on its own. If it "
            "can't survive a hard cut, it probably shouldn't be there at all.",
            "— Odile",
            "Field Notes is written by Odile Marchand, an assistant editor in Lyon.",
        ]
    )
    assert clean(page).author == "Odile Marchand"


def test_a_person_described_under_the_essay_is_still_its_writer() -> None:
    # Near miss: a person's name over the essay, their description further down ("… is a …").
    page = "\n".join(
        [
            "Odile Marchand",
            "The dissolve that nobody chose",
            "A dissolve used to be a sentence, and editors argued about dissolves the way poets "
            "argue about line breaks. Now it is mostly a bandage over a generated shot.",
            "If the generated shot is good, let it be cut in hard and stand on its own. If it "
            "can't survive a hard cut, it probably shouldn't be there at all.",
            "Odile Marchand is an assistant editor in Lyon who cuts trailers.",
        ]
    )
    assert clean(page).author == "Odile Marchand"


@pytest.mark.parametrize(
    ("line", "poster"),
    [
        ("📣 @everyone — posted in #announcements by Kit Ramsay (mod team)", "Kit Ramsay"),
        ("Posted in r/editors by u/grainfield", "grainfield"),
        ("Shared in #general by Ana Lopes · 3 May 2026", "Ana Lopes"),
        # Near misses: a sentence saying where something was posted, and a place with no poster.
        ("The cut was posted in #feedback by accident and nobody minded at all.", None),
        ("Posted in #announcements", None),
    ],
)
def test_a_posts_header_names_its_poster_after_its_channel(line: str, poster: str | None) -> None:
    assert posted_in_by(line) == poster


def test_the_poster_is_the_author_not_the_letter_the_header_names() -> None:
    head = ["Back Row Dispatch · Issue 31 · 16 May 2026", "— posted in #news by Kit Ramsay"]
    assert find_author(head, []) == "Kit Ramsay"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Kit, for the mod team", "Kit"),
        ("— Ruth Okafor, on behalf of the committee", "Ruth Okafor"),
        ("— Ines", "Ines"),
        # Near miss: a dash and a name and a clause that is a sentence's, not a group's.
        ("— Kit, for what it's worth.", None),
    ],
)
def test_a_sign_off_may_sign_for_a_group(line: str, name: str | None) -> None:
    match = _SIGNATURE.match(line)
    assert (match["name"] if match else None) == name
    if name and " " in name:
        assert dash_signature(line) == name


def test_a_summary_box_is_furniture_and_a_bold_opening_is_not() -> None:
    essay = (
        "The vote on the lab channel closed on Wednesday, and most of you voted to keep it, "
        "so it stays, with rules that start on Monday."
    )
    page = "\n\n".join(
        [
            essay,
            "> **tl;dr** the channel stays, with new rules, see below",
            "> **Nobody** on the team wanted to close it without a vote, and nobody will.",
            "Every post has to name the tool and say what you were trying to learn from it, "
            "and generated clips stay in the lab.",
        ]
    )
    body = clean(page, markdown=True).body
    assert "see below" not in body
    assert "Nobody on the team wanted" in body


def test_a_display_name_with_an_emoji_heads_each_post_of_a_thread() -> None:
    lines = [
        "splicework 🎞️",
        "@splicework@cinephile.town",
        "I've now cut three music videos where the client supplied generated b-roll, and I "
        "want to write down what that does to the editor's job.",
        "🧵 1/3",
        "splicework 🎞️",
        "@splicework@cinephile.town",
        "The generated clips come in with no coverage. You get one angle of everything, four "
        "seconds long, and the action doesn't continue past the edge of the clip.",
    ]
    posts = read_thread(lines)
    assert posts is not None
    assert posts.poster == "splicework"
    cleaned = clean("\n".join(lines))
    assert cleaned.author == "splicework"
    assert "splicework" not in cleaned.body
    assert "The generated clips come in with no coverage." in cleaned.body


def test_a_handle_with_its_age_under_a_name_heads_a_reply() -> None:
    lines = [
        "Dana Whitcombe",
        "@danawhitcombe.bsky.social",
        "Follow",
        "ok, thread on Veo and the casting of extras, since three people have asked me about "
        "it this week. I run background casting for TV in Manchester.",
        "Dana Whitcombe",
        "@danawhitcombe.bsky.social · 4d",
        "The scary version first. A producer showed me a generated crowd for a football scene "
        "last month, four hundred fans, and it was good enough for a wide.",
        "Rob Ennis",
        "@robennis.bsky.social · 4d",
        "putting this on a t-shirt",
    ]
    posts = read_thread(lines)
    assert posts is not None
    assert posts.replies == 7


def test_a_creators_card_over_a_titled_post_is_no_social_post() -> None:
    # tuning92's Ko-fi post: the creator's name over their handle, the page's tabs, then the
    # post's headline over "Posted <date>".
    page = "\n".join(
        [
            "Tomasz Wren",
            "@tomaszwren",
            "Support",
            "Shop",
            "Posts",
            "What a Runway commission taught me about clients",
            "Posted 22 Mar 2026",
            "Last month I took my first commission where the client wanted a generated video "
            "instead of a filmed one, a forty-second piece for a bakery.",
            "The brief changes the moment the client knows the images are generated. On a "
            "shoot, people accept that the weather is the weather.",
        ]
    )
    cleaned = clean(page)
    assert cleaned.title == "What a Runway commission taught me about clients"
    assert cleaned.author == "Tomasz Wren"


def test_a_social_posts_header_over_its_text_is_still_one() -> None:
    # Near miss: a handle over a post with no headline of its own.
    lines = [
        "Tomasz Wren",
        "@tomaszwren",
        "Last month I took my first commission where the client wanted a generated video "
        "instead of a filmed one. It was a forty-second piece for a bakery.",
        "Mar 22, 2026",
    ]
    posts = read_thread(lines)
    assert posts is not None
    assert posts.social


def test_an_authors_card_in_the_third_person_is_furniture() -> None:
    essay = [
        "When we announced a Saturday workshop on generative video for teenagers, two of our "
        "longest-standing members wrote to ask if we had lost our minds.",
        "We set one rule at the start: nobody could type a prompt until they had drawn the "
        "shot on paper, and a stick figure was fine.",
    ]
    card = "Marguerite programmes the youth strand and still cuts on film when she can."
    body = clean("\n".join([*essay, "Marguerite Osei", card])).body
    assert card not in body
    # Near miss: the essay's own last paragraph about someone else, under their name.
    other = "Marguerite said she would rather we cut on film, and we listened."
    body = clean("\n".join([*essay, "Marguerite Osei", other, *essay])).body
    assert other in body
