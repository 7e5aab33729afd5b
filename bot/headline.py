"""The headline among the lines above a pasted essay (no discord import).

A page's head holds the site's name, menus, the title, a standfirst, the byline and the date,
in a few common orders. The title is a Markdown heading when there is one; else the line right
above the byline (past a standfirst, a longer sentence between them) or, without a byline, right
above the date; else the most title-like line. A title may end like a sentence when it is set
apart like a headline (under a byline, over one, or between blank lines). A menu item, the site's
name over its menu and a byline's name are never the title.
"""

from __future__ import annotations

import itertools
import re

from bot import furniture
from bot.page_meta import (
    ISSUE_LINE,
    NAME,
    READ_TIME,
    THREAD_BYLINE,
    WORK_AND_YEAR,
    author_in,
    bare_name,
    creator_card,
    find_author,
    is_age,
    is_dateline,
    is_post_header,
    name_beside_date,
    name_for,
    named_by_layout,
    over_audience,
    poster_over_date,
    reviewer_in_full,
    reviewers_label,
    user_by_time,
)
from bot.page_site import ISSUE_MASTHEAD, SMALL_WORDS
from bot.page_units import (
    Unit,
    ends_sentence,
    is_furniture,
    is_junk,
    is_prose,
    sentence_like,
    title_case,
    title_like,
)
from bot.text import split_sentences

# A menu's item is a word or three ("Home", "Sign in", "- Archive").
_MENU_ITEM_WORDS = 4


def title_index(units: list[Unit], stop: int, byline: int | None = None) -> int | None:
    """The title among the lines before the essay starts: a Markdown heading, else the
    headline right above the byline (past a standfirst) or right above the date, else the most
    title-like line (Title Case counts for a lot: a subtitle is usually a sentence).

    ``byline``: where the byline is, when the caller knows (a forum post's header)."""
    headings = [i for i in range(stop) if units[i].heading and title_like(units[i])]
    for i, below in itertools.pairwise([*headings, None]):
        # A clipped letter's "# Splice Notes" over its menu and "## <headline>": the first
        # heading is the site's name when the page's foot opens with it again ("Splice Notes ©
        # 2026", "Splice Notes is a letter about …").
        # So is a person's name over a later heading that a funding box in the foot names
        # again ("Support Jane Doe"): a creator's profile card (Ko-fi's, Patreon's), its tagline
        # under it, over the post it holds.
        foot = [u.text for u in units[stop:]]
        site = below is not None and (
            (
                all(u.words <= _MENU_ITEM_WORDS for u in units[i + 1 : below])
                and any(text.startswith(units[i].text) for text in foot)
            )
            or creator_card([units[i].text], foot) is not None
        )
        if not site:
            return i
    texts = [u.text for u in units]
    if (under := _title_under_poster(units, stop)) is not None:
        return under
    # A byline of any shape ("By X", "Posted on <date> by X", "a newsletter, by X", a name).
    bylines = [
        i
        for i in range(stop)
        if find_author([texts[i]], [])
        or bare_name(texts, i)
        or user_by_time(texts, i)
        or name_beside_date(texts[i])
        or name_for(texts, i)
    ]
    # The site's name the page opens with, shown again over a share card, is no byline.
    found = next((i for i in bylines if i and texts[i] != texts[0]), None)
    found = found if found is not None else next(iter(bylines), None)
    # The byline's name again on a line of its own further down, over the post's date: the
    # post's own byline ("by Tidewater Collective" under a project's name, then, under each
    # update's headline, "Tidewater Collective" / "Creator" / "Posted Feb 19"); the first was
    # the page's.
    named = {n.casefold() for i in bylines if (n := find_author([texts[i]], []))}
    again = [
        i
        for i in range(stop)
        if byline is None
        and found is not None
        and i > found
        and texts[i].casefold() in named
        and any(is_dateline(t) for t in texts[i + 1 : i + 1 + _BYLINE_SPAN])
    ]
    found = again[-1] if again else found
    given = byline
    byline = byline if byline is not None else found
    # A byline's name is not a headline, though both can be short Title Case lines; nor is the
    # site's name over its menu.
    masthead = _masthead(units, stop)
    # The work a poster's caption names ("Poster for The Glass Orchard (2025)"), shown again
    # beside a review, is what the review is about, not its headline.
    works = {m["work"].casefold() for u in units[:stop] if (m := furniture.POSTER.match(u.text))}
    # Nor is a byline's name repeated on its own line under it ("Review by X", then "X", even
    # where that line, over the date, is taken for the byline).
    works |= named
    # ... nor a reviewer's full name over the label that calls them by their first name.
    works |= {n.casefold() for i in range(stop) if (n := reviewer_in_full(texts, i))}
    if byline is not None and (name := find_author([texts[byline]], [])):
        works.add(name.casefold())
    candidates = [
        i
        for i in range(stop)
        if _title_candidate(units, i)
        and i != masthead
        and i != _site_tagline(units, stop)
        and not (i + 1 < len(texts) and ISSUE_LINE.match(texts[i + 1]))  # a newsletter's name
        and not name_for(texts, i)
        # (nor a byline: "Thread starter x Start date Nov 3, 2026" under a forum's headline)
        and not find_author([texts[i]], [])
        and units[i].text.casefold() not in works
        and not (bare_name(texts, i) and named_by_layout(texts, i))
        and not over_audience(texts, i)  # a channel's name, over "412K subscribers"
        and not category_over_tags(units, i)
        and not _topic_listed_below(units, i, stop)
        and not _categories_over_headline(units, i, stop)
        and not _SERIES_LABEL.match(texts[i])
        and not (i and _TAGS_LABEL.match(texts[i - 1]))  # the tags under their label
        and not _in_breadcrumb(units, i)
        and not _reviewed_work(texts, i)
    ]
    # The few lines right above the byline hold the headline, and maybe a standfirst under it
    # and a category or tags over it ("General Discussion", "ai foley"): the headline is the
    # longest of them that is not the standfirst.
    if (
        byline is not None
        and user_by_time(texts, byline)
        and stop - 1 in candidates
        and byline + 1 < stop - 1
        and not ends_sentence(texts[stop - 1])
        and not (is_dateline(texts[stop - 1]) or is_age(texts[stop - 1]))  # "Apr 14": its date
        and all(is_furniture(u) or u.text == texts[byline] for u in units[byline + 1 : stop - 1])
    ):
        # A post's title under its poster's header and its button ("velvetgrain" / "Follow"),
        # perhaps shown twice (the blog's card, then the post's), and right over its text: the
        # lines over the header are the blog's name and tagline.
        return stop - 1
    above = [i for i in candidates if byline is not None and byline - _NEAR <= i < byline]
    # A forum thread's own byline ("Thread starter x") has the thread's title over it; over the
    # first post's header under it are the thread's tags and buttons ("Tags" / "client briefs
    # quoting" / "Watch"), whatever their shape.
    starter = next((i for i in range(stop) if THREAD_BYLINE.match(texts[i])), None)
    if byline is not None and starter is not None and starter < byline:
        byline = starter
        above = [i for i in candidates if byline - _NEAR <= i < byline]
    elif not above and given is not None and found is not None and found < given:
        # A forum post's header with no headline over it: the thread's own byline further up
        # has the thread's title over it.
        byline = found
        above = [i for i in candidates if byline - _NEAR <= i < byline]
    if len(above) > 1:
        above = [
            i
            for i in above
            if not _masthead_tagline(units, i, above) and not _COLUMN_LABEL.match(texts[i])
        ] or above
    if above:
        # (A thread's title sits right over its byline, with no standfirst: the line over it
        # is the board's name, the breadcrumb's last item, "Editing & Assembly".)
        if (
            len(above) > 1
            and above[-1] + 1 == byline
            and not THREAD_BYLINE.match(texts[byline])
            and _standfirst(units, above[-2], above[-1])
        ):
            above = above[:-1]
        return max(reversed(above), key=lambda i: units[i].words)
    if byline is None and (above_date := _headline_over_date(units, candidates, stop)) is not None:
        return above_date
    if (
        byline is None
        and stop >= 2
        and texts[stop - 1] == texts[stop - 2]
        and stop - 2 in candidates
    ):
        # The headline shown twice right over the text (the page's heading, then its post's):
        # no site name or menu is shown twice in a row there.
        return stop - 2
    best, best_score = None, 0.0
    for i in candidates:
        unit = units[i]
        score = unit.words + (10 if title_case(unit.text) or unit.text.isupper() else 0)
        if score > best_score:
            best, best_score = i, score
    return best


_NEAR = 5
# A column's label over its headline, naming where the piece comes from ("From the Chair",
# "Letter from the President", "Notes from the Edit"): a kicker, in Title Case as a headline
# is, though the headline under it may be in sentence case. A headline's "From Script to
# Screen" goes somewhere.
_COLUMN_LABEL = re.compile(
    r"^(?:(?:a )?(?:letter|notes?|word|message|dispatch|view|report)s? )?from (?:the|my|our) "
    r"(?!.*\bto\b)[^.!?:]{2,30}$",
    re.IGNORECASE,
)
# A label alone on its line over the post's tags or categories ("Tags:" / "ai, sora, family"):
# the line under it lists them, however headline-like (a menu's "Tags" link has no colon).
_TAGS_LABEL = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics?|categories|category|labels?|filed under)\s*:$", re.I
)
# A post's number in its series alone on a line over its headline ("Update #7", "Part 3").
_SERIES_LABEL = re.compile(
    r"^(?:update|issue|part|episode|chapter|letter|dispatch|post|entry)\s*(?:no\.\s*)?#?\d{1,4}$",
    re.IGNORECASE,
)
_BYLINE_SPAN = 3  # the name, perhaps a role ("Creator", "Author"), the date


# A work's name and year ("The Lantern Fox 2026", "Hollow Tide (2025)", or the name over its
# year alone on the next line: "The Glass Orchard" / "2025") beside a review's byline, right over
# it or a few lines under it ("Review by X" / "Patron" / the work): what the review is about, not
# its headline (tests/fixtures/pages/README.md).
_YEAR_ALONE = re.compile(r"^\(?(?:18|19|20)\d{2}\)?$")
_REVIEW_BY = re.compile(r"^review(?:ed)? by(?:\s+\S|$)", re.IGNORECASE)  # the name may be under it
_REVIEW_SPAN = 3  # the byline, perhaps the reviewer's badge or name again, the rating
# A work's credit on its card: "Directed by Ines Haugaard", "Written and directed by Ana Sol".
_CREDIT = re.compile(
    r"^[A-Z][a-z]+(?:ed|en)(?: (?:and|&) [a-z]+(?:ed|en))? by "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)


def _reviewed_work(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` is the reviewed work's name, or a line of its card between its
    year and the review's byline ("Saltmarrow" / "2026" / "Directed by Ines Haugaard" /
    "Review by Piotr Lane"). A byline may name the reviewer in the possessive ("Noor Haddad's
    review published on Letterboxd:")."""
    named = bool(WORK_AND_YEAR.match(texts[i])) or (
        i + 1 < len(texts) and bool(_YEAR_ALONE.match(texts[i + 1]))
    )
    near = texts[max(0, i - _REVIEW_SPAN) : i] + texts[i + 1 : i + 2]
    if named and any(_REVIEW_BY.match(t) or reviewers_label(t) for t in near):
        return True
    dated = i > 0 and bool(_YEAR_ALONE.match(texts[i - 1]) or WORK_AND_YEAR.match(texts[i - 1]))
    byline = i + 1 < len(texts) and bool(_REVIEW_BY.match(texts[i + 1]))
    return dated and byline and bool(_CREDIT.match(texts[i]))


_CRUMB_WORDS = 4
_CRUMBS = 6


def _in_breadcrumb(units: list[Unit], i: int) -> bool:
    """Whether ``i`` is an item of the breadcrumb trail over a page, its last too: short
    lines, none a sentence or a date, under "Home" ("Home" / "General Discussion" / "Off
    Topic": the board a forum's thread is in, not its title), a section at least between. A
    line right under "Home" may be a headline, and so is a short line over its byline or its
    date ("Night for Day" / "Kwame Asante" / the date; "Posts" / "The Reconstruction Problem" /
    "Mar 4, 2026")."""
    below = units[i + 1].text if i + 1 < len(units) else ""
    if _over_byline(units, i) or find_author([below], []) or is_dateline(below):
        return False
    for k in range(i, max(-1, i - _CRUMBS), -1):
        unit = units[k]
        if unit.words > _CRUMB_WORDS or ends_sentence(unit.text) or is_dateline(unit.text):
            return False
        if k < i - 1 and unit.text.casefold() == "home":  # a trail: "Home", a section, …
            return True
    return False


def _title_under_poster(units: list[Unit], stop: int) -> int | None:
    """A post's title under its header on a creator's page (Patreon's, Ko-fi's): the creator's
    name the page's header shows, again over the post's date, perhaps a label under it ("Public
    post"), then the title."""
    texts = [u.text for u in units]
    date = next((i + 1 for i in range(stop - 1) if poster_over_date(texts, i)), None)
    if date is None:
        return None
    k = date + 1
    while k < stop and is_furniture(units[k]) and units[k].words <= _BAR_LABEL_WORDS:
        k += 1
    return k if k < stop and _title_candidate(units, k) else None


# A forum topic's tag as its header lists it: one lower-case word or slug ("ai",
# "generative-video").
_TAG = re.compile(r"^#?(?=[\w-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)*$")  # not a year ("2025")
_CATEGORY_MAX_WORDS = 4


def category_over_tags(units: list[Unit], i: int) -> bool:
    """A short label right over a topic's tags ("Workflow & Post" / "ai" / "stock", Discourse's
    header under its title): the topic's category, not its title."""
    return (
        i + 1 < len(units)
        and units[i].words <= _CATEGORY_MAX_WORDS
        and not ends_sentence(units[i].text)
        and bool(_TAG.match(units[i + 1].text))
    )


# A post's categories as a blog's theme lists them over its headline: "Editing, Opinion",
# "Craft, Gear & Kit" (each a word or three in Title Case, joined by commas).
_CATEGORY = r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}"
_CATEGORY_LIST = re.compile(rf"^{_CATEGORY}(?:, {_CATEGORY})+$")


def _categories_over_headline(units: list[Unit], i: int, stop: int) -> bool:
    """A list of the post's categories right over its headline ("Editing, Opinion" / "The
    assistant editor isn't going anywhere" / "By X / date"): the post's filing, not its title,
    nor the headline under it its standfirst."""
    return (
        i + 1 < stop
        and bool(_CATEGORY_LIST.match(units[i].text))
        and title_like(units[i + 1])
        and not ends_sentence(units[i + 1].text)
    )


def _topic_listed_below(units: list[Unit], i: int, stop: int) -> bool:
    """A short label over the headline that the page's foot lists again among its topics or
    tags ("Artificial intelligence (AI)" over a paper's headline, then under the essay in
    "Explore more on these topics" / "Artificial intelligence (AI)" / "Film"): the piece's
    topic, not its title."""
    if units[i].words > _CATEGORY_MAX_WORDS or ends_sentence(units[i].text):
        return False
    return any(
        unit.text == units[i].text
        and any(u.words <= _CATEGORY_MAX_WORDS for u in (units[k - 1], *units[k + 1 : k + 2]))
        for k, unit in enumerate(units[stop:], stop)
    )


def _masthead(units: list[Unit], stop: int) -> int | None:
    """The page's first real line when a menu or sign-in link follows it, perhaps under the
    site's one-sentence description: the site's name."""
    first = next((i for i in range(stop) if not is_furniture(units[i])), None)
    if first is None or first + 1 >= len(units):
        return None
    menu = first + 1
    if menu + 1 < len(units) and _tagline(units[menu]):
        # "Rushes & Reels" / "Notes from a small-town film club, …" / "Home"
        menu += 1
    # The menu's landmark may come later in it (see ``_menu_at``): a forum's "Shooters' Lounge"
    # / "Forums" / "New posts" / … / "Log in".
    return first if _menu_at(units, menu) else None


def _site_tagline(units: list[Unit], stop: int) -> int | None:
    """The site's one-line description between its name and its menu (see ``_masthead``):
    the blog's, however long, never the post's headline."""
    site = _masthead(units, stop)
    return site + 1 if site is not None and _tagline(units[site + 1]) else None


def _menu_at(units: list[Unit], k: int) -> bool:
    """Whether a site's menu starts at ``k``: its landmark ("Home", "Search", "Sign in") first,
    or among a run of short items (Tumblr's "Ask me anything" / "Submit" / "Archive" / …
    / "Search"); a share bar's run ("Share" / "Facebook" / "Email") has no landmark, and a
    video's counts under its channel ("48.2K subscribers" / "Subscribe") are no menu's."""
    run = list(
        itertools.takewhile(
            _menu_item,
            units[k : k + _MENU_RUN_MAX],
        )
    )
    return _SITE_MENU.match(units[k].text) is not None or (
        len(run) >= _MENU_RUN_MIN and any(_SITE_MENU.match(u.text) for u in run)
    )


def _menu_tail(units: list[Unit], i: int) -> bool:
    """Whether ``units[i]`` ends a run of menu items that starts at the menu's landmark
    ("Home" / "About me" / "Films we made"), which ``_in_menu`` can't tell from a headline by
    the line under it alone."""
    for k in range(i - 1, max(-1, i - _MENU_RUN_MAX), -1):
        if not _menu_item(units[k]):
            return False
        if _SITE_MENU.match(units[k].text):
            return _menu_item(units[i])
    return False


def _menu_item(unit: Unit) -> bool:
    return (
        unit.words <= _MENU_RUN_WORDS
        and not ends_sentence(unit.text)
        and not any(c.isdigit() for c in unit.text)
    )


_MENU_RUN_WORDS = 3
_MENU_RUN_MIN = 3
_MENU_RUN_MAX = 12


_SITE_MENU = re.compile(
    r"^(?:menu|open menu|home|sign ?in|log ?in|sign ?up|subscribe|search|navigation|"
    r"(?:skip|jump) to\b.*)$",
    re.IGNORECASE,
)


_BAR_LABEL_WORDS = 3


def _headline_over_date(units: list[Unit], candidates: list[int], stop: int) -> int | None:
    """On a page without a byline, the headline by the date: right above it (with only labels
    such as "Public post" between), or right under it and over the essay (a blog's date header
    over its post title) when that line is no longer than the one above (else it is a
    standfirst). A name-shaped line above the date may be the site's or the author's name."""
    date = next((i for i in range(stop) if is_dateline(units[i].text)), None)
    if date is None:
        return None
    above = [i for i in candidates if i < date]
    # Under it, only a share bar may stand between the title and the essay ("Get link" /
    # "Facebook" / "X" / "Other Apps": short labels, some of them furniture).
    bar = units[date + 2 : stop]
    shares = not bar or (
        units[date + 1].words > _BAR_LABEL_WORDS  # else it is the bar's first label
        and any(is_furniture(u) for u in bar)
        and all(u.words <= _BAR_LABEL_WORDS and not ends_sentence(u.text) for u in bar)
    )
    under = date + 1 if date + 1 in candidates and date + 2 <= stop and shares else None
    if above and not NAME.match(units[above[-1]].text):
        between = units[above[-1] + 1 : date]
        if all(is_junk(u) and not furniture.NAV.search(u.text) for u in between):
            if under is not None and (
                units[under].words <= units[above[-1]].words or _menu_tail(units, above[-1])
            ):
                # (The line over the date may be the last item of the site's menu, Blogger's
                # "Home" / "About me" / "Films we made": then the post's title is under it.)
                return under
            return above[-1]
    return under


def _title_candidate(units: list[Unit], i: int) -> bool:
    unit = units[i]
    if not title_like(unit) or _in_menu(units, i) or ISSUE_MASTHEAD.match(unit.text):
        return False  # a menu's item; a newsletter's name and issue number over its headline
    if is_dateline(unit.text) or is_age(unit.text):
        return False  # a post's date alone ("Oct 27", a thread's), however Title Case
    if not ends_sentence(unit.text) or unit.text.rstrip("\"'”’)").endswith("?"):
        return True  # a headline may ask a question
    following = units[i + 1] if i + 1 < len(units) else None
    # A one-sentence opener is essay text, not a title, unless set apart like a headline.
    return (
        isolated_title(units, i)
        or (following is not None and (following.gap >= 2 or is_dateline(following.text)))
        or set_apart_title(units, i)
        or title_over_byline(units, i)
        or headline_over_standfirst(units, i)
    )


_MENU_ITEM_WORDS = 6


def _in_menu(units: list[Unit], i: int) -> bool:
    """A short line between two other short lines: an item of a menu ("Production", "Behind
    the Scenes", "News"), not a headline."""
    if i == 0 or i + 1 >= len(units):
        return False
    unit, above = units[i], units[i - 1]
    if (
        unit.indent
        and above.indent == unit.indent
        and max(unit.words, above.words) <= _MENU_ITEM_WORDS
        and not ends_sentence(unit.text)
    ):
        return True  # an indented menu's item, its last too ("Craft & Technology", "Gear I own")
    if unit.words > 3:
        return False
    if _over_byline(units, i):
        return False  # a short headline over its author's byline ("Boards Drawn Twice")
    return all(
        u.words <= 3
        and not ends_sentence(u.text)
        and not is_dateline(u.text)
        and not u.text.isdigit()
        and not find_author([u.text], [])  # "By Jane Doe" under a short headline
        for u in (units[i - 1], units[i + 1])
    )


# A review's rating set between its headline and its byline: stars ("★★★", "★★★½") or a score
# ("3.5/5", "7 out of 10").
_RATING = re.compile(r"^(?:[★☆⭐½]\s*){1,10}$|^\d{1,2}(?:\.\d)?\s*(?:/|out of)\s*(?:5|10)$", re.I)


def _over_byline(units: list[Unit], i: int) -> bool:
    """Whether the line under ``i`` is a byline's name, shown twice and then the byline's
    button, date or read time (Medium's "Temi Okafor" / "Temi Okafor" / "Follow"), or once
    right over the date: the line over it is the headline. (A creator's page shows its name
    twice over a tagline.)"""
    below = [u.text for u in units[i + 1 : i + 6] if not _RATING.match(u.text)][:4]
    if len(below) >= 2 and bare_name(below, 0) and is_dateline(below[1]):
        return True  # Substack's "The Sora Sketchbook" / "Alma Reyes" / "Mar 02, 2026"
    return (
        len(below) >= 3
        and below[0] == below[1]
        and bool(bare_name(below, 0))
        and (
            below[2].casefold() == "follow"
            or is_dateline(below[2])
            or bool(READ_TIME.search(below[2]))
        )
    )


def _masthead_tagline(units: list[Unit], i: int, above: list[int]) -> bool:
    """A publication's tagline right under its name at the top of the page, over the
    headline ("THE KEYFRAME" / "News for members of the … Society" / "<Headline>" / "By X"):
    in sentence case under a short name, with a line in Title Case under it for the headline.
    A standfirst is under its headline; a tagline is over it, under the masthead."""
    name = i - 1
    return (
        name >= 0
        and all(is_furniture(u) for u in units[:name])
        and units[name].words <= _MASTHEAD_WORDS
        and (title_case(units[name].text) or units[name].text.isupper())
        and _sentence_cased(units[i].text)
        and not ends_sentence(units[i].text)
        and any(k > i and not _sentence_cased(units[k].text) for k in above)
    )


_MASTHEAD_WORDS = 5


def _sentence_cased(text: str) -> bool:
    """Whether a line is set in sentence case: a word past the first, not one of the small
    words Title Case leaves alone, in lower case ("News for members of the … Society")."""
    return any(w[:1].islower() and w not in SMALL_WORDS for w in text.split()[1:])


def _standfirst(units: list[Unit], title: int, below: int) -> bool:
    """A standfirst (dek) between its headline and the byline: written as a sentence rather
    than in Title Case, and longer than the headline (as long as the headline: the headline
    comes first) and a sentence's length, or under a headline in Title Case, whose case tells
    it from the headline at any length ("Why I Stopped Fighting the Generated Insert" / "A
    working editor's truce with the machine")."""
    return (
        below == title + 1
        and not title_case(units[below].text)
        and (
            units[below].words >= max(units[title].words, furniture.PROSE_MIN_WORDS)
            or title_case(units[title].text)
        )
    )


# A byline block's lines: the name, a date, counters, buttons; on a campaign's page also the
# creator's place and campaigns, the total, the goal, the days left and the page's tabs. A
# share bar's buttons ("Share on Facebook", "Share on X", … "Print") are counted as one line:
# a news site's bar lists every network, and makes the block no longer.
_BYLINE_BLOCK_MAX = 16


def standfirst_over_byline(units: list[Unit], first: int, second: int) -> bool:
    """A one-line subtitle that ends like a sentence, then a byline block (the author's name,
    a date, counters, "Share") and only then the essay: Substack's and Medium's head."""
    between = units[first + 1 : second]
    if units[first].words > 30 or not between or _block_lines(between) > _BYLINE_BLOCK_MAX:
        return False
    texts = [u.text for u in units]
    named = any(
        author_in(texts[i]) or bare_name(texts, i) or name_beside_date(texts[i])
        for i in range(first + 1, second)
    )
    return named and all(
        is_furniture(u) or NAME.match(u.text) or not sentence_like(u) for u in between
    )


_SHARE_ON = re.compile(furniture.SHARE_ON, re.IGNORECASE)


def _block_lines(block: list[Unit]) -> int:
    """How many lines a byline block holds, a run of share buttons counted once."""
    return sum(
        1
        for k, unit in enumerate(block)
        if not (k and _SHARE_ON.match(unit.text) and _SHARE_ON.match(block[k - 1].text))
    )


# A headline written as sentences is two short ones at most ("I used AI video for a whole
# music video. Here's the honest good and bad."); a longer sentence under a byline is the
# essay's opening, and taking it for the title would lose it.
_SENTENCE_TITLE_MAX_WORDS = 22


def isolated_title(units: list[Unit], i: int) -> bool:
    """A title that ends like a sentence ("Here's what happened."): right under a byline, a
    date, a read time or a forum post's header (its poster beside a time), followed by page
    furniture rather than prose (a flair, "Discussion"; not an ad or a picture, which interrupt
    a body), at most two sentences, and either in Title Case or the only title-like line so
    far (a menu's items aside)."""
    if (
        not title_like(units[i])
        or units[i].words > _SENTENCE_TITLE_MAX_WORDS
        or len(split_sentences(units[i].text)) > 2
        or i == 0
        or i + 1 >= len(units)
    ):
        return False
    before, after = units[i - 1], units[i + 1]
    if _under_header_and_flair(units, i):
        return True  # a forum post's title always stands there, prose or not under it
    under_byline = (
        is_dateline(before.text)
        or is_age(before.text)  # "Posted by u/x" / "2 days ago" over the title
        or author_in(before.text)
        or READ_TIME.search(before.text)
        or user_by_time([u.text for u in units], i - 1)
    )
    if (
        not under_byline
        or is_prose(after)
        or sentence_like(after)
        or furniture.INTERRUPTION.search(after.text)
        or furniture.CREDIT.match(after.text)
    ):
        return False
    # A menu's items above it ("Advertise on Reddit", "Open inbox") are not titles.
    return title_case(units[i].text) or _first_sentence_title(units, i)


# A post's flair ("Discussion", "Gear question"): a label of a few words, no sentence.
_FLAIR_MAX_WORDS = 3


def _under_header_and_flair(units: list[Unit], i: int) -> bool:
    """``units[i]`` sits under a forum post's header (its poster beside a time) and the post's
    flair ("gaffer_x" / "Discussion" / "Used Sora for the deck. Some thoughts."): the post's
    title, which new Reddit sets under the flair."""
    if i < 2:
        return False
    flair = units[i - 1]
    return (
        flair.words <= _FLAIR_MAX_WORDS
        and not ends_sentence(flair.text)
        and not user_by_time([u.text for u in units], i - 1)
        and bool(user_by_time([u.text for u in units], i - 2))
    )


def set_apart_title(units: list[Unit], i: int) -> bool:
    """A Title Case line that ends like a sentence ("… Budget. Here's What Will."), set apart by
    blank lines and followed by page furniture rather than prose: a headline, not an opener."""
    if not title_like(units[i]) or not title_case(units[i].text) or i + 1 >= len(units):
        return False
    after = units[i + 1]
    return bool(units[i].gap and after.gap) and is_furniture(after)


def headline_over_standfirst(units: list[Unit], i: int) -> bool:
    """A headline that ends like a sentence, a one-sentence standfirst under it, then the byline:
    a news site's head ("Sora is not coming for your job." / "The hype misses the point." /
    "By Dana Wells Updated Mar 4, 2025"), perhaps past the page's tools over it ("Listen to
    this article", "Share full article", a comment count)."""
    if i + 2 >= len(units) or not title_like(units[i]):
        return False
    standfirst = units[i + 1]
    # (Under a headline in Title Case, a phrase in sentence case is a standfirst too: Substack's
    # subtitle, "And the one thing it couldn't do", has no full stop.)
    phrase = title_case(units[i].text) and title_like(standfirst) and _standfirst(units, i, i + 1)
    sentence = sentence_like(standfirst) and standfirst.words <= furniture.TITLE_MAX_WORDS
    if not (sentence or phrase):
        return False
    texts = [u.text for u in units]
    for k in range(i + 2, min(i + 3 + _TOOLS_OVER_BYLINE, len(units))):
        # (The writer's name may stand over their byline: "Renata Osei" / "By Renata Osei".)
        named_below = k + 1 < len(texts) and author_in(texts[k + 1]) == texts[k]
        if author_in(texts[k]) or bare_name(texts, k) or named_below:
            return True
        if not is_furniture(units[k]):
            break
    return False


_TOOLS_OVER_BYLINE = 3


def title_over_byline(units: list[Unit], i: int) -> bool:
    """A line that ends like a sentence right above a byline (the author's name, "By ...", a
    date or a read time): a headline, as video pages and blogs set them. In Title Case; or in
    sentence case when it is the page's first title-like line (a menu's items aside) and a
    headline's length, two short sentences at most ("We cut three trailers with it. Here's the
    bill."): nothing but the site's bar stands over it, so it opens no essay."""
    if not title_like(units[i]) or i + 1 >= len(units):
        return False
    if THREAD_BYLINE.match(units[i + 1].text):
        # A forum thread's own byline right under it ("Thread starter x"): the thread's title,
        # in whatever case and with whatever stops its poster typed, over the board's
        # breadcrumb.
        return True
    in_title_case = title_case(units[i].text)
    if not in_title_case and not _first_sentence_title(units, i):
        return False
    texts = [u.text for u in units]
    # A button may stand between them ("Report this article", LinkedIn's).
    for k in range(i + 1, min(i + 1 + _BUTTONS_OVER_BYLINE + 1, len(units))):
        after = texts[k]
        if not in_title_case and ends_sentence(after):
            break  # a sentence under an opening sentence ("By then, nobody cared.") is prose
        if author_in(after) or READ_TIME.search(after) or is_dateline(after) or bare_name(texts, k):
            return True
        # ... or the header of the thread's first post ("submitted 4 days ago by x to y"): a
        # forum's title stands over it (a line under another post's header is that post's).
        if is_post_header(after) and not any(is_post_header(t) for t in texts[:i]):
            return True
        if not is_furniture(units[k]):
            break
    return False


_BUTTONS_OVER_BYLINE = 1


def _tagline(unit: Unit) -> bool:
    """A site's one-line description under its name: a sentence, or a phrase in sentence case
    ("Notes from a village cinema club, est. 1994")."""
    return sentence_like(unit) or _sentence_cased(unit.text)


def _first_sentence_title(units: list[Unit], i: int) -> bool:
    """A headline's length in sentences, with no title-like line over it but a menu's items
    and the site's name over its menu, perhaps with its tagline (see ``_masthead``)."""
    masthead = {_masthead(units, i), _site_tagline(units, i)}
    return (
        units[i].words <= _SENTENCE_TITLE_MAX_WORDS
        and len(split_sentences(units[i].text)) <= 2
        and not any(
            title_like(u) and not _in_menu(units, k) and k not in masthead
            for k, u in enumerate(units[:i])
        )
    )


def looks_like_title_alone(units: list[Unit], i: int) -> bool:
    """In a short paste without prose, the first line is a title when it is set apart."""
    unit, following = units[i], units[i + 1]
    if not title_like(unit) and unit.words > 2:
        return False
    if ends_sentence(unit.text):
        return following.gap >= 2 or (following.gap == 0 and is_dateline(following.text))
    return True


# A section's label set before a headline: "Opinion | Against the Demo Reel Economy", "OPINION:
# …", "Analysis — …". It files the piece; it is not its title. It is set apart by its type: a
# pipe, which no headline uses as its own punctuation; a dash after a section's kind (a
# newspaper's sections for argument and report); or a kind set in capitals. A colon in the
# headline's own case is the headline's ("Sora: A Month In", "Guest Column: …" as an <h1> sets it).
_SECTION_KIND = re.compile(
    r"^(?:opinion|analysis|comment(?:ary)?|editorial|essay|column|perspective|viewpoint|op-?ed|"
    r"explainer|interview|feature|(?:guest|reader) (?:essay|column|post|opinion)|first person|"
    r"letters?|dispatch|long ?read|the big idea)$",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^(?P<label>[^|:—–]{2,30}?)\s*(?P<sep>\||:|\s[—–])\s+(?P<rest>\S.*)$")
_LABEL_MAX_WORDS = 3


def labelled_headline(text: str) -> bool:
    """Whether ``text`` is a headline with its section's label before it ("Opinion | …"): the
    way a news page lists its stories, whether or not the headline ends like a sentence."""
    return without_section_label(text) != text


# ... or the same kind in brackets after the headline, which files it the same way: "… Their
# Contracts Might (Guest Column)", "… (Op-Ed)"; words in brackets that name no kind ("(Mostly)",
# "(and Still Do)") are the headline's.
_KIND_AFTER = re.compile(r"^(?P<rest>\S.*?)\s+\((?P<label>[^()]{2,30})\)$")


def without_kind_after(title: str) -> str:
    """``title`` without a kind in brackets after it ("… (Guest Column)"): unlike a label before
    it, which may be a headline's own lead-in, brackets naming a kind file the piece even where
    the page's headline shows them."""
    if (after := _KIND_AFTER.match(title)) and _SECTION_KIND.match(after["label"].strip()):
        return after["rest"]
    return title


def without_label_shown_bare(title: str, headlines: list[str]) -> str:
    """``title`` without a short label before it that another of the page's headlines leaves
    out (the <h1>'s "Opinion: …" where the JSON-LD's headline has none): the page's own data
    says the label files the piece, whatever its punctuation."""
    match = _LABELLED.match(title)
    if match and len(match["label"].split()) <= _LABEL_MAX_WORDS and match["rest"] in headlines:
        return match["rest"]
    return title


def without_section_label(title: str) -> str:
    """``title`` without a section's label before it or in brackets after it (see
    ``_SECTION_KIND``)."""
    if (rest := without_kind_after(title)) != title:
        return rest
    match = _LABELLED.match(title)
    if not match or len(match["label"].split()) > _LABEL_MAX_WORDS:
        return title
    label, sep = match["label"].strip(), match["sep"].strip()
    kind = _SECTION_KIND.match(label) is not None
    if sep == "|" or (kind and (sep != ":" or label.isupper())):
        return match["rest"]
    return title
