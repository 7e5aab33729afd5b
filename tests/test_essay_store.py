"""Managing essays in the store: scope, stable ids, atomic writes, audit, suggestions."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from bot import BUNDLED_ESSAYS, ROOT
from bot.corpus import load_directory, load_essay_file, to_markdown
from bot.errors import NotFoundError, PermissionDenied
from bot.importer import Metadata, draft_from_file, with_duplicate_check
from bot.search import Search
from bot.store import Store

KROLL = BUNDLED_ESSAYS / "kroll-sora-indie-filmmakers.md"
TEXT = (
    "Celluloid taught us patience: every reel was a budget and a prayer.\n\n"
    "A prompt box teaches nothing of the kind, and the films will show it."
)
GUILD_A, GUILD_B = 111, 222


@pytest.fixture
async def store(tmp_path: Path):
    store = await Store.open(tmp_path / "crosscut.db")
    await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
    yield store
    await store.close()


def _draft(title: str = "Celluloid and patience"):
    meta = Metadata(title=title, author="Iris Reel", stance="skeptical")
    return draft_from_file(TEXT.encode(), "celluloid.txt", meta)


async def test_a_servers_essay_is_walled(store: Store) -> None:
    search = Search(store)
    essay_id = await store.essays.create(
        _draft().doc, guild_id=GUILD_A, source="discord", user_id=7
    )
    # Found at once in its own server (the search cache follows store.generation)...
    hits = await search.quotes("every reel was a budget and a prayer", guild_id=GUILD_A)
    assert hits
    assert hits[0].passage.essay_id == essay_id
    # ...and nowhere else: not found, not listed, not editable, not removable.
    assert not await search.quotes("every reel was a budget and a prayer", guild_id=GUILD_B)
    assert not await search.quotes("every reel was a budget and a prayer", guild_id=0)
    assert await store.essays.in_scope(essay_id, GUILD_B) is None
    assert essay_id not in [e.id for e, _ in (await store.essays.page(GUILD_B))[0]]
    with pytest.raises(NotFoundError, match=f"no essay #{essay_id}"):
        await store.essays.update(essay_id, GUILD_B, {"title": "Mine now"})
    with pytest.raises(NotFoundError):
        await store.essays.remove(essay_id, GUILD_B)
    with pytest.raises(NotFoundError):
        await store.essays.set_passage_stance(essay_id, GUILD_B, 0, "optimistic")
    with pytest.raises(NotFoundError):
        await store.essays.set_hidden(essay_id, GUILD_B, True)
    assert (await store.essays.get(essay_id)).title == "Celluloid and patience"


async def test_ids_are_never_reused(store: Store) -> None:
    first = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    await store.essays.remove(first, GUILD_A, user_id=7)
    second = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    assert second > first
    assert await store.essays.get(first) is None


async def test_same_title_gets_its_own_slug(store: Store) -> None:
    one = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    two = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    assert one != two
    assert (await store.essays.get(two)).slug == "celluloid-and-patience-2"


async def test_bundled_essays_hidden_per_server(store: Store) -> None:
    search = Search(store)
    kroll = next(e for e in await store.essays.visible() if e.slug == KROLL.stem)
    line = "biggest sea change that we've ever seen"
    assert await search.quotes(line, guild_id=GUILD_A)
    assert await store.essays.set_hidden(kroll.id, GUILD_A, True, user_id=7)
    assert not await store.essays.set_hidden(kroll.id, GUILD_A, True)  # already hidden
    assert not await search.quotes(line, guild_id=GUILD_A)
    assert await search.quotes(line, guild_id=GUILD_B)
    assert (await store.essays.in_scope(kroll.id, GUILD_A))[1] is True
    assert await store.essays.set_hidden(kroll.id, GUILD_A, False)
    assert await search.quotes(line, guild_id=GUILD_A)


async def test_bundled_essays_cannot_be_edited_or_removed(store: Store) -> None:
    kroll = next(e for e in await store.essays.visible() if e.slug == KROLL.stem)
    with pytest.raises(PermissionDenied, match="bundled"):
        await store.essays.remove(kroll.id, GUILD_A)
    with pytest.raises(PermissionDenied, match="bundled"):
        await store.essays.remove(kroll.id, None)
    with pytest.raises(PermissionDenied, match="bundled"):
        await store.essays.update(kroll.id, GUILD_A, {"title": "x"})
    own = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    with pytest.raises(PermissionDenied, match="remove it instead"):
        await store.essays.set_hidden(own, GUILD_A, True)


async def test_edit_metadata_and_stance_override(store: Store) -> None:
    essay_id = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    read = (await store.passages.of_essay(essay_id))[0]
    await store.essays.update(
        essay_id, GUILD_A, {"title": "Patience, celluloid", "stance": "mixed"}, user_id=9
    )
    await store.essays.set_passage_stance(essay_id, GUILD_A, 1, "skeptical", user_id=9)
    essay = await store.essays.get(essay_id)
    assert (essay.title, essay.stance) == ("Patience, celluloid", "mixed")
    passages = await store.passages.of_essay(essay_id)
    # A passage the stance reader read keeps its own stance when the essay's changes.
    assert read.stance_source == "reader"
    assert [(p.stance, p.stance_source) for p in passages] == [
        (read.stance, "reader"),
        ("skeptical", "override"),
    ]
    with pytest.raises(NotFoundError, match="no passage 3"):
        await store.essays.set_passage_stance(essay_id, GUILD_A, 2, "skeptical")
    # The override survives export and re-import into another server.
    doc = await store.essays.doc(essay_id)
    again = draft_from_file(to_markdown(doc).encode(), f"{doc.slug}.md", Metadata(), slug=doc.slug)
    assert again.doc == doc
    actions = [e["action"] for e in await store.audit.entries(GUILD_A)]
    assert actions[:3] == ["passage.stance", "essay.edit", "essay.add"]
    edit = (await store.audit.entries(GUILD_A))[1]
    assert edit["user_id"] == 9
    assert edit["detail"]["before"]["title"] == "Celluloid and patience"


async def test_every_change_is_audited(store: Store) -> None:
    kroll = next(e for e in await store.essays.visible() if e.slug == KROLL.stem)
    essay_id = await store.essays.create(
        _draft().doc, guild_id=GUILD_A, source="discord", user_id=1
    )
    await store.essays.update(essay_id, GUILD_A, {"author": "I. Reel"}, user_id=2)
    await store.essays.set_hidden(kroll.id, GUILD_A, True, user_id=3)
    await store.essays.set_hidden(kroll.id, GUILD_A, False, user_id=3)
    await store.settings.update(GUILD_A, moderator_role_id=555, user_id=4)
    await store.essays.remove(essay_id, GUILD_A, user_id=5)
    entries = await store.audit.entries(GUILD_A)
    assert [(e["action"], e["user_id"]) for e in entries] == [
        ("essay.remove", 5),
        ("config.update", 4),
        ("essay.unhide", 3),
        ("essay.hide", 3),
        ("essay.edit", 2),
        ("essay.add", 1),
    ]
    assert all(e["at"] > 0 for e in entries)
    assert entries[1]["detail"] == {"moderator_role_id": 555}
    assert (await store.settings.get(GUILD_A)).moderator_role_id == 555
    assert (await store.settings.get(GUILD_B)).moderator_role_id is None


async def test_import_is_idempotent(store: Store) -> None:
    docs = load_directory(BUNDLED_ESSAYS)
    first = [await store.essays.import_doc(d, guild_id=1, source="cli") for d in docs]
    second = [await store.essays.import_doc(d, guild_id=1, source="cli") for d in docs]
    assert {s for _, s in first} == {"added"}
    assert {s for _, s in second} == {"unchanged"}
    assert [i for i, _ in first] == [i for i, _ in second]
    changed = replace(docs[0], title="Retitled")
    assert await store.essays.import_doc(changed, guild_id=1, source="cli") == (
        first[0][0],
        "updated",
    )


async def test_near_duplicate_warning(store: Store) -> None:
    kroll = load_essay_file(KROLL)
    body = kroll.body.replace("Sora", "Sora AI", 2)
    meta = Metadata(title="Copy", author="Someone", stance="mixed")
    draft = draft_from_file(body.encode(), "copy.txt", meta)
    checked = await with_duplicate_check(draft, store, GUILD_A)
    assert checked.duplicate is not None
    assert checked.duplicate.title == kroll.title
    fresh = await with_duplicate_check(_draft(), store, GUILD_A)
    assert fresh.duplicate is None


async def test_suggestions_queue(store: Store) -> None:
    first = await store.suggestions.add(GUILD_A, 42, "https://example.com/essay")
    await store.suggestions.add(GUILD_B, 43, "other.txt", "text")
    assert [s.id for s in await store.suggestions.pending(GUILD_A)] == [first]
    assert await store.suggestions.count_since(GUILD_A, 42, 0) == 1
    assert await store.suggestions.get(first, GUILD_B) is None
    assert await store.suggestions.decide(first, GUILD_A, "rejected", user_id=7)
    assert not await store.suggestions.decide(first, GUILD_A, "approved", user_id=8)
    assert await store.suggestions.pending(GUILD_A) == []
    assert (await store.suggestions.get(first, GUILD_A)).status == "rejected"


_KILLER = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from bot.store import Store
    from bot.corpus import load_essay_file
    from pathlib import Path

    async def main():
        store = await Store.open(sys.argv[1])
        real = store.essays._replace_passages

        async def one_by_one(db, essay_id, passages):
            # Insert passages singly and die, as a killed process would, half-way through.
            for i, p in enumerate(passages):
                await db.execute(
                    "INSERT INTO passages (essay_id, position, text, stance, topics) "
                    "VALUES (?, ?, ?, ?, '')",
                    (essay_id, i, p.text, p.stance),
                )
                if i == 3:
                    os.kill(os.getpid(), signal.SIGKILL)

        store.essays._replace_passages = one_by_one
        doc = load_essay_file(Path(sys.argv[2]))
        await store.essays.import_doc(doc, guild_id=1, source="cli")

    asyncio.run(main())
    """
)


async def test_import_killed_half_way_leaves_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "crosscut.db"
    store = await Store.open(db_path)
    await store.close()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _KILLER,
        str(db_path),
        str(KROLL),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert await process.wait() == -signal.SIGKILL
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT COUNT(*) FROM essays").fetchone() == (0,)
        assert con.execute("SELECT COUNT(*) FROM passages").fetchone() == (0,)
        assert con.execute("SELECT COUNT(*) FROM audit_log").fetchone() == (0,)
        for index in ("passage_words", "passage_grams"):  # the search index agrees
            con.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        con.close()
    # And the next import completes normally.
    store = await Store.open(db_path)
    try:
        essay_id, status = await store.essays.import_doc(
            load_essay_file(KROLL), guild_id=1, source="cli"
        )
        assert status == "added"
        assert len(await store.passages.of_essay(essay_id)) == len(load_essay_file(KROLL).passages)
    finally:
        await store.close()


async def test_exception_mid_write_rolls_back(store: Store) -> None:
    before = await store.essays.page(GUILD_A)
    generation = store.generation
    bad = replace(_draft().doc, stance="sunny")  # the CHECK constraint refuses it mid-write
    with pytest.raises(sqlite3.IntegrityError):
        await store.essays.create(bad, guild_id=GUILD_A, source="discord")
    assert await store.essays.page(GUILD_A) == before
    assert store.generation == generation


async def test_search_index_follows_every_change_in_the_same_transaction(store: Store) -> None:
    """The FTS5 indexes are kept by triggers on passages: add, re-import, edit, remove, hide."""

    async def found(word: str, guild_id: int = GUILD_A, stance: str | None = None) -> set[int]:
        hits = await store.index.matching(f'"{word}"', guild_id=guild_id, stance=stance)
        return {p.essay_id for p in hits}

    essay_id = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    assert await found("celluloid") == {essay_id}
    assert await found("celluloid", GUILD_B) == set()
    await store.index.check()

    # A passage stance override is visible to stance-filtered candidates at once.
    await store.essays.set_passage_stance(essay_id, GUILD_A, 0, "optimistic")
    assert await found("celluloid", stance="optimistic") == {essay_id}
    assert await found("celluloid", stance="skeptical") == set()

    # Re-importing new text replaces the indexed words (old gone, new found).
    doc = replace(_draft().doc, slug="reimported")
    first, _ = await store.essays.import_doc(doc, guild_id=GUILD_A, source="cli")
    changed = draft_from_file(
        b"Nitrate burned; the archive remembers.", "n.txt", Metadata("N", "A", "mixed")
    ).doc
    await store.essays.import_doc(
        replace(changed, slug="reimported"), guild_id=GUILD_A, source="cli"
    )
    assert first not in await found("celluloid")
    assert await found("nitrate") == {first}
    await store.index.check()

    await store.essays.remove(essay_id, GUILD_A)
    assert await found("celluloid") == set()
    await store.index.check()

    kroll = next(e for e in await store.essays.visible() if e.slug == KROLL.stem)
    assert kroll.id in await found("retrievers")
    await store.essays.set_hidden(kroll.id, GUILD_A, True)
    assert kroll.id not in await found("retrievers")
    assert kroll.id in await found("retrievers", GUILD_B)


async def test_failure_between_passages_leaves_no_trace(store: Store) -> None:
    """The Discord path (Publish): a write failing after some passages went in rolls back all."""
    before = (await store.essays.page(GUILD_A), await store.audit.entries(GUILD_A))
    # Fail on the second passage, after the essay row and the first passage (and its index
    # entries, via the triggers) were written in this transaction.
    await store.db.execute(
        "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON passages WHEN new.position = 1 "
        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord", user_id=1)
    await store.db.execute("DROP TRIGGER fail_second")
    assert (await store.essays.page(GUILD_A), await store.audit.entries(GUILD_A)) == before
    assert await store.index.matching('"celluloid"', guild_id=GUILD_A) == []
    await store.index.check()
    # Nothing was half-stored, so publishing again works normally.
    essay_id = await store.essays.create(_draft().doc, guild_id=GUILD_A, source="discord")
    assert len(await store.passages.of_essay(essay_id)) == 2
