"""Fixtures: the real Crosscut (``create_bot``) on a temporary database, inside SimCord.

``world`` is what most tests want::

    async def test_something(world):
        reply = await world.member.slash("quote", text="golden retrievers")
        assert_embed(reply, title_contains="Indie Filmmakers")

Override ``crosscut_config`` in a test module to change the bot's settings, e.g.::

    @pytest.fixture
    def crosscut_config(tmp_path):
        return new_config(tmp_path, dev_guild_id=123 << 22)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from simcord import Env

from bot.client import Crosscut
from bot.config import Config

from . import coverage
from .helpers import Bots, World, new_config, watch_refusals

_RECORDER = pytest.StashKey[pytest.MonkeyPatch]()


# -- coverage of commands and buttons (see coverage.py) ---------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "coverage_check: runs after every other test (judges what they exercised)"
    )
    recorder = pytest.MonkeyPatch()
    coverage.install(recorder)
    config.stash[_RECORDER] = recorder


def pytest_unconfigure(config: pytest.Config) -> None:
    if _RECORDER in config.stash:
        config.stash[_RECORDER].undo()


def pytest_deselected(items: list[pytest.Item]) -> None:
    coverage.SELECTION.note_deselected(items)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("coverage_check") is not None)


def pytest_collection_finish(session: pytest.Session) -> None:
    coverage.SELECTION.note_collection(session)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:  # e2e items only (a conftest's item hooks stay in its directory)
        coverage.SELECTION.failed.append(report.nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[object]:
    # A conftest's item hooks run only for the items under its directory: tests/e2e.
    coverage.RECORDING = True
    try:
        return (yield)
    finally:
        coverage.RECORDING = False


# -- the bot in SimCord -------------------------------------------------------------------------


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path)


@pytest.fixture
async def crosscut_bots() -> AsyncIterator[Bots]:
    bots = Bots()
    yield bots
    await bots.close_all()


@pytest.fixture
def simcord_bot(crosscut_bots: Bots, crosscut_config: Config) -> Crosscut:
    """The bot SimCord's ``simcord_env`` fixture runs (teardown: env first, then bots closed)."""
    return crosscut_bots.create(crosscut_config)


@pytest.fixture
async def world(
    simcord_env: Env, crosscut_config: Config, crosscut_bots: Bots, monkeypatch: pytest.MonkeyPatch
) -> World:
    world = await World.create(simcord_env, crosscut_config, crosscut_bots)
    watch_refusals(monkeypatch, world.refused)
    return world
