"""End to end in SimCord: moderators add essays from files and URLs, safely, per server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import discord
import pytest
import simcord
from aiohttp import web
from discord import app_commands
from simcord import assert_error

from bot.client import create_bot
from bot.config import Config
from bot.errors import CrosscutError, NotFoundError, NothingFound

ESSAY_TXT = (
    "Why the Camera Still Matters\n\n"
    "Subscribe to our newsletter\n\n"
    "A camera is a promise that someone stood somewhere and looked at the world with care. "
    "Generative video breaks that promise quietly, and audiences will feel it.\n\n"
    "The cinematographer's craft is choosing light, lens and distance under pressure, and "
    "those choices mean something because they cost something.\n"
)
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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crosscut.db"


@pytest.fixture
def simcord_bot(db_path: Path):
    return create_bot(Config(database_path=db_path, allow_private_urls=True, cooldown_rate=100))


@pytest.fixture
async def site():
    app = web.Application()

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n", content_type="image/png")

    app.router.add_get("/essay", page)
    app.router.add_get("/cover.png", image)
    runner = web.AppRunner(app)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    yield f"http://127.0.0.1:{server._server.sockets[0].getsockname()[1]}"
    await runner.cleanup()


@pytest.fixture
def world(simcord_env):
    env = simcord_env
    guild = env.create_guild(name="Film Club")
    channel = guild.create_text_channel("general")
    mod_role = guild.create_role("Mods", permissions=discord.Permissions(manage_guild=True))
    mod = guild.add_member(env.create_user("mod"), roles=[mod_role])
    member = guild.add_member(env.create_user("member"))
    other = env.create_guild(name="Other Club")
    other_channel = other.create_text_channel("general")
    other_role = other.create_role("Mods", permissions=discord.Permissions(manage_guild=True))
    other_mod = other.add_member(env.create_user("othermod"), roles=[other_role])
    return {
        "env": env,
        "guild": guild,
        "channel": channel,
        "mod": mod,
        "member": member,
        "other": other,
        "other_channel": other_channel,
        "other_mod": other_mod,
    }


def _counts(db_path: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db_path)
    try:
        return tuple(
            con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("essays", "passages", "suggestions")
        )
    finally:
        con.close()


def _preview(result):
    """The preview message: the deferred reply's followup, or the reply itself."""
    messages = [result.response, *result.followups]
    for message in messages:
        if message is not None and message.embeds:
            return message
    raise AssertionError(f"no preview in {messages}")


async def test_add_from_attachment_preview_publish_and_quote(world, db_path: Path) -> None:
    mod, channel = world["mod"], world["channel"]
    result = await mod.slash(
        channel,
        "essay add",
        stance="skeptical",
        file=("camera.txt", ESSAY_TXT.encode()),
        author="Rosa Lens",
    )
    preview = _preview(result)
    assert preview.ephemeral
    embed = preview.embeds[0]
    assert embed.title == "Why the Camera Still Matters"
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Author"] == "Rosa Lens"
    assert "skeptical" in fields["Stance"]
    assert fields["Passages"] == "2"
    assert "Subscribe to our newsletter" in fields["Removed by the cleaner (1)"]
    before = _counts(db_path)
    published = await mod.click(preview, label="Publish")
    assert "Published as essay #" in published.response.content
    assert _counts(db_path)[0] == before[0] + 1
    found = await mod.slash(channel, "quote", text="a camera is a promise that someone stood")
    assert found.response.embeds[0].title == "Why the Camera Still Matters"
    # Another server can neither find nor touch it.
    essay_id = int(published.response.content.split("#")[1].split(".")[0])
    other_mod, other_channel = world["other_mod"], world["other_channel"]
    elsewhere = await other_mod.slash(other_channel, "quote", text="a camera is a promise")
    assert "Nothing in the essays matches" in elsewhere.response.content
    assert_error(world["env"], NothingFound)
    for command in ("essay show", "essay remove", "essay export"):
        refused = await other_mod.slash(other_channel, command, essay=essay_id)
        assert refused.response.content == f"There is no essay #{essay_id} here."
        assert_error(world["env"], NotFoundError)
    refused = await other_mod.slash(other_channel, "essay edit", essay=essay_id, title="Mine")
    assert refused.response.content == f"There is no essay #{essay_id} here."
    assert_error(world["env"], NotFoundError)
    listed = await other_mod.slash(other_channel, "essay list")
    assert "Camera" not in listed.response.embeds[0].description


async def test_add_from_url_on_loopback(world, site: str) -> None:
    mod, channel = world["mod"], world["channel"]
    result = await mod.slash(channel, "essay add", stance="mixed", url=f"{site}/essay")
    preview = _preview(result)
    embed = preview.embeds[0]
    assert embed.title == "Grain and Glass"
    assert {f.name: f.value for f in embed.fields}["Author"] == "Rosa Lens"
    await mod.click(preview, label="Publish")
    found = await mod.slash(channel, "quote", text="the fingerprint of chemistry meeting light")
    assert found.response.embeds[0].title == "Grain and Glass"


async def test_cancel_stores_nothing(world, db_path: Path) -> None:
    mod, channel = world["mod"], world["channel"]
    before = _counts(db_path)
    result = await mod.slash(
        channel, "essay add", stance="skeptical", file=("c.txt", ESSAY_TXT.encode()), author="R"
    )
    cancelled = await mod.click(_preview(result), label="Cancel")
    assert "nothing was stored" in cancelled.response.content
    assert _counts(db_path) == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"file": ("empty.txt", b"  \n\t \n")}, "empty.txt is empty."),
        ({"file": ("big.txt", b"a" * 1_000_001)}, "the limit is 1 MB"),
        ({"file": ("cover.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")}, "binary file"),
        ({"file": ("a.txt", "caf\u00e9 ".encode("latin-1") + b"\x81")}, "can't tell its"),
        ({"file": ("a.txt", b"Some text."), "title": "T" * 257, "author": "A"}, "at most 256"),
        ({"file": ("a.txt", b"Some text."), "title": "T", "author": "A" * 300}, "at most 256"),
        ({"url": "URL/cover.png"}, "image/png, not a web page"),
        ({"url": "ftp://example.com/x"}, "http:// or https://"),
    ],
    ids=["empty", "too-big", "binary", "encoding", "long-title", "long-author", "png", "ftp"],
)
async def test_bad_input_changes_nothing(
    world, db_path: Path, site: str, options: dict, message: str
) -> None:
    mod, channel = world["mod"], world["channel"]
    if "url" in options:
        options = {**options, "url": options["url"].replace("URL", site)}
    before = _counts(db_path)
    result = await mod.slash(channel, "essay add", stance="mixed", **options)
    replies = [m.content for m in (result.response, *result.followups) if m is not None]
    assert any(message in text for text in replies), replies
    assert all(m.ephemeral for m in (result.response, *result.followups) if m is not None)
    assert _counts(db_path) == before
    assert_error(world["env"], CrosscutError, contains=message)


async def test_private_url_refused_when_not_allowed(world, db_path: Path, site: str) -> None:
    world["env"].bot.config = Config(database_path=db_path, allow_private_urls=False)
    mod, channel = world["mod"], world["channel"]
    before = _counts(db_path)
    result = await mod.slash(channel, "essay add", stance="mixed", url=f"{site}/essay")
    replies = [m.content for m in (result.response, *result.followups) if m is not None]
    assert any("private network" in text for text in replies), replies
    assert _counts(db_path) == before
    assert_error(world["env"], CrosscutError, contains="private network")


async def test_non_moderator_refused(world, db_path: Path) -> None:
    env, guild, channel, member = world["env"], world["guild"], world["channel"], world["member"]
    assert "essay add" not in member.available_commands(channel)
    # Even if an admin lets the member see /essay, the run-time check refuses them.
    command = next(c for c in await env.bot.tree.fetch_commands() if c.name == "essay")
    guild.set_command_permissions(command, {member: True})
    before = _counts(db_path)
    result = await member.slash(
        channel, "essay add", stance="mixed", file=("a.txt", b"Text."), title="T", author="A"
    )
    assert "Only members with Manage Server" in result.response.content
    assert _counts(db_path) == before
    assert_error(env, app_commands.CheckFailure)


async def test_moderator_role_and_remove(world, db_path: Path) -> None:
    env, guild, channel, mod, member = (
        world["env"],
        world["guild"],
        world["channel"],
        world["mod"],
        world["member"],
    )
    helpers = guild.create_role("Essay helpers")
    helper = guild.add_member(env.create_user("helper"), roles=[helpers])
    command = next(c for c in await env.bot.tree.fetch_commands() if c.name == "essay")
    guild.set_command_permissions(command, {helpers: True})
    result = await mod.slash(channel, "config moderator-role", role=helpers)
    assert "can now manage essays" in result.response.content
    added = await helper.slash(
        channel, "essay add", stance="skeptical", file=("c.txt", ESSAY_TXT.encode()), author="R"
    )
    published = await helper.click(_preview(added), label="Publish")
    essay_id = int(published.response.content.split("#")[1].split(".")[0])
    confirm = await helper.slash(channel, "essay remove", essay=essay_id)
    assert "can't be undone" in confirm.response.content
    assert _counts(db_path)[0] == 6
    removed = await helper.click(confirm.response, label="Remove it")
    assert f"Removed essay #{essay_id}" in removed.response.content
    assert _counts(db_path)[0] == 5
    gone = await mod.slash(channel, "quote", text="a camera is a promise that someone stood")
    assert "Nothing in the essays matches" in gone.response.content
    assert_error(env, NothingFound)
    assert member is not None


async def test_suggest_approve_and_reject(world, db_path: Path, site: str) -> None:
    channel, mod, member = world["channel"], world["mod"], world["member"]
    result = await member.slash(channel, "suggest-essay", url=f"{site}/essay")
    assert "Suggestion #1" in result.response.content
    await member.slash(channel, "suggest-essay", file=("camera.txt", ESSAY_TXT.encode()))
    queue = await mod.slash(channel, "essay queue")
    assert queue.response.embeds[0].title == "Suggestion #1"
    approve = await mod.click(queue.response, label="Approve: mixed")
    preview = _preview(approve)
    assert preview.embeds[0].title == "Grain and Glass"
    before = _counts(db_path)
    published = await mod.click(preview, label="Publish")
    assert "Published as essay #" in published.response.content
    assert _counts(db_path)[0] == before[0] + 1
    dms = [m.content for m in member.user.dm_channel.history()]
    assert any("was approved" in text and "Grain and Glass" in text for text in dms), dms
    # The queue moves on to the file; rejecting it tells the member too.
    queue = await mod.slash(channel, "essay queue")
    assert queue.response.embeds[0].title == "Suggestion #2"
    rejected = await mod.click(queue.response, label="Reject")
    assert rejected.response.content == "No suggestions waiting."
    dms = [m.content for m in member.user.dm_channel.history()]
    assert any("was not added" in text for text in dms), dms
    assert _counts(db_path)[2] == 2
    await mod.slash(channel, "quote", text="the fingerprint of chemistry meeting light")


async def test_suggestions_are_rate_limited(world) -> None:
    env, channel, member = world["env"], world["channel"], world["member"]
    for n in range(3):
        await member.slash(channel, "suggest-essay", url=f"https://example.com/{n}")
    result = await member.slash(channel, "suggest-essay", url="https://example.com/4")
    assert "3 essays an hour" in result.response.content
    assert_error(env, CrosscutError, contains="an hour")


async def test_paste_in_a_modal_then_edit_hide_list_export(world, db_path: Path) -> None:
    env, channel, mod = world["env"], world["channel"], world["mod"]
    shown = await mod.slash(channel, "essay add", stance="optimistic")
    assert shown.modal is not None
    pasted = await mod.submit_modal(
        shown,
        {
            "title": "Small Crews, Big Pictures",
            "author": "Dee Grip",
            "text": "Cheap tools let a crew of three shoot what once needed thirty.\n\n"
            "That is not the end of craft; it is craft reaching more hands.",
        },
    )
    preview = _preview(pasted)
    assert {f.name: f.value for f in preview.embeds[0].fields}["Passages"] == "2"
    published = await mod.click(preview, label="Publish")
    essay_id = int(published.response.content.split("#")[1].split(".")[0])

    edited = await mod.slash(
        channel, "essay edit", essay=essay_id, title="Small Crews", passage=2,
        passage_stance="skeptical",
    )  # fmt: skip
    assert "Updated essay" in edited.response.content
    assert edited.response.embeds[0].title == "Small Crews"
    assert "[skeptical*]" in edited.response.embeds[0].description
    found = await mod.slash(channel, "quote", text="a crew of three shoot what once needed thirty")
    assert found.response.embeds[0].title == "Small Crews"

    exported = await mod.slash(channel, "essay export", essay=essay_id)
    (attachment,) = exported.response.attachments
    text = (await attachment.read()).decode()
    assert "title: Small Crews" in text
    assert "set-by: moderator" in text

    # A bundled essay can be hidden here, not removed; /quote stops finding it at once.
    line = "biggest sea change that we've ever seen"
    assert (await mod.slash(channel, "quote", text=line)).response.embeds
    hidden = await mod.slash(channel, "essay hide", essay=2)
    assert "now hidden" in hidden.response.content
    gone = await mod.slash(channel, "quote", text=line)
    assert "Nothing in the essays matches" in gone.response.content
    assert_error(env, NothingFound)
    refused = await mod.slash(channel, "essay remove", essay=2)
    assert "bundled" in refused.response.content
    assert_error(env, CrosscutError, contains="bundled")
    listed = await mod.slash(channel, "essay list")
    description = listed.response.embeds[0].description
    assert f"`#{essay_id}` **Small Crews**" in description
    assert "bundled, hidden here" in description
    await mod.slash(channel, "essay unhide", essay=2)
    assert (await mod.slash(channel, "quote", text=line)).response.embeds
    audit = sqlite3.connect(db_path).execute("SELECT action FROM audit_log ORDER BY id").fetchall()
    assert [a for (a,) in audit][-5:] == [
        "essay.add",
        "essay.edit",
        "passage.stance",
        "essay.hide",
        "essay.unhide",
    ]


async def test_unknown_essay_and_list_pages(world, db_path: Path) -> None:
    env, channel, mod = world["env"], world["channel"], world["mod"]
    missing = await mod.slash(channel, "essay show", essay=999)
    assert missing.response.content == "There is no essay #999 here."
    assert_error(env, NotFoundError)
    for n in range(8):
        body = f"Essay number {n} says film is light and time, over and over, reel {n}."
        result = await mod.slash(
            channel, "essay add", stance="mixed", file=(f"e{n}.txt", body.encode()),
            title=f"Essay {n}", author="Pat Page",
        )  # fmt: skip
        await mod.click(_preview(result), label="Publish")
    first = await mod.slash(channel, "essay list")
    assert first.response.embeds[0].footer.text.startswith("Page 1 of 2")
    second = await mod.click(first.response, label="Next \u25b6")
    assert second.response.embeds[0].footer.text.startswith("Page 2 of 2")
    assert "Essay 7" in second.response.embeds[0].description


async def test_second_publish_click_is_refused(world, db_path: Path) -> None:
    channel, mod = world["channel"], world["mod"]
    result = await mod.slash(
        channel, "essay add", stance="skeptical", file=("c.txt", ESSAY_TXT.encode()), author="R"
    )
    preview = _preview(result)
    before = _counts(db_path)
    first = await mod.click(preview, label="Publish")
    assert first.response.content.startswith("Published as essay #")
    # Discord removes the buttons with the edit, so a second click can only be a race, which
    # SimCord cannot stage (it serialises clicks); DraftBook's tests cover the race itself.
    with pytest.raises(simcord.SetupError, match="No matching component"):
        await mod.click(preview, label="Publish")
    assert _counts(db_path)[0] == before[0] + 1
