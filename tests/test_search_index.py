"""Indexed search: the FTS5 indexes stay in step with every write, candidates from the index
rank like the full scan, and autocomplete and quote verification answer from the index."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot.bench import EVAL_QUERIES, UNRELATED_QUERIES, synthetic_essays, topics_of
from bot.corpus import EssayDoc, infer_topics, parse_essay
from bot.search import Search, fts_phrase, quote_score, rank
from bot.stance import counter_passage, counterpoints, more_counterpoints
from bot.store import MIGRATIONS, SCHEMA_VERSION, Store
from bot.store.db import _statements
from bot.store.index import SCOPE_ESSAYS
from bot.text import normalize, normalize_with_offsets


def essay(slug: str, *paragraphs: str, author: str = "Test Author") -> EssayDoc:
    body = "\n\n".join(paragraphs)
    return parse_essay(
        f"---\ntitle: {slug.title()}\nauthor: {author}\nstance: skeptical\n---\n\n{body}\n",
        slug=slug,
    )


async def indexed_ids(store: Store, index: str, words: str) -> set[int]:
    rows = await store.db.execute_fetchall(
        f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (fts_phrase(words),)
    )
    return {row[0] for row in rows}


# -- the index and its migration ------------------------------------------------------------


async def test_fresh_database_has_both_indexes_and_they_cover_the_bundled_essays(
    store: Store,
) -> None:
    tables = {row[0] for row in await store.db.execute_fetchall("SELECT name FROM sqlite_master")}
    assert {"passage_words", "passage_grams", "passages_index_insert"} <= tables
    [(count,)] = await store.db.execute_fetchall("SELECT count(*) FROM passages")
    kroll = await indexed_ids(store, "passage_words", "retrievers")
    assert len(kroll) == 1
    assert await indexed_ids(store, "passage_grams", "etriever") == kroll
    await store.index.check()
    assert count > 50


async def test_upgrade_from_version_1_indexes_the_rows_already_there(db_path: Path) -> None:
    async with aiosqlite.connect(db_path, isolation_level=None) as db:
        for statement in _statements(MIGRATIONS[0]):
            await db.execute(statement)
        await db.execute("PRAGMA user_version = 1")
        await db.execute(
            "INSERT INTO essays (slug, title, author, stance, source, content_hash, created_at,"
            " updated_at) VALUES ('old', 'Old essay', 'Old Author', 'skeptical', 'cli', 'x', 0, 0)"
        )
        await db.execute(
            "INSERT INTO passages (essay_id, position, text, stance) VALUES "
            "(1, 0, 'Zoetropes flickered in the projection booth of an old cinema.', 'skeptical')"
        )
    store = await Store.open(db_path)
    try:
        assert await store.schema_version() == SCHEMA_VERSION
        assert await indexed_ids(store, "passage_words", "zoetrope") == {1}  # porter stem
        assert await indexed_ids(store, "passage_grams", "oetrop") == {1}
        await store.index.check()
        hits = await Search(store).quotes("zoetropes flickerd in the projection booth")
        assert [h.passage.author for h in hits] == ["Old Author"]
    finally:
        await store.close()


async def test_edits_and_removals_update_the_index_in_the_same_transaction(store: Store) -> None:
    search = Search(store)
    first = essay("ghosts", "Phantom projectionists rewind celluloid ghosts at midnight.")
    essay_id = await store.essays.save(first, guild_id=5, source="discord")
    assert await search.quotes("phantom projectionists rewind", guild_id=5)

    edited = essay("ghosts", "Spectral ushers sweep popcorn from the velvet aisles.")
    assert await store.essays.save(edited, guild_id=5, source="discord") == essay_id
    assert await indexed_ids(store, "passage_words", "projectionists") == set()
    assert await search.quotes("phantom projectionists rewind", guild_id=5) == []
    assert await search.quotes("spectral ushers sweep popcorn", guild_id=5)

    # A failed write leaves passages and index as they were.
    async def replace_badly() -> None:
        async with store.transaction() as db:
            await db.execute("DELETE FROM passages WHERE essay_id = ?", (essay_id,))
            await db.execute(
                "INSERT INTO passages (essay_id, position, text) VALUES (?, 0, 'x')", (essay_id,)
            )

    with pytest.raises(sqlite3.IntegrityError):
        await replace_badly()
    assert await search.quotes("spectral ushers sweep popcorn", guild_id=5)

    await store.essays.delete(essay_id)  # passages go by ON DELETE CASCADE: triggers still fire
    assert await indexed_ids(store, "passage_words", "ushers") == set()
    assert await indexed_ids(store, "passage_grams", "popcorn") == set()
    await store.index.check()


async def test_rebuild_repairs_the_index_and_leaves_it_merged(store: Store) -> None:
    for n in range(12):  # one FTS5 segment per write transaction
        doc = essay(f"reel{n}", f"Reel {n} of the zoetrope archive.")
        await store.essays.save(doc, source="cli")
    # A damaged index: the trigram index forgets every passage.
    await store.db.execute("INSERT INTO passage_grams (passage_grams) VALUES ('delete-all')")
    with pytest.raises(sqlite3.DatabaseError):
        await store.index.check()

    await store.index.rebuild()

    await store.index.check()
    for index in ("passage_words", "passage_grams"):
        # One segment: the next essay writes do not inherit a backlog of merges.
        [(segments,)] = await store.db.execute_fetchall(
            f"SELECT count(DISTINCT segid) FROM {index}_idx"
        )
        assert segments == 1
    assert await indexed_ids(store, "passage_grams", "oetrop")  # found by pieces again
    hits = await Search(store).quotes("reel 7 of the zoetrope archive")
    assert hits[0].passage.text == "Reel 7 of the zoetrope archive."


async def test_a_server_sees_bundled_and_its_own_essays_only(store: Store) -> None:
    search = Search(store)
    await store.essays.save(
        essay("mine", "Velvet curtains part for the midnight premiere of paper lanterns."),
        guild_id=7,
        source="discord",
    )
    query = "velvet curtains part for the midnight premiere"
    assert await search.quotes(query, guild_id=7)
    assert await search.quotes(query, guild_id=8) == []
    assert await search.quotes(query) == []
    assert (await search.verify(query, guild_id=8)).found is False
    assert [
        s for s in await search.suggest_quotes("velvet curtains", guild_id=8) if "Velvet" in s.label
    ] == []
    # An autocomplete value from another server does not resolve here.
    [mine] = await search.quotes(query, guild_id=7)
    assert await search.quotes(f"#{mine.passage.id}", guild_id=8) == []
    assert (await search.quotes(f"#{mine.passage.id}", guild_id=7))[0].passage == mine.passage


async def test_hidden_bundled_essays_leave_the_results(store: Store) -> None:
    search = Search(store)
    [hit] = await search.quotes("golden retreivers in snow", limit=1)
    async with store.transaction() as db:
        await db.execute(
            "INSERT INTO hidden_essays (guild_id, essay_id) VALUES (9, ?)", (hit.passage.essay_id,)
        )
    assert [
        h.passage.author for h in await search.quotes("golden retreivers in snow", guild_id=9)
    ] != ["Noam Kroll"]
    assert (await search.quotes("golden retreivers in snow", guild_id=10))[0].passage == hit.passage


@pytest.mark.parametrize(
    "query",
    [
        '"golden retrievers',
        "golden* retrievers",
        "NEAR(golden retrievers)",
        "golden -snow",
        "golden AND OR NOT snow",
        "text: golden retrievers",
        "(golden) {snow} ^retrievers",
        "golden \u201cretrievers\u201d playing",
        '""',
        "*",
        "-",
        "NEAR",
        "AND",
    ],
)
async def test_fts_syntax_in_user_input_is_just_text(search: Search, query: str) -> None:
    hits = await search.quotes(query)  # never an FTS5 syntax error
    if "retrievers" in query:
        assert hits[0].passage.author == "Noam Kroll"
    await search.suggest_quotes(query)
    await search.verify(query)


# -- ranking: the index agrees with the full scan ------------------------------------------


@pytest.fixture
async def big_store(db_path: Path, bundled: list[EssayDoc]) -> AsyncIterator[Store]:
    """The bundled essays among 200 synthetic ones written from their own vocabulary."""
    store = await Store.open(db_path)
    await store.essays.sync_bundled(bundled)
    for doc in synthetic_essays(bundled, 200):
        await store.essays.save(doc, source="cli")
    yield store
    await store.close()


async def test_top1_from_the_index_equals_the_full_scan(big_store: Store) -> None:
    search = Search(big_store)
    for query, _ in EVAL_QUERIES:
        indexed = await search.quotes(query, limit=1)
        naive = await search.naive_quotes(query, limit=1)
        assert [h.passage.id for h in indexed] == [h.passage.id for h in naive], query
        assert indexed[0].score == naive[0].score
    # On the curated corpus each line finds the essay it came from.
    bundled_ids = {
        p.id
        for e in await big_store.essays.visible()
        if e.source == "bundled"
        for p in await big_store.passages.of_essay(e.id)
    }
    for query, author in EVAL_QUERIES:
        hits = [h for h in await search.quotes(query, limit=5) if h.passage.id in bundled_ids]
        assert hits[0].passage.author == author, query


async def test_a_server_among_many_looks_only_among_what_it_sees(
    db_path: Path, bundled: list[EssayDoc]
) -> None:
    """Forty servers with essays of their own: a server's look-ups are confined to the id
    ranges of the passages it sees (bundled + own - hidden), and rank like its full scan."""
    store = await Store.open(db_path)
    try:
        await store.essays.sync_bundled(bundled)
        for i, doc in enumerate(synthetic_essays(bundled, 120)):
            await store.essays.save(doc, guild_id=100 + i // 3, source="discord")
        guild = 110
        [hidden] = [e.id for e in await store.essays.visible(guild) if e.source == "bundled"][:1]
        async with store.transaction() as db:
            await db.execute(
                "INSERT INTO hidden_essays (guild_id, essay_id) VALUES (?, ?)", (guild, hidden)
            )
        stored = {row[0] for row in await store.db.execute_fetchall("SELECT id FROM passages")}
        ranges = await store.index.scope(guild)
        assert ranges is not None
        covered = {i for lo, hi in ranges for i in range(lo, hi + 1)} & stored
        assert covered == {p.id for p in await store.passages.visible(guild)}
        search = Search(store)
        for query, _ in EVAL_QUERIES:
            indexed = await search.quotes(query, guild_id=guild, limit=1)
            naive = await search.naive_quotes(query, guild_id=guild, limit=1)
            assert [h.passage.id for h in indexed] == [h.passage.id for h in naive], query
        # A server's own line is found among the other servers' 117 essays.
        own = (await store.passages.of_essay((await store.essays.visible(guild))[-1].id))[0]
        [top] = await search.quotes(own.text[:80], guild_id=guild, limit=1)
        assert top.passage.id == own.id
        # Seeing more essays than a scope holds, a server searches the whole index.
        for i, doc in enumerate(synthetic_essays(bundled, SCOPE_ESSAYS, seed=8)):
            await store.essays.save(dataclasses.replace(doc, slug=f"more-{i}"), source="cli")
        assert await store.index.scope(guild) is None
    finally:
        await store.close()


@pytest.mark.parametrize("query", UNRELATED_QUERIES)
async def test_unrelated_chat_finds_nothing(search: Search, query: str) -> None:
    assert await search.quotes(query) == []
    assert await search.naive_quotes(query) == []
    assert (await search.verify(query)).found is False


async def test_pruned_ranking_equals_scoring_every_passage(store: Store) -> None:
    records = await store.passages.visible()
    for query, _ in [*EVAL_QUERIES, ("sora video clips", ""), ("film", "")]:
        norm = normalize(query)
        full = sorted(
            ((quote_score(norm, normalize(r.text)), r.id) for r in records),
            key=lambda item: (-item[0], item[1]),
        )
        expected = [(round(s, 1), i) for s, i in full if s >= 72][:5]
        assert [(h.score, h.passage.id) for h in rank(norm, records, limit=5)] == expected


async def test_counterpoints_come_from_index_candidates(
    big_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    search = Search(big_store)

    async def full_scan(*args: object, **kwargs: object) -> None:
        raise AssertionError("counterpoints read every visible passage")

    monkeypatch.setattr(search, "passages", full_scan)
    monkeypatch.setattr(big_store.passages, "visible", full_scan)
    answer = await counterpoints(search, "Sora will let anyone become a great director")
    assert answer.claim.stance == "optimistic"
    assert not answer.claim.unclear
    assert answer.results
    assert {h.passage.stance for h in answer.results} == {"skeptical"}  # the opposite stance
    top = answer.results[0]
    assert "democratization" in top.passage.topics
    assert "democratization" in top.why
    # The buttons ("Another counterpoint", "Counter this") draw from the index too.
    shown = [h.passage.id for h in answer.results]
    another = await more_counterpoints(search, "skeptical", answer.topics, exclude=shown)
    assert another is not None
    assert another.passage.stance == "skeptical"
    assert another.passage.id not in shown
    flipped = await counter_passage(search, top.passage)
    assert flipped.results
    assert {h.passage.stance for h in flipped.results} == {"optimistic"}
    records, normalized = await search.candidates(
        "anyone become a director", stance="skeptical", limit=50
    )
    assert 0 < len(records) <= 50
    assert {r.stance for r in records} == {"skeptical"}
    assert normalized == [normalize(r.text) for r in records]


# -- autocomplete ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", "g", "go", "golden", "golden retr", "golden retreivers in"])
async def test_quote_autocomplete_fits_discord(search: Search, typed: str) -> None:
    suggestions = await search.suggest_quotes(typed)
    assert 0 < len(suggestions) <= 25
    assert all(len(s.label) <= 100 and len(s.value) <= 100 for s in suggestions)
    assert all(" \u2014 " in s.label for s in suggestions)  # the author is shown
    if len(typed) > 5:
        assert "golden retrievers" in suggestions[0].label
        assert suggestions[0].label.endswith("\u2014 Noam Kroll")
    # The value re-resolves to the passage shown.
    [hit] = await search.quotes(suggestions[0].value)
    assert hit.passage.author in suggestions[0].label


async def test_autocomplete_snippet_shows_the_matched_words(search: Search) -> None:
    [first, *_] = await search.suggest_quotes("integral part of the creative process")
    assert "integral part of the creative process" in first.label
    assert first.label.endswith("\u2014 Alexander Pinker")


async def test_title_and_author_autocomplete(store: Store, search: Search) -> None:
    titles = await search.titles_like("indie filmmakers")
    assert titles[0].label.startswith("What Sora (AI Video) Means For Indie Filmmakers")
    assert all(len(t.label) <= 100 for t in titles)
    assert len(await search.titles_like("")) == 5
    await store.essays.save(essay("late", "A late arrival.", author="Late Writer"), source="cli")
    assert "Late Writer" in await search.authors_like("late writ")  # cache follows writes


# -- verification ---------------------------------------------------------------------------


async def test_verify_an_exact_quote_serves_the_stored_wording(search: Search) -> None:
    result = await search.verify("you can't just take the human component out of it")
    assert result.exact
    assert result.original == "You can\u2019t just take the human component out of it"
    assert result.passage.author == "Noam Kroll"


@pytest.mark.parametrize(
    ("typed", "original", "changes"),
    [
        (
            "AI is a system for propogating more of the same",
            "AI is a system for propagating more of the same",
            [("changed", "propogating", "propagating")],
        ),
        (
            "studios will become more predictable and robotic",
            "studios inevitably become more predictable and robotic",
            [("changed", "will", "inevitably")],
        ),
        (
            "True democratisation means empowering diverse voices",
            "True democratisation means empowering more diverse voices",
            [("missing", "", "more")],
        ),
        (
            "the fundamental DNA of film is really art",
            "the fundamental DNA of film is art",
            [("added", "really", "")],
        ),
        (  # a doubled word and one added at the end stay in the quote's sentence
            "AI is a system for propogating more of the the same garbage",
            "AI is a system for propagating more of the same",
            [
                ("changed", "propogating", "propagating"),
                ("added", "the", ""),
                ("added", "garbage", ""),
            ],
        ),
        (  # a word typed before the quote does not pull in the sentence before it
            "garbage by being exceptionally limited in the way it generates new content",
            "By being exceptionally limited in the way it generates new content",
            [("added", "garbage", "")],
        ),
    ],
)
async def test_verify_a_misquote_shows_each_word_that_differs(
    search: Search, typed: str, original: str, changes: list[tuple[str, str, str]]
) -> None:
    result = await search.verify(typed)
    assert result.found
    assert not result.exact
    assert result.original == original
    assert result.original in result.passage.text  # the exact stored characters
    assert [(d.kind, d.typed, d.original) for d in result.differences] == changes
    assert all(d.describe() for d in result.differences)


def test_offsets_map_normalized_text_back_to_the_original(bundled: list[EssayDoc]) -> None:
    for doc in bundled:
        for passage in doc.passages:
            norm, offsets = normalize_with_offsets(passage.text)
            assert norm == normalize(passage.text)
            assert offsets == sorted(offsets)
            for char, at in zip(norm, offsets, strict=True):
                original = passage.text[at]
                if original.isascii() and original.isalnum():
                    assert char == original.lower()


# -- the benchmark's corpus -----------------------------------------------------------------


def test_synthetic_corpus_is_reproducible_and_topics_match_the_corpus_rules(
    bundled: list[EssayDoc],
) -> None:
    first = list(synthetic_essays(bundled, 20))
    assert first == list(synthetic_essays(bundled, 20))
    assert len({d.slug for d in first}) == 20
    for doc in first:
        for passage in doc.passages:
            assert passage.topics == infer_topics(passage.text) == topics_of(passage.text)
    assert dataclasses.replace(first[0]).passages
