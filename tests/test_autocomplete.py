"""Author and essay autocomplete: the right essays for each command, one server's own walled off,
ids and typos understood, and cheap name matching (``pick``)."""

from __future__ import annotations

import pytest

from bot.corpus import EssayDoc, parse_essay
from bot.search import Search, pick
from bot.store import GLOBAL, Store

GUILD = 51
OTHER = 52
KROLL_TITLE = "What Sora (AI Video) Means For Indie Filmmakers"


def essay(slug: str, title: str, author: str) -> EssayDoc:
    return parse_essay(
        f"---\ntitle: {title}\nauthor: {author}\nstance: mixed\n---\n\n"
        "Projectors hum while the reels turn in the dark booth.\n",
        slug=slug,
    )


@pytest.fixture
async def ids(store: Store) -> dict[str, int]:
    """Ours (GUILD's own), theirs (OTHER's own) and a bundled essay hidden in GUILD."""
    ours = await store.essays.save(
        essay("ours", "Lanterns of the Matinee", "Ida Lumen"), guild_id=GUILD, source="cli"
    )
    theirs = await store.essays.save(
        essay("theirs", "Lanterns for Strangers", "Otto Elsewhere"), guild_id=OTHER, source="cli"
    )
    kroll = next(e.id for e in await store.essays.visible() if e.title == KROLL_TITLE)
    assert await store.essays.set_hidden(kroll, GUILD, True)
    return {"ours": ours, "theirs": theirs, "kroll": kroll}


async def offered(search: Search, typed: str, scope: str, guild_id: int = GUILD) -> list[int]:
    return [int(s.value) for s in await search.essays_like(typed, guild_id=guild_id, scope=scope)]


async def test_each_scope_offers_only_the_essays_that_command_can_act_on(
    store: Store, search: Search, ids: dict[str, int]
) -> None:
    bundled = {e.id for e in await store.essays.visible()}
    assert set(await offered(search, "", "own")) == {ids["ours"]}
    assert set(await offered(search, "", "hidden")) == {ids["kroll"]}
    assert set(await offered(search, "", "bundled")) == bundled - {ids["kroll"]}
    assert set(await offered(search, "", "visible")) == bundled - {ids["kroll"]} | {ids["ours"]}
    assert set(await offered(search, "", "any")) == bundled | {ids["ours"]}
    # Another server never sees our own essay, and our hiding does not hide it there.
    assert set(await offered(search, "", "any", OTHER)) == bundled | {ids["theirs"]}
    assert await offered(search, "lanterns", "any", OTHER) == [ids["theirs"]]
    assert await offered(search, "lanterns", "any") == [ids["ours"]]
    with pytest.raises(ValueError, match="unknown essay scope"):
        await search.essays_like("", scope="everything")


async def test_essay_choices_show_id_title_and_author_and_fit_discord(
    search: Search, ids: dict[str, int]
) -> None:
    [first, *_] = await search.essays_like("indie filmakers", scope="any", guild_id=GUILD)
    assert first.label == f"#{ids['kroll']} {KROLL_TITLE} \u2014 Noam Kroll"
    assert first.value == str(ids["kroll"])
    everything = await search.essays_like("", scope="any", guild_id=GUILD)
    assert 0 < len(everything) <= 25
    assert all(len(s.label) <= 100 and len(s.value) <= 100 for s in everything)
    # By author too, and the server's own essays come first when nothing is typed.
    assert await offered(search, "ida lum", "any") == [ids["ours"]]
    assert int(everything[0].value) == ids["ours"]


async def test_a_typed_id_offers_that_essay_first(search: Search, ids: dict[str, int]) -> None:
    for typed in (str(ids["ours"]), f"#{ids['ours']}", f" # {ids['ours']} "):
        assert (await offered(search, typed, "any"))[0] == ids["ours"]
    assert ids["theirs"] not in await offered(search, str(ids["theirs"]), "any")


async def test_choices_follow_writes(store: Store, search: Search, ids: dict[str, int]) -> None:
    assert await offered(search, "", "hidden") == [ids["kroll"]]  # cached now
    await store.essays.set_hidden(ids["kroll"], GUILD, False)
    assert await offered(search, "", "hidden") == []
    await store.essays.delete(ids["ours"])
    assert await offered(search, "", "own") == []
    new = await store.essays.save(
        essay("later", "Velvet Aisles", "Ida Lumen"), guild_id=GUILD, source="cli"
    )
    assert await offered(search, "velvet", "own") == [new]
    assert await offered(search, "velvet", "any", GLOBAL) == []


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("", "joan westenberg"),  # nothing typed: the first names, in order
        ("n", "noam kroll"),  # a word starting with the letter, first names first
        ("k", "noam kroll"),  # ... or a later word
        ("kr", "noam kroll"),
        ("westenburg", "joan westenberg"),  # a typo
        ("pinkr", "alexander pinker"),
    ],
)
def test_pick_matches_prefixes_words_and_typos(typed: str, first: str) -> None:
    keys = ["joan westenberg", "noam kroll", "alexander pinker", "global times"]
    assert keys[pick(typed, keys, 25)[0]] == first


def test_pick_is_bounded_and_says_nothing_for_noise() -> None:
    keys = [f"author number {n}" for n in range(5000)]
    assert len(pick("a", keys, 25)) == 25
    assert len(pick("author numbr 12", keys, 25)) == 25
    assert pick("zzqx", keys, 25) == []


# -- /quote text: what one letter offers, and where the snippet starts -------------------------


async def test_one_letter_offers_each_essays_opening_claim_and_this_servers_posts_first(
    store: Store, search: Search
) -> None:
    essays = await store.essays.visible()
    openings = []
    for e in essays:
        passages = await store.passages.of_essay(e.id)
        openings.append(next(p.id for p in passages if p.stance != "neutral"))
    shown = [int(s.value[1:]) for s in await search.suggest_quotes("g", guild_id=GUILD)]
    assert shown == openings
    # A passage this server posted (perspective of the day) comes first, here only.
    posted = (await store.passages.of_essay(essays[-1].id))[-1]
    await store.db.execute(
        "INSERT INTO daily_posts (guild_id, local_date, passage_id, essay_id, stance, author,"
        " created_at) VALUES (?, '2026-01-01', ?, ?, ?, ?, 0)",
        (GUILD, posted.id, posted.essay_id, posted.stance, posted.author),
    )
    store.generation += 1  # written behind the store's back: drop the caches
    here = [int(s.value[1:]) for s in await search.suggest_quotes("g", guild_id=GUILD)]
    assert here == [posted.id, *openings]
    assert [int(s.value[1:]) for s in await search.suggest_quotes("g")] == openings


@pytest.mark.parametrize(
    "lead", ["Plain words lead in here", "Curly \u201cquotes\u201d\u2026 and \u00dfs"]
)
async def test_snippet_starts_near_the_matched_words(
    store: Store, search: Search, lead: str
) -> None:
    filler = " ".join(["The projector hums in the dark booth."] * 6)
    text = f"{lead}. {filler} Velvet curtains conceal the zoetrope archive at midnight."
    await store.essays.save(
        parse_essay(
            f"---\ntitle: Booth\nauthor: Ida Lumen\nstance: mixed\n---\n\n{text}\n", slug="booth"
        ),
        source="cli",
    )
    [first, *_] = await search.suggest_quotes("velvet curtains conceal the zoetr")
    assert first.label.startswith("\u2026")
    assert "Velvet curtains conceal the zoetrope archive" in first.label
    assert first.label.endswith(" \u2014 Ida Lumen")
    assert len(first.label) <= 100


async def test_per_server_lists_are_bounded_least_recent_server_evicted(store: Store) -> None:
    search = Search(store, guilds_cached=3)
    caches = {
        "authors": search._authors,
        "essays": search._guild_essays,
        "featured": search._featured_cache,
    }

    async def visit(guild_id: int) -> None:
        await search.authors_like("kr", guild_id=guild_id)
        await search.essays_like("so", guild_id=guild_id)
        await search.suggest_quotes("", guild_id=guild_id)

    for guild_id in (1, 2, 3):
        await visit(guild_id)
    await visit(1)  # server 1 is the most recent again
    await visit(4)  # one server too many: 2, the least recent, is forgotten
    for name, cache in caches.items():
        assert sorted(cache) == [1, 3, 4], name
    # A forgotten server is served as before, from the database.
    assert await search.authors_like("kroll", guild_id=2) == ["Noam Kroll"]
    assert sorted(search._authors) == [1, 2, 4]


async def test_author_choices_are_the_visible_authors_through_own_essays_and_hiding(
    store: Store, search: Search, ids: dict[str, int]
) -> None:
    """The shared authors are listed once for every server; each server's list must still be
    exactly the authors it sees: its own added, those whose every essay it hid left out."""
    limit = 1000
    for guild_id in (GUILD, OTHER, GLOBAL):
        expected = await store.essays.authors(guild_id)
        assert await search.authors_like("", guild_id=guild_id, limit=limit) == expected
    assert "Ida Lumen" in await search.authors_like("", guild_id=GUILD, limit=limit)
    assert "Noam Kroll" not in await search.authors_like("", guild_id=GUILD, limit=limit)
    assert "Noam Kroll" in await search.authors_like("", guild_id=OTHER, limit=limit)
    await store.essays.set_hidden(ids["kroll"], GUILD, False)  # a write: the lists follow it
    assert "Noam Kroll" in await search.authors_like("", guild_id=GUILD, limit=limit)


async def test_a_servers_own_write_keeps_the_shared_lists_and_a_shared_write_renews_them(
    store: Store, search: Search
) -> None:
    await search.authors_like("", guild_id=OTHER)  # the shared lists are made
    before = store.shared_generation
    await store.essays.save(essay("own", "Reel Two", "Mia Own"), guild_id=GUILD, source="cli")
    assert store.shared_generation == before  # the shared lists stay as they are
    assert "Mia Own" in await search.authors_like("", guild_id=GUILD, limit=1000)
    assert "Mia Own" not in await search.authors_like("", guild_id=OTHER, limit=1000)
    shared = await store.essays.save(essay("shared", "Sol Reel", "Sol Shared"), source="cli")
    assert store.shared_generation == before + 1
    assert "Sol Shared" in await search.authors_like("", guild_id=OTHER, limit=1000)
    assert shared in await offered(search, "sol reel", "visible", OTHER)
