"""Every essay write keeps the search index in step, in the same transaction.

The index is kept by triggers on ``passages`` (migration 2), so no write path can forget it:
these tests drive each Store write method and check, straight after it returns, that a quote
search sees the change and that both FTS5 indexes hold exactly one row per passage.
"""

from __future__ import annotations

import pytest

from bot.corpus import EssayDoc, parse_essay
from bot.errors import NotFoundError
from bot.search import Search
from bot.store import GLOBAL, Store

GUILD = 41
OTHER = 42
LINE = "Phantom projectionists rewind celluloid ghosts at midnight."
QUERY = "phantom projectionists rewind celluloid"
NEW_LINE = "Spectral ushers sweep popcorn from the velvet aisles."
NEW_QUERY = "spectral ushers sweep popcorn"


def essay(
    slug: str, *paragraphs: str, author: str = "Ida Lumen", stance: str = "skeptical"
) -> EssayDoc:
    body = "\n\n".join(paragraphs)
    return parse_essay(
        f"---\ntitle: {slug.title()} Reel\nauthor: {author}\nstance: {stance}\n---\n\n{body}\n",
        slug=slug,
    )


async def assert_index_in_step(store: Store) -> None:
    """One index row per passage in both indexes, and each index agrees with the text."""
    [(passages,)] = await store.db.execute_fetchall("SELECT count(*) FROM passages")
    # The docsize shadow tables hold one row per indexed document (the FTS tables themselves
    # read their content from passages, so counting them would prove nothing).
    [(words,)] = await store.db.execute_fetchall("SELECT count(*) FROM passage_words_docsize")
    [(grams,)] = await store.db.execute_fetchall("SELECT count(*) FROM passage_grams_docsize")
    assert words == grams == passages
    await store.index.check()


async def authors_found(search: Search, query: str, guild_id: int = GUILD) -> list[str]:
    return [h.passage.author for h in await search.quotes(query, guild_id=guild_id)]


@pytest.fixture
def search(store: Store) -> Search:
    return Search(store)


async def test_sync_bundled_adds_updates_and_removes(
    store: Store, search: Search, bundled: list[EssayDoc]
) -> None:
    await search.quotes(QUERY)  # warm every cache first: writes must invalidate them
    report = await store.essays.sync_bundled([*bundled, essay("ghosts", LINE)])
    assert report.added == 1
    assert await authors_found(search, QUERY, GLOBAL) == ["Ida Lumen"]
    await assert_index_in_step(store)

    report = await store.essays.sync_bundled([*bundled, essay("ghosts", NEW_LINE)])
    assert report.updated == 1
    assert await authors_found(search, QUERY, GLOBAL) == []
    assert await authors_found(search, NEW_QUERY, GLOBAL) == ["Ida Lumen"]
    await assert_index_in_step(store)

    report = await store.essays.sync_bundled(bundled)
    assert report.removed == 1
    assert await authors_found(search, NEW_QUERY, GLOBAL) == []
    await assert_index_in_step(store)


async def test_save_essay_insert_and_replace(store: Store, search: Search) -> None:
    essay_id = await store.essays.save(essay("ghosts", LINE), guild_id=GUILD, source="discord")
    assert await authors_found(search, QUERY) == ["Ida Lumen"]
    await assert_index_in_step(store)
    replaced = essay("ghosts", NEW_LINE, author="Otto Reel")
    assert await store.essays.save(replaced, guild_id=GUILD, source="discord") == essay_id
    assert await authors_found(search, QUERY) == []
    assert await authors_found(search, NEW_QUERY) == ["Otto Reel"]
    await assert_index_in_step(store)


async def test_import_essay_added_updated_unchanged(store: Store, search: Search) -> None:
    _, status = await store.essays.import_doc(essay("ghosts", LINE), source="cli")
    assert status == "added"
    assert await authors_found(search, QUERY) == ["Ida Lumen"]  # global: every server sees it
    await assert_index_in_step(store)
    _, status = await store.essays.import_doc(essay("ghosts", LINE, NEW_LINE), source="cli")
    assert status == "updated"
    assert await authors_found(search, NEW_QUERY) == ["Ida Lumen"]
    await assert_index_in_step(store)
    _, status = await store.essays.import_doc(essay("ghosts", LINE, NEW_LINE), source="cli")
    assert status == "unchanged"
    assert await authors_found(search, QUERY) == ["Ida Lumen"]
    await assert_index_in_step(store)


async def test_create_essay_and_publish_suggestion(store: Store, search: Search) -> None:
    await store.essays.create(essay("ghosts", LINE), guild_id=GUILD, source="discord")
    assert await authors_found(search, QUERY) == ["Ida Lumen"]
    assert await authors_found(search, QUERY, OTHER) == []
    await assert_index_in_step(store)

    suggestion = await store.suggestions.add(GUILD, 1, "ushers.md", "text")
    # Same slug: stored under a new one, the first essay untouched.
    doc = essay("ghosts", NEW_LINE, author="Otto Reel")
    await store.suggestions.publish(suggestion, GUILD, doc, user_id=2)
    assert await authors_found(search, NEW_QUERY) == ["Otto Reel"]
    assert await authors_found(search, QUERY) == ["Ida Lumen"]
    await assert_index_in_step(store)


async def test_update_essay_and_passage_stance_reach_search_at_once(
    store: Store, search: Search
) -> None:
    essay_id = await store.essays.create(
        essay("ghosts", LINE, NEW_LINE), guild_id=GUILD, source="discord"
    )
    assert await search.titles_like("ghosts reel", guild_id=GUILD)  # warm the caches
    assert "Ida Lumen" in await search.authors_like("ida", guild_id=GUILD)

    await store.essays.update(
        essay_id, GUILD, {"author": "Otto Reel", "title": "Ushers", "stance": "optimistic"}
    )
    assert await authors_found(search, QUERY) == ["Otto Reel"]
    [hit] = await search.quotes(QUERY, guild_id=GUILD, author="otto reel")
    assert hit.passage.title == "Ushers"
    assert "Ida Lumen" not in await search.authors_like("ida", guild_id=GUILD)
    assert (await search.titles_like("ushers", guild_id=GUILD))[0].label.startswith("Ushers")
    optimistic, _ = await search.candidates(QUERY, guild_id=GUILD, stance="optimistic")
    assert {r.essay_id for r in optimistic} == {essay_id}
    await assert_index_in_step(store)

    await store.essays.set_passage_stance(essay_id, GUILD, 0, "skeptical")
    skeptical, _ = await search.candidates(QUERY, guild_id=GUILD, stance="skeptical")
    assert [r.position for r in skeptical if r.essay_id == essay_id] == [0]
    assert await authors_found(search, QUERY) == ["Otto Reel"]
    await assert_index_in_step(store)
    with pytest.raises(NotFoundError):
        await store.essays.set_passage_stance(essay_id, GUILD, 9, "skeptical")
    await assert_index_in_step(store)


async def test_remove_and_delete_essay(store: Store, search: Search) -> None:
    first = await store.essays.create(essay("ghosts", LINE), guild_id=GUILD, source="discord")
    second = await store.essays.save(essay("ushers", NEW_LINE), guild_id=GUILD, source="discord")
    [hit] = await search.quotes(QUERY, guild_id=GUILD)
    assert hit.passage.essay_id == first
    await store.essays.remove(first, GUILD)
    assert await authors_found(search, QUERY) == []
    assert await search.quotes(f"#{hit.passage.id}", guild_id=GUILD) == []  # autocomplete value
    await assert_index_in_step(store)
    await store.essays.delete(second)
    assert await authors_found(search, NEW_QUERY) == []
    await assert_index_in_step(store)
    # A refused removal (another server's essay) leaves everything in place.
    third = await store.essays.create(essay("ghosts", LINE), guild_id=OTHER, source="discord")
    with pytest.raises(NotFoundError):
        await store.essays.remove(third, GUILD)
    assert await authors_found(search, QUERY, OTHER) == ["Ida Lumen"]
    await assert_index_in_step(store)


async def test_hide_and_unhide_change_visibility_only(store: Store, search: Search) -> None:
    query = "golden retreivers in snow"
    [hit] = await search.quotes(query, guild_id=GUILD, limit=1)
    [(rows_before,)] = await store.db.execute_fetchall("SELECT count(*) FROM passage_words_docsize")
    assert await store.essays.set_hidden(hit.passage.essay_id, GUILD, True)
    assert hit.passage.id not in {h.passage.id for h in await search.quotes(query, guild_id=GUILD)}
    assert hit.passage.author not in await search.authors_like("noam kroll", guild_id=GUILD)
    assert (await search.quotes(query, guild_id=OTHER, limit=1))[0].passage == hit.passage
    await assert_index_in_step(store)
    assert await store.essays.set_hidden(hit.passage.essay_id, GUILD, False)
    assert (await search.quotes(query, guild_id=GUILD, limit=1))[0].passage == hit.passage
    [(rows_after,)] = await store.db.execute_fetchall("SELECT count(*) FROM passage_words_docsize")
    assert rows_after == rows_before
    await assert_index_in_step(store)
