"""Which commands, menus, autocompletes and buttons the end-to-end tests actually exercised.

Design (kept deliberately small):

* **Recording, on the bot side.** :func:`install` wraps ``Crosscut.dispatch`` for the whole
  pytest session. Every interaction the real bot receives (``on_interaction``) and every prefix
  command it parses (``on_command``) is noted in :data:`EXERCISED`, whatever harness the test
  used (the ``world`` fixture, a hand-built ``simcord.run``, any SimCord actor). Recording on
  the bot means a test counts only if the interaction really reached the bot; only tests under
  ``tests/e2e`` count (:data:`RECORDING`).
* **What exists comes from a started bot**, never from a list kept by hand: the synced command
  tree (slash leaves such as ``essay add``, every option, context menus, options with
  autocomplete), the prefix commands, and the ``DynamicItem`` templates registered at startup
  (the persistent button families, i.e. the buttons that survive a restart). :func:`inventory`
  builds it.
* **Restart clicks** are proven, not assumed: a click counts as "after a restart" when the
  message carrying the button is older than the first interaction the handling bot saw and is
  not one of that bot's own messages. Snowflakes grow with (virtual) time within one SimCord
  world, so that means the button was sent by an earlier bot.
* **The check** (``tests/e2e/test_coverage.py``) runs last and compares the two; it only
  judges when the whole ``tests/e2e`` directory ran (:class:`Selection`), so running one file,
  one test, ``-k`` or ``--lf`` never fails spuriously: the check skips and says why. It also
  skips when another e2e test failed (that failure is the one to read first).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.client import Crosscut

E2E_DIR = Path(__file__).resolve().parent

_APPLICATION_COMMAND, _COMPONENT, _AUTOCOMPLETE, _MODAL = 2, 3, 4, 5
_SUBCOMMAND, _GROUP = 1, 2


@dataclass
class Exercised:
    """What the bots received during this session."""

    slash: set[str] = field(default_factory=set)  # "quote", "essay add"
    options: set[str] = field(default_factory=set)  # "quote author": given at least once
    menus: set[str] = field(default_factory=set)  # "Argue the other side"
    autocomplete: set[str] = field(default_factory=set)  # "quote author"
    custom_ids: set[str] = field(default_factory=set)  # "crosscut:full:17"
    restart_custom_ids: set[str] = field(default_factory=set)  # clicked on a pre-restart message
    modals: set[str] = field(default_factory=set)
    prefix: set[str] = field(default_factory=set)  # "sync"


EXERCISED = Exercised()

# Only interactions during tests under tests/e2e count (conftest's pytest_runtest_protocol):
# a bot driven by a test elsewhere must not hide a missing end-to-end test.
RECORDING = False


@dataclass
class _BotState:
    first_interaction: int | None = None
    own_messages: set[int] = field(default_factory=set)


_BOTS: weakref.WeakKeyDictionary[Crosscut, _BotState] = weakref.WeakKeyDictionary()


def slash_path(data: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """``("essay add", leaf options)`` from an application command's interaction data."""
    parts, options = [data["name"]], data.get("options") or []
    while options and options[0].get("type") in (_SUBCOMMAND, _GROUP):
        parts.append(options[0]["name"])
        options = options[0].get("options") or []
    return " ".join(parts), options


def _record_interaction(bot: Crosscut, interaction: discord.Interaction) -> None:
    state = _BOTS.setdefault(bot, _BotState())
    if state.first_interaction is None:
        state.first_interaction = interaction.id
    data: dict[str, Any] = interaction.data or {}  # type: ignore[assignment]
    kind = interaction.type.value
    if kind == _APPLICATION_COMMAND:
        if data.get("type", 1) == 1:
            path, options = slash_path(data)
            EXERCISED.slash.add(path)
            EXERCISED.options.update(f"{path} {option['name']}" for option in options)
        else:
            EXERCISED.menus.add(data["name"])
    elif kind == _AUTOCOMPLETE:
        path, options = slash_path(data)
        for option in options:
            if option.get("focused"):
                EXERCISED.autocomplete.add(f"{path} {option['name']}")
    elif kind == _COMPONENT:
        custom_id = data.get("custom_id", "")
        EXERCISED.custom_ids.add(custom_id)
        message = interaction.message
        if (
            message is not None
            and message.id < state.first_interaction
            and message.id not in state.own_messages
        ):
            EXERCISED.restart_custom_ids.add(custom_id)
    elif kind == _MODAL:
        EXERCISED.modals.add(data.get("custom_id", ""))


def _record(bot: Crosscut, event: str, args: tuple[Any, ...]) -> None:
    if not RECORDING:
        return
    if event == "interaction":
        _record_interaction(bot, args[0])
    elif event == "command" and args[0].command is not None:
        EXERCISED.prefix.add(args[0].command.qualified_name)
    elif event == "message" and bot.user is not None and args[0].author.id == bot.user.id:
        _BOTS.setdefault(bot, _BotState()).own_messages.add(args[0].id)


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record what every Crosscut receives from now on (undone with ``monkeypatch``)."""
    dispatch = Crosscut.dispatch

    def recording_dispatch(self: Crosscut, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        try:
            _record(self, event_name, args)
        finally:
            dispatch(self, event_name, *args, **kwargs)

    monkeypatch.setattr(Crosscut, "dispatch", recording_dispatch)


# -- what exists ----------------------------------------------------------------------------


@dataclass
class Inventory:
    slash: set[str]
    options: set[str]
    menus: set[str]
    autocomplete: set[str]
    buttons: dict[str, type[discord.ui.DynamicItem[Any]]]  # template -> class
    prefix: set[str]


def dynamic_items(bot: Crosscut) -> dict[str, type[discord.ui.DynamicItem[Any]]]:
    """The DynamicItem classes the bot registered, by custom_id template.

    discord.py has no public getter for them; the view store is the source of truth for what a
    click is dispatched to, so read it there (tests only).
    """
    store = bot._connection._view_store
    return {pattern.pattern: item for pattern, item in store._dynamic_items.items()}


def inventory(bot: Crosscut) -> Inventory:
    """Everything a user can invoke on this (started) bot."""
    guild = discord.Object(bot.config.dev_guild_id) if bot.config.dev_guild_id else None
    leaves = [c for c in bot.tree.walk_commands(guild=guild) if isinstance(c, app_commands.Command)]
    menus = {
        c.name
        for kind in (discord.AppCommandType.message, discord.AppCommandType.user)
        for c in bot.tree.get_commands(guild=guild, type=kind)
    }
    return Inventory(
        slash={c.qualified_name for c in leaves},
        options={f"{c.qualified_name} {p.name}" for c in leaves for p in c.parameters},
        menus=menus,
        autocomplete={
            f"{c.qualified_name} {p.name}" for c in leaves for p in c.parameters if p.autocomplete
        },
        buttons=dynamic_items(bot),
        prefix={c.qualified_name for c in bot.walk_commands()},
    )


def _matches(template: str, custom_ids: set[str]) -> bool:
    pattern = re.compile(template)
    return any(pattern.fullmatch(custom_id) for custom_id in custom_ids)


def missing(have: Inventory, done: Exercised) -> list[str]:
    """One line per thing that exists but no test exercised."""
    lines = [f"/{name}" for name in sorted(have.slash - done.slash)]
    lines += [
        f"option {name.rsplit(' ', 1)[1]!r} of /{name.rsplit(' ', 1)[0]}: never given"
        for name in sorted(have.options - done.options)
    ]
    lines += [f"context menu {name!r}" for name in sorted(have.menus - done.menus)]
    lines += [f"autocomplete of /{name}" for name in sorted(have.autocomplete - done.autocomplete)]
    lines += [f"prefix command @Crosscut {name}" for name in sorted(have.prefix - done.prefix)]
    for template, item in sorted(have.buttons.items()):
        label = f"{item.__name__} ({template})"
        if not _matches(template, done.custom_ids):
            lines.append(f"button {label}: never clicked")
        elif not _matches(template, done.restart_custom_ids):
            lines.append(f"button {label}: never clicked on a message sent before a restart")
    return lines


# -- did the whole e2e suite run? -------------------------------------------------------------


@dataclass
class Selection:
    """Whether this session runs every test in ``tests/e2e`` (the coverage check's condition)."""

    deselected_e2e: int = 0
    partial_args: list[str] = field(default_factory=list)
    files_missing: list[str] = field(default_factory=list)
    collected: bool = False
    distributed: bool = False
    failed: list[str] = field(default_factory=list)  # a failed test exercised only part

    def note_deselected(self, items: list[pytest.Item]) -> None:
        self.deselected_e2e += sum(1 for item in items if _in_e2e(item.path))

    def note_collection(self, session: pytest.Session) -> None:
        self.collected = True
        # pytest-xdist: each worker runs a share of the tests and records only its own.
        self.distributed = hasattr(session.config, "workerinput")
        for arg in session.config.args:
            path, _, rest = arg.partition("::")
            if rest and _in_e2e(Path(path).resolve()):
                self.partial_args.append(arg)
        ran = {item.path for item in session.items}
        self.files_missing = sorted(
            p.name for p in E2E_DIR.glob("test_*.py") if p.resolve() not in ran
        )

    def why_partial(self) -> str | None:
        """None when the full e2e suite runs, else the reason it does not."""
        if not self.collected:
            return "collection did not finish"
        if self.distributed:
            return "tests are split between xdist workers"
        if self.partial_args:
            return f"single tests were selected: {', '.join(self.partial_args)}"
        if self.deselected_e2e:
            return f"{self.deselected_e2e} e2e tests were deselected (-k, -m, --lf, ...)"
        if self.files_missing:
            return f"e2e files not collected: {', '.join(self.files_missing)}"
        if self.failed:
            return f"{len(self.failed)} e2e test(s) failed, so they exercised only part"
        return None


def _in_e2e(path: Path) -> bool:
    return path.resolve().is_relative_to(E2E_DIR)


SELECTION = Selection()
