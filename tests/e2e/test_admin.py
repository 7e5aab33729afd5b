"""``@Crosscut sync``: the owner's message command, end to end.

SimCord makes the bot's own user the application's owner (``GET /oauth2/applications/@me``), so
no member can be the owner there: tests name the owner with ``bot.owner_id``, which discord.py's
``is_owner`` reads first (exactly what a deployment that sets ``owner_id`` does).
"""

from __future__ import annotations

from discord.ext import commands

from .helpers import Person, World


def command_syncs(world: World) -> int:
    """How many times a bot has PUT its command list to Discord in this world."""
    return world.env.transcript().count("PUT /applications/")


async def mention(world: World, person: Person, text: str):
    """``person`` posts ``@Crosscut text``; returns the bot's messages that came after it."""
    sent = await person.say(f"{world.bot.user.mention} {text}")
    return [m for m in world.messages() if m.id > sent.id and m.author.id == world.bot.user.id]


async def test_owner_forces_a_sync_even_when_nothing_changed(world: World) -> None:
    await world.restart()  # the command tree is unchanged: this start does not sync
    before = command_syncs(world)
    world.bot.owner_id = world.moderator.id

    [answer] = await mention(world, world.moderator, "sync")

    assert answer.content == "Slash commands synced."
    assert answer.reference is not None  # a reply to the owner's message
    assert command_syncs(world) == before + 1
    assert "quote" in world.member.available_commands()


async def test_anyone_else_is_ignored_and_nothing_is_synced(world: World) -> None:
    world.bot.owner_id = world.moderator.id
    before = command_syncs(world)

    with world.tolerate(commands.NotOwner):
        answers = await mention(world, world.member, "sync")

    assert answers == []
    assert command_syncs(world) == before
