"""Strip site furniture from pasted or scraped essay text (no discord import).

A moderator who adds an essay usually pastes a whole web page: logos, newsletter prompts, image
credits, cookie banners, author boxes and reader comments come along with the essay. ``clean``
keeps the essay's paragraphs verbatim and lists everything it dropped, so a preview can show
the moderator exactly what happened before anything is stored.

The rules are generic (shapes of pages and pattern lists of common furniture), never keyed to
any one site:

* the essay starts at the first paragraph of running prose (a long line that ends like a
  sentence, with any short sentences just above it); everything before it is the page's head
  (skip links, menus, the title, the byline, "5 min read", the date), dropped and read for the
  title (bot/headline.py) and, through bot/page_meta.py and bot/page_site.py, the author,
  the publication and the date; a one-sentence subtitle over the byline block belongs to the head,
  and so does a blog's one-sentence description under its name, over its menu;
* a pasted thread (a forum submission, a social post, a chat copy) is its poster's posts: the
  first post by anyone else starts the replies (someone else's name over a date under the post's
  buttons too), dropped with everything after them; a link post (no text under its header) is
  its poster's own comment in running prose, under the post's title, even below others'; a social
  post or a run of one poster's posts has no title and no headings, and the poster's name over
  each of their posts is a header, never text; in a chat copy, where no message opens a
  thread, the essay is the longest run of one speaker's messages; a forum post's profile block
  ("Joined", "Messages", the post's date and "#1") is its header, and a quote of another post
  ("x said:" down to "Click to expand...") is dropped wherever it stands; a line quoting the
  page's author ("On <date>, Jane Doe said:") opens someone else's reply and ends the essay, and
  a short line glued under a forum post's last paragraph, where its other paragraphs are set
  apart by blank lines, is the poster's signature; a post that opens on a handle ("@jane …")
  answers the poster, so it starts the replies where the page lost the thread's headers;
* an episode's page with its transcript under a "Transcript" label is the transcript: the
  episode's notes, chapters and links over it are the page's;
* a Q&A page is its first answer, signed under it ("answered <date>", the answerer: Stack
  Exchange) or under its answerer's "Answered <date>" header (Quora); the question is its title,
  and its body is not the essay; a span with no running prose is no answer, and cuts nothing;
* a newsletter's sponsor block (its label, the ad copy, the link closing it) is dropped, and so
  are a paginated text's pages of other sections (a catalogue's programme, its partners) and a
  reader's letter quoted in a letter ("Reader Jo Park writes in:" and the letter), never the
  author's words; a letter's note about the issue over its headline is the letter's, not the
  essay's;
* an end-of-article marker (a README's "Contributing" or "License" heading, an "About the
  author" box, a line about the author, a byline with a URL glued on, "Related", "Leave a
  Reply", "3 comments", "Sort by", "Re: <title>", "x wrote:", a "--" signature, a letter's
  one-line sign-off ("-- Ruth", "Best, Jane"), a mailbag, a "•" comment thread, a bare "Read
  more" over other posts' teasers with their dates or read times) ends the essay once some
  essay text has been seen
  (a bare "Discussion" or "Comments" right over running prose is a flair or a tab, not one): it
  and everything after it are dropped, except the author's bio, returned separately without its
  calls to action; after the last paragraph of prose only short sentences stay;
* junk lines inside the essay (captions, credits, "[Image: ...]", "Read more: ...", share and
  subscribe prompts and a sign-up form's status lines, cookie banners, dates alone on a line,
  counters) are dropped when short (a consent wall's paragraphs however long, with the heading,
  sentences and buttons around them that speak its language; a caption under an "Image
  caption," label and a publication's blurb in its subscribe box with them):
  an essay paragraph that merely mentions a newsletter is never dropped, and a line that starts
  with a menu word ("More", "By") but ends like a sentence is kept;
* short lines between paragraphs that name a section are headings: structure, not passages;
* a video transcript's caption lines are joined into one paragraph, without their timestamps;
* hard-wrapped text is rejoined into paragraphs (a word hyphenated at a line's end made whole
  again), and a line repeated immediately is dropped, and
  so is a pull quote (one sentence of a paragraph of the essay repeated on its own, or a long
  enough part of one in quote marks, cut with an ellipsis or without a full stop, or indented
  in quote marks with its opening recast);
* a paginated text's running heads and feet (a PDF copied as text) are dropped, and the name
  they repeat is the publication when the page names none;
* a sign-off under the essay ("— Jane Doe", then perhaps a role and "Place, 3 March 2025"; an
  e-mail's "-- " signature; "Best, Jane Doe"; the name over the writer's role) names its author
  and date, unless it is a quotation's source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot import furniture
from bot.headline import (
    headline_over_standfirst,
    isolated_title,
    labelled_headline,
    looks_like_title_alone,
    set_apart_title,
    standfirst_over_byline,
    title_index,
    title_over_byline,
    without_section_label,
)
from bot.page_meta import (
    BARE_LINE,
    DATE,
    MONTH_NAME,
    NAME,
    NAME_PARTICLES,
    author_in,
    creator_card,
    dash_signature,
    date_alone,
    dated_byline,
    dated_labels,
    dateline_of_address,
    ends_in_quote,
    find_author,
    first_name_signature,
    funding_box,
    is_age,
    is_dateline,
    linked_profile_name,
    name_beside_date,
    noted_byline,
    over_audience,
    parse_date,
    published_line,
    published_under_label,
    read_time_line,
    saved_line,
    sign_off,
    signs_off,
    standfirst_writer,
    wire_date,
    yearless_date,
)
from bot.page_site import (
    ISSUE_LINE,
    ISSUE_MASTHEAD,
    TITLE_BY_POSTER_ON_SITE,
    blog_name,
    chat_thread_name,
    clipped_blog_handle,
    find_publication,
    hosting_platform,
    issuing_body,
    logo_over_menu,
    ordinary_case,
    profile_platforms,
    reader_view_site,
    self_post_community,
    writes_for,
)
from bot.page_threads import (
    Thread,
    feed_post,
    first_repeated_byline,
    first_signed_post,
    names_poster,
    read_answer,
    read_thread,
)
from bot.page_units import (
    COLUMNS,
    Unit,
    ends_sentence,
    heading_like,
    is_about,
    is_end,
    is_furniture,
    is_junk,
    is_prose,
    join_transcript,
    plain_words,
    pull_quotes,
    repeats_own_words,
    sentence_like,
    split_units,
    title_case,
    title_like,
    unlinked_label,
    url_byline,
)
from bot.text import normalize, split_sentences

__all__ = ["Cleaned", "clean"]


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    body: str
    published: str | None
    author_bio: str | None
    removed: list[str]
    author: str | None = None
    publication: str | None = None
    # Section headings inside the essay: structure the preview shows, never passages.
    headings: tuple[str, ...] = ()


def _site_line(head: list[Unit], title_at: int | None, author: str | None) -> str | None:
    """The page's first line when it names something in a few Title Case words and is neither
    the title nor the author: a blog's or a forum's name over its post ("Film Club Notes",
    "Cut & Paste")."""
    first = next((i for i, u in enumerate(head) if not is_furniture(u)), None)
    if first is None or first == title_at:
        return None
    text = head[first].text
    named = NAME.match(re.sub(r"\s+&\s+", " ", text))  # "Splice & Dice" names a site too
    if not named or not 2 <= len(text.split()) <= 4 or text == author:
        return None
    # (its small words may be a name's particles, as ``NAME`` reads them: "Luz de Serviço")
    return text if title_case(_NAME_PARTICLES.sub(" ", text)) else None


_NAME_PARTICLES = re.compile(rf"\s{NAME_PARTICLES}\s")

# A sponsor's ad copy runs at most this many paragraphs of at most this many words.
_AD_COPY_MAX = 2
_AD_COPY_WORDS = 60


_CAPTION_LABEL = re.compile(furniture.CAPTION_LABEL, re.IGNORECASE)


def _labelled_captions(units: list[Unit]) -> set[int]:
    """The caption under a news page's "Image caption," label (and the label): it describes a
    picture, and is neither the headline nor the essay."""
    return {
        k
        for i, unit in enumerate(units[:-1])
        if _CAPTION_LABEL.match(unit.text) and units[i + 1].words <= furniture.CAPTION_MAX_WORDS
        for k in (i, i + 1)
    }


_PROMPT = re.compile(
    r"\b(?:subscri(?:be|bing|ption)|newsletter|sign(?:ing)?[ -]?up|inbox)\b", re.IGNORECASE
)
_BLURB_WORDS = 25
# What the letter is, and perhaps what it costs ("Weekly notes on … Free, with an optional paid
# tier.").
_BLURB_SENTENCES = 2


def _promo_blurbs(units: list[Unit]) -> set[int]:
    """A publication's blurb inside its subscribe box ("Subscribe to Cold Open" / "Hundreds of
    paid subscribers" / "Notes from a trailer editor on how films are sold." / "Subscribe"):
    a sentence or two, short, between the box's prompt just above it and its button just under it
    (an essay's sentence between a prompt and a cookie banner is the essay's)."""
    return {
        i
        for i in range(1, len(units) - 1)
        if units[i].words <= _BLURB_WORDS
        and len(split_sentences(units[i].text)) <= _BLURB_SENTENCES
        and all(
            # The box's heading is its prompt too ("Get Offcut in your inbox", Ghost's).
            any((is_junk(u) or (u.heading and j == 0)) and _PROMPT.search(u.text) for u in near)
            for j, near in enumerate((units[max(0, i - 2) : i], units[i + 1 : i + 3]))
        )
    }


def _box_prompts(units: list[Unit], blurbs: set[int]) -> list[str]:
    """The lines over each subscribe box's blurb, between the essay's paragraphs: its prompt
    names the site as a sign-up box under the text does ("Get Offcut in your inbox")."""
    return [units[k].text for i in sorted(blurbs) for k in range(max(0, i - 2), i)]


# A newsletter's note about the issue itself: "This week's letter is longer than usual."
_ISSUE_NOTE = re.compile(
    r"\bthis (?:week['’]s |month['’]s )?(?:letter|issue|edition|newsletter|e-?mail)\b", re.I
)
_NOTE_WORDS = 30


def _lead_caption(units: list[Unit], i: int) -> bool:
    """A lead picture's caption pasted with the page (``furniture.LEAD_CAPTION``): right under
    the head's last furniture (a share bar's "Email", a date) and over the text's first
    paragraph, where a news page sets its picture."""
    return (
        0 < i < len(units) - 1
        and is_furniture(units[i - 1])
        and is_prose(units[i + 1])
        and furniture.LEAD_CAPTION.match(units[i].text) is not None
    )


def _note_over_headline(units: list[Unit], i: int) -> bool:
    """A letter's short note about the issue (under its greeting), over the essay's headline set
    apart in capitals or Title Case and the essay under it: the note is the letter's, not the
    essay's opening."""
    return (
        units[i].words <= _NOTE_WORDS
        and bool(_ISSUE_NOTE.search(units[i].text))
        and i + 2 < len(units)
        and (units[i + 1].text.isupper() or title_case(units[i + 1].text))
        and not ends_sentence(units[i + 1].text)
        and is_prose(units[i + 2])
        and all(is_furniture(u) for u in units[:i])
    )


_TAGLINE_WORDS = 30
_SITE_NAME_WORDS = 5
_BAR_WORDS = 3


def _tagline_under_name(units: list[Unit], first: int, second: int) -> bool:
    """A blog's one-line description under its name at the top of the page, over its menu
    ("Rushes & Reels" / "Notes from a small-town film club, …" / "Home" / "About"), then the
    post's date and title over the essay: the description is the blog's, not the essay's
    opening. The name is a few words in Title Case or lower case, with only furniture and a
    platform's bar over it; what follows the description is a menu, the post's head, no
    sentence."""
    above = first - 1
    between = units[first + 1 : second]
    return (
        above >= 0
        # over the name, only the page's furniture and its platform's bar ("tumblr", "Explore")
        and all(
            is_furniture(u) or (u.words <= _BAR_WORDS and not ends_sentence(u.text))
            for u in units[:above]
        )
        and units[above].words <= _SITE_NAME_WORDS
        and not is_furniture(units[above])  # a button ("Follow" under a poster's handle)
        # in Title Case, or in lower case as Tumblr shows blogs' names ("sprocket holes")
        and (title_case(units[above].text) or units[above].text.islower())
        and not ends_sentence(units[above].text)
        and units[first].words <= _TAGLINE_WORDS
        and len(between) >= 2
        and is_furniture(between[0])
        and not any(sentence_like(u) for u in between)
        # The post's own title stands between them: with none, the name is the post's title
        # and the sentence its opening ("Why Sora Matters" / a photo's credit / "Share").
        and any(title_like(u) and not is_furniture(u) for u in between)
    )


# A card's button to subscribe to or follow a newsletter, a blog or its writer.
_CARD_BUTTON = re.compile(r"^\W{0,2}(?:subscribe|follow)\W{0,2}$", re.IGNORECASE)
_CARD_LINES = 8


def _card_button(units: list[Unit], first: int, second: int) -> int | None:
    """Where the button closing a newsletter's card is, when the blog-description shape (see
    ``_tagline_under_name``) is a card: its name over its description, "By X", their role and
    date, then "+ Subscribe" ("Pipeline Notes" / "Practical notes on …" / "By Gareth Lyle" /
    … / "+ Subscribe", a LinkedIn newsletter's), with the post's headline under the button.
    The card is the newsletter's; the post's own head starts under it."""
    if not _tagline_under_name(units, first, second):
        return None
    return next(
        (
            k
            for k in range(first + 1, min(second - 1, first + 1 + _CARD_LINES))
            if _CARD_BUTTON.match(units[k].text) and title_like(units[k + 1])
        ),
        None,
    )


_CONSENT_BUTTON_WORDS = 3
_BANNER_RUN = 3  # paragraphs in a row under the head: an essay's text, not a comment's
_BANNER_HEAD = 3  # lines between the banner and the end marker, at least: a head's


def _banner_over_page(units: list[Unit]) -> int | None:
    """The page's first paragraph when it stands alone over the whole of the page's head, an
    end marker ("10 Comments", "Share this") between it and a run of paragraphs in a row: a
    banner's sentence (a site notice, an announcement) copied over the menus and the headline.
    Taken for the essay's start, it would end at that marker, and the essay under it would be
    lost."""
    prose = [i for i, u in enumerate(units) if is_prose(u)]
    if len(prose) <= _BANNER_RUN or prose[1] == prose[0] + 1:
        return None
    run = prose[1 : 1 + _BANNER_RUN]
    # (A head of its own between them, its menus and headline: a post's title that reads as a
    # sentence sits right over its flair or its counters, never that far above its text.)
    ends = [k for k in range(prose[0] + 1, prose[1]) if is_end(units[k])]
    # (Over the site's name and menus, as a banner is: a headline that reads as a sentence
    # sits under them.)
    if (
        run == list(range(prose[1], prose[1] + _BANNER_RUN))
        and ends
        and ends[0] - prose[0] > _BANNER_HEAD
        and all(is_furniture(u) for u in units[: prose[0]])
    ):
        return prose[0]
    return None


def _consent_wall(units: list[Unit]) -> set[int]:
    """A consent wall's paragraphs and the short lines around them that speak its language:
    its heading right above ("Your privacy, your choice"), and the sentences and buttons right
    under it ("You can accept or manage your choices by clicking below, including your right
    to object where legitimate interest is used.", "Accept all"). Alone such a sentence passes
    for prose, and would start the essay above the headline; a button of a few words ("Close
    and accept") is the wall's too; a headline under the buttons ("Why I Agree with the
    Sceptics") is neither, and ends the wall."""
    wall = {i for i, u in enumerate(units) if furniture.consent_text(u.text)}
    for i in sorted(wall):
        if i > 0 and furniture.speaks_consent(units[i - 1].text):
            wall.add(i - 1)
        j = i + 1
        while (
            j < len(units)
            and j not in wall
            and furniture.speaks_consent(units[j].text)
            and (
                ends_sentence(units[j].text)
                or is_junk(units[j])
                or units[j].words <= _CONSENT_BUTTON_WORDS
            )
        ):
            wall.add(j)
            j += 1
    return wall


_MEMBERSHIP = re.compile(
    r"\b(?:members?|membership|upgrade|subscri(?:be|bers?|ption)|paid|premium|patrons?|"
    r"sign (?:in|up))\b",
    re.IGNORECASE,
)
_BOX_LINE_WORDS = 15
_MEMBER_BOX_MAX_LINES = 6


def _member_boxes(units: list[Unit]) -> set[int]:
    """A members' box set between an essay's paragraphs ("Enjoying this issue?" / "Paid members
    get the monthly deep-dive and the full archive." / "Upgrade now" / "Already a member? Sign
    in"): a block of short lines with no blank line between them, set apart by blank lines from
    the paragraphs around it, that sells membership in a line and closes on its button or
    sign-in link. Its question and pitch pass for the author's short lines alone."""
    boxes: set[int] = set()
    i = 1
    while i < len(units):
        j = i + 1
        while j < len(units) and units[j].gap == 0:
            j += 1
        block = units[i:j]
        if (
            units[i].gap >= 1
            and 3 <= len(block) <= _MEMBER_BOX_MAX_LINES
            and j < len(units)
            and all(u.words <= _BOX_LINE_WORDS and not u.heading for u in block)
            and is_furniture(block[-1])
            and _MEMBERSHIP.search(block[-1].text)
            and sum(bool(_MEMBERSHIP.search(u.text)) for u in block) >= 2
        ):
            boxes.update(range(i, j))
        i = j
    return boxes


def _reader_letters(units: list[Unit]) -> set[int]:
    """A reader's letter quoted in a newsletter: its label ("Reader Jo Park writes in:", "A
    reader writes:"), with the letter after the colon or quoted under it ("> …", or a
    paragraph opening with a quote mark, and the quoted lines after that)."""
    letters: set[int] = set()
    for i, unit in enumerate(units):
        if not furniture.READER_LETTER.match(unit.text):
            continue
        letters.add(i)
        j = i + 1
        if j < len(units) and unit.text.rstrip().endswith(":") and units[j].text[:1] in "\"“'‘":
            letters.add(j)
            j += 1
        while j < len(units) and units[j].text.startswith(">"):
            letters.add(j)
            j += 1
    return letters


# A forum's quote of another post (XenForo's): "Username said:", the quoted lines, then the
# "Click to expand..." that unfolds a long quote.
_SAID = re.compile(r"^\S.{0,40} said:$")
_EXPAND = re.compile(r"^click to expand\.{3}$|^click to expand…$", re.IGNORECASE)
_QUOTE_MAX_UNITS = 8


def _forum_quotes(units: list[Unit]) -> set[int]:
    """A forum post's quotes of other posts: "x said:" down to its "Click to expand...", the
    quoted poster's words, never the author's ("My aunt said:" over the essay's own lines,
    with no "Click to expand..." closing them, is the essay's)."""
    quotes: set[int] = set()
    for i, unit in enumerate(units):
        if not _SAID.match(unit.text):
            continue
        closing = next(
            (
                k
                for k in range(i + 1, min(i + 1 + _QUOTE_MAX_UNITS, len(units)))
                if _EXPAND.match(units[k].text)
            ),
            None,
        )
        if closing is not None:
            quotes.update(range(i, closing + 1))
    return quotes


def _quoted_pull_quotes(raw: str) -> tuple[str, list[str]]:
    """Markdown's quoted lines ("> …") whose words one of the text's own lines already says:
    pull quotes, display type repeating the author (a clipped Ghost or Medium page's), taken
    out and returned (see ``repeats_own_words``)."""
    lines = raw.split("\n")
    own = [f" {plain_words(line)} " for line in lines if not line.lstrip().startswith(">")]
    pulled = [
        line for line in lines if line.lstrip().startswith(">") and repeats_own_words(line, own)
    ]
    return "\n".join(line for line in lines if line not in pulled), [p.strip() for p in pulled]


def _sponsor_block(units: list[Unit]) -> set[int]:
    """A newsletter's sponsor blocks: the label ("TOGETHER WITH LUMEN RENTALS"), the ad copy
    under it and the link that closes it ("Book your March shoot →"). Without such a link,
    only a label that can be nothing else (set in capitals, "Today's sponsor") takes the
    paragraph under it: "Presented by Algorithms" over a paragraph may be a section heading."""
    block: set[int] = set()
    for i, unit in enumerate(units):
        # (An ad slot's label, "ADVERTISEMENT", opens the same block in an article's text.)
        ad_slot = bool(furniture.AD_SLOT_LABEL.match(unit.text))
        if unit.words > 10 or not (furniture.SPONSOR.match(unit.text) or ad_slot):
            continue
        block.add(i)
        # The ad copy's paragraphs and, after them, its link.
        copy = list(range(i + 1, min(i + 2 + _AD_COPY_MAX, len(units))))
        closing = next((j for j in copy if _ad_link(units[j])), None)
        if (
            ad_slot
            and closing is not None
            and (
                closing == i + 1
                or _RELATED_LABEL.match(units[closing].text.partition(":")[0] + ":")
            )
        ):
            # A slot's label over a link: its ad is gone ("READ MORE:" is not it); nor does a
            # link to another story ("Read more: <headline>") close an ad: the paragraph over
            # it is the article's, under a slot whose picture was lost.
            closing = None
        if closing is not None and all(
            units[j].words <= _AD_COPY_WORDS for j in copy if j < closing
        ):
            block.update(range(i + 1, closing + 1))
        elif (
            not ad_slot  # (the slot's picture may be lost: then the essay goes on under it)
            and (unit.text.isupper() or furniture.SPONSOR_ONLY_LABEL.match(unit.text))
            and copy
            and units[copy[0]].words <= _AD_COPY_WORDS
        ):
            block.add(copy[0])
    return block


# A label that introduces a link to another article, alone on its line.
_RELATED_LABEL = re.compile(
    r"^(?:read more|related(?: stories| articles| reading)?|see also|also read|read next|"
    r"read also|recommended reading|more on this(?: story)?|don'?t miss)\s*:?$",
    re.IGNORECASE,
)


_HEADLINE_MIN_WORDS = 4  # shorter, it is a menu's or a tab's label ("Recommended", a name)


def _related_links(units: list[Unit]) -> set[int]:
    """The headline a "READ MORE" (or "Related:") label points to, set between an article's
    paragraphs: another article's headline, though it may end like a sentence, or each of a
    list of them, its items one under the other."""
    links: set[int] = set()
    for i, unit in enumerate(units[:-1]):
        k = i + 1 if _RELATED_LABEL.match(unit.text) else len(units)
        while k < len(units) and _headline_sized(units[k]):
            links.add(k)
            if not (k + 1 < len(units) and units[k + 1].gap == 0 and _listed(units, k, k + 1)):
                break
            k += 1
    return links


def _headline_sized(unit: Unit) -> bool:
    return not unit.heading and _HEADLINE_MIN_WORDS <= unit.words <= furniture.TITLE_MAX_WORDS


def _listed(units: list[Unit], *at: int) -> bool:
    return all(furniture.BULLET.match(units[k].text) for k in at)


# How many headlines (and their numbers) a box of other stories holds at most.
_BOX_MAX_LINES = 16


def _teaser_boxes(units: list[Unit]) -> set[int]:
    """A box of other stories' headlines set between an article's paragraphs ("Most read" over
    "1" / "Roadworks on the A47 …"), the article's prose running on under it: the box's lines,
    its heading first. Under the article (comments, a heading or the page's end under the
    headlines), or set as a section of the page ("## Related posts"), the same box ends it."""
    boxes: set[int] = set()
    for i, unit in enumerate(units):
        if unit.heading or not (furniture.TEASER_HEAD.match(unit.text) and is_end(unit)):
            continue
        for k in range(i + 1, min(len(units), i + 2 + _BOX_MAX_LINES)):
            # A headline under its section's label ("Opinion | … About A.I.", or on the line
            # over it: "Opinion | Jane Doe" / "I Made … Couldn't Do.") is one of the box's
            # stories, though it ends like a sentence: no paragraph of the article.
            if is_prose(units[k]) and not (
                labelled_headline(units[k].text) or _story_under_label(units, k)
            ):
                if k > i + 1:
                    boxes.update(range(i, k))
                break
            if units[k].heading or (
                is_end(units[k]) and not furniture.TEASER_HEAD.match(units[k].text)
            ):
                break
    return boxes


def _story_under_label(units: list[Unit], k: int) -> bool:
    """Whether ``units[k]`` is a story's headline under its label alone on the line over it
    ("Opinion | Jane Doe" / "I Made a Film. Here's What It Couldn't Do."): headline-sized, the
    line over it a section's label and a name, no headline of its own ending like a sentence."""
    label = units[k - 1]
    return (
        units[k].words <= furniture.TITLE_MAX_WORDS
        and labelled_headline(label.text)
        and not ends_sentence(label.text)
    )


def _ad_link(unit: Unit) -> bool:
    """A link's short label closing an ad: "Book your March shoot →", "Try it free"."""
    label = unlinked_label(unit.text)
    return (
        len(label.split()) <= 8
        and not ends_sentence(label)
        and bool(furniture.AD_LINK.search(label))
    )


_FLAIR_MAX_WORDS = 3

# A comment section's bare label, the same word a forum sets as a post's flair or a tab.
_BARE_LABEL = re.compile(r"^(?:discussion|comments?|responses?|replies)$", re.IGNORECASE)


def _label_over_prose(units: list[Unit], i: int) -> bool:
    """A bare "Discussion" or "Comments" with running prose right under it: a post's flair or a
    tab over the essay, not its comment section (whose first comment opens with its poster's
    name, a vote count or a prompt, never straight with prose)."""
    return bool(_BARE_LABEL.match(units[i].text)) and i + 1 < len(units) and is_prose(units[i + 1])


# How far under "Read more" its teasers' dates or read times show.
_TEASER_SPAN = 8


def _teasers_under(units: list[Unit], i: int) -> bool:
    """A bare "Read more" over other posts' teasers (their dates or read times under it): the
    essay has ended. Over a single link and then prose, it is a promotion inside the body."""
    if not furniture.READ_MORE.match(units[i].text):
        return False
    return any(
        furniture.READ_TIME.search(u.text) or date_alone(u.text)
        for u in units[i + 1 : i + 1 + _TEASER_SPAN]
    )


def _comment_thread_start(units: list[Unit], start: int, stop: int) -> int | None:
    """Where a trailing "•" comment thread begins in ``units[start:stop]``, if there is one.

    A thread runs to the end (or to an end marker) through bullets, indented replies and junk,
    and looks like comments rather than a closing list: a bullet (often just the commenter's
    name) followed by an indented reply, or a long bullet right before a comment-section marker.
    """
    first = None
    for i in range(stop - 1, start - 1, -1):
        unit = units[i]
        if furniture.BULLET.match(unit.text):
            first = i
        elif not (unit.indent >= 2 or is_junk(unit)):
            break
    if first is None:
        return None
    for i in range(first, stop):
        if not furniture.BULLET.match(units[i].text):
            continue
        replied = i + 1 < stop and units[i + 1].indent > units[i].indent
        long_before_marker = units[i].words >= 25 and stop < len(units)
        if replied or long_before_marker:
            return first
    return None


# "Cold Open is a reader-supported publication.", "Slow Dissolve is written by Jane Doe": a
# line about a site, not about a person (a person is not written or edited by anyone).
_PUBLICATION_ABOUT = re.compile(
    r"^.{1,60}?\s+is\s+(?:an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:publication|newsletter|magazine|blog|podcast|site|website|journal|zine)\b"
    r"|(?:written|edited|run|made|produced|published)\s+by\s)",
    re.IGNORECASE,
)


def _name_over_bio(units: list[Unit], stop: int) -> int | None:
    """Where a person's name stands alone above the essay (``units[:stop]``) when a line further
    down describes them ("Jane Doe is a gaffer ..."): an opinion page's byline, with no date or
    "By" beside it, confirmed by its author box."""
    for i in range(stop):
        name = units[i].text
        if not (NAME.match(name) and 2 <= len(name.split()) <= 4) or name.split()[0] == "The":
            continue
        about = re.compile(rf"{re.escape(name)}\s+(?:is|was|writes|lives|works)\b")
        if any(
            about.match(u.text) and u.words >= 6 and not _PUBLICATION_ABOUT.match(u.text)
            for u in units[stop:]
        ):
            return i
    return None


_FIRST_PERSON = re.compile(r"^I(?:'m|’m| am| write| make| work| cut| shoot| edit| teach)\b")
_CARD_BIO_MAX_WORDS = 25


def _author_card(units: list[Unit]) -> int | None:
    """Where the writer's card in the page's foot starts: their name alone over one line in
    which they describe themselves ("Priya Raman" / "I write about film sets and the people on
    them."), or in the third person from their first name on ("Priya lights sets …"), under
    the essay and with no running text after it. Neither line is the essay."""
    for i in range(1, len(units) - 1):
        name, bio = units[i].text, units[i + 1]
        if not (NAME.match(name) and 2 <= len(name.split()) <= 4) or name.split()[0] == "The":
            continue
        about = re.match(
            rf"{re.escape(name.split()[0])}(?: {re.escape(name.split()[-1])})? [a-z]", bio.text
        )
        if not ((_FIRST_PERSON.match(bio.text) or about) and bio.words <= _CARD_BIO_MAX_WORDS):
            continue
        if any(is_prose(u) for u in units[:i]) and not any(is_prose(u) for u in units[i + 2 :]):
            return i
    return None


# A post's stamp under its poster's name: "Posted October 1", "Posted on March 3, 2026"
# (Invision's, with no year when the post is this year's).
_POSTED = re.compile(r"^(?:posted|replied|commented)(?: on)?\s+(?P<when>\S.{2,40})$", re.IGNORECASE)


def _reply_header(units: list[Unit], i: int, author: str | None) -> bool:
    """Under the post's buttons ("Like" / "Reply", Invision's "Quote" alone, perhaps over its
    reactions' count), someone else's name over a date ("Tomasz Berg" / "3 Mar 2025", Flarum's;
    "Sara Whitlock" / "Posted October 1", Invision's), or shown twice (their avatar's, their
    link's) over their profile down to the date ("Tyler Vasquez" / "Tyler Vasquez" / "Basic
    Member" / "48" / "221 posts" / "Location: Austin, TX" / "Posted October 3, 2026"): the
    header of a reply, which ends the post."""
    name = units[i].text
    below = i + 1
    if below < len(units) and units[below].text == name:
        below += 1
        while below < min(len(units), i + _PROFILE_SPAN) and _profile_line(units[below].text):
            below += 1
    dated = units[below].text if below < len(units) else ""
    stamp = _POSTED.match(dated)
    when = stamp["when"] if stamp else dated
    button = i - 1 if i < 2 or not BARE_LINE.match(units[i - 1].text) else i - 2
    return (
        0 < i < len(units) - 1
        and author is not None
        and name.casefold() != author.casefold()
        and bool(NAME.match(name))
        and 2 <= len(name.split()) <= 4
        and bool(
            furniture.NAV.search(units[button].text) or furniture.JUNK.search(units[button].text)
        )
        and bool(date_alone(when) or is_age(when))
    )


_PROFILE_SPAN = 9  # the name twice, a member title, counts and labelled fields, then the date
# A line of a poster's profile under their name: a member title ("Basic Member"), a count ("48",
# "1,204 posts") or a labelled field ("Location: Austin, TX", "Specialties: Gaffer").
_PROFILE_LINE = re.compile(
    r"^(?:[\d.,]+\s*[km]?(?:\s+[a-z]+)?|[^\W\d][\w ]{0,25}:\s*\S.{0,40}|"
    r"(?:[^\W\d][\w-]*\s?){1,3})$",
    re.IGNORECASE,
)


def _profile_line(text: str) -> bool:
    return bool(_PROFILE_LINE.match(text)) and not (_POSTED.match(text) or date_alone(text))


_COMMENTER_WORDS = 4
_COMMENT_SPAN = 12  # units from one comment's header to the next: its text, its buttons


def _commenter_over_date(units: list[Unit], i: int) -> bool:
    """A name alone on its line (a word to four, no sentence) over a date alone on the next."""
    return (
        i + 1 < len(units)
        and 1 <= units[i].words <= _COMMENTER_WORDS
        and not ends_sentence(units[i].text)
        and bool(re.search(r"[^\W\d_]", units[i].text))
        and not is_dateline(units[i].text)
        and date_alone(units[i + 1].text) is not None
    )


def _comments_under(units: list[Unit], i: int) -> bool:
    """Where a comment section begins, whatever language its heading and buttons are in
    ("3 comentários:", "Responder"; "2 commenti", "Rispondi"): a name over a date, and again
    a few lines further down, each comment's header ("Renata Lins" / "20 de novembro de 2026 às
    07:48"), the second someone else's; or a single one right under a short heading, the
    section's ("Ein Kommentar" / "Jakub Nowak sagt:" / "18. November 2026 um 08:51 Uhr"). One
    such pair alone may be the writer's own byline under the text, and the same name over each
    date a thread of the writer's own posts."""
    if not _commenter_over_date(units, i):
        return False
    if i and units[i - 1].heading and units[i - 1].words <= _COMMENTER_WORDS:
        return True
    return any(
        _commenter_over_date(units, k) and units[k].text != units[i].text
        for k in range(i + 2, min(len(units), i + _COMMENT_SPAN))
    )


# A reply's quote of another post, by its attribution: "On 9/30/2026 at 4:12 PM, Daniel Brophy
# said:" (Invision), "Daniel Brophy said:" (XenForo), "flickerbox wrote: ↑Sat Nov 21" (phpBB),
# "On Tue, Mar 3, 2026, Jane Doe <jane@…> wrote:" (a list), "Quote from: x on <date>" (SMF),
# "Originally Posted by x" (vBulletin).
_QUOTE_ATTRIBUTION = re.compile(
    r"^(?:on .{4,60}?,\s*)?(?P<name>[^,:<>]{2,60}?)(?:\s*<[^<>]{3,80}>)?\s+(?:said|wrote)\s*:"
    r"(?:\s*[↑^»]?\s*[^.!?]{0,40})?$"
    r"|^(?:quote\s*)?(?:from\s*:|:?\s*originally posted by)\s*(?P<name2>[^,:<>]{2,60}?)"
    r"(?:\s+on\s+.{4,60})?$",
    re.IGNORECASE,
)


def _quotes_author(text: str, author: str | None) -> bool:
    """A line that quotes the page's author in a post under theirs ("On <date>, Daniel Brophy
    said:"): nobody quotes their own essay, so it opens someone else's reply, and the reply, its
    header above it and all after it are not the essay, even where the thread's headers were
    not read as such."""
    match = _QUOTE_ATTRIBUTION.match(text)
    if not match or not author:
        return False
    name = (match["name"] or match["name2"]).strip().removeprefix("u/").removeprefix("@")
    return name.casefold() == author.casefold()


# A post that opens by naming whom it answers ("@jane that's exactly it …", "@jane@film.social
# Devil's advocate: …"): a thread's replies address the poster, whose own posts need no
# address, so where a page lost the thread's headers the first such post starts the replies.
_MENTION_REPLY = re.compile(r"^@[\w.-]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?[,:]?\s+(?:\S+\s+){2}\S")


_SIGNATURE_MAX_WORDS = 20
# A poster's own addition under the post, glued as a signature would be: "Edit: …", "TL;DR …",
# "P.S. …" are the post's.
_POST_ADDITION = re.compile(r"^\W*(?:edit|update|eta|tl;? ?dr|p\.? ?s)\b", re.IGNORECASE)
_SIGNED_PARAGRAPHS_MIN = 2  # paragraphs set apart by blank lines over it, to know the post's way
# A signature's parts: a name, a studio or a place, a motto, between bars or dots.
_SIGNATURE_PARTS = re.compile(r"\s+[|·•]\s+")
_SIGNATURE_MIN_PARTS = 3
_SIGNATURE_PART_WORDS = 6


# A forum's edit stamp under a post: "Edited November 27, 2025 by jane", "Last edited: Nov 27,
# 2025", "Last edited by jane; 11-27-2025 at 09:14 PM.".
_EDIT_STAMP = re.compile(r"^(?:last )?edited\b", re.IGNORECASE)
_EDIT_STAMP_WORDS = 16
_UNDER_STAMP = 2  # the edit's reason ("typo") and the poster's signature
_UNDER_STAMP_WORDS = 20


def _edit_stamp(units: list[Unit], start: int, end: int) -> int | None:
    """Where a forum's edit stamp, dated, stands under the post's text with no more than its
    reason and the poster's signature under it: the post's text ends over it, and what it
    holds under it is the forum's, not the post's (Invision's "Edited <date> by <name>" over
    the reason the poster gave, "typo")."""
    for k in range(max(start + 1, end - _UNDER_STAMP - 1), end):
        unit = units[k]
        if (
            _EDIT_STAMP.match(unit.text)
            and unit.words <= _EDIT_STAMP_WORDS
            and DATE.search(unit.text)
            and any(is_prose(u) for u in units[start:k])
            and all(u.words <= _UNDER_STAMP_WORDS for u in units[k + 1 : end])
        ):
            return k
    return None


def _signature(units: list[Unit], start: int, end: int, posts: Thread | None) -> bool:
    """Whether the post's last line is its poster's forum signature: a short line right under the
    last paragraph, no blank line between, in a post whose paragraphs are each set apart by one
    (a forum's mobile view drops the rule over the signature; a paste keeps only the line
    break). The poster's motto under every post ("\"The 400 Blows\" is still the best ending
    ever shot. Fight me.") is not the post's text."""
    if posts is None or posts.social or end - start < _SIGNED_PARAGRAPHS_MIN + 1:
        return False
    last = units[end - 1]
    if (
        last.words <= _SIGNATURE_MAX_WORDS
        and len(parts := _SIGNATURE_PARTS.split(last.text)) >= _SIGNATURE_MIN_PARTS
        and all(len(part.split()) <= _SIGNATURE_PART_WORDS for part in parts)
    ):
        # Set as a signature is, its parts between bars ("Ben | oakhill docs | "Shoot what's
        # there.""): the paste may keep no line break or rule to set it apart.
        return True
    paragraphs = [u for u in units[start + 1 : end - 1] if is_prose(u)]
    return (
        last.gap == 0
        and last.words <= _SIGNATURE_MAX_WORDS
        and not _POST_ADDITION.match(last.text)
        # (over it, the post's last paragraph, or its closing line set apart as its paragraphs
        # are: "Anyone else seeing the same thing?")
        and (is_prose(over := units[end - 2]) or (over.gap > 0 and ends_sentence(over.text)))
        and len(paragraphs) >= _SIGNED_PARAGRAPHS_MIN
        and all(u.gap > 0 for u in paragraphs)
    )


def _button_between_posts(units: list[Unit], i: int, posts: Thread | None) -> bool:
    """A social post's button that reads like a comment section's start ("Comment", under
    each post on Threads) with another post of the poster's under it: the thread goes on (the
    others' replies were cut already)."""
    return (
        posts is not None
        and posts.social
        and units[i].words <= _BAR_WORDS
        and any(names_poster(u.text, posts) for u in units[i + 1 :])
    )


def _name_text(units: list[Unit], i: int | None) -> str | None:
    return units[i].text if i is not None else None


_HONORIFIC = r"(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?"
_NOTE_MAX_WORDS = 40


def _author_note(unit: Unit, author: str | None) -> bool:
    """A line that introduces the author above the essay: "Mr. Osei-Brandt ran the booth at
    the Orpheum for thirty-one years." (a paper's guest essay), "Jane Doe is a gaffer ..."."""
    if not author or unit.words > _NOTE_MAX_WORDS:
        return False
    surname = re.escape(author.split()[-1])
    return bool(re.match(rf"{_HONORIFIC} {surname}\b", unit.text)) or _about_author(unit, author)


def _clean_bio(text: str) -> tuple[str | None, list[str]]:
    """The bio's sentences about the author, and the calls to action dropped from it."""
    kept: list[str] = []
    dropped: list[str] = []
    for sentence in split_sentences(text):
        (dropped if furniture.CALL_TO_ACTION.search(sentence) else kept).append(sentence)
    return " ".join(kept) or None, dropped


def _bio_index(tail: list[Unit], name: str | None) -> int | None:
    """Where the author's bio is in the dropped tail: after an author box heading or a byline,
    or a line about the author ("Jane Doe is a ...")."""
    if tail and is_about(tail[0]):
        for i in range(1, min(4, len(tail))):
            unit = tail[i]
            if unit.words >= 8 and not (furniture.BULLET.match(unit.text) or is_junk(unit)):
                return i
    elif tail and name:
        for i in range(min(5, len(tail))):
            if _about_author(tail[i], name) or (
                i and tail[i].text.startswith(name) and tail[i].words >= 8
            ):
                return i
    return None


# What a bio says its subject does, in the third person: "is a gaffer", "covers the economics
# of film for X", "teaches editing at Y", "has written for Z".
_BIO_VERB = (
    r"(?:is|was|writes|lives|covers|reports|teaches|edits|reviews|works|has (?:written|worked|"
    r"covered|reported|taught))\b"
)


def _about_author(unit: Unit, author: str | None) -> bool:
    """A line that describes the author in the third person: an author box's bio."""
    if not author or unit.words < 6:
        return False
    first = author.split()[0]
    return bool(
        re.match(
            rf"(?:{re.escape(author)}|{re.escape(first)})\s+{_BIO_VERB}"
            # The full name may go with any verb of what they do ("Jane Doe programmes the
            # late shows at …"): nobody writes of themselves by full name in their own essay.
            rf"|{re.escape(author)}\s+[a-z]{{3,}}s\b",
            unit.text,
        )
    )


# A person's picture, by its alt text ("Author", "Author avatar", "Profile picture") or its
# file's path (".../profile_picture/okon.jpg", ".../avatar-maren.jpg").
_AVATAR = re.compile(
    r"!\[\s*(?:(?:author|writer)(?:['’]s)?(?:\s+(?:avatar|photo|picture|image|headshot))?|avatar|"
    r"headshot|profile\s+(?:picture|photo|image))\s*\]"
    r"|\((?:[^)\s]*/)?[^)\s]*(?:avatar|profile[_-]?(?:picture|photo|image|pic)|headshot)s?[/._-]",
    re.IGNORECASE,
)


_BOLD_LINE = re.compile(r"^\*\*[^*\n]+\*\*$")


def _without_caption(match: re.Match[str], captions: list[str]) -> str:
    """An image's Markdown with the short line under it taken out as its caption; a longer
    paragraph there is the author's, and so is the line under the writer's picture: their
    name, the byline (a newsletter's "![Author](…)" over "[Samuel Okon](…/authors)")."""
    caption = match["caption"].strip()
    if len(caption.split()) > furniture.CAPTION_MAX_WORDS or _AVATAR.search(match["image"]):
        return match[0]
    if _BOLD_LINE.match(caption):
        # A line set wholly in bold under a logo is display type (a letter's masthead, a
        # section's head), not a caption: captions are set plain or in italics.
        return match[0]
    if match["image"].count("](") > 1 and furniture.MD_LINK.match(caption):
        # A linked image (a logo, a profile picture) over a line opening on a link: the name it
        # links to, a byline's or a commenter's header (Medium's publication logo over the
        # writer's name, LinkedIn's "[Jane Doe](…) 2w"), not a caption.
        return match[0]
    captions.append(caption)
    return match["image"]


# A story submitted by a reader and posted by an editor, its text under the submitter's line
# ("Longtime Slashdot reader reelbender writes:"): the submitter wrote it. A generic word there
# ("A reader writes:", "An anonymous reader writes:") names nobody.
_SUBMITTED = re.compile(r"^(?:\S.{0,60}\s)?(?P<name>\S{2,40})\s+(?:writes|wrote|shares|reports):$")
_NOBODY = {"reader", "user", "member", "contributor", "coward", "subscriber", "viewer", "listener"}


def _submitter(head: list[Unit]) -> str | None:
    """The submitter the line right over the essay names (see ``_SUBMITTED``)."""
    if not head or not (m := _SUBMITTED.match(head[-1].text)):
        return None
    return None if m["name"].casefold() in _NOBODY else m["name"]


def clean(
    raw: str,
    *,
    markdown: bool = False,
    title: str | None = None,
    author: str | None = None,
    saved: str | None = None,
) -> Cleaned:
    """Split raw page text into the essay (verbatim paragraphs) and what surrounds it.

    ``title`` and ``author`` are what the page's metadata says, when it says (HTML): the title
    repeated after the essay starts the next post of a thread, and a line about the author
    ("Jane Doe is a ...") is their bio. ``saved``: the day a clipper saved the page, when it
    says (the year of a date shown without one).
    """
    known_title, known_author = title, author
    raw = raw or ""
    asides: list[str] = []
    platforms = profile_platforms(raw) if markdown else {}
    if markdown:
        raw = furniture.MD_EMBED_CAPTION.sub(lambda m: _without_caption(m, asides), raw)
        blocks = (
            furniture.ASIDE,
            furniture.TEMPLATE_BLOCK,
            furniture.TEMPLATE,
            furniture.MD_CALLOUT,
            furniture.MD_TOC,
            furniture.MD_LINK_CARD,
        )
        for block in blocks:
            asides += [line.strip() for m in block.finditer(raw) for line in m[0].splitlines()]
            raw = block.sub("", raw)
        raw = furniture.MD_CAPTION.sub(lambda m: _without_caption(m, asides), raw)
        raw, pulled = _quoted_pull_quotes(raw)
        asides += pulled
    units, stamps = join_transcript(split_units(raw, markdown))
    asides += stamps
    if not units:
        return Cleaned(title=None, body="", published=None, author_bio=None, removed=asides)
    # A newsletter's sponsor block; a paginated text's other sections and its running heads laid
    # out in columns: gone before anything reads the page for its title (the name those heads
    # repeat is kept for the publication).
    columns = {i for i in _running_heads(units) if COLUMNS.search(units[i].text)}
    column_name = _running_head_name(units, columns) or _masthead_in_columns(units, columns)
    # A clipper's header: dropped, but its tab title may still name the site ("… — poster on
    # Tumblr").
    clipper = _clipper_header(units)
    clipped = [units[i].text for i in sorted(clipper)]
    tab_kept = bool(clipper) and 0 not in clipper  # the tab's title, the page's only headline
    dropped = (
        _sponsor_block(units)
        | _other_sections(units)
        | columns
        | _labelled_captions(units)
        | _reader_letters(units)
        | _forum_quotes(units)
        | _consent_wall(units)
        | _member_boxes(units)
        | clipper
    )
    carded = None  # the writer's name on their card in the page's foot
    if (card := _author_card(units)) is not None:
        carded = units[card].text
        dropped |= {card, card + 1}
    asides += [units[i].text for i in sorted(dropped)]
    units = [u for i, u in enumerate(units) if i not in dropped]
    if not units:
        return Cleaned(title=None, body="", published=None, author_bio=None, removed=asides)
    if (feed := feed_post([u.text for u in units])) is not None:
        # A channel's feed: its longest post is the essay; the other posts are not.
        asides += [u.text for i, u in enumerate(units) if not feed.start <= i < feed.end]
        units = units[feed.start : feed.end]
    signer = None  # the poster of a thread whose posts are signed under them
    if (signed_post := first_signed_post([u.text for u in units])) is not None:
        footer, signer = signed_post
        # The first footer ends the essay; the posts under it are comments.
        asides += [u.text for u in units[footer:]]
        units = units[:footer]
    if (comments := first_repeated_byline([u.text for u in units])) is not None:
        asides += [u.text for u in units[comments:]]
        units = units[:comments]
    answer = read_answer([u.text for u in units])
    answer_site = None
    if answer is not None:
        texts = [u.text for u in units]
        head_lines, foot_lines = texts[: answer.start], texts[answer.end :]
        # (The site's name over its menu, before its network's bar over the page.)
        answer_site = logo_over_menu(head_lines, foot_lines) or find_publication(
            head_lines, foot_lines, answer.author
        )
        # A Q&A page: the question, the site around it and the other answers are not the essay.
        asides += [u.text for i, u in enumerate(units) if not answer.start <= i < answer.end]
        units = units[answer.start : answer.end]
    posts = None if answer is not None else read_thread([u.text for u in units])
    replies: list[str] = []  # the page's foot under a post: its site's copyright too
    if posts is not None and posts.replies is not None:
        # The replies, and everything after them, are other people's words.
        replies = [u.text for u in units[posts.replies :]]
        asides += replies
        units = units[: posts.replies]

    # The essay starts at the first paragraph of running prose; before it is the page's head
    # (menus, title, byline), read for metadata only.
    described = None  # the blog's name over its description
    site_head: set[int] = set()  # ... those two lines: the blog's, no byline
    title_from = 0  # where the post's own head starts (under a newsletter's card, a blog's name)
    if posts is None and (banner := _banner_over_page(units)) is not None:
        # A banner's sentence over the page's head: not the essay's start, nor the head's.
        asides.append(units.pop(banner).text)
    # A "Transcript" label over an episode's transcript: the essay starts under it.
    transcript_at = _transcript_label(units)
    prose = [i for i, u in enumerate(units) if is_prose(u) and i > transcript_at]
    first_prose = prose[0] if prose else None
    if len(prose) > 1 and (button := _card_button(units, prose[0], prose[1])) is not None:
        first_prose = prose[1]  # the first "prose" is a newsletter's description, in its card
        described, title_from = units[prose[0] - 1].text, button + 1
    elif (
        len(prose) > 1
        and not any(u.heading for u in units[: prose[0]])
        and (
            isolated_title(units, prose[0])
            or set_apart_title(units, prose[0])
            or title_over_byline(units, prose[0])
            or headline_over_standfirst(units, prose[0])
        )
    ):
        first_prose = prose[1]  # the first "prose" is a title that ends like a sentence
        if headline_over_standfirst(units, prose[0]) and prose[1] == prose[0] + 1 and prose[2:]:
            first_prose = prose[2]  # ... and the next its standfirst, over the byline
    elif len(prose) > 1 and (
        standfirst_over_byline(units, prose[0], prose[1]) or standfirst_writer(units[prose[0]].text)
    ):
        first_prose = prose[1]  # the first "prose" is the subtitle: over the byline, or one
    elif len(prose) > 1 and _note_over_headline(units, prose[0]):
        first_prose = prose[1]  # the first "prose" is the letter's note over the issue
    elif len(prose) > 1 and _tagline_under_name(units, prose[0], prose[1]):
        first_prose = prose[1]  # the first "prose" is the blog's description, under its name
        # (the post's own head starts under it: a description of two sentences is no headline)
        described, title_from = units[prose[0] - 1].text, prose[0] + 1
        site_head = {prose[0] - 1, prose[0]}
    post_text = posts.text_start if posts is not None else 0
    if (
        post_text + 1 < len(units)
        and units[post_text].words <= _FLAIR_MAX_WORDS
        and not ends_sentence(units[post_text].text)
        and is_prose(units[post_text + 1])
    ):
        post_text += 1  # the post's flair ("Discussion", "Workflow") between header and text
    if (
        posts is not None
        and not posts.social
        and first_prose is not None
        and first_prose < posts.start
        and post_text < len(units)
        and is_prose(units[post_text])
    ):
        # A forum page's sidebar copied above the post (a community's blurb, its other
        # threads): the essay is the post under its header, not the first prose on the page.
        first_prose = post_text
    prose_found = first_prose is not None
    if first_prose is None:
        # No running prose (a short paste): every line that isn't furniture is the text.
        first_prose = next((i for i, u in enumerate(units) if not is_furniture(u)), len(units))
        title_at = None
        if first_prose + 1 < len(units) and looks_like_title_alone(units, first_prose):
            title_at = first_prose
            first_prose += 1
    else:
        header = posts.start if posts is not None and not posts.social else None
        if header is None:
            header = _name_over_bio(units, first_prose)
        if title_from:
            found = title_index(units[title_from:], first_prose - title_from)
            title_at = None if found is None else title_from + found
        else:
            title_at = title_index(units, first_prose, header)
    start = first_prose
    while (
        start > 0
        and start - 1 != title_at
        and sentence_like(units[start - 1])
        and not standfirst_writer(units[start - 1].text)
    ):
        start -= 1
    if posts is not None and posts.social:
        # A social post has no title; its text starts under its header.
        start, title_at = posts.text_start, None
    if feed is not None:
        start, title_at = 0, None  # a post in a feed has no title: it is all text
    if any(_labels_feed_post(u.text) for u in units[:start]):
        title_at = None  # a post in a feed has no title: the lines over it are the feed's
    head = units[:start]
    if posts is not None and posts.social:
        head = units[:start] + units[start : posts.replies or len(units)]  # its timestamp
    # The headline is not also the byline ("Sora Changes Everything" over a date is name-shaped);
    # a line other than the title the metadata gives may be ("Jane Doe for Lantern Lab").
    shown = units[title_at].text if title_at is not None else ""
    headline = None if known_title and normalize(shown) != normalize(known_title) else title_at
    author = (
        _named_in_full(known_author, ["" if i == headline else u.text for i, u in enumerate(head)])
        or known_author
        or signer
        or (feed and feed.author)
        or _submitter(head)
        or (answer and answer.author)
        or (posts and (posts.name or posts.poster))
        or find_author(
            ["" if i == headline or i in site_head else u.text for i, u in enumerate(head)], []
        )
        or _name_text(units, _name_over_bio(units, start))
        or carded
        or creator_card(
            [u.text for i, u in enumerate(head) if i != headline],
            [u.text for u in units[start:] if not is_prose(u)],
        )
    )
    title_text = known_title or (units[title_at].text if title_at is not None else None)

    # Where the essay ends: the first end marker (or author bio) after some essay text.
    boxes = _teaser_boxes(units)
    body_words = 0
    cut = len(units)
    byline_name: str | None = None
    for i in range(start, len(units)):
        unit = units[i]
        name = url_byline(unit)
        ends = (
            (
                is_end(unit)
                and not _label_over_prose(units, i)
                and i not in boxes
                and not _button_between_posts(units, i, posts)
            )
            or _teasers_under(units, i)
            or is_about(unit)
            or (unit.heading and furniture.REPO_FOOT.match(unit.text))
            or name
            or _about_author(unit, author)
            or (author is not None and funding_box(unit.text) == author)  # "Support Jane Doe"
            or (title_text is not None and normalize(unit.text) == normalize(title_text))
            or (
                i > start
                and signs_off(
                    unit.text,
                    units[i - 1].text,
                    author,
                    units[i + 1].text if i + 1 < len(units) else "",
                )
            )
            or (i > start and not author and _signed_at_end(units, i))
            or _reply_header(units, i, author)
            or _comments_under(units, i)
            or _quotes_author(unit.text, author)
            or _MENTION_REPLY.match(unit.text)
        )
        if ends and body_words >= furniture.MIN_BODY_WORDS:
            cut = i
            byline_name = name or (author if _about_author(unit, author) else None)
            # "Jane Doe" on the line above "Jane Doehttps://..." belongs to the byline.
            if name and i > 0 and units[i - 1].text == name:
                cut = i - 1
            break
        if unit.words >= 5 and not is_furniture(unit):
            body_words += unit.words
    thread = _comment_thread_start(units, start, cut)
    if thread is not None and sum(u.words for u in units[start:thread]) >= furniture.MIN_BODY_WORDS:
        cut = thread
        byline_name = None
    # Past the last paragraph of prose (and any short sentences right after it) is the page's
    # foot: share buttons, tags, sign-offs.
    end = cut
    blurbs = _promo_blurbs(units)
    last_prose = max(
        (i for i in range(start, cut) if is_prose(units[i]) and i not in blurbs), default=None
    )
    if last_prose is not None:
        end = last_prose + 1
        while end < cut and (sentence_like(units[end]) or _body_list_item(units, end, cut)):
            end += 1
    if (stamp := _edit_stamp(units, start, end)) is not None:
        end = stamp
    if _signature(units, start, end, posts):
        end -= 1  # the poster's signature, under their post's last paragraph
    tail = units[end:]
    signed, signed_on = sign_off([u.text for u in units[end:]], units[end - 1].text if end else "")
    head_texts = [u.text for u in head]
    channel = None  # a video's channel, when a person signed the video's text
    if (
        not known_author
        and signed
        and author
        and author != signed
        and any(t == author and over_audience(head_texts, k) for k, t in enumerate(head_texts))
    ):
        # A channel over its audience's count, its video's text signed by a person ("— Dana
        # Okafor"): the person wrote it, the channel published it.
        channel, author = author, signed
    issued = issuing_body(head_texts, [u.text for u in units[end:]])
    author = (
        author  # (the metadata's, when it names one: see above)
        or signed
        or find_author([], [u.text for u in units[end:]])
        or first_name_signature([u.text for u in units[end:]], units[end - 1].text if end else "")
        or (issued and issued[0])
        # A clip of a post on a user's blog names no one but in its source's host.
        or (clipped_blog_handle(raw) if markdown else None)
        # ... and a creator's card, clipped, in the link from their name to their profile.
        or (linked_profile_name(raw, head_texts) if markdown else None)
    )

    # The date: the first one in the head (a dateline, "Published: ...", a byline's date), else
    # a "Published: ..." line anywhere in the essay; never a date in the comments.
    published = (
        (feed and feed.published)
        or (answer and answer.published)
        or (posts and posts.published)
        or dateline_of_address(head_texts)
        or next(
            (
                d
                for u in head
                if not saved_line(u.text) and (d := published_line(u.text) or date_alone(u.text))
            ),
            None,
        )
        # A byline's own date: "By Dana Wells Updated Mar 4, 2025, 9:00am EST", "Jane Doe · Mar
        # 4, 2025".
        or next(
            (
                d
                for u in head
                if (author_in(u.text) or name_beside_date(u.text)) and (d := parse_date(u.text))
            ),
            None,
        )
        or next((d for u in head if (d := dated_byline(u.text))), None)
        # A shared document's "Jane Doe — draft of 28 September 2026, for …".
        or next((noted[1] for u in head if (noted := noted_byline(u.text))), None)
        # An article's meta line: "December 2, 2025 · Kenji Arakawa · 4 min read".
        or next((d for u in head if (d := read_time_line(u.text)[1])), None)
        # ... or beside the sections filing it: "June 30th, 2026 · Columns · Projection Booth".
        or next((d for u in head if (d := dated_labels(u.text))), None)
        # A newsletter's masthead with its issue's date: "THE GATE -- Issue 9 -- 20 April 2026",
        # or its issue line, with the writer between ("Issue 19 · by Jane Doe · 3 Nov 2026").
        or next(
            (
                d
                for u in head
                if (ISSUE_MASTHEAD.match(u.text) or ISSUE_LINE.match(u.text))
                and (d := parse_date(u.text))
            ),
            None,
        )
        or next((d for u in units[start:cut] if (d := published_line(u.text))), None)
        # ... or alone on its line under a standfirst the essay was taken to start with (a
        # reader view's "Opinion: …" / "Sun 15 Nov 2026, 7:00 AM"), over the first paragraph.
        or next(
            (d for u in units[start : _second_prose(units, start)] if (d := date_alone(u.text))),
            None,
        )
        # ... or in the foot under it, beside its counters ("9,871 views" / "Published: March
        # 24th 2026"), a portfolio's; the comments, if any, were cut before.
        or next((d for u in units[cut:] if (d := published_line(u.text))), None)
        # ... or alone on the line right under its last paragraph, over the foot's counters (a
        # theme's permalink date, Tumblr's "Nov 12th, 2026" over "318 notes").
        or (date_alone(units[end].text) if end < cut else None)
        # ... or under its label, each on its own line, in a sidebar under the text (Tildes'
        # "Topic information": "Posted" / "Nov 22, 2026"), which may end before the foot does.
        or published_under_label([u.text for u in units[start:]])
        or (wire_date(units[start].text) if start < len(units) else None)
        or signed_on
        or (issued and issued[1])
        or yearless_date([u.text for u in head], raw, saved)
        or next((d for u in head if saved_line(u.text) and (d := published_line(u.text))), None)
    )

    social = posts is not None and posts.social
    heads = _running_heads(units)
    removed: list[str] = asides
    headings: list[str] = []
    title: str | None = None
    body: list[str] = []
    previous: str | None = None
    pulled = pull_quotes(units, start, end) | _related_links(units) | blurbs | boxes
    handle = posts.poster if posts is not None else author if author and " " not in author else None
    community = None  # old Reddit's "(self.Filmmakers)" after a text post's title
    tab_site = None  # the site a tab's title names after the headline the page quotes
    for i, unit in enumerate(units[:end]):
        text = unit.text
        repeated = text == previous
        previous = text
        if i == title_at:
            # A topic's number ("… #318") and a link's domain ("… (self.Filmmakers)",
            # "… (example.com)") are the site's, not the title's.
            title = _TITLE_ADDITION.sub("", text)
            title = _TOPIC_LABEL.sub("", title)  # SMF's "Author Topic: … (Read 412 times)"
            title = _without_count(title)  # "… Worse, Not Cheaper 87": its comments
            title = without_section_label(title)  # "Opinion | …"
            # A tab's title naming the poster on the site after the post's ("… — velvetgrain
            # on Tumblr"): the site's and the poster's, not the title's.
            tab = TITLE_BY_POSTER_ON_SITE.match(title)
            if tab and author and normalize(tab["who"]) == normalize(author):
                title = tab["title"]
            if quoted := _quoted_tab_title(title, units, i):
                title, tab_site = quoted
            elif i == 0 and tab_kept and (split := _tab_site(title, units)):
                title, tab_site = split
            community = self_post_community(text)
        elif (
            i < start
            or repeated
            or i in pulled
            or i in heads
            or (i == start and _author_note(unit, author) and i + 1 < end)
            or (i == start and _lead_caption(units, i))
            or is_furniture(unit)
            or (social and heading_like(unit))
            or (posts is not None and names_poster(text, posts))
        ):
            # A social post has no headings: a short line there is its header or its counters.
            removed.append(text)
        elif unit.heading or (prose_found and heading_like(unit)):
            headings.append(text)
        else:
            if not body and handle and text.startswith(f"{handle} "):
                # Instagram's "studio.halden The studio asked me ...": the poster's user name
                # heading their caption is not the caption, and a caption has no title (the
                # line over it is the post's place).
                removed.append(handle)
                text = text[len(handle) + 1 :]
                if title is not None:
                    removed.append(title)
                    title = None
            body.append(text)
    author_bio: str | None = None
    bio_at = _bio_index(units[cut:], byline_name or author)
    for i, unit in enumerate(units[end:]):
        if i + end - cut == bio_at:
            author_bio, dropped = _clean_bio(unit.text)
            removed.extend(dropped)
        else:
            removed.append(unit.text)
    publication = (
        (feed and feed.channel)
        or channel
        or answer_site
        or reader_view_site([u.text for u in units] + asides, author)
        or (posts and posts.instance)
        or community
        or blog_name([u.text for u in units] + replies, handle, author)
        # (A creator's page under their own name is theirs, not a publication: the platform is.)
        or (described if not author or normalize(described or "") != normalize(author) else None)
        or writes_for([u.text for u in units] + asides, author)
        or find_publication(
            clipped + [u.text for u in head],
            [u.text for u in tail] + replies + _box_prompts(units, blurbs),
            author,
        )
        or tab_site
        or _site_beside_tab_headline(units)
        or _running_head_name(units, heads)
        or column_name
        or _site_line(head, title_at, author)
        # The platform the byline's handle links to: a README's "@jane" on GitHub.
        or next((p for u in head for h, p in platforms.items() if h in u.text.split()), None)
        or (hosting_platform(raw) if markdown else None)
    )
    if not author and publication and any(name_beside_date(u.text) == publication for u in head):
        # The site's name beside the post's date ("Kenji Arakawa" over the menu, "December 2,
        # 2025 · Kenji Arakawa"): a person's own site, so its name is the author's.
        author, publication = publication, None
    if title is not None and publication and normalize(title) == normalize(publication):
        title = None  # the site's name over the page is not the post's title
        removed.insert(0, units[title_at].text)
    if publication and publication.isupper():
        # A masthead set in capitals ("FRAMEWORK") names the site the page writes elsewhere in
        # its own case ("Photograph by … for Framework"); with no such line, it stays as set.
        publication = _as_written(publication, [u.text for u in units] + replies + asides)
    if answer is not None and answer.title:
        title = answer.title
    if title is None and (thread := chat_thread_name([u.text for u in head])):
        title = thread  # a chat export's thread, named in its header
    if title is not None and not body:
        # A lone short line is the text itself, not a title over nothing.
        body, title = [title], None
    return Cleaned(
        title=title,
        body="\n\n".join(body),
        published=published,
        author_bio=author_bio,
        removed=removed,
        # (Given the metadata's author, the cleaner names one only to write its handle in full.)
        author=None if author == known_author else author,
        publication=publication,
        headings=tuple(headings),
    )


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _named_in_full(handle: str | None, head: list[str]) -> str | None:
    """The byline's name when the metadata gives the writer only as a user name that is that
    name run together ("bramwellhope" in a clipper's front matter, "Posted by Bramwell Hope"
    over the post): the page names the person, the handle is their account's."""
    if not handle or " " in handle.strip() or not (name := find_author(head, [])):
        return None
    squashed = _NOT_LETTERS.sub("", name).casefold()
    return name if " " in name and squashed == _NOT_LETTERS.sub("", handle).casefold() else None


_FOOT_PROSE = 2  # a letter's note under its signature ("You are reading …; forward it …")
# The writer speaking: the essay going on under a quotation's source, not a letter's note on
# itself ("Dailies is a fortnightly letter …", "Forward it to a friend").
_SPEAKS = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Mm]y|me)\b")


def _signed_at_end(units: list[Unit], i: int) -> bool:
    """A page naming no author, signed with a dash and a full name ("— Ines Carvalho") under
    its text, with little prose under that, none of it the writer speaking (a letter's note on
    itself): the writer's signature. A quotation's source under a quote has the essay going on
    under it, in the writer's voice; nor does the essay's last paragraph end in a quote mark
    (see ``sign_off``)."""
    tail = [u.text for u in units[i:]]
    return (
        # ... or with a first name alone ("— Kofi") that the foot under it gives in full (a
        # bio: "Kofi Mensah-Hart writes …").
        (dash_signature(units[i].text) is not None or _first_name_signs(tail, units[i - 1].text))
        and not ends_in_quote(units[i - 1].text)
        and sum(is_prose(u) for u in units[i + 1 :]) <= _FOOT_PROSE
        # (A call to reply, "Reply to this email to reach me", is the foot's, not the essay's.)
        and not any(_SPEAKS.search(u.text) and not is_furniture(u) for u in units[i + 1 :])
    )


def _first_name_signs(tail: list[str], last: str) -> bool:
    """Whether ``tail`` opens on a dash and a first name alone that the lines under it give in
    full (see ``first_name_signature``)."""
    full = first_name_signature(tail, last) if tail else None
    return full is not None and tail[0].lstrip("—–~- ") == full.split()[0]


def _second_prose(units: list[Unit], start: int) -> int:
    """Where the essay's second paragraph of running prose is (its end when it has none)."""
    prose = (i for i in range(start + 1, len(units)) if is_prose(units[i]))
    return next(prose, len(units))


def _clipper_header(units: list[Unit]) -> set[int]:
    """A clipper's header over the page it clipped (MarkDownload's "# <tab title>", its "> ##
    Excerpt" and a rule), when the page under the rule shows the headline again, alone or as
    the tab's title starts ("Title | Site": the tab names the site after it), with one
    paragraph at most between (the excerpt): the header down to its rule, read for nothing
    but the site's name, so the page under it is read as it stands. The tab may name the site
    before the headline instead ("Site: Title", Blogger's).

    Where the page under the rule lost its headline (MarkDownload keeps only the article's
    body), the header is known by its shape alone: the excerpt under its own heading ("> ##
    Excerpt"), one paragraph, then the rule. Its tab title is then the page's only headline,
    and stays (see ``_tab_site``)."""
    if not units or not units[0].heading:
        return set()
    tab = normalize(units[0].text)
    for i, unit in enumerate(units[1:], 1):
        shown = _TITLE_ADDITION.sub("", normalize(unit.text))
        if shown and (
            shown == tab
            or (_TAB_SUFFIX.fullmatch(tab.removeprefix(shown)) and tab.startswith(shown))
            or (_TAB_PREFIX.fullmatch(tab.removesuffix(shown)) and tab.endswith(shown))
        ):
            between = units[1:i]
            rules = [k for k, u in enumerate(between, 1) if furniture.RULE.match(u.text)]
            if sum(is_prose(u) for u in between) <= 1 and rules:
                return set(range(rules[0] + 1))
            return set()
    # (The excerpt's paragraph is gone when it quoted the text's first one: taken out as a
    # pull quote, its heading stands right over the rule.)
    excerpt = units[1 : _EXCERPT_UNITS + 1]
    rule = next((k for k, u in enumerate(excerpt) if furniture.RULE.match(u.text)), None)
    if (
        rule is not None
        and rule >= 1
        and _QUOTED_HEADING.match(excerpt[0].text)
        and all(is_prose(u) for u in excerpt[1:rule])
    ):
        return set(range(1, rule + 2))
    return set()


# A heading inside a quotation, which leaves its marks in the unit's text ("> ## Excerpt").
_QUOTED_HEADING = re.compile(r"^#{1,6}\s+\S")
_EXCERPT_UNITS = 3  # the excerpt's heading, its paragraph, the rule under it


def _tab_site(title: str, units: list[Unit]) -> tuple[str, str] | None:
    """A clipper's tab title kept as the headline ("Title | Site", see ``_clipper_header``)
    split at the separator after which it names the site, which the page's head or foot names
    too (its logo's alt text, its copyright, a box's "Get the Site Weekly"): no headline
    runs on to the site's name."""
    shown = [normalize(u.text) for u in units[1:] if not is_prose(u)]
    for separator in reversed(list(TAB_SEPARATOR.finditer(title))):
        headline, site = title[: separator.start()], title[separator.end() :]
        named = normalize(site)
        if headline.strip() and len(site) <= _TAB_SITE_CHARS and any(named in t for t in shown):
            return headline, site
    return None


def _site_beside_tab_headline(units: list[Unit]) -> str | None:
    """The site a clipper's tab title names beside the headline the page shows under it
    ("# Cellulose Dreams — on the smoothness …" over "## on the smoothness …"), on either side
    of a separator, when the page names it too on a line of its own (the blog's name linking
    home): the tab is the site's name and the post's, as ``_tab_site`` splits one kept as the
    headline."""
    if len(units) < 2 or not units[0].heading:
        return None
    tab, rest = units[0].text, units[1:]
    headings = {normalize(u.text) for u in rest if u.heading}
    names = {normalize(u.text) for u in rest if not u.heading and not is_prose(u)}
    for separator in TAB_SEPARATOR.finditer(tab):
        before, after = tab[: separator.start()], tab[separator.end() :]
        for headline, site in ((before, after), (after, before)):
            if (
                normalize(headline) in headings
                and normalize(site) in names
                and len(site) <= _TAB_SITE_CHARS
            ):
                return site.strip()
    return None


# A tab title's separator between the page's own title and the names beside it: "Title · Jane
# Doe", "Title | Jane", "Title | by Jane Doe | Medium", "Title – Site", "Title • Site"
# (the importer's too).
TAB_SEPARATOR = re.compile(r"\s+[·•|–—-]\s+")
# What a tab's title adds after the headline: a separator, then the site's (or writer's) name;
# the separator may be a spaced colon where the page shows the headline without it (old Reddit's
# "Title : editors").
_TAB_SUFFIX = re.compile(r"(?:" + TAB_SEPARATOR.pattern + r"|\s+:\s+)\S.{0,60}")
# What a headline's line adds after it, the site's and not the title's: a topic's number ("…
# #318") and a link's domain ("… (self.Filmmakers)", "… (example.com)").
_TITLE_ADDITION = re.compile(r"\s+(?:#\d+|\((?:self\.\w+|[\w-]+(?:\.[\w-]+)+)\))$")
# ... or before it: the site's name, then a colon or a separator ("Flicker & Static: ").
_TAB_PREFIX = re.compile(r"\S.{0,60}?(?::\s+|" + TAB_SEPARATOR.pattern + ")")


_TAB_SITE_CHARS = 60
_QUOTING_LABEL_WORDS = 5  # "3 thoughts on", "12 responses to", "Leave a reply to"


def _quoted_tab_title(title: str, units: list[Unit], at: int) -> tuple[str, str] | None:
    """A tab's title over a clipped page ("Title – Notes from the Comp Bay", MarkDownload's
    header) whose part before a separator the page quotes whole on a line of its own (a
    comment section's heading, "3 thoughts on “Title”", WordPress's): that part is the
    headline, and what follows it names the site. The longest such headline is taken: a
    headline may hold a separator of its own. (A sentence of the text quoting a name, "the word
    “Veo” …", is no such line: the line is the quoted words and a label's few more.)"""
    lines = [u for k, u in enumerate(units) if k != at and not ends_sentence(u.text)]
    for separator in reversed(list(TAB_SEPARATOR.finditer(title))):
        headline, site = title[: separator.start()], title[separator.end() :]
        if len(site) > _TAB_SITE_CHARS or not headline.strip():
            continue
        most = len(headline.split()) + _QUOTING_LABEL_WORDS
        if any(f'"{normalize(headline)}"' in normalize(u.text) and u.words <= most for u in lines):
            return headline, site
    return None


_TRANSCRIPT = re.compile(r"^(?:(?:full|episode|complete) )?transcript\W{0,2}$", re.IGNORECASE)
_TRANSCRIPT_WITHIN = 3  # units from the label to its first paragraph: a note, a speaker, a time


def _transcript_label(units: list[Unit]) -> int:
    """Where a "Transcript" label stands right over the transcript's running prose (past a note
    on how it was made and a speaker's name over a timestamp), or -1. An episode's page
    describes the episode over it (its notes, chapters and links, often of the host in the
    third person), and the essay is what the speaker said; a label over a button ("Show
    transcript") or a link to the transcript heads no text."""
    for i, unit in enumerate(units):
        if _TRANSCRIPT.match(unit.text) and any(
            is_prose(u) for u in units[i + 1 : i + 1 + _TRANSCRIPT_WITHIN]
        ):
            return i
    return -1


def _as_written(name: str, lines: list[str]) -> str:
    """``name`` (set in capitals) as a line of the page writes it in another case, if one does."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return next(
        (m[0] for line in lines for m in pattern.finditer(line) if not m[0].isupper()), name
    )


# A forum's labels around a topic's title: "Author Topic: <title> (Read 412 times)".
# A story's comment count set after its headline ("… Not Cheaper 87"): two or three digits
# after a headline of six words or more ending in a word, so a tool's version ("Sora 2") and a
# year ("… of 2026") stay.
_COUNT_AFTER = re.compile(r"^(?P<headline>(?:\S+\s+){5}.*?(?P<word>\w*[^\W\d_]))\s+[1-9]\d{1,2}$")
# Words a number belongs to in a headline ("… for Season 12", "Top 10", "Apollo 13" aside).
_NUMBERED = {
    "season", "episode", "part", "chapter", "vol", "volume", "issue", "no", "number", "top",
    "gen", "version", "book", "act", "day", "week", "year", "level", "round", "stage", "phase",
    "series", "take", "reel", "scene", "shot", "film", "room", "studio", "lesson", "step",
}  # fmt: skip


def _without_count(title: str) -> str:
    match = _COUNT_AFTER.match(title)
    if match is None or match["word"].casefold() in _NUMBERED:
        return title
    return match["headline"]


_TOPIC_LABEL = re.compile(
    r"^(?:author\s+)?(?:topic|thread|subject)\s*:\s+|\s+\(read [\d,]+ times\)$", re.I
)


def _labels_feed_post(text: str) -> bool:
    """A feed's label over a post: whose post it is ("Jonah Feld’s Post") or whom it is shown
    to ("Shared with Members of …")."""
    return bool(furniture.FEED_POST_LABEL.match(text) or furniture.AUDIENCE_LINE.match(text))


def _running_heads(units: list[Unit]) -> set[int]:
    """A paginated text's running heads and feet (a PDF copied as text): a short line laid out
    in columns ("Frame Rate Quarterly        14"), or a short line with a number that recurs
    with other numbers (page numbers)."""
    keys = [re.sub(r"\d+", "#", " ".join(u.text.split()).casefold()) for u in units]
    counts = Counter(keys)
    return {
        i
        for i, unit in enumerate(units)
        if unit.words <= 10
        and not ends_sentence(unit.text)
        and (COLUMNS.search(unit.text) or ("#" in keys[i] and counts[keys[i]] >= 2))
    }


def _other_sections(units: list[Unit]) -> set[int]:
    """The pages of a paginated text (a catalogue, a journal issue) whose running head names
    another section than the essay's ("FESTIVAL 2025    PROGRAMME" beside "... ESSAY"): the
    essay's section is the one with the most running prose; the others' pages are dropped."""
    heads = sorted(_running_heads(units))
    columns = {i: re.split(r"\s{4,}", units[i].text) for i in heads}
    firsts = Counter(parts[0].casefold() for parts in columns.values() if len(parts) >= 2)
    labels = {
        i: parts[-1].casefold()
        for i, parts in columns.items()
        if len(parts) >= 2 and firsts[parts[0].casefold()] >= 2 and not parts[-1].isdigit()
    }
    if len(set(labels.values())) < 2:
        return set()
    starts = sorted(labels)
    pages = {
        start: range(start, next((s for s in starts if s > start), len(units))) for start in starts
    }
    prose: Counter[str] = Counter()
    for start, page in pages.items():
        prose[labels[start]] += sum(units[i].words for i in page if is_prose(units[i]))
    essay = prose.most_common(1)[0][0]
    return {i for start, page in pages.items() if labels[start] != essay for i in page}


_ISSUE = re.compile(
    rf"(?:^|\s+)(?:(?:{MONTH_NAME}|spring|summer|autumn|fall|winter)\s+)?\d{{4}}$", re.IGNORECASE
)


def _running_head_name(units: list[Unit], heads: set[int]) -> str | None:
    """The name a running head repeats (a journal's), as written in its ordinary case."""
    parts = [
        part
        for i in sorted(heads)
        # A journal's or a festival's name, without the issue's year or its month and year
        # ("FESTIVAL 2025"; "MARCH 2026", "Jan 2026": a date, no name); an "&" is part of it
        # ("BROADCAST & POST ASIA").
        for part in (_ISSUE.sub("", p) for p in re.split(r"\s{4,}|\s+[·|•]\s+", units[i].text))
        if NAME.match(part.strip().replace(" & ", " ")) and not any(c.isdigit() for c in part)
    ]
    names = [p.strip() for p in parts if sum(q.casefold() == p.casefold() for q in parts) >= 2]
    if not names:
        return None
    return next((n for n in names if not n.isupper()), ordinary_case(names[0]))


def _masthead_in_columns(units: list[Unit], columns: set[int]) -> str | None:
    """A letter's masthead naming its issue, set in columns once, at the top of the page (the
    name flush left, its number flush right: "The Sprocket Letter          No. 112")."""
    for i in sorted(columns):
        if any(is_prose(u) for u in units[:i]):
            return None  # a running head further down names a section, not the letter
        if match := ISSUE_MASTHEAD.match(" ".join(units[i].text.split())):
            return ordinary_case(match["name"])
    return None


def _body_list_item(units: list[Unit], i: int, stop: int) -> bool:
    """A bullet of a list the essay goes on with (a sentence-long item, not a menu entry)."""
    unit = units[i]
    return (
        bool(furniture.BULLET.match(unit.text))
        and unit.words >= 5
        and not is_furniture(unit)
        and not _URL.search(unit.text)  # a link round-up's entry: another page's, not the essay
    )


_URL = re.compile(r"https?://\S")
