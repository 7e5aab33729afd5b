"""/potd end to end: the real bot in SimCord, time moved with ``env.advance_time``.

SimCord's clock starts at 2026-01-01 00:00 UTC (09:00 in Berlin is 08:00 UTC in winter). It
patches ``discord.utils.utcnow`` and the ``datetime`` that ``discord.ext.tasks`` uses, so the
bot's default clock and its once-a-minute loop both follow ``advance_time``.
"""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
import simcord

from bot.client import create_bot
from bot.config import Config

pytestmark = pytest.mark.e2e

MINUTE = 60
HOUR = 3600


def config(tmp_path: Path) -> Config:
    return Config(database_path=tmp_path / "crosscut.db", cooldown_rate=1000)


def world(env: simcord.Env):
    guild = env.create_guild("Film club")
    channel = guild.create_text_channel("daily")
    general = guild.create_text_channel("general")
    mods = guild.create_role("Mods", permissions=discord.Permissions(manage_guild=True))
    mod = guild.add_member(env.create_user("mod"), roles=[mods])
    member = guild.add_member(env.create_user("member"))
    return guild, channel, general, mod, member


def posts(channel) -> list[discord.Message]:
    return [m for m in channel.history() if m.embeds]


def reply_text(result) -> str:
    message = result.followups[-1] if result.followups else result.response
    return message.content


async def schedule_berlin_nine(mod, general, channel) -> None:
    result = await mod.slash(general, "potd channel", channel=channel)
    assert result.ephemeral
    assert "every day at **09:00 UTC**" in reply_text(result)
    result = await mod.slash(general, "potd time", time="09:00", timezone="Europe/Berlin")
    assert "09:00 Europe/Berlin" in reply_text(result)


async def test_posts_once_a_day_at_local_time_alternating(tmp_path: Path) -> None:
    bot = create_bot(config(tmp_path))
    async with simcord.run(bot) as env:
        _, channel, general, mod, _ = world(env)
        await schedule_berlin_nine(mod, general, channel)
        preview = await mod.slash(general, "potd preview", days=3)
        previewed = [f.value for f in preview.response.embeds[0].fields]

        await env.advance_time(8 * HOUR - MINUTE)  # 07:59 UTC = 08:59 in Berlin
        assert posts(channel) == []
        await env.advance_time(2 * MINUTE)
        assert len(posts(channel)) == 1
        await env.advance_time(3 * HOUR)
        assert len(posts(channel)) == 1

        await env.advance_time(21 * HOUR)  # the next day, 10:01 in Berlin
        await env.advance_time(24 * HOUR)
        sent = posts(channel)
        assert len(sent) == 3
        stances = [m.embeds[0].fields[0].value for m in sent]
        assert stances[0] != stances[1] != stances[2]
        # What /potd preview showed is what was posted, day by day.
        for shown, message in zip(previewed, sent, strict=True):
            first_words = message.embeds[0].description[1:60]
            assert (
                first_words in shown.replace("\n", " ")
                or shown[1:40] in message.embeds[0].description
            )
        assert "Perspective of the day" in sent[0].embeds[0].author.name
        assert sent[0].embeds[0].author.name.endswith("Thursday 1 January 2026")
        labels = [c.label for row in sent[0].components for c in row.children]
        assert labels[:2] == ["Counter this", "Full passage"]


async def test_restart_at_post_time_posts_exactly_once(tmp_path: Path) -> None:
    bot = create_bot(config(tmp_path))
    async with simcord.run(bot) as env:
        _, channel, general, mod, _ = world(env)
        await schedule_berlin_nine(mod, general, channel)
        await env.advance_time(8 * HOUR - 1)  # 08:59:59 Berlin
        await env.restart_bot(create_bot(config(tmp_path)))
        await env.advance_time(2)  # 09:00:01 Berlin
        await env.restart_bot(create_bot(config(tmp_path)))
        await env.advance_time(2 * HOUR)
        assert len(posts(channel)) == 1


async def test_missing_channel_disables_and_tells_moderators(tmp_path: Path) -> None:
    bot = create_bot(config(tmp_path))
    async with simcord.run(bot) as env:
        guild, channel, general, mod, member = world(env)
        await schedule_berlin_nine(mod, general, channel)
        env.backend.delete_channel(channel.id)  # no public handle for deleting a channel
        await env.advance_time(9 * HOUR)

        settings = await bot.store.get_guild_settings(guild.id)
        assert not settings.potd_enabled
        assert "deleted" in settings.potd_problem
        dms = guild.owner.dm_channel.history()
        assert any("switched off the perspective of the day" in m.content for m in dms)
        result = await mod.slash(general, "potd history")
        assert "switched off" in reply_text(result)
        assert "deleted" in reply_text(result)

        # A member without Manage Server is turned away, and nothing changes.
        result = await member.slash(general, "potd off")
        assert "permission" in reply_text(result)

        # Pointing it at a channel again switches it back on and posts the day's perspective.
        fresh = guild.create_text_channel("daily-2")
        await mod.slash(general, "potd channel", channel=fresh)
        await env.advance_time(MINUTE)
        assert len(posts(fresh)) == 1


async def test_now_counter_and_timezone_autocomplete(tmp_path: Path) -> None:
    bot = create_bot(config(tmp_path))
    async with simcord.run(bot) as env:
        _, channel, general, mod, member = world(env)
        await mod.slash(general, "potd channel", channel=channel)
        result = await mod.slash(general, "potd now")
        assert "Posted" in reply_text(result)
        result = await mod.slash(general, "potd now")
        assert "already out" in reply_text(result)
        [post] = posts(channel)

        clicked = await member.click(post, label="Counter this")
        assert clicked.ephemeral
        day_stance = post.embeds[0].fields[0].value
        answers = clicked.response.embeds[0].fields
        assert answers
        assert all(("optimistic" in day_stance) == ("skeptical" in f.value) for f in answers)

        choices = await mod.autocomplete(general, "potd time", "timezone", "berl", time="09:00")
        assert "Europe/Berlin" in [c["value"] for c in choices]
        result = await mod.slash(general, "potd time", time="25:00")
        assert "HH:MM" in reply_text(result)
        result = await mod.slash(general, "potd time", time="09:00", timezone="Mars/Base")
        assert "IANA" in reply_text(result)
