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
    ours = await store.save_essay(
        essay("ours", "Lanterns of the Matinee", "Ida Lumen"), guild_id=GUILD, source="cli"
    )
    theirs = await store.save_essay(
        essay("theirs", "Lanterns for Strangers", "Otto Elsewhere"), guild_id=OTHER, source="cli"
    )
    kroll = next(e.id for e in await store.essays() if e.title == KROLL_TITLE)
    assert await store.set_hidden(kroll, GUILD, True)
    return {"ours": ours, "theirs": theirs, "kroll": kroll}


async def offered(search: Search, typed: str, scope: str, guild_id: int = GUILD) -> list[int]:
    return [int(s.value) for s in await search.essays_like(typed, guild_id=guild_id, scope=scope)]


async def test_each_scope_offers_only_the_essays_that_command_can_act_on(
    store: Store, search: Search, ids: dict[str, int]
) -> None:
    bundled = {e.id for e in await store.essays()}
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
    await store.set_hidden(ids["kroll"], GUILD, False)
    assert await offered(search, "", "hidden") == []
    await store.delete_essay(ids["ours"])
    assert await offered(search, "", "own") == []
    new = await store.save_essay(
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
