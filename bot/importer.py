"""Turning an uploaded file, a pasted text or a URL into an essay draft (no discord import).

Everything a moderator submits passes through here before anything is stored: the bytes are
decoded (UTF-8, a BOM, or a confident guess; binary is refused), capped at ``MAX_BYTES``,
parsed by kind (``.md`` with front matter in the bundled format, ``.txt``, ``.html`` via
trafilatura), cleaned of site clutter, validated against Discord's limits and compared with
the essays already visible, for a near-duplicate warning. URLs are fetched with a timeout and
a size cap, and never from a private, loopback or link-local address unless the owner allows
it (``ALLOW_PRIVATE_URLS``): the guard resolves the host at connect time and re-checks every
redirect hop, so neither a redirect nor a DNS answer can point the bot into its own network.
"""

from __future__ import annotations

import asyncio
import codecs
import functools
import ipaddress
import logging
import multiprocessing
import re
import secrets
import socket
import time
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver
from cachetools import TTLCache
from rapidfuzz import fuzz

from bot.cleaner import clean
from bot.corpus import ESSAY_STANCES, EssayDoc, build_essay, parse_essay, slugify
from bot.errors import DraftGone, EssayFormatError, FetchError
from bot.store import Store
from bot.text import normalize

log = logging.getLogger(__name__)

# Largest file or page accepted, in bytes (documented in the README: 1 MB is ~150k words).
MAX_BYTES = 1_000_000
FETCH_TIMEOUT = 15.0  # seconds for a whole fetch, redirects included
MAX_REDIRECTS = 5
# Discord embed limits: a longer title or author could never be shown in a citation.
TITLE_MAX = 256
AUTHOR_MAX = 256
NEAR_DUPLICATE = 90.0  # percent similarity of the whole text that earns a warning
SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "Crosscut/0.1 (+essay import; Discord bot)"
_REDIRECTS = {301, 302, 303, 307, 308}
_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n")
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
        return {k: v.strip() for k, v in vars(self).items() if v and v.strip()}


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

    @property
    def passage_count(self) -> int:
        return len(self.doc.passages)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes
    charset: str | None = None


@dataclass(frozen=True)
class _Raw:
    """A document's text and what it says about itself, before cleaning."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


# -- decoding ---------------------------------------------------------------------------


def size(n: int) -> str:
    """A byte count as people say it: 1 MB, 250 KB."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    return f"{max(1, round(n / 1000))} KB"


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
    if best is None or len(data) < 64 or best.chaos > 0.05:
        raise unknown
    return str(best)


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
    return True


def _refuse_binary(text: str, name: str) -> str:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    if "\x00" in text or controls > max(2, len(text) // 200):
        raise EssayFormatError(f"{name} looks like a binary file, not text.")
    return text


# -- reading documents ------------------------------------------------------------------


def _read_html(html: str, url: str | None = None) -> _Raw:
    import trafilatura  # heavy: imported on first HTML import only

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise EssayFormatError("I couldn't find the main text of that page.")
    meta = {
        "title": doc.title,
        "author": doc.author,
        "publication": doc.sitename,
        "published": doc.date,
        "url": doc.url or url,
    }
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    # trafilatura repeats the page heading as the first line; the title is kept apart.
    if lines and doc.title and normalize(lines[0]) == normalize(doc.title):
        lines = lines[1:]
    return _Raw("\n\n".join(lines), {k: str(v).strip() for k, v in meta.items() if v})


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
    if not text.strip():
        raise EssayFormatError(f"{source} is empty.")
    given = meta.as_dict()
    if kind == "md" and _FRONT_MATTER.match(text):
        # The bundled format: its annotations are kept verbatim; typed options override.
        doc = parse_essay(text, slug=slug or "essay", where=source)
        if given:
            doc = _with_metadata(doc, given, source)
        return _validated(Draft(doc, source))
    raw = _read_html(text, url) if kind == "html" else _Raw(text)
    body, removed, found = _cleaned(raw.text)
    if not body.strip():
        raise EssayFormatError(f"Nothing is left of {source} once site clutter is removed.")
    merged = {**raw.meta, **found, **given}
    if url and "url" not in merged:
        merged["url"] = url
    _require(merged, source)
    doc = build_essay(merged, body, slug=slug or slugify(merged["title"]), where=source)
    return _validated(Draft(doc, source, removed))


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
    return draft_from_text(text, kind=kind, source=fetched.url, meta=meta, url=fetched.url)


def _decode_page(fetched: Fetched) -> str:
    if fetched.charset:
        try:
            return _refuse_binary(fetched.data.decode(fetched.charset), "That page")
        except (LookupError, UnicodeDecodeError):
            pass  # the server's charset header was wrong: fall back to sniffing
    return decode(fetched.data, "That page")


def _cleaned(text: str) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """Body without site clutter, what was removed, and metadata the cleaner spotted."""
    result = clean(text)
    found = {
        "title": result.title,
        "published": result.published,
        "author_bio": result.author_bio,
    }
    return result.body, tuple(result.removed), {k: str(v) for k, v in found.items() if v}


def _require(meta: dict[str, str], source: str) -> None:
    missing = [key for key in ("title", "author", "stance") if not meta.get(key, "").strip()]
    if missing:
        raise EssayFormatError(
            f"{source}: no {' or '.join(missing)} given; set {', '.join(missing)} and try again."
        )


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
    """Refuse what Discord could not show: over-long titles and authors."""
    if len(doc.title) > TITLE_MAX:
        raise EssayFormatError(
            f"{source}: the title is {len(doc.title)} characters; Discord shows at most "
            f"{TITLE_MAX}."
        )
    if len(doc.author) > AUTHOR_MAX:
        raise EssayFormatError(
            f"{source}: the author is {len(doc.author)} characters; Discord shows at most "
            f"{AUTHOR_MAX}."
        )
    if doc.url and urlsplit(doc.url).scheme not in ("http", "https"):
        raise EssayFormatError(f"{source}: the url must start with http:// or https://.")


def _validated(draft: Draft) -> Draft:
    validate_metadata(draft.doc, draft.source)
    draft.doc.content_hash  # noqa: B018  (kept on the doc: not worked out again on the loop)
    return draft


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


# -- fetching ---------------------------------------------------------------------------


class _Blocked(OSError):
    """The host resolves to an address the bot must not reach."""


def blocked_address(address: str) -> bool:
    """Private, loopback, link-local, multicast, reserved or otherwise non-public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


class _GuardedResolver(ThreadedResolver):
    """Resolves at connect time and refuses blocked addresses, so DNS can't be swapped later."""

    def __init__(self, blocked: Callable[[str], bool]) -> None:
        super().__init__()
        self._blocked = blocked

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        if any(self._blocked(r["host"]) for r in results):
            raise _Blocked(f"{host} resolves to a private address")
        return results


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _check_url(url: str, blocked: Callable[[str], bool] | None) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("Give a full web address starting with http:// or https://.")
    host = parts.hostname
    # Names are checked by the resolver at connect time; literal addresses never reach it.
    if blocked is not None and _is_ip(host) and blocked(host.strip("[]")):
        raise FetchError(_PRIVATE)
    return url.strip()


_PRIVATE = (
    "That address points into a private network (private, loopback or link-local); "
    "I don't fetch from there."
)


async def fetch(
    url: str,
    *,
    allow_private: bool = False,
    time_limit: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    blocked: Callable[[str], bool] = blocked_address,
) -> Fetched:
    """GET a page: redirects followed by hand and re-checked, size capped, type checked.

    ``blocked`` decides which resolved addresses are refused (ignored with ``allow_private``).
    """
    guard = None if allow_private else blocked
    url = _check_url(url, guard)
    connector = aiohttp.TCPConnector(
        resolver=_GuardedResolver(guard) if guard else None, force_close=True
    )
    client_timeout = aiohttp.ClientTimeout(total=time_limit)
    try:
        async with aiohttp.ClientSession(
            connector=connector,
            timeout=client_timeout,
            headers={"User-Agent": _USER_AGENT, "Accept": "text/html, text/plain;q=0.9"},
        ) as session:
            async with asyncio.timeout(time_limit):
                for _ in range(MAX_REDIRECTS + 1):
                    async with session.get(url, allow_redirects=False) as response:
                        if response.status in _REDIRECTS and "Location" in response.headers:
                            url = _check_url(urljoin(url, response.headers["Location"]), guard)
                            continue
                        return await _read_response(response, url, max_bytes)
                raise FetchError(f"That address redirects more than {MAX_REDIRECTS} times.")
    except TimeoutError as error:
        raise FetchError(
            f"The site did not answer within {time_limit:g} seconds. Try again later, or "
            "attach the text as a file."
        ) from error
    except aiohttp.ClientConnectorError as error:
        if isinstance(error.os_error, _Blocked) or isinstance(error.__cause__, _Blocked):
            raise FetchError(_PRIVATE) from error
        raise FetchError(f"I couldn't connect to {urlsplit(url).hostname}.") from error
    except aiohttp.ClientError as error:
        raise FetchError(f"Fetching that address failed ({type(error).__name__}).") from error


async def _read_response(response: aiohttp.ClientResponse, url: str, max_bytes: int) -> Fetched:
    if response.status >= 400:
        raise FetchError(f"The site answered HTTP {response.status} for that address.")
    if response.status >= 300:
        raise FetchError(f"The site answered HTTP {response.status} without a page.")
    content_type = response.content_type.lower()
    if content_type not in PAGE_TYPES:
        raise FetchError(
            f"That address returns {content_type or 'an unknown type'}, not a web page. "
            "Attach the essay as a .txt, .md or .html file instead."
        )
    too_big = FetchError(f"That page is over the {size(max_bytes)} limit.")
    if response.content_length and response.content_length > max_bytes:
        raise too_big
    data = bytearray()
    async for chunk in response.content.iter_chunked(65536):
        data += chunk
        if len(data) > max_bytes:
            raise too_big
    return Fetched(url, content_type, bytes(data), response.charset)


# -- edits ------------------------------------------------------------------------------


def metadata_changes(meta: Metadata) -> dict[str, str]:
    """The fields a moderator asked to change, validated like a new essay's."""
    changes = meta.as_dict()
    if "stance" in changes:
        changes["stance"] = changes["stance"].lower()
        if changes["stance"] not in ESSAY_STANCES:
            raise EssayFormatError(f"Stance must be one of {', '.join(ESSAY_STANCES)}.")
    if len(changes.get("title", "")) > TITLE_MAX:
        raise EssayFormatError(
            f"The title is {len(changes['title'])} characters; Discord shows at most {TITLE_MAX}."
        )
    if len(changes.get("author", "")) > AUTHOR_MAX:
        raise EssayFormatError(
            f"The author is {len(changes['author'])} characters; Discord shows at most "
            f"{AUTHOR_MAX}."
        )
    if "url" in changes and urlsplit(changes["url"]).scheme not in ("http", "https"):
        raise EssayFormatError("The url must start with http:// or https://.")
    return changes


# -- previews waiting for Publish -------------------------------------------------------


@dataclass
class Pending:
    draft: Draft
    guild_id: int
    user_id: int
    suggestion_id: int | None = None


DRAFTS_KEPT = 1000  # previews waiting at once (each holds up to MAX_BYTES); oldest go first


class DraftBook:
    """Previews waiting for *Publish*. In memory: a preview expires after ``ttl`` seconds or
    a restart, and then says so instead of storing a stale draft. Bounded: past ``maxsize``
    previews (or outcomes of late clicks) the least recently used are forgotten.

    ``claim`` is synchronous, so two clicks racing on the event loop cannot both get the draft:
    the second is told the essay was already published.
    """

    def __init__(
        self,
        ttl: float = 900.0,
        clock: Callable[[], float] | None = None,
        maxsize: int = DRAFTS_KEPT,
    ) -> None:
        timer = clock or time.monotonic
        self._pending: TTLCache[str, Pending] = TTLCache(maxsize, ttl=ttl, timer=timer)
        # token -> what happened, for late clicks on a preview already dealt with
        self._outcome: TTLCache[str, str] = TTLCache(maxsize, ttl=ttl, timer=timer)

    def add(self, pending: Pending) -> str:
        token = secrets.token_hex(8)
        self._pending[token] = pending
        return token

    def peek(self, token: str) -> Pending | None:
        return self._pending.get(token)

    def claim(self, token: str, user_id: int) -> Pending:
        """Take the draft to publish or cancel it; refuses a second click clearly."""
        pending = self._pending.get(token)
        if pending is None:
            raise DraftGone(
                self._outcome.get(token)
                or "This preview has expired (previews last 15 minutes and don't survive a "
                "restart). Run the command again."
            )
        if pending.user_id != user_id:
            raise DraftGone("Only the moderator who asked for this preview can publish it.")
        del self._pending[token]
        self._outcome[token] = "This preview is being published; it can't be published twice."
        return pending

    def release(self, token: str, pending: Pending) -> None:
        """Put a claimed draft back (publishing failed), so it can be tried again."""
        self._pending[token] = pending
        self._outcome.pop(token, None)

    def finish(self, token: str, outcome: str) -> None:
        self._outcome[token] = outcome
