"""Read a page's metadata off its text: the author and the date (no discord import).

The cleaner (bot/cleaner.py) finds where the essay is; this module reads the lines around it,
the way a careful reader does: a byline ("By Jane Doe · 5 min read", "Written by", "Author:",
"Owner:", "Posted by u/x", a bare name beside the date, a property sheet's "Author" cell) and
the date (any common form, read by python-dateutil), and a thread post's header
(bot/page_threads.py reads the posts under them); bot/page_site.py reads the publication with
the shapes defined here. Generic shapes only, never keyed to one site.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from bot import furniture

__all__ = [
    "BARE_LINE",
    "BYLINE",
    "DATE",
    "FEDI_HANDLE",
    "HANDLE",
    "ISSUE_LINE",
    "NAME",
    "NAME_PARTICLES",
    "POST_HEADER",
    "READ_TIME",
    "SEPARATORS",
    "SOCIAL_HANDLE",
    "STARS",
    "THREAD_BYLINE",
    "WORK_AND_YEAR",
    "author_in",
    "bare_name",
    "channel_name",
    "chat_header",
    "creator_card",
    "dash_signature",
    "date_alone",
    "dateline_of_address",
    "ends_in_quote",
    "find_author",
    "funding_box",
    "is_age",
    "is_dateline",
    "is_post_header",
    "name_beside_date",
    "name_for",
    "named_by_layout",
    "page_date_order",
    "parse_date",
    "person_name",
    "published_line",
    "read_time_line",
    "reviewer_in_full",
    "reviewers_label",
    "user_by_time",
    "wire_date",
    "yearless_date",
]

# A person's (or outlet's) name: capitalised words, with the usual lower-case particles.
# (The lower-case particles a name may have: "Ana de Souza", "Luz de Serviço".)
NAME_PARTICLES = r"(?:de|da|van|von|der|den|la|le|bin|al)"
NAME = re.compile(
    rf"^(?:[A-Z][\w.'’-]*|{NAME_PARTICLES})(?:\s+(?:[A-Z][\w.'’-]*|{NAME_PARTICLES})){{0,4}}$"
)
# A newsletter's issue line under its name: "Issue #41 -- March 12, 2026", "Vol. 3, Issue 14",
# "No. 12 · 4 May 2026", "Letter #41", "#41 · 12 March 2026". The line over it is the
# newsletter's masthead, not a byline or a title.
ISSUE_LINE = re.compile(
    r"^(?:(?:issue|letter|dispatch|no\.|number|vol(?:ume)?\.?|edition)\s*(?:no\.\s*)?#?\s*"
    r"\d{1,4}|#\d{1,4})\b[^!?]{0,40}(?<![.!?])$",
    re.I,
)
# A user name as forums and social sites show it: "u/grace", "@grace", "grace_99".
HANDLE = re.compile(r"^(?:u/|@)?(?P<handle>[A-Za-z0-9][\w.-]{1,38})$")
# Where a byline names its author: "By Jane Doe", "Written by", "Author: ", "Posted by u/x".
_WRITING = r"(?:words|story|text|reporting)"
# Pictures credited alone ("Photo by X / Unsplash") are a caption's; with the words, the author.
_PICTURES = r"(?:photos?|photographs?|photography|pictures|images|illustrations?|drawings|video)"
_CREDITED = (
    rf"(?:{_WRITING}(?:\s*(?:,|and|&)\s*{_PICTURES})?|{_PICTURES}\s*(?:,|and|&)\s*{_WRITING})"
)
# A forum thread's byline names who started it: "Thread starter x", "Started by x", the name a
# few words with no stops.
_THREAD_STARTER = r"(?:thread\s+starter|started\s+by)"
_STARTER_NAME = r"\s+[^,.;:!?]{2,40}"
THREAD_BYLINE = re.compile(rf"^{_THREAD_STARTER}{_STARTER_NAME}$", re.IGNORECASE)
BYLINE = re.compile(
    r"^(?:(?:written|posted|published|created|reviewed|review|hosted|list|curated|compiled|"
    # "Words by", "Words and photographs by", "Text & pictures by".
    rf"{_CREDITED})"
    r"\s+by|"
    # A forum thread's, the name alone after it (XenForo's runs on into "Start date …").
    rf"by|{_THREAD_STARTER}(?={_STARTER_NAME}?(?:\s+start\s+date\s+\S[^!?]{{0,40}})?$)|"
    r"(?:author|writer|owner|text|words)s?\s*:|(?:writer|author)['’]?s?\s+(?:picture|photo|avatar|image)\s*:?)"
    # Not "By subscribing, I agree ...": a clause, not a name.
    r"\s*(?!(?-i:[a-z]\w*ing)\b)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What follows a name in a byline: a separator (a slash between spaces too, "By Jane Doe / 3
# March 2026", a WordPress theme's), "on <date>", "in <publication>", a date.
# ... or the author's handle glued on ("Dana Wells@danawells"), "Updated ...", a month's name.
_BYLINE_STOP = re.compile(
    r"\s*(?:[·•|»—–,;(★☆½]|\s[-/]\s|\bon\b|\bin\b|\bat\b|\d|$|(?<=\w)@|\b(?:updated|published|posted)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d"
    # ... or, on a forum thread's line, the thread's date ("Thread starter x Start date …").
    r"|\s+start\s+date\b)",
    re.IGNORECASE,
)
# (a reader view's reading time is a span alone on its line: "6–8 minutes")
READ_TIME = re.compile(
    r"\bmin(?:ute)?s?\.? read\b|^\s*read\s+\d+\s*min(?:ute)?s?\.?\s*$"
    r"|^\d{1,3}\s*[–-]\s*\d{1,3}\s+minutes$",
    re.IGNORECASE,
)
SEPARATORS = re.compile(r"\s+[·•|—–]\s+|\s+-\s+")
# Dates as pages write them: ISO, 21/02/2024, Feb 21, 2024, 21st February 2024, Jun 06 '24.
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# A date written year first in numbers, as East Asian and Central European pages write it: with
# dots ("2026. 10. 14.", "2026.10.15."), slashes ("2026/11/02") or the CJK year, month and day
# signs ("2026年11月2日", "2026년 10월 14일"), a notation, not a language's words.
_YEAR_FIRST = (
    r"(?P<year>\d{4})(?:[./]\s?|年\s?|년\s?)(?P<month>\d{1,2})(?:[./]\s?|月\s?|월\s?)"
    r"(?P<day>\d{1,2})(?:\.|日|일)?"
)
DATE = re.compile(
    r"(?<![\w/])(?:"
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|{_YEAR_FIRST}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}(?![/.]?\d))"
    r"|\d{1,2}-\d{1,2}-\d{4}(?![\d-])"  # a forum's 12-19-2025
    rf"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?{MONTH_NAME}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?,?\s+(?:\d{4}|'\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{MONTH_NAME},?\s+\d{{4}}"
    r")(?![\w/])",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?", re.IGNORECASE
)
# What may surround a date on a line that is "only a date".
_DATELINE_WORDS = re.compile(
    r"\b(?:published|posted|updated|first published|date|publication date|on|at|last|"
    r"modified|edited|created|edited time|watched|reviewed|logged|viewed|aired|recorded|"
    # A video first shown at a set time, or live: "Premiered Nov 9, 2026", "Streamed live on …".
    r"premiered|streamed|live|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\b"
    r"|[:\-–—|·•,\s*_]",
    re.IGNORECASE,
)
# What a video or post page prints beside its date: "61,448 views  Oct 12, 2025  #filmmaking".
_STATS = re.compile(
    r"\b\d[\d,.]*\s*[km]?\s+(?:views?|likes?|plays|reads|listens|watching|comments?|"
    r"reactions?)\b|(?<!\w)#[\w-]+"
    # "58 min", "1:02:33": an episode's length; "Issue #47", "Vol. 3": a number in a series.
    r"|\b\d+\s*(?:min(?:ute)?s?|hrs?|hours?|secs?)\b(?:\s+read\b)?|\b\d{1,2}:\d{2}:\d{2}\b"
    r"|\b(?:issue|letter|dispatch|vol(?:ume)?|no|number|episode|ep|edition|part|season)\.?\s*"
    r"(?:no\.?\s*)?#?\d+\b",
    re.IGNORECASE,
)
_COUNTER_FIRST = re.compile(r"^\d[\d,.]*\s*[km]?\s+(?:views?|plays)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(
    r"^\s{2,}(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3}"
    r"(?:,\s+(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3})?(?=\s*$|\s+#)"
    # ... or its category, a label in sentence case ("Video essays", "Film & Animation").
    r"|^\s{2,}(?-i:[A-Z])[\w'’-]*(?:\s(?:&|[\w'’-]+)){0,2}(?=\s*$|\s+#)"
)
_PUBLISHED = re.compile(
    # (Old Reddit's sidebar: "this post was submitted on 17 Mar 2026".)
    r"^\W*(?:(?:this (?:post|thread|story|article) was )?(?:published|posted|submitted)|"
    r"first published|date|publication date|created)(?: on)?\s*[:\-]?\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)


# How the page being read writes its dates, when it shows (see ``page_date_order``): day first
# (True), month first (False), or unknown (None).
_DAY_FIRST: ContextVar[bool | None] = ContextVar("day_first", default=None)
_SLASHED = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2}|\d{4})$")
_NAMED_MONTH_FIRST = re.compile(rf"^(?:[a-z]+\.?,?\s+)?{MONTH_NAME}\s+\d", re.IGNORECASE)


def _order_shown(span: str) -> bool | None:
    """Whether a date as written puts the day first (True) or the month (False), when it shows:
    "12 March 2026", "21/03/2025" (True); "March 12, 2026", "03/21/2025" (False)."""
    if span[:4].isdigit():  # year first ("2026. 10. 14."): the order of the rest is fixed
        return None
    if slashed := _SLASHED.match(span):
        a, b = int(slashed["a"]), int(slashed["b"])
        return True if a > 12 >= b else False if b > 12 >= a else None
    if "/" in span or "." in span or (span[:1].isdigit() and "-" in span[:5]):
        return None
    return span[:1].isdigit() or not _NAMED_MONTH_FIRST.match(span)


@contextmanager
def page_date_order(text: str) -> Iterator[None]:
    """Read the page's ambiguous dates ("3/12/26") in the order its other dates show: by
    majority, the dates that can only be read one way ("21/03/2025"), else those naming their
    month ("12 March 2026", "March 12, 2026")."""
    shown = [o for m in DATE.finditer(text) if (o := _order_shown(m.group(0))) is not None]
    numeric = [
        o
        for m in DATE.finditer(text)
        if _SLASHED.match(m.group(0)) and (o := _order_shown(m.group(0))) is not None
    ]
    votes = numeric or shown
    day, month = votes.count(True), votes.count(False)
    token = _DAY_FIRST.set(True if day > month else False if month > day else None)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def _day_first(span: str) -> bool:
    """Whether to read a numeric date day first. 21/02/2024 can only be; 02/21/2024 cannot be
    (dateutil then reads it US-style); dots ("12.03.2026") are always day first. An ambiguous
    one follows the page's other dates (``page_date_order``); with none to go by, its form
    tells the locale's short date: a zero-padded part ("11/04/25", "03/12/2026") is
    day first (en-GB's dd/MM/yy, as most of the world writes it), a one-digit part unpadded
    ("3/12/26") month first (en-US's M/d/yy); two two-digit parts ("11/12/25") go by the
    year, two digits US, four digits day first."""
    if "." in span:
        return True
    slashed = _SLASHED.match(span)
    if slashed is None:
        return "/" in span
    if (page := _DAY_FIRST.get()) is not None:
        return page
    parts = (slashed["a"], slashed["b"])
    if any(part.startswith("0") for part in parts):
        return True
    if any(len(part) == 1 for part in parts):
        return False
    return len(slashed["year"]) == 4


def parse_date(text: str) -> str | None:
    """The ISO date of the first date written in ``text`` (any common format), else None."""
    from dateutil import parser  # python-dateutil: the real parser for every form matched

    for match in DATE.finditer(text):
        span = match.group(0)
        if match["year"]:  # dateutil reads neither "2026. 10. 14." nor "2026年11月2日"
            try:
                return date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
            except ValueError:
                continue
        try:
            return parser.parse(span, dayfirst=_day_first(span)).date().isoformat()
        except (ValueError, OverflowError):
            continue
    return None


# A day without its year, as a page shows this year's posts: "September 30", "Posted 30 Sep".
_YEARLESS = re.compile(
    rf"^(?:(?:posted|published|submitted|started)(?: on)?\s+)?"
    rf"(?:(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAME}))"
    r"(?:st|nd|rd|th)?$",
    re.IGNORECASE,
)
# A month and its year alone on a line ("Jan 2026"), as a forum shows a topic's beside its days.
_MONTH_YEAR = re.compile(rf"^(?P<month>{MONTH_NAME})\s+(?P<year>\d{{4}})$", re.IGNORECASE)


# A reply's quote of another post, under the line naming it: "On 3/4/2026 at 9:12 AM, Jane
# said:", "On Mar 4, 2026, Jane wrote:".
_QUOTE_HEADER = re.compile(r"^\W*on\b.{6,80}\b(?:said|wrote)\s*:\s*$", re.IGNORECASE | re.M)


def yearless_date(lines: list[str], page: str = "", day_saved: str | None = None) -> str | None:
    """The date of a post dated by its day alone ("September 30", "Jan 11") on one of
    ``lines`` (its head, or the lines under its header), in the year the page gives it: the
    year a line beside it states for that month ("Jan 2026": a forum shows the topic's month
    and year beside the post's day), else the one year in which ``page`` gives that same day in
    full elsewhere ("On 9/30/2026 at 4:12 PM, Daniel Brophy said:", a reply quoting the post),
    else the one year a reply's quote of a later post gives, else the year the page was
    ``day_saved`` in (a clipper's "created")."""
    years = [m for line in lines if (m := _MONTH_YEAR.match(line.strip()))]
    # (A byline's facts may be a list's items: "-   Sep 3" / "-   4 min read".)
    days = (m for line in lines if (m := _YEARLESS.match(_unlisted(line))))
    for day in days:
        month, number = (day["month"] or day["month2"]), int(day["day"] or day["day2"])
        same = month[:3].casefold()
        stated = next((y["year"] for y in years if y["month"][:3].casefold() == same), None)
        if stated is not None and (iso := parse_date(f"{month} {number}, {stated}")):
            return iso
        leap = parse_date(f"{month} {number}, 2000")  # a leap year: "Feb 29" is a day too
        if leap is None:
            continue
        wanted = leap[5:]
        found = {
            iso
            for m in DATE.finditer(page)
            if (iso := parse_date(m.group(0))) and iso[5:] == wanted
        }
        if len(found) == 1:
            return found.pop()
        # ... else the one year a reply's quote of a post in the thread gives ("On 3/4/2026 at
        # 9:12 AM, … said:"), when the post's day in that year is not after the quoted post's:
        # a thread's first post comes before the posts quoted under it.
        full = sorted(
            iso
            for quote in _QUOTE_HEADER.finditer(page)
            for m in DATE.finditer(quote[0])
            if (iso := parse_date(m.group(0)))
        )
        if full and len({iso[:4] for iso in full}) == 1 and f"{full[0][:4]}-{wanted}" <= full[-1]:
            return parse_date(f"{month} {number}, {full[0][:4]}")
        # ... else the year the page was shown in, which a site leaves off its dates of that
        # year: the one year its copyright lines end on ("© 2026 Wrenfield Pictures", "©
        # 2019–2026"), unless the page was saved (a notes app's "Created: …") before that day.
        shown = {m["year"] for m in _COPYRIGHT_YEAR.finditer(page)}
        saved = [d for line in page.splitlines() if saved_line(line) and (d := parse_date(line))]
        if len(shown) == 1 and (iso := parse_date(f"{month} {number}, {shown.pop()}")):
            return iso if all(iso <= d for d in saved) else None
        # ... else the year a clipper saved the page in (its "created"), which the site left
        # off as it leaves it off the dates of the year it shows them in ("Nov 24", a forum's),
        # unless that day in that year is still to come on the day it was saved.
        if day_saved and (iso := parse_date(f"{month} {number}, {day_saved[:4]}")):
            return iso if iso <= day_saved else None
    return None


def _unlisted(line: str) -> str:
    """``line`` without a list's bullet."""
    return furniture.BULLET.sub("", line.strip())


# A copyright line's year, the last of its range: "© 2026", "Copyright © 2019–2026".
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bcopyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?(?P<year>\d{4})\b", re.IGNORECASE
)


# A button set apart beside a post's date ("March 2, 2026 2:58 PM   Subscribe").
_BUTTON_BESIDE = re.compile(r"\s{2,}(?:subscribe|follow|share|save|bookmark)\s*$", re.IGNORECASE)


def date_alone(text: str) -> str | None:
    """An ISO date when ``text`` is only a date (with a time, or "Updated:" and the like), in
    the forms English pages write or in another language's words."""
    text = _BUTTON_BESIDE.sub("", text)
    return _date_alone_in_forms(text) or (
        _date_in_words(text) if _MAY_BE_DATE_IN_WORDS.search(text) else None
    )


def _date_alone_in_forms(text: str) -> str | None:
    """``date_alone`` in the forms ``DATE`` reads, with the words English pages put beside a
    date."""
    match = DATE.search(text)
    if not match:
        return None
    after = text[match.end() :]
    if _COUNTER_FIRST.match(text):
        # A video's views line may name where it was filmed after its date, in capitalised
        # words ("22,906 views  Sep 18, 2026  Dublin, Ireland"): the place, not a sentence.
        after = _PLACE_AFTER.sub("", after)
    rest = _TIME.sub(" ", text[: match.start()] + " " + after)
    rest = _STATS.sub(" ", rest)
    if _DATELINE_WORDS.sub("", rest).strip():
        return None
    return parse_date(match.group(0))


# A line that may be a date written in another language's words ("quinta-feira, 19 de novembro
# de 2026", "18. November 2026 um 08:51 Uhr"): a day and a four-digit year among a few words.
_MAY_BE_DATE_IN_WORDS = re.compile(
    r"^(?=(?:\S+\s+){0,7}\S+$)(?=.*\b(?:0?[1-9]|[12]\d|3[01])\b)(?=.*\b(?:19|20)\d{2}\b)"
    r"(?=.*[^\W\d_]{3})"
)


@functools.lru_cache(maxsize=4096)
def _date_in_words(text: str) -> str | None:
    """The ISO date of a line that is only a date written in any language's words, as dateparser
    (htmldate's, trafilatura's date reader) reads the month and day names, and the words around
    a date ("de", "às", "um … Uhr"), of some two hundred languages: never a list of our own. The
    whole line must be the date, day, month and year, or it is not one."""
    import dateparser  # heavy: loaded on the first line shaped like such a date

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    words = text.split()
    # ... perhaps after a label of a word or two that dateparser does not read, ending on the
    # preposition before the date ("Veröffentlicht am …", "Publicado em …", "Publié le …"), as
    # "Published on" stands before an English date; a label's colon ("Joined: …", a forum
    # poster's profile) is no preposition.
    for skip in range(min(_DATE_LABEL_WORDS, len(words) - 1) + 1):
        before = words[skip - 1] if skip else ""
        if skip and not (before.isalpha() and before.islower() and len(before) <= _PREPOSITION):
            continue
        if found := dateparser.parse(" ".join(words[skip:]), settings=settings):
            return found.date().isoformat()
    return None


_DATE_LABEL_WORDS = 2
_PREPOSITION = 3  # letters: "am", "em", "le", "op", "den"


def published_line(text: str) -> str | None:
    """The ISO date of a "Published: Feb 21, 2024 11:09 PM" (or "Posted on ... by ...") line."""
    match = _PUBLISHED.match(text)
    if not match or len(text) > 160:
        return None
    return parse_date(match.group("rest"))


# A notes app's property over a clipped page ("Created: September 3, 2026 8:41 AM", Notion's):
# when the page was saved, not when it was published, so read only when the page states no
# other date.
_SAVED = re.compile(r"^\W*created(?: time)?\s*:", re.IGNORECASE)


def saved_line(text: str) -> bool:
    """Whether ``text`` is a notes app's "Created: …" property, the day the page was saved."""
    return _SAVED.match(text) is not None


def published_under_label(lines: list[str]) -> str | None:
    """The ISO date alone on the line under a label alone on its own ("Posted" / "Nov 22,
    2026"): a sidebar's facts about a post, each label over its value, as a copy lays them
    out; the same label and date on one line are a published line (``published_line``)."""
    for label, value in itertools.pairwise(lines):
        if len(label.split()) <= _LABEL_WORDS and not DATE.search(label):
            found = date_alone(value)
            if found and published_line(f"{label} {value}") == found:
                return found
    return None


_LABEL_WORDS = 3


# A wire or press-release dateline opening the first paragraph: "EDINBURGH, 14 January 2025 —".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?,\s+(?P<date>.{6,40}?)\s*[—–]"
)


def wire_date(text: str) -> str | None:
    """The ISO date of a wire dateline at the start of ``text``, else None."""
    match = _WIRE_DATELINE.match(text)
    return date_alone(match["date"]) if match else None


_ADDRESS = re.compile(r"https?://\S+")
# Any page will do: htmldate reads the address alone, never fetching it, and checks the date
# against bounds, the latest left far off (a fixture's page may be dated after the clock).
_NO_PAGE = "<html><body></body></html>"
_LATEST = "2999-12-31"


def dateline_of_address(lines: list[str]) -> str | None:
    """The date a head shows that the page's own address names in its path (".../2026/11/26/
    slug", as htmldate reads one), over any other the head shows first: a capture's or a
    clipper's header over the page it saved ("Saved from <address>" / the capture's time) dates
    the saving, the page's own dateline the page. A date the address names and no line shows
    is not read: the date is what the page says."""
    links = [link for line in lines for link in _ADDRESS.findall(line)]
    if not links:
        return None
    from htmldate import find_date  # heavy: loaded on the first page showing an address

    addressed = next(
        (
            found
            for link in links
            if (found := find_date(_NO_PAGE, url=link, extensive_search=False, max_date=_LATEST))
        ),
        None,
    )
    if addressed is None:
        return None
    shown = (published_line(line) or date_alone(line) for line in lines)
    return next((found for found in shown if found == addressed), None)


def is_dateline(text: str) -> bool:
    """A line that only dates the page ("Feb 21, 2024", "Published: 21/02/2024 11:09")."""
    return bool(published_line(text) or date_alone(text))


def _name_from(rest: str) -> str | None:
    """The name at the start of a byline's remainder ("Jane Doe · 5 min read" -> Jane Doe)."""
    stop = _BYLINE_STOP.search(rest)
    name = rest[: stop.start()].strip() if stop else rest.strip()
    name = name.strip("*_ ").removeprefix("u/").removeprefix("@").strip()
    if not name or len(name.split()) > 5:
        return None
    if NAME.match(name) or HANDLE.match(name):
        return name
    return None


# A post's header naming where it was posted, then who posted it: "— posted in #announcements by
# Jane Doe (mod team)" (a server's or a group's archive), "Posted in r/editors by u/jane".
_POSTED_IN_BY = re.compile(
    r"(?:^|\s)(?:posted|shared|published)\s+in\s+[#@]?[\w./-]+\s+by\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def posted_in_by(line: str) -> str | None:
    """The poster a post's header names after the place it was posted in, else None."""
    match = _POSTED_IN_BY.search(line)
    return _name_from(match["rest"]) if match and len(line.split()) <= 20 else None


def author_in(line: str) -> str | None:
    """The author a byline names ("By Jane Doe · 5 min read" -> Jane Doe), else None."""
    # A text copy shows the name's link after it: "By Jane Doe <https://…/jane-doe>".
    match = BYLINE.match(furniture.LINK_TARGET.sub("", line).strip())
    return _name_from(match.group("rest")) if match else None


# A standfirst that names its writer at its end: "… The results are uneven, writes Jane Doe."
_WRITER_AT_END = re.compile(
    r"[,;]\s+(?:writes|argues|reports|explains|asks)\s+(?P<name>[A-Z][^,.;:!?]{2,40})\.$"
)


# A review's label naming its reviewer in the possessive, where others write "Review by X":
# "Noor Haddad's review published on Letterboxd:", "Jane Doe’s review of Saltmarrow".
_REVIEWERS_LABEL = re.compile(r"^(?P<name>[^'’:]{2,60})['’]s review\b[^.!?]{0,60}:?$")


def reviewers_label(line: str) -> str | None:
    """The reviewer a review's possessive label names, else None."""
    match = _REVIEWERS_LABEL.match(line.strip())
    name = match["name"] if match else ""
    return name if person_name(name) or (HANDLE.match(name) and name.islower()) else None


def standfirst_writer(text: str) -> str | None:
    """The writer a standfirst names at its end, else None."""
    match = _WRITER_AT_END.search(text)
    return match["name"] if match and person_name(match["name"]) else None


_SEPARATOR_ALONE = re.compile(r"^\s*[·•|—–-]\s*$")


def bare_name(lines: list[str], i: int) -> str | None:
    """A line that is only a person's name, next to a date or a read time (a byline)."""
    text = lines[i]
    if channel_name(lines, i):
        return text
    if not NAME.match(text) or text.isupper() or not 2 <= len(text.split()) <= 4:
        return None
    if text.split()[0] in ("The", "A", "An"):
        return None  # "The Glass Orchard": a film's or a site's name, not a person's
    if i + 1 < len(lines) and ISSUE_LINE.match(lines[i + 1]):
        return None  # "Frame Rate Weekly" over "Issue #112 · February 20, 2026"
    if any(pattern.search(text) for pattern in (furniture.NAV, furniture.JUNK, furniture.END)):
        return None
    # A poster's badges ("Admin", "Top contributor") may stand between the name and the date,
    # and so may a separator set on a line of its own ("Jane Doe" / "·" / "Feb 17, 2026").
    below = next(
        (
            line
            for line in lines[i + 1 :]
            if not furniture.BADGE.match(line) and not _SEPARATOR_ALONE.match(line)
        ),
        None,
    )
    near = lines[max(0, i - 1) : i] + ([below] if below is not None else [])
    # Beside a date or a read time (perhaps a list's item, the date without its year: Wix's
    # "-   Sep 3"), or shown twice (the avatar's alt text, then the name), or over the button
    # that follows them (Medium's, Substack's author under the headline).
    if (
        any(_dates(_unlisted(line)) or _YEARLESS.match(_unlisted(line)) for line in near)
        or any(_shows(line, text) for line in near)
        or (below or "").casefold() == "follow"
    ):
        return text
    return text if named_by_layout(lines, i) or _over_labels_and_time(lines, i) else None


_LABEL_MAX_WORDS = 6
_LABELS_MAX = 3


def _over_labels_and_time(lines: list[str], i: int) -> bool:
    """Whether a name stands over its poster's labels and then the post's relative time, as a
    forum or a launch site sets a post's header: a role ("Maker", "Creator"), a short tagline
    ("Founder of Stillframe"), a separator, "3d ago". A relative time dates a post, not an
    article, so a headline over its section and a date is not read as a name here."""
    for line in lines[i + 1 : i + 2 + _LABELS_MAX]:
        if _POST_AGE.match(line):
            return line != lines[i + 1]  # the labels make this shape; bare_name reads the rest
        # (A label has words and no sentence's stop; a user name there is the post's poster.)
        short = len(line.split()) <= _LABEL_MAX_WORDS and not re.search(r"[\d_.!?:@/]", line)
        if not (short or BARE_LINE.match(line)):
            return False
    return False


_PICTURE = re.compile(r"\b(?:photo|picture|avatar|image)\b", re.IGNORECASE)


def _shows(line: str, name: str) -> bool:
    """Whether ``line`` shows the person ``name``: the name again, or their picture's alt text
    ("Profile photo for Jane Doe", "Jane Doe's photo")."""
    return line == name or (name in line and bool(_PICTURE.search(line)) and len(line) < 80)


def named_by_layout(lines: list[str], i: int) -> bool:
    """Whether the name-shaped line ``lines[i]`` is laid out as only a person's name is: shown
    twice (an avatar's alt text, then the name), over an affiliation (a paper) or an audience
    (a channel's "12K subscribers"), over a short credential and then the date ("Marguerite
    Oduya / Cinematographer, 15 years in features / Updated Mar 4, 2025"), or beside a post's
    timestamp (a date with a clock time). A headline beside a plain date is name-shaped too
    ("Sora Changes Everything"); this tells them apart."""
    text = lines[i]
    near = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    if any(_shows(line, text) or _timestamp(line) for line in near):
        return True
    below = lines[i + 1 : i + 4]
    if below and (
        (_AFFILIATION.search(below[0]) and len(below[0].split()) <= 10) or _AUDIENCE.match(below[0])
    ):
        return True
    # A creator's card: the name over where they live and how many works they have put up
    # ("Bristol, United Kingdom" / "2 Campaigns"), or over the count alone.
    # A reviewer's name over the work they review and their rating of it ("Ayo Bello" /
    # "Tidewater Saints 2026" / "★★★½"): a review's byline without its "Review by".
    if len(below) > 1 and WORK_AND_YEAR.match(below[0]) and STARS.match(below[1]):
        return True
    counted = below[1:2] if below and _PLACE.match(below[0]) else below[:1]
    if counted and _WORKS_COUNT.match(counted[0]):
        return True
    if below and _MAKER_ROLE.match(below[0]):
        return True  # the platform's label for whoever made the post ("Creator"), under the name
    # (A role alone is a credential too: "Film columnist" under the name, over the date.)
    role = bool(below) and len(below[0].split()) <= _ROLE_WORDS and bool(_ROLE.search(below[0]))
    if not below or not (_CREDENTIAL.search(below[0]) or role):
        return False
    for line in below[1:]:
        if _dates(line):
            return True
        if len(line.split()) > 12:
            break
    return False


# A work's name and year ("The Lantern Fox 2026", "Hollow Tide (2025)"), and a star rating.
WORK_AND_YEAR = re.compile(r"^\S.{0,80}?\s\(?(?:18|19|20)\d{2}\)?$")
STARS = re.compile(r"^(?:[★☆⭐½]\s*){1,10}$")


# A credential line under a name: "Cinematographer, 15 years in features", "Editor at Northfield
# | Documentary" (a role and where or how, not a headline).
_CREDENTIAL = re.compile(r"\w(?:, | at | @ | \| | · )\S")


def _timestamp(line: str) -> bool:
    return bool(date_alone(line) and _TIME.search(line) and not _PUBLISHED.match(line))


def _dates(line: str) -> bool:
    return bool(is_dateline(line) or READ_TIME.search(line))


def over_audience(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` stands over its audience's count ("412K subscribers"): a channel's
    or a person's name, never a headline."""
    return i + 1 < len(lines) and bool(_AUDIENCE.match(lines[i + 1]))


# A channel's name is any short name, its words capitalised, joined by "&", "+" or "and" as a
# duo's or a studio's are ("Frame & Fable", "Salt + Silver"): no sentence, no count.
_CHANNEL_NAME = re.compile(r"^[A-Z0-9][\w.'’-]*(?:\s+(?:&|\+|and|of|the|[A-Z0-9][\w.'’-]*)){0,4}$")


def channel_name(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a channel's name over its audience's count ("Frame & Fable" /
    "148K subscribers"): the account the video was posted on, however it is spelt, where a
    person's name must look like one."""
    text = lines[i]
    return (
        over_audience(lines, i)
        and bool(_CHANNEL_NAME.match(text))
        and not any(p.search(text) for p in (furniture.NAV, furniture.JUNK, furniture.END))
    )


# A channel named after its host: "Frame Theory with Dana Okafor", "Cutting Room, hosted by Jo
# Reyes".
_HOSTED = re.compile(r"^.{2,60}?(?:,? with|,? hosted by|,? by)\s+(?P<name>[^,()]{3,60})$")


def channel_host(lines: list[str], i: int) -> str | None:
    """The person a channel over its audience's count is named after, when it names one."""
    match = _HOSTED.match(lines[i]) if over_audience(lines, i) else None
    return match["name"] if match and person_name(match["name"]) else None


_WORKS_COUNT = re.compile(
    r"^[\d.,]+\s*[km]?\s+(?:campaigns?|projects?|posts?|articles?|stories|films?|videos?|"
    r"episodes?|creations?)$",
    re.IGNORECASE,
)
_PLACE = re.compile(  # "Bristol, United Kingdom"
    r"^(?-i:[A-Z])[\w.'’-]+(?: [\w.'’-]+){0,2}, (?-i:[A-Z])[\w.'’-]+(?: [\w.'’-]+){0,2}$"
)
# The label a platform sets under the name of whoever made the page a post or a comment is on
# (a campaign's "Creator", a launch's "Maker"): only a person or a team stands over it.
_MAKER_ROLE = re.compile(r"^(?:creator|maker|campaign owner|project creator)$", re.IGNORECASE)
_AUDIENCE = re.compile(r"^[\d.,]+\s*[km]?\s+(?:subscribers|followers)$", re.IGNORECASE)
_AFFILIATION = re.compile(
    r"\b(?:university|universit[éä]t?|college|institute|school of|department of|faculty of|"
    r"laborator(?:y|ies)|academy|conservatoire|film school)\b",
    re.IGNORECASE,
)


def _author_among_parts(line: str) -> str | None:
    """The author in a meta line of parts: "26 January 2025 · 6 minute read · by Jonah Rees"."""
    parts = SEPARATORS.split(line)
    if len(parts) < 2 or not any(_dates(part) for part in parts):
        return None
    return next((name for part in parts[1:] if (name := author_in(part.strip()))), None)


# A name and the month it was written, after a comma ("Lena Sato, April 2026"): a portfolio's
# or a journal's byline under a piece's title.
_NAME_COMMA_MONTH = re.compile(
    rf"^(?P<name>[^,]{{3,60}}),\s+(?P<when>{MONTH_NAME}\s+\d{{4}})$", re.IGNORECASE
)


# A name and the writer's role after a comma, in a meta line: "Tiago Mendes, assistant editor".
_NAME_ROLE = re.compile(r"^(?P<name>[^,]{3,60}),\s+(?P<role>[^,]{2,40})$")


def _writer_beside_date(line: str) -> str | None:
    """The writer a meta line names with their role beside its date ("Tiago Mendes, assistant
    editor · 2 October 2026"): a role is a person's, never a section's."""
    parts = [part.strip(" *_") for part in SEPARATORS.split(line)]
    role = _NAME_ROLE.match(parts[0]) if len(parts) > 1 else None
    if role is None or not _ROLE.search(role["role"]) or not person_name(role["name"]):
        return None
    return role["name"] if any(is_dateline(part) for part in parts[1:]) else None


def name_beside_date(line: str) -> str | None:
    """The name a meta line of parts gives first or right after its date: "Jane Doe · Mar 4,
    2025 · 12 comments", "Jane Doe and Sam Lee | March 4, 2025", "Mar 4, 2025 · Jane Doe" (a
    theme's byline without "By"). Its date is the page's; the name is not taken for the
    author, for a section's name sits there too ("Film Reviews · Mar 4, 2025")."""
    if signed := _NAME_COMMA_MONTH.match(line):
        parts = [signed["name"], signed["when"]]  # "Lena Sato, April 2026"
    else:
        parts = [part.strip() for part in SEPARATORS.split(line)]
    if len(parts) < 2:
        return None
    if signed:
        pass  # the month it was written beside the name: a byline
    elif is_dateline(parts[0]):
        parts = parts[1:2]  # the name right after the date
    elif not any(is_dateline(part) for part in parts[1:]):
        return None
    if (role := _NAME_ROLE.match(parts[0])) and _ROLE.search(role["role"]):
        parts[0] = role["name"]  # "Tiago Mendes, assistant editor · 2 October 2026"
    names = re.split(r"\s+(?:and|&)\s+", parts[0])
    if all(NAME.match(n) and 2 <= len(n.split()) <= 4 for n in names) and not (
        furniture.NAV.search(parts[0]) or furniture.JUNK.search(parts[0])
    ):
        return parts[0]
    return None


# A read time as one part of a meta line: "4 min read", or Hugo themes' bare "5 min".
_READ_TIME_PART = re.compile(rf"{READ_TIME.pattern}|^\d{{1,3}}\s*min(?:ute)?s?\.?$", re.I)


def read_time_line(line: str) -> tuple[str | None, str | None]:
    """The person and the date an article's meta line of parts gives beside its read time, in
    whatever order a theme sets them: "December 2, 2025 · Kenji Arakawa · 4 min read",
    "December 14, 2025 · 5 min · Selin Okafor". The read time says the line is the article's
    own, so a name there is its author's, not a section's (an archive's "Film Reviews · Mar 4,
    2025")."""
    parts = [part.strip(" *_") for part in SEPARATORS.split(line)]
    if len(parts) < 2 or not any(_READ_TIME_PART.search(part) for part in parts):
        return None, None
    day = next((d for part in parts if (d := date_alone(part))), None)
    names = [
        part
        for part in parts
        if person_name(part) and not (furniture.NAV.search(part) or furniture.JUNK.search(part))
    ]
    return (names[0] if day and len(names) == 1 else None), day


def _name_with_handle(line: str) -> str | None:
    """The name a meta line gives beside a date and the person's own handle: "Jane Doe · first
    published 2 May 2026 · @janedoe" (a section's name beside a date has no handle)."""
    name = name_beside_date(line)
    parts = [part.strip() for part in SEPARATORS.split(line)]
    return name if name and any(re.fullmatch(r"@[\w.-]{2,40}", p) for p in parts) else None


def noted_byline(line: str) -> tuple[str, str] | None:
    """(the writer, the date) of a shared document's byline: the writer's name, a dash and a
    note on the draft that dates it ("Hana Sørensen — draft of 28 September 2026, for the
    panel in Aarhus"). The note opens in lower case, annotating the name; a section's label
    beside a date is capitalised."""
    parts = [part.strip() for part in SEPARATORS.split(line)]
    if len(parts) != 2 or not person_name(parts[0]) or not parts[1][:1].islower():
        return None
    day = parse_date(parts[1])
    return (parts[0], day) if day else None


_SECTION_MAX_WORDS = 4  # a section filing an article: "Columns", "Projection Booth"


def dated_labels(line: str) -> str | None:
    """The date of an article's meta line that sets it beside the sections filing it, parts
    apart: "June 30th, 2026 · Columns · Projection Booth" (each label a few words, no sentence
    nor number)."""
    parts = [part.strip(" *_") for part in SEPARATORS.split(line)]
    days = [d for part in parts if (d := date_alone(part))]
    labels = [part for part in parts if not date_alone(part)]
    if len(days) != 1 or not labels:
        return None
    if any(
        not 0 < len(part.split()) <= _SECTION_MAX_WORDS
        or furniture.SENTENCE_END.search(part)
        or re.search(r"\d", part)
        for part in labels
    ):
        return None
    return days[0]


def dated_byline(line: str) -> str | None:
    """The date of a byline that gives it before its author: "February 9, 2026 by Tess Harrow",
    "Posted on 3 March 2025 by Alma Reyes"."""
    found = _date_then_writer(line)
    return found[0] if found else None


def _date_then_writer(line: str) -> tuple[str, str] | None:
    """The date and the writer of a dateline that names its writer after the date: "Posted on 3
    March 2025 by Alma Reyes", or in another language's words, whatever word stands for "by"
    ("Veröffentlicht am 17. November 2026 von Lena Brockmann", "Publicado em 3 de março de
    2026 por Ana Reis"): a short lower-case word between a date the English forms do not read
    and a name."""
    for match in _BY_AFTERDATE.finditer(line):
        dated = line[: match.start()]
        in_english = published_line(dated) or _date_alone_in_forms(dated)
        if match["by"].casefold() == "by":
            when = in_english or date_alone(dated)
        elif match["by"].islower() and not in_english:
            when = date_alone(dated)
        else:
            continue  # "March 3, 2026 at Cannes": in English only "by" names a writer
        if when and (name := _name_from(line[match.end() :])):
            return when, name
    return None


def _labelled_poster(head: list[str]) -> str | None:
    """The poster a feed's label names the post by, over the post's header with the name again
    ("Jane Doe’s Post" / "Jane Doe" / their headline / "1w  Edited"), perhaps past the profile
    link's label between ("View profile for Jane Doe"): whatever stands under the name, the
    label says whose post it is."""
    return next(
        (
            name
            for i, label in enumerate(head)
            if furniture.FEED_POST_LABEL.match(label)
            for name in head[i + 1 : i + 1 + _LABEL_TO_NAME]
            if label.startswith((f"{name}'s ", f"{name}’s "))
        ),
        None,
    )


_LABEL_TO_NAME = 2  # the name's line under the label, or the one under that
_FULL_NAME_OVER = 3  # the reviewer's full name, a button ("Follow"), the label


def reviewer_in_full(head: list[str], i: int) -> str | None:
    """The reviewer's full name over a review's label that calls them by their first name alone
    ("Pia Sandoval" / "Follow" / "Pia’s review published on Letterboxd:"): the label says the
    name over it is the reviewer's, not the review's title."""
    match = _REVIEWERS_LABEL.match(head[i].strip())
    first = match["name"] if match else ""
    if not first or " " in first or not first[:1].isupper():
        return None
    return next(
        (
            line
            for line in reversed(head[max(0, i - _FULL_NAME_OVER) : i])
            if line.startswith(first + " ") and person_name(line)
        ),
        None,
    )


def find_author(head: list[str], tail: list[str]) -> str | None:
    """The author named in the lines above the essay (``head``) or in its foot (``tail``)."""
    for line in head:
        if name := (
            author_in(line)
            or posted_in_by(line)
            or _author_among_parts(line)
            or _name_with_handle(line)
            or read_time_line(line)[0]
            or standfirst_writer(line)
            or reviewers_label(line)
            or _writer_beside_date(line)
            or (noted_byline(line) or (None,))[0]
        ):
            return name
    for i in range(len(head)):
        if (
            name := channel_host(head, i)
            or _poster_over_audience(head, i)
            or reviewer_in_full(head, i)
        ):
            return name
    if name := _labelled_poster(head):
        return name
    for name, line in itertools.pairwise(head):
        # A creator's page header: "Jane Doe" over "is creating documentary essays" (Patreon,
        # Ko-fi and the like).
        if _CREATING.match(line) and person_name(name):
            return name
        # ... or "Jane Doe" over the handle made of the name ("@janedoe"), the profile's card.
        if (
            line.startswith("@")
            and HANDLE.match(line)
            and person_name(name)
            and made_of_name(line, name)
        ):
            return name
    for i in range(len(head)):
        if name := name_for(head, i):
            return name
    for line in head:
        # A film's credit over its press kit: "A documentary by Jane Doe".
        if (match := _WORK_BY.match(line)) and (name := _name_from(match["rest"])):
            return name
    for i, (label, line) in enumerate(itertools.pairwise(head)):
        # A page's property sheet (Notion's, a wiki's): "Author" in one cell, the name in the
        # next.
        if _AUTHOR_LABEL.match(label) and person_name(line):
            return line
        # ... or a review's label alone over its reviewer, the work and its year under them
        # ("Reviewed by" / "Jane Doe" / "Harbour of Glass 2026"): a sheet's "Reviewed by" names
        # whoever checked a document, not its writer.
        work = head[i + 2] if i + 2 < len(head) else ""
        if _REVIEW_LABEL.match(label) and person_name(line) and WORK_AND_YEAR.match(work):
            return line
    for line in head:
        # The same sheet as a Markdown export's table row ("| Author | Jane Doe |") or as its
        # property lines ("Created by: Jane Doe").
        cells = _PROPERTY_ROW.match(line) or _PROPERTY_LINE.match(line)
        if cells and _AUTHOR_LABEL.match(cells["label"]) and person_name(cells["value"]):
            return cells["value"]
    # A name shown twice that the page also opens with is the site's masthead, then its logo's
    # alt text and name over a share card (Substack's): a byline's name further down comes first.
    names = [
        name for i in range(len(head)) if (name := bare_name(head, i) or user_by_time(head, i))
    ]
    if names:
        return next((name for name in names if name != head[0]), names[0])
    for line in head:
        # "Posted on 3 March 2025 by Alma Reyes": a dateline that names its author after the date.
        if found := _date_then_writer(line):
            return found[1]
    for line in head:
        # A masthead's tagline: "A newsletter about editing, by Oren Malakai".
        match = _TAGLINE_BY.search(line)
        short = len(line.split()) <= 12 and not furniture.JUNK.search(line)
        if match and short and (name := _name_from(match["rest"])):
            return name
    for line in head:
        # ... or the person it names by the pronouns after their name, which only a person
        # gives: "the projection-booth notes of Odile Marsh · she/her · 35mm and …".
        parts = SEPARATORS.split(line)
        short = len(line.split()) <= _TAGLINE_WORDS and not furniture.JUNK.search(line)
        for part, after in itertools.pairwise(parts):
            owner = _OWNER_NAME.search(part)
            if short and owner and _PRONOUNS.match(after) and person_name(owner["name"]):
                return owner["name"]
    for line in head:
        # A thread's post header with nobody answering under it: "submitted 3 days ago by x".
        if (match := POST_HEADER.match(line)) and len(line.split()) <= 30:
            return next(name for name in match.groupdict().values() if name)
    for i in range(len(head)):
        if poster_over_date(head, i):
            return head[i]
    for line in tail:
        # "Written by X", "Author: X", Blogger's "Posted by X at 21:14" under the post.
        if re.match(r"(?:written by|posted by|author\s*:)", line, re.I) and (
            name := author_in(line)
        ):
            return name
    for line in tail:
        # ... Blogger's in any language: "Postado por Tiago Arruda às 22:14", "Publié par X à
        # 21:14": a label of two words, a name, a short word and the time, the name shown again
        # on a line of its own (the profile box's, a reply's header), where "Filmed in São
        # Paulo at 22:14" names a place.
        match = _POSTER_AT_TIME.match(line)
        if match and NAME.match(match["name"]) and match["name"] in tail:
            return match["name"]
    return None


_POSTER_AT_TIME = re.compile(
    r"^[A-Z][^\W\d_]+\s+[a-z][^\W\d_]{0,3}\s+"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|[a-z]{2,3})){1,3}?)"
    r"\s+[^\W\d_]{1,4}\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?$"
)


def _poster_over_audience(lines: list[str], i: int) -> str | None:
    """The poster of a feed's post: the name over whom the post is shown to ("Tomasz Wilk" /
    "Admin" / "·" / "2d" / "·" / "Shared with Members of …"), past badges, separators and the
    post's age."""
    if not furniture.AUDIENCE_LINE.match(lines[i]):
        return None
    k = i - 1
    while k >= 0 and (
        furniture.BADGE.match(lines[k]) or is_age(lines[k]) or not re.search(r"\w", lines[k])
    ):
        k -= 1
    return lines[k] if k >= 0 and person_name(lines[k]) else None


_POSTER_WORDS = 6


def poster_over_date(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a post's header: the name the page's header shows (a creator's,
    a studio's: "Kestrel & Moth Animation", its tagline and button under it), shown again right
    over the post's date. Not the page's first line (a site's masthead), nor a sentence, nor a
    byline's name shown twice in a row (its avatar's alt text, then the name: the headline is
    over that)."""
    text = lines[i]
    return (
        1 < i < len(lines) - 1
        and text != lines[0]
        and text != lines[i - 1]
        and text in lines[1 : i - 1]
        and is_dateline(lines[i + 1])
        and len(text.split()) <= _POSTER_WORDS
        and bool(re.search(r"[^\W\d_]{2}", text))  # not a separator ("·") shown again
        and not re.search(r"[.!?:]$", text)
        and not furniture.NAV.search(text)  # the menu's link shown again ("Archives")
    )


def name_for(lines: list[str], i: int) -> str | None:
    """A writer's name and whom they write for, over the post's date: "Jane Doe for Lantern
    Lab" (dev.to's organisations, a columnist's syndication) names Jane Doe."""
    match = _NAME_FOR.match(lines[i])
    if match and person_name(match["name"]) and i + 1 < len(lines) and _dates(lines[i + 1]):
        return match["name"]
    return None


_NAME_FOR = re.compile(r"^[*_]*(?P<name>[^*_]+?)[*_]*\s+for\s+[*_]*[A-Z][^*_]{0,60}[*_]*$")
_CREATING = re.compile(r"^is (?:creating|making|writing|producing)\b.{1,80}$")
_WORK_BY = re.compile(
    r"^an? (?:\w+ ){0,2}(?:film|documentary|short|essay film|series|podcast|video essay) by "
    r"(?P<rest>[A-Z].*)$",
    re.IGNORECASE,
)
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|writers?|(?:(?:written|created|posted)\s+)?by)\s*:?$",
    re.IGNORECASE,
)


_REVIEW_LABEL = re.compile(r"^review(?:ed)? by$", re.IGNORECASE)
_PROPERTY_ROW = re.compile(r"^\|\s*(?P<label>[^|]+?)\s*\|\s*(?P<value>[^|]+?)\s*\|$")
_PROPERTY_LINE = re.compile(r"^(?P<label>[A-Za-z ]{2,20}?)\s*:\s+(?P<value>\S.*?)\s*$")


# The heading of a box under a creator's post asking readers to fund its writer: "Support Jane
# Doe", "Back Jane Doe" (Ko-fi's, Patreon's). "More from …" and "Subscribe to …" name a site as
# often as a person.
_FUNDING_BOX = re.compile(r"^(?:support|back|tip|fund)\s+(?P<name>\S.{1,60})$", re.IGNORECASE)


def funding_box(line: str) -> str | None:
    """The person a box under the post asks readers to fund ("Support Jane Doe"), else None."""
    match = _FUNDING_BOX.match(line.strip())
    return match["name"] if match and person_name(match["name"]) else None


def creator_card(head: list[str], foot: list[str]) -> str | None:
    """A person's name on a line of its own over the text that a funding box in the foot names
    again ("Jane Doe" over her tagline, "Support Jane Doe" under the post): the creator whose
    profile card the post is on, else None."""
    funded = {name for line in foot if (name := funding_box(line))}
    return next((line for line in head if person_name(line) and line in funded), None)


def person_name(line: str) -> bool:
    return (
        bool(NAME.match(line))
        and 2 <= len(line.split()) <= 4
        and line.split()[0] not in ("The", "A", "An")
        and not line.isupper()
    )


# A letter's or a foreword's sign-off under the text: "— Jane Doe" (then perhaps a role and
# "Place, 3 March 2025").
_SIGN_OFF = re.compile(r"^[—–~-]{1,2}\s*(?P<name>\S.{1,60})$")
_QUOTE_END = re.compile(r"[\"”’»]\W*$")


def ends_in_quote(text: str) -> bool:
    """Whether ``text`` ends in a quote mark: a dash and a name under it are the quotation's
    source, not a sign-off."""
    return bool(_QUOTE_END.search(text))


# A signature's name with what the writer is and where, after commas, as a short tail of words
# with no sentence in it: "Rafe Lindqvist, recordist, Tromsø".
_NAME_CREDENTIALS = re.compile(r"^(?P<name>[^,]{3,60}),\s+(?P<rest>[^.!?]{2,60})$")


def sign_off(tail: list[str], last: str = "") -> tuple[str | None, str | None]:
    """The author and the date a sign-off under the essay gives, when there is one: "— Jane
    Doe", an e-mail's "-- " over the name, "Best, Jane Doe", or the name over the writer's role
    (a signature; see ``_role_under``). Under a quotation (``last``, the essay's last
    paragraph, ends in a quote mark) a dash and a name are the quotation's source, not a
    sign-off."""
    if ends_in_quote(last):
        return None, None
    for i, line in enumerate(tail[:4]):
        match = _SIGN_OFF.match(line) or _VALEDICTION.match(line)
        name, at = (_signed_name(match["name"].strip()), i) if match else (None, i)
        if name and (credited := _NAME_CREDENTIALS.match(name)):
            # "— Rafe Lindqvist, recordist, Tromsø": the name, then the writer's role and place.
            name = credited["name"]
        signs = _SIG_DELIMITER.match(line) or _VALEDICTION_ALONE.match(line)
        if name is None and signs and i + 1 < len(tail):
            # "-- " (an e-mail's signature delimiter) or "Best," over the name.
            name, at = tail[i + 1], i + 1
        if name and person_name(name) and not _not_a_name(name):
            below = [
                d
                for line in tail[at + 1 : at + 4]
                if len(line.split()) <= 6 and (d := parse_date(line))
            ]
            return name, (below[0] if below else None)
        if i == 0 and person_name(line) and not _not_a_name(line) and _role_under(tail, i):
            # A name under the essay and the writer's role under it ("Jane Doe" / "Programme
            # secretary, Northfield Film Society"): a letter's signature.
            return line, None
    return None, None


# A sign-off on one line that a letter's foot may follow: "-- Ruth", "— Jane Doe", "Best, Jane",
# perhaps signing for a group ("— Kit, for the mod team", "— Ruth, on behalf of the committee").
_SIGNATURE = re.compile(
    r"^(?P<dash>--|[—–])\s?(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"
    r"(?:,\s+(?:for|on behalf of)\s+[^.!?,]{2,40})?$"
)


def signs_off(line: str, last: str, author: str | None = None, below: str = "") -> bool:
    """Whether ``line`` signs the letter off ("-- Ruth", "Best, Jane", "— Jane Doe" or "Jane" by
    Jane Doe, or "Best," over ``below``, the line under it, a name): what a newsletter puts under it
    (links, notices, prompts, its address) is not the essay. A dash and a name under a
    quotation (``last`` ends in a quote mark), or naming someone other than the author with a
    typographic dash (a blockquote's source), are no sign-off; an e-mail's "--" is."""
    if ends_in_quote(last):
        return False
    if match := _VALEDICTION.match(line):
        name = _signed_name(match["name"])
    elif _VALEDICTION_ALONE.match(line) and (_FIRST_NAME_ALONE.match(below) or person_name(below)):
        name = below
    elif match := _SIGNATURE.match(line):
        name = match["name"]
        names_author = bool(author) and name in (author, (author or "").split()[0])
        if match["dash"] != "--" and not names_author:
            return False
    elif author and len(author.split()) >= 2 and line == author.split()[0]:
        # The writer's first name alone on its line, no dash ("Ines" under a post by Ines
        # Carvalho): only a signature sets it so; what follows is the page's, or the comments.
        name = line
    else:
        return False
    return len(name.split()) <= 4 and not _not_a_name(name)


def dash_signature(line: str) -> str | None:
    """The full name a dash signs with ("— Ines Carvalho"), else None."""
    match = _SIGNATURE.match(line)
    if match is None or not person_name(match["name"]) or _not_a_name(match["name"]):
        return None
    return match["name"]


_FIRST_NAME_ALONE = re.compile(r"^[A-Z][^\W\d_]{1,20}$")


def first_name_signature(tail: list[str], last: str = "") -> str | None:
    """The writer's full name when a letter is signed with a first name alone ("-- Ewan") and
    its foot gives the name in full ("The Gate / Ewan Sutherland / 3 Mill Wynd / …"), or the
    first name itself when the foot gives it as the writer's handle."""
    first = next(
        (m["name"] for line in tail[:4] if (m := _SIGNATURE.match(line)) and " " not in m["name"]),
        None,
    )
    # ... or the first name alone, with no dash, on a line of its own right under the text or
    # its closing call ("Tomás"), when the foot under it gives it in full (the sender's address:
    # "Tomás Ferreira, 18 Rua …").
    at = next((k for k, line in enumerate(tail[:2]) if _FIRST_NAME_ALONE.match(line)), None)
    bare = first is None and at is not None
    first = tail[at] if bare and at is not None else first
    if first is None or _not_a_name(first):
        return None
    full = re.compile(rf"(?<![\w-]){re.escape(first)}(?: [A-Z][\w'’-]+){{1,2}}(?![\w-])")
    for line in tail[at + 1 :] if bare and at is not None else tail:
        for match in full.finditer(line):
            if person_name(match[0]) and not _not_a_name(match[0]):
                return match[0]
    # Alone, a first name names nobody, unless the page's foot gives it as the writer's handle
    # too ("— Noor" / "Follow @noor@slowreels.example"), signing right under the text and not
    # under a quotation (``last`` ends in a quote mark).
    if bare:
        return None
    handle = re.compile(rf"(?<![\w.])@{re.escape(first)}\b", re.IGNORECASE)
    signed_under = bool(tail) and bool(_SIGNATURE.match(tail[0]))
    if signed_under and not ends_in_quote(last) and any(map(handle.search, tail)):
        return first
    return None


def _not_a_name(line: str) -> bool:
    return any(p.search(line) for p in (furniture.NAV, furniture.JUNK, furniture.END))


def _role_under(tail: list[str], i: int) -> bool:
    """Whether the line under ``tail[i]`` is a role, as a signature gives it: short, not a
    sentence, a credential's shape ("Editor at X", "X, programme secretary")."""
    if i + 1 >= len(tail):
        return False
    role = tail[i + 1]
    return (
        len(role.split()) <= 10
        and not re.search(r"[.!?:]$", role)
        and bool(_CREDENTIAL.search(role) or _ROLE.search(role))
        and not _not_a_name(role)
    )


def _signed_name(signed: str) -> str:
    """The name a sign-off gives: the signature's lines may come joined on one (a mail's
    "<br>"s lost: "Beatriz Oyelaran Artistic Director, Tidewater Film Festival"), the name
    then the writer's role; the shortest full name the rest reads as a role after is the name."""
    if person_name(signed):
        return signed
    words = signed.split()
    for n in range(2, min(4, len(words) - 1) + 1):
        name, role = " ".join(words[:n]), " ".join(words[n:])
        if not person_name(name) or _ROLE.search(name):
            continue
        if len(role.split()) <= 10 and _ROLE.search(role) and not re.search(r"[.!?:]$", role):
            return name
    return signed


# What a signature's second line says the writer is: "Programme Secretary", "Film critic".
_ROLE = re.compile(
    r"\b(?:secretary|editor|director|producer|writer|critic|founder|programmer|filmmaker|"
    r"cinematographer|curator|chair(?:man|woman|person)?|president|professor|lecturer|teacher|"
    r"manager|projectionist|colou?rist|gaffer|designer|artist|animator|operator|supervisor|"
    r"coordinator|organi[sz]er|volunteer|treasurer|trustee|member|head of \w+|columnist|"
    r"correspondent|reporter|journalist)s?\b",
    re.IGNORECASE,
)
_ROLE_WORDS = 4  # "Chief film critic", "Senior arts correspondent"


# An e-mail's signature delimiter ("-- ") alone on its line, over the sender's name.
_SIG_DELIMITER = re.compile(r"^(?:--|—|–|_{2,})$")
# A letter's valediction: "Best, Jane Doe", or "Best," over the name.
_VALEDICTIONS = (
    r"(?:all (?:the )?best|best(?: wishes| regards)?|(?:kind |warm |warmest )?regards|cheers|"
    r"thanks(?: again| for reading)?|thank you(?: for reading)?|"
    # ... or a club's own: "Yours in sprockets,", "Yours in the struggle,".
    r"yours(?: truly| sincerely| in (?:the |our )?[a-z]+)?|"
    r"sincerely|warmly|love|"
    r"until next (?:time|week|month)|talk soon|more soon|onwards|take care|"
    r"see you (?:next (?:time|week|month)|soon|in (?:a|two|\w+) (?:weeks?|fortnight|months?))|"
    # ... or wishes, perhaps from whom: "With warm wishes from the programme team,".
    r"(?:with )?(?:(?:warm|warmest|kind|kindest|best|good|all good) )?wishes)"
    r"(?: from (?:all of us at |everyone at |us at |the )?[^,.!?]{1,40})?"
)
_VALEDICTION = re.compile(rf"^{_VALEDICTIONS},\s+(?P<name>[A-Z].{{1,60}})$", re.IGNORECASE)
_VALEDICTION_ALONE = re.compile(rf"^{_VALEDICTIONS}[,!]?$", re.IGNORECASE)


_BY_AFTERDATE = re.compile(r"\s+(?P<by>[^\W\d_]{2,6})\s+(?=\S)")
_TAGLINE_BY = re.compile(r"\w[,—–]\s*by\s+(?P<rest>[A-Z].*)$")
_TAGLINE_WORDS = 25
# The name a part of a tagline ends with ("notes of Odile Marsh"), and a person's pronouns as
# the next part ("she/her", "they/them").
_OWNER_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})$")
_PRONOUNS = re.compile(
    r"^(?i:he|she|they|ze|xe)/(?i:him|his|her|hers|they|them|theirs|she|he|zir|xem)(?:/\w+)?$"
)


# Threads (a forum submission and its comments, a social post and its replies): each post has a
# header naming its poster, "pipeline_pete 13 hours ago | parent" or a display name over
# "@ines@film.social". The first header's poster wrote the essay; the first post by anyone else
# starts the replies.
_AGO = (
    # New Reddit abbreviates: "5 hr. ago", "1 mo. ago".
    r"\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|mo|yrs?|"
    r"[smhdwy])\.?\s+ago\b"
)
POST_HEADER = re.compile(
    # The time first: "submitted 3 days ago by thesis_tamsin" (old Reddit) ...
    # (edited: "submitted 2 days ago* (last edited 1 day ago) by x", "… ago * by x").
    rf"^(?:posted|submitted|shared)\s+{_AGO}\s*\*?(?:\s*\(last edited {_AGO}\))?\s+by\s+"
    rf"(?:u/|@)?(?P<user2>[\w.-]{{2,40}})"
    # ... or the user first: "pipeline_pete 13 hours ago", "[–]gaffer_greta 88 points 3 days ago".
    rf"|^(?:[\d,.]+\s+points?\s+by\s+|(?:posted|submitted|authored|shared|sent|asked|answered)"
    rf"\s+by\s+|\[[–-]\]\s*)?(?:u/|@)?"
    rf"(?P<user>[\w.-]{{2,40}})\s+(?:[\d,]+\s+points?\s+)?{_AGO}"
    # ... old Reddit's comment header with the poster's flair and marks ("[S]" the submitter,
    # "[M]" a moderator) and a score below zero: "[–]cutpoint_maren[S] 212 points 9 hours ago*",
    # "[–]cass Assistant Editor[S] 31 points 2 days ago", "[–]x -6 points 6 hours ago" ...
    rf"|^\[[–-]\]\s*(?:u/)?(?P<user4>[\w.-]{{2,40}})(?:\s+[^\[\]\d]{{1,40}}?)?(?:\[[SMA]\])*"
    rf"\s+(?:-?[\d,]+\s+points?\s+|\[score hidden\]\s+)?{_AGO}"
    # ... or the user, then "»" and the date: phpBB's "Unread post by kestrelcam » Sat Mar 14,
    # 2026 9:12 pm", "by kestrelcam » ...".
    rf"|^(?:unread\s+)?(?:post\s+)?by\s+(?P<user3>[\w.-]{{2,40}}(?: [\w.-]+){{0,2}})\s+»\s+\S",
    re.IGNORECASE,
)
FEDI_HANDLE = re.compile(r"^@(?P<user>[\w.]{1,40})@(?P<instance>[\w-]+(?:\.[\w-]+)+)$")
# A chat message's header, as Discord and Slack copy it: "kasia_lind — 21/03/2025 21:14",
# "Kasia Lind — Today at 21:14", "Kasia Lind  9:14 PM".
_CHAT_HEADER = re.compile(
    r"^(?P<user>[\w.-]{2,40}(?: [\w.'’-]+){0,3})(?:\s+[—–]\s+|\s{2,})(?:"
    r"(?:today|yesterday) at \d{1,2}:\d{2}(?:\s*[ap]m)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?"
    r"|\d{1,2}:\d{2}(?:\s*[ap]m)?)$",
    re.IGNORECASE,
)
# A handle alone under a display name: X/Twitter "@jane_doe", Bluesky "@jane.bsky.social" or
# "@janedoe.com", Threads, Instagram. Only a post header when the name is right above it.
SOCIAL_HANDLE = re.compile(r"^@(?P<user>[\w-]{1,40}(?:\.[\w-]+)*)$")


def is_post_header(line: str) -> bool:
    """A thread post's header line: "user 13 hours ago | parent", "@ines@film.social"."""
    return bool(
        (len(line.split()) <= 30 and POST_HEADER.match(line))
        or chat_header(line)
        or FEDI_HANDLE.match(line)
        or SOCIAL_HANDLE.match(line)
    )


# A user name alone on a line ("gaffer_greta", "u/gaffer_greta", "studio.halden") with a
# relative time or a Follow button beside it: the header of a post on Reddit, Instagram,
# YouTube and the like.
# A fediverse forum's poster carries their instance ("reelwright@lemmy.world", Lemmy's and
# kbin's), which alone would pass for an e-mail address.
_USER_LINE = re.compile(r"^(?:u/|@)?(?P<user>[\w.-]{2,40})(?P<instance>@[\w-]+(?:\.[\w-]+)+)?$")
_RELATIVE = re.compile(
    rf"^(?:[·•]\s*)?(?:{_AGO}|\d+\s*(?:[smhdwy]|mo\.?|yr\.?|mins?|hrs?)"
    rf"|{MONTH_NAME}\s+(?:\d{{1,2}}|'?\d{{2}}|\d{{4}})"  # or "Mar 2025"
    rf"|\d{{1,2}}\s+{MONTH_NAME})(?:\s*\(edited\))?$",  # or day first: "14 Oct"
    re.IGNORECASE,
)


def is_age(line: str) -> bool:
    """A post's age or date as a thread shows it beside its poster: "3 days ago", "2d", "Mar
    2025"."""
    return bool(_RELATIVE.match(line))


# A chat export's header, the time in brackets before the name (DiscordChatExporter's text,
# a messenger's "export chat"): "[3/18/2026 9:02 PM] lena", "[2026-03-18 21:02] Lena Ruiz".
_STAMPED_CHAT_HEADER = re.compile(
    r"^\[(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[ap]m)?\]\s+(?P<user>\S.{0,40})$",
    re.IGNORECASE,
)


def chat_header(line: str) -> re.Match[str] | None:
    match = _CHAT_HEADER.match(line) or _STAMPED_CHAT_HEADER.match(line)
    if match and re.match(_NOT_A_USER, match["user"], re.IGNORECASE):
        return None  # "edited  18:42": a post's edit stamp
    return match


_NOT_A_USER = r"(?:edited|updated|posted|sent|seen|read|today|yesterday|published|modified)$"


# A Markdown clip's name on a line of its own (a heading, perhaps) linking to a profile's
# address: "## [Jane Doe](https://ko-fi.com/janedoe)".
_LINKED_NAME = re.compile(
    r"^#{0,6}\s*\[(?P<name>[^\[\]]{3,60})\]\(https?://[^\s()]+/@?(?P<handle>[\w.-]{2,40})/?\)\s*$",
    re.M,
)


def linked_profile_name(raw: str, head: list[str]) -> str | None:
    """The person whose name, over the essay, links to the profile made of it ("Jane Doe" to
    ".../janedoe"): a creator's card as Markdown keeps it, the handle in the address rather
    than under the name. A name linking elsewhere, or one only the replies show, names nobody."""
    return next(
        (
            name
            for m in _LINKED_NAME.finditer(raw)
            if person_name(name := m["name"].strip())
            and made_of_name(m["handle"], name)
            and name in head
        ),
        None,
    )


def made_of_name(token: str, name: str) -> bool:
    """Whether a host or user name is made of a person's name ("jane-doe", "tomaszw" and
    "tomasz_w" for Tomasz Wierzbicki, "jdoe", "doe"), case and punctuation aside."""
    letters = re.sub(r"[^a-z]", "", token.casefold())
    names = [re.sub(r"[^a-z]", "", word) for word in name.casefold().split()]
    if len(names) < 2 or len(names[-1]) < 3:
        return False
    first, surname = names[0], names[-1]
    return letters in {
        "".join(names),
        surname,
        first + surname,
        first + surname[:1],
        first[:1] + surname,
        surname + first,
    }


# A line with no word in it: "", "·", a zero-width space, a bare count ("1").
# A post's age, as a feed or a forum gives it: "3d ago", "5 hours ago", "2h".
_POST_AGE = re.compile(rf"^(?:[·•]\s*)?(?:{_AGO}|\d+\s*(?:[smhdwy]|mins?|hrs?))$", re.IGNORECASE)
BARE_LINE = re.compile(r"^[\W_]*\d{0,4}[\W_]*$")
_NEAR_SCAN = 5


def _user_shaped(line: str) -> bool:
    """Whether ``line`` is shaped like a user name (see ``_USER_LINE``): a plain word
    ("Discussion") is a flair or a menu item, not a user; words run together ("KaiMbeki"), a
    lower-case word, a name with "_", "." or digits, or one marked "u/" or "@" are."""
    match = _USER_LINE.match(line)
    if not match:
        return False
    marked = line.startswith(("u/", "@")) or bool(match["instance"])
    user = match["user"]
    return marked or bool(re.search(r"[_.\d]|[a-z]{2}[A-Z]", user)) or user.islower()


def user_by_time(lines: list[str], i: int) -> str | None:
    """The user name ``lines[i]`` shows when it is a post's header (see ``_USER_LINE``)."""
    match = _USER_LINE.match(lines[i])
    if (
        not match
        or furniture.NAV.search(lines[i])
        or (furniture.JUNK.search(lines[i]) and not match["instance"])
    ):
        return None
    user = match["user"]
    # A plain word is a user's when it stands under its own initial alone, the avatar a forum
    # draws for a member with no picture ("H" / "Halvard" / "Member" / the date, XenForo's).
    if not (_user_shaped(lines[i]) or (i > 0 and lines[i - 1] == user[0].upper())):
        return None
    if _counted_label(lines, i):
        return None
    # Two lines either side, past lines with no word in them: a separator, a zero-width space,
    # a bare count (Discourse's "1" between the poster's name and the post's date).
    above = [line for line in lines[max(0, i - _NEAR_SCAN) : i] if not BARE_LINE.match(line)][-2:]
    below = [line for line in lines[i + 1 : i + 1 + _NEAR_SCAN] if not BARE_LINE.match(line)][:2]
    if (
        below
        and below[0] != lines[i]
        and _user_shaped(below[0])
        and not (is_dateline(below[0]) or is_age(below[0]))
    ):
        # A topic's tag right over its poster's name ("ethics" / "hollis_k" / "Apr 14"): the
        # user name nearest the date is the poster's; the one over it is a tag, not a header.
        return None
    near = above + below
    if any(
        _RELATIVE.match(line) or line.casefold() == "follow" or is_dateline(line) for line in near
    ):
        return user
    if lines[i] in lines[: i - 1] and below and len(below[0].split()) >= _TEXT_WORDS:
        # The journal's owner its header names (LiveJournal's, Dreamwidth's: the journal's
        # name, the user name, a tagline), again under the entry's subject and right over its
        # text: the entry's byline, however far its date is above.
        return user
    return None


_COUNT = re.compile(r"^\d[\d.,]*\s*[km]?$", re.IGNORECASE)


def _counted_label(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` labels the count over it in a run of counts, one per line, that goes
    on under it (a topic's "9" / "likes" / "5" / "links" / "3", Discourse's): a statistic, not a
    poster. A count over a name (a reply's likes over the next poster, the topic's last count
    over the first poster: "9" / "users" / "1" / "ada_lindqvist" / "Ada Lindqvist") is no run."""
    return (
        3 <= i < len(lines) - 1
        and _COUNT.match(lines[i + 1]) is not None
        and _COUNT.match(lines[i - 1]) is not None
        and len(lines[i - 2].split()) == 1
        and not _COUNT.match(lines[i - 2])
        and _COUNT.match(lines[i - 3]) is not None
    )


_TEXT_WORDS = 15  # a paragraph of the text, not a header's line
