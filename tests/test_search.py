"""Quote search on the bundled essays: fragments, typos and typography find the exact passage."""

from __future__ import annotations

import pytest

from bot.errors import NotFoundError
from bot.search import QUOTE_FLOOR, Search
from bot.store import Store

# Site furniture and reader comments that must never be served as an essay's words.
JUNK = [
    "logo",
    "subscribe to",
    "never miss a post",
    "feel free to download",
    "photo:vcg",
    "published:",
    "please enter your",
    "akismet",
    "follow us",
    "cookie",
    "ähnliche artikel",
    "leave a reply",
    "sign up for my newsletter",
    "about author",
    "bikini",
    "voltaggio",
    "pixar characters are written by",
]


@pytest.mark.parametrize(
    ("query", "author", "expected"),
    [
        ("golden retreivers in snow", "Noam Kroll", "golden retrievers playing in the snow"),
        ("people show up to see meryl streep", "Noam Kroll", "Meryl Streep or Denzel"),
        ("AI is a system for propogating more of the same", "Unknown", "propagating more"),
        ("equating automation with democratization", "Joan Westenberg", "equating automation"),
        ("printing did not replace literature", "Global Times", "invention of printing"),
        ("the best time in history to make your movie", "Noam Kroll", "best time in history"),
    ],
)
async def test_misremembered_lines_find_the_exact_passage(
    search: Search, query: str, author: str, expected: str
) -> None:
    hits = await search.quotes(query)
    assert hits, query
    assert hits[0].passage.author == author
    assert expected in hits[0].passage.text


async def test_curly_and_straight_quotes_and_case_do_not_matter(search: Search) -> None:
    straight = await search.quotes("it's been about the movie star")
    curly = await search.quotes("IT\u2019S BEEN ABOUT THE MOVIE STAR")
    assert straight[0].passage.id == curly[0].passage.id
    assert "\u2019" in curly[0].passage.text  # the stored wording is served, not the query's


@pytest.mark.parametrize(
    "query",
    [
        "pizza recipe with pineapple and ham",
        "what time is the game tonight",
        "how do I install python on windows",
        "my cat likes to sleep on the sofa",
        "hi",
    ],
)
async def test_unrelated_text_finds_nothing(search: Search, query: str) -> None:
    assert await search.quotes(query) == []


async def test_results_are_best_first_and_above_the_floor(search: Search) -> None:
    hits = await search.quotes("sora video clips", limit=5)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(score >= QUOTE_FLOOR for score in scores)


async def test_author_filter_is_fuzzy(search: Search) -> None:
    hits = await search.quotes("human creativity", author="noam krol")
    assert hits
    assert {h.passage.author for h in hits} == {"Noam Kroll"}
    with pytest.raises(NotFoundError):
        await search.quotes("human creativity", author="nobody like this at all")


async def test_author_autocomplete(search: Search) -> None:
    assert "Joan Westenberg" in await search.authors_like("westen")
    assert len(await search.authors_like("")) == 5


async def test_no_stored_passage_is_junk_or_a_reader_comment(store: Store) -> None:
    for passage in await store.passages.visible():
        lowered = passage.text.lower()
        assert not [junk for junk in JUNK if junk in lowered], passage.text


async def test_new_essays_are_searchable_without_restart(store: Store, search: Search) -> None:
    from dataclasses import replace

    from bot.corpus import parse_essay

    assert await search.quotes("zoetrope lanterns flicker in the attic") == []
    doc = parse_essay(
        "---\ntitle: New\nauthor: New Author\nstance: skeptical\n---\n\n"
        "Zoetrope lanterns flicker in the attic while the machines hum.\n",
        slug="new",
    )
    await store.essays.save(replace(doc), guild_id=3, source="discord")
    hits = await search.quotes("zoetrope lanterns flicker in the attic", guild_id=3)
    assert hits[0].passage.author == "New Author"
    assert await search.quotes("zoetrope lanterns flicker in the attic", guild_id=4) == []


@pytest.mark.parametrize(
    ("typed", "author"),
    [
        ("noam krol", "Noam Kroll"),
        ("kroll noam", "Noam Kroll"),
        ("westenburg", "Joan Westenberg"),
        ("pinkr", "Alexander Pinker"),
        ("westen", "Joan Westenberg"),
    ],
)
async def test_author_names_forgive_typos(search: Search, typed: str, author: str) -> None:
    assert await search.resolve_author(typed) == author


@pytest.mark.parametrize("typed", ["spielberg", "nolan", "Christopher Nolan"])
async def test_a_name_of_no_author_resolves_to_nobody(search: Search, typed: str) -> None:
    assert await search.resolve_author(typed) is None
    assert await search.authors_like(typed) == []
    with pytest.raises(NotFoundError, match="No author matching"):
        await search.quotes("human", author=typed)


async def test_a_prolific_authors_quotes_come_from_the_index_and_stay_theirs(
    store: Store, search: Search, bundled
) -> None:
    from dataclasses import replace

    from bot.bench import synthetic_essays
    from bot.search import AUTHOR_SCAN

    passages = [p for d in synthetic_essays(bundled, 80, seed=5) for p in d.passages]
    assert len(passages) > AUTHOR_SCAN
    line = "The projector hums like a lighthouse keeper who forgot the sea entirely."
    doc = next(synthetic_essays(bundled, 1, seed=6))
    doc = replace(
        doc, author="Prolific Writer", passages=(*passages[:AUTHOR_SCAN], doc.passages[0])
    )
    doc = replace(doc, passages=(*doc.passages[:-1], replace(doc.passages[-1], text=line)))
    await store.essays.save(doc, source="cli")
    hits = await search.quotes("projector hums like a lighthouse keeper", author="prolific")
    assert hits
    assert hits[0].passage.text == line
    assert {h.passage.author for h in hits} == {"Prolific Writer"}
