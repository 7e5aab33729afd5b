"""Shared fixtures: a real SQLite store in a temporary directory, loaded with the bundled essays."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import BUNDLED_ESSAYS
from bot.corpus import EssayDoc, load_directory
from bot.search import Search
from bot.store import Store


@pytest.fixture(scope="session")
def bundled() -> list[EssayDoc]:
    return load_directory(BUNDLED_ESSAYS)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crosscut.db"


@pytest.fixture
async def store(db_path: Path, bundled: list[EssayDoc]) -> AsyncIterator[Store]:
    store = await Store.open(db_path)
    await store.sync_bundled(bundled)
    yield store
    await store.close()


@pytest.fixture
def search(store: Store) -> Search:
    return Search(store)
