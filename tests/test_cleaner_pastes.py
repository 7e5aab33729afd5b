"""bot.cleaner on pasted platform pages whose head repeats the site's name: a Substack paste (the
publication's name as masthead, then again with its logo over a share card, the headline twice,
the subtitle, the writer's name and date) and its subscribe box's "X is a reader-supported
publication". Each rule has a near miss: a person's name used the same way."""

from __future__ import annotations

from bot.cleaner import clean
from bot.headline import title_over_byline
from bot.page_meta import find_author
from bot.page_site import blog_name
from bot.page_threads import read_thread
from bot.page_units import split_units

TITLE = "Half a Cheer for the Render Farm"
SUBTITLE = "What the tool saved me, what it cost my friends, and why I still pay for it"
BODY = [
    "I expected to hate the tool, and for the first month I mostly did, because every shot it "
    "gave me looked like an advert for a hotel.",
    "Then I started using it for the shots nobody would ever pay for, the street at dawn and the "
    "empty office, and the edit finally had room to breathe.",
]
ENDING = [
    "The illustrators I used to hire for those shots are not better off, and I will not pretend "
    "they are.",
    "So half a cheer, and a promise to keep naming the frames it made.",
]


def _substack(site: str, writer: str) -> str:
    head = [
        site,
        "Subscribe",
        "Sign in",
        "Share this post",
        site,
        site,
        TITLE,
        "Copy link",
        "Facebook",
        "Email",
        "Notes",
        "More",
        TITLE,
        SUBTITLE,
        writer,
        "Mar 2, 2026",
        "88",
        "12",
        "Share",
    ]
    box = [
        f"{site} is a reader-supported publication. To receive new posts and support my work, "
        "consider becoming a free or paid subscriber.",
        "Type your email...",
        "Subscribe",
    ]
    return "\n".join(
        [*head, "", BODY[0], "", BODY[1], "", *box, "", ENDING[0], "", ENDING[1], "", "Share"]
    )


def test_a_substack_paste_names_its_writer_and_keeps_its_essay_past_the_subscribe_box() -> None:
    cleaned = clean(_substack("Cut Notes", "Ravi Okafor-Lund"))
    assert cleaned.author == "Ravi Okafor-Lund"
    assert cleaned.publication == "Cut Notes"
    assert cleaned.title == TITLE
    assert cleaned.body == "\n\n".join([*BODY, *ENDING])


def test_a_name_the_page_opens_with_is_the_site_when_a_byline_names_someone_else() -> None:
    head = ["Cut Notes", "Subscribe", "Cut Notes", "Cut Notes", TITLE, "Ravi Okafor", "Mar 2, 2026"]
    assert find_author(head, []) == "Ravi Okafor"
    # Near miss: a personal site named after its writer, and no other byline: the name is theirs.
    head = ["Ravi Okafor", "Home", "About", TITLE, "Ravi Okafor", "Ravi Okafor", "Mar 2, 2026"]
    assert find_author(head, []) == "Ravi Okafor"


def test_a_line_about_a_publication_is_no_authors_bio() -> None:
    # Near miss: the same shape about a person is their bio, and their name over the essay is the
    # byline (an opinion page's).
    page = "\n\n".join(["Ravi Okafor", *BODY, "Ravi Okafor is a documentary editor in Leeds."])
    assert clean(page).author == "Ravi Okafor"
    page = "\n\n".join(["Cut Notes", *BODY, "Cut Notes is a reader-supported publication."])
    assert clean(page).author is None


# --- A Blogger paste: the blog's name over its tagline and an indented "Pages" menu ----------


def _blogger(site: str, last_page: str, indent: str = "    ") -> str:
    head = [
        site,
        "notes on old cameras and new tools",
        "Pages",
        f"{indent}Home",
        f"{indent}About this blog",
        f"{indent}{last_page}",
        "Saturday, March 7, 2026",
        TITLE,
    ]
    return "\n".join([*head, BODY[0], "", BODY[1], "", *ENDING, "Posted by Ravi Okafor at 9:12 AM"])


def test_an_indented_menus_last_item_is_no_headline_and_the_blogs_name_is_its_publication() -> None:
    cleaned = clean(_blogger("Cut & Paste", "Cameras I still use"))
    assert cleaned.title == TITLE
    assert cleaned.publication == "Cut & Paste"
    assert cleaned.author == "Ravi Okafor"


def test_a_line_not_indented_like_the_menu_can_be_the_headline() -> None:
    # Near miss: with no indent the last line is not a menu's item by its layout; a name with
    # "&" that is not in Title Case is no site's name.
    page = "\n".join(
        [
            "Pages",
            "    Home",
            "Cameras I still use",
            "Saturday, March 7, 2026",
            BODY[0],
            "",
            BODY[1],
        ]
    )
    assert clean(page).title == "Cameras I still use"
    assert clean(_blogger("cut & paste", "Cameras I still use")).publication is None


# --- A LinkedIn article paste: a button between the headline and the byline ------------------

HEADLINE = "I Cut a Trailer With Generated Plates. Here's What I Would Tell a Director."
ROLE = "Senior Editor at Northgate Post | Trailers, promos and the odd miracle"


def test_a_headline_over_a_button_over_the_byline_is_the_title_not_the_writers_headline() -> None:
    head = [
        "Skip to main content",
        "Articles",
        "Sign in",
        HEADLINE,
        "Report this article",
        "Ravi Okafor",
        "Ravi Okafor",
        ROLE,
        "Published Mar 2, 2026",
        "+ Follow",
    ]
    cleaned = clean("\n".join([*head, "", BODY[0], "", BODY[1], "", *ENDING]))
    assert cleaned.title == HEADLINE
    assert cleaned.author == "Ravi Okafor"


def test_a_sentence_over_a_line_of_text_over_the_byline_is_no_headline() -> None:
    # Near miss: with a line that is not a button between them, the sentence is not set over
    # the byline as a headline.
    units = split_units(
        "\n".join([HEADLINE, "A Short Note On Plates", "Ravi Okafor", "Mar 2, 2026"]), False
    )
    assert not title_over_byline(units, 0)
    units = split_units(
        "\n".join([HEADLINE, "Report this article", "Ravi Okafor", "Mar 2, 2026"]), False
    )
    assert title_over_byline(units, 0)


# --- A Tumblr paste: the blog's name and tagline, the poster's handle, the post's title ------

POST_TITLE = "on generated plates and the look of money"


def _tumblr(card_text: str = "") -> str:
    head = [
        "tumblr",
        "Log in",
        "Sign up",
        "night cuts",
        "editor, insomniac, she/her",
        "Follow",
        "nightcuts",
        "Follow",
        POST_TITLE,
    ]
    card = [
        "night cuts",
        "@nightcuts",
        "Follow",
        *([card_text] if card_text else []),
        "More like this",
        "Terms",
        "© Tumblr",
    ]
    return "\n".join([*head, BODY[0], "", BODY[1], "", *ENDING, "#film", "1,204 notes", *card])


def test_a_tumblr_posts_title_under_the_handle_and_the_blogs_name_as_publication() -> None:
    cleaned = clean(_tumblr())
    assert cleaned.title == POST_TITLE
    assert cleaned.author == "nightcuts"
    assert cleaned.publication == "night cuts"
    assert POST_TITLE not in cleaned.body


def _dashboard(foot: str) -> str:
    # A post opened from the platform's dashboard: its search box and explore link, the
    # poster's handle twice (their card, then the post's header), no blog name.
    head = ["Search Tumblr", "Log in", "Explore all of Tumblr", "nightcuts", "Follow"]
    post = ["nightcuts", "Follow", POST_TITLE]
    foot_lines = ["#film", "1,204 notes", "Reblog", "Terms", "Privacy", foot]
    return "\n".join([*head, *post, BODY[0], "", BODY[1], "", *ENDING, *foot_lines])


def test_a_posts_title_under_its_posters_handle_shown_twice_and_the_searched_platform() -> None:
    cleaned = clean(_dashboard("Tumblr"))
    assert (cleaned.title, cleaned.author, cleaned.publication) == (
        POST_TITLE,
        "nightcuts",
        "Tumblr",
    )
    # Near miss: a search box's name that the foot does not name again publishes nothing.
    assert clean(_dashboard("Support")).publication is None


def test_a_display_name_over_the_handle_that_signs_the_post_is_no_blog() -> None:
    lines = ["Jane Doe", "@janedoe", "text", "Jane Doe", "@janedoe"]
    assert blog_name(lines, "janedoe", "Jane Doe") is None  # X's, Bluesky's: the author's name
    assert blog_name(lines, "janedoe", "janedoe") == "Jane Doe"


def test_a_header_with_no_text_under_it_is_no_second_post() -> None:
    def posts(page: str) -> object:
        return read_thread([u.text for u in split_units(page, False)])

    card_only = posts(_tumblr("Explore winter escapes — book now"))
    assert card_only is None or not card_only.social
    # Near miss: a sentence under the handle further down is a post of the poster's own, and a
    # run of one poster's posts has no title.
    second = posts(_tumblr("And one more thing I meant to say about plates."))
    assert second is not None
    assert second.social


def test_a_markdown_exports_property_sheet_names_its_author() -> None:
    table = [
        "| Property | Value |",
        "| --- | --- |",
        "| Author | Leah Moran |",
        "| Status | Draft |",
    ]
    assert find_author(table, []) == "Leah Moran"
    assert find_author(["Created by: Leah Moran", "Created: November 19, 2025"], []) == "Leah Moran"
    # Near misses: another property's name is no author's, nor is an author cell with no name.
    assert find_author(["| Reviewer | Leah Moran |", "| Status | Draft |"], []) is None
    assert find_author(["| Author | Draft |", "Reviewed by: Leah Moran"], []) is None
