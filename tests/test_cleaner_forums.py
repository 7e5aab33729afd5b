"""bot.cleaner on pasted forum threads (XenForo, vBulletin, Invision): the post's profile block
(name, member title, "Joined", "Messages", the post's date and number) is its header, the
first post by anyone else starts the replies, and the thread's own byline ("Thread starter x")
has the title over it. Each rule has a near miss."""

from __future__ import annotations

import pytest

from bot.cleaner import clean
from bot.headline import category_over_tags
from bot.page_meta import author_in, user_by_time
from bot.page_site import find_publication
from bot.page_threads import read_thread
from bot.page_units import Unit, is_furniture

OPENING = (
    "Our co-op rented a generator subscription for the winter and I think it taught us more "
    "about our own habits than about the tool, which nobody expected."
)
MIDDLE = (
    "Every storyboard we fed it came back tidier than we drew it, and after a month the "
    "drawings themselves had started to look like its output."
)
CLOSING = (
    "We kept the subscription, but we now draw first and prompt second, and the films are "
    "ours again."
)
REPLY = "Same thing happened in our club, the drawings all drifted toward the machine's look."


def _profile(user: str, title: str, joined: str, posts: str, when: str, number: int) -> list[str]:
    return [
        user,
        user,
        title,
        "Joined",
        joined,
        "Messages",
        posts,
        "Reaction score",
        "12",
        when,
        f"#{number}",
    ]


def _thread(*, stamp: bool = True) -> str:
    head = [
        "Cutting Room Forum",
        "    Forums",
        "    Animation",
        "    Stop Motion",
        "Our storyboards started to look like the machine",
        "    Thread starter pix_ola",
        "    Start date Mar 3, 2026",
    ]
    first = _profile("pix_ola", "Storyboard nerd", "Apr 1, 2018", "2,310", "Mar 3, 2026", 1)
    if not stamp:
        first = first[:-2]
    second = _profile("gusfrank", "Member", "May 9, 2022", "14", "Mar 4, 2026", 2)
    foot = ["Like", "Reply", "Report", "You must log in or register to reply here."]
    return "\n".join(
        [
            *head,
            *first,
            OPENING,
            "",
            MIDDLE,
            "",
            CLOSING,
            "Like",
            "Reply",
            "Report",
            *second,
            REPLY,
            *foot,
        ]
    )


def test_a_forum_posts_profile_block_is_its_header_and_the_next_poster_starts_the_replies() -> None:
    cleaned = clean(_thread())
    assert cleaned.body == "\n\n".join([OPENING, MIDDLE, CLOSING])
    assert cleaned.author == "pix_ola"
    assert cleaned.published == "2026-03-03"  # the post's date, not the day its poster joined
    assert cleaned.title == "Our storyboards started to look like the machine"
    assert REPLY not in cleaned.body
    assert "gusfrank" not in cleaned.body


def test_a_profile_without_the_posts_own_stamp_is_no_header() -> None:
    # phpBB prints "Posts: 12" / "Joined: <date>" beside a post that heads itself elsewhere: with
    # no date or "#1" closing the block, the block is not read as the post's header.
    lines = ["kestrel", "Posts: 12", "Joined: Tue Jun 09, 2015 7:41 pm", "Location: Leeds", OPENING]
    assert read_thread(lines) is None
    assert (
        read_thread(
            [
                "kestrel",
                "Posts: 12",
                "Joined: Jun 9, 2015",
                "Jun 1, 2026",
                "#1",
                OPENING,
                "moss",
                "Member",
                "Joined: May 2, 2020",
                "Jun 2, 2026",
                "#2",
                REPLY,
            ]
        )
        is not None
    )


def test_a_thread_starter_line_is_a_byline() -> None:
    assert author_in("Thread starter pix_ola") == "pix_ola"
    assert author_in("Started by Dana Wells") == "Dana Wells"
    # Near miss: a sentence that starts the same way is no byline.
    assert author_in("Started by accident, the project ran for three years.") is None


def test_a_quote_of_another_post_inside_the_authors_post_is_dropped() -> None:
    quote = "Every drawing drifts toward the machine."
    page = "\n".join(
        [
            "pix_ola",
            "pix_ola",
            "Storyboard nerd",
            "Joined",
            "Apr 1, 2018",
            "Mar 3, 2026",
            "#1",
            "gusfrank said:",
            quote,
            "Click to expand...",
            OPENING,
            "",
            MIDDLE,
            "",
            CLOSING,
        ]
    )
    cleaned = clean(page)
    assert cleaned.body == "\n\n".join([OPENING, MIDDLE, CLOSING])
    assert quote in cleaned.removed


def test_someone_said_without_a_forums_expand_link_is_the_essays_own() -> None:
    # Near miss: the author quoting someone in their own prose keeps the lines.
    said = "My old editor said:"
    quote = "Draw it first, then you will know what to ask the machine for."
    page = "\n\n".join([OPENING, said, quote, MIDDLE, CLOSING])
    assert quote in clean(page).body


def test_the_forum_softwares_company_in_the_copyright_line_is_no_publication() -> None:
    foot = ["Powered by vBulletin® Version 4.2.5", "Copyright © 2026 vBulletin Solutions Inc."]
    assert find_publication(["Cutting Room Forum"], foot, None) != "vBulletin Solutions"
    # Near miss: without a "Powered by" line naming it, the copyright line names the site.
    foot = ["Copyright © 2026 Cutting Room Media Inc."]
    assert find_publication(["Home"], foot, None) == "Cutting Room Media"


def test_a_forum_topics_buttons_are_furniture() -> None:
    for label in ("Start new topic", "Reply to this topic", "Followers 3", "Recommended Posts"):
        assert is_furniture(Unit(label, 0, 0))
    # Near miss: the same words in a sentence are the essay's.
    assert not is_furniture(Unit("Reply to this topic only if you have shot on film.", 0, 0))
    assert not is_furniture(Unit("Followers of the old rules will hate this part", 0, 0))


def test_a_user_name_right_under_a_posters_header_is_another_post_not_a_display_name() -> None:
    # A display name under the user name is the same poster's ("Sam Okoro"); another user name
    # there is someone else's post under one with no text (an image's), not the poster's name.
    lines = ["A topic", "stagehand_sam", "4d", "Sam Okoro", "3d", OPENING, "lampie_lou", "3d"]
    same = read_thread(lines)
    assert same is not None
    assert (same.name, same.replies) == ("Sam Okoro", 6)
    other = read_thread([*lines[:3], "lampie_lou", *lines[4:]])
    assert other is not None
    assert (other.poster, other.name, other.replies) == ("stagehand_sam", None, 3)


@pytest.mark.parametrize(
    ("line", "user"),
    [
        ("KaiMbeki", "KaiMbeki"),  # words run together: a user name
        ("kai_mbeki", "kai_mbeki"),
        ("McGrath", None),  # near misses: a surname, a plain word
        ("Discussion", None),
    ],
)
def test_a_user_name_over_a_posts_age(line: str, user: str | None) -> None:
    assert user_by_time([line, "4d"], 0) == user


def test_a_name_between_the_posters_user_name_twice_is_their_display_name() -> None:
    # Discourse: the avatar's alt text, the display name, the user name, the member's title
    # and the post's date, whatever the user name is made of.
    lines = ["A topic", "dmitri_grades", "Dmitri Volkov", "dmitri_grades", "Regular",
             "Feb 11, 2025", OPENING, "lampie_lou", "Feb 12, 2025", REPLY]  # fmt: skip
    posts = read_thread(lines)
    assert posts is not None
    assert (posts.poster, posts.name, posts.published, posts.replies) == (
        "dmitri_grades",
        "Dmitri Volkov",
        "2025-02-11",
        7,
    )
    # Near miss: a name with the user name on one side only, and not made of it, is not theirs.
    posts = read_thread([lines[0], *lines[2:]])
    assert posts is not None
    assert posts.name is None


def test_a_label_over_a_topics_tags_is_its_category_not_its_title() -> None:
    # Discourse's header: title, category, tags, then the topic's counters over the first post.
    head = ["Why I stopped using generated plates in client work (long)", "Workflow & Post",
            "ai", "generative-video", "1.4k", "views", "23", "likes", "9", "links",
            "dmitri_grades", "Dmitri Volkov", "dmitri_grades", "Regular", "Feb 11, 2025",
            "1"]  # fmt: skip
    cleaned = clean("\n".join([*head, OPENING, "", MIDDLE, "", CLOSING]))
    assert cleaned.title == head[0]
    # Near miss: a Title Case line over a year is a film's title, not a category.
    assert not category_over_tags([Unit("The Glass Orchard", 0, 0), Unit("2025", 0, 0)], 0)


def test_someone_elses_name_over_a_date_under_the_posts_buttons_starts_the_replies() -> None:
    # Flarum: the poster's name over the date, the post, its buttons, then a reply's header.
    page = ["Craft & Technique", "is generated plate footage worth it?", "Reply",
            "Ines Okafor", "2 Mar 2025", OPENING, "", MIDDLE, "", CLOSING, "Like", "Reply",
            "Tomasz Berg", "3 Mar 2025", REPLY, "Like", "Reply"]  # fmt: skip
    cleaned = clean("\n".join(page))
    assert cleaned.author == "Ines Okafor"
    assert REPLY not in cleaned.body
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    # Near miss: a name over a date inside the essay, no buttons over it, is the essay's list.
    page = [*page[:6], "", "Tomasz Berg", "3 Mar 2025", MIDDLE, "", CLOSING]
    assert MIDDLE in clean("\n".join(page)).body


# --- A link post: no text of its own, its poster's comment is the essay ----------------------

LINK_SIDEBAR = [
    "Want to join? Log in or sign up in seconds.",
    "limit my search to r/Animation",
    "use the following search parameters to narrow your results:",
    "this post was submitted on 3 Mar 2026",
    "Welcome to r/Animation. Please read the rules before posting.",
    "a community for 12 years",
]
LINK_TITLE = "Studio says its generated storyboards save a month (animtrades.example)"
PINNED = "[–]AutoModerator[M] 1 points 9 hours ago - stickied comment"


def _link_post(*comments: list[str], text: list[str] | None = None) -> str:
    head = ["jump to content", *LINK_SIDEBAR, "212", LINK_TITLE]
    post = ["submitted 9 hours ago by pix_ola", *(text or []), "43 comments", "share", "report"]
    return "\n".join([*head, *post, "sorted by: best", *(line for c in comments for line in c)])


def _comment(header: str, *paragraphs: str) -> list[str]:
    return [header, *paragraphs, "permalink", "embed", "save", "reply"]


OWN = _comment("[–]pix_ola[S] 88 points 9 hours ago*", OPENING, MIDDLE, CLOSING)
OTHERS = _comment("[–]gusfrank -3 points 8 hours ago", REPLY)
THANKS = _comment("[–]pix_ola Storyboard nerd[S] 4 points 7 hours ago", "Thanks, that helps.")


@pytest.mark.parametrize(
    "comments",
    [(OWN, OTHERS, THANKS), (_comment(PINNED, "Please keep it civil."), OWN, OTHERS)],
    ids=["first", "under a moderator's pinned note"],
)
def test_a_link_posts_essay_is_its_posters_own_comment(comments: tuple[list[str], ...]) -> None:
    cleaned = clean(_link_post(*comments))
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    # The post's title without the linked site; the sidebar and the others' words are furniture.
    assert cleaned.title == "Studio says its generated storyboards save a month"
    assert (cleaned.author, cleaned.published) == ("pix_ola", "2026-03-03")
    assert not any(line in cleaned.body for line in LINK_SIDEBAR)


def test_old_reddits_comment_headers_with_flair_marks_and_negative_scores_are_headers() -> None:
    lines = [THANKS[0], "Thanks.", OTHERS[0], REPLY, PINNED, "Be civil."]
    thread = read_thread(lines)
    assert thread is not None
    assert (thread.poster, thread.replies) == ("pix_ola", 2)
    assert read_thread([*lines[2:4], *lines[:2]]).poster == "gusfrank"


def test_a_posts_own_text_is_its_essay_not_its_posters_comment_under_it() -> None:
    # Near miss: a post with text of its own; its poster's comment under the others' is a reply.
    own = _comment("[–]pix_ola[S] 9 points 5 hours ago", "I should add that the studio " + REPLY)
    cleaned = clean(_link_post(OTHERS, own, text=[OPENING, "", MIDDLE, "", CLOSING]))
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]


def test_a_full_name_under_a_user_name_over_a_count_and_the_date_is_the_display_name() -> None:
    # Discourse: the topic's title, its category and tags, then user name / full name / a bare
    # count / the date over the post; zero-width spaces between the page's parts.
    head = ["Indie Post Forum", "\u200b", "Sign Up", "Our storyboards drift toward the machine"]
    header = ["Stop Motion", "ai-video", "\u200b", "pix_ola", "Lucía Ferrante", "1", "Mar 5"]
    reply = ["gusfrank", "Mar 6", REPLY, "Reply"]
    cleaned = clean("\n\n".join([*head, *header, OPENING, MIDDLE, CLOSING, "14", *reply]))
    assert (cleaned.title, cleaned.author) == (
        "Our storyboards drift toward the machine",
        "Lucía Ferrante",
    )
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]


def test_a_name_under_a_user_name_with_no_date_under_it_is_no_display_name() -> None:
    # Near miss: with the poster's age beside the user name and the text starting with a name
    # (a one-line greeting), the name is the text's, not the header's.
    lines = ["pix_ola", "3 days ago", "Lucía Ferrante", OPENING, "gusfrank", "2 days ago", REPLY]
    thread = read_thread(lines)
    assert thread is not None
    assert (thread.poster, thread.name) == ("pix_ola", None)


# A fediverse forum (Lemmy, kbin): posters carry their instance, the post's header names its
# community.
LEMMY_POST = (
    "Lemmy.World\nCommunities\nLog In\n\nWhy we draw before we prompt\n\n"
    "submitted 3 hours ago by reelwright@lemmy.world to filmmaking@lemmy.world\n\n"
    f"{OPENING}\n\n{MIDDLE}\n\n{CLOSING}\n\n42\n6\nreply\nsave\n\n"
)
FEDI_REPLY = f"grip_and_bear@lemmy.ml\n2 hours ago\n{REPLY}\n\n18\nreply\n"


@pytest.mark.parametrize("bar", ["sort: hot top new old\n\n", ""])
def test_a_fediverse_threads_replies_are_not_the_post(bar: str) -> None:
    cleaned = clean(LEMMY_POST + bar + FEDI_REPLY)
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert cleaned.title == "Why we draw before we prompt"
    assert cleaned.publication == "filmmaking@lemmy.world"


def test_a_fediverse_poster_heads_a_reply_and_an_email_address_does_not() -> None:
    assert user_by_time(["grip_and_bear@lemmy.ml", "2 hours ago"], 0) == "grip_and_bear"
    assert user_by_time(["jo@example.com", "Write to me any time."], 0) is None


def test_a_sentence_sending_something_to_an_address_names_no_community() -> None:
    line = "I sent the cut by post to jo@example.com before the festival deadline."
    assert find_publication([line], [], None) is None


def _board_post(labels: list[str]) -> str:
    return "\n".join(
        [
            "Cutroom Commons", "Boards", "Jobs", "Sign in", "c/editing", "Discussions",
            "What a generator subscription did to our storyboards", "", "Priya Anand",
            *labels, "5h ago", "", OPENING, "", MIDDLE, "", CLOSING, "", "Upvote (12)",
            "Reply", "4 replies", "Tomas Berg", "2h ago", REPLY, "Upvote (2)", "Reply",
        ]
    )  # fmt: skip


def test_a_posters_labels_between_name_and_time_leave_the_header_read() -> None:
    # A board's post header: the poster's name, their role and tagline, a separator, the
    # post's relative time; the board is named by a letter and a slash.
    cleaned = clean(_board_post(["Creator", "Runs a two-person edit house", "·"]))
    assert cleaned.author == "Priya Anand"
    assert cleaned.title == "What a generator subscription did to our storyboards"
    assert cleaned.publication == "c/editing"
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}\n\n{CLOSING}"
    # Near miss: a sentence under the name is no label; the name over it is nobody's byline.
    sentence = clean(_board_post(["I run a two-person edit house in Leeds, mostly trailers."]))
    assert sentence.author is None


@pytest.mark.parametrize(
    "header", [["ines_okafor", "Mar 2026", "Mar 2"], ["ines_okafor", "Mar 2", "Mar 2026"]]
)
def test_a_posts_day_without_a_year_takes_the_year_its_header_gives_that_month(
    header: list[str],
) -> None:
    # A forum's topic shows the month and year it was started ("Mar 2026") beside the post's
    # day ("Mar 2"): the post is dated that day of that year, and the month is no site's name.
    head = [
        "Skip to main content",
        "Framegrain Forum",
        "Sign Up",
        "Log In",
        "Is generated plate footage worth it?",
        "Craft",
        "Mar 2026",
        "3 posts",
        "Reply",
    ]
    replies = ["tomasz_b", "Mar 3", REPLY, "Like", "Reply"]
    page = [*head, *header, OPENING, "", MIDDLE, "", CLOSING, "Like", "Reply", *replies]
    cleaned = clean("\n".join(page))
    assert (cleaned.author, cleaned.published, cleaned.publication) == (
        "ines_okafor",
        "2026-03-02",
        "Framegrain Forum",
    )
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    # Near miss: another month's year dates no day ("Feb 2026" beside "Mar 2").
    other = [line.replace("Mar 2026", "Feb 2026") for line in page]
    assert clean("\n".join(other)).published is None


# --- A reply quoting the poster, under a header not read as one (tuning47's Invision paste) ---

_QUOTED = "Nobody saved money on that shoot."


def _quoting_thread(attribution: str) -> str:
    head = ["Film Crew Forum", "Off Topic", "Generators are not crews", "By Dana Kovac", "Share"]
    reply = ["Lee Hart", "Posted October 1", attribution, _QUOTED, REPLY, "Like", "Quote"]
    return "\n\n".join([*head, OPENING, MIDDLE, CLOSING, "Like", *reply])


@pytest.mark.parametrize(
    "attribution",
    [
        "On 9/30/2026 at 4:12 PM, Dana Kovac said:",  # Invision
        "Dana Kovac said:",  # XenForo, Vanilla
        "Dana Kovac wrote: ↑Wed Sep 30, 2026 4:12 pm",  # phpBB
        "Quote from: Dana Kovac on September 30, 2026, 04:12:00 PM",  # SMF
        "Originally Posted by Dana Kovac",  # vBulletin
    ],
)
def test_a_line_quoting_the_author_opens_a_reply_that_ends_the_essay(attribution: str) -> None:
    cleaned = clean(_quoting_thread(attribution))
    assert cleaned.author == "Dana Kovac"
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert REPLY in cleaned.removed


def test_a_quote_of_someone_else_is_no_reply_to_the_author() -> None:
    # Near miss: the essay quoting another person ("Lee Hart said:") goes on after it.
    text = "\n\n".join(["By Dana Kovac", OPENING, MIDDLE, "Lee Hart said:", CLOSING, "Share"])
    cleaned = clean(text)
    assert cleaned.author == "Dana Kovac"
    assert cleaned.body.split("\n\n")[-1] == CLOSING


# --- A forum signature glued under the post's last paragraph (tuning48's phpBB mobile paste) ---

_SIGNATURE = "Shot on reversal or not at all. Long live the splice."


def _signed_post(between: str) -> str:
    head = ["Cutting Room Forum", "cutter_jo", "Senior Member", "Joined: Feb 2014", "Posts: 12"]
    head += ["#1", "Mar 11, 2026, 08:42 PM"]
    reply = ["pat_m", "Junior Member", "Joined: Sep 2025", "Posts: 3", "#2"]
    reply += ["Mar 12, 2026, 07:01 AM", REPLY]
    post = f"{OPENING}{between}{MIDDLE}{between}{CLOSING}\n{_SIGNATURE}"
    return "\n\n".join([*head, post, "Reply", *reply])


def test_a_short_line_glued_under_a_posts_last_paragraph_is_its_signature() -> None:
    cleaned = clean(_signed_post("\n\n"))
    assert cleaned.author == "cutter_jo"
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert _SIGNATURE in cleaned.removed


@pytest.mark.parametrize(
    "addition", ["Edit: the second test used the same stock.", "TL;DR: shoot the test on film."]
)
def test_a_posters_own_addition_glued_under_the_post_stays(addition: str) -> None:
    # Near miss: an edit or a summary under the last paragraph is the poster's, not a motto.
    cleaned = clean(_signed_post("\n\n").replace(_SIGNATURE, addition))
    assert cleaned.body.split("\n\n")[-1] == addition


def test_a_post_whose_lines_are_all_glued_keeps_its_last_line() -> None:
    # Near miss: a poster who breaks every paragraph with one line break wrote the last line
    # the way they wrote the others; it is theirs.
    cleaned = clean(_signed_post("\n"))
    assert _SIGNATURE in cleaned.body.split("\n\n")


@pytest.mark.parametrize("stamp", ["Posted October 1", "Posted October 1, 2026", "Posted on Oct 2"])
def test_a_name_over_its_posted_stamp_under_the_buttons_heads_a_reply(stamp: str) -> None:
    # Invision's reply header: the replier's name over "Posted <date>", the year left off for
    # this year's posts; the reply quotes nobody.
    head = ["Film Crew Forum", "Generators are not crews", "By Dana Kovac", "Share"]
    reply = ["Lee Hart", stamp, REPLY, "Like", "Quote"]
    text = "\n\n".join([*head, OPENING, MIDDLE, CLOSING, "Share on other sites", *reply])
    cleaned = clean(text)
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert REPLY in cleaned.removed


def test_the_authors_own_name_over_a_posted_stamp_is_no_reply() -> None:
    # Near miss: the poster's next post in the thread goes on being theirs.
    head = ["Film Crew Forum", "Generators are not crews", "By Dana Kovac", "Share"]
    more = ["Dana Kovac", "Posted October 1", CLOSING]
    text = "\n\n".join([*head, OPENING, MIDDLE, "Share on other sites", *more])
    assert clean(text).body.split("\n\n")[-1] == CLOSING


def test_a_topic_with_no_reply_ends_before_its_sign_up_box() -> None:
    # A topic nobody answered yet: under the post, its edit note ("typo"), its buttons and the
    # forum's sign-up box; the box's "Sign up for a new account …" once passed for the post's
    # last paragraph, and took the lines over it into the essay.
    head = ["Film Crew Forum", "Generators are not crews", "By Dana Kovac", "Share"]
    foot = ["Edited October 1 by Dana Kovac", "typo", "Like", "More sharing options..."]
    foot += ["Create an account or sign in to comment", "Sign up for a free account. It's easy!"]
    cleaned = clean("\n\n".join([*head, OPENING, MIDDLE, CLOSING, *foot, "Sign In Now"]))
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, CLOSING]


def test_a_network_post_header_with_a_headline_and_its_comments_one_line_headers():
    # A professional network's post copied under its page's title (a long line that ends no
    # sentence, so not running text): the poster's name over their headline over the post's age
    # and its menu; each comment's header is the name and age on one line.
    lines = [
        "Ada Quist on LinkedIn: Our studio stopped generating the b-roll for interviews and the"
        " edits got… | 12 comments",
        "Ada Quist",
        "Producer | Interviews and branded film | Malmö",
        "3w",
        "- Report this post",
        OPENING,
        MIDDLE,
        "Share",
        "Ben Ortiz 2w",
        "- Report this comment",
        REPLY,
    ]
    thread = read_thread(lines)
    assert thread is not None
    assert (thread.name, thread.text_start, thread.replies, thread.social) == (
        "Ada Quist",
        5,
        8,
        True,
    )
    # A headline that reads as a sentence is the text, not a header: no thread.
    assert read_thread([lines[1], "I make films in Malmö and I love them.", *lines[3:7]]) is None


def test_a_social_page_title_names_its_site_when_it_names_the_poster():
    title = "Ada Quist on Instagram: Three days in the archive and not one frame we could fake…"
    assert find_publication([title], [], "Ada Quist") == "Instagram"
    # Someone else "on" a site in a line over the essay is no page title of the poster's.
    assert find_publication([title], [], "Ben Ortiz") is None
