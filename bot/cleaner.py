"""Strip site furniture from pasted or scraped essay text (no discord import).

A moderator who adds an essay usually pastes a whole web page: logos, newsletter prompts, image
credits, cookie banners, author boxes and reader comments come along with the essay. ``clean``
keeps the essay's paragraphs verbatim and lists everything it dropped, so a preview can show
the moderator exactly what happened before anything is stored.

The rules are generic pattern lists of common furniture, not keyed to any one site:

* junk lines (logos, "Subscribe to ...", "Photo: ...", cookie banners, "Share this", ...) are
  dropped wherever they appear, but only when they are short: an essay paragraph that merely
  mentions a newsletter is never dropped;
* an end-of-article marker (an "About the author" box, a byline with a URL glued on, "Related
  articles", "Leave a Reply", "3 comments", a comment form, a "•" comment thread) ends the essay
  once some essay text has been seen: it and everything after it are dropped, except the
  author's bio, which is returned separately without its calls to action;
* a line repeated immediately is dropped once;
* the first line becomes the title when it looks like one, and a "Published: Feb 21, 2024"
  line becomes an ISO date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.text import split_sentences

__all__ = ["Cleaned", "clean"]


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    body: str
    published: str | None
    author_bio: str | None
    removed: list[str]


# A "junk" unit is at most this long; longer paragraphs are essay text whatever they mention.
_JUNK_MAX_WORDS = 40
_JUNK_MAX_CHARS = 320
# An end-of-article marker only ends the essay after this much essay text (else it is a stray
# "Leave a comment" link near the top, and is merely dropped).
_MIN_BODY_WORDS = 15
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 20


def _patterns(*sources: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)


# Furniture dropped wherever it appears (short lines only).
_JUNK = _patterns(
    # Logos and bare links.
    r"^\S.{0,60}\blogo$",
    r"^(?:https?://|www\.)\S+$",
    # Newsletter and subscription prompts.
    r"^subscribe\b.{0,100}$",
    r"\bnever miss (?:a|another) (?:post|story|issue|update|article)\b",
    r"\b(?:sign up|subscribe|signup) (?:for|to) (?:my|our|the)\b.{0,40}\bnewsletter\b",
    r"^(?:join|get) (?:my|our|the)\b.{0,30}\bnewsletter\b",
    r"\bsubscribe (?:now|today|for free)\b",
    r"^thanks for reading\b.{0,80}$",
    r"^newsletter$",
    # Image credits and captions.
    r"^(?:[\w-]+\s+){0,2}(?:photo|image|picture|illustration|graphic|footage)s?"
    r"(?:\s+credits?)?\s*:",
    r"^(?:photo |image )?credits?\s*:",
    r"\bdownload (?:and \w+ )?(?:this|the) (?:image|picture|photo)\b",
    r"\b(?:posts?|articles?|writing|newsletter) (?:is|are) (?:\w+ )?written without (?:the )?AI\b",
    # Cookie banners.
    r"\bcookie (?:consent|banner|settings|policy|preferences)\b",
    r"\bwe use cookies\b",
    r"^accept (?:all )?cookies\b",
    # Social prompts.
    r"^follow (?:us|me)(?:\s+on\b.{0,60})?[.!:]?$",
    r"^follow .{1,40} on (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)\b",
    r"^share(?: this(?: article| post| story| page)?)?:?$",
    r"^share (?:on|via) \w+",
    r"^click to share\b",
    r"^like this:?$",
    # Odds and ends.
    r"^advertisement$",
    r"^(?:sponsored|ad)$",
    r"^tags?:",
    r"^updated(?: on)?:",
)

# Markers after which nothing is essay text: comment sections, related-article lists.
_END = _patterns(
    r"^leave a (?:reply|comment)\b",
    r"^(?:add|post|write) a comment\b",
    r"^join the (?:discussion|conversation)\b",
    r"^(?:\d+|one|no) (?:comments?|responses?|replies)(?: so far)?:?$",
    r"^(?:\d+|one) thoughts? on\b.{0,120}$",
    r"^(?:comments?|responses?|discussion)(?:\s*\(\d+\))?:?$",
    r"^please enter your (?:comment|name|email)\b",
    r"^(?:your )?email address will not be published\b",
    r"\brequired fields are marked\b",
    r"^save my name, email\b",
    r"\bthis site uses akismet\b",
    r"^(?:related|similar|recommended|more) (?:articles|posts|stories|reading)\b.{0,30}$",
    r"^you (?:may|might) also (?:like|enjoy)\b.{0,20}$",
    r"^(?:read next|recommended for you)\b",
    r"^(?:ähnliche|verwandte) (?:artikel|beiträge)$",
)

# The heading of an author box; the bio follows it.
_ABOUT_AUTHOR = _patterns(
    r"^about (?:the )?(?:author|writer|contributor)s?:?$",
    r"^author bio:?$",
    r"^über (?:den|die) (?:autor|autorin)$",
)

# "Photo by Jane Doe on Unsplash", "Image courtesy of OpenAI" (case matters: a credit names
# someone, "The image by itself ..." is prose).
_CREDIT = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration|[Ff]ootage)s?"
    r"\s+(?:by|courtesy of|via|from)\s+[A-Z@]"
)
_CREDIT_MAX_WORDS = 15

# A byline with the author's site glued on: "Jane DoeJane Doehttps://example.com".
_BYLINE_URL = re.compile(r"^(?P<name>\S.{0,80}?)(?P<url>https?://\S+)$")
# A person's (or outlet's) name: capitalised words, with the usual lower-case particles.
_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]*|de|da|van|von|der|den|la|le|bin|al)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|den|la|le|bin|al)){0,4}$"
)

# Sentences of a bio that address the reader rather than describe the author.
_CALL_TO_ACTION = _patterns(
    r"^(?:follow|subscribe|sign up|join|connect with|find|check out|visit|read more)\b",
    r"\bfor more content\b",
    r"\b(?:twitter|instagram|facebook|linkedin)\b.{0,40}[!]$",
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS = (
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<year>\d{{4}})"),
    re.compile(r"^(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
)
_TIME = r"(?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?)?\s*$"
_PUBLISHED = re.compile(
    r"^(?:published|posted|first published|date|publication date)(?: on)?\s*[:\-]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "... by Jane Doe", "... | 5 min read" after a dateline.
_BYLINE_TAIL = re.compile(r"\s+(?:by|von|\||·|•)\s+", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦]\s*")
_TITLE_END_BAD = ",;:"


@dataclass
class _Unit:
    """One paragraph candidate: a non-blank line (or a hard-wrapped block)."""

    text: str
    indent: int  # leading spaces of its first line in the raw text
    gap: int  # blank lines before it

    @property
    def words(self) -> int:
        return len(self.text.split())


def _parse_date(text: str) -> str | None:
    """An ISO date when ``text`` is a date (optionally followed by a time), else None."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if not match or not re.fullmatch(_TIME, text[match.end() :]):
            continue
        mon = match.group("mon")
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower())
        try:
            return date(int(match.group("year")), month or 0, int(match.group("day"))).isoformat()
        except ValueError:
            return None
    return None


def _published(text: str) -> str | None:
    """The ISO date of a "Published: Feb 21, 2024 11:09 PM" (or "Posted on ... by ...") line."""
    match = _PUBLISHED.match(text)
    if not match:
        return None
    rest = _BYLINE_TAIL.split(match.group("rest"), maxsplit=1)[0]
    return _parse_date(rest)


def _is_short(unit: _Unit) -> bool:
    return unit.words <= _JUNK_MAX_WORDS and len(unit.text) <= _JUNK_MAX_CHARS


def _is_junk(unit: _Unit) -> bool:
    if unit.words <= _CREDIT_MAX_WORDS and _CREDIT.match(unit.text):
        return True
    return _is_short(unit) and bool(_JUNK.search(unit.text))


def _is_end(unit: _Unit) -> bool:
    return _is_short(unit) and bool(_END.search(unit.text))


def _is_about(unit: _Unit) -> bool:
    return bool(_ABOUT_AUTHOR.match(unit.text))


def _byline(unit: _Unit) -> str | None:
    """The author's name when ``unit`` is a byline: a name with a URL glued on (no space)."""
    match = _BYLINE_URL.match(unit.text)
    if not match or not _NAME.match(match.group("name")):
        return None
    return match.group("name")


def _units(raw: str) -> list[_Unit]:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    blocks: list[list[tuple[str, int]]] = []
    gaps: list[int] = []
    gap = 0
    current: list[tuple[str, int]] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            gap += 1
            continue
        if not current:
            gaps.append(gap)
            gap = 0
        expanded = line.replace("\t", "    ")
        current.append((stripped, len(expanded) - len(expanded.lstrip())))
    if current:
        blocks.append(current)
    texts = [text for block in blocks for text, _ in block]
    if not texts:
        return []
    # Hard-wrapped text (every line short, most lines long-ish): a block is one paragraph.
    # Otherwise each line is a paragraph of its own, as scrapers and pasted pages produce.
    hard_wrapped = (
        max(len(t) for t in texts) <= 100
        and sum(len(t) >= 50 for t in texts) >= len(texts) / 2
        and any(len(block) > 1 for block in blocks)
    )
    units: list[_Unit] = []
    for block, block_gap in zip(blocks, gaps, strict=True):
        if hard_wrapped:
            units.append(_Unit(" ".join(t for t, _ in block), block[0][1], block_gap))
        else:
            units.extend(
                _Unit(text, indent, block_gap if i == 0 else 0)
                for i, (text, indent) in enumerate(block)
            )
    return units


def _looks_like_title(unit: _Unit, following: _Unit | None) -> bool:
    text = unit.text
    if following is None or len(text) > _TITLE_MAX_CHARS or unit.words > _TITLE_MAX_WORDS:
        return False
    if _BULLET.match(text) or "://" in text or _published(text) or _parse_date(text):
        return False
    last = text.rstrip("\"'”’)»")[-1:]
    if last in _TITLE_END_BAD:
        return False
    if last in ".…":
        # A one-sentence opener is essay text; a sentence set apart (two blank lines, or a
        # dateline right under it) is a title.
        return following.gap >= 2 or (following.gap == 0 and _is_meta(following))
    return True


def _is_meta(unit: _Unit) -> bool:
    return bool(_published(unit.text) or _parse_date(unit.text))


def _comment_thread_start(units: list[_Unit], start: int, stop: int) -> int | None:
    """Where a trailing "•" comment thread begins in ``units[start:stop]``, if there is one.

    A thread runs to the end (or to an end marker) through bullets, indented replies and junk,
    and looks like comments rather than a closing list: a bullet (often just the commenter's
    name) followed by an indented reply, or a long bullet right before a comment-section marker.
    """
    first = None
    for i in range(stop - 1, start - 1, -1):
        unit = units[i]
        if _BULLET.match(unit.text):
            first = i
        elif not (unit.indent >= 2 or _is_junk(unit)):
            break
    if first is None:
        return None
    for i in range(first, stop):
        if not _BULLET.match(units[i].text):
            continue
        replied = i + 1 < stop and units[i + 1].indent > units[i].indent
        long_before_marker = units[i].words >= 25 and stop < len(units)
        if replied or long_before_marker:
            return first
    return None


def _clean_bio(text: str) -> tuple[str | None, list[str]]:
    """The bio's sentences about the author, and the calls to action dropped from it."""
    kept: list[str] = []
    dropped: list[str] = []
    for sentence in split_sentences(text):
        (dropped if _CALL_TO_ACTION.search(sentence) else kept).append(sentence)
    return " ".join(kept) or None, dropped


def _bio_index(tail: list[_Unit], name: str | None) -> int | None:
    """Where the author's bio is in the dropped tail: after an author box heading or a byline."""
    if tail and _is_about(tail[0]):
        for i in range(1, min(4, len(tail))):
            unit = tail[i]
            if unit.words >= 8 and not (_BULLET.match(unit.text) or _is_junk(unit)):
                return i
    elif tail and name:
        for i in range(1, min(5, len(tail))):
            if tail[i].text.startswith(name) and tail[i].words >= 8:
                return i
    return None


def _is_furniture(unit: _Unit) -> bool:
    return _is_junk(unit) or _is_end(unit) or _is_about(unit) or _byline(unit) is not None


def _title_index(units: list[_Unit]) -> int | None:
    """The first line that is not furniture or a dateline, when it looks like a title."""
    for i, unit in enumerate(units):
        if _is_furniture(unit) or _is_meta(unit):
            continue
        following = units[i + 1] if i + 1 < len(units) else None
        return i if _looks_like_title(unit, following) else None
    return None


def clean(raw: str) -> Cleaned:
    """Split raw page text into the essay (verbatim paragraphs) and what surrounds it."""
    units = _units(raw or "")
    title_at = _title_index(units)

    # Find where the essay ends: the first end marker after some essay text.
    body_words = 0
    cut = len(units)
    byline_name: str | None = None
    for i, unit in enumerate(units):
        name = _byline(unit)
        if (_is_end(unit) or _is_about(unit) or name) and body_words >= _MIN_BODY_WORDS:
            cut = i
            byline_name = name
            # "Jane Doe" on the line above "Jane Doehttps://..." belongs to the byline.
            if name and i > 0 and units[i - 1].text == name:
                cut = i - 1
            break
        if i != title_at and unit.words >= 5 and not _is_furniture(unit):
            body_words += unit.words
    thread = _comment_thread_start(units, 0, cut)
    if thread is not None and sum(u.words for u in units[:thread]) >= _MIN_BODY_WORDS:
        cut = thread
        byline_name = None
    head, tail = units[:cut], units[cut:]

    removed: list[str] = []
    title: str | None = None
    published: str | None = None
    body: list[str] = []
    previous: str | None = None
    for i, unit in enumerate(head):
        text = unit.text
        repeated = text == previous
        previous = text
        if i == title_at:
            title = text
        elif repeated:
            removed.append(text)
        elif date_text := _published(text) or (None if body else _parse_date(text)):
            published = published or date_text
            removed.append(text)
        elif _is_furniture(unit):
            removed.append(text)
        else:
            body.append(text)
    author_bio: str | None = None
    bio_at = _bio_index(tail, byline_name)
    for i, unit in enumerate(tail):
        if i == bio_at:
            author_bio, dropped = _clean_bio(unit.text)
            removed.extend(dropped)
        else:
            removed.append(unit.text)
    if title is not None and not body:
        # A lone short line is the text itself, not a title over nothing.
        body, title = [title], None
    return Cleaned(
        title=title,
        body="\n\n".join(body),
        published=published,
        author_bio=author_bio,
        removed=removed,
    )
