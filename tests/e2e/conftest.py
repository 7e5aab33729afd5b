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

from .helpers import Bots, World, new_config, sqlite_gc_shim


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path)


@pytest.fixture
def _gc_shim() -> Iterator[None]:
    with sqlite_gc_shim():
        yield


@pytest.fixture
async def crosscut_bots(_gc_shim: None) -> AsyncIterator[Bots]:
    bots = Bots()
    yield bots
    await bots.close_all()


@pytest.fixture
def simcord_bot(crosscut_bots: Bots, crosscut_config: Config) -> Crosscut:
    """The bot SimCord's ``simcord_env`` fixture runs (teardown: env first, then bots closed)."""
    return crosscut_bots.create(crosscut_config)


@pytest.fixture
async def world(simcord_env: Env, crosscut_config: Config, crosscut_bots: Bots) -> World:
    return await World.create(simcord_env, crosscut_config, crosscut_bots)
