"""Shared fixtures: a real SQLite store in a temporary directory, loaded with the bundled essays."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bot import BUNDLED_ESSAYS
from bot.corpus import EssayDoc, load_directory
from bot.search import Search
from bot.store import Store

# Property tests (tests/test_properties.py): a bounded run in CI, a long one on demand with
# HYPOTHESIS_PROFILE=long (see README, Development). No deadline: the properties time their
# own queries against a generous budget, so a slow CI machine can't fail them by accident.
settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    parent=settings.get_profile("ci"),
    max_examples=2_000,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def bundled() -> list[EssayDoc]:
    return load_directory(BUNDLED_ESSAYS)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crosscut.db"


@pytest.fixture
async def store(db_path: Path, bundled: list[EssayDoc]) -> AsyncIterator[Store]:
    store = await Store.open(db_path)
    await store.essays.sync_bundled(bundled)
    yield store
    await store.close()


@pytest.fixture
def search(store: Store) -> Search:
    return Search(store)


@pytest.fixture
def offline_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The offline CLI as a newcomer runs it: no token, no stray ``.env`` (the working
    directory is ``tmp_path``), and a fresh database, ``tmp_path / "cli.db"``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "cli.db"))
    return tmp_path


def _open_connections() -> set[threading.Thread]:
    """aiosqlite's worker threads: one per open connection, and not daemons."""
    return {
        thread
        for thread in threading.enumerate()
        if thread.is_alive() and "_connection_worker_thread" in thread.name
    }


@pytest.fixture(autouse=True)
def closes_its_databases() -> Iterator[None]:
    """Every test closes what it opens: a connection left open keeps pytest from ever exiting
    (CI then times out instead of failing). A bot run with ``simcord.run`` is never closed by
    SimCord: use the ``world`` fixture, or close the bot yourself."""
    before = _open_connections()
    yield
    leaked = _open_connections() - before
    for thread in leaked:
        thread.join(timeout=1)  # a connection closed just now may still be winding down
    leaked = {thread for thread in leaked if thread.is_alive()}
    assert not leaked, f"{len(leaked)} database connection(s) left open by this test"


def pytest_unconfigure(config: pytest.Config) -> None:
    # Belt and braces: if a connection is still open, the interpreter would wait for its
    # thread forever. Say so and leave with a failure instead of hanging.
    if _open_connections():
        sys.stdout.flush()
        sys.stderr.write("Database connections were left open; exiting without waiting.\n")
        sys.stderr.flush()
        os._exit(1)
