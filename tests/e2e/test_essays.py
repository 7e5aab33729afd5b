"""/essay, /suggest-essay and /config, end to end: moderators manage a server's own essays.

Pages are served in-process on 127.0.0.1 (the bot runs with ALLOW_PRIVATE_URLS on, unless a
test turns it off). "Nothing changed" is checked on the whole database, not on one count.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

import discord
import pytest
import simcord
from aiohttp import web

from bot import importer
from bot.config import Config

from .helpers import (
    Person,
    Reply,
    World,
    assert_buttons,
    assert_embed,
    assert_ephemeral,
    assert_public,
    assert_says,
    links_of,
    new_config,
    visible_text,
)

ESSAY_TXT = (
    "Why the Camera Still Matters\n\n"
    "Subscribe to our newsletter\n\n"
    "A camera is a promise that someone stood somewhere and looked at the world with care. "
    "Generative video breaks that promise quietly, and audiences will feel it.\n\n"
    "The cinematographer's craft is choosing light, lens and distance under pressure, and "
    "those choices mean something because they cost something.\n"
)
CAMERA_LINE = "a camera is a promise that someone stood"
PAGE = (
    "<!doctype html><html><head><title>Grain and Glass | Film Notes</title>"
    '<meta property="og:title" content="Grain and Glass">'
    '<meta name="author" content="Rosa Lens">'
    "</head><body><nav>Home About</nav><article><h1>Grain and Glass</h1>"
    "<p>Film grain is the fingerprint of chemistry meeting light, and no model can fake the "
    "accident of a real emulsion catching a real sunset over the harbour.</p>"
    "<p>When studios promise a cheaper sunset, they are selling us the postcard and keeping "
    "the weather, which was always the part that mattered.</p>"
    "</article><footer>Subscribe for more</footer></body></html>"
)
GRAIN_LINE = "the fingerprint of chemistry meeting light"
BUNDLED_LINE = "biggest sea change that we've ever seen"  # in bundled essay #2
NOTHING = "Nothing in the essays matches"
FRONT = "---\ntitle: T\nauthor: A\nstance: mixed\n{}\n---\n\nA paragraph of text.\n"
# Nine levels of nine aliases: a 500-byte file that froze the bot for 20 s when published.
ALIAS_BOMB = FRONT.format(
    "\n".join(
        ["a0: &a0 [lol]"]
        + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
        + ["b: *a8"]
    )
)
TABLES = ("essays", "passages", "hidden_essays", "suggestions", "audit_log", "guild_settings")


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path, allow_private_urls=True, cooldown_rate=1000)


class Site(str):
    """The base URL of the test site on 127.0.0.1; ``.other`` is the same site on 127.0.0.2."""

    other: str

    @property
    def port(self) -> str:
        return self.rsplit(":", 1)[1]


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    """A little web site on 127.0.0.1 (and 127.0.0.2, for the redirect test)."""
    app = web.Application()
    release = asyncio.Event()

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n", content_type="image/png")

    async def hang(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(text=PAGE, content_type="text/html")

    async def hop(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    app.router.add_get("/essay", page)
    app.router.add_get("/cover.png", image)
    app.router.add_get("/hang", hang)
    app.router.add_get("/hop", hop)
    runner = web.AppRunner(app)
    await runner.setup()
    urls = []
    for host in ("127.0.0.1", "127.0.0.2"):
        server = web.TCPSite(runner, host, 0)
        await server.start()
        urls.append("http://{}:{}".format(*server._server.sockets[0].getsockname()[:2]))
    url = Site(urls[0])
    url.other = urls[1]
    yield url
    release.set()
    await runner.cleanup()


def snapshot(world: World) -> dict[str, list[tuple]]:
    """Everything the bot keeps about essays and settings, to prove nothing changed."""
    con = sqlite3.connect(world.config.database_path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


def audit_actions(world: World) -> list[str]:
    con = sqlite3.connect(world.config.database_path)
    try:
        return [a for (a,) in con.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        con.close()


def last(reply: Reply):
    """What the user sees last: the followup after a defer, else the response."""
    return reply.followups[-1] if reply.followups else reply.message


def essay_id_of(published: Reply) -> int:
    match = re.search(r"Published as essay #(\d+)", published.content)
    assert match, published
    return int(match[1])


async def add_file(
    person: Person, body: str | bytes = ESSAY_TXT, name: str = "camera.txt", **options
) -> Reply:
    data = body.encode() if isinstance(body, str) else body
    options.setdefault("stance", "skeptical")
    options.setdefault("author", "Rosa Lens")
    return await person.slash("essay add", file=(name, data), **options)


async def publish(person: Person, reply: Reply) -> int:
    published = await person.click(last(reply), "Publish")
    assert_ephemeral(published, says="/quote finds it now")
    return essay_id_of(published)


async def add_and_publish(person: Person, **options) -> int:
    return await publish(person, await add_file(person, **options))


# -- adding -------------------------------------------------------------------------------


async def test_add_from_attachment_previews_then_publish_makes_it_quotable(world: World) -> None:
    before = snapshot(world)
    added = await add_file(world.moderator)

    preview = last(added)
    assert_ephemeral(preview, says="Only **Publish** stores it")
    assert_embed(
        preview,
        title="Why the Camera Still Matters",
        description_contains="Preview",
        fields={
            "Author": "Rosa Lens",
            "Stance": "skeptical",
            "Passages": "2",
            "Removed by the cleaner (1)": "Subscribe to our newsletter",
        },
    )
    assert_buttons(preview, "Publish", "Cancel", "Add details")
    assert snapshot(world) == before, "a preview must not store anything"

    essay_id = await publish(world.moderator, added)
    found = await world.member.slash("quote", text=CAMERA_LINE)
    assert_public(found)
    assert_embed(found, title="Why the Camera Still Matters", description_contains="Rosa Lens")
    assert audit_actions(world)[-1] == "essay.add"
    shown = await world.moderator.slash("essay show", essay=essay_id)
    assert_embed(shown, fields={"Scope": "this server"}, footer_contains=f"Essay #{essay_id}")


async def test_add_from_a_url_on_loopback_when_allowed(world: World, site: Site) -> None:
    added = await world.moderator.slash("essay add", stance="mixed", url=f"{site}/essay")

    preview = last(added)
    assert_embed(preview, title="Grain and Glass", fields={"Author": "Rosa Lens"})
    await publish(world.moderator, added)
    found = await world.member.slash("quote", text=GRAIN_LINE)
    assert_embed(found, title="Grain and Glass")


async def test_paste_in_a_modal(world: World) -> None:
    shown = await world.moderator.slash("essay add", stance="optimistic")
    assert shown.modal is not None
    pasted = await world.moderator.submit_modal(
        shown,
        title="Small Crews, Big Pictures",
        author="Dee Grip",
        text="Cheap tools let a crew of three shoot what once needed thirty.\n\n"
        "That is not the end of craft; it is craft reaching more hands.",
    )
    assert_embed(last(pasted), title="Small Crews, Big Pictures", fields={"Passages": "2"})
    await publish(world.moderator, pasted)
    found = await world.member.slash("quote", text="a crew of three shoot what once needed")
    assert_embed(found, title="Small Crews, Big Pictures")


async def test_cancel_stores_nothing(world: World) -> None:
    before = snapshot(world)
    added = await add_file(world.moderator)

    cancelled = await world.moderator.click(last(added), "Cancel")

    assert_says(cancelled, "nothing was stored")
    assert cancelled.buttons == []
    assert snapshot(world) == before


async def test_a_second_publish_is_impossible(world: World) -> None:
    added = await add_file(world.moderator)
    await publish(world.moderator, added)
    after_first = snapshot(world)
    # The edit removes the buttons, as on Discord, so a second click can only be a race between
    # two clicks in flight; SimCord serialises clicks, so DraftBook's unit test covers the race.
    with pytest.raises(simcord.SetupError, match="No matching component"):
        await world.moderator.click(last(added), "Publish")
    assert snapshot(world) == after_first


async def test_a_near_duplicate_is_flagged_in_the_preview(world: World) -> None:
    essay_id = await add_and_publish(world.moderator)
    again = await add_file(world.moderator, name="camera-again.txt")
    assert_embed(last(again), fields={"\u26a0\ufe0f Possible duplicate": f"essay #{essay_id}"})


# -- bad input: a clear private message, and the database unchanged ------------------------


async def refused(world: World, person: Person, command: str, says: str, **options) -> Reply:
    before = snapshot(world)
    reply = await person.slash(command, **options)
    assert_ephemeral(last(reply), says=says)
    assert snapshot(world) == before
    return reply


@pytest.mark.parametrize(
    ("name", "data", "extra", "says"),
    [
        ("empty.txt", b"", {}, "empty.txt is empty."),
        ("blank.txt", b"  \n\t \n", {}, "blank.txt is empty."),
        ("big.txt", b"a" * 1_000_001, {}, "the limit is 1 MB"),
        ("cover.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", {}, "binary file"),
        ("a.txt", "caf\u00e9 ".encode("latin-1") + b"\x81\x8d", {}, "can't tell its encoding"),
        ("photo.png", b"\x89PNG\r\n", {}, "I can import .md, .txt and .html"),
        ("a.txt", b"Some text.", {"title": "T" * 257}, "Discord shows at most 256"),
        ("a.txt", b"Some text.", {"author": "A" * 300}, "Discord shows at most 256"),
        ("bomb.md", ALIAS_BOMB.encode(), {}, "aliases (*name) are not allowed"),
        ("month.md", FRONT.format("published: 2024-13-01").encode(), {}, "value is invalid"),
        ("int.md", FRONT.format("n: !!int 'abc'").encode(), {}, "value is invalid"),
        ("url.md", FRONT.format(f"url: https://e.com/{'a' * 1500}").encode(), {}, "at most 512"),
        ("bio.md", FRONT.format(f"author_bio: {'b' * 1500}").encode(), {}, "at most 1024"),
        ("zw.txt", "\u200b\u2060\ufeff\n\n\u200b\u202e\u200b".encode(), {}, "zw.txt is empty"),
        (
            "open.md",
            (FRONT + "<!-- stance: skeptical\n\nMore.\n").format("").encode(),
            {},
            "never closed",
        ),
        (
            "moji.txt",
            b"A plain essay about cinema and film. " * 3 + b"\xff\xfe\xfd\xc3",
            {},
            "can't tell its encoding",
        ),
        ("utf8ish.txt", "Caf\u00e9 cinema, ".encode() * 5 + b"\xff\xfe", {}, "invalid bytes"),
    ],
    ids=[
        "empty",
        "whitespace",
        "over-size",
        "binary",
        "not-utf8",
        "suffix",
        "title",
        "author",
        "alias-bomb",
        "month-13",
        "int-abc",
        "url-1500",
        "bio-1500",
        "zero-width-only",
        "unclosed-comment",
        "mojibake",
        "damaged-utf8",
    ],
)
async def test_bad_files_are_refused(
    world: World, name: str, data: bytes, extra: dict, says: str
) -> None:
    options = {"stance": "mixed", "title": "T", "author": "A", **extra}
    await refused(world, world.moderator, "essay add", says, file=(name, data), **options)


async def test_whitespace_pasted_in_the_modal_is_refused(world: World) -> None:
    before = snapshot(world)
    shown = await world.moderator.slash("essay add", stance="mixed")
    pasted = await world.moderator.submit_modal(shown, title="T", author="A", text="   \n  ")
    assert_ephemeral(last(pasted), says="pasted text is empty")
    assert snapshot(world) == before


async def test_bad_urls_are_refused(world: World, site: Site) -> None:
    mod = world.moderator
    await refused(world, mod, "essay add", "image/png, not a web page", stance="mixed",
                  url=f"{site}/cover.png")  # fmt: skip
    await refused(world, mod, "essay add", "http:// or https://", stance="mixed",
                  url="ftp://example.com/essay")  # fmt: skip
    await refused(world, mod, "essay add", "a file or a URL, not both", stance="mixed",
                  url=f"{site}/essay", file=("a.txt", b"Text"))  # fmt: skip


async def test_a_url_that_times_out(
    world: World, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SimCord only lets the bot wait on the outside world where it is declared; declare the
    # fetch (test-only), so its timeout runs on the virtual clock and no test waits 15 s.
    real_fetch = importer.fetch

    async def declared_fetch(*args, **kwargs):
        return await world.env.external_wait(real_fetch(*args, **kwargs), reason="test site")

    monkeypatch.setattr(importer, "fetch", declared_fetch)
    before = snapshot(world)
    asked = await world.moderator.slash("essay add", stance="mixed", url=f"{site}/hang")
    # The bot deferred and waits for the site; its fetch timeout runs on the virtual clock.
    assert asked.deferred
    await world.advance(importer.FETCH_TIMEOUT + 1)
    assert_ephemeral(last(asked), says="did not answer within 15 seconds")
    assert snapshot(world) == before


@pytest.mark.parametrize(
    "where",
    [
        "http://127.0.0.1:{port}/essay",  # loopback, as an address
        "http://localhost:{port}/essay",  # loopback, by name (checked when connecting)
        "http://[::1]:{port}/essay",
        "http://169.254.169.254/latest/meta-data/",  # link-local: cloud metadata
        "http://10.0.0.7/essay",  # private
        "http://192.168.1.1/essay",
        "http://127\uff0e0\uff0e0\uff0e1:{port}/essay",  # full-width dots, folded by yarl
        "http://127\u30020\u30020\u30021:{port}/essay",  # ideographic full stops
        "http://\u2460\u2461\u2466.0.0.1:{port}/essay",  # circled digits
        "http://[2002:7f00:1::]:{port}/essay",  # 6to4 carrying 127.0.0.1
        "http://[64:ff9b::7f00:1]:{port}/essay",  # NAT64 carrying 127.0.0.1
    ],
)
async def test_private_addresses_are_refused_by_default(
    world: World, site: Site, where: str
) -> None:
    await world.restart(dataclasses.replace(world.config, allow_private_urls=False))
    url = where.format(port=site.port)
    await refused(world, world.moderator, "essay add", "private network", stance="mixed", url=url)


async def test_a_redirect_into_a_private_address_is_refused(
    world: World, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    await world.restart(dataclasses.replace(world.config, allow_private_urls=False))
    # Here only 127.0.0.2 counts as public, so the first hop is fetched; where it redirects to
    # is checked again, whether an address or a name resolving to one.
    public = site.other
    monkeypatch.setattr(
        importer, "fetch", functools.partial(importer.fetch, blocked=lambda a: a != "127.0.0.2")
    )
    port = site.port
    for target in (
        f"http://127.0.0.1:{port}/essay",
        f"http://localhost:{port}/essay",
        "http://169.254.169.254/latest/meta-data/",
    ):
        await refused(world, world.moderator, "essay add", "private network", stance="mixed",
                      url=f"{public}/hop?to={target}")  # fmt: skip
    # The same redirect to a public address goes through.
    ok = await world.moderator.slash("essay add", stance="mixed", url=f"{public}/hop?to=/essay")
    assert_embed(last(ok), title="Grain and Glass")


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("essay show", {}),
        ("essay export", {}),
        ("essay remove", {}),
        ("essay hide", {}),
        ("essay unhide", {}),
        ("essay edit", {"title": "New"}),
    ],
)
async def test_unknown_essay_id(world: World, command: str, options: dict) -> None:
    await refused(world, world.moderator, command, "There is no essay #999 here.",
                  essay=999, **options)  # fmt: skip


async def test_members_cannot_manage_essays(world: World) -> None:
    member = world.member
    # Discord hides the group (default_member_permissions = Manage Server) ...
    assert "essay add" not in member.available_commands()
    assert "essay add" in world.moderator.available_commands()
    assert "config moderator-role" not in member.available_commands()
    # ... and when an admin lets them see it anyway, the bot still refuses at run time.
    await world.allow("essay", member)
    assert "essay add" in member.available_commands()
    for command, options in (
        ("essay add", {"stance": "mixed", "file": ("a.txt", b"Text."), "title": "T",
                       "author": "A"}),
        ("essay list", {}),
        ("essay hide", {"essay": 2}),
        ("essay queue", {}),
    ):  # fmt: skip
        await refused(world, member, command, "Only members with Manage Server", **options)


# -- one server's essays are walled off from the others ------------------------------------


async def test_another_server_cannot_see_find_change_or_remove_it(world: World) -> None:
    essay_id = await add_and_publish(world.moderator)
    other = world.server("Other Club")

    nothing = await other.member.slash("quote", text=CAMERA_LINE)
    assert_ephemeral(nothing, says=NOTHING)
    listed = await other.moderator.slash("essay list")
    assert "Camera" not in listed.text
    choices = await other.moderator.autocomplete("essay show", "essay", "camera")
    assert choices == []
    for command, options in (
        ("essay show", {}),
        ("essay export", {}),
        ("essay remove", {}),
        ("essay hide", {}),
        ("essay edit", {"title": "Ours now"}),
        ("essay edit", {"passage": 1, "passage_stance": "optimistic"}),
    ):
        await refused(world, other.moderator, command, f"There is no essay #{essay_id} here.",
                      essay=essay_id, **options)  # fmt: skip
    # Still there, unchanged, at home.
    home = await world.member.slash("quote", text=CAMERA_LINE)
    assert_embed(home, title="Why the Camera Still Matters")
    mine = await world.moderator.autocomplete("essay show", "essay", "camera")
    assert mine.values == [essay_id]


# -- managing: list, show, export, edit, remove, hide ---------------------------------------


async def test_list_pages_with_buttons(world: World) -> None:
    for n in range(8):  # 5 bundled + 8 = 13: two pages of 10
        body = f"Essay number {n} says film is light and time, over and over, reel {n}."
        await add_and_publish(
            world.moderator, body=body, name=f"e{n}.txt", title=f"Essay {n}", author="Pat Page"
        )
    first = await world.moderator.slash("essay list")
    assert_ephemeral(first)
    assert_embed(first, title="Essays in this server (13)", footer_contains="Page 1 of 2")
    assert_buttons(first, "\u25c0 Previous", "Next \u25b6")

    second = await world.moderator.click(first, "Next \u25b6")
    assert_embed(second, footer_contains="Page 2 of 2", description_contains="Essay 7")
    back = await world.moderator.click(second, "\u25c0 Previous")
    assert_embed(back, footer_contains="Page 1 of 2")
    direct = await world.moderator.slash("essay list", page=9)  # past the end: the last page
    assert_embed(direct, footer_contains="Page 2 of 2")


async def test_edit_metadata_and_a_passage_stance_reach_quote_at_once(world: World) -> None:
    essay_id = await add_and_publish(world.moderator, stance="skeptical")
    before = await world.member.slash("quote", text=CAMERA_LINE)
    assert_embed(before, footer_contains="skeptical")

    # A moderator overrides what the reader made of the passage.
    edited = await world.moderator.slash(
        "essay edit", essay=essay_id, title="The Camera", author="R. Lens", passage=1,
        passage_stance="neutral",
    )  # fmt: skip
    assert_ephemeral(edited, says="Updated essay")
    assert_embed(edited, title="The Camera", description_contains="[neutral*]")

    after = await world.member.slash("quote", text=CAMERA_LINE)
    assert_embed(after, title="The Camera", description_contains="R. Lens",
                 footer_contains="neutral")  # fmt: skip
    assert audit_actions(world)[-2:] == ["essay.edit", "passage.stance"]
    await refused(world, world.moderator, "essay edit", "no passage 9", essay=essay_id,
                  passage=9, passage_stance="neutral")  # fmt: skip
    await refused(world, world.moderator, "essay edit", "Give both passage and passage_stance",
                  essay=essay_id, passage=1)  # fmt: skip
    await refused(world, world.moderator, "essay edit", "at most 256", essay=essay_id,
                  title="T" * 300)  # fmt: skip


async def test_export_is_a_reimportable_markdown_file(world: World) -> None:
    essay_id = await add_and_publish(world.moderator)
    await world.moderator.slash("essay edit", essay=essay_id, passage=2, passage_stance="neutral")

    exported = await world.moderator.slash("essay export", essay=essay_id)
    assert_ephemeral(exported)
    (attachment,) = exported.message.attachments
    assert attachment.filename.endswith(".md")
    text = (await attachment.read()).decode()
    assert text.startswith("---\n")
    assert "title: Why the Camera Still Matters" in text
    assert "set-by: moderator" in text

    other = world.server("Other Club")
    again = await other.moderator.slash("essay add", stance="skeptical",
                                        file=(attachment.filename, text.encode()))  # fmt: skip
    assert_embed(last(again), title="Why the Camera Still Matters", fields={"Passages": "2"})
    copy = await publish(other.moderator, again)
    reexported = await other.moderator.slash("essay export", essay=copy)
    assert (await reexported.message.attachments[0].read()).decode() == text


async def test_remove_asks_first_and_frees_no_id(world: World) -> None:
    essay_id = await add_and_publish(world.moderator)
    confirm = await world.moderator.slash("essay remove", essay=essay_id)
    assert_ephemeral(confirm, says="can't be undone")

    kept = await world.moderator.click(confirm, "Keep it")
    assert_says(kept, f"Kept essay #{essay_id}")
    assert_embed(await world.member.slash("quote", text=CAMERA_LINE), title="Why the Camera "
                 "Still Matters")  # fmt: skip

    confirm = await world.moderator.slash("essay remove", essay=essay_id)
    removed = await world.moderator.click(confirm, "Remove it")
    assert_says(removed, f"Removed essay #{essay_id}")
    assert_ephemeral(await world.member.slash("quote", text=CAMERA_LINE), says=NOTHING)
    assert audit_actions(world)[-1] == "essay.remove"
    assert await add_and_publish(world.moderator) == essay_id + 1
    # Bundled essays are hidden, not removed.
    await refused(world, world.moderator, "essay remove", "bundled", essay=2)


async def test_hide_and_unhide_a_bundled_essay_here_only(world: World) -> None:
    other = world.server("Other Club")
    assert_embed(await world.member.slash("quote", text=BUNDLED_LINE))

    hidden = await world.moderator.slash("essay hide", essay=2)
    assert_ephemeral(hidden, says="is now hidden in this server")
    assert_ephemeral(await world.member.slash("quote", text=BUNDLED_LINE), says=NOTHING)
    assert_embed(await other.member.slash("quote", text=BUNDLED_LINE))  # elsewhere: still there
    listed = await world.moderator.slash("essay list")
    assert_says(listed, "bundled, hidden here")
    again = await world.moderator.slash("essay hide", essay=2)
    assert_says(again, "was already hidden here")

    shown = await world.moderator.slash("essay unhide", essay=2)
    assert_says(shown, "is visible again")
    assert_embed(await world.member.slash("quote", text=BUNDLED_LINE))
    assert audit_actions(world)[-2:] == ["essay.hide", "essay.unhide"]
    own = await add_and_publish(world.moderator)
    await refused(world, world.moderator, "essay hide", "remove it instead", essay=own)


# -- suggestions ------------------------------------------------------------------------------


async def test_suggest_then_approve_or_reject_and_the_member_is_told(
    world: World, site: Site
) -> None:
    member, mod = world.member, world.moderator
    thanks = await member.slash("suggest-essay", url=f"{site}/essay")
    assert_ephemeral(thanks, says="Suggestion #1 is waiting")
    await member.slash("suggest-essay", file=("camera.txt", ESSAY_TXT.encode()))

    queue = await mod.slash("essay queue")
    assert_ephemeral(queue)
    assert_embed(queue, title="Suggestion #1", footer_contains="2 waiting")
    assert_buttons(queue, "Approve: optimistic", "Approve: skeptical", "Approve: mixed", "Reject")
    approved = await mod.click(queue, "Approve: mixed")
    assert_embed(last(approved), title="Grain and Glass", fields={"Stance": "mixed"})
    essay_id = await publish(mod, approved)
    assert any("was approved" in dm and f"#{essay_id}" in dm for dm in member.direct_messages()), (
        member.direct_messages()
    )
    assert_embed(await member.slash("quote", text=GRAIN_LINE), title="Grain and Glass")

    queue = await mod.slash("essay queue")
    assert_embed(queue, title="Suggestion #2", description_contains="camera.txt")
    rejected = await mod.click(queue, "Reject")
    assert_says(rejected, "No suggestions waiting.")
    assert any("was not added" in dm for dm in member.direct_messages())
    assert_ephemeral(await member.slash("quote", text=CAMERA_LINE), says=NOTHING)
    assert "suggestion.approved" in audit_actions(world)
    assert audit_actions(world)[-1] == "suggestion.rejected"


async def test_the_decision_dm_names_the_server(world: World) -> None:
    # A DM from the bot reaches a member of many servers: it says which one decided.
    other = world.server("Cinephiles")
    for server in (world, other):
        await server.member.slash("suggest-essay", url="https://example.com/essay")
        queue = await server.moderator.slash("essay queue")
        await server.moderator.click(queue, "Reject")
    for server in (world, other):
        [dm] = server.member.direct_messages()
        assert server.guild.name in dm, dm


async def test_suggestions_are_rate_limited_and_checked(world: World) -> None:
    member = world.member
    for n in range(3):
        await member.slash("suggest-essay", url=f"https://example.com/{n}")
    await refused(world, member, "suggest-essay", "3 essays an hour", url="https://e.com/4")
    other = world.person("newcomer")
    await refused(world, other, "suggest-essay", "either a URL or a file")
    await refused(world, other, "suggest-essay", "http:// or https://", url="ftp://x/y")
    await refused(world, other, "suggest-essay", "is empty", file=("a.txt", b"   "))
    await refused(world, other, "suggest-essay", "binary", file=("a.txt", b"\x00\x01\x02"))


@pytest.mark.parametrize(
    "url", ["http://[", "https://", "http://example.com:99999/", "https://exa mple.com/e"]
)
async def test_a_malformed_web_address_is_refused_everywhere_it_is_typed(
    world: World, url: str
) -> None:
    # An unclosed bracket or a bad port once raised out of the URL parser ("Something went
    # wrong"); an address with no host or a space was stored as the essay's Source link.
    essay_id = await add_and_publish(world.moderator)
    says = "http:// or https://"
    await refused(world, world.moderator, "essay add", says, stance="mixed", url=url)
    await refused(world, world.moderator, "essay edit", says, essay=essay_id, url=url)
    await refused(world, world.member, "suggest-essay", says, url=url)


def rendered(markdown: str) -> tuple[str, list[tuple[int, str]]]:
    """What Discord shows for ``markdown`` (``\\x`` is a literal x), and where each bold or
    italic mark falls in that text."""
    shown, marks, i = "", [], 0
    while i < len(markdown):
        if markdown[i] == "\\" and i + 1 < len(markdown):
            shown, i = shown + markdown[i + 1], i + 2
        elif markdown[i] in "*_":
            run = re.match(r"\*+|_+", markdown[i:])[0]
            marks.append((len(shown), run))
            i += len(run)
        else:
            shown, i = shown + markdown[i], i + 1
    return shown, marks


async def test_a_title_or_author_with_markdown_characters_is_cited_as_typed(
    world: World,
) -> None:
    # A film title set in asterisks, a handle with underscores: the citation line shows them
    # as typed, with only the author in bold and the title in italics.
    title, author = "Why *Air Head* is not cinema", "_film_crit_"
    essay_id = await add_and_publish(world.moderator, title=title, author=author)
    quoted = await world.member.slash("quote", text=CAMERA_LINE)

    line = quoted.embed.description.rsplit("\n\u2014 ", 1)[1]
    shown, marks = rendered(line)
    assert shown == f"{author}, {title}"
    assert marks == [(0, "**"), (len(author), "**"), (len(author) + 2, "*"), (len(shown), "*")]
    # The removal question names the essay as typed too.
    confirm = await world.moderator.slash("essay remove", essay=essay_id)
    shown, marks = rendered(confirm.content)
    assert f"\u201c{title}\u201d by {author}?" in shown
    assert marks == []


# -- /config moderator-role -------------------------------------------------------------------


async def test_a_moderator_role_lets_its_members_manage_essays(world: World) -> None:
    helpers = world.guild.create_role("Essay helpers")
    helper = world.person("helper", roles=[helpers])
    await world.allow("essay", helpers)  # Integrations: the role may see /essay
    await refused(world, helper, "essay list", "Only members with Manage Server")

    done = await world.moderator.slash("config moderator-role", role=helpers)
    assert_ephemeral(done, says="can now manage essays")
    essay_id = await add_and_publish(helper)
    confirm = await helper.slash("essay remove", essay=essay_id)
    assert_says(await helper.click(confirm, "Remove it"), f"Removed essay #{essay_id}")
    assert "config.update" in audit_actions(world)

    # The role can't appoint moderators itself, even if allowed to see /config.
    await world.allow("config", helpers)
    await refused(world, helper, "config moderator-role",
                  "Only members with Manage Server can set the moderator role")  # fmt: skip
    cleared = await world.moderator.slash("config moderator-role")
    assert_says(cleared, "Cleared")
    await refused(world, helper, "essay list", "Only members with Manage Server")


# -- after a restart --------------------------------------------------------------------------


async def test_buttons_after_a_restart(world: World, site: Site) -> None:
    mod = world.moderator
    for n in range(6):  # two pages
        await add_and_publish(mod, body=f"Reel {n} of light and time.", name=f"r{n}.txt",
                              title=f"Reel {n}")  # fmt: skip
    listing = await mod.slash("essay list")
    essay_id = await add_and_publish(mod)
    confirm = await mod.slash("essay remove", essay=essay_id)
    await world.member.slash("suggest-essay", url=f"{site}/essay")
    queue = await mod.slash("essay queue")
    preview = await add_file(mod, name="again.txt")

    await world.restart()

    # A preview lives in memory: it says so, and nothing is stored.
    before = snapshot(world)
    expired = await mod.click(last(preview), "Publish")
    assert_ephemeral(expired, says="This preview has expired")
    assert snapshot(world) == before
    # State-in-custom-id buttons keep working.
    assert_embed(await mod.click(listing, "Next \u25b6"), footer_contains="Page 2 of 2")
    assert_says(await mod.click(confirm, "Remove it"), f"Removed essay #{essay_id}")
    approved = await mod.click(queue, "Approve: skeptical")
    assert_embed(last(approved), title="Grain and Glass")
    await publish(mod, approved)
    assert any("was approved" in dm for dm in world.member.direct_messages())


# -- the essay picker (autocomplete) and Cancel after a restart -------------------------------

ESSAY_COMMANDS = ("essay show", "essay edit", "essay export", "essay hide", "essay unhide",
                  "essay remove")  # fmt: skip


async def test_every_essay_option_offers_the_essays_that_command_acts_on(world: World) -> None:
    mod = world.moderator
    essay_id = await add_and_publish(mod)
    other = world.server("Other Club")
    await mod.slash("essay hide", essay=2)

    for command in ESSAY_COMMANDS:
        if command in ("essay hide", "essay unhide"):  # bundled essays only
            assert await mod.autocomplete(command, "essay", "camera") == [], command
            continue
        by_title = await mod.autocomplete(command, "essay", "camera")
        assert by_title.values == [essay_id], command
        assert by_title.names == [f"#{essay_id} Why the Camera Still Matters \u2014 Rosa Lens"]
        assert (await mod.autocomplete(command, "essay", "rosa lens")).values == [essay_id]
        assert await other.moderator.autocomplete(command, "essay", "camera") == []
    # Show and export: everything in scope; edit and remove: this server's own; hide: bundled
    # ones still shown here; unhide: the hidden ones.
    for command in ("essay show", "essay export"):
        assert {essay_id, 2} <= set((await mod.autocomplete(command, "essay", "")).values)
    for command in ("essay edit", "essay remove"):
        assert (await mod.autocomplete(command, "essay", "")).values == [essay_id]
    hide = (await mod.autocomplete("essay hide", "essay", "")).values
    assert 2 not in hide
    assert essay_id not in hide
    assert hide
    assert (await mod.autocomplete("essay unhide", "essay", "")).values == [2]
    assert (await other.moderator.autocomplete("essay unhide", "essay", "")).values == []

    # The value a choice carries is what the command takes.
    [picked] = (await mod.autocomplete("essay show", "essay", "camera")).values
    assert_embed(await mod.slash("essay show", essay=picked), title="Why the Camera Still Matters")


async def test_cancel_on_a_preview_from_before_a_restart_says_it_expired(world: World) -> None:
    mod = world.moderator
    preview = await add_file(mod)
    before = snapshot(world)

    await world.restart()

    expired = await mod.click(last(preview), "Cancel")
    assert_ephemeral(expired, says="This preview has expired")
    assert snapshot(world) == before
    # Nothing half-done either: the same file can be added and published afresh.
    assert await add_and_publish(mod) > 0


async def test_publication_details_on_add_and_every_edit_option(world: World) -> None:
    mod = world.moderator
    added = await add_file(mod, publication="Film Notes", published="2024-02-21")
    assert_embed(last(added), fields={"Published": "Film Notes, 2024-02-21"})
    essay_id = await publish(mod, added)
    shown = await mod.slash("essay show", essay=essay_id)
    assert_embed(shown, fields={"Published": "Film Notes, 2024-02-21", "Stance": "skeptical"})
    # The stance label /quote shows, as read from the passage's own words.
    before = await world.member.slash("quote", text=CAMERA_LINE)
    read_stance = before.embed.footer.text.split(" \u00b7 ")[0]

    edited = await mod.slash(
        "essay edit", essay=essay_id, publication="Grain Quarterly", published="2025-01-02",
        url="https://example.org/camera", stance="optimistic",
    )  # fmt: skip
    assert_ephemeral(edited, says="Updated essay")
    embed = assert_embed(edited, fields={"Published": "Grain Quarterly, 2025-01-02"})
    assert embed.url == "https://example.org/camera"
    # A passage keeps the stance read from its own words when the essay's changes (a pro-tools
    # paragraph in a skeptical essay stays optimistic); /quote shows the change at once.
    quoted = await world.member.slash("quote", text=CAMERA_LINE)
    assert quoted.embed.footer.text.split(" \u00b7 ")[0] == read_stance
    assert_embed(quoted, description_contains="Grain Quarterly")
    assert "Source" in quoted.buttons

    await refused(world, mod, "essay edit", "http:// or https://", essay=essay_id,
                  url="ftp://example.org/camera")  # fmt: skip
    await refused(world, mod, "essay edit", "Nothing to change", essay=essay_id)


async def test_an_approved_suggestion_cannot_fetch_a_private_address(
    world: World, site: Site
) -> None:
    await world.restart(dataclasses.replace(world.config, allow_private_urls=False))
    sneaky = f"http://127\uff0e0\uff0e0\uff0e1:{site.port}/essay"
    await world.member.slash("suggest-essay", url=sneaky)
    before = snapshot(world)
    approved = await world.moderator.click(
        await world.moderator.slash("essay queue"), "Approve: mixed"
    )
    assert_ephemeral(last(approved), says="private network")
    assert snapshot(world) == before


SECRET = "s3cretpass"


async def test_a_password_in_a_url_is_never_stored_or_shown(world: World, site: Site) -> None:
    def shows_no_secret(*messages) -> None:
        for message in messages:
            assert SECRET not in visible_text(message), message
            assert all(SECRET not in url for url in links_of(message).values()), message
            assert all(SECRET not in (embed.url or "") for embed in message.embeds), message

    def stored_no_secret() -> None:
        assert SECRET not in repr(snapshot(world))

    front = f"---\ntitle: Locked\nauthor: Rosa Lens\nstance: skeptical\nurl: https://editor:{SECRET}@example.com/locked\n---\n\n{ESSAY_TXT}"
    from_file = await add_file(world.moderator, front, name="locked.md")
    shows_no_secret(last(from_file))
    await publish(world.moderator, from_file)
    stored_no_secret()
    found = await world.member.slash("quote", text=CAMERA_LINE)
    assert links_of(found.message)["Source"] == "https://example.com/locked"
    shows_no_secret(found.message)

    host = site.removeprefix("http://")
    fetched = await world.moderator.slash(
        "essay add", stance="mixed", url=f"http://editor:{SECRET}@{host}/essay"
    )
    shows_no_secret(last(fetched))
    essay_id = await publish(world.moderator, fetched)
    edited = await world.moderator.slash(
        "essay edit", essay=essay_id, url=f"https://u:{SECRET}@example.org/x"
    )
    shows_no_secret(edited.message)
    await world.member.slash("suggest-essay", url=f"https://u:{SECRET}@example.net/essay")
    shows_no_secret((await world.moderator.slash("essay queue")).message)
    stored_no_secret()


async def test_an_export_is_named_by_a_safe_slug_not_by_the_upload(world: World) -> None:
    evil = FRONT.format("slug: ../../../home/bot/.ssh/authorized_keys")
    essay_id = await add_and_publish(world.moderator, body=evil, name="evil.md")
    exported = await world.moderator.slash("essay export", essay=essay_id)
    (attachment,) = exported.message.attachments
    assert attachment.filename == "home-bot-ssh-authorized-keys.md"


async def test_an_essay_stored_with_an_oversized_url_still_answers(world: World) -> None:
    # Stored before URLs were checked: a link button over 512 characters is refused by Discord,
    # so the Source button is left off and the quote is still shown.
    essay_id = await add_and_publish(world.moderator)
    con = sqlite3.connect(world.config.database_path)
    with con:
        con.execute(
            "UPDATE essays SET url = ? WHERE id = ?", ("https://e.com/" + "a" * 1500, essay_id)
        )
    con.close()
    await world.restart()
    found = await world.member.slash("quote", text=CAMERA_LINE)
    assert_embed(found, title="Why the Camera Still Matters")
    assert "Source" not in links_of(found.message)


HOSTILE = "\x1b[31mRed\x1b[0m alert\x07, \u202eright to left\u202c and zero\u200bwidth."
FILLER = (
    "Every festival programmer I know has watched a thousand short films this year, and the "
    "ones that stayed with them were never the most polished; they were the ones where a "
    "person had clearly fought for every frame, argued with a producer, lost the light and "
    "come back the next morning to try again, and the film remembered that fight."
)
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e]")


async def test_control_and_invisible_characters_are_never_stored(world: World, site: Site) -> None:
    mod = world.moderator
    await publish(
        mod, await add_file(mod, f"{HOSTILE}\n\n{ESSAY_TXT}\n\n{FILLER}", title=f"T{HOSTILE}")
    )
    shown = await mod.slash("essay add", stance="optimistic")
    pasted = await mod.submit_modal(
        shown, title="Pasted", author=f"A{HOSTILE}", text=f"{HOSTILE}\n\nA second paragraph."
    )
    await publish(mod, pasted)
    found = await world.member.slash("quote", text="red alert right to left and zero width")
    assert_says(found, "Red alert, right to left and zerowidth.")
    stored = [v for rows in snapshot(world).values() for row in rows for v in row]
    texts = [v for v in stored if isinstance(v, str)]
    assert any("Red alert" in text for text in texts)
    assert not [text for text in texts if CONTROLS.search(text)]


async def test_the_channel_fallback_pings_only_the_suggester(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = world.person("victim")
    closed = discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"), "DMs closed")

    async def dms_closed(self, *args, **kwargs):
        raise closed

    monkeypatch.setattr(discord.User, "send", dms_closed)
    monkeypatch.setattr(discord.Member, "send", dms_closed)
    await world.member.slash("suggest-essay", url=f"https://example.com/<@{victim.id}>/@everyone")
    await world.moderator.click(await world.moderator.slash("essay queue"), "Reject")

    (told,) = [m for m in world.messages() if "was not added" in m.content]
    assert [user.id for user in told.mentions] == [world.member.id]
    assert not told.mention_everyone


async def test_an_essay_of_too_many_passages_is_refused(world: World) -> None:
    # 100,000 one-word lines made 99,999 passages; storing them stalled every other query.
    lines = (FRONT.format("") + "Cut.\n\n" * 100_000).encode()
    await refused(world, world.moderator, "essay add", "more than 2,000 passages",
                  stance="mixed", title="T", author="A", file=("lines.md", lines))  # fmt: skip


async def test_publish_answers_discord_before_storing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = await add_file(world.moderator)
    store = world.bot.store
    slow_disk, real_create = asyncio.Event(), store.essays.create

    async def create_on_a_slow_disk(*args, **kwargs):
        await world.env.external_wait(slow_disk.wait(), reason="slow disk")
        return await real_create(*args, **kwargs)

    monkeypatch.setattr(store.essays, "create", create_on_a_slow_disk)
    clicked = await world.moderator.click(last(preview), "Publish")
    assert clicked.acknowledged  # Discord's 3 seconds are not spent on the database
    slow_disk.set()
    await world.advance(1)
    assert_says(clicked.message, "Published as essay #")
