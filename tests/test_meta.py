"""Project rules checked on the code itself.

* The import contracts in pyproject.toml hold (import-linter): cogs above the client above the
  domain, the domain (everything in ``bot/`` except the Discord client and the entry points)
  never importing ``discord`` directly or through another module, so it stays testable and
  usable from the CLI without Discord; and no import circles.
* Every application command would be accepted by Discord when synced. SimCord does not
  validate command metadata at sync (a 101-character description syncs fine there; Discord
  answers 400/50035 and *no* command gets updated), and discord.py accepts long descriptions
  and gives a command without a docstring the description "…". So the rules are checked here,
  on the exact payloads the bot syncs, after ``setup_hook`` has run inside SimCord.
"""

from __future__ import annotations

import ast
import graphlib
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import discord
import pytest
from e2e.helpers import Bots, new_config
from simcord import Env

from bot.client import Crosscut

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
NOT_DOMAIN = {"client", "__main__", "benchbot"}  # benchbot drives the cogs


def _is_domain(stem: str) -> bool:
    return stem not in NOT_DOMAIN and not stem.startswith("cli")


DOMAIN = sorted(p for p in BOT.rglob("*.py") if _is_domain(p.stem))


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file, relative imports resolved against bot."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = "bot" if node.level == 1 else ""
                module = ".".join(part for part in (base, node.module or "") if part)
                names = [alias.name for alias in node.names] if not node.module else []
                yield node.lineno, module
                for name in names:  # from . import client
                    yield node.lineno, f"{module}.{name}"
            else:
                yield node.lineno, node.module or ""
                for alias in node.names:  # from bot import client
                    yield node.lineno, f"{node.module}.{alias.name}"


def test_domain_modules_exist() -> None:
    assert DOMAIN, "no domain modules found in bot/"
    assert BOT / "client.py" not in DOMAIN


def test_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: the layers, the domain never importing discord
    (directly or through another module), the stance reader without the store, no circles."""
    from importlinter.cli import EXIT_STATUS_SUCCESS, lint_imports

    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert status == EXIT_STATUS_SUCCESS, "an import contract is broken (see the output above)"


def test_no_import_circles() -> None:
    """Not through TYPE_CHECKING imports either, nor between a package and its own modules
    (which import-linter's sibling contract does not see)."""
    paths = [*BOT.rglob("*.py"), *(ROOT / "cogs").rglob("*.py")]
    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts): p for p in paths}
    modules = {name.removesuffix(".__init__"): path for name, path in modules.items()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = set()
        for _, module in _imports(path):
            while module and module not in modules:
                module = module.rpartition(".")[0]
            if module and module != name:
                graph[name].add(module)
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the circle


def test_domain_modules_do_not_import_discord_transitively() -> None:
    """Import each domain module in a fresh interpreter and check discord was not loaded."""
    import subprocess
    import sys

    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts) for p in DOMAIN]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "loaded = sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.'))\n"
        "print(loaded[:1])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]", f"importing the domain modules loaded {out.stdout.strip()}"


# -- the command tree ------------------------------------------------------------------------

NAME = re.compile(r"^[-_\w]{1,32}$")
PLACEHOLDER = "\u2026"  # discord.py's description for a command with no docstring
SUBCOMMAND, GROUP = 1, 2
CHAT_INPUT, USER, MESSAGE = 1, 2, 3


@pytest.fixture
async def simcord_bot(tmp_path: Path) -> AsyncIterator[Crosscut]:
    bots = Bots()
    yield bots.create(new_config(tmp_path))
    await bots.close_all()


def _payloads(bot: Crosscut) -> list[dict[str, Any]]:
    guild = discord.Object(bot.config.dev_guild_id) if bot.config.dev_guild_id else None
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands(guild=guild)]


def _check_name(path: str, name: str, problems: list[str]) -> None:
    if not NAME.match(name) or name != name.lower():
        problems.append(f"{path}: name {name!r} must be 1-32 lowercase letters, digits, - or _")


def _check_description(path: str, description: str | None, problems: list[str]) -> None:
    if not description or not description.strip() or description == PLACEHOLDER:
        problems.append(f"{path}: missing description (add a docstring or description=)")
    elif len(description) > 100:
        problems.append(f"{path}: description is {len(description)} characters (max 100)")
    elif description.endswith(PLACEHOLDER):
        # discord.py silently shortens a docstring or @describe text to 100 characters.
        problems.append(
            f"{path}: description was cut at 100 characters by discord.py ({description[-30:]!r}):"
            " its docstring's first paragraph or @describe text is over the limit of 100"
        )


def _text_size(node: dict[str, Any]) -> int:
    """Characters Discord counts towards the 4000 per command."""
    size = len(node.get("name", "")) + len(node.get("description", "") or "")
    for choice in node.get("choices") or []:
        size += len(choice["name"]) + len(str(choice["value"]))
    return size + sum(_text_size(option) for option in node.get("options") or [])


def _check_options(path: str, options: list[dict[str, Any]], problems: list[str]) -> None:
    if len(options) > 25:
        problems.append(f"{path}: {len(options)} options (max 25)")
    seen_optional = False
    for option in options:
        where = f"{path} {option['name']}"
        _check_name(where, option["name"], problems)
        _check_description(where, option.get("description"), problems)
        if option["type"] in (SUBCOMMAND, GROUP):
            _check_options(where, option.get("options") or [], problems)
            continue
        if option.get("required"):
            if seen_optional:
                problems.append(f"{where}: required option after an optional one")
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            problems.append(f"{where}: {len(choices)} choices (max 25)")
        for choice in choices:
            if not 1 <= len(choice["name"]) <= 100:
                problems.append(f"{where}: choice name {choice['name']!r} must be 1-100 chars")
            if isinstance(choice["value"], str) and len(choice["value"]) > 100:
                problems.append(f"{where}: choice value {choice['value'][:40]!r}... > 100 chars")


def command_problems(payloads: list[dict[str, Any]]) -> list[str]:
    """Everything Discord would reject in these command payloads."""
    problems: list[str] = []
    counts = {CHAT_INPUT: 0, USER: 0, MESSAGE: 0}
    for command in payloads:
        kind = command.get("type", CHAT_INPUT)
        counts[kind] += 1
        if kind == CHAT_INPUT:
            path = f"/{command['name']}"
            _check_name(path, command["name"], problems)
            _check_description(path, command.get("description"), problems)
            _check_options(path, command.get("options") or [], problems)
            if _text_size(command) > 4000:
                problems.append(f"{path}: {_text_size(command)} characters in total (max 4000)")
        else:
            name = command["name"]
            if not 1 <= len(name) <= 32:
                problems.append(f"context menu {name!r}: name must be 1-32 characters")
            if command.get("description"):
                problems.append(f"context menu {name!r}: must not have a description")
    for kind, limit, label in ((CHAT_INPUT, 100, "slash"), (USER, 5, "user"), (MESSAGE, 5, "msg")):
        if counts[kind] > limit:
            problems.append(f"{counts[kind]} {label} commands (max {limit})")
    return problems


def test_command_rules_catch_bad_metadata() -> None:
    """The checker itself: these are the mistakes discord.py lets through (or hides)."""
    bad = [
        {"name": "Quote", "description": "x" * 101, "type": CHAT_INPUT, "options": []},
        {
            "name": "essay",
            "description": PLACEHOLDER,
            "type": CHAT_INPUT,
            "options": [
                {
                    "name": "add",
                    "type": SUBCOMMAND,
                    "description": "Add",
                    "options": [
                        {"name": "opt", "type": 3, "description": "", "required": False},
                        {"name": "url", "type": 3, "description": "URL", "required": True},
                        {"name": "cut", "type": 3, "description": "A long te…"},
                        {
                            "name": "pick",
                            "type": 3,
                            "description": "Pick",
                            "choices": [{"name": str(i), "value": str(i)} for i in range(26)],
                        },
                    ],
                }
            ],
        },
        {"name": "A" * 33, "description": "no", "type": MESSAGE},
    ]
    problems = "\n".join(command_problems(bad))
    for expected in (
        "/Quote: name 'Quote' must be 1-32 lowercase",
        "/Quote: description is 101 characters (max 100)",
        "/essay: missing description",
        "/essay add opt: missing description",
        "/essay add url: required option after an optional one",
        "/essay add pick: 26 choices (max 25)",
        "/essay add cut: description was cut at 100 characters by discord.py",
        "must be 1-32 characters",
        "must not have a description",
    ):
        assert expected in problems


async def test_every_command_would_be_accepted_by_discord(simcord_env: Env) -> None:
    bot: Crosscut = simcord_env.bot  # type: ignore[assignment]
    payloads = _payloads(bot)
    assert any(p["name"] == "quote" for p in payloads)
    problems = command_problems(payloads)
    assert not problems, "these commands break Discord's limits:\n" + "\n".join(problems)


async def test_the_tree_the_bot_synced_is_the_tree_it_has(simcord_env: Env) -> None:
    """strict_sync: a command SimCord never saw synced cannot be run, so compare all of them."""
    bot: Crosscut = simcord_env.bot  # type: ignore[assignment]
    guild = discord.Object(bot.config.dev_guild_id) if bot.config.dev_guild_id else None
    synced = await bot.tree.fetch_commands(guild=guild)

    def key(command: Any) -> tuple[str, int]:
        return command.name, getattr(command, "type", discord.AppCommandType.chat_input).value

    assert sorted(map(key, synced)) == sorted(map(key, bot.tree.get_commands(guild=guild)))
    # And a member can run them: every slash leaf is offered in a channel.
    channel = simcord_env.create_guild().create_text_channel("general")
    owner = simcord_env.guild.add_member(simcord_env.guild.owner)
    offered = set(owner.available_commands(channel))
    leaves = {
        c.qualified_name
        for c in bot.tree.walk_commands(guild=guild)
        if isinstance(c, discord.app_commands.Command)
    }
    assert leaves <= offered, f"synced but not offered: {leaves - offered}"


def test_a_long_docstring_or_describe_is_caught_after_discord_py_cuts_it() -> None:
    """discord.py turns a 120-character docstring (or @describe text) into 99 characters and
    "…", so the payload never exceeds 100: only the ellipsis shows it was cut."""
    long_text = ("Check a quotation against the essays, word for word, and see what differs " * 2)[
        :120
    ]

    async def long(interaction: discord.Interaction, text: str) -> None:
        pass

    long.__doc__ = long_text
    command = discord.app_commands.command()(discord.app_commands.describe(text=long_text)(long))
    tree = discord.app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    payload = command.to_dict(tree)
    assert len(payload["description"]) <= 100
    assert len(payload["options"][0]["description"]) <= 100
    problems = "\n".join(command_problems([payload]))
    assert "/long: description was cut at 100 characters by discord.py" in problems
    assert "/long text: description was cut at 100 characters by discord.py" in problems
