"""The daily post as Discord receives it: within embed limits, cited, with its buttons; and the
``potd`` CLI contract."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from datetime import date
from pathlib import Path

import discord
import pytest

from bot import daily
from bot.cli import main
from bot.daily import DailyPick
from bot.store import PassageRecord, Store
from cogs._embeds import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FOOTER_MAX,
    TITLE_MAX,
)
from cogs.daily import potd_embeds, potd_view


def huge(stance: str, pid: int) -> PassageRecord:
    """A passage with every field far past Discord's limits (a server's own long essay)."""
    return PassageRecord(
        id=pid,
        essay_id=pid,
        position=0,
        text="word " * 5000,
        stance=stance,
        topics=("jobs", "creativity"),
        stance_source="override",
        quoted_from=None,
        title="T" * 1000,
        author="A" * 1000,
        publication="P" * 1000,
        published="2024-02-16",
        url="https://example.org/" + "x" * 100,
        essay_stance=stance,
        guild_id=1,
    )


def within_limits(embeds: list[discord.Embed]) -> None:
    assert len(embeds) <= 10
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_MAX
    for embed in embeds:
        assert len(embed.title or "") <= TITLE_MAX
        assert len(embed.description or "") <= DESCRIPTION_MAX
        assert len(embed.author.name or "") <= AUTHOR_MAX
        assert len(embed.footer.text or "") <= FOOTER_MAX
        assert len(embed.fields) <= 25
        for field in embed.fields:
            assert 0 < len(field.name) <= FIELD_NAME_MAX
            assert 0 < len(field.value) <= FIELD_VALUE_MAX


@pytest.mark.parametrize("pair", [False, True])
def test_post_fits_embed_limits_even_for_huge_passages(pair: bool) -> None:
    pick = DailyPick(
        date(2026, 7, 14), huge("optimistic", 1), huge("skeptical", 2) if pair else None
    )
    embeds = potd_embeds(pick)
    assert len(embeds) == (2 if pair else 1)
    within_limits(embeds)


async def test_post_shows_quote_citation_stance_and_prompt_and_no_method(store: Store) -> None:
    settings = await store.settings.update(5, potd_format="pair")
    [pick] = await daily.upcoming(store, settings, date(2026, 7, 14), 1)
    embeds = potd_embeds(pick)
    within_limits(embeds)
    first, second = embeds
    p = pick.passage
    # Verbatim: the whole passage, or its opening cut after a sentence and marked "…".
    shown = first.description.split("\u201d\n")[0].removeprefix("\u201c")
    assert shown == p.text or p.text.startswith(shown.removesuffix(" \u2026"))
    assert p.author in first.description
    assert first.title == p.title
    assert "Perspective of the day" in first.author.name
    assert "Tuesday 14 July 2026" in first.author.name
    assert p.stance in first.footer.text
    assert not first.fields  # no "How the stance was assigned": a method note, not news
    assert pick.counter.text.startswith(second.description.split("\u201d\n")[0][1:120])
    assert {f.name: f.value for f in second.fields}["Discuss"] == pick.prompt
    assert pick.prompt in daily.PROMPTS.values() or pick.prompt == daily.DEFAULT_PROMPT


async def test_post_buttons_are_persistent(store: Store) -> None:
    settings = await store.settings.get(5)
    [pick] = await daily.upcoming(store, settings, date(2026, 7, 14), 1)
    view = potd_view(pick)
    assert view.timeout is None
    ids = [getattr(item, "custom_id", None) for item in view.children]
    assert f"crosscut:potd-counter:{pick.passage.id}" in ids
    assert f"crosscut:full:{pick.passage.id}" in ids
    assert view.is_persistent()


# -- CLI ---------------------------------------------------------------------------------


def _count_posts(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT COUNT(*) FROM daily_posts").fetchone()[0]


def test_cli_potd_json_contract_records_nothing(
    offline_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["potd", "--from", "2026-07-01", "--days", "12", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"days"}
    days = data["days"]
    assert [d["date"] for d in days] == [f"2026-07-{i:02d}" for i in range(1, 13)]
    for day in days:
        assert {"date", "essay_id", "title", "author", "text", "stance"} <= set(day)
        assert day["stance"] in {"optimistic", "skeptical"}
    assert len({d["text"] for d in days}) == 12
    stances = [d["stance"] for d in days]
    assert all(a != b for a, b in itertools.pairwise(stances))
    assert _count_posts(offline_env / "cli.db") == 0
    # The same question gives the same answer: the preview is what the schedule would post.
    assert main(["potd", "--from", "2026-07-01", "--days", "12", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == data


def test_cli_potd_text_and_bad_input(offline_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["potd", "--days", "2", "--guild", "42"]) == 0
    out = capsys.readouterr().out
    assert out.count("\u201c") >= 2
    assert main(["potd", "--from", "2026-13-01"]) == 2  # a usage error
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["potd", "--days", "0"]) == 2
    assert "--days" in capsys.readouterr().err
