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
  title (the most title-like line: a Markdown heading, else Title Case or the longest) and,
  through bot/page_meta.py, the author, the publication and the date;
* a pasted thread (a forum submission, a social post) is its poster's posts: the first post by
  anyone else starts the replies, dropped with everything after them;
* an end-of-article marker (an "About the author" box, a line about the author, a byline with a
  URL glued on, "Related", "Leave a Reply", "3 comments", "Sort by", "Re: <title>", "x wrote:",
  a "--" signature, a "•" comment thread) ends the essay once some essay text has been seen: it
  and everything after it are dropped, except the author's bio, returned separately without its
  calls to action; after the last paragraph of prose only short sentences stay;
* junk lines inside the essay (captions, credits, "[Image: ...]", "Read more: ...", share and
  subscribe prompts, cookie banners, dates alone on a line, counters) are dropped when short:
  an essay paragraph that merely mentions a newsletter is never dropped, and a line that starts
  with a menu word ("More", "By") but ends like a sentence is kept;
* short lines between paragraphs that name a section are headings: structure, not passages;
* hard-wrapped text is rejoined into paragraphs, and a line repeated immediately is dropped.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from bot import furniture
from bot.page_meta import (
    NAME,
    READ_TIME,
    author_in,
    bare_name,
    date_alone,
    find_author,
    find_publication,
    is_dateline,
    is_post_header,
    named_by_layout,
    published_line,
    read_thread,
    wire_date,
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


@dataclass
class _Unit:
    """One paragraph candidate: a non-blank line (or a hard-wrapped block)."""

    text: str
    indent: int  # leading spaces of its first line in the raw text
    gap: int  # blank lines before it
    heading: bool = False  # a Markdown heading

    @property
    def words(self) -> int:
        return len(self.text.split())


def _is_short(unit: _Unit) -> bool:
    return unit.words <= furniture.JUNK_MAX_WORDS and len(unit.text) <= furniture.JUNK_MAX_CHARS


def _is_junk(unit: _Unit) -> bool:
    if unit.words <= furniture.CREDIT_MAX_WORDS and furniture.CREDIT.match(unit.text):
        return True
    text = unit.text
    return _is_short(unit) and bool(
        furniture.JUNK.search(text)
        or furniture.HANDLE.match(text)
        or (not _ends_sentence(text) and furniture.NAV.search(text))
    )


def _is_end(unit: _Unit) -> bool:
    return _is_short(unit) and bool(furniture.END.search(unit.text))


def _is_about(unit: _Unit) -> bool:
    return bool(furniture.ABOUT_AUTHOR.match(unit.text))


def _byline(unit: _Unit) -> str | None:
    """The author's name when ``unit`` is a byline: a name with a URL glued on (no space)."""
    match = furniture.BYLINE_URL.match(unit.text)
    if not match or not NAME.match(match.group("name")):
        return None
    return match.group("name")


def _strip_markdown(line: str) -> tuple[str, bool]:
    """A Markdown line as plain text, and whether it is a heading."""
    heading = furniture.MD_HEADING.match(line)
    if heading:
        line = heading.group("text")
    line = furniture.MD_IMAGE.sub("", line)
    line = furniture.MD_LINK.sub(lambda m: m.group("text"), line)
    line = furniture.MD_EMPHASIS.sub(lambda m: m.group("text") or m.group("text2"), line)
    line = re.sub(r"^(?:>\s*)+", "", line)
    return line.strip(), heading is not None


def _units(raw: str, markdown: bool = False) -> list[_Unit]:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    blocks: list[list[tuple[str, int, bool]]] = []
    gaps: list[int] = []
    gap = 0
    current: list[tuple[str, int, bool]] = []
    for line in lines:
        stripped = line.strip()
        heading = False
        if markdown and stripped and not furniture.RULE.match(stripped):
            stripped, heading = _strip_markdown(stripped)
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
        current.append((stripped, len(expanded) - len(expanded.lstrip()), heading))
    if current:
        blocks.append(current)
    texts = [text for block in blocks for text, _, _ in block]
    if not texts:
        return []
    # Hard-wrapped text (every line short, most lines long-ish): a line that reaches the wrap
    # width continues on the next one; a short line ends its paragraph. Otherwise each line is a
    # paragraph of its own, as scrapers and pasted pages produce.
    longest = max(len(t) for t in texts)
    breaks = [
        (line, following)
        for block in blocks
        for (line, _, _), (following, _, _) in itertools.pairwise(block)
    ]
    carried = sum(
        1
        for line, following in breaks
        if len(line) >= 0.6 * longest
        and (following[:1].islower() or not re.search(r"[.!?:;…\"'”’)]$", line))
    )
    hard_wrapped = longest <= 100 and carried >= 1 and carried >= len(breaks) / 2
    wrap = 0.6 * longest
    units: list[_Unit] = []
    for block, block_gap in zip(blocks, gaps, strict=True):
        first = True
        joined: list[str] = []
        for i, (text, indent, heading) in enumerate(block):
            if not joined:
                start_indent, start_heading = indent, heading
            joined.append(text)
            last = i == len(block) - 1
            if last or not hard_wrapped or len(text) < wrap or furniture.RULE.match(text):
                units.append(
                    _Unit(" ".join(joined), start_indent, block_gap if first else 0, start_heading)
                )
                joined, first = [], False
    return units


def _ends_sentence(text: str) -> bool:
    return bool(furniture.SENTENCE_END.search(text))


def _is_furniture(unit: _Unit) -> bool:
    return (
        _is_junk(unit)
        or _is_end(unit)
        or _is_about(unit)
        or _byline(unit) is not None
        or bool(furniture.RULE.match(unit.text))
        or is_dateline(unit.text)
        or is_post_header(unit.text)
    )


def _is_prose(unit: _Unit) -> bool:
    """Running essay text: a long line that ends like a sentence, or a very long one."""
    if unit.heading or _is_furniture(unit) or furniture.BULLET.match(unit.text):
        return False
    return (
        unit.words >= furniture.PROSE_MIN_WORDS and _ends_sentence(unit.text)
    ) or unit.words >= 25


def _sentence_like(unit: _Unit) -> bool:
    """A short paragraph that is still a sentence ("Watch the background.")."""
    text = unit.text
    return (
        not unit.heading
        and unit.words >= 2
        and _ends_sentence(text)
        and (text[0].isupper() or text[0] in "\"'“‘(" or text[0].isdigit())
        and not _is_furniture(unit)
    )


def _title_case(text: str) -> bool:
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in furniture.SMALL_WORDS
    ]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _title_like(unit: _Unit) -> bool:
    text = unit.text
    return (
        2 <= unit.words <= furniture.TITLE_MAX_WORDS
        and len(text) <= furniture.TITLE_MAX_CHARS
        and not furniture.BULLET.match(text)
        and "://" not in text
        and text.rstrip("\"'”’)»")[-1:] not in ",;:"
        and not _is_furniture(unit)
    )


def _title_index(units: list[_Unit], stop: int) -> int | None:
    """The title among the lines before the essay starts: a Markdown heading, else the
    headline right above the byline (past a standfirst) or right above the date, else the most
    title-like line (Title Case counts for a lot: a subtitle is usually a sentence)."""
    for i in range(stop):
        if units[i].heading and _title_like(units[i]):
            return i
    texts = [u.text for u in units]
    # A byline of any shape ("By X", "Posted on <date> by X", "a newsletter, by X", a name).
    byline = next(
        (i for i in range(stop) if find_author([texts[i]], []) or bare_name(texts, i)), None
    )
    # A byline's name is not a headline, though both can be short Title Case lines; nor is the
    # site's name over its menu.
    masthead = _masthead(units, stop)
    candidates = [
        i
        for i in range(stop)
        if _title_candidate(units, i)
        and i != masthead
        and not (bare_name(texts, i) and named_by_layout(texts, i))
    ]
    above = [i for i in candidates if byline is not None and i < byline]
    if above:
        nearest = above[-1]
        if len(above) > 1 and nearest + 1 == byline and _standfirst(units, above[-2], nearest):
            nearest = above[-2]
        return nearest
    if byline is None and (above_date := _headline_over_date(units, candidates, stop)) is not None:
        return above_date
    best, best_score = None, 0.0
    for i in candidates:
        unit = units[i]
        score = unit.words + (10 if _title_case(unit.text) or unit.text.isupper() else 0)
        if score > best_score:
            best, best_score = i, score
    return best


def _masthead(units: list[_Unit], stop: int) -> int | None:
    """The page's first real line when a menu or sign-in link follows it: the site's name."""
    first = next((i for i in range(stop) if not _is_furniture(units[i])), None)
    if first is None or first + 1 >= len(units):
        return None
    return first if _SITE_MENU.match(units[first + 1].text) else None


_SITE_MENU = re.compile(
    r"^(?:menu|open menu|home|sign ?in|log ?in|sign ?up|subscribe|search|navigation|"
    r"(?:skip|jump) to\b.*)$",
    re.IGNORECASE,
)


def _headline_over_date(units: list[_Unit], candidates: list[int], stop: int) -> int | None:
    """A headline right above the date (with only labels such as "Public post" between), on a
    page without a byline; a name-shaped line there may be the site's or the author's name."""
    date = next((i for i in range(stop) if is_dateline(units[i].text)), None)
    above = [i for i in candidates if date is not None and i < date]
    if not above or NAME.match(units[above[-1]].text):
        return None
    between = units[above[-1] + 1 : date]
    return (
        above[-1]
        if all(_is_junk(u) and not furniture.NAV.search(u.text) for u in between)
        else None
    )


def _title_candidate(units: list[_Unit], i: int) -> bool:
    unit = units[i]
    if not _title_like(unit) or _in_menu(units, i):
        return False
    if not _ends_sentence(unit.text) or unit.text.rstrip("\"'”’)").endswith("?"):
        return True  # a headline may ask a question
    following = units[i + 1] if i + 1 < len(units) else None
    # A one-sentence opener is essay text, not a title, unless set apart like a headline.
    return (
        _isolated_title(units, i)
        or (following is not None and (following.gap >= 2 or is_dateline(following.text)))
        or _set_apart_title(units, i)
        or _title_over_byline(units, i)
    )


def _in_menu(units: list[_Unit], i: int) -> bool:
    """A short line between two other short lines: an item of a menu ("Production", "Behind
    the Scenes", "News"), not a headline."""
    if units[i].words > 3 or i == 0 or i + 1 >= len(units):
        return False
    return all(
        u.words <= 3
        and not _ends_sentence(u.text)
        and not is_dateline(u.text)
        and not u.text.isdigit()
        and not find_author([u.text], [])  # "By Jane Doe" under a short headline
        for u in (units[i - 1], units[i + 1])
    )


def _standfirst(units: list[_Unit], title: int, below: int) -> bool:
    """A standfirst (dek) between its headline and the byline: longer than the headline, and
    written as a sentence rather than in Title Case."""
    return (
        below == title + 1
        and units[below].words > units[title].words
        and not _title_case(units[below].text)
    )


def _comment_thread_start(units: list[_Unit], start: int, stop: int) -> int | None:
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
        elif not (unit.indent >= 2 or _is_junk(unit)):
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


def _clean_bio(text: str) -> tuple[str | None, list[str]]:
    """The bio's sentences about the author, and the calls to action dropped from it."""
    kept: list[str] = []
    dropped: list[str] = []
    for sentence in split_sentences(text):
        (dropped if furniture.CALL_TO_ACTION.search(sentence) else kept).append(sentence)
    return " ".join(kept) or None, dropped


def _bio_index(tail: list[_Unit], name: str | None) -> int | None:
    """Where the author's bio is in the dropped tail: after an author box heading or a byline,
    or a line about the author ("Jane Doe is a ...")."""
    if tail and _is_about(tail[0]):
        for i in range(1, min(4, len(tail))):
            unit = tail[i]
            if unit.words >= 8 and not (furniture.BULLET.match(unit.text) or _is_junk(unit)):
                return i
    elif tail and name:
        for i in range(min(5, len(tail))):
            if _about_author(tail[i], name) or (
                i and tail[i].text.startswith(name) and tail[i].words >= 8
            ):
                return i
    return None


def _about_author(unit: _Unit, author: str | None) -> bool:
    """A line that describes the author in the third person: an author box's bio."""
    if not author or unit.words < 6:
        return False
    first = author.split()[0]
    return bool(
        re.match(
            rf"(?:{re.escape(author)}|{re.escape(first)})\s+(?:is|was|writes|lives)\b", unit.text
        )
    )


def clean(
    raw: str, *, markdown: bool = False, title: str | None = None, author: str | None = None
) -> Cleaned:
    """Split raw page text into the essay (verbatim paragraphs) and what surrounds it.

    ``title`` and ``author`` are what the page's metadata says, when it says (HTML): the title
    repeated after the essay starts the next post of a thread, and a line about the author
    ("Jane Doe is a ...") is their bio.
    """
    known_title, known_author = title, author
    raw = raw or ""
    asides: list[str] = []
    if markdown:
        asides = [
            line.strip() for m in furniture.ASIDE.finditer(raw) for line in m.group(0).splitlines()
        ]
        raw = furniture.ASIDE.sub("", raw)
    units = _units(raw, markdown)
    if not units:
        return Cleaned(title=None, body="", published=None, author_bio=None, removed=asides)
    posts = read_thread([u.text for u in units])
    if posts is not None and posts.replies is not None:
        # The replies, and everything after them, are other people's words.
        asides += [u.text for u in units[posts.replies :]]
        units = units[: posts.replies]

    # The essay starts at the first paragraph of running prose; before it is the page's head
    # (menus, title, byline), read for metadata only.
    prose = [i for i, u in enumerate(units) if _is_prose(u)]
    first_prose = prose[0] if prose else None
    if (
        len(prose) > 1
        and not any(u.heading for u in units[: prose[0]])
        and (
            _isolated_title(units, prose[0])
            or _set_apart_title(units, prose[0])
            or _title_over_byline(units, prose[0])
        )
    ):
        first_prose = prose[1]  # the first "prose" is a title that ends like a sentence
    elif len(prose) > 1 and _standfirst_over_byline(units, prose[0], prose[1]):
        first_prose = prose[1]  # the first "prose" is the subtitle, over the byline
    prose_found = first_prose is not None
    if first_prose is None:
        # No running prose (a short paste): every line that isn't furniture is the text.
        first_prose = next((i for i, u in enumerate(units) if not _is_furniture(u)), len(units))
        title_at = None
        if first_prose + 1 < len(units) and _looks_like_title_alone(units, first_prose):
            title_at = first_prose
            first_prose += 1
    else:
        title_at = _title_index(units, first_prose)
    start = first_prose
    while start > 0 and start - 1 != title_at and _sentence_like(units[start - 1]):
        start -= 1
    if posts is not None and posts.social:
        # A social post has no title; its text starts under its header.
        start, title_at = posts.text_start, None
    head = units[:start]
    if posts is not None and posts.social:
        head = units[:start] + units[start : posts.replies or len(units)]  # its timestamp
    # The headline is not also the byline ("Sora Changes Everything" over a date is name-shaped).
    author = (
        known_author
        or (posts and (posts.name or posts.poster))
        or find_author(["" if i == title_at else u.text for i, u in enumerate(head)], [])
    )
    title_text = known_title or (units[title_at].text if title_at is not None else None)

    # Where the essay ends: the first end marker (or author bio) after some essay text.
    body_words = 0
    cut = len(units)
    byline_name: str | None = None
    for i in range(start, len(units)):
        unit = units[i]
        name = _byline(unit)
        ends = (
            _is_end(unit)
            or _is_about(unit)
            or name
            or _about_author(unit, author)
            or (title_text is not None and normalize(unit.text) == normalize(title_text))
        )
        if ends and body_words >= furniture.MIN_BODY_WORDS:
            cut = i
            byline_name = name or (author if _about_author(unit, author) else None)
            # "Jane Doe" on the line above "Jane Doehttps://..." belongs to the byline.
            if name and i > 0 and units[i - 1].text == name:
                cut = i - 1
            break
        if unit.words >= 5 and not _is_furniture(unit):
            body_words += unit.words
    thread = _comment_thread_start(units, start, cut)
    if thread is not None and sum(u.words for u in units[start:thread]) >= furniture.MIN_BODY_WORDS:
        cut = thread
        byline_name = None
    # Past the last paragraph of prose (and any short sentences right after it) is the page's
    # foot: share buttons, tags, sign-offs.
    end = cut
    last_prose = max((i for i in range(start, cut) if _is_prose(units[i])), default=None)
    if last_prose is not None:
        end = last_prose + 1
        while end < cut and (_sentence_like(units[end]) or _body_list_item(units, end, cut)):
            end += 1
    tail = units[end:]
    author = known_author or author or find_author([], [u.text for u in units[cut:]])

    # The date: the first one in the head (a dateline, "Published: ...", a byline's date), else
    # a "Published: ..." line anywhere in the essay; never a date in the comments.
    published = (
        (posts and posts.published)
        or next((d for u in head if (d := published_line(u.text) or date_alone(u.text))), None)
        or next((d for u in units[start:cut] if (d := published_line(u.text))), None)
        or (wire_date(units[start].text) if start < len(units) else None)
    )

    social = posts is not None and posts.social
    heads = _running_heads(units)
    removed: list[str] = asides
    headings: list[str] = []
    title: str | None = None
    body: list[str] = []
    previous: str | None = None
    for i, unit in enumerate(units[:end]):
        text = unit.text
        repeated = text == previous
        previous = text
        if i == title_at:
            title = re.sub(r"\s+#\d+$", "", text)  # a topic's number ("… #318") is the site's
        elif (
            i < start
            or repeated
            or i in heads
            or _is_furniture(unit)
            or (social and _heading_like(unit))
        ):
            # A social post has no headings: a short line there is its header or its counters.
            removed.append(text)
        elif unit.heading or (prose_found and _heading_like(unit)):
            headings.append(text)
        else:
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
        (posts and posts.instance)
        or find_publication([u.text for u in head], [u.text for u in tail], author)
        or _running_head_name(units, heads)
    )
    if title is not None and publication and normalize(title) == normalize(publication):
        title = None  # the site's name over the page is not the post's title
        removed.insert(0, units[title_at].text)
    if title is not None and not body:
        # A lone short line is the text itself, not a title over nothing.
        body, title = [title], None
    return Cleaned(
        title=title,
        body="\n\n".join(body),
        published=published,
        author_bio=author_bio,
        removed=removed,
        author=None if known_author else author,
        publication=publication,
        headings=tuple(headings),
    )


_COLUMNS = re.compile(r"\S\s{4,}\S")


def _standfirst_over_byline(units: list[_Unit], first: int, second: int) -> bool:
    """A one-line subtitle that ends like a sentence, then a byline block (the author's name,
    a date, counters, "Share") and only then the essay: Substack's and Medium's head."""
    between = units[first + 1 : second]
    if units[first].words > 30 or not between or len(between) > 12:
        return False
    texts = [u.text for u in units]
    named = any(author_in(texts[i]) or bare_name(texts, i) for i in range(first + 1, second))
    return named and all(
        _is_furniture(u) or NAME.match(u.text) or not _sentence_like(u) for u in between
    )


def _running_heads(units: list[_Unit]) -> set[int]:
    """A paginated text's running heads and feet (a PDF copied as text): a short line laid out
    in columns ("Frame Rate Quarterly        14"), or a short line with a number that recurs
    with other numbers (page numbers)."""
    keys = [re.sub(r"\d+", "#", " ".join(u.text.split()).casefold()) for u in units]
    counts = Counter(keys)
    return {
        i
        for i, unit in enumerate(units)
        if unit.words <= 10
        and not _ends_sentence(unit.text)
        and (_COLUMNS.search(unit.text) or ("#" in keys[i] and counts[keys[i]] >= 2))
    }


def _running_head_name(units: list[_Unit], heads: set[int]) -> str | None:
    """The name a running head repeats (a journal's), as written in its ordinary case."""
    parts = [
        part
        for i in sorted(heads)
        for part in re.split(r"\s{4,}|\s+[·|•]\s+", units[i].text)
        if NAME.match(part.strip()) and not any(c.isdigit() for c in part)
    ]
    names = [p.strip() for p in parts if sum(q.casefold() == p.casefold() for q in parts) >= 2]
    return next((n for n in names if not n.isupper()), names[0] if names else None)


def _isolated_title(units: list[_Unit], i: int) -> bool:
    """A title that ends like a sentence ("Here's what happened."): right under a byline, a
    date or a read time, followed by page furniture rather than prose, and either in Title Case
    or the only title-like line so far."""
    if not _title_like(units[i]) or units[i].words >= 30 or i == 0 or i + 1 >= len(units):
        return False
    before, after = units[i - 1], units[i + 1]
    under_byline = (
        is_dateline(before.text) or author_in(before.text) or READ_TIME.search(before.text)
    )
    if not under_byline or _is_prose(after) or _sentence_like(after):
        return False
    return _title_case(units[i].text) or not any(_title_like(u) for u in units[:i])


def _set_apart_title(units: list[_Unit], i: int) -> bool:
    """A Title Case line that ends like a sentence ("… Budget. Here's What Will."), set apart by
    blank lines and followed by page furniture rather than prose: a headline, not an opener."""
    if not _title_like(units[i]) or not _title_case(units[i].text) or i + 1 >= len(units):
        return False
    after = units[i + 1]
    return bool(units[i].gap and after.gap) and _is_furniture(after)


def _title_over_byline(units: list[_Unit], i: int) -> bool:
    """A Title Case line that ends like a sentence right above a byline (the author's name,
    "By ...", a date or a read time): a headline, as video pages and blogs set them."""
    if not _title_like(units[i]) or not _title_case(units[i].text) or i + 1 >= len(units):
        return False
    after = units[i + 1].text
    return bool(
        author_in(after)
        or READ_TIME.search(after)
        or is_dateline(after)
        or bare_name([u.text for u in units], i + 1)
    )


def _looks_like_title_alone(units: list[_Unit], i: int) -> bool:
    """In a short paste without prose, the first line is a title when it is set apart."""
    unit, following = units[i], units[i + 1]
    if not _title_like(unit) and unit.words > 2:
        return False
    if _ends_sentence(unit.text):
        return following.gap >= 2 or (following.gap == 0 and is_dateline(following.text))
    return True


def _heading_like(unit: _Unit) -> bool:
    """A short line inside the essay that names a section rather than says something."""
    text = unit.text
    return (
        unit.words <= 12
        and not _ends_sentence(text)
        and not furniture.BULLET.match(text)
        and "://" not in text
        and text[-1:] not in ",;"
        and (text[0].isupper() or text[0].isdigit())
    )


def _body_list_item(units: list[_Unit], i: int, stop: int) -> bool:
    """A bullet of a list the essay goes on with (a sentence-long item, not a menu entry)."""
    unit = units[i]
    return bool(furniture.BULLET.match(unit.text)) and unit.words >= 5 and not _is_furniture(unit)
