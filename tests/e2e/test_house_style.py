"""Public posts follow the house style (cogs/_embeds.py): short verbatim passages, one
citation line, and none of the bot's internals (ids, method notes, confidence)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Config
from cogs._embeds import PASSAGE_MAX

from .helpers import World, assert_public, new_config, visible_text

INTERNALS = [
    re.compile(r"Essay #\d"),
    re.compile(r"passage \d", re.IGNORECASE),
    re.compile(r"How the stance"),
    re.compile(r"\d+ ?%"),
    re.compile(r"\bsure\)"),
    re.compile(r"match \d+/100"),
]
QUOTE = re.compile(r"\u201c([^\u201d]*)\u201d")


@pytest.fixture
def crosscut_config(tmp_path: Path) -> Config:
    return new_config(tmp_path, cooldown_rate=1000)


async def test_public_posts_are_short_cited_and_carry_no_internals(world: World) -> None:
    member, mod = world.member, world.moderator
    replies = [
        await member.slash("quote", text="going out for a burrito"),
        await member.slash("counter", claim="Sora will let anyone become a great director"),
        await member.slash("counter", claim="is ai video good or bad"),  # both sides
        await member.slash("perspective", author="pinker"),
        await member.slash("perspective", author="kroll"),
        await member.slash("spectrum", topic="creativity"),
        await member.slash("verify", quote="people show up to see meryl streep"),
    ]
    messages = [reply.message for reply in replies]
    daily = world.channel("daily")
    await mod.slash("potd channel", channel=daily)
    await mod.slash("potd settings", format="pair")
    await mod.slash("potd now")
    messages += list(world.messages(daily))
    assert len(messages) == len(replies) + 1

    for message in messages:
        assert_public(message)
        text = visible_text(message)
        for pattern in INTERNALS:
            assert not pattern.search(text), f"{pattern.pattern!r} in a public post:\n{text}"
        for embed in message.embeds:
            for quote in QUOTE.findall(embed.description or ""):
                assert len(quote) <= PASSAGE_MAX, quote
            if embed.description and "\u2014 **" in embed.description:
                # One citation line: author in bold, then the title.
                [line] = [x for x in embed.description.splitlines() if x.startswith("\u2014 ")]
                assert "*" in line.split("**", 2)[2]
