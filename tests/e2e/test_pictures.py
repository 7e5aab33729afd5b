"""Every public answer as Discord draws it: SimCord's preview renders the real messages to PNG
through Playwright and Chromium, and each must fit one screen (about 800 px tall) at the width
of Discord's message column.

Needs the ``pictures`` extra (``pip install -e ".[pictures]"``) and a Chromium binary
(Playwright cannot download its own browser offline; Debian's ``apt-get install chromium``
works). Without them the test is skipped, saying which is missing. The PNGs go to
``tests/artifacts/`` (git-ignored) or ``$CROSSCUT_PICTURES``; the path is printed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from bot import ROOT

from .helpers import Reply, World

SCREEN_HEIGHT = 800  # px: one screen of a laptop's Discord window
WIDTH = 800  # px: the chat column beside the channel list in a 1280 px window
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PREVIEW_MODULES = ("playwright", "aiohttp", "markdown_it", "linkify_it", "regex", "PIL")


def chromium() -> str | None:
    found = os.environ.get("CROSSCUT_CHROMIUM")
    return found or next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def missing() -> str | None:
    absent = [m for m in PREVIEW_MODULES if importlib.util.find_spec(m) is None]
    if absent:
        return f"pictures need {', '.join(absent)}: pip install -e '.[pictures]'"
    if chromium() is None:
        return (
            "pictures need a Chromium binary (apt-get install chromium, or set "
            "CROSSCUT_CHROMIUM); Playwright cannot download its own here"
        )
    return None


def out_dir() -> Path:
    folder = Path(os.environ.get("CROSSCUT_PICTURES") or ROOT / "tests" / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def system_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    """SimCord launches Playwright's own Chromium; point every launch at the system's."""
    reason = missing()
    if reason:
        pytest.skip(reason)
    from playwright.async_api import BrowserType

    launch = BrowserType.launch

    async def with_system_chromium(self: BrowserType, **kwargs: Any) -> Any:
        kwargs.setdefault("executable_path", chromium())
        return await launch(self, **kwargs)

    monkeypatch.setattr(BrowserType, "launch", with_system_chromium)


async def test_public_answers_fit_one_screen(world: World, system_chromium: None) -> None:
    member, mod = world.member, world.moderator
    answers: dict[str, tuple[Any, Any]] = {}

    def keep(name: str, reply: Reply, viewer: Any) -> None:
        answers[name] = (reply.message, viewer)

    keep("help", await member.slash("help"), member)
    keep("help-moderator", await mod.slash("help"), mod)
    keep("quote", await member.slash("quote", text="golden retreivers in snow"), member)
    keep(
        "counter", await member.slash("counter", claim="Sora will let anyone direct a film"), member
    )
    await world.advance(60)  # the per-user command budget
    keep(
        "counter-both-sides",
        await member.slash("counter", claim="what do you all think about sora"),
        member,
    )
    keep("perspective", await member.slash("perspective", author="pinker"), member)
    keep("perspective-mixed", await member.slash("perspective", author="kroll"), member)
    await world.advance(60)
    keep("spectrum", await member.slash("spectrum", topic="creativity"), member)
    daily_channel = world.channel("daily")
    await mod.slash("potd channel", channel=daily_channel)
    await mod.slash("potd now")
    [post] = world.messages(daily_channel)
    answers["daily"] = (post, mod)

    folder = out_dir()
    heights: dict[str, int] = {}
    async with world.env.preview(
        world.general, viewers=[member.actor, mod.actor], width=WIDTH, height=2400
    ) as preview:
        for name, (message, viewer) in answers.items():
            if message is post:
                continue
            capture = await preview.screenshot(
                folder / f"{name}.png", viewer=viewer.actor, target=message
            )
            heights[name] = capture.output_height
    async with world.env.preview(
        daily_channel, viewers=[mod.actor], width=WIDTH, height=2400
    ) as preview:
        capture = await preview.screenshot(folder / "daily.png", viewer=mod.actor, target=post)
        heights["daily"] = capture.output_height

    sizes = ", ".join(f"{name} {height} px" for name, height in heights.items())
    print(f"\npictures in {folder}: {sizes}")  # noqa: T201 - where to look
    too_tall = {name: h for name, h in heights.items() if h > SCREEN_HEIGHT}
    assert not too_tall, f"taller than one screen ({SCREEN_HEIGHT} px): {too_tall}"
    assert all(h > 60 for h in heights.values()), heights  # something was drawn
