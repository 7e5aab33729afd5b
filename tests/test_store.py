"""The store on a real SQLite file: migrations, idempotent loading, scope and atomicity."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from bot.corpus import EssayDoc, Passage
from bot.errors import ConfigError
from bot.store import GLOBAL, MIGRATIONS, SCHEMA_VERSION, Store
from bot.store.db import _statements


async def test_fresh_database_is_at_latest_schema_in_wal_mode(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        assert await store.schema_version() == SCHEMA_VERSION
        async with store.db.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone())[0] == "wal"
        tables = {
            row[0]
            for row in await store.db.execute_fetchall(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        assert {"essays", "passages", "guild_settings", "daily_posts", "audit_log"} <= tables
    finally:
        await store.close()


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION + 1))
async def test_upgrade_from_each_earlier_version_keeps_data(
    db_path: Path, bundled: list[EssayDoc], old_version: int
) -> None:
    # Build a database as an older Crosscut left it, with an essay in it.
    async with aiosqlite.connect(db_path, isolation_level=None) as db:
        for script in MIGRATIONS[:old_version]:
            for statement in _statements(script):
                await db.execute(statement)
        await db.execute(f"PRAGMA user_version = {old_version}")
        await db.execute(
            "INSERT INTO essays (slug, title, author, stance, source, content_hash, created_at,"
            " updated_at) VALUES ('old', 'Old essay', 'Old Author', 'skeptical', 'cli', 'x', 0, 0)"
        )
        await db.execute(
            "INSERT INTO passages (essay_id, position, text, stance) "
            "VALUES (1, 0, 'An old passage about cinema.', 'skeptical')"
        )
    store = await Store.open(db_path)
    try:
        assert await store.schema_version() == SCHEMA_VERSION
        passages = await store.passages.of_essay(1)
        assert [p.text for p in passages] == ["An old passage about cinema."]
        await store.essays.sync_bundled(bundled)
        assert len(await store.essays.visible()) == len(bundled) + 1
    finally:
        await store.close()


async def test_database_from_newer_version_is_refused(db_path: Path) -> None:
    async with aiosqlite.connect(db_path) as db:
        await db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ConfigError, match="newer Crosscut"):
        await Store.open(db_path)


async def test_unwritable_path_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigError, match="DATABASE_PATH"):
        await Store.open(blocker / "sub" / "crosscut.db")


async def test_bundled_load_is_idempotent(store: Store, bundled: list[EssayDoc]) -> None:
    before = [(e.id, e.passage_count) for e in await store.essays.visible()]
    report = await store.essays.sync_bundled(bundled)
    assert (report.added, report.updated, report.unchanged) == (0, 0, len(bundled))
    assert [(e.id, e.passage_count) for e in await store.essays.visible()] == before


async def test_editing_a_data_file_updates_in_place(store: Store, bundled: list[EssayDoc]) -> None:
    original = {e.slug: e.id for e in await store.essays.visible()}
    edited = dataclasses.replace(bundled[0], title="A corrected title")
    report = await store.essays.sync_bundled([edited, *bundled[1:]])
    assert report.updated == 1
    essays = {e.slug: e for e in await store.essays.visible()}
    assert essays[edited.slug].title == "A corrected title"
    assert {slug: e.id for slug, e in essays.items()} == original  # ids are stable


async def test_removed_data_file_removes_the_essay(store: Store, bundled: list[EssayDoc]) -> None:
    report = await store.essays.sync_bundled(bundled[1:])
    assert report.removed == 1
    assert bundled[0].slug not in {e.slug for e in await store.essays.visible()}


async def test_essay_ids_are_never_reused(store: Store, bundled: list[EssayDoc]) -> None:
    doc = dataclasses.replace(bundled[0], slug="guild-copy")
    first = await store.essays.save(doc, guild_id=42, source="discord")
    await store.essays.delete(first)
    second = await store.essays.save(doc, guild_id=42, source="discord")
    assert second > first


async def test_servers_see_bundled_plus_their_own(store: Store, bundled: list[EssayDoc]) -> None:
    own = dataclasses.replace(bundled[0], slug="mine", title="Only for guild 7")
    await store.essays.save(own, guild_id=7, source="discord")
    assert "Only for guild 7" in {e.title for e in await store.essays.visible(7)}
    assert "Only for guild 7" not in {e.title for e in await store.essays.visible(8)}
    assert "Only for guild 7" not in {e.title for e in await store.essays.visible(GLOBAL)}
    assert "Only for guild 7" not in {p.title for p in await store.passages.visible(8)}


async def test_failed_write_leaves_nothing_behind(store: Store, bundled: list[EssayDoc]) -> None:
    essays_before = len(await store.essays.visible(9))
    broken = dataclasses.replace(
        bundled[0],
        slug="broken",
        passages=(Passage("Fine.", "neutral", ()), Passage("Bad stance.", "furious", ())),
    )
    with pytest.raises(sqlite3.IntegrityError):
        await store.essays.save(broken, guild_id=9, source="discord")
    assert len(await store.essays.visible(9)) == essays_before
    rows = await store.db.execute_fetchall("SELECT COUNT(*) FROM passages WHERE text = 'Fine.'")
    assert rows[0][0] == 0


async def test_every_save_is_audited(store: Store, bundled: list[EssayDoc]) -> None:
    essay_id = await store.essays.save(
        dataclasses.replace(bundled[0], slug="audited"), guild_id=5, source="discord", user_id=99
    )
    entries = await store.audit.entries(5)
    assert entries[0]["user_id"] == 99
    assert entries[0]["essay_id"] == essay_id


async def test_a_kept_value_is_ready_only_when_built_and_not_while_it_is_rebuilt(
    store: Store, bundled: list[EssayDoc]
) -> None:
    """Commands ask ``ready`` to defer (or offer less) rather than wait for a build."""
    import asyncio

    from bot.store import KeptUntilSharedChange

    started, release = asyncio.Event(), asyncio.Event()

    async def build(_: Store) -> object:
        started.set()
        await release.wait()
        return object()

    kept = KeptUntilSharedChange(build)
    assert not kept.ready(store)
    for change in (False, True):
        if change:  # the shared essays change: the kept value is made again
            await store.essays.save(dataclasses.replace(bundled[0], slug="moved"), source="cli")
        started.clear()
        release.clear()
        task = asyncio.create_task(kept.get(store))
        await started.wait()
        assert not kept.ready(store)
        assert kept.building(store)
        release.set()
        await task
        assert kept.ready(store)
        assert not kept.building(store)
