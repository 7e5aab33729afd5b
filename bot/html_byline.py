"""Who wrote an HTML page and when, as its visible text shows it (no discord import).

trafilatura reads the page's metadata; when that names no author, or names a user name only, or
dates the page by something other than the article (a "recommended" story further down), the
byline above the essay says it as a reader sees it: "Tomasz Wierzbicki · 5 min read · Mar 4,
2025", "oona_boom Oona Heikkinen", "roomtone_ruth (Ruth Abernethy)".
"""

from __future__ import annotations

import html as entities
import re

from bot.page_meta import NAME, author_in, date_alone, find_author, parse_date, published_line
from bot.page_site import copyright_holder

__all__ = [
    "byline_in_html",
    "copyright_in_html",
    "date_in_html",
    "day_stated",
    "display_name",
    "title_byline",
]


def _visible_lines(html: str) -> list[str]:
    """An HTML page's text as lines: block elements break lines, inline ones do not."""
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "\n", html)
    body = re.sub(
        r"(?i)</?(?:div|p|li|ul|ol|h[1-6]|br|header|footer|section|article|nav|tr|td|"
        r"blockquote|figure|figcaption|aside|main|time)\b[^>]*>",
        "\n",
        body,
    )
    text = entities.unescape(re.sub(r"<[^>]*>", " ", body))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def byline_in_html(html: str, first_words: str) -> str | None:
    """The author named by a byline above the essay on an HTML page whose metadata names none:
    the visible lines before the one that starts with the essay's ``first_words``."""
    lines = _visible_lines(html)
    key = " ".join(first_words.split())
    stop = next((i for i, line in enumerate(lines) if key and line.startswith(key)), len(lines))
    name = find_author(lines[:stop], [])
    if name is None or _element_text(name, html):
        return name
    # "Review by Ottoline Vance Patron": the name is a link of its own, the badge beside it not.
    # Only above the essay: a first name signing the letter under it ("Dara") is no byline's.
    words = name.split()
    head = html[: html.find(key[:40])] if key and key[:40] in html else html
    return next(
        (
            " ".join(words[:n])
            for n in range(len(words) - 1, 0, -1)
            if _element_text(" ".join(words[:n]), head)
        ),
        name,
    )


_UNDER_TEXT_LINES = 2  # a byline set under the essay comes right after its last paragraph


def byline_under_text(html: str, last_line: str) -> str | None:
    """The author a labelled byline set right under the essay names ("Words: Jane Doe, Editor",
    "Posted by Jane Doe · 3 May 2025"): the visible lines after the essay's ``last_line``."""
    lines = _visible_lines(html)
    key = " ".join(last_line.split())[-60:]
    end = next((i for i, line in enumerate(lines) if key and line.endswith(key)), None)
    if end is None:
        return None
    under = lines[end + 1 : end + 1 + _UNDER_TEXT_LINES]
    return next((name for line in under if (name := author_in(line))), None)


# The word for a body that runs something, after that thing's name: "Tidewater Film Festival
# Society" runs the festival.
_BODY = re.compile(r"\s+(?:society|association|trust|foundation|guild|council)$", re.IGNORECASE)
_ALT = re.compile(r"""<img\b[^>]*?\balt\s*=\s*["'](?P<alt>[^"']*)["']""", re.IGNORECASE)


def copyright_in_html(html: str) -> str | None:
    """The name the page's copyright line gives (see ``copyright_holder``): a body that runs
    something ("… Film Festival Society") publishes as that thing when the page names it so
    elsewhere, without the body's word (its header image's alt text, a signature's "Artistic
    Director, Tidewater Film Festival")."""
    lines = _visible_lines(html)
    holder = copyright_holder(lines)
    if holder and (body := _BODY.search(holder)) and len(holder[: body.start()].split()) >= 2:
        run = holder[: body.start()]
        alone = re.compile(rf"(?<![\w-]){re.escape(run)}(?![\w-]|\s+\w)")
        shown = lines + [entities.unescape(m["alt"]) for m in _ALT.finditer(html)]
        if any(alone.search(line) for line in shown):
            return run
    return holder


def _element_text(text: str, html: str) -> bool:
    """Whether ``text`` is the whole text of an element of ``html``."""
    return re.search(rf">\s*{re.escape(text)}\s*<", html) is not None


def display_name(handle: str, html: str) -> str | None:
    """The person's name a page shows beside a user name: in brackets ("roomtone_ruth (Ruth
    Abernethy)"), or as an element of its own on the handle's line (a forum's "oona_boom Oona
    Heikkinen", a social site's "Jane Doe @jane_doe")."""
    lines = _visible_lines(html)
    shown = " ".join(lines)
    match = re.search(rf"(?<![\w-]){re.escape(handle)}\s*\((?P<name>[^()]{{3,60}})\)", shown)
    if match and _person(match["name"].strip()):
        return match["name"].strip()
    user = rf"@?{re.escape(handle)}"
    beside = (re.compile(rf"^{user}\s+(?P<name>.+)$"), re.compile(rf"^(?P<name>.+?)\s+{user}$"))
    for line in lines:
        for pattern in beside:
            match = pattern.match(line)
            if match and _person(match["name"]) and _element_text(match["name"], html):
                return match["name"]
    return None


# What a forum shows beside a user name that is not a person's name: their rank or role.
_RANK = re.compile(
    r"\b(?:member|moderator|admin|staff|leader|contributor|poster|regular|team|level|user|"
    r"guest|veteran|newbie|expert|pro)\b",
    re.IGNORECASE,
)


def _person(name: str) -> bool:
    """A person's name: two to four capitalised words, not a forum rank ("Senior Member")."""
    return bool(NAME.match(name)) and 2 <= len(name.split()) <= 4 and not _RANK.search(name)


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_PARTS = re.compile(r"\s+[|–—·•»]\s+")


def tab_title(html: str) -> str:
    """The page's <title> as its browser tab shows it: entities decoded, spaces collapsed; ""
    when the page has none."""
    match = _TITLE_TAG.search(html)
    return " ".join(entities.unescape(match[1]).split()) if match else ""


def title_byline(html: str) -> str | None:
    """The author a part of the <title> names: "Headline | by Jane Doe | Medium"."""
    parts = _TITLE_PARTS.split(tab) if (tab := tab_title(html)) else []
    return next(
        (
            name
            for part in parts[1:]
            if part.lower().startswith("by ") and (name := author_in(part))
        ),
        None,
    )


# Where a page states its date for machines (meta tags, JSON-LD, <time datetime>, microformats):
# trafilatura reads those, and they beat any date in the text.
_DATE_MARKUP = re.compile(
    r"published_time|modified_time|datePublished|dateCreated|dateModified|<time\b[^>]*datetime="
    r"|<meta\b[^>]*(?:name|property|itemprop)=[\"'](?:[\w:.]*date|pubdate|publishdate)[\"']"
    r"|class=[\"'][^\"']*\b(?:published|dt-published|updated)\b",
    re.IGNORECASE,
)


def date_in_html(html: str, first_words: str) -> str | None:
    """The date the byline above the essay shows ("5 min read · Mar 4, 2025"), on a page that
    states none for machines: there trafilatura guesses from any date in the page (a
    recommended story's, further down), and the byline is what a reader goes by."""
    if _DATE_MARKUP.search(html):
        return None
    lines = _visible_lines(html)
    key = " ".join(first_words.split())
    stop = next((i for i, line in enumerate(lines) if key and line.startswith(key)), None)
    if stop is None:
        return None
    return next(
        (
            d
            for line in lines[:stop]
            # The whole line, or one of its parts: "Oona Heikkinen · 5 min read · Mar 4, 2025".
            for part in (line, *_BYLINE_PARTS.split(line))
            if (d := published_line(part) or date_alone(part))
        ),
        None,
    )


_BYLINE_PARTS = re.compile(r"\s+[·•|]\s+")


_TOOLTIP = re.compile(r"""\stitle\s*=\s*(?:"[^"]*"|'[^']*')""", re.IGNORECASE)


def day_stated(html: str, iso: str) -> bool:
    """Whether the page states the day of ``iso`` (a date trafilatura read off it): in its
    markup for machines, in a URL's path ("/2025/03/04/"), or as a date a reader sees (not in a
    tooltip over a relative time). Where it states only a month or a year ("June 2025"),
    trafilatura makes up a day (the 1st) that nobody wrote, and the page has no date."""
    if _DATE_MARKUP.search(html):
        return True
    # A tooltip is no statement: "3 hours ago" with title="2026-05-09T14:22:40" shows a reader
    # only how long ago it was (a page with only relative times has no date).
    html = _TOOLTIP.sub(" ", html)
    if iso in html or iso.replace("-", "/") in html:
        return True
    return any(parse_date(line) == iso for line in _visible_lines(html))
