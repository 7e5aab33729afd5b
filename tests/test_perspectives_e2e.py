"""/counter, "Argue the other side", /perspective and /spectrum end to end: the real bot in
SimCord, driven like a user, asserting what the user sees (and that it fits Discord's limits).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest
import simcord

from bot.client import create_bot
from bot.config import Config
from bot.corpus import parse_essay

SOURCE_URL = "https://example.org/festival-notes"
# A server's own essay, with a source link and a skeptical line quoted from someone else.
SERVER_ESSAY = f"""---
title: Notes from the festival circuit
author: Dana Reel
url: {SOURCE_URL}
stance: optimistic
---

<!-- stance: optimistic; topics: stars, audience -->
Audiences at every screening cheered the synthetic performers louder than the human cast.

<!-- stance: skeptical; topics: democratization; quoting: Rita Critic, Film Quarterly -->
Giving everyone a camera that films itself is not the same as giving everyone a voice.
"""


def make_bot(db: Path) -> discord.Client:
    # A generous command budget: these tests click fast on purpose.
    return create_bot(Config(database_path=db, cooldown_rate=1000))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "crosscut.db"


@pytest.fixture
async def env(db: Path) -> AsyncIterator[simcord.Env]:
    async with simcord.run(make_bot(db)) as env:
        yield env


@pytest.fixture
def guild(env: simcord.Env):
    return env.create_guild(name="Film Club")


@pytest.fixture
def channel(guild):
    return guild.create_text_channel("film-talk")


@pytest.fixture
def alice(env: simcord.Env, guild):
    return guild.add_member(env.create_user("alice"))


def within_limits(message) -> None:
    """Discord's limits: content 2000, description 4096, field 1024, total 6000 per embed."""
    assert len(message.content or "") <= 2000
    for embed in message.embeds:
        assert len(embed.title or "") <= 256
        assert len(embed.description or "") <= 4096
        assert len(embed.author.name or "") <= 256
        assert len(embed.fields) <= 25
        for field in embed.fields:
            assert len(field.name) <= 256
            assert len(field.value) <= 1024
        assert len(embed) <= 6000


def labels(message) -> list[str]:
    return [c.get("label") for row in message.components for c in row.get("components", [])]


def button(message, label: str) -> dict:
    return next(
        c
        for row in message.components
        for c in row.get("components", [])
        if c.get("label") == label
    )


def stance_of(embed: discord.Embed) -> str:
    return next(f.value for f in embed.fields if f.name == "Stance").split()[-1]


async def passage_text(env: simcord.Env, embed: discord.Embed) -> str:
    """The stored passage an embed shows (by its footer's essay and passage number)."""
    footer = embed.footer.text  # "Essay #5 · passage 4 ..."
    essay_id = int(footer.split("#")[1].split()[0])
    position = int(footer.split("passage ")[1].split()[0]) - 1
    passages = await env.bot.store.essay_passages(essay_id)
    return passages[position].text


async def test_counter_shows_the_other_side_cited(env, channel, alice) -> None:
    result = await alice.slash(channel, "counter", claim="Sora will let anyone become a director")
    reply = result.response
    assert not reply.ephemeral
    within_limits(reply)
    embed = reply.embeds[0]
    assert embed.title == "The skeptical side"
    assert stance_of(embed) == "skeptical"
    assert embed.author.name.startswith("Countering:")
    assert any(name in embed.description for name in ("Joan Westenberg", "Unknown"))
    text = await passage_text(env, embed)
    assert text in embed.description  # verbatim
    why = next(f.value for f in embed.fields if f.name == "Why this passage")
    assert "democratization" in why
    assert labels(reply) == ["Another counterpoint", "Counter this", "Full passage"]


async def test_never_useful_gets_an_optimistic_answer(env, channel, alice) -> None:
    result = await alice.slash(
        channel, "counter", claim="AI video will never be useful to filmmakers"
    )
    embed = result.response.embeds[0]
    assert stance_of(embed) == "optimistic"
    assert any(name in embed.description for name in ("Noam Kroll", "Global Times"))


async def test_another_counterpoint_edits_in_place_without_repeats(env, channel, alice) -> None:
    result = await alice.slash(channel, "counter", claim="who even needs actors anymore lol")
    message = result.response
    shown = [await passage_text(env, message.embeds[0])]
    for _ in range(3):
        click = await alice.click(message, label="Another counterpoint")
        assert click.response.id == message.id  # the same message, updated
        message = click.response
        within_limits(message)
        assert stance_of(message.embeds[0]) == "skeptical"
        assert message.embeds[0].author.name.startswith("Countering:")
        shown.append(await passage_text(env, message.embeds[0]))
    assert len(set(shown)) == len(shown)


async def test_counter_this_flips_to_the_other_side(env, channel, alice) -> None:
    result = await alice.slash(channel, "counter", claim="Sora will let anyone become a director")
    click = await alice.click(result.response, label="Counter this")
    flipped = click.response
    assert flipped.id != result.response.id
    assert not flipped.ephemeral
    within_limits(flipped)
    assert stance_of(flipped.embeds[0]) == "optimistic"
    assert "Counter this" in labels(flipped)


async def test_full_passage_is_private_and_verbatim(env, channel, alice) -> None:
    result = await alice.slash(channel, "counter", claim="AI movies are soulless slop")
    text = await passage_text(env, result.response.embeds[0])
    click = await alice.click(result.response, label="Full passage")
    assert click.response.ephemeral
    assert f"**{text}**" in click.response.embeds[0].description


async def test_unclear_claim_gets_both_sides_labelled(env, channel, alice) -> None:
    result = await alice.slash(channel, "counter", claim="sora 2 dropped today")
    reply = result.response
    within_limits(reply)
    assert "both sides" in reply.content
    assert sorted(stance_of(e) for e in reply.embeds) == ["optimistic", "skeptical"]
    assert {e.title for e in reply.embeds} == {
        "If you meant it as skeptical: the optimistic side",
        "If you meant it as optimistic: the skeptical side",
    }
    assert set(labels(reply)) >= {
        "Full passage (optimistic)",
        "Full passage (skeptical)",
        "Another optimistic",
        "Another skeptical",
    }
    before = {stance_of(e): e.description for e in reply.embeds}
    click = await alice.click(reply, label="Another skeptical")
    after = {stance_of(e): e.description for e in click.response.embeds}
    assert after["optimistic"] == before["optimistic"]
    assert after["skeptical"] != before["skeptical"]
    assert "Another skeptical" in labels(click.response)


async def test_argue_the_other_side_replies_to_the_message(env, channel, alice, guild) -> None:
    bob = guild.add_member(env.create_user("bob"))
    said = await bob.send(
        channel, "honestly AI movies are soulless slop, no human behind any of it"
    )
    result = await alice.context_menu(channel, "Argue the other side", said)
    assert result.response.ephemeral
    assert "Posted the other side" in result.response.content
    reply = channel.last_message
    assert reply.reference is not None
    assert reply.reference.message_id == said.id
    within_limits(reply)
    assert stance_of(reply.embeds[0]) == "optimistic"
    assert "Another counterpoint" in labels(reply)
    # The buttons on the reply work like /counter's.
    click = await alice.click(reply, label="Counter this")
    assert stance_of(click.response.embeds[0]) == "skeptical"


async def test_argue_with_a_message_without_words(env, channel, alice, guild) -> None:
    bob = guild.add_member(env.create_user("bob"))
    said = await bob.send(channel, "🎬")
    result = await alice.context_menu(channel, "Argue the other side", said)
    assert result.response.ephemeral
    assert "no words to argue with" in result.response.content


async def test_perspective_with_misspelled_names(env, channel, alice) -> None:
    choices = await alice.autocomplete(channel, "perspective", "author", "westenburg")
    assert choices[0]["value"] == "Joan Westenberg"
    result = await alice.slash(channel, "perspective", author="noam krol")
    reply = result.response
    within_limits(reply)
    embed = reply.embeds[0]
    assert embed.title == "Noam Kroll"
    assert "mixed" in embed.description
    assert "filmmaker" in embed.description  # the bio
    claims = [f for f in embed.fields if f.name[0].isdigit()]
    assert len(claims) == 3
    essays = next(f for f in embed.fields if f.name == "Essays")
    assert "What Sora (AI Video) Means For Indie Filmmakers" in essays.value
    click = await alice.click(reply, label="Full passage 1")
    assert click.response.ephemeral
    assert "**" in click.response.embeds[0].description


async def test_perspective_unknown_author_is_a_private_error(env, channel, alice) -> None:
    result = await alice.slash(channel, "perspective", author="zzzzqqqq")
    assert result.response.ephemeral
    assert "No author matching" in result.response.content


async def test_spectrum_orders_authors(env, channel, alice) -> None:
    choices = await alice.autocomplete(channel, "spectrum", "topic", "actor")
    assert choices[0]["value"] == "stars"
    result = await alice.slash(channel, "spectrum", topic="creativity")
    reply = result.response
    within_limits(reply)
    embed = reply.embeds[0]
    assert embed.title == "Spectrum: creativity"
    names = [f.name for f in embed.fields]
    skeptic = names.index(next(n for n in names if n.startswith("Joan Westenberg")))
    optimist = names.index(next(n for n in names if n.startswith("Alexander Pinker")))
    assert skeptic < optimist
    assert all("\u201c" in f.value for f in embed.fields)


async def test_spectrum_unknown_topic(env, channel, alice) -> None:
    result = await alice.slash(channel, "spectrum", topic="qqqzzz")
    assert result.response.ephemeral
    assert "No topic matching" in result.response.content


async def test_server_essays_source_button_and_quoted_speaker(env, channel, alice, guild) -> None:
    await env.bot.store.save_essay(
        parse_essay(SERVER_ESSAY, slug="festival-notes"), guild_id=guild.id, source="discord"
    )
    result = await alice.slash(
        channel, "counter", claim="nobody wants to watch a fake AI actor, people go for the stars"
    )
    reply = result.response
    assert "Dana Reel" in reply.embeds[0].description
    assert button(reply, "Source")["url"] == SOURCE_URL
    result = await alice.slash(channel, "perspective", author="Dana Reel")
    assert "Giving everyone a camera" not in str(result.response.embeds[0].to_dict())
    # Another server never sees this server's essay.
    other = env.create_guild(name="Elsewhere")
    elsewhere = other.create_text_channel("general")
    carol = other.add_member(env.create_user("carol"))
    result = await carol.slash(
        elsewhere, "counter", claim="nobody wants to watch a fake AI actor, people go for the stars"
    )
    assert "Dana Reel" not in result.response.embeds[0].description


async def test_buttons_survive_a_restart(env, db, channel, alice) -> None:
    counter = await alice.slash(channel, "counter", claim="sora is going to kill indie film")
    perspective = await alice.slash(channel, "perspective", author="westenburg")
    both = await alice.slash(channel, "counter", claim="sora 2 dropped today")
    await env.restart_bot(make_bot(db))
    another = await alice.click(counter.response, label="Another counterpoint")
    assert stance_of(another.response.embeds[0]) == "optimistic"
    flipped = await alice.click(another.response, label="Counter this")
    assert stance_of(flipped.response.embeds[0]) == "skeptical"
    full = await alice.click(flipped.response, label="Full passage")
    assert full.response.ephemeral
    claim = await alice.click(perspective.response, label="Full passage 2")
    assert claim.response.ephemeral
    side = await alice.click(both.response, label="Another optimistic")
    assert sorted(stance_of(e) for e in side.response.embeds) == ["optimistic", "skeptical"]


async def test_long_claims_fit_discord(env, channel, alice) -> None:
    claim = ("sora will let anyone make a feature film from their bedroom " * 9)[:500]
    result = await alice.slash(channel, "counter", claim=claim)
    within_limits(result.response)
