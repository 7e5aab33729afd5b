"""Turning an uploaded file, a pasted text or a URL into an essay draft (no discord import).

Everything a moderator submits passes through here before anything is stored: the bytes are
decoded (UTF-8, a BOM, or a confident guess; binary is refused), capped at ``MAX_BYTES``,
parsed by kind (``.md`` in the bundled format, told by the ``stance:`` line in its front
matter; any other ``.md``, front matter or not, and ``.txt``; ``.html`` via trafilatura),
cleaned of site clutter, validated against Discord's limits and compared with the essays
already visible, for a near-duplicate warning. URLs are fetched by ``bot.fetch`` (timeout,
size cap, and the guard that keeps the bot out of its own network).
"""

from __future__ import annotations

import asyncio
import codecs
import functools
import logging
import multiprocessing
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import PurePath
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

import yaml
from rapidfuzz import fuzz

from bot.cleaner import TAB_SEPARATOR, Cleaned, clean
from bot.corpus import (
    ESSAY_STANCES,
    FRONT_MATTER_MAX,
    PASSAGE_STANCES,
    EssayDoc,
    FrontMatterLoader,
    build_essay,
    parse_essay,
    slugify,
)
from bot.errors import EssayFormatError
from bot.fetch import FETCH_TIMEOUT, MAX_BYTES, Fetched, fetch, size
from bot.headline import without_kind_after
from bot.html_page import read_html
from bot.page_kinds import read_email
from bot.page_meta import page_date_order, parse_date
from bot.stance.reader import read_essay
from bot.store import Store
from bot.text import clean_text, normalize

log = logging.getLogger(__name__)

# Each stored field is checked against where it is shown (Discord's limits): a title is an
# embed title, an author an embed author name, a URL a link button (512, the tightest), the
# bio and publication details embed text. Anything longer could never be shown.
TITLE_MAX = 256
AUTHOR_MAX = 256
URL_MAX = 512
PUBLICATION_MAX = 256
PUBLISHED_MAX = 40
AUTHOR_BIO_MAX = 1024
FIELD_MAX = {
    "title": TITLE_MAX,
    "author": AUTHOR_MAX,
    "url": URL_MAX,
    "publication": PUBLICATION_MAX,
    "published": PUBLISHED_MAX,
    "author_bio": AUTHOR_BIO_MAX,
}
NEAR_DUPLICATE = 90.0  # percent similarity of the whole text that earns a warning
SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A Markdown file's front matter: YAML between "---" lines (Jekyll, Eleventy, Astro, Crosscut's
# own essays) or TOML between "+++" lines (Hugo, Zola).
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?P=fence)[ \t]*(?:\n|\Z)", re.S
)
# Crosscut's own essay format is told apart by its stance line: no site generator has one, and
# the bundled format cannot be read without it.
_ESSAY_FORMAT = re.compile(r"^stance[ \t]*:", re.M | re.I)
# A line of front matter: "key: value", "key = value", a list item, a continuation, a comment,
# a TOML table ("[params]"), or blank.
_FRONT_MATTER_LINE = re.compile(r"^(?:\s*$|\s*[\w.\"'-]+\s*[:=]|\s+\S|-\s|#|\[)")
# A page's front-matter keys for the fields Crosscut reads, in the order they are tried. Not
# "created": a clipper's or a notes app's (MarkDownload, Obsidian, Joplin) is when the page was
# saved, not when it was published, and a site generator says "date".
_PAGE_KEYS = {
    "title": ("title",),
    "author": ("author", "authors"),
    "published": ("date", "published", "pubdate", "publishdate", "date_published"),
}
# A well-formed multi-byte UTF-8 character (2 to 4 bytes).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ACCENT_RUN = re.compile(r"[^\x00-\x7f\W]{3,}")
# Typographic characters a Windows-1252 file plausibly holds besides Latin letters.
_CP1252_PUNCT = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb\u20ac\u00b0")


@dataclass(frozen=True)
class Metadata:
    """What the moderator typed; any field left empty is taken from the document."""

    title: str | None = None
    author: str | None = None
    stance: str | None = None
    publication: str | None = None
    published: str | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, str]:
        cleaned = {k: clean_text(v).strip() for k, v in vars(self).items() if v}
        typed = {k: v for k, v in cleaned.items() if v}
        if "published" in typed:
            typed["published"] = typed_date(typed["published"])
        return typed


# A year, or a month and year: all some pages say, kept as typed.
_PARTIAL_DATE = re.compile(r"(?:[A-Za-z]{3,9}\.? )?\d{4}")


def typed_date(text: str) -> str:
    """A typed publication date as ISO (any common format), or a bare year / month and year
    as typed; anything else is refused rather than stored as a date nobody can read."""
    if len(text) <= 40 and (iso := parse_date(text)):
        return iso
    if _PARTIAL_DATE.fullmatch(text):
        return text
    raise EssayFormatError(
        f"I couldn't read {text[:40]!r} as a date: write it like 2024-03-01, March 1, 2024, "
        "or March 2024."
    )


@dataclass(frozen=True)
class Duplicate:
    essay_id: int
    title: str
    score: float


@dataclass(frozen=True)
class Draft:
    """An essay ready to preview and, if the moderator publishes it, to store."""

    doc: EssayDoc
    source: str  # file name, URL or "pasted text"
    removed: tuple[str, ...] = ()  # what the cleaner took out, shown in the preview
    duplicate: Duplicate | None = None
    # Fields the page did not state and nobody typed (only "author" can be missing): the
    # preview asks for them and Publish waits until they are given.
    missing: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()  # section headings: structure, not passages
    warnings: tuple[str, ...] = ()  # for the moderator's eyes ("the paste hit the limit")

    @property
    def passage_count(self) -> int:
        return len(self.doc.passages)


@dataclass(frozen=True)
class _Raw:
    """A document's text and what it says about itself, before cleaning."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)  # dropped while reading (captions)
    # The site a clipper's tab title names after the page's title ("… | by Jane Doe | Medium"):
    # the publication when the page itself names none.
    site: str | None = None
    # The front matter's author is the name the tab's title ends on ("Title - Post & Picture"):
    # the writer's, or the site's, which a clipper puts there when the page's metadata names no
    # writer. The page's own byline decides ("By Deborah Quaye").
    author_or_site: bool = False
    # The day a clipper saved the page (its front matter's "created"): never the page's date,
    # but the year of a date the page shows without one (``yearless_date``).
    saved: str | None = None


def _page_front_matter(text: str, front: re.Match[str]) -> _Raw:
    """A site generator's Markdown source (a Jekyll post, a Hugo page): its front matter holds
    the title, author and date, and the rest of it (layout, tags, image paths) is the site's.

    Read leniently: the page is imported whatever its front matter holds (lists, nested keys,
    invalid YAML); only the fields Crosscut knows are taken from it, as single values.
    """
    if not all(_FRONT_MATTER_LINE.match(line) for line in front["body"].splitlines()):
        # "---" over a paragraph and under it: rules around the text, not front matter.
        return _Raw(text)
    fields: dict[str, object] = {}
    try:
        if len(front["body"]) > FRONT_MATTER_MAX:
            raise ValueError("front matter too long to read")  # YAML is slow; a page needs none
        if front["fence"] == "+++":
            fields = tomllib.loads(front["body"])
        else:
            fields = yaml.load(front["body"], Loader=FrontMatterLoader) or {}
    except Exception:  # a page's front matter may be anything: then none of it is read
        logging.getLogger(__name__).debug("unreadable front matter", exc_info=True)
    meta: dict[str, str] = {}
    site = None
    author_or_site = False
    host = ""  # the clipped address's host name
    if isinstance(fields, dict):
        fields = {str(k).casefold(): v for k, v in fields.items()}
        for name, keys in _PAGE_KEYS.items():
            value = next((_single(fields[k]) for k in keys if _single(fields.get(k))), None)
            if value is not None and name == "published":
                value = parse_date(value)
            if value is not None and (link := _WIKI_LINK.fullmatch(value)):
                value = link["shown"] or link["page"]  # a clipper's note links its author
            if value is not None and name == "author" and (user := _REDDIT_USER.fullmatch(value)):
                value = user["name"]  # a poster is named by their user name, Reddit's "u/" left off
            if value:
                meta[name] = value
        if (poster := _PROFILE_TITLE.fullmatch(meta.get("title", ""))) is not None:
            # A clipped social post is titled by its poster's profile ("Jane Doe (@jane.bsky.
            # social)"): it names who wrote it, and the post has no title.
            del meta["title"]
            meta.setdefault("author", poster["name"])
        address = _single(fields.get("source")) or _single(fields.get("url")) or ""
        host = urlsplit(address).hostname or ""
        if titled := _tab_title(
            meta.get("title", ""), meta.get("author"), text[front.end() :], host
        ):
            # A clipper's title is the tab's, which may name the writer or the site after the
            # page's title ("Low-resolution honesty · Ravi Anand", "Room Tone – kofi.sounds",
            # "… | by Ines Carvalho | Medium", the page's heading showing the title alone):
            # their names, not the title's.
            meta["title"], site = titled
            author_or_site = site is None and bool(meta.get("author"))
        elif "title" not in meta and (
            tabbed := _tab_title(
                _tab_heading(text[front.end() :]), meta.get("author"), text[front.end() :]
            )
        ):
            # No title in the front matter: the clipper's heading is the tab's title ("# Title |
            # by Jane Doe | Letter | Jul, 2026 | Medium", "# Blog Name: Title"), its names around
            # the title.
            meta["title"], site = tabbed
        elif "title" not in meta and (slugged := _slug_title(fields, text[front.end() :])):
            meta["title"], site = slugged
    if _names_host(meta.get("author", ""), host):
        # The clipper's author is the clipped address's site ("Postframe Weekly" from
        # postframeweekly.com, the publication's name where the page gave no person's): the
        # byline on the page names the writer, if any.
        author_or_site = True
    if author_or_site:
        site = meta["author"]
    saved = parse_date(_single(fields.get("created")) or "") if isinstance(fields, dict) else None
    return _Raw(
        text[front.end() :], meta, front[0].strip().splitlines(), site, author_or_site, saved
    )


def _tab_title(
    tab: str, author: str | None, body: str, host: str = ""
) -> tuple[str, str | None] | None:
    """The page's own title in a clipper's tab title, and the site named last after it, when
    the names after the title (past a separator, "by" aside) include the writer's, or the last
    is the clipped address's site ("… • Letterboxd" from letterboxd.com), or the page
    shows the title alone as a heading; the last name is the site's when it is not the
    writer's (who may be known only once the page's byline is read: see ``_site_unless_writer``).
    The longest such title is the page's: a headline may hold a
    separator of its own ("Veo - A Review | Jane Doe")."""
    own = normalize(author or "")
    separators = list(reversed(list(_TAB_SUFFIX_START.finditer(tab))))
    for separator in separators:
        title = tab[: separator.start()]
        names = [_BY.sub("", n) for n in TAB_SEPARATOR.split(tab[separator.end() :])]
        if any(normalize(n) == own for n in names) or _headline_shown(title, body):
            return title, names[-1] if normalize(names[-1]) != own else None
    # ... else, the site's name alone after the last separator (whatever the writer's before
    # it would have split the title further up).
    if separators and _names_host(tab[separators[0].end() :], host):
        return tab[: separators[0].start()], tab[separators[0].end() :]
    # ... or before it, the way a blog host sets its tab ("Blog Name: Title", Blogger's; the
    # poster's, "velvetstatic — Title", Tumblr's), when the page shows the part after it alone
    # as its heading.
    for separator in _TAB_PREFIX_END.finditer(tab):
        site, title = tab[: separator.start()], tab[separator.end() :]
        if site.strip() and _headline_shown(title, body):
            return title, site if normalize(site) != own else None
    return None


def _names_host(name: str, host: str) -> bool:
    """Whether ``name`` spells, in letters and digits alone, a label of the host name the page
    was clipped from ("Letterboxd", "The Verge" from www.theverge.com): the site's name."""
    spelled = _ALNUM_ONLY.sub("", normalize(name))
    return len(spelled) >= _HOST_NAME_MIN and spelled in host.casefold().split(".")


_HOST_NAME_MIN = 4  # shorter, a label is a country's or a host's ("www", "uk", "co")


# Where the names after a tab's title start: a separator, or a colon spaced on both sides, which
# no headline sets ("Title : r/editors", Reddit's).
_TAB_SUFFIX_START = re.compile(TAB_SEPARATOR.pattern + r"|\s+:\s+")
# Where a tab's leading site name ends: a colon or a separator ("Flicker & Static: Title").
_TAB_PREFIX_END = re.compile(r":\s+|" + TAB_SEPARATOR.pattern)


def _slug_title(fields: dict, body: str) -> tuple[str, str] | None:
    """The page's own title and its site's name in a clipper's heading of the tab's title
    ("# Title - DEV Community" under front matter with no title), when the clipped address's
    last segment spells the title before the separator and not the name after it
    (".../i-built-a-pipeline-3k9d"): a site builds its addresses from its headlines, never
    from its own name."""
    source = _single(fields.get("source")) or _single(fields.get("url")) or ""
    segment = urlsplit(source).path.rstrip("/").rpartition("/")[2]
    heading = "# " + _tab_heading(body)
    separators = list(TAB_SEPARATOR.finditer(heading))
    if not segment or len(separators) != 1:
        return None
    title, site = heading[2 : separators[0].start()].strip(), heading[separators[0].end() :]
    # Letters and digits alone: an address drops an apostrophe ("sisters") or makes it a dash.
    spelled = [_ALNUM_ONLY.sub("", normalize(t)) for t in (segment, title, heading[2:])]
    address, own, whole = spelled
    if len(own) >= _SLUG_MIN and address.startswith(own) and not address.startswith(whole):
        return title, site.strip()
    return None


def _tab_heading(body: str) -> str:
    """The first top-level heading of a clipped page, where a clipper sets the tab's title."""
    return next((line[2:] for line in body.splitlines() if line.startswith("# ")), "")


def _first_heading(text: str) -> str:
    """A page's first line when it is a top-level heading, where a clipper sets the tab's
    title."""
    first = text.lstrip().partition("\n")[0]
    return first[2:] if first.startswith("# ") else ""


_ALNUM_ONLY = re.compile(r"[^a-z0-9]+")
_SLUG_MIN = 12  # letters a title spells in an address before it is not a coincidence


def _headline_shown(title: str, body: str) -> bool:
    """Whether the page under a clipper's front matter shows ``title`` alone as a heading, or as
    a heading's link to a page of the site (old Reddit's "## [Title](…/comments/…)"; a link to
    the site's home is its name's, "## [Lantern & Lens](https://lanternandlens.org/)")."""
    for line in body.splitlines():
        heading = line.startswith("#")
        shown = line.lstrip("#").strip()
        if not heading:
            # ... or a line of its own that links it so with the link's domain in brackets
            # after it, as a link aggregator sets a submission's title (old Reddit's
            # "[Title](…/comments/…) ([self.editors](…))"); a link alone on its line may be a
            # profile's ("[velvetstatic](…/velvetstatic)").
            shown, added = _LINKED_DOMAIN.subn("", shown)
            if not added:
                continue
        link = _HEADING_LINK.fullmatch(shown)
        if link and urlsplit(link["url"]).path.strip("/"):
            shown = link["text"]
        elif not heading:
            continue
        if normalize(shown) == normalize(title):
            return True
    return False


_HEADING_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)[^)]*\)")
_LINKED_DOMAIN = re.compile(r"\s+\(\[(?:self\.\w+|[\w-]+(?:\.[\w-]+)+)\]\([^)]*\)\)$")


# A note-taking app's link to another note ("[[Jane Doe]]", "[[people/jane|Jane Doe]]").
_WIKI_LINK = re.compile(r"\[\[(?P<page>[^\]|]+)(?:\|(?P<shown>[^\]|]+))?\]\]")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_REDDIT_USER = re.compile(r"u/(?P<name>[\w-]{3,20})")
# A profile's label: a display name and its handle in brackets.
_PROFILE_TITLE = re.compile(r"(?P<name>[^()@]{2,60}?)\s+\(@[\w.-]{2,60}\)")


def _single(value: object) -> str | None:
    """A front-matter value as one line of text: a list's first item, a mapping's name."""
    if isinstance(value, list | tuple) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str | int | float) and str(value).strip():
        return " ".join(str(value).split())
    return None


# -- decoding ---------------------------------------------------------------------------


def decode(data: bytes, name: str = "the file") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, or a confident guess."""
    if len(data) > MAX_BYTES:
        raise EssayFormatError(f"{name} is {size(len(data))}; the limit is {size(MAX_BYTES)}.")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise EssayFormatError(f"{name} says it is {codec} but is not.") from error
            return _refuse_binary(text, name)
    if b"\x00" in data:
        raise EssayFormatError(f"{name} looks like a binary file, not text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess(data, name)
    return _refuse_binary(text, name)


def _guess(data: bytes, name: str) -> str:
    unknown = EssayFormatError(
        f"{name} is not UTF-8 and I can't tell its encoding for sure. Save it as UTF-8 and "
        "try again."
    )
    if _UTF8_SEQUENCE.search(data):
        # Valid UTF-8 characters beside invalid bytes: a damaged UTF-8 file, which any
        # legacy decoding would turn into mojibake ("cafÃ©").
        raise EssayFormatError(
            f"{name} is UTF-8 with invalid bytes in it (damaged or mixed encodings). Save it "
            "as UTF-8 again and retry."
        )
    # Western text in Windows-1252 is by far the commonest non-UTF-8 upload; accept it when
    # the non-ASCII characters are a few accented letters or typographic punctuation.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausibly_western(text):
        return text
    import charset_normalizer  # only needed for the rare non-Western legacy encoding

    best = charset_normalizer.from_bytes(data).best()
    # Short texts give too little evidence; a messy decode means the guess is wrong.
    if best is None or len(data) < 64 or best.chaos > 0.05 or not _mostly_foreign(str(best)):
        raise unknown
    return str(best)


def _mostly_foreign(text: str) -> bool:
    """A legacy non-Western text is mostly letters of its own script; a few stray bytes in
    English decode to a few unrelated symbols instead (mojibake)."""
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in letters if not c.isascii()]
    odd = [c for c in text if not c.isascii() and not (c.isalpha() or c.isspace())]
    return len(foreign) >= 0.3 * max(len(letters), 1) and len(odd) <= 0.1 * len(foreign)


def _plausibly_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in letters if not c.isascii()]
    if not letters or len(foreign) > 0.3 * len(letters):
        return False
    for c in text:
        if c.isascii() or c in _CP1252_PUNCT:
            continue
        if not (c.isalpha() and "LATIN" in unicodedata.name(c, "")):
            return False
    # Accented letters sit among plain ones (café, Müßiggang); three or more in a row are
    # stray bytes read as letters (ÿþýÃ).
    return not _ACCENT_RUN.search(text)


def _refuse_binary(text: str, name: str) -> str:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    if "\x00" in text or controls > max(2, len(text) // 200):
        raise EssayFormatError(f"{name} looks like a binary file, not text.")
    return text


# -- reading documents ------------------------------------------------------------------


def _is_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


_WORKER: ProcessPoolExecutor | None = None
T = TypeVar("T")


async def off_loop(func: Callable[..., T], /, *args: object, **kwargs: object) -> T:
    """``func(*args, **kwargs)`` in a worker process: reading, cleaning and stance-reading an
    essay of up to MAX_BYTES takes seconds of CPU. Not a thread: a busy thread shares the GIL
    with the event loop, and the loop then waits its turn at every wake-up (~200 ms stalls
    measured during a 1 MB import; tests/e2e/test_load.py)."""
    global _WORKER
    if _WORKER is None:
        # spawn: a fork would copy the bot's threads (aiosqlite's) and its locks mid-use.
        _WORKER = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    call = functools.partial(func, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(_WORKER, call)


def draft_from_text(
    text: str,
    *,
    kind: str,
    source: str,
    meta: Metadata,
    slug: str | None = None,
    url: str | None = None,
) -> Draft:
    """Build a draft from decoded text; ``kind`` is ``md``, ``txt`` or ``html``."""
    text = clean_text(text)  # before the cleaner and parsers see it
    if not text.strip():
        raise EssayFormatError(f"{source} is empty.")
    if kind == "txt" and _is_html(text):
        kind = "html"  # a page's source pasted or saved as .txt: its tags are not the essay
    given = meta.as_dict()
    front = _FRONT_MATTER.match(text) if kind == "md" else None
    if front and front["fence"] == "---" and _ESSAY_FORMAT.search(front["body"]):
        # The bundled format: its annotations are kept verbatim; typed options override.
        doc = parse_essay(text, slug=slug or "essay", where=source)
        if given:
            doc = _with_metadata(doc, given, source)
        # The curated format says what its passages' stances are (an unannotated paragraph
        # follows the essay, as data/essays/README documents), so nothing is read here.
        return _validated(Draft(doc, source))
    with page_date_order(text):  # "3/12/26" is read the way the page's other dates are
        if kind == "html":
            raw = _Raw(*read_html(text, url))
        elif front:
            raw = _page_front_matter(text, front)
        elif kind == "md" and (tabbed := _tab_title(_first_heading(text), None, text)):
            # A clipper's heading with no front matter over it (MarkDownload's template may
            # leave it out) is the tab's title all the same: "# Blog Name: Title" over the page
            # showing "Title" alone names the site and the headline.
            raw = _Raw(text, {"title": tabbed[0]}, site=tabbed[1])
        elif email := read_email(text):
            # A pasted e-mail: its headers name the title, author and date; a forwarder's note
            # above them is not the essay.
            raw = _Raw(email.body, email.meta, email.removed)
        else:
            raw = _Raw(text)
        if "title" in raw.meta:
            # A kind in brackets after the headline ("… (Guest Column)") files the piece,
            # whichever of the page's metadata gives the title (HTML's is read so already).
            raw.meta["title"] = without_kind_after(raw.meta["title"])
        read = functools.partial(clean, raw.text, markdown=kind == "md", saved=raw.saved)
        title, author = raw.meta.get("title"), raw.meta.get("author")
        # (Read first as if the page named no writer: a byline naming another is the writer's.)
        cleaned = read(title=title, author=None) if raw.author_or_site else None
        if cleaned is None or normalize(cleaned.author or author) == normalize(author):
            cleaned = read(title=title, author=author)  # no other byline: the writer's name
    if not cleaned.body.strip():
        raise EssayFormatError(f"Nothing is left of {source} once site clutter is removed.")
    # What the moderator typed wins; then the page's own metadata (HTML meta tags are more
    # reliable than what the cleaner reads from the text); then the text.
    merged = {**_found(cleaned), **raw.meta, **given}
    if cleaned.author and "author" not in given:
        merged["author"] = cleaned.author  # the metadata's user name, as the page writes it
    if raw.site and not merged.get("publication") and _site_unless_writer(raw.site, merged):
        merged["publication"] = raw.site
    if url and "url" not in merged:
        merged["url"] = url
    if not merged.get("stance", "").strip():
        # Only the CLI reaches this (/essay add and approving a suggestion ask for a stance).
        raise EssayFormatError(
            f"{source}: no stance given; give --stance {'|'.join(ESSAY_STANCES)} "
            "(or a stance: line in its front matter)."
        )
    missing = tuple(key for key in ("title", "author") if not merged.get(key, "").strip())
    for key in missing:
        merged[key] = PLACEHOLDERS[key]
    slug = slug or slugify(merged["title"])
    doc = with_passage_stances(build_essay(merged, cleaned.body, slug=slug, where=source))
    removed = (*raw.removed, *cleaned.removed)
    return _validated(Draft(doc, source, removed, missing=missing, headings=cleaned.headings))


def draft_from_file(
    data: bytes, filename: str, meta: Metadata, *, slug: str | None = None
) -> Draft:
    """A draft from an uploaded or local file; the suffix decides how it is read."""
    name = PurePath(filename).name or "the file"
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise EssayFormatError(
            f"{name}: I can import .md, .txt and .html files, "
            f"not {suffix or 'files without a suffix'}."
        )
    if not data.strip():
        raise EssayFormatError(f"{name} is empty.")
    text = decode(data, name)
    kind = {".md": "md", ".markdown": "md", ".txt": "txt"}.get(suffix, "html")
    return draft_from_text(text, kind=kind, source=name, meta=meta, slug=slug)


async def draft_from_url(
    url: str,
    meta: Metadata,
    *,
    allow_private: bool = False,
    time_limit: float = FETCH_TIMEOUT,
) -> Draft:
    fetched = await fetch(url, allow_private=allow_private, time_limit=time_limit)
    # Decoding, extraction and cleaning take a second on a big page: off the event loop.
    return await off_loop(_draft_from_page, fetched, meta)


def _draft_from_page(fetched: Fetched, meta: Metadata) -> Draft:
    text = _decode_page(fetched)
    if fetched.content_type in _HTML_TYPES or _is_html(text):
        kind = "html"
    else:
        kind = "md" if fetched.content_type == "text/markdown" else "txt"
    shown = public_url(fetched.url)
    return draft_from_text(text, kind=kind, source=shown, meta=meta, url=shown)


def _decode_page(fetched: Fetched) -> str:
    if fetched.charset:
        try:
            return _refuse_binary(fetched.data.decode(fetched.charset), "That page")
        except (LookupError, UnicodeDecodeError):
            pass  # the server's charset header was wrong: fall back to sniffing
    return decode(fetched.data, "That page")


def with_passage_stances(doc: EssayDoc) -> EssayDoc:
    """Every passage without a stance of its own (annotated or a moderator's) read by the
    stance reader: the one place passages are read.

    The reader (the same one that reads a /counter claim) decides when a passage's own words
    name a side; otherwise the passage takes the essay's stance (neutral in a mixed essay). In
    a mixed essay the passage model reads each passage from its words and how far it leans
    beyond the essay's own lean (``read_essay``), so a mixed essay yields optimistic, skeptical
    and neutral passages. The reader's topic check stays on: a passage that doesn't speak of
    generative video or film (narration: "Week 2 went like the first") names no side, whatever
    its mood.
    """
    default = "neutral" if doc.stance == "mixed" else doc.stance
    readings = read_essay([p.text for p in doc.passages], both_sides=doc.stance == "mixed")
    passages = tuple(
        replace(p, stance=reading.stance or default, stance_source="reader")
        if p.stance_source == "essay"
        else p
        for p, reading in zip(doc.passages, readings, strict=True)
    )
    return replace(doc, passages=passages)


def with_passage_stance(draft: Draft, index: int, stance: str) -> Draft:
    """The draft with one passage's stance set by the moderator (in the preview)."""
    if stance not in PASSAGE_STANCES:
        raise EssayFormatError(f"Stance must be one of {', '.join(PASSAGE_STANCES)}.")
    passages = list(draft.doc.passages)
    if not 0 <= index < len(passages):
        raise EssayFormatError(f"There is no passage {index + 1} in this draft.")
    passages[index] = replace(passages[index], stance=stance, stance_source="override")
    return replace(draft, doc=replace(draft.doc, passages=tuple(passages)))


# Shown (and stored nowhere) until the moderator gives the real value: Publish refuses them.
PLACEHOLDERS = {"title": "Untitled", "author": "Unknown author"}


def _found(cleaned: Cleaned) -> dict[str, str]:
    """Metadata the cleaner read from the text of the page."""
    found = {
        "title": cleaned.title,
        "author": cleaned.author,
        "publication": cleaned.publication,
        "published": cleaned.published,
        "author_bio": cleaned.author_bio,
    }
    return {k: str(v) for k, v in found.items() if v}


def complete(draft: Draft, meta: Metadata) -> Draft:
    """The draft with the fields a moderator filled in later (the preview's form)."""
    fields = ("title", "author", "publication", "published")
    given = {k: v for k, v in meta.as_dict().items() if k in fields}
    missing = tuple(key for key in draft.missing if key not in given)
    doc = replace(draft.doc, **given)
    if "title" in draft.missing and "title" in given:
        doc = replace(doc, slug=slugify(given["title"]))  # not "untitled"
    return _validated(replace(draft, doc=doc, missing=missing))


def missing_message(draft: Draft, how: str) -> str:
    """What to do about the fields the page did not state: ``how`` names the CLI flags or the
    preview's button."""
    fields = " or ".join(draft.missing)
    return f"{draft.source}: I couldn't find the {fields} on the page; {how}."


def _with_metadata(doc: EssayDoc, given: dict[str, str], source: str) -> EssayDoc:
    stance = given.get("stance", doc.stance).lower()
    if stance not in ESSAY_STANCES:
        raise EssayFormatError(f"{source}: stance must be one of {', '.join(ESSAY_STANCES)}.")
    passages = doc.passages
    if stance != doc.stance:
        default = "neutral" if stance == "mixed" else stance
        passages = tuple(
            replace(p, stance=default) if p.stance_source == "essay" else p for p in passages
        )
    keys = {"title", "author", "publication", "published", "url"}
    fields = {k: v for k, v in given.items() if k in keys}
    return replace(doc, stance=stance, passages=passages, **fields)


def validate_metadata(doc: EssayDoc, source: str = "The essay") -> None:
    """Refuse what Discord could not show: over-long fields, a URL no link button takes."""
    check_fields({name: getattr(doc, name) for name in FIELD_MAX}, source)


def check_fields(fields: dict[str, str | None], source: str | None = None) -> None:
    """Each field fits where it is shown; a URL is a single http(s) address."""
    prefix = f"{source}: the" if source else "The"
    for name, limit in FIELD_MAX.items():
        value = fields.get(name)
        if value and len(value) > limit:
            raise EssayFormatError(
                f"{prefix} {name.replace('_', ' ')} is {len(value):,} characters; Discord "
                f"shows at most {limit}."
            )
    url = fields.get("url")
    if url and (urlsplit(url).scheme not in ("http", "https") or any(c.isspace() for c in url)):
        raise EssayFormatError(f"{prefix} url must start with http:// or https://.")


def _site_unless_writer(site: str, fields: dict[str, str]) -> bool:
    """Whether the name a tab's title sets after the page's title is the site's: it is when the
    writer is known (from the front matter or the page's byline) and it is not the writer's;
    with no writer known, it may be theirs ("Title – Jane Doe" on a personal blog)."""
    writer = normalize(fields.get("author") or "")
    return bool(writer) and normalize(site) != writer


def _validated(draft: Draft) -> Draft:
    if draft.doc.url:
        draft = replace(draft, doc=replace(draft.doc, url=public_url(draft.doc.url)))
    validate_metadata(draft.doc, draft.source)
    draft.doc.content_hash  # noqa: B018  (kept on the doc: not worked out again on the loop)
    return draft


def public_url(url: str) -> str:
    """The URL without a ``user:password@`` part: a link is shown to everyone, a password
    in it to no one."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


# -- near duplicates --------------------------------------------------------------------


async def with_duplicate_check(draft: Draft, store: Store, guild_id: int) -> Draft:
    """The draft, with a warning if it is nearly the same text as an essay visible here."""
    bodies = await store.essays.bodies(guild_id)
    found = await off_loop(near_duplicate, draft.doc.body, bodies)
    return replace(draft, duplicate=found)


def near_duplicate(body: str, existing: Iterable[tuple[int, str, str]]) -> Duplicate | None:
    """The most similar of ``existing`` (id, title, body) at ≥ NEAR_DUPLICATE %, if any."""
    mine = normalize(body)
    best: Duplicate | None = None
    for essay_id, title, other in existing:
        theirs = normalize(other)
        shorter, longer = sorted((len(mine), len(theirs)))
        # ratio = 2·matches / total length, so very different lengths cannot reach the bar.
        if not longer or 2 * shorter / (shorter + longer) * 100 < NEAR_DUPLICATE:
            continue
        score = fuzz.ratio(mine, theirs, score_cutoff=NEAR_DUPLICATE)
        if score and (best is None or score > best.score):
            best = Duplicate(essay_id, title, round(score, 1))
    return best


def metadata_changes(meta: Metadata) -> dict[str, str]:
    """The fields a moderator asked to change, validated like a new essay's."""
    changes = meta.as_dict()
    if "stance" in changes:
        changes["stance"] = changes["stance"].lower()
        if changes["stance"] not in ESSAY_STANCES:
            raise EssayFormatError(f"Stance must be one of {', '.join(ESSAY_STANCES)}.")
    if "url" in changes:
        changes["url"] = public_url(changes["url"])
    check_fields(changes)
    return changes
