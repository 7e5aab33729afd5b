"""Property tests (Hypothesis): whatever comes in, the importer and every query entry point
answer or refuse clearly, never crash, never exceed a cap, never store a refusal, and every
query stays well inside its time budget on the bundled corpus.

Bounded for CI (profile "ci", tests/conftest.py); ``HYPOTHESIS_PROFILE=long`` runs thousands.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from bot import BUNDLED_ESSAYS
from bot.cli import ANSWERED, USAGE, main
from bot.corpus import MAX_PASSAGES, EssayDoc, load_directory, parse_essay, slugify, to_markdown
from bot.errors import CrosscutError
from bot.importer import (
    FIELD_MAX,
    SUFFIXES,
    Metadata,
    decode,
    draft_from_file,
    draft_from_text,
    metadata_changes,
)
from bot.search import Search
from bot.stance import counterpoints, perspective, spectrum
from bot.stance.perspectives import topics_like
from bot.store import GLOBAL, Store

# Generous: the targets are well under a second; this only catches a query gone quadratic.
BUDGET = 1.0
CHOICES_MAX = 25
HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")

_WORDS = sorted(
    {w for d in load_directory(BUNDLED_ESSAYS) for p in d.passages for w in p.text.split()}
)
# Text a user might type: real words from the essays, typos, any Unicode, hostile characters.
words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)
hostile = st.sampled_from(
    ["\x00", "\x1b[31m", "\x07", "\u200b", "\u202e", "\ufeff", "<!--", "-->", "---", "*", "&a",
     "%", '"', "'", "NEAR(", "OR", "\\", "\n", "\r\n", "@everyone", "<@1>", "\ud7ff", "\U0001f3ac"]
)  # fmt: skip
typed = st.one_of(
    words,
    st.text(max_size=120),
    st.lists(st.one_of(words, hostile, st.text(max_size=8)), max_size=12).map("".join),
    st.text(min_size=280, max_size=2_100),  # around and over every cap
)


# -- the importer: any bytes, any front matter, any paste ------------------------------------


def _check_draft(doc: EssayDoc) -> None:
    """What every accepted essay satisfies, whatever it was made from."""
    assert 1 <= len(doc.passages) <= MAX_PASSAGES
    assert doc.title.strip()
    assert doc.author.strip()
    assert doc.slug == slugify(doc.slug)
    for name, limit in FIELD_MAX.items():
        value = getattr(doc, name)
        assert value is None or len(value) <= limit, name
        assert value is None or not HIDDEN.search(value), name
    for passage in doc.passages:
        assert passage.text.strip()
        assert not HIDDEN.search(passage.text)
    if doc.url:
        assert "@" not in urlsplit(doc.url).netloc
    # Whatever was accepted exports and re-imports to the same essay.
    again = parse_essay(to_markdown(doc), slug=doc.slug)
    assert [p.text for p in again.passages] == [p.text for p in doc.passages]
    assert (again.title, again.author, again.stance, again.url, again.extra) == (
        doc.title, doc.author, doc.stance, doc.url, doc.extra
    )  # fmt: skip


metadata = st.builds(
    Metadata,
    title=st.one_of(st.none(), typed),
    author=st.one_of(st.none(), typed),
    stance=st.sampled_from([None, "optimistic", "skeptical", "mixed", "Mixed", "sunny"]),
    publication=st.one_of(st.none(), typed),
    published=st.one_of(st.none(), st.text(max_size=50)),
    url=st.one_of(st.none(), st.text(max_size=30), st.builds("https://u:p@e.com/{}".format, typed)),
)


@given(data=st.binary(max_size=4_000), suffix=st.sampled_from(SUFFIXES), meta=metadata)
def test_any_file_is_a_draft_or_a_clear_refusal(data: bytes, suffix: str, meta: Metadata) -> None:
    try:
        draft = draft_from_file(data, f"upload{suffix}", meta)
    except CrosscutError:
        return
    _check_draft(draft.doc)


@given(data=st.binary(max_size=3_000))
def test_any_bytes_decode_to_text_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data)
    except CrosscutError:
        return
    assert "\x00" not in text


scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), typed, st.dates(), st.datetimes()
)
front_value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=3), max_leaves=6)


# Front matter assembled from YAML's sharp edges: tags, anchors, merges, flow collections.
yaml_pieces = st.lists(
    st.sampled_from(
        [
            "title",
            "author",
            "stance",
            "url",
            "published",
            "slug",
            "x",
            ":",
            " ",
            "\n",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "!!int ",
            "!!binary ",
            "!!timestamp ",
            "!!float ",
            "!!set ",
            "!!omap ",
            "!!python/object ",
            "'",
            '"',
            "|",
            ">",
            "#",
            "?",
            "mixed",
            "2024-02-30",
            "1e999",
            ".nan",
            "0x1F",
            "~",
            "<<: ",
            "%YAML 1.1\n",
            "...",
            "\t",
            "\u00a0",
            "\x85",
            "\u2028",
        ]
    ),
    max_size=30,
).map(lambda pieces: "title: T\nauthor: A\nstance: mixed\n" + "".join(pieces))


@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "title",
                "author",
                "stance",
                "url",
                "published",
                "publication",
                "author_bio",
                "slug",
                "extra",
                "TITLE",
            ]
        ),
        front_value,
    ),
    raw=st.one_of(st.none(), st.text(max_size=400), yaml_pieces),
    body=st.one_of(words, st.text(max_size=600)),
)
def test_any_front_matter_is_an_essay_or_a_clear_refusal(
    fields: dict, raw: str | None, body: str
) -> None:
    front = raw if raw is not None else yaml.safe_dump(fields, allow_unicode=True)
    text = f"---\n{front}\n---\n\n{body}"
    try:
        draft = draft_from_text(text, kind="md", source="upload.md", meta=Metadata())
    except CrosscutError:
        return
    _check_draft(draft.doc)


@given(
    text=st.one_of(typed, st.lists(typed, max_size=6).map("\n\n".join)),
    meta=metadata,
)
def test_any_paste_is_a_draft_or_a_clear_refusal(text: str, meta: Metadata) -> None:
    try:
        draft = draft_from_text(text, kind="txt", source="pasted text", meta=meta)
    except CrosscutError:
        return
    _check_draft(draft.doc)


@given(meta=metadata)
def test_any_edit_is_checked_like_a_new_essay(meta: Metadata) -> None:
    try:
        changes = metadata_changes(meta)
    except CrosscutError:
        return
    for name, value in changes.items():
        assert len(value) <= FIELD_MAX.get(name, 10**9)
        assert not HIDDEN.search(value)


def _snapshot(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in tables if t[0] != "_"}
    finally:
        con.close()


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "crosscut.db"
    return path


@given(data=st.binary(max_size=2_000), suffix=st.sampled_from(SUFFIXES))
def test_a_refused_cli_import_leaves_the_database_unchanged(
    cli_db: Path, tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("in")
    (folder / f"essay{suffix}").write_bytes(data)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DATABASE_PATH", str(cli_db))
        mp.delenv("DISCORD_TOKEN", raising=False)
        main(["essay", "list", "--json"])  # opens and loads the bundled essays once
        before = _snapshot(cli_db)
        code = main(["essay", "add", str(folder), "--json", "--title", "T", "--author", "A",
                     "--stance", "mixed", "--guild", "9"])  # fmt: skip
    assert code in (ANSWERED, USAGE)
    if code == USAGE:  # refused (it was the only file)
        assert _snapshot(cli_db) == before


# -- every query entry point: any text --------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[asyncio.AbstractEventLoop, Search]]:
    """The bundled corpus in a real store, on one event loop for every example."""
    loop = asyncio.new_event_loop()
    store = loop.run_until_complete(Store.open(tmp_path_factory.mktemp("q") / "crosscut.db"))
    loop.run_until_complete(store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS)))
    yield loop, Search(store)
    loop.run_until_complete(store.close())
    loop.close()


def _run(corpus, query):
    """Run one query: its answer (or the CrosscutError it refused with) and how long it took."""
    loop, _ = corpus
    start = time.perf_counter()
    try:
        result = loop.run_until_complete(query)
    except CrosscutError as error:
        result = error
    elapsed = time.perf_counter() - start
    assert elapsed < BUDGET, f"{elapsed:.2f} s"
    return result


guild = st.sampled_from([GLOBAL, 42])


@given(text=typed, author=st.one_of(st.none(), typed), guild_id=guild)
def test_quote_and_verify_answer_any_text(
    corpus, text: str, author: str | None, guild_id: int
) -> None:
    search = corpus[1]
    hits = _run(corpus, search.quotes(text, guild_id=guild_id, author=author))
    assert isinstance(hits, CrosscutError) or len(hits) <= 5
    checked = _run(corpus, search.verify(text, guild_id=guild_id))
    if not isinstance(checked, CrosscutError) and checked.found:
        assert checked.original in checked.passage.text  # verbatim, always


@given(text=typed, guild_id=guild)
def test_counter_perspective_and_spectrum_answer_any_text(corpus, text: str, guild_id: int) -> None:
    search = corpus[1]
    answer = _run(corpus, counterpoints(search, text, guild_id=guild_id))
    assert isinstance(answer, CrosscutError) or len(answer.results) <= 3
    _run(corpus, perspective(search, text, guild_id=guild_id))
    _run(corpus, spectrum(search, text, guild_id=guild_id))


@given(
    text=typed,
    guild_id=guild,
    scope=st.sampled_from(["visible", "any", "own", "bundled", "hidden"]),
)
def test_every_autocomplete_answers_any_text(corpus, text: str, guild_id: int, scope: str) -> None:
    search = corpus[1]
    for query in (
        search.suggest_quotes(text, guild_id=guild_id),
        search.authors_like(text, guild_id=guild_id),
        search.titles_like(text, guild_id=guild_id),
        search.essays_like(text, guild_id=guild_id, scope=scope),
        topics_like(search, text, guild_id=guild_id),
    ):
        choices = _run(corpus, query)
        assert not isinstance(choices, CrosscutError), choices  # autocomplete never refuses
        assert len(choices) <= CHOICES_MAX
