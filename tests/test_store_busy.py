"""Another process holds the write lock: reads and start-up go ahead, writes wait a bounded
time and then say "busy". The other process is a second SQLite connection holding an open
write transaction, exactly what a running import in another process looks like to SQLite."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import BUNDLED_ESSAYS
from bot.cli import main
from bot.corpus import load_directory
from bot.errors import DatabaseBusy
from bot.search import Search
from bot.store import Store
from bot.store import db as database


@pytest.fixture
async def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "crosscut.db"
    store = await Store.open(path)
    await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
    await store.close()
    return path


@pytest.fixture
def other_writer(db_file: Path) -> Iterator[sqlite3.Connection]:
    """Another process in the middle of a long write."""
    con = sqlite3.connect(db_file, isolation_level=None, timeout=0)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO meta (key, value) VALUES ('other', 'writing')")
    yield con
    con.execute("ROLLBACK")
    con.close()


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "WRITE_WAIT", 0.5)


@pytest.mark.usefixtures("other_writer", "short_wait")
async def test_start_up_and_reads_go_ahead_while_another_process_writes(db_file: Path) -> None:
    store = await Store.open(db_file)
    try:
        report = await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
        assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
        hits = await Search(store).quotes("golden retreivers in snow")
        assert hits
        assert hits[0].passage.author == "Noam Kroll"
    finally:
        await store.close()


@pytest.mark.usefixtures("other_writer", "short_wait")
def test_cli_reads_work_and_a_cli_write_says_busy(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(db_file))
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["quote", "golden retreivers in snow"]) == 0
    assert main(["essay", "list"]) == 0
    assert "Noam Kroll" in capsys.readouterr().out
    essay = tmp_path / "reels.txt"
    essay.write_text("Every reel of celluloid was a budget and a prayer.\n")
    argv = ["essay", "add", str(essay), "--title", "R", "--author", "I", "--stance", "mixed"]
    assert main(argv) == 1
    shown = capsys.readouterr()
    assert "The database is busy; try again" in shown.out + shown.err
    assert "Traceback" not in shown.err


@pytest.mark.usefixtures("short_wait")
async def test_a_write_waits_a_bounded_time_and_reads_never_wait_behind_it(
    db_file: Path, other_writer: sqlite3.Connection
) -> None:
    store = await Store.open(db_file)
    try:
        write = asyncio.create_task(store.set_meta("mine", "1"))
        read = asyncio.create_task(store.get_meta("command_hash:global"))
        done, _ = await asyncio.wait({write, read}, return_when=asyncio.FIRST_COMPLETED)
        assert read in done
        assert write not in done
        with pytest.raises(DatabaseBusy, match="busy; try again"):
            await write
        other_writer.execute("ROLLBACK")
        other_writer.execute("BEGIN")  # the fixture's teardown rolls back
        await store.set_meta("mine", "2")  # the lock is free: writes work again
        assert await store.get_meta("mine") == "2"
    finally:
        await store.close()
