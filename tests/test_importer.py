"""The importer: decoding, file kinds, metadata limits, near duplicates and the URL guard."""

from __future__ import annotations

import asyncio
import codecs
import re

import pytest
from aiohttp import web

from bot import BUNDLED_ESSAYS, html_page, importer
from bot.corpus import load_essay_file, parse_essay, to_markdown
from bot.drafts import DraftBook, Pending
from bot.errors import DraftGone, EssayFormatError, FetchError
from bot.fetch import blocked_address, fetch
from bot.importer import (
    MAX_BYTES,
    Metadata,
    complete,
    decode,
    draft_from_file,
    draft_from_text,
    draft_from_url,
    metadata_changes,
    missing_message,
    near_duplicate,
    with_passage_stance,
)
from bot.stance.reader import Reading
from bot.text import normalize

KROLL = BUNDLED_ESSAYS / "kroll-sora-indie-filmmakers.md"
META = Metadata(title="A test essay", author="Ada Writer", stance="skeptical")
BODY = (
    "Generative video will not replace the patience that a real shoot demands.\n\n"
    "Every frame on a set is a decision somebody made, and that is the point of cinema."
)


# -- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        BODY.encode("utf-8"),
        codecs.BOM_UTF8 + BODY.encode("utf-8"),
        BODY.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_decode_unicode_forms(data: bytes) -> None:
    assert decode(data) == BODY


def test_decode_western_legacy_text() -> None:
    text = "Un café, déjà vu — « naïve » résumé of the essay, with “curly quotes”."
    assert decode(text.encode("cp1252")) == text


def test_decode_refuses_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(EssayFormatError, match="binary"):
        decode(png, "cover.png")
    with pytest.raises(EssayFormatError, match=r"binary|encoding"):
        decode(bytes(range(128, 256)) * 4 + b"\x01\x02\x03\x04\x05", "blob.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"A plain essay about cinema and the future of film. " * 2 + b"\xff\xfe\xfd\xc3",
        b"A plain essay about cinema and the future of film. " * 2 + b"\x81\x8d\x8f\x90",
        "Caf\u00e9 society and cinema. ".encode() * 4 + b"\xe9\xff",
    ],
    ids=["latin-run", "cjk-guess", "damaged-utf8"],
)
def test_stray_bytes_are_refused_not_read_as_mojibake(data: bytes) -> None:
    with pytest.raises(EssayFormatError, match=r"encoding|invalid bytes"):
        decode(data, "x.txt")


def test_legacy_encodings_with_real_words_still_decode() -> None:
    western = (
        "Caf\u00e9, na\u00efve, M\u00fc\u00dfiggang, \u00e9t\u00e9, d\u00e9j\u00e0 \u00e0 la plage."
    )
    assert decode(western.encode("cp1252")) == western
    russian = (
        "Это обычное эссе о кино и будущем фильмов. Режиссёры спорят о том, что генеративное "
        "видео сделает с профессией, и никто не знает ответа. "
    ) * 3
    assert decode(russian.encode("cp1251")) == russian


def test_decode_refuses_undetectable_encoding() -> None:
    with pytest.raises(EssayFormatError, match="not UTF-8"):
        decode("Short caf\u00e9 ".encode("latin-1") + b"\x81\x8d", "x.txt")


def test_size_cap() -> None:
    with pytest.raises(EssayFormatError, match="limit is 1 MB"):
        decode(b"a" * (MAX_BYTES + 1), "big.txt")


# -- file kinds -------------------------------------------------------------------------


def test_markdown_with_front_matter_is_the_bundled_format() -> None:
    draft = draft_from_file(KROLL.read_bytes(), KROLL.name, Metadata(), slug=KROLL.stem)
    assert draft.doc == load_essay_file(KROLL)
    assert draft.passage_count == len(load_essay_file(KROLL).passages)


def test_typed_options_override_front_matter() -> None:
    draft = draft_from_file(
        KROLL.read_bytes(), KROLL.name, Metadata(title="Retitled", stance="skeptical")
    )
    assert draft.doc.title == "Retitled"
    assert draft.doc.stance == "skeptical"
    inherited = [p for p in draft.doc.passages if p.stance_source == "essay"]
    assert all(p.stance == "skeptical" for p in inherited)


_PAGE_BODY = (
    "Every generated clip I have been handed arrives silent, and the silence tells you something "
    "about where it was made.\n\n"
    "A real shot carries the room it was made in, and those sounds are evidence that a place "
    "existed."
)


@pytest.mark.parametrize(
    "front",
    [
        # Jekyll: lists, a date with a time zone, keys Crosscut does not know.
        '---\nlayout: post\ntitle: "Ghosts: A Recordist on AI"\nauthor: Bas Koch\n'
        "date: 2025-06-08 09:30:00 +0200\ncategories: [essays, sound]\ncomments: true\n---",
        # Eleventy / Astro: an authors list, a date-only value YAML reads as a date.
        "---\ntitle: 'Ghosts: A Recordist on AI'\nauthors:\n  - name: Bas Koch\n"
        "pubDate: 2025-06-08\ntags:\n  - sora\n---",
        # Hugo: TOML between +++ lines.
        '+++\ntitle = "Ghosts: A Recordist on AI"\nauthor = "Bas Koch"\n'
        'date = 2025-06-08T09:30:00+02:00\ntags = ["sora"]\n+++',
    ],
)
def test_a_site_generators_markdown_source_imports_as_a_page(front: str) -> None:
    text = f"{front}\n\n{_PAGE_BODY}\n\n{{% include newsletter.html %}}\n"
    draft = draft_from_file(text.encode(), "post.md", Metadata(stance="skeptical"))
    assert (draft.doc.title, draft.doc.author) == ("Ghosts: A Recordist on AI", "Bas Koch")
    assert draft.doc.published == "2025-06-08"
    assert [p.text for p in draft.doc.passages] == _PAGE_BODY.split("\n\n")
    assert draft.missing == ()


def test_unreadable_front_matter_on_a_page_is_dropped_not_refused() -> None:
    text = f"---\ntitle: [unclosed\n  : nonsense\n---\n\n{_PAGE_BODY}\n"
    draft = draft_from_file(text.encode(), "post.md", Metadata(stance="skeptical"))
    assert [p.text for p in draft.doc.passages] == _PAGE_BODY.split("\n\n")
    assert "title" in draft.missing


def test_rules_around_a_markdown_paragraph_are_not_front_matter() -> None:
    first, second = _PAGE_BODY.split("\n\n")
    text = f"---\n{first}\n---\n\n{second}\n"
    draft = draft_from_file(text.encode(), "essay.md", Metadata(stance="skeptical"))
    assert [p.text for p in draft.doc.passages] == [first, second]


def test_front_matter_with_a_stance_is_crosscuts_format_and_checked_as_such() -> None:
    text = f"---\ntitle: T\nauthor: A\nstance: mixed\ncategories: [a, b]\n---\n\n{_PAGE_BODY}\n"
    with pytest.raises(EssayFormatError, match="'categories' must be a single value"):
        draft_from_file(text.encode(), "essay.md", Metadata())


def test_a_forum_label_before_the_topic_title_is_not_the_title() -> None:
    html = (
        _article_html()
        .replace(
            "<title>Cameras Still Matter | Film Notes</title>",
            "<title>Thread: Cameras Still Matter</title>",
        )
        .replace('<meta property="og:title" content="Cameras Still Matter">', "")
    )
    html = html.replace("<h1>Cameras Still Matter</h1>", "<h1>Thread: Cameras Still Matter</h1>")
    draft = draft_from_file(html.encode(), "thread.html", Metadata(stance="mixed"))
    assert draft.doc.title == "Cameras Still Matter"


@pytest.mark.parametrize(
    ("logo", "site"),
    [
        ('<img src="images/crossroads_logo.png" alt="Film Crossroads - Powered by vBulletin">',
         "Film Crossroads"),
        ('<img class="site-logo" src="/a.png" alt="Film Crossroads logo">', "Film Crossroads"),
        ('<img src="/img/hero.jpg" alt="Film Crossroads">', None),  # not a logo
    ],
)  # fmt: skip
def test_a_logos_alt_text_names_the_site_when_nothing_else_does(
    logo: str, site: str | None
) -> None:
    html = (
        _article_html()
        .replace(
            "<title>Cameras Still Matter | Film Notes</title>",
            "<title>Cameras Still Matter</title>",
        )
        .replace("<footer>© Film Notes</footer>", "")
        .replace("<nav>", f"<header>{logo}</header><nav>")
    )
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert draft.doc.publication == site


def test_plain_text_needs_a_stance_and_says_what_the_page_did_not_state() -> None:
    with pytest.raises(EssayFormatError, match="no stance given"):
        draft_from_file(BODY.encode(), "essay.txt", Metadata())
    unknown = draft_from_file(BODY.encode(), "essay.txt", Metadata(stance="skeptical"))
    assert unknown.missing == ("title", "author")
    assert "couldn't find the title or author" in missing_message(unknown, "give --author")
    done = complete(unknown, Metadata(title="A test essay", author="Rosa Lens"))
    assert done.missing == ()
    assert (done.doc.title, done.doc.author) == ("A test essay", "Rosa Lens")
    assert done.doc.slug == "a-test-essay"
    draft = draft_from_file(BODY.encode(), "essay.txt", META)
    assert draft.doc.title == "A test essay"
    assert draft.missing == ()
    assert [p.text for p in draft.doc.passages] == BODY.split("\n\n")
    # Each passage is read on its own; what the reader can't decide follows the essay.
    assert all(p.stance_source == "reader" for p in draft.doc.passages)


MIXED = (
    "Sora is a game changer for indie crews: it lets anyone with a laptop make the shot they "
    "could never afford, and that opportunity is worth celebrating.\n\n"
    "But the flood of soulless slop will cheapen the craft and destroy the jobs of the people "
    "who taught us to light a set.\n\n"
    "We met at the quay at six every morning, and the tea in the flask was always cold by seven."
)


def test_each_passage_is_read_on_its_own_and_what_names_no_side_follows_the_essay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The reader's verdicts are its own tests' business (tests/test_stance*.py); here, what the
    # importer does with each: a side named is kept, no side follows the essay.
    verdicts = dict(zip(MIXED.split("\n\n"), ("optimistic", "skeptical", None), strict=True))
    monkeypatch.setattr(
        importer,
        "read_essay",
        lambda texts, both_sides: [Reading(True, verdicts[t], 0.9, 0.0) for t in texts],
    )
    draft = draft_from_file(MIXED.encode(), "mixed.txt", Metadata("T", "A", "mixed"))
    assert [p.stance for p in draft.doc.passages] == ["optimistic", "skeptical", "neutral"]
    assert all(p.stance_source == "reader" for p in draft.doc.passages)
    draft = draft_from_file(MIXED.encode(), "mixed.txt", Metadata("T", "A", "optimistic"))
    assert [p.stance for p in draft.doc.passages] == ["optimistic", "skeptical", "optimistic"]
    # A moderator's choice in the preview wins, and is marked as theirs.
    changed = with_passage_stance(draft, 1, "neutral")
    assert (changed.doc.passages[1].stance, changed.doc.passages[1].stance_source) == (
        "neutral",
        "override",
    )
    with pytest.raises(EssayFormatError, match="no passage 4"):
        with_passage_stance(draft, 3, "neutral")
    # Read stances survive export and re-import.
    again = draft_from_file(to_markdown(draft.doc).encode(), "t.md", Metadata())
    assert again.doc.passages == draft.doc.passages


@pytest.mark.parametrize("text", ["", "   \n\t  \n", "\ufeff  "])
def test_empty_text_refused(text: str) -> None:
    with pytest.raises(EssayFormatError, match="empty"):
        draft_from_file(text.encode("utf-8"), "essay.txt", META)


def test_unknown_suffix_refused() -> None:
    with pytest.raises(EssayFormatError, match=r"\.pdf"):
        draft_from_file(b"%PDF-1.4", "essay.pdf", META)


def test_html_main_text_and_metadata() -> None:
    html = _article_html()
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert draft.doc.title == "Cameras Still Matter"
    assert draft.doc.author == "Rosa Lens"
    assert draft.doc.published == "2024-03-01"
    texts = [p.text for p in draft.doc.passages]
    assert texts[0].startswith("A camera is a promise")
    assert not any("Subscribe" in t or "Home" in t for t in texts)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("21 February 2024", "2024-02-21"),
        ("Feb 21, 2024", "2024-02-21"),
        ("March 2024", "March 2024"),
    ],
)
def test_a_typed_date_is_stored_as_iso_or_as_a_month_and_year(typed: str, stored: str) -> None:
    assert metadata_changes(Metadata(published=typed)) == {"published": stored}


def test_a_pages_source_pasted_as_text_is_read_as_html() -> None:
    draft = draft_from_text(
        _article_html(), kind="txt", source="pasted text", meta=Metadata(stance="mixed")
    )
    assert (draft.doc.title, draft.doc.author) == ("Cameras Still Matter", "Rosa Lens")
    assert not any("<" in p.text or "Subscribe" in p.text for p in draft.doc.passages)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (Metadata(url="https://example.com/" + "a" * 620), "url is 640 characters.*512"),
        (Metadata(url="https://example.com/a b"), "must start with http"),
        (Metadata(publication="P" * 300), "publication is 300 characters"),
        (Metadata(published="2024" * 20), "couldn't read '2024202420"),
        (Metadata(published="last tuesday"), "couldn't read 'last tuesday' as a date"),
    ],
)
def test_edits_are_checked_against_where_fields_are_shown(changes: Metadata, message: str) -> None:
    with pytest.raises(EssayFormatError, match=message):
        metadata_changes(changes)


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        (Metadata(title="T" * 257, author="A", stance="mixed"), "title is 257 characters"),
        (Metadata(title="T", author="A" * 300, stance="mixed"), "author is 300 characters"),
        (Metadata(title="T", author="A", stance="sunny"), "stance must be one of"),
    ],
)
def test_metadata_limits(meta: Metadata, message: str) -> None:
    with pytest.raises(EssayFormatError, match=message):
        draft_from_file(BODY.encode(), "essay.txt", meta)


def test_export_reimports_losslessly() -> None:
    doc = load_essay_file(KROLL)
    again = parse_essay(to_markdown(doc), slug=doc.slug)
    assert again == doc


# -- near duplicates --------------------------------------------------------------------


def test_near_duplicate_of_a_bundled_essay() -> None:
    doc = load_essay_file(KROLL)
    tweaked = doc.body.replace("Sora", "SORA", 3) + " One more line."
    other = load_essay_file(BUNDLED_ESSAYS / "westenberg-democratisation.md")
    found = near_duplicate(tweaked, [(5, other.title, other.body), (2, doc.title, doc.body)])
    assert found is not None
    assert found.essay_id == 2
    assert found.score >= 90
    assert near_duplicate(other.body, [(2, doc.title, doc.body)]) is None


# -- URL fetch --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("192.168.0.10", True),
        ("169.254.169.254", True),
        ("::1", True),
        ("fe80::1", True),
        ("::ffff:127.0.0.1", True),
        ("100.64.0.1", True),
        ("0.0.0.0", True),
        ("2002:7f00:1::", True),  # 6to4 carrying 127.0.0.1
        ("2002:a00:7::1", True),  # 6to4 carrying 10.0.0.7
        ("64:ff9b::7f00:1", True),  # NAT64 carrying 127.0.0.1
        ("64:ff9b::a9fe:a9fe", True),  # NAT64 carrying 169.254.169.254
        ("::7f00:1", True),  # IPv4-compatible 127.0.0.1
        ("93.184.215.14", False),
        ("2606:4700::1111", False),
        ("2002:5db8:d70e::1", False),  # 6to4 carrying a public address
    ],
)
def test_blocked_addresses(address: str, blocked: bool) -> None:
    assert blocked_address(address) is blocked


_RUNNERS: dict[str, web.AppRunner] = {}


async def _serve_also_on(host: str, site: str) -> str:
    """Serve the same pages on another loopback address; returns its base URL."""
    server = web.TCPSite(_RUNNERS[site], host, 0)
    await server.start()
    return f"http://{host}:{server._server.sockets[0].getsockname()[1]}"


@pytest.fixture
async def site():
    """A tiny web server on 127.0.0.1 with the pages the tests need."""
    release = asyncio.Event()
    app = web.Application()
    page = _article_html()

    async def article(request: web.Request) -> web.Response:
        return web.Response(text=page, content_type="text/html")

    async def pdf(request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.4 ...", content_type="application/pdf")

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        for _ in range(20):
            await response.write(b"<p>" + b"x" * 100_000 + b"</p>")
        return response

    async def hang(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(text="late")

    async def hop(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    app.router.add_get("/article", article)
    app.router.add_get("/paper.pdf", pdf)
    app.router.add_get("/huge", huge)
    app.router.add_get("/hang", hang)
    app.router.add_get("/hop", hop)
    runner = web.AppRunner(app)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = server._server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    _RUNNERS[base] = runner
    yield base
    release.set()
    del _RUNNERS[base]
    await runner.cleanup()


async def test_fetch_article_when_private_allowed(site: str) -> None:
    draft = await draft_from_url(f"{site}/article", Metadata(stance="mixed"), allow_private=True)
    assert draft.doc.title == "Cameras Still Matter"
    assert draft.doc.url == f"{site}/article"
    assert draft.passage_count >= 2


async def test_loopback_refused_by_default(site: str) -> None:
    with pytest.raises(FetchError, match="private network"):
        await draft_from_url(f"{site}/article", META)
    port = site.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="private network"):
        await draft_from_url(f"http://localhost:{port}/article", META)


@pytest.mark.parametrize(
    "host", ["127\uff0e0\uff0e0\uff0e1", "127\u30020\u30020\u30021", "\u2460\u2461\u2466.0.0.1"]
)
async def test_loopback_spelled_in_other_characters_is_refused(site: str, host: str) -> None:
    # yarl folds full-width dots, ideographic full stops and circled digits to 127.0.0.1
    # after any check of the string: only the address connected to can be trusted.
    port = site.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="private network"):
        await fetch(f"http://{host}:{port}/article")


async def test_every_redirect_hop_is_checked(site: str) -> None:
    # Here only 127.0.0.2 counts as public: the start is fetched, and hops to 127.0.0.1 are
    # refused, whether written as an address or as a name resolving to it (checked at connect).
    port = site.rsplit(":", 1)[1]
    start = await _serve_also_on("127.0.0.2", site)

    def blocked(address: str) -> bool:
        return address != "127.0.0.2"

    for target in (f"http://127.0.0.1:{port}/article", f"http://localhost:{port}/article"):
        with pytest.raises(FetchError, match="private network"):
            await fetch(f"{start}/hop?to={target}", blocked=blocked)
    fetched = await fetch(f"{start}/hop?to=/article", blocked=blocked)
    assert fetched.url == f"{start}/article"
    assert b"Cameras Still Matter" in fetched.data


async def test_non_html_refused(site: str) -> None:
    with pytest.raises(FetchError, match="application/pdf"):
        await draft_from_url(f"{site}/paper.pdf", META, allow_private=True)


async def test_oversized_page_refused(site: str) -> None:
    with pytest.raises(FetchError, match="limit"):
        await draft_from_url(f"{site}/huge", META, allow_private=True)


async def test_timeout(site: str) -> None:
    with pytest.raises(FetchError, match="did not answer"):
        await draft_from_url(f"{site}/hang", META, allow_private=True, time_limit=0.2)


async def test_redirects_are_followed_and_rechecked(site: str) -> None:
    draft = await draft_from_url(
        f"{site}/hop?to=/article", Metadata(stance="mixed"), allow_private=True
    )
    assert draft.doc.url == f"{site}/article"
    with pytest.raises(FetchError, match="http:// or https://"):
        await draft_from_url(f"{site}/hop?to=file:///etc/passwd", META, allow_private=True)


async def test_bad_scheme() -> None:
    with pytest.raises(FetchError, match="http:// or https://"):
        await draft_from_url("ftp://example.com/x", META)


def _article_html() -> str:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "A camera is a promise that someone stood somewhere and looked. Generative video "
            "breaks that promise quietly, and audiences will feel the difference.",
            "The cinematographer's craft is choosing light, lens and distance under pressure. "
            "Those choices carry meaning because they cost something to make.",
            "We should welcome tools that help, but we should not pretend a prompt is a shot. "
            "The difference matters to anyone who has waited for the sun on a set.",
        )
    )
    return (
        "<!doctype html><html><head><title>Cameras Still Matter | Film Notes</title>"
        '<meta property="og:title" content="Cameras Still Matter">'
        '<meta name="author" content="Rosa Lens">'
        '<meta property="article:published_time" content="2024-03-01">'
        "</head><body><nav><a>Home</a> <a>About</a></nav>"
        f"<article><h1>Cameras Still Matter</h1>{paragraphs}</article>"
        "<aside>Subscribe to our newsletter for more!</aside>"
        "<footer>© Film Notes</footer></body></html>"
    )


def test_pasted_page_is_cleaned_and_removals_reported() -> None:
    page = (
        "Why the Camera Still Matters\n\n"
        "Subscribe to our newsletter\n\n"
        "A camera is a promise that someone stood somewhere and looked. Generative video "
        "breaks that promise quietly.\n\n"
        "The cinematographer's craft is choosing light, lens and distance under pressure.\n\n"
        "Share this:\n3 comments\nBob: great post!\n"
    )
    draft = draft_from_file(page.encode(), "page.txt", Metadata(author="A", stance="mixed"))
    assert draft.doc.title == "Why the Camera Still Matters"
    assert "Subscribe to our newsletter" in draft.removed
    assert "Bob: great post!" in draft.removed
    assert [p.text[:20] for p in draft.doc.passages] == [
        "A camera is a promis",
        "The cinematographer'",
    ]


def _page_with(extra: str) -> str:
    return _article_html().replace("</article>", f"{extra}</article>")


def test_an_html_caption_is_dropped_and_listed_as_removed() -> None:
    caption = "A crane at dawn on the set of a student film, shot on a borrowed camera."
    html = _page_with(f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>')
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert all(caption not in p.text for p in draft.doc.passages)
    assert caption in draft.removed


_PROSE_CAPTION = "The booth on festival night. Yes, that is still a 35mm platter."


@pytest.mark.parametrize(
    "figure",
    [
        # Blogger: the image box, then a centred line (no class of its own).
        '<div class="separator"><a href="b.jpg"><img src="b.jpg"></a></div>'
        f'<div style="text-align: center;"><i>{_PROSE_CAPTION}</i></div>',
        # Hand-written HTML: the caption in the image's own paragraph.
        f'<p><img src="b.jpg" alt="the booth"><br><small>{_PROSE_CAPTION}</small></p>',
        # An image box, then an italic line.
        f'<div><img src="b.jpg"></div><p><em>{_PROSE_CAPTION}</em></p>',
    ],
    ids=["blogger centred line", "caption inside the image's block", "italic line under"],
)
def test_a_caption_written_as_prose_is_dropped(figure: str) -> None:
    html = _page_with(figure)
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert all("35mm platter" not in p.text for p in draft.doc.passages)
    assert _PROSE_CAPTION in draft.removed


@pytest.mark.parametrize(
    "paragraph",
    [
        # Prose after an image box, set in plain type: the author's words.
        '<div class="separator"><img src="b.jpg"></div><p>{}</p>',
        # An inline emoji image inside a plain paragraph.
        '<p><img src="smile.png" alt=":)"> {}</p>',
        # An italic sentence the author wrote, with no image near it.
        "<p><em>{}</em></p>",
    ],
    ids=["plain line under an image", "inline emoji", "italic prose"],
)
def test_prose_near_an_image_or_in_italics_is_kept(paragraph: str) -> None:
    line = "I still thread the old projector by hand before every festival screening."
    html = _page_with(paragraph.format(line))
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert any(line in p.text for p in draft.doc.passages)


@pytest.mark.parametrize(
    "aside",
    [
        '<div class="message-signature"><div>Resolve 19 | Flanders monitor | grade the story'
        "</div></div>",
        '<div class="paywall"><p>Subscribe to Film Notes to keep going with a free week of '
        "access to everything we have published.</p></div>",
        '<div class="reactionsBar"><a>Ines, Rafael and 14 others reacted to this post</a></div>',
        '<ul class="post-tags"><li><a>sora</a></li><li><a>editing</a></li></ul>',
    ],
    ids=["forum signature", "paywall", "reaction bar", "tag list"],
)
def test_an_element_whose_class_names_an_aside_is_never_the_essay(aside: str) -> None:
    html = _page_with(f"<p>The last paragraph is the author's, and it says so plainly.</p>{aside}")
    asides, _, _, _ = html_page._asides(html, text_words=200)
    inner = re.findall(r">([^<>]+)<", aside)
    assert {normalize(t) for t in inner} <= asides
    assert normalize("The last paragraph is the author's, and it says so plainly.") not in asides
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert all(normalize(t) not in asides for t in (p.text for p in draft.doc.passages))


@pytest.mark.parametrize("role", ["paywall", "share-target", "newsletter-body"])
def test_an_aside_class_on_every_paragraph_of_the_article_drops_nothing(role: str) -> None:
    # A magazine marks each paragraph its paywall would hide; the paragraphs are the essay.
    html = _article_html().replace("<p>", f'<p class="{role}">')
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert len(draft.doc.passages) == 3
    # A box named after the same role beside them (the paywall's prompt) is still an aside,
    # and so is the same class on one short box beside the essay.
    pitch = "Members read every essay in full, and the first month costs a single pound."
    prompt = f'<div class="{role}-prompt"><p>{pitch}</p></div>'
    box = f'<div class="{role}"><p>{pitch}</p></div>'
    for page in (html.replace("</article>", f"{prompt}</article>"), _page_with(box)):
        draft = draft_from_file(page.encode(), "page.html", Metadata(stance="mixed"))
        assert [p.text for p in draft.doc.passages if "Members" in p.text] == []
        assert len(draft.doc.passages) == 3


def test_an_aside_class_on_a_wrapper_around_the_article_drops_nothing() -> None:
    html = _article_html().replace("<article>", '<article class="social-share-enabled">')
    draft = draft_from_file(html.encode(), "page.html", Metadata(stance="mixed"))
    assert len(draft.doc.passages) == 3


# -- the draft book behind Publish ------------------------------------------------------


def test_a_draft_is_published_once() -> None:
    now = [0.0]
    book = DraftBook(ttl=900, clock=lambda: now[0])
    draft = draft_from_file(BODY.encode(), "essay.txt", META)
    token = book.add(Pending(draft, guild_id=1, user_id=7))
    with pytest.raises(DraftGone, match="Only the moderator"):
        book.claim(token, user_id=8)
    assert book.claim(token, user_id=7).draft == draft
    with pytest.raises(DraftGone, match="can't be published twice"):
        book.claim(token, user_id=7)
    book.finish(token, "Already published as essay #12.")
    with pytest.raises(DraftGone, match="Already published as essay #12"):
        book.claim(token, user_id=7)


def test_a_failed_publish_can_be_retried_and_drafts_expire() -> None:
    now = [0.0]
    book = DraftBook(ttl=900, clock=lambda: now[0])
    draft = draft_from_file(BODY.encode(), "essay.txt", META)
    token = book.add(Pending(draft, guild_id=1, user_id=7))
    pending = book.claim(token, user_id=7)
    book.release(token, pending)
    assert book.claim(token, user_id=7) is pending
    book.release(token, pending)
    now[0] = 901.0
    with pytest.raises(DraftGone, match="expired"):
        book.claim(token, user_id=7)
    with pytest.raises(DraftGone, match="expired"):
        book.claim("feedface", user_id=7)


def _page(title_tag: str, meta: str = "", body_extra: str = "") -> bytes:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "Film grain is the fingerprint of chemistry meeting light, and no model can fake the "
            "accident of a real emulsion catching a real sunset over the harbour.",
            "When studios promise a cheaper sunset, they are selling us the postcard and keeping "
            "the weather, which was always the part that mattered.",
        )
    )
    return (
        f"<!doctype html><html><head><title>{title_tag}</title>{meta}</head><body>"
        f"<article>{paragraphs}{body_extra}</article></body></html>"
    ).encode()


def test_the_title_element_names_the_site_and_fixes_a_site_name_given_as_title() -> None:
    blog = draft_from_file(
        _page("Grain and Glass &#8211; Harbour Notes", '<meta name="author" content="rosa_l">'),
        "p.html",
        Metadata(stance="mixed"),
    )
    assert (blog.doc.title, blog.doc.publication) == ("Grain and Glass", "Harbour Notes")
    forum = draft_from_file(
        _page(
            "Grain and Glass: a projectionist's take - Booth Talk",
            '<meta property="og:title" content="Booth Talk"><meta name="author" content="Rosa_L">',
            "<p>posted by rosa_l</p>",
        ),
        "p.html",
        Metadata(stance="mixed"),
    )
    assert forum.doc.title == "Grain and Glass: a projectionist's take"
    assert forum.doc.publication == "Booth Talk"
    assert forum.doc.author == "rosa_l"  # as the forum shows the user name


def test_an_emoji_title_survives_a_page_in_utf8() -> None:
    draft = draft_from_file(
        _page(
            "Made With Robots \U0001f3ac\U0001f916 | Junebug", '<meta name="author" content="J">'
        ),
        "p.html",
        Metadata(stance="mixed"),
    )
    assert draft.doc.title == "Made With Robots \U0001f3ac\U0001f916"


def test_the_draft_book_is_bounded_oldest_previews_forgotten_first() -> None:
    now = [0.0]
    book = DraftBook(ttl=900, clock=lambda: now[0], maxsize=3)
    draft = draft_from_file(BODY.encode(), "essay.txt", META)
    tokens = [book.add(Pending(draft, guild_id=1, user_id=7)) for _ in range(4)]
    with pytest.raises(DraftGone, match="expired"):
        book.claim(tokens[0], user_id=7)  # the fourth preview pushed out the first
    for token in tokens[1:]:
        book.claim(token, user_id=7)
        book.finish(token, "Cancelled.")
    # What happened to each preview is remembered for late clicks, for the last three only.
    late = book.add(Pending(draft, guild_id=1, user_id=7))
    book.claim(late, user_id=7)
    with pytest.raises(DraftGone, match="expired"):
        book.claim(tokens[1], user_id=7)
    with pytest.raises(DraftGone, match="Cancelled"):
        book.claim(tokens[3], user_id=7)
    with pytest.raises(DraftGone, match="can't be published twice"):
        book.claim(late, user_id=7)
