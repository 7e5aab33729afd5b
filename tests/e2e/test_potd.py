"""/potd end to end: the real bot in SimCord, time moved with ``world.advance``.

SimCord's clock starts at 2026-01-01 00:00 UTC (09:00 in Berlin is 08:00 UTC in winter); the
``world`` fixture moves it one second on. SimCord patches ``discord.utils.utcnow`` and the
``datetime`` that ``discord.ext.tasks`` uses, so the bot's default clock and its once-a-minute
loop both follow virtual time.
"""

from __future__ import annotations

import discord
import pytest
import simcord

from .helpers import Person, Reply, World, cited_speaker, click_for_reply

MINUTE = 60
HOUR = 3600


def posts(channel) -> list[discord.Message]:
    return [m for m in channel.history() if m.embeds]


def reply_text(reply: Reply) -> str:
    return reply.followups[-1].content if reply.followups else reply.content


async def schedule_berlin_nine(mod: Person, channel) -> None:
    reply = await mod.slash("potd channel", channel=channel)
    assert reply.ephemeral
    assert "every day at **09:00 UTC**" in reply_text(reply)
    reply = await mod.slash("potd time", time="09:00", timezone="Europe/Berlin")
    assert "09:00 Europe/Berlin" in reply_text(reply)


async def test_posts_once_a_day_at_local_time_alternating(world: World) -> None:
    mod, channel = world.moderator, world.channel("daily")
    await schedule_berlin_nine(mod, channel)
    preview = await mod.slash("potd preview", days=3)
    previewed = [f.value for f in preview.embed.fields]

    await world.advance(8 * HOUR - MINUTE)  # 07:59 UTC = 08:59 in Berlin
    assert posts(channel) == []
    await world.advance(2 * MINUTE)
    assert len(posts(channel)) == 1
    await world.advance(3 * HOUR)
    assert len(posts(channel)) == 1

    await world.advance(21 * HOUR)  # the next day, 10:01 in Berlin
    await world.advance(24 * HOUR)
    sent = posts(channel)
    assert len(sent) == 3
    stances = [m.embeds[0].fields[0].value for m in sent]
    assert stances[0] != stances[1] != stances[2]
    # What /potd preview showed is what was posted, day by day.
    for shown, message in zip(previewed, sent, strict=True):
        first_words = message.embeds[0].description[1:60]
        assert (
            first_words in shown.replace("\n", " ") or shown[1:40] in message.embeds[0].description
        )
    assert "Perspective of the day" in sent[0].embeds[0].author.name
    assert sent[0].embeds[0].author.name.endswith("Thursday 1 January 2026")
    labels = [c.label for row in sent[0].components for c in row.children]
    assert labels[:2] == ["Counter this", "Full passage"]


async def test_restart_at_post_time_posts_exactly_once(world: World) -> None:
    channel = world.channel("daily")
    await schedule_berlin_nine(world.moderator, channel)
    await world.advance(8 * HOUR - 2)  # 08:59:59 Berlin
    await world.restart()
    await world.advance(2)  # 09:00:01 Berlin
    await world.restart()
    await world.advance(2 * HOUR)
    assert len(posts(channel)) == 1


async def test_missing_channel_disables_and_tells_moderators(world: World) -> None:
    mod, guild, channel = world.moderator, world.guild, world.channel("daily")
    await schedule_berlin_nine(mod, channel)
    world.env.backend.delete_channel(channel.id)  # no public handle for deleting a channel
    await world.advance(9 * HOUR)

    settings = await world.bot.store.settings.get(guild.id)
    assert not settings.potd_enabled
    assert "deleted" in settings.potd_problem
    dms = guild.owner.dm_channel.history()
    assert any("switched off the perspective of the day" in m.content for m in dms)
    reply = await mod.slash("potd history")
    assert "switched off" in reply_text(reply)
    assert "deleted" in reply_text(reply)

    # A member without Manage Server is not offered /potd at all (Discord hides it).
    assert "potd" not in world.member.available_commands()
    with pytest.raises(simcord.SetupError, match="default-member-permissions"):
        await world.member.slash("potd off")

    # Pointing it at a channel again switches it back on and posts the day's perspective.
    fresh = world.channel("daily-2")
    await mod.slash("potd channel", channel=fresh)
    await world.advance(MINUTE)
    assert len(posts(fresh)) == 1


async def test_now_counter_and_timezone_autocomplete(world: World) -> None:
    mod, channel = world.moderator, world.channel("daily")
    await mod.slash("potd channel", channel=channel)
    reply = await mod.slash("potd now")
    assert "Posted" in reply_text(reply)
    reply = await mod.slash("potd now")
    assert "already out" in reply_text(reply)
    [post] = posts(channel)

    # Counter this answers as it does under /counter: a public reply to the post, from
    # another speaker on the other side.
    answer = await click_for_reply(world, world.member, post, "Counter this", channel)
    day_stance = post.embeds[0].fields[0].value
    answer_stance = (answer.embeds[0].footer.text or "").split(" \u00b7 ")[0]
    assert ("optimistic" in day_stance) == ("skeptical" in answer_stance)
    countering = answer.embeds[0].author.name
    assert countering.startswith("Countering ")
    assert cited_speaker(answer.embeds[0]) not in {
        "",
        countering.split(":")[0][len("Countering ") :],
    }

    choices = await mod.autocomplete("potd time", "timezone", "berl", time="09:00")
    assert "Europe/Berlin" in choices.values
    reply = await mod.slash("potd time", time="25:00")
    assert "HH:MM" in reply_text(reply)
    reply = await mod.slash("potd time", time="09:00", timezone="Mars/Base")
    assert "IANA" in reply_text(reply)


async def test_settings_shape_the_post_and_off_stops_it(world: World) -> None:
    mod, channel = world.moderator, world.channel("daily")
    buffs = world.guild.create_role("Film buffs")
    await mod.slash("potd channel", channel=channel)

    shown = await mod.slash("potd settings")  # no options: just the current settings
    assert shown.ephemeral
    assert "format single" in reply_text(shown)
    changed = await mod.slash("potd settings", format="pair", thread=True, ping_role=buffs)
    assert changed.ephemeral
    for text in ("format pair", "with a thread", f"pinging <@&{buffs.id}>"):
        assert text in reply_text(changed)

    await mod.slash("potd now")
    [post] = posts(channel)
    assert post.content == f"<@&{buffs.id}>"
    assert len(post.embeds) == 2  # both sides
    assert "both sides" in post.embeds[0].author.name
    [thread] = channel.threads
    assert thread.name.startswith("2026-01-01 \u00b7 ")

    await world.advance(MINUTE)  # past the per-user command budget
    history = await mod.slash("potd history", limit=1)
    assert "The last day." in reply_text(history)
    assert history.embed.description.startswith("`2026-01-01`")
    unpinged = await mod.slash("potd settings", no_ping=True)
    assert "pinging" not in reply_text(unpinged)
    assert "format pair" in reply_text(unpinged)

    off = await mod.slash("potd off")
    assert off.ephemeral
    assert "**off**" in reply_text(off)
    assert "**off**" in reply_text(await mod.slash("potd settings"))
    await world.advance(34 * HOUR)  # past tomorrow's 09:00 UTC
    assert len(posts(channel)) == 1


async def test_time_and_settings_changed_while_off_are_confirmed(world: World) -> None:
    # A new moderator sets the time before choosing a channel: the answer shows it was kept.
    mod = world.moderator
    timed = await mod.slash("potd time", time="18:30", timezone="America/New_York")
    assert "**off**" in reply_text(timed)
    assert "18:30 America/New_York" in reply_text(timed)
    shaped = await mod.slash("potd settings", format="pair", thread=True)
    for text in ("**off**", "18:30 America/New_York", "format pair", "with a thread"):
        assert text in reply_text(shaped)

    on = await mod.slash("potd channel", channel=world.channel("daily"))
    assert "every day at **18:30 America/New_York** (format pair" in reply_text(on)
    off = await mod.slash("potd off")
    assert "**off**" in reply_text(off)
    assert "18:30 America/New_York" in reply_text(off)


async def test_a_member_shown_potd_is_told_what_it_needs(world: World) -> None:
    # The server's essay moderators (a role, not Manage Server) may be shown /potd too.
    team = world.guild.create_role("Essay team")
    await world.bot.store.settings.update(world.guild.id, moderator_role_id=team.id)
    helper = world.person("essay helper", roles=[team])
    await world.allow("potd", world.member, helper)
    for person in (world.member, helper):
        refused = await person.slash("potd now")
        assert refused.ephemeral
        assert "Manage Server" in reply_text(refused)


async def test_potd_bad_input_and_members_are_refused(world: World) -> None:
    mod = world.moderator
    no_channel = await mod.slash("potd now")
    assert no_channel.ephemeral
    assert "Choose a channel first" in reply_text(no_channel)
    empty = await mod.slash("potd history")
    assert "No perspective of the day has been posted here yet" in reply_text(empty)
    # Discord's client refuses values outside the declared choices and ranges.
    with pytest.raises(simcord.OptionError):
        await mod.slash("potd settings", format="triple")
    with pytest.raises(simcord.OptionError):
        await mod.slash("potd preview", days=15)

    for command in ("potd settings", "potd now", "potd channel"):
        assert command not in world.member.available_commands()
    assert "potd settings" in mod.available_commands()
    with pytest.raises(simcord.SetupError, match="default-member-permissions"):
        await world.member.slash("potd settings")
    # A server that shows /potd to everyone: the bot still checks Manage Server itself.
    await world.allow("potd", world.member)
    refused = await world.member.slash("potd settings", format="pair")
    assert refused.ephemeral
    assert "Manage Server" in reply_text(refused)
    settings = await world.bot.store.settings.get(world.guild.id)
    assert settings.potd_format == "single"


async def test_buttons_on_an_old_daily_post_work_after_a_restart(world: World) -> None:
    channel = world.channel("daily")
    await world.moderator.slash("potd channel", channel=channel)
    await world.moderator.slash("potd now")
    [post] = posts(channel)

    await world.restart()

    counter = await click_for_reply(world, world.member, post, "Counter this", channel)
    assert counter.embeds[0].author.name.startswith("Countering ")
    full = await world.member.click(post, label="Full passage")
    assert full.ephemeral
    assert post.embeds[0].description[1:40] in full.text.replace("\n", " ")
