"""Cross-cutting guarantees: everything a user can invoke is tested end to end, /help lists it
all, and every persistent button is registered at startup (so it survives a restart).

The coverage check itself is explained in ``coverage.py``; it runs after every other test.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import discord
import pytest
import simcord
from discord import app_commands
from simcord import Env

from bot.client import Crosscut

from . import coverage
from .helpers import World, assert_embed, assert_ephemeral


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _dynamic_item_classes() -> set[str]:
    """Every DynamicItem defined in cogs/, by name: extensions are re-imported for each bot, so
    the same button exists as several class objects (one per bot that loaded it)."""
    found: set[str] = set()
    pending = list(discord.ui.DynamicItem.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls.__module__.startswith("cogs"):
            found.add(_name(cls))
    return found


async def test_every_button_class_is_registered_at_startup(simcord_env: Env) -> None:
    """A DynamicItem that is only registered when a view is sent works until the next restart,
    then its buttons silently fail ("This interaction failed")."""
    registered = {_name(c) for c in coverage.dynamic_items(simcord_env.bot).values()}  # type: ignore[arg-type]
    defined = _dynamic_item_classes()
    assert defined, "no DynamicItem found in cogs/"
    unregistered = sorted(defined - registered)
    assert not unregistered, (
        "these buttons are not registered in setup_hook (add_dynamic_items), so they stop "
        f"working after a restart: {unregistered}"
    )


async def test_help_lists_every_command_in_the_tree(world: World) -> None:
    """Generic on purpose: a new command without a /help entry fails here. A moderator sees
    every command: members' ones by name, moderators' groups with each subcommand."""
    have = coverage.inventory(world.bot)

    reply = await world.moderator.slash("help")

    assert_ephemeral(reply)
    embed = assert_embed(reply, title="Crosscut")
    lines = [f.name for f in embed.fields] + [
        line for f in embed.fields for line in f.value.splitlines()
    ]

    def listed(name: str) -> bool:
        group, _, sub = name.partition(" ")
        if not sub:
            return f"/{name}" in lines or name == "help"
        row = next((line for line in lines if line.startswith(f"**/{group}**")), "")
        return sub in row.split() or f"/{name}" in lines

    unlisted = sorted(f"/{name}" for name in have.slash if not listed(name))
    unlisted += sorted(name for name in have.menus if name not in lines)
    assert not unlisted, f"/help does not mention: {unlisted}"


def _guarded(command: app_commands.Command[Any, ..., Any]) -> bool:
    root = command.root_parent or command
    return bool(root.default_permissions and root.default_permissions.value)


def _leaves(bot: Crosscut) -> list[app_commands.Command[Any, ..., Any]]:
    guild = discord.Object(bot.config.dev_guild_id) if bot.config.dev_guild_id else None
    return [c for c in bot.tree.walk_commands(guild=guild) if isinstance(c, app_commands.Command)]


def _some_value(world: World, param: app_commands.Parameter) -> Any:
    """A valid value for a required option, whatever the command (for the refusal test)."""
    kind = discord.AppCommandOptionType
    if param.choices:
        return param.choices[0].value
    return {
        kind.string: "x" * max(1, int(param.min_value or 0)),
        kind.integer: max(1, int(param.min_value or 1)),
        kind.number: max(1.0, float(param.min_value or 1)),
        kind.boolean: False,
        kind.channel: world.general,
        kind.role: world.moderators,
        kind.user: world.moderator.actor,
        kind.mentionable: world.moderator.actor,
        kind.attachment: ("x.txt", b"x"),
    }[param.type]


async def test_guarded_commands_are_hidden_from_members_and_refused_at_run_time(
    world: World,
) -> None:
    """Every command whose group has default permissions, from the tree (new ones included)."""
    leaves = _leaves(world.bot)
    guarded = [c for c in leaves if _guarded(c)]
    assert guarded, "no command with default permissions?"
    visible = world.member.available_commands()
    for command in leaves:
        name = command.qualified_name
        assert (name in visible) != _guarded(command), f"/{name}: visible={name in visible}"
        assert name in world.moderator.available_commands()

    # Discord hides them, and SimCord refuses like Discord would if a client sent one anyway.
    for command in guarded:
        with pytest.raises(simcord.SetupError, match="default-member-permissions"):
            await world.member.slash(command.qualified_name)

    # A server may show a group to everyone (Integrations settings): the bot checks again.
    before = _database(world)
    for root in {c.root_parent.name if c.root_parent else c.name for c in guarded}:
        await world.allow(root, world.member)
    for command in guarded:
        options = {p.name: _some_value(world, p) for p in command.parameters if p.required}
        await world.advance(world.config.cooldown_seconds)  # stay within the command budget
        reply = await world.member.slash(command.qualified_name, **options)
        shown = reply.followups[-1] if reply.followups else reply.message
        assert_ephemeral(shown)
        assert "Manage Server" in shown.content or "permission" in shown.content, (
            f"/{command.qualified_name} ran for a member: {shown.content!r}"
        )
    assert _database(world) == before


def _database(world: World) -> dict[str, list[str]]:
    """Every row of every table (search index included), to prove nothing changed."""
    con = sqlite3.connect(world.config.database_path)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        con.close()


@pytest.mark.coverage_check
async def test_every_command_menu_autocomplete_and_button_was_exercised(
    simcord_env: Env,
) -> None:
    partial = coverage.SELECTION.why_partial()
    if partial:
        pytest.skip(f"coverage is judged only when all of tests/e2e runs ({partial})")
    bot: Crosscut = simcord_env.bot  # type: ignore[assignment]
    unexercised = coverage.missing(coverage.inventory(bot), coverage.EXERCISED)
    assert not unexercised, (
        "no end-to-end test exercises these (add one to tests/e2e/):\n  " + "\n  ".join(unexercised)
    )


async def test_a_click_counts_as_after_a_restart_only_on_an_older_bots_message(
    world: World,
) -> None:
    quote = await world.member.slash("quote", text="golden retreivers in snow")
    [custom_id] = [
        c["custom_id"]
        for row in quote.message.components
        for c in row["components"]
        if c.get("label") == "Full passage"
    ]
    coverage.EXERCISED.restart_custom_ids.discard(custom_id)  # re-added below

    await world.member.click(quote, "Full passage")
    assert custom_id in coverage.EXERCISED.custom_ids
    assert custom_id not in coverage.EXERCISED.restart_custom_ids

    await world.restart()
    await world.member.click(quote, "Full passage")
    assert custom_id in coverage.EXERCISED.restart_custom_ids


# -- the registry's own logic (no bot) ---------------------------------------------------------


def test_slash_path_reads_subcommands_and_leaf_options() -> None:
    data = {
        "name": "essay",
        "options": [{"type": 1, "name": "edit", "options": [{"name": "essay", "value": "x"}]}],
    }
    assert coverage.slash_path(data) == ("essay edit", [{"name": "essay", "value": "x"}])
    assert coverage.slash_path({"name": "quote", "options": [{"type": 3, "name": "text"}]}) == (
        "quote",
        [{"type": 3, "name": "text"}],
    )


class _Button(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"t:x:(?P<n>\d+)"):
    pass


def test_missing_names_what_no_test_exercised() -> None:
    have = coverage.Inventory(
        slash={"quote", "essay add"},
        options={"quote text", "quote author"},
        menus={"Argue the other side"},
        autocomplete={"quote author"},
        buttons={r"t:x:(?P<n>\d+)": _Button, r"t:y:(?P<n>\d+)": _Button},
        prefix={"sync"},
    )
    done = coverage.Exercised(
        slash={"quote"},
        options={"quote text"},
        custom_ids={"t:x:17", "t:y:3"},
        restart_custom_ids={"t:x:17"},
    )

    assert coverage.missing(have, done) == [
        "/essay add",
        "option 'author' of /quote: never given",
        "context menu 'Argue the other side'",
        "autocomplete of /quote author",
        "prefix command @Crosscut sync",
        r"button _Button (t:y:(?P<n>\d+)): never clicked on a message sent before a restart",
    ]
    done.slash.add("essay add")
    done.options.add("quote author")
    done.menus.add("Argue the other side")
    done.autocomplete.add("quote author")
    done.prefix.add("sync")
    done.restart_custom_ids.add("t:y:3")
    assert coverage.missing(have, done) == []


def _session(args: list[str], items: list[Any], **config: Any) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(config=SimpleNamespace(args=args, **config), items=items)


def test_selection_judges_only_a_full_e2e_run() -> None:
    from types import SimpleNamespace

    every_file = [SimpleNamespace(path=p) for p in coverage.E2E_DIR.glob("test_*.py")]
    assert every_file

    full = coverage.Selection()
    assert full.why_partial() == "collection did not finish"
    full.note_collection(_session(["tests"], every_file))
    assert full.why_partial() is None

    one_file = coverage.Selection()
    one_file.note_collection(_session(["tests/e2e/test_quote.py"], every_file[:1]))
    assert "e2e files not collected" in (one_file.why_partial() or "")

    one_test = coverage.Selection()
    one_test.note_collection(
        _session([str(coverage.E2E_DIR / "test_quote.py::test_quote_forgives_typos")], every_file)
    )
    assert "single tests were selected" in (one_test.why_partial() or "")

    filtered = coverage.Selection()
    filtered.note_deselected(every_file[:2])
    filtered.note_collection(_session([], every_file))
    assert "2 e2e tests were deselected" in (filtered.why_partial() or "")

    red = coverage.Selection()
    red.note_collection(_session([], every_file))
    red.failed.append("tests/e2e/test_quote.py::test_quote_forgives_typos")
    assert "1 e2e test(s) failed" in (red.why_partial() or "")

    xdist = coverage.Selection()
    xdist.note_collection(_session([], every_file, workerinput={}))
    assert "xdist" in (xdist.why_partial() or "")
