"""bot.cleaner on pasted posts: a forum post under its poster's header, a professional
network's post, a newsletter's membership prompt, and the labels that look like a comment
section's but sit over the essay. Each rule has a near miss: essay text that looks similar."""

from __future__ import annotations

import pytest

from bot import furniture
from bot.cleaner import clean
from bot.page_meta import author_in
from bot.page_site import find_publication
from bot.page_units import Unit, is_furniture, is_junk

OPENING = (
    "Last spring a theatre company asked me for a trailer, and I made most of it with a video "
    "generator because the budget would not stretch to a single day of shooting."
)
MIDDLE = (
    "The results were uneven: some shots were lovely, and others melted the moment anyone on "
    "screen turned their head, which cost me a week of rerolls."
)
CLOSING = (
    "I would do it again for a job that small, but I would not pretend it saved anyone any "
    "real work, and I missed having a crew around to argue with."
)
ESSAY = [OPENING, MIDDLE, CLOSING]


def _paste(*blocks: str | list[str]) -> str:
    lines = [b for block in blocks for b in ([block] if isinstance(block, str) else block)]
    return "\n\n".join(lines)


# --- A forum post's title, right under its poster's header, over a flair ---------------------

FORUM_HEAD = ["r/Theatre", "•", "3 days ago", "stagehand_sam"]
POST_TITLE = "I made a trailer with AI video. Here is how it went."


def test_a_post_title_under_its_posters_header_and_over_a_flair_is_the_title() -> None:
    cleaned = clean(_paste(FORUM_HEAD, POST_TITLE, "Discussion", ESSAY, "Upvote", "41"))
    assert cleaned.title == POST_TITLE
    assert cleaned.author == "stagehand_sam"
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_post_title_under_a_sites_menu_is_still_the_title() -> None:
    # New Reddit's menu ("Advertise on Reddit", "Open inbox") above the post: its items are
    # short lines between short lines, not titles that would make the post's one a sentence.
    menu = ["Skip to main content", "r/Theatre", "Advertise on Reddit", "Create", "Open inbox"]
    cleaned = clean(_paste(menu, FORUM_HEAD, POST_TITLE, "Discussion", ESSAY, "Upvote", "41"))
    assert cleaned.title == POST_TITLE
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_post_title_under_its_age_and_over_a_flair_is_the_title() -> None:
    # Old new-Reddit: "Posted by u/x" over the post's age, then the title and its flair.
    head = ["r/Theatre", "Posted by u/stagehand_sam", "3 days ago"]
    cleaned = clean(_paste(head, POST_TITLE, "Discussion", ESSAY, "Upvote", "41"))
    assert (cleaned.title, cleaned.author) == (POST_TITLE, "stagehand_sam")
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_one_sentence_opener_under_the_posters_header_stays_essay_text() -> None:
    # Near miss: the line under the header ends like a sentence but prose follows it directly.
    opener = "I made a trailer with AI video and I regret most of it."
    cleaned = clean(_paste(FORUM_HEAD, opener, ESSAY))
    assert cleaned.title is None
    assert cleaned.body.split("\n\n") == [opener, *ESSAY]


# --- A bare "Discussion" or "Comments" label over running prose -------------------------------


def test_a_bare_label_over_the_essays_prose_does_not_end_the_essay() -> None:
    # A flair or a tab between the first paragraph and the rest: the essay goes on under it.
    cleaned = clean(_paste(OPENING, "Discussion", MIDDLE, CLOSING))
    assert cleaned.body.split("\n\n") == ESSAY
    assert "Discussion" in cleaned.removed


def test_a_comment_section_under_the_same_label_still_ends_the_essay() -> None:
    # Near miss: the label over a commenter's name is the comment section.
    comment = "Melting heads are the whole problem, and nobody selling these tools will say so."
    cleaned = clean(_paste(ESSAY, "Comments", "gaffer_gwen", "2d ago", comment, "Reply"))
    assert cleaned.body.split("\n\n") == ESSAY
    assert comment in cleaned.removed


# --- A professional network's post ------------------------------------------------------------

NETWORK_HEAD = [
    "Feed post",
    "Harriet Okonjo-Lind • 2nd",
    "Producer, trailers and promos | Ex-agency | Leeds",
    "2w • Edited •",
    "Follow",
]
FIRST_LINE = "I've cut trailers for twelve years, and I need to say something about AI video. 🎬"


def test_a_network_post_has_no_title_and_keeps_its_first_line() -> None:
    reply = ["Tomasz Brandt • 1st", "Editor at Northfield", "2w", "Same here, every word of it."]
    cleaned = clean(_paste(NETWORK_HEAD, FIRST_LINE, ESSAY, "Like", "Comment", reply))
    assert cleaned.title is None
    assert cleaned.author == "Harriet Okonjo-Lind"
    assert cleaned.body.split("\n\n") == [FIRST_LINE, *ESSAY]
    assert "Same here, every word of it." in cleaned.removed
    assert "Producer, trailers and promos | Ex-agency | Leeds" in cleaned.removed


def test_a_ranked_line_inside_an_essay_is_not_a_network_header() -> None:
    # Near miss: a "• 1st" line well inside the essay (a festival's results) is not a reply.
    cleaned = clean(_paste(OPENING, MIDDLE, "Best Short Film • 1st", CLOSING))
    assert CLOSING in cleaned.body.split("\n\n")
    assert cleaned.author is None


# --- A newsletter platform's membership prompt --------------------------------------------------


def test_a_newsletters_membership_prompt_is_furniture() -> None:
    prompt = (
        "Second Take is a reader-supported publication. To receive new posts and support my "
        "work, consider becoming a free or paid subscriber."
    )
    cleaned = clean(_paste(OPENING, MIDDLE, prompt, "Subscribe", CLOSING))
    assert cleaned.body.split("\n\n") == ESSAY
    assert prompt in cleaned.removed


def test_prose_about_reader_support_is_kept() -> None:
    # Near miss: the essay talks about being reader-supported; it is no prompt.
    line = (
        "Newsletters that call themselves reader-supported still take sponsors, and that is fine."
    )
    cleaned = clean(_paste(OPENING, line, MIDDLE, CLOSING))
    assert line in cleaned.body.split("\n\n")


# --- A post that closes a sentence with an emoji -------------------------------------------------


def test_a_closing_sentence_with_an_emoji_after_it_is_kept() -> None:
    closing = "Anyway, the crew is the whole point. 🎬✨"
    cleaned = clean(_paste(["Jo Marsh", "@jomarsh"], OPENING, MIDDLE, closing, "41", "Reposts"))
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE, closing]


def test_a_sign_off_with_an_emoji_is_still_furniture() -> None:
    # Near miss: an emoji after a prompt does not make it a sentence of the essay.
    prompt = "Thanks for reading! 🎬"
    cleaned = clean(_paste(ESSAY, prompt))
    assert cleaned.body.split("\n\n") == ESSAY
    assert prompt in cleaned.removed


# --- A news site's head: a sentence-case headline, a standfirst, the byline ----------------------

HEADLINE = "Sora is not coming for your job. It's coming for your weekends."
STANDFIRST = "The hype cycle misses the point."


@pytest.mark.parametrize(
    "byline",
    [
        "By Dana Wells@danawells Updated Mar 4, 2025, 9:00am EST",
        "By Dana Wells Updated Mar 4, 2025",
        "By Dana Wells · Mar 4, 2025",
    ],
)
def test_a_headline_over_a_standfirst_and_a_byline(byline: str) -> None:
    cleaned = clean(_paste(["Filed under:", "AI"], HEADLINE, STANDFIRST, byline, "Share", ESSAY))
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        HEADLINE,
        "Dana Wells",
        "2025-03-04",
    )
    assert cleaned.body.split("\n\n") == ESSAY


def test_two_short_opening_sentences_without_a_byline_are_essay_text() -> None:
    # Near miss: the same two lines with no byline under them open the essay.
    cleaned = clean(_paste(HEADLINE, STANDFIRST, ESSAY))
    assert cleaned.body.split("\n\n")[-3:] == ESSAY
    assert STANDFIRST in cleaned.body.split("\n\n")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By May Ling", "May Ling"),  # a month's name, but no date after it
        ("By Dana Wells, Film Critic", "Dana Wells"),
        ("By @danawells", "danawells"),
        # A text copy shows the name's link after it.
        ("By Isla Moreno <https://example.com/contributors/isla-moreno>", "Isla Moreno"),
    ],
)
def test_a_bylines_name_stops_where_the_name_does(line: str, name: str) -> None:
    assert author_in(line) == name


# --- A video page: the channel over its audience, a transcript's captions ----------------------

CAPTIONS = [
    "so today I want to talk about why I stopped",
    "using these generators for my short films",
    "because honestly the crew is the whole point",
]


def _video(transcript: list[str]) -> str:
    head = ["Why I quit using AI video", "Oren Pike", "12K subscribers", "Subscribe"]
    return _paste(head, "3,401 views  Mar 4, 2025", OPENING, "Transcript", transcript)


@pytest.mark.parametrize("inline", [False, True])
def test_a_transcripts_captions_are_the_speakers_words_run_together(inline: bool) -> None:
    stamps = ["0:00", "0:04", "0:08"]
    lines = (
        [f"{s} {c}" for s, c in zip(stamps, CAPTIONS, strict=True)]
        if inline
        else [line for pair in zip(stamps, CAPTIONS, strict=True) for line in pair]
    )
    cleaned = clean(_video(lines))
    assert " ".join(CAPTIONS) in cleaned.body.split("\n\n")
    assert (cleaned.title, cleaned.author) == ("Why I quit using AI video", "Oren Pike")
    assert all(stamp in cleaned.removed for stamp in stamps)


def test_a_chapter_list_is_not_a_transcript() -> None:
    # Near miss: timestamps before short titles are the video's chapters, not its words.
    chapters = ["0:00 The challenge", "1:12 Writing for a model", "4:40 The screening"]
    cleaned = clean(_video(chapters))
    assert cleaned.body.split("\n\n") == [OPENING]
    assert all(chapter in cleaned.removed for chapter in chapters)


def test_a_live_blogs_timestamped_entries_stay_separate_paragraphs() -> None:
    # Near miss: a timestamp over a long paragraph is a live blog's entry, not a caption.
    cleaned = clean(_paste("Live", "14:30", OPENING, "14:12", MIDDLE, "14:05", CLOSING))
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_headline_over_a_comment_count_is_not_a_channel() -> None:
    # Near miss: a Title Case headline over a count of comments names no author.
    cleaned = clean(_paste("Sora Changes Nothing", "12 comments", ESSAY))
    assert cleaned.author is None


# --- A paper pasted as text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "arXiv:2403.01234v2 [cs.CV] 4 Mar 2024",
        "doi: 10.1080/17400309.2024.123456",
        "Keywords: generative video, labour, film production",
        "* Corresponding author: m.lindqvist@example.ac.uk",
    ],
)
def test_a_papers_apparatus_is_furniture(line: str) -> None:
    cleaned = clean(_paste(OPENING, line, MIDDLE, CLOSING))
    assert cleaned.body.split("\n\n") == ESSAY
    assert line in cleaned.removed


def test_prose_about_keywords_is_kept() -> None:
    # Near miss: a sentence that starts with the word, not a label.
    line = "Keywords in a prompt never replace a director who knows what the scene is for."
    cleaned = clean(_paste(OPENING, line, MIDDLE, CLOSING))
    assert line in cleaned.body.split("\n\n")


# --- Social posts: a thread's repeated headers, a name over a post's age, a caption ------------


def test_the_posters_name_over_each_part_of_their_thread_is_not_text() -> None:
    parts = [["danaw", "2h", paragraph, f"{k}/3"] for k, paragraph in enumerate(ESSAY, 1)]
    cleaned = clean(_paste(*parts))
    assert cleaned.author == "danaw"
    assert cleaned.body.split("\n\n") == ESSAY


def _toot(text: str, stamp: str, counts: tuple[str, str]) -> list[str]:
    # Mastodon's copy of a post in a thread: its text, its date, then each counter's number
    # over its label ("43" / "boosts") and the post's buttons.
    return [text, stamp, "·", counts[0], "boosts", counts[1], "favorites", "Reply", "Boost", "More"]


def test_a_one_author_thread_is_the_essay_past_each_posts_counters() -> None:
    # The parts after the first have no header of their own; a counter's label under its
    # number ("boosts") is no poster's name under the date, so no reply starts there.
    parts = [f"{k}/3 {paragraph}" for k, paragraph in enumerate(ESSAY, 1)]
    stamps = [f"Feb 20, 2026, 18:0{k}" for k in range(3)]
    toots = [_toot(p, s, ("43", "118")) for p, s in zip(parts, stamps, strict=True)]
    reply = ["Kit Varga", "@kitvarga@film.garden", "Feb 20, 2026", "@danaw so true.", "Reply"]
    cleaned = clean(_paste(["Dana Wells", "@danaw@film.social"], *toots, reply))
    assert (cleaned.title, cleaned.author, cleaned.publication) == (
        None,
        "Dana Wells",
        "film.social",
    )
    assert cleaned.body.split("\n\n") == parts
    assert all(line in cleaned.removed for line in ("boosts", "favorites", "@danaw so true."))


def test_a_lower_case_user_name_under_a_date_is_still_a_posts_header() -> None:
    # Near miss: a commenter's plain lower-case user name under the thread's last date is a
    # header, and their reply is no part of the essay.
    reply = ["mossgrove", "2h", "Completely disagree, the shots were lovely."]
    cleaned = clean(_paste(["danaw", "3h"], ESSAY, reply))
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_threads_buttons_under_each_post_do_not_end_it() -> None:
    # Threads' "Comment" under each post reads like a comment section's start; the poster's
    # next post under it says the thread goes on, and the others' reply is still cut.
    buttons = ["Like", "Comment", "Repost", "Share", "12"]
    posts = [["tovah.cuts", "2d", paragraph, *buttons] for paragraph in ESSAY]
    reply = ["bramwell.vfx", "1d", "hard agree, the pitch deck era is over though"]
    cleaned = clean(_paste(["Threads", "Thread"], *posts, reply))
    assert cleaned.author == "tovah.cuts"
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_comment_button_under_a_single_post_still_ends_it() -> None:
    # Near miss: with no post of the poster's under it, what follows is the others'.
    comment = "Mina Sato totally agree with this and the storm part especially"
    cleaned = clean(_paste("Marta Solis", "3h · 🌐", OPENING, MIDDLE, "Comment", comment))
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE]


def test_a_follow_button_over_a_posters_first_post_is_no_blogs_name() -> None:
    # Bluesky: the poster's name, handle and "Follow" over the first post, then its counters
    # and their labels; "Follow" over a one-sentence post is no blog's name over its tagline.
    opening = (
        "I spent last week cutting a short entirely from generated footage, and I came out of "
        "it less scared and more tired than I expected."
    )
    first = [opening, "April 9, 2026 at 7:42 PM", "Everybody can reply", "27", "reposts"]
    rest = [["Maren Oyelaran", "@marenoyelaran.bsky.social", p, "4", "19"] for p in ESSAY[1:]]
    head = ["Home", "Explore", "Maren Oyelaran", "@marenoyelaran.bsky.social", "Follow"]
    cleaned = clean(_paste(head, first, *rest))
    assert (cleaned.author, cleaned.publication) == ("Maren Oyelaran", "Bluesky")
    assert cleaned.body.split("\n\n") == [opening, *ESSAY[1:]]


def test_a_name_over_a_posts_age_is_a_social_posts_header() -> None:
    comment = ["Jonah Reyes", "Great post, the storm part especially.", "2h", "Reply"]
    cleaned = clean(_paste("Marta Solis", "3h · 🌐", OPENING, MIDDLE, "5 comments", comment))
    assert (cleaned.title, cleaned.author) == (None, "Marta Solis")
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE]


def test_a_name_over_a_date_is_a_blogs_byline_under_its_title() -> None:
    # Near miss: a byline with a date (not a post's age) sits under a title, which stays.
    cleaned = clean(_paste("Why Sora Won't Save Your Short", "Marta Solis", "Mar 4, 2025", ESSAY))
    assert (cleaned.title, cleaned.author) == ("Why Sora Won't Save Your Short", "Marta Solis")


def test_a_captions_leading_user_name_is_not_the_caption() -> None:
    head = ["studio.halden", "Follow", "Lisbon, Portugal"]
    cleaned = clean(_paste(head, f"studio.halden {OPENING}", MIDDLE, "#stopmotion", "3d"))
    assert cleaned.author == "studio.halden"
    assert cleaned.title is None
    assert cleaned.body.split("\n\n") == [OPENING, MIDDLE]


def test_an_essay_that_opens_with_its_authors_name_keeps_it() -> None:
    # Near miss: an author's full name opening a sentence is the essay's own words.
    opening = f"Marta Solis {OPENING[0].lower()}{OPENING[1:]}"
    cleaned = clean(_paste("By Marta Solis", opening, MIDDLE, CLOSING))
    assert cleaned.body.split("\n\n")[0] == opening


def test_a_reviews_byline_with_a_star_rating_names_the_reviewer() -> None:
    assert author_in("Review by Petra Lindgren ★★★½") == "Petra Lindgren"


# --- A justified page copied as text: words broken across lines ---------------------------------


def _wrapped(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_word_hyphenated_at_a_line_break_is_made_whole() -> None:
    raw = _wrapped(
        "The question of whether gener-",
        "ated footage can carry a perfor-",
        "mance is not new; it is the old",
        "question of the puppet, asked of a",
        "machine that cannot be held in the hand.",
    )
    assert clean(raw).body == (
        "The question of whether generated footage can carry a performance is not new; it is "
        "the old question of the puppet, asked of a machine that cannot be held in the hand."
    )


def test_a_compounds_hyphen_at_a_line_break_stays() -> None:
    # Near miss: "well-known" broken at its own hyphen keeps it; so does a capitalised name.
    raw = _wrapped(
        "Directors who have tried it report a",
        "strange loneliness on set, and a well-",
        "known editor from Anglo-",
        "Saxon television told me that cuts felt",
        "arbitrary without the rushes to hand.",
    )
    assert clean(raw).body == (
        "Directors who have tried it report a strange loneliness on set, and a well-known "
        "editor from Anglo-Saxon television told me that cuts felt arbitrary without the "
        "rushes to hand."
    )


# --- Editorial notes and platform prompts between the paragraphs ---------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for more like this.",
        "Loading comments…",
        "Originally posted on my blog.",
        "This article was amended on 4 March 2025 to correct the name of the festival.",
        "This post was updated with a correction.",
        "Correction: An earlier version of this essay misstated the year of the screening.",
        "Editor's note: The author worked on one of the films discussed.",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
)
def test_editorial_notes_and_prompts_are_furniture(line: str) -> None:
    cleaned = clean(_paste(OPENING, MIDDLE, CLOSING, line))
    assert cleaned.body.split("\n\n") == ESSAY
    assert line in cleaned.removed


@pytest.mark.parametrize(
    "line",
    [
        "Update: since posting this, I have changed my mind about the storm shots.",
        "This essay was edited by my friend Maya, who argued with every line of it.",
        "Corrections are part of the job, and no model makes them for you.",
        "Originally posted on a noticeboard, the casting call drew forty replies.",
    ],
)
def test_the_authors_own_lines_that_look_like_notes_are_kept(line: str) -> None:
    cleaned = clean(_paste(OPENING, MIDDLE, line, CLOSING))
    assert line in cleaned.body.split("\n\n")


@pytest.mark.parametrize("age", ["5 hr. ago", "1 mo. ago", "2 days ago"])
def test_a_posters_header_with_an_abbreviated_age(age: str) -> None:
    cleaned = clean(
        _paste(["r/Theatre", "•", age, "stagehand_sam"], POST_TITLE, "Discussion", ESSAY)
    )
    assert (cleaned.title, cleaned.author) == (POST_TITLE, "stagehand_sam")
    assert age in cleaned.removed


def test_a_sentence_about_hours_ago_is_kept() -> None:
    # Near miss: prose that starts with a time ago is the essay's.
    line = "5 hours ago I finished the cut, and I still cannot tell whether it works."
    cleaned = clean(_paste(OPENING, MIDDLE, line, CLOSING))
    assert line in cleaned.body.split("\n\n")


# --- A sentence under a byline: the essay's opening or a headline ------------------------------


@pytest.mark.parametrize(
    ("opening", "after"),
    [
        # Over an ad or a picture, which interrupt a body, not a head.
        (
            "And these films will only stand out more, against the studio's content.",
            "Advertisement",
        ),
        (
            "And these films will only stand out more, against the studio's content.",
            "Photo: Jane Doe",
        ),
        (
            "And these films will only stand out more, against the studio's content.",
            "Illustration by Jane Doe for Low Light",
        ),
        # Three sentences and more: no headline is written so.
        ("AI is different. It touches writing. Financing. Everything.", "Discussion"),
    ],
)
def test_an_opening_sentence_under_a_byline_is_not_taken_for_the_title(
    opening: str, after: str
) -> None:
    cleaned = clean(_paste("By Jane Doe", opening, after, MIDDLE, CLOSING))
    assert cleaned.title is None
    assert opening in cleaned.body.split("\n\n")


@pytest.mark.parametrize(
    "meta_line",
    ["Jane Doe · Mar 4, 2025 · 12 comments", "Jane Doe and Sam Lee | March 4, 2025"],
)
def test_a_name_and_date_line_dates_the_page(meta_line: str) -> None:
    cleaned = clean(_paste("Why Sora Won't Save Your Short", meta_line, ESSAY))
    assert cleaned.published == "2025-03-04"
    assert cleaned.title == "Why Sora Won't Save Your Short"


def test_a_sections_name_beside_the_date_is_not_taken_for_the_author() -> None:
    # Near miss: "Film Reviews" is name-shaped; the author stays for the moderator to give.
    cleaned = clean(_paste("Why Sora Won't Save Your Short", "Film Reviews · Mar 4, 2025", ESSAY))
    assert (cleaned.author, cleaned.published) == (None, "2025-03-04")


# --- A phpBB topic: the subject over its first post, its poster and date in the header --------

SUBJECT = "A trailer made with AI video, start to finish"
PHPBB = [
    "Stage Craft Forums",
    "Board index ‹ Craft ‹ Trailers",
    SUBJECT,
    "Post Reply",
    "3 posts • Page 1 of 1",
    "stagehand_sam",
    "Posts: 412",
    "Joined: Tue Jun 09, 2015 7:41 pm",
    "Location: Leeds",
    SUBJECT,
    "Unread post by stagehand_sam » Sat Mar 14, 2026 9:12 pm",
    *ESSAY,
    "Top",
    "lampie_lou",
    "Posts: 12",
    f"Re: {SUBJECT}",
    "Unread post by lampie_lou » Sun Mar 15, 2026 8:03 am",
    "Did the theatre mind that the actors were not in it? Ours would.",
]


def test_a_phpbb_topic_is_its_first_post_by_its_poster_on_its_date() -> None:
    cleaned = clean("\n".join(PHPBB))
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        SUBJECT,
        "stagehand_sam",
        "2026-03-14",
    )
    assert cleaned.body.split("\n\n") == ESSAY
    assert "Board index ‹ Craft ‹ Trailers" in cleaned.removed


@pytest.mark.parametrize("line", ["Posts: 412", "Joined: Tue Jun 09, 2015", "Location: Leeds"])
def test_a_posters_profile_fields_are_furniture(line: str) -> None:
    assert line not in clean(_paste(OPENING, line, MIDDLE, CLOSING)).body


def test_a_sentence_that_starts_like_a_profile_field_is_kept() -> None:
    line = "Location: that was the word the producer kept saying, as if it settled anything."
    assert line in clean(_paste(OPENING, line, MIDDLE, CLOSING)).body.split("\n\n")


# --- A letter's or an e-mail's signature under the essay --------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        ["-- ", "Hattie Brennan-Moss", "Northfield Film Society, programme secretary"],
        ["Best,", "Hattie Brennan-Moss"],
        ["Best wishes, Hattie Brennan-Moss"],
        ["Hattie Brennan-Moss", "Programme secretary at Northfield Film Society"],
        ["Hattie Brennan-Moss", "Programme Secretary", "Northfield Film Society"],
        ["Thanks for reading,", "Hattie Brennan-Moss"],
    ],
)
def test_a_signature_under_the_essay_names_its_author(signature: list[str]) -> None:
    cleaned = clean("\n\n".join(ESSAY) + "\n\n" + "\n".join(signature))
    assert cleaned.author == "Hattie Brennan-Moss"
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_heading_under_the_essay_is_not_a_signature() -> None:
    # Near miss: name-shaped lines under the essay that are the page's, not a person's.
    cleaned = clean("\n\n".join(ESSAY) + "\n\nRelated Posts\nFilm, Theatre and Trailers")
    assert cleaned.author is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Words and photographs by Ines Marchetti", "Ines Marchetti"),
        ("Text & pictures by Ines Marchetti", "Ines Marchetti"),
        # A picture credited alone is a caption's credit, and a clause is no name.
        ("Photo by Iona Pell / Unsplash", None),
        ("By subscribing, I agree to the Terms of Use and Privacy Policy.", None),
    ],
)
def test_a_byline_that_credits_words_and_pictures(line: str, name: str | None) -> None:
    assert author_in(line) == name


def test_a_newsletters_subscribe_box_over_the_post_is_furniture() -> None:
    box = [
        "Second Reel",
        "Discover more from Second Reel",
        "Essays about editing, continuity and the people who keep films in one piece.",
        "Over 3,000 subscribers",
        "Subscribe",
        "By subscribing, I agree to Substack's Terms of Use and its Privacy Policy.",
    ]
    byline = ["The Continuity Tax", "Tomasz Wieczorek", "Feb 09, 2026", "Share"]
    cleaned = clean(_paste(box, byline, ESSAY))
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "The Continuity Tax",
        "Tomasz Wieczorek",
        "2026-02-09",
    )
    assert cleaned.body.split("\n\n") == ESSAY


def test_an_old_reddit_text_posts_community_is_its_publication() -> None:
    head = ["jump to content", "Theatre", "comments", "216"]
    title = f"{POST_TITLE} (self.Theatre)"
    cleaned = clean(_paste(head, title, "submitted 3 days ago by stagehand_sam", ESSAY))
    assert (cleaned.title, cleaned.author, cleaned.publication) == (
        POST_TITLE,
        "stagehand_sam",
        "r/Theatre",
    )


OLD_REDDIT_SIDEBAR = [
    "Want to join? Log in or sign up in seconds.",
    "this post was submitted on 9 Feb 2026",
    "318 points (88% upvoted)",
    "Theatre",
    "12,400 readers",
    "A subreddit for people who put on plays. Share your shows, ask questions, help out.",
    "a community for 11 years",
    "message the mods",
]


@pytest.mark.parametrize(
    "header",
    ["submitted 3 days ago by stagehand_sam", "submitted 3 days ago * by stagehand_sam Lighting"],
)
def test_an_old_reddit_post_under_its_sidebar(header: str) -> None:
    # The sidebar comes before the post in a copy: its blurb is no essay, its "submitted on"
    # dates the post; an edited post's header has a "*", and a flair may follow the poster
    # and sit over the text ("Discussion").
    title = f"{POST_TITLE} (self.Theatre)"
    comments = ["4 comments", "sorted by: best", "[–]lampie_lou 12 points 2 hours ago", "Ours too."]
    cleaned = clean(_paste(OLD_REDDIT_SIDEBAR, "318", title, header, "Discussion", ESSAY, comments))
    assert (cleaned.title, cleaned.author, cleaned.published, cleaned.publication) == (
        POST_TITLE,
        "stagehand_sam",
        "2026-02-09",
        "r/Theatre",
    )
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_sentence_about_submitting_is_no_dateline() -> None:
    # Near miss: the essay's "this post was submitted ..." with no date dates nothing.
    line = "This post was submitted on a whim, after a long night in the edit suite with Sora."
    assert clean(_paste(OPENING, line, MIDDLE, CLOSING)).published is None


def test_a_forum_posts_date_under_its_posters_name_dates_it() -> None:
    # Discourse: the topic's title, its tags and counters, then the poster over the date.
    head = [
        "Stage Craft",
        "Sign Up",
        "Should a trailer made with AI video be credited as editing?",
        "Trailers",
        "ai-video",
        "1.4k views",
        "stagehand_sam",
        "Mar 3, 2026",
    ]
    reply = ["lampie_lou", "Mar 4, 2026", "Keep the credit, it was still your cut.", "Reply"]
    cleaned = clean(_paste(head, ESSAY, reply))
    assert (cleaned.title, cleaned.author, cleaned.published) == (head[2], head[6], "2026-03-03")
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_posters_user_name_over_their_display_name_and_age_is_one_header() -> None:
    # Discourse shows both names over the post's age; the display name, read as a social
    # post's header of its own, had started the replies and taken the essay with it.
    head = [
        "Stage Craft",
        "Sign Up",
        "Should a trailer made with AI video be credited as editing?",
        "Trailers",
        "1.4k views",
        "1",
        "stagehand_sam",
        "Sam Okoro",
        "4d",
    ]
    # A reply's user name in words run together ("LampieLou") is a header too.
    reply = ["12", "Reply", "2", "LampieLou", "Lou", "3d", "Keep the credit, it was yours."]
    cleaned = clean(_paste(head, ESSAY, reply))
    assert (cleaned.title, cleaned.author) == (head[2], "Sam Okoro")
    assert cleaned.body.split("\n\n") == ESSAY


_TOPIC = "Should a trailer made with AI video be credited as editing?"


@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        # Discourse with full names first: the name made of the user name over it.
        (["Sam Okoro", "sam_okoro", "Mar 2"], "Sam Okoro", None),
        (["Sam Okoro", "sokoro", "4d"], "Sam Okoro", None),
        # NodeBB: the user name made of the name over it, then "wrote on <date>" and "#1".
        (
            ["SamOkoro", "Sam Okoro", "wrote on Apr 9, 2026, 8:14 PM", "#1"],
            "Sam Okoro",
            "2026-04-09",
        ),
        # Near miss: a name the user name is not made of is no display name of theirs.
        (["Lou Marsh", "sam_okoro", "Mar 2"], "sam_okoro", None),
    ],
)
def test_a_posters_display_name_beside_their_user_name_names_them(
    header: list[str], author: str, published: str | None
) -> None:
    head = ["Stage Craft", "Sign Up", _TOPIC, "Trailers", "4 Posts 3 Posters 212 Views"]
    reply = ["Reply", "lampie_lou", "Mar 3", "Keep the credit, it was yours."]
    cleaned = clean(_paste(head, header, ESSAY, reply))
    assert (cleaned.title, cleaned.author, cleaned.published) == (_TOPIC, author, published)
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_posters_name_over_a_name_with_its_own_post_is_two_headers() -> None:
    # Near miss: the handle's post has text before the next name, so the next name starts the
    # replies.
    head = ["Stage Craft", "Should a trailer made with AI video be credited as editing?"]
    post = ["stagehand_sam", "4d", *ESSAY, "Lou Marsh", "3d", "Keep the credit, it was your cut."]
    cleaned = clean(_paste(head, post))
    assert cleaned.author == "stagehand_sam"
    assert cleaned.body.split("\n\n") == ESSAY


# --- A plain-text newsletter, hard-wrapped -----------------------------------------------------

WRAPPED = """THE CALL SHEET -- Issue 47
A fortnightly letter about working on set

The Extras Are Leaving
14 January 2026

For the last few months I have been asking background performers
one question at the end of a shoot day: have you lost work to a
generated crowd yet? In October most of them laughed.

The stories are small. A costume drama that booked forty people for
a ballroom and then cut it to twelve, with the rest to be filled in
later. Nobody lost a career in a single day.

THIS ISSUE IS SUPPORTED BY GRIP & GAFFER SUPPLY
Hire lights, stands and cable by the day, delivered anywhere in the
north. Book by Thursday for the weekend.

See you in a fortnight,
Oren Blakely

You are receiving this because you signed up at thecallsheet.example.
Unsubscribe: https://thecallsheet.example/unsubscribe
"""


def test_a_hard_wrapped_newsletter_its_masthead_sponsor_footer_and_sign_off() -> None:
    cleaned = clean(WRAPPED)
    assert (cleaned.title, cleaned.author, cleaned.publication, cleaned.published) == (
        "The Extras Are Leaving",
        "Oren Blakely",
        "The Call Sheet",
        "2026-01-14",
    )
    body = cleaned.body.split("\n\n")
    assert len(body) == 2
    assert body[0].startswith("For the last few months")
    assert body[1].endswith("single day.")


@pytest.mark.parametrize(
    "issue",
    [
        "Issue #12 -- 4 May 2026",
        "No. 12 · 4 May 2026",
        "Issue No. 12 · 4 May 2026",
        "Letter #12 — 4 May 2026",
        "#12 · 4 May 2026",
    ],
)
def test_a_newsletters_name_over_its_issue_line_is_not_the_headline(issue: str) -> None:
    # The headline stands under the masthead block and its rule, over the essay.
    masthead = "\n".join(["THE SPLICE", issue, "Notes from a cutting room, by Jo Park"])
    rule = "-" * 70
    cleaned = clean(_paste(masthead, rule, "What the Rushes Never Showed", ESSAY, "-- Jo"))
    assert (cleaned.title, cleaned.author, cleaned.publication, cleaned.published) == (
        "What the Rushes Never Showed",
        "Jo Park",
        "The Splice",
        "2026-05-04",
    )
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_newsletters_name_over_its_issue_line_is_not_a_byline() -> None:
    # A letter's web archive: the name over its menu, again over the issue line; the writer
    # signs off under the essay.
    head = ["Frame Rate Weekly", "Archives", "Subscribe"]
    issue = ["Frame Rate Weekly", "Issue #112 · February 20, 2026"]
    cleaned = clean(_paste(head, issue, "What a Crowd Cannot Do", ESSAY, "— Tamsin Greer"))
    assert (cleaned.title, cleaned.author, cleaned.publication, cleaned.published) == (
        "What a Crowd Cannot Do",
        "Tamsin Greer",
        "Frame Rate Weekly",
        "2026-02-20",
    )


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # A theme's meta line under the headline, in any order, with its read time.
        ("*December 2, 2025 · Ines Varga · 4 min read*", "Ines Varga"),
        ("December 2, 2025 · 4 min read · Ines Varga", "Ines Varga"),
        ("December 2, 2025 · 4 min · Ines Varga", "Ines Varga"),
        ("Ines Varga · December 2, 2025 · 4 min read", "Ines Varga"),
        # Without a read time the name beside the date is the author's only when the site is
        # named after it (a person's own site); else it may be a section's. The date counts.
        ("December 2, 2025 · Ines Varga", "Ines Varga"),
        ("December 2, 2025 · Film Notes", None),
    ],
)
def test_a_markdown_posts_meta_line_gives_its_date_and_author(
    meta: str, author: str | None
) -> None:
    menu = "[Ines Varga](/) · [Posts](/posts/) · [About](/about/) · [RSS](/index.xml)"
    foot = "© 2025 Ines Varga · Built with Hugo"
    raw = _paste(menu, "# What the Boards Promised", meta, ESSAY, foot)
    cleaned = clean(raw, markdown=True)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "What the Boards Promised",
        author,
        "2025-12-02",
    )
    # A site named after its author is a person's own site, no publication; without an author,
    # the name in its copyright line is all the page says of the site.
    assert cleaned.publication == (None if author else "Ines Varga")
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_newsletters_masthead_takes_its_case_from_its_name_not_its_domain() -> None:
    foot = [
        "You're getting this because you signed up at cutaway.example.",
        "Cutaway, 9 Ropewalk Yard, Nottingham NG1 5DU, UK",
    ]
    cleaned = clean(_paste("CUTAWAY", "Issue 14 -- 3 March 2026", ESSAY, foot))
    assert cleaned.publication == "Cutaway"


def test_a_name_beside_the_date_on_a_site_named_otherwise_is_not_taken_for_the_author() -> None:
    menu = "[Lamp & Lens](/) · [Posts](/posts/) · [About](/about/)"
    meta, foot = "December 2, 2025 · Ines Varga", "© 2025 Lamp & Lens · Built with Hugo"
    raw = _paste(menu, "# What the Boards Promised", meta, ESSAY, foot)
    cleaned = clean(raw, markdown=True)
    assert (cleaned.author, cleaned.publication, cleaned.published) == (
        None,
        "Lamp & Lens",
        "2025-12-02",
    )


@pytest.mark.parametrize(
    ("site", "publication"), [("Ines Varga", None), ("Lamp & Lens", "Lamp & Lens")]
)
def test_the_owners_name_over_a_sites_menu_is_no_publication(
    site: str, publication: str | None
) -> None:
    # A Hugo theme: the site's name over its menu and in its copyright line; here the writer's.
    menu = [f"[{site}](/)", "", "- [Posts](/posts/)", "- [Tags](/tags/)", "- [About](/about/)"]
    meta = "December 14, 2025 · 5 min · Ines Varga"
    foot = f"© 2025 [{site}](/) · Powered by [Hugo](https://gohugo.io/)"
    raw = _paste("\n".join(menu), "# The Unrendered Middle", meta, ESSAY, foot)
    cleaned = clean(raw, markdown=True)
    assert (cleaned.author, cleaned.publication) == ("Ines Varga", publication)


# --- A news page copied with its consent wall --------------------------------------------------

CONSENT = [
    "We value your privacy",
    "We and our 842 partners store and/or access information on a device, such as cookies, and "
    "process personal data, such as unique identifiers and standard information sent by a "
    "device, for personalised advertising and content, advertising and content measurement, "
    "audience research and services development.",
    "Please note that some processing of your personal data may not require your consent, but "
    "you have a right to object to such processing. Your preferences will apply to this website "
    "only, and you can withdraw your consent at any time from the bottom of the webpage.",
    "AGREE",
]


@pytest.mark.parametrize(
    ("line", "consent"),
    [
        # A cookie notice's short form: reading on is agreeing (tuning95's WordPress paste).
        ("This site uses cookies. By continuing to use this website, you agree to their use.", 1),
        ("We use cookies on this website. By browsing this site you accept our cookies.", 1),
        # Near misses: an essay that says the same of the web, or of its own reader.
        ("By continuing to shoot on film, you agree to pay for every take twice.", 0),
        ("This site uses cookies, and by now you know what that costs a small festival.", 0),
        ("By using the website's generator, you accept that the footage is theirs too.", 0),
    ],
)
def test_a_cookie_notices_short_form_is_a_consent_walls(line: str, consent: int) -> None:
    assert furniture.consent_text(line) is bool(consent)


@pytest.mark.parametrize(
    ("button", "publication"),
    [
        ("Close and accept", "The Cutting Room Floor"),  # the wall's button, a few words
        # Near miss: a line as long as a headline is no button, and ends the wall.
        ("Why I accept the cuts now", None),
    ],
)
def test_a_consent_walls_button_goes_with_it(button: str, publication: str | None) -> None:
    notice = "This site uses cookies. By continuing to use this website, you agree to their use."
    head = ["The Cutting Room Floor", "Notes on editing", "Home", "About", "Search"]
    cleaned = clean(_paste(notice, button, head, "The cuts we kept", "By Aisha Karim", ESSAY))
    assert cleaned.body.split("\n\n") == ESSAY
    assert cleaned.publication == publication


def test_a_consent_walls_paragraphs_are_furniture_however_long() -> None:
    head = ["The Westmoor Herald", "Culture", "The town that became a backdrop", "By Aisha Karim"]
    foot = ["© 2026 Westmoor Herald Media Ltd. All rights reserved."]
    cleaned = clean(_paste(CONSENT, head, ESSAY, foot))
    assert cleaned.body.split("\n\n") == ESSAY
    assert (cleaned.title, cleaned.author) == ("The town that became a backdrop", "Aisha Karim")
    # The paper over the page, not the company in its copyright line.
    assert cleaned.publication == "The Westmoor Herald"


@pytest.mark.parametrize(
    ("button", "publication"),
    [
        ("Follow publication", "Frame by Frame"),
        ("Subscribe to publication", "Frame by Frame"),
        ("Follow", None),  # near miss: a writer's follow button names no publication
    ],
)
def test_a_name_over_a_publications_own_follow_button_is_the_publication(
    button: str, publication: str | None
) -> None:
    head = ["Write", "Search", "Frame by Frame", "·", button, "What the grade forgot", "Ana Ruiz"]
    assert find_publication(head, [], "Ana Ruiz") == publication


@pytest.mark.parametrize(
    ("masthead", "publication"),
    [
        # The title its publisher is named after, the kind of title for the corporate word.
        ("Frame Line Magazine <https://frameline.example/>", "Frame Line Magazine"),
        ("Frame Line Quarterly", "Frame Line Quarterly"),
        # Near miss: a line that shares the name but is no title (a production arm).
        ("Frame Line Films", "Frame Line Media"),
        # The company's whole name with the masthead's "The".
        ("The Frame Line Media", "The Frame Line Media"),
    ],
)
def test_the_masthead_over_the_page_names_it_not_its_publisher(
    masthead: str, publication: str
) -> None:
    head = ["Skip to main content", masthead, "Features", "What the grade forgot", "By Ana Ruiz"]
    foot = ["(c) 2025 Frame Line Media LLC. All rights reserved."]
    assert find_publication(head, foot, "Ana Ruiz") == publication


@pytest.mark.parametrize(
    ("masthead", "publication"),
    [
        # A publisher named with more than one corporate word (tuning57's "Clydeside Media
        # Group Ltd." over "The Clydeside Herald").
        ("The Frame Line Gazette", "The Frame Line Gazette"),
        # Near miss: a line that shares the name but is no title.
        ("Frame Line Films", "Frame Line Media Group"),
    ],
)
def test_a_publisher_with_corporate_words_names_its_title(masthead: str, publication: str) -> None:
    head = ["Skip to main content", masthead, "Features", "What the grade forgot", "By Ana Ruiz"]
    foot = ["© 2025 Frame Line Media Group Ltd. All rights reserved."]
    assert find_publication(head, foot, "Ana Ruiz") == publication


@pytest.mark.parametrize(
    "choices",
    [
        "You can accept or manage your choices by clicking below, including your right to "
        "object where legitimate interest is used.",
        "You can change your choices at any time by selecting Privacy settings at the bottom "
        "of any page.",
    ],
)
def test_a_consent_walls_short_line_beside_its_paragraph_is_furniture(choices: str) -> None:
    # Alone it would pass for the essay's first sentence, and put the headline in the essay.
    wall = [*CONSENT[:2], choices, "MORE OPTIONS", "AGREE"]
    menu = ["Skip to main content", "The Westmoor Herald", "Subscribe", "News", "Opinion"]
    menu += ["Culture", "Sport"]
    head = ["The Town That Became a Backdrop", "Aisha Karim", "Fri 27 Feb 2026 06.00 GMT"]
    # A browser's copy: each block's lines under each other, a blank line between blocks.
    blocks = (wall, menu, ["Opinion"], head)
    cleaned = clean(_paste(*("\n".join(block) for block in blocks), ESSAY))
    assert cleaned.body.split("\n\n") == ESSAY
    assert choices in cleaned.removed
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "The Town That Became a Backdrop",
        "Aisha Karim",
        "2026-02-27",
    )


def test_a_headline_under_a_consent_walls_buttons_is_not_the_walls() -> None:
    # Near miss: the wall's buttons speak its language; the headline under them is the page's.
    title = "Why I Agree with the Sceptics"
    wall = "\n".join([*CONSENT[:2], "Accept all", "Reject all", title, "By Aisha Karim"])
    cleaned = clean(_paste(wall, ESSAY))
    assert (cleaned.title, cleaned.author) == (title, "Aisha Karim")
    assert cleaned.body.split("\n\n") == ESSAY


@pytest.mark.parametrize(
    "own",
    [
        "Every website selling these tools promises the same thing: a crew of one.",
        "Nobody on the crew had any choices left by the time the settings were locked.",
    ],
)
def test_a_short_line_about_the_web_away_from_a_consent_wall_is_kept(own: str) -> None:
    # Near miss: the essay's own sentence with a consent word, with no wall beside it.
    assert own in clean(_paste(CONSENT, OPENING, own, CLOSING)).body.split("\n\n")


def test_an_essay_paragraph_about_consent_and_data_is_kept() -> None:
    # Near miss: an essay about actors' scans uses some of the same words.
    own = (
        "The studio and its partners kept the scans as personal data, and nobody asked the "
        "extras for consent or told them they could withdraw it once the film was finished."
    )
    assert own in clean(_paste(OPENING, own, MIDDLE, CLOSING)).body.split("\n\n")


# --- News pages copied as text: their picture labels, promotions and notes ----------------------


def test_a_captions_label_takes_the_caption_under_it() -> None:
    head = [
        "A Cardiff studio says no thanks",
        "Image source, Hollow Oak Pictures",
        "Image caption,",
        "The studio's sound stage in Splott, where every shot is still lit by hand",
        "By Gethin Pryce",
        "18 February 2026",
    ]
    cleaned = clean(_paste(head, ESSAY))
    assert (cleaned.title, cleaned.author) == (head[0], "Gethin Pryce")
    assert cleaned.body.split("\n\n") == ESSAY


@pytest.mark.parametrize(
    "line",
    [
        "skip past newsletter promotion",
        "after newsletter promotion",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "This article is more than 1 month old",
        "Listen to this article · 5:40 min Learn more",
        "An empty booth at the Orpheum in Keene, N.H.Credit...Lena Marsh for The Daily Ledger",
        "A version of this article appears in print on Feb. 24, 2026, Section A, Page 19.",
        "This story appears in the March 2026 issue of Framewise. Subscribe.",
        "This feature ran in our spring print edition.",
        "This interview was first published in the Winter 2025 issue.",
        "A version of this column appeared in the Spring 2025 print edition of Matte Box.",
        # The paper's note on a change to the piece, and on the reader's access to it.
        "Correction, Feb. 9, 10:40 a.m.: An earlier version of this story misnamed the theatre.",
        "You are viewing a limited preview of this story until we confirm your subscription.",
    ],
)
def test_a_news_pages_notes_and_promotions_are_furniture(line: str) -> None:
    assert line not in clean(_paste(OPENING, MIDDLE, line, CLOSING)).body


def test_a_change_told_in_the_essay_is_no_note_on_the_piece() -> None:
    # Near misses: the author's own sentences about updates and previews.
    for line in (
        "Update: the studio never called back, and this article of faith still costs us work.",
        "You have a preview screening on Friday, and your access to the booth is the hard part.",
    ):
        assert line in clean(_paste(OPENING, MIDDLE, line, CLOSING)).body.split("\n\n")


def test_a_headline_over_a_long_standfirst_and_the_pages_tools_heads_the_byline() -> None:
    # A paper's head: a headline of two sentences, a standfirst long enough to read as prose,
    # the tools over the byline ("Listen", "Share", a count), the writer's name over "By …".
    head = [
        "A Theatre Tried Generated Trailers. The Audience Had Notes.",
        "Three productions cut their trailers with a video model this season, and the box "
        "office told a mixed story.",
        "Listen to this article · 4:12 min", "Share full article", "42", "Ines Caldwell",
        "By Ines Caldwell", "Published Feb. 8, 2026",
    ]  # fmt: skip
    cleaned = clean(_paste(head, OPENING, MIDDLE, CLOSING))
    assert cleaned.title == head[0]
    assert cleaned.author == "Ines Caldwell"
    assert cleaned.body == f"{OPENING}\n\n{MIDDLE}\n\n{CLOSING}"
    # Near miss: with prose, not a byline, under it, the long line is the essay's.
    assert head[1] in clean(_paste(head[:2], OPENING, MIDDLE, CLOSING)).body.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "If you teach film and tried something similar, write to me — I'm collecting syllabi.",
        "If you run a festival and saw the same thing, drop me a line.",
        "If you cut trailers for a living, let me know how your studio handles this.",
        # By its shape, not its words: a condition or a question put to some readers, then an
        # invitation to reach the author (an imperative aimed at them, or a wish to hear).
        "If you're a student and want to argue with me about any of this, hit reply. I read "
        "everything.",
        "*If you teach production and tried something like this, send me your syllabus — I'd "
        "love to compare notes.*",
        "If you've tried this on a real job, I'd love to hear how it went.",
        "Disagree? Hit reply and tell me why.",
        "Run a festival and seen the same thing? My inbox is open.",
        # Wondering what the readers think, then asking for their cases under the post; or
        # offering to answer their questions there.
        "Wondering how the rest of you grade it: leave your settings down below.",
        "I'm curious whether any of you kept the generated takes; share what happened below.",
        "Happy to answer any questions about the shoot in the replies.",
        "I'll be around to field questions tonight.",
        "Ask me anything about the grade below.",
        # Wondering aloud whether others met the same, then the invitation; and, with no verb,
        # readers' notes asked for at an address.
        "Wondering if any of you ran into the same thing on a doc shoot. Comment below, I "
        "answer everyone.",
        "Notes and questions to my inbox by Sunday, please. — M.",
    ],
)
def test_a_postscript_asking_readers_to_write_in_is_furniture(line: str) -> None:
    assert line not in clean(_paste(OPENING, MIDDLE, CLOSING, line)).body


@pytest.mark.parametrize(
    "line",
    [
        # An imperative aimed elsewhere, a main clause that is no imperative, a question the
        # essay answers itself: the essay's.
        "If you teach production, show your students the raw generations before any prompt.",
        "If you ask me, the tools are overhyped and so are the fears about them.",
        "If you doubt me, watch the trailer again and count the hands in the crowd.",
        "If you have leads, you know where to find me and the rest of the crew.",
        "Have you ever watched a director realise the shot is gone? It is a terrible silence.",
        "Why does this matter so much to editors? Ask anyone who has cut a trailer with me.",
        # Curiosity about something else, a pointer to a shot further down, questions answered
        # by someone else: the essay's.
        "Curious what the market will do next, I kept every negative we shot.",
        "I was curious how you could tell, and it took me a week to learn.",
        "If you doubt me, look closely at the two frames shown below.",
        "Nobody at the studio was happy to answer questions about the budget.",
        # Wondering with no invitation after it; notes sent somewhere, in a sentence with a verb.
        "Wondering whether anyone else noticed, I rewatched the whole cut alone at midnight.",
        "Notes to the crew went up by the door each morning, please and thank you included.",
    ],
)
def test_the_authors_own_lines_to_the_reader_are_the_essays(line: str) -> None:
    assert line in clean(_paste(OPENING, MIDDLE, line, CLOSING)).body.split("\n\n")


def test_near_misses_of_reader_calls_and_print_notes_are_the_essays() -> None:
    # A sentence that speaks of readers writing in, or of a print issue, is the essay's when it
    # is no note to the reader: it asks nothing, or its subject is no "this article".
    for line in (
        "If you asked my students, they would tell you the machine taught them patience.",
        "This article of faith appeared in every issue of the trade press that year, and it was "
        "wrong.",
    ):
        assert line in clean(_paste(OPENING, MIDDLE, line, CLOSING)).body


def test_a_name_alone_over_the_essay_is_the_byline_its_author_box_confirms() -> None:
    # An opinion page: the headline, the writer's name, the standfirst, the date; and under the
    # essay "<name> is a ...".
    head = [
        "I spent twenty years lighting faces",
        "Nadia Okonjo-Reyes",
        "Generated footage can copy the look of a frightened face but not the reason for it",
        "Wed 4 Feb 2026 07.00 GMT",
    ]
    bio = "Nadia Okonjo-Reyes is a gaffer and lighting designer based in Bristol"
    cleaned = clean(_paste(head, ESSAY, bio))
    assert (cleaned.title, cleaned.author) == (head[0], head[1])
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_note_introducing_the_author_over_a_guest_essay_is_not_the_essay() -> None:
    note = "Mr. Osei-Brandt ran the projection booth at the Orpheum for thirty-one years."
    cleaned = clean(_paste("Guest Essay", "By Walter Osei-Brandt", note, ESSAY))
    assert cleaned.author == "Walter Osei-Brandt"
    assert cleaned.body.split("\n\n") == ESSAY


@pytest.mark.parametrize(
    "under",
    [
        ["Subscribe"],
        # The form's status lines under it, once sent (its button copied as nothing).
        [
            "Email sent! Check your inbox to confirm your subscription.",
            "Sorry, something went wrong. Please try again.",
        ],
    ],
)
def test_a_publications_blurb_in_its_subscribe_box_is_furniture(under: list[str]) -> None:
    box = [
        "Subscribe to Cold Open",
        "Hundreds of paid subscribers",
        "Notes from a trailer editor on how films are sold.",
        *under,
    ]
    cleaned = clean(_paste(OPENING, MIDDLE, box, CLOSING, "Share"))
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_short_closing_line_after_a_break_is_still_the_essays() -> None:
    # Near miss: no subscribe prompt above it.
    last = "I will keep going back to the field with a camera."
    cleaned = clean(_paste(ESSAY, "* * *", last, "Share"))
    assert cleaned.body.split("\n\n") == [*ESSAY, last]


def test_a_sites_name_over_its_tagline_and_menu_is_the_publication() -> None:
    head = ["Skip to content", "Lamp & Lens", "A blog about lighting small films", "Menu", "Home"]
    byline = ["Why I Stopped Generating My Lighting Tests", "Posted on 5 January 2026 by Hana S"]
    cleaned = clean(_paste(head, byline, ESSAY))
    assert cleaned.publication == "Lamp & Lens"


def test_an_smf_topic_is_its_first_post_by_its_poster_on_its_date() -> None:
    # SMF: the poster's profile, the subject, then "« on: <date> »" over each post.
    lines = [
        "Stage Craft Forum",
        "Home",
        "Login",
        f"Stage Craft Forum » Trailers » {SUBJECT}",
        "« previous next »",
        "Pages: [1]",
        f"Author Topic: {SUBJECT}  (Read 412 times)",
        "stagehand_sam",
        "Full Member",
        "Posts: 127",
        SUBJECT,
        "« on: March 14, 2026, 09:12:00 PM »",
        *ESSAY,
        "Logged",
        "lampie_lou",
        "Newbie",
        f"Re: {SUBJECT}",
        "« Reply #1 on: March 14, 2026, 10:40:00 PM »",
        "Did the theatre mind that the actors were not in it? Ours would.",
    ]
    cleaned = clean("\n".join(lines))
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        SUBJECT,
        "stagehand_sam",
        "2026-03-14",
    )
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_wrapped_essay_line_is_never_cut_from_the_next() -> None:
    # Near miss: in a hard-wrapped essay a sentence ends at the wrap and the next line starts
    # like a prompt ("Subscribe ..."); the paragraph runs on.
    paragraph = (
        "We shot the kitchen scene in a single afternoon and it was fine.\n"
        "Subscribe to the idea that a crowd is scenery and you lose the film,\n"
        "because the people at the back are the ones who notice the light."
    )
    other = (
        "Nobody on that set was there to fill a frame; each of them had come\n"
        "to learn something, and most of them did, which is the whole point."
    )
    cleaned = clean(f"{paragraph}\n\n{other}")
    assert cleaned.body.split("\n\n") == [" ".join(p.split("\n")) for p in (paragraph, other)]


# --- A plain-text newsletter: its masthead, and its foot under the sign-off ---------------------

LETTER_1 = (
    "I spent most of last week on a period drama, and on Thursday I counted the extras\n"
    "in the market scene. There were eleven. Two years ago the same production would\n"
    "have booked sixty, and the other forty-nine are going to be added in post now."
)
LETTER_2 = (
    "The producers say it is only for wide shots, only for the expensive days, only\n"
    "where nobody will notice. I believe they mean it, and I also remember set extensions."
)
LETTER_RULE = "=" * 72
LETTER_HEAD = [
    LETTER_RULE,
    "SECOND FLOOR",
    "A weekly letter about working on film sets, for the crew",
    "Issue #12 -- Tuesday 12 May 2026",
    LETTER_RULE,
]
LETTER_FOOT = [
    "* A long interview with a casting director on finding two thousand people in a\n"
    "  week: https://example.com/features/crowd-casting",
    '* Reader Sam Holt writes in: "We had generated extras on our last job and the\n'
    '  director kept asking for more life in the background."',
    "Meet-up: Saturday 23 May, 6pm, back room of the usual pub, first round on us.",
    "You are receiving this because you subscribed to Second Floor at example.com.",
    "Second Floor / 14 Mercer Row / Glasgow G2 1AB / UK",
]


def test_a_newsletters_foot_under_its_sign_off_is_furniture() -> None:
    cleaned = clean("\n\n".join([*LETTER_HEAD, LETTER_1, LETTER_2, "-- Ruth", *LETTER_FOOT]))
    assert cleaned.body.split("\n\n") == [" ".join(LETTER_1.split()), " ".join(LETTER_2.split())]
    assert "-- Ruth" in cleaned.removed
    # Its masthead's date, on the line under its tagline, and its name, repeated in the foot.
    assert (cleaned.published, cleaned.publication) == ("2026-05-12", "Second Floor")


def test_a_quotations_source_under_it_is_no_sign_off() -> None:
    # Near miss: a dash and a name under a quotation in the essay attribute it; the essay runs on.
    quote = '"A crowd is a performance, not a texture."'
    cleaned = clean("\n\n".join([*ESSAY[:2], quote, "— Ruth Abernathy", CLOSING]))
    assert cleaned.body.split("\n\n")[-1] == CLOSING


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # A mailing's postal address, its greeting, its tagline, its web-view link.
        ("Second Floor, 12 Harbour Lane, Bristol BS1 4QA, United Kingdom", True),
        ("Second Floor / Jo Park / 3 Mill Wynd / Stirling FK8 1AA / UK", True),
        ("548 Market Street PMB 72296, San Francisco, CA 94104", True),
        ("Hello again.", True),
        ("A fortnightly letter about sound, for people who record it", True),
        ("View this post on the web at https://example.substack.com/p/a-post", True),
        # Near misses: the essay's own sentences with an address, a greeting, a letter.
        ("We moved to 12 Harbour Lane, Bristol BS1 4QA, in 2019, and never looked back.", False),
        ("Hello again, said the director, as if the generator were an old friend of his.", False),
        ("A letter about my grandfather's projector arrived in March, and I wept.", False),
    ],
)
def test_a_mailings_wrapper_lines_are_furniture(line: str, furniture: bool) -> None:
    cleaned = clean(_paste(OPENING, line, MIDDLE, CLOSING))
    assert (line in cleaned.body.split("\n\n")) is not furniture


@pytest.mark.parametrize(
    "letter",
    [
        [
            "Reader Jo Park writes in:",
            "> I restore home movies. When a family asks me to fill"
            " a gap, I do it, and I tell them.",
        ],
        ['A reader writes: "I used generated skies on my short and nobody noticed at all."'],
        ["One subscriber, a trailer editor, wrote:", '"Half my shots were generated this year."'],
    ],
)
def test_a_readers_letter_quoted_in_a_letter_is_never_the_authors(letter: list[str]) -> None:
    cleaned = clean(_paste(OPENING, letter, MIDDLE, CLOSING))
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_critic_quoted_in_the_essay_is_kept() -> None:
    # Near miss: a published writer quoted with "writes:" is the essay's quotation, kept.
    quote = "Pauline Kael writes: the movies are so rarely great art that we should not sneer."
    assert quote in clean(_paste(OPENING, quote, MIDDLE, CLOSING)).body.split("\n\n")


def test_a_mailbag_ends_the_essay() -> None:
    mailbag = ["FROM THE MAILBAG", "Here is one answer.", '"I cut trailers for a living."']
    cleaned = clean(_paste(ESSAY, mailbag))
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_link_round_up_under_the_essay_is_not_its_list() -> None:
    items = [
        "- A long interview with a casting director on finding extras (https://example.com/a)",
        "- A festival that now asks every entrant to list generated shots: https://example.org/b",
    ]
    kept = [
        "- I would do the trailer again for a small theatre with no budget",
        "- I would never do it for a company that could afford a crew",
    ]
    assert clean(_paste(ESSAY, items)).body.split("\n\n") == ESSAY
    # Near miss: the essay's own closing list, with no links, is the essay's.
    assert clean(_paste(ESSAY, kept)).body.split("\n\n") == [*ESSAY, *kept]


def test_a_letters_note_over_its_headline_is_not_the_essay() -> None:
    head = ["Hi there,", "This week's letter is a little longer than usual.", "THE TRAILER"]
    cleaned = clean(_paste(head, ESSAY))
    assert (cleaned.title, cleaned.body.split("\n\n")) == ("THE TRAILER", ESSAY)
    # Near miss: an essay's short opening over a heading in capitals stays the essay's.
    opening = "I made a trailer this year, and the theatre loved it."
    cleaned = clean(_paste(opening, "THE TRAILER", ESSAY))
    assert cleaned.body.split("\n\n")[0] == opening


def test_a_mailings_foot_names_its_letter_and_its_writer() -> None:
    foot = [
        "-- Ewan",
        "You're receiving this email because you signed up for Boards & Bones, a letter.",
        "Boards & Bones / Ewan Sutherland / 3 Mill Wynd / Stirling FK8 1AA / UK",
    ]
    head = ["THE GATE -- Issue 9 -- 20 April 2026"]
    cleaned = clean(_paste(head, ESSAY, foot))
    assert (cleaned.author, cleaned.publication, cleaned.published) == (
        "Ewan Sutherland",
        "The Gate",
        "2026-04-20",
    )
    # Without the masthead, the foot names the letter; a first name no line completes names
    # nobody.
    cleaned = clean(_paste(ESSAY, "-- Ewan", foot[1]))
    assert (cleaned.author, cleaned.publication) == (None, "Boards & Bones")


@pytest.mark.parametrize(
    "header",
    [
        "submitted 2 days ago* (last edited 1 day ago) by stagehand_sam Lighting",
        "submitted 2 days ago by stagehand_sam",
    ],
)
def test_an_old_reddit_posts_flair_over_its_text(header: str) -> None:
    comments = ["4 comments", "sorted by: best", "[–]lampie_lou 12 points 2 hours ago", "Ours too."]
    title = f"{POST_TITLE} (self.Theatre)"
    cleaned = clean(_paste(OLD_REDDIT_SIDEBAR, "318", title, header, "Workflow", ESSAY, comments))
    assert (cleaned.title, cleaned.author) == (POST_TITLE, "stagehand_sam")
    assert cleaned.body.split("\n\n") == ESSAY


def test_a_studio_page_dated_before_its_byline_under_its_masthead() -> None:
    title = "A Harbour That Isn’t There"
    head = ["Harrow & Gale", "Work", "Journal", title, "February 9, 2026 by Tess Harrow"]
    foot = ["Share", "© 2026 Harrow & Gale Films Ltd."]
    cleaned = clean(_paste(head, ESSAY, foot))
    assert (cleaned.author, cleaned.published, cleaned.publication) == (
        "Tess Harrow",
        "2026-02-09",
        "Harrow & Gale",
    )


def test_a_blockquotes_source_is_no_sign_off() -> None:
    # Near miss: in Markdown a blockquote loses its ">" and may have no quote marks; the dash
    # and the name under it are its source, not the author's sign-off, and the essay goes on.
    quote = "> A crowd is a performance, not a texture, and it should be paid like one."
    raw = "\n\n".join([OPENING, MIDDLE, quote, "— Ruth Abernathy", CLOSING])
    assert clean(raw, markdown=True).body.split("\n\n")[-1] == CLOSING


def test_the_authors_own_dash_sign_off_ends_the_letter() -> None:
    raw = _paste("By Jane Doe", ESSAY, "— Jane", "Glasgow meet-up: Saturday, 6pm, the usual pub.")
    assert clean(raw).body.split("\n\n") == ESSAY


def test_a_text_copys_wrapped_dek_and_bio_are_not_passages() -> None:
    # A magazine page saved as text: the dek and the author's bio are each hard-wrapped over
    # two lines, the byline shows its link after the name.
    page = "\n".join(
        [
            "Frame Line Magazine <https://frameline.example/>",
            "",
            "What the Grade Forgot",
            "",
            "A colourist spent a season grading generated plates. Her",
            "supervisor was sceptical, and then he was worried.",
            "",
            "By Ana Ruiz <https://frameline.example/contributors/ana-ruiz>",
            "March 3, 2025",
            "",
            "I graded my first generated plate in January, and it fought me",
            "every step of the way, from the black level to the skin tones.",
            "",
            "By March the plates were better, and I was less sure that was good",
            "news for the people who used to shoot them.",
            "",
            "Ana Ruiz is a colourist based in Lisbon. Her grading of the short",
            "Low Tide won a prize at Curtas.",
        ]
    )
    cleaned = clean(page)
    assert cleaned.author == "Ana Ruiz"
    assert cleaned.body.split("\n\n") == [
        "I graded my first generated plate in January, and it fought me every step of the way, "
        "from the black level to the skin tones.",
        # Near miss: a wrapped paragraph of the essay is rejoined and kept.
        "By March the plates were better, and I was less sure that was good news for the "
        "people who used to shoot them.",
    ]


def test_a_magazines_section_over_its_columns_name_is_no_title() -> None:
    head = ["COLUMNS / THE CUTTING ROOM", "", "Fewer Takes, Better Takes", "",
            "By Jonas Whitcombe-Ahl", "May 2, 2025", ""]  # fmt: skip
    assert clean("\n".join(head) + "\n" + "\n\n".join([OPENING, MIDDLE, CLOSING])).title == head[2]
    # Near miss: a sentence in capitals with a slash in it is no breadcrumb.
    assert not is_junk(Unit("WE SHOT IT ON FILM / AND THEN WE SCANNED IT ALL TWICE", 0, 0))


# --- A section's label before a headline ---------------------------------------------------------


@pytest.mark.parametrize(
    "shown",
    [
        "Opinion | Against the Demo Reel Economy",
        "OPINION: Against the Demo Reel Economy",
        "Analysis — Against the Demo Reel Economy",
        "Comment – Against the Demo Reel Economy",
        "Culture Desk | Against the Demo Reel Economy",
    ],
)
def test_a_section_label_before_a_headline_is_not_the_title(shown: str) -> None:
    cleaned = clean(_paste(shown, "By Tomasz Greb", "March 22, 2026", ESSAY))
    assert (cleaned.title, cleaned.author) == ("Against the Demo Reel Economy", "Tomasz Greb")


@pytest.mark.parametrize(
    "shown",
    [
        "Sora: A Month in the Edit Suite",
        "Guest Column: Generative Video Will Save Mid-Budget Film",
        "Review: Sora's First Feature Is a Mood Board",
        "Two Cameras — One Scene, Shot Twice",
    ],
)
def test_a_headlines_own_colon_or_dash_stays_in_the_title(shown: str) -> None:
    # Near misses: a colon in the headline's own case, a dash after no section's kind.
    cleaned = clean(_paste(shown, "By Tomasz Greb", "March 22, 2026", ESSAY))
    assert cleaned.title == shown


def test_a_short_subtitle_in_sentence_case_under_a_title_case_headline_is_not_the_title() -> None:
    head = [
        "Why I Stopped Fighting the Generated Insert",
        "A working editor's truce with the machine",  # longer than the headline, in its case
        "Hana Okafor",
        "Mar 30, 2026",
        "Share",
    ]
    cleaned = clean(_paste(head, ESSAY))
    assert (cleaned.title, cleaned.author) == (head[0], "Hana Okafor")


def test_a_headline_in_sentence_case_over_a_shorter_line_stays_the_title() -> None:
    # Near miss: with the headline in sentence case, its case tells nothing; the longer line is
    # the headline as before.
    head = ["Why I stopped fighting the generated insert", "A truce", "Hana Okafor", "Mar 30, 2026"]
    cleaned = clean(_paste(head, ESSAY))
    assert cleaned.title == head[0]


# --- A poster's edit note about how the thread received the post ----------------------------


@pytest.mark.parametrize(
    "note",
    [
        "EDIT: thank you all for the kind words, I'll try to reply to the messages tonight.",
        "ETA: wow, thanks for the gold and the comments. Didn't think anyone would read this.",
        "Update 2 - thanks for the replies everyone, going to bed now.",
    ],
)
def test_an_edit_note_thanking_the_thread_is_furniture(note: str) -> None:
    assert clean(_paste(*ESSAY, note)).body.split("\n\n") == ESSAY


@pytest.mark.parametrize(
    "note",
    [
        "Edit: to be clear, the theatre company knew and was happy with the result.",
        "Edit: thanks to a commenter I checked, and the generator was Veo, not Sora; the shots "
        "still melted.",
    ],
)
def test_an_edit_note_that_adds_to_the_post_is_kept(note: str) -> None:
    assert note in clean(_paste(*ESSAY, note)).body.split("\n\n")


# --- A letter's and a post's calls for replies, its self-description and its closing lines ----
# (tuning47 and tuning48's Bear Blog post, Discourse post, Buttondown and beehiiv letters)


@pytest.mark.parametrize(
    "line",
    [
        "Reply to this email and tell me which film should be dubbed first. I read every reply.",
        "Reply by email if you work in trailers and see this differently.",
        "Just reply to this letter with the worst shot you saw this month.",
        "Curious whether anyone else on the forum has seen the same pattern.",
        "Wondering if any of you have had the same problem with generated plates?",
        # ... or asked bare (tuning95's XenForo paste).
        "Anyone else dealing with this?",
        "Is anybody else seeing this from their clients?",
        "You are reading Lens Notes, a letter about cameras and crews. Forward it to a friend.",
        "You're reading Second Unit, a newsletter about the people behind the camera.",
        "That's it for this week. Next issue: the subtitle fonts that ruined three films.",
        "That's all for today.",
        "Next week: why every trailer now opens on a black screen.",
        # A forum's sign-up box under a topic with no reply (tuning47's Invision paste).
        "Sign up for a new account in our community. It's easy!",
        "Register for a free account to join the conversation.",
    ],
)
def test_a_call_for_replies_or_a_letters_foot_is_furniture(line: str) -> None:
    assert is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: the essay's own sentences in the same words.
        "Reply to critics who call this lazy with the budget sheet, not with adjectives.",
        "I am curious whether the studios will pay for any of it.",
        "Curious whether anyone else will notice, I cut the two versions together.",
        "Anyone else would have walked away from the job.",
        "Would anyone else have paid for the reshoot?",
        "You are reading a film wrongly if you watch it only for the plot.",
        "That's it for the crew, and the lab, and the sound team after them.",
        "That's all for the money.",
        "Sign up for an account and the tool hands you a hundred free renders, every month.",
        "Next week the crew went back to film, and nobody asked why.",
    ],
)
def test_the_essays_own_lines_in_those_words_stay(line: str) -> None:
    assert not is_junk(Unit(line, 0, 1))


@pytest.mark.parametrize(
    ("foot", "publication"),
    [
        # A platform's owner in its copyright, the platform in its foot's "How … works" link
        # (tuning57's YouTube page: "How YouTube works" over "© 2026 Google LLC").
        (["About", "How Reelhub works", "© 2026 Acme Video LLC"], "Reelhub"),
        # Near miss: with no such link the owner is all the page names.
        (["About", "Terms", "© 2026 Acme Video LLC"], "Acme Video"),
    ],
)
def test_a_sites_own_how_it_works_link_names_it_over_its_owner(
    foot: list[str], publication: str
) -> None:
    head = ["Skip navigation", "Search", "Sign in", "Why the grade forgot", "Ana Ruiz"]
    assert find_publication(head, foot, "Ana Ruiz") == publication


@pytest.mark.parametrize(
    ("line", "furniture_line"),
    [
        # A link to another story set between paragraphs, under "Also read" as under "Read more"
        # (tuning95's trade page clipped to Markdown).
        ("ALSO READ: Union Sets Out First Rules for Generated Footage in Scripted TV", True),
        ("Read also: Sound editors ask for credit rules on generated effects", True),
        # Near misses: the essay's own sentences that open the same way.
        ("Also read the contract before you sign.", False),
        ("Read also the notes on the colour pipeline, which are longer than the film.", False),
    ],
)
def test_an_also_read_link_is_furniture(line: str, furniture_line: bool) -> None:
    assert is_furniture(Unit(line, 0, 1)) is furniture_line
