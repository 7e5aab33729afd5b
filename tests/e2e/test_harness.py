"""The harness itself: limit checks, error policy, time, restart, and what SimCord enforces."""

from __future__ import annotations

import re
from pathlib import Path

import discord
import pytest
import simcord
from discord import app_commands

from bot.client import create_bot
from bot.config import Config

from .helpers import (
    World,
    assert_ephemeral,
    assert_public,
    check_choices,
    check_embed,
    check_limits,
    new_config,
)


class _Message:
    """Just enough of a message for check_limits."""

    def __init__(self, content: str = "", embeds: list[discord.Embed] | None = None) -> None:
        self.content = content
        self.embeds = embeds or []


# -- limit checks (pure) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("embed", "named"),
    [
        (discord.Embed(title="t" * 257), "title is 257 characters, over Discord's limit of 256"),
        (discord.Embed(description="d" * 4097), "description is 4097 characters"),
        (discord.Embed().set_footer(text="f" * 2049), "footer.text is 2049"),
        (discord.Embed().set_author(name="a" * 257), "author.name is 257"),
        (discord.Embed().add_field(name="n" * 257, value="v"), "fields[0].name is 257"),
        (discord.Embed().add_field(name="n", value="v" * 1025), "fields[0].value is 1025"),
        (discord.Embed().add_field(name="n", value=" "), "fields[0].value is empty"),
        (discord.Embed().add_field(name="", value="v"), "fields[0].name is empty"),
    ],
)
def test_check_embed_names_the_broken_limit(embed: discord.Embed, named: str) -> None:
    with pytest.raises(AssertionError, match=re.escape(named)):
        check_embed(embed)


def test_check_embed_counts_fields_and_total() -> None:
    many = discord.Embed()
    for i in range(26):
        many.add_field(name=str(i), value="v")
    with pytest.raises(AssertionError, match="26 fields, over Discord's limit of 25"):
        check_embed(many)

    big = discord.Embed(description="d" * 4000)
    for _ in range(3):
        big.add_field(name="n", value="v" * 1000)
    with pytest.raises(
        AssertionError, match="totals 7003 characters, over Discord's limit of 6000"
    ):
        check_embed(big)


def test_check_limits_on_messages() -> None:
    check_limits(_Message("ok", [discord.Embed(title="t", description="d")]))
    with pytest.raises(AssertionError, match="content is 2001 characters"):
        check_limits(_Message("x" * 2001))
    with pytest.raises(AssertionError, match="11 embeds"):
        check_limits(_Message(embeds=[discord.Embed(title="t")] * 11))
    two = [discord.Embed(description="d" * 3500), discord.Embed(description="d" * 3500)]
    with pytest.raises(AssertionError, match="embeds total 7000 characters"):
        check_limits(_Message(embeds=two))


def test_check_choices() -> None:
    check_choices([{"name": "Joan Westenberg", "value": "Joan Westenberg"}])
    with pytest.raises(AssertionError, match="26 autocomplete choices"):
        check_choices([{"name": str(i), "value": str(i)} for i in range(26)])
    with pytest.raises(AssertionError, match=r"choices\[0\].name is 101 characters"):
        check_choices([{"name": "n" * 101, "value": "v"}])
    with pytest.raises(AssertionError, match=r"choices\[0\].value is 101 characters"):
        check_choices([{"name": "n", "value": "v" * 101}])


# -- what SimCord enforces on its own ---------------------------------------------------------


def _add_command(world: World, name: str, callback) -> None:  # type: ignore[no-untyped-def]
    """A test-only command on the running bot (needs strict_sync=False to be registered)."""
    world.bot.tree.add_command(app_commands.Command(name=name, description=name, callback=callback))


@pytest.mark.simcord(strict_sync=False)
async def test_simcord_rejects_an_oversized_embed_with_50035(world: World) -> None:
    async def oversized(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=discord.Embed(title="x" * 300))

    _add_command(world, "oversized", oversized)
    with world.tolerate(discord.HTTPException):
        reply = await world.member.slash("oversized")
    # The 400 does not use up the interaction: the bot's error handler still answers.
    assert_ephemeral(reply, says="Something went wrong on my side")
    error = simcord.assert_error(world.env, discord.HTTPException, code=50035)
    assert "embeds[0].title: Must be 256 or fewer characters" in str(error)


@pytest.mark.simcord(strict_sync=False)
async def test_a_refused_send_fails_the_action_even_when_the_bot_catches_it(world: World) -> None:
    """Found by breaking a limit on purpose: a button that catches everything (or a "post it
    privately instead" fallback) hid the 400, and the test only saw "Something went wrong"."""

    async def swallowing(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="t").add_field(name="n", value="x" * 1100)
        try:
            await interaction.response.send_message(embed=embed)
        except discord.HTTPException:
            await interaction.response.send_message("Sorry.", ephemeral=True)

    _add_command(world, "swallowing", swallowing)
    with pytest.raises(AssertionError) as caught:
        await world.member.slash("swallowing")
    assert str(caught.value) == (
        "Discord refused what the bot sent: 400 Bad Request (error code: 50035): Invalid Form "
        "Body: embeds[0].fields[0].value: Must be 1024 or fewer characters"
    )
    with world.tolerate(discord.HTTPException):  # a test that breaks a limit on purpose
        reply = await world.member.slash("swallowing")
    assert_ephemeral(reply, says="Sorry.")

    # Uncaught, the same refusal is reported the same way (and the bot's error is consumed,
    # so the test does not also error at teardown).
    async def raising(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="t").add_field(name="n", value="x" * 1100)
        await interaction.response.send_message(embed=embed)

    _add_command(world, "raising", raising)
    with pytest.raises(AssertionError, match=r"fields\[0\]\.value: Must be 1024 or fewer"):
        await world.member.slash("raising")


@pytest.mark.simcord(strict_sync=False)
async def test_an_unexpected_bot_error_fails_the_action(world: World) -> None:
    async def broken(interaction: discord.Interaction) -> None:
        raise RuntimeError("boom")

    _add_command(world, "broken", broken)
    with pytest.raises(ExceptionGroup) as caught:
        await world.member.slash("broken")
    assert isinstance(caught.value.exceptions[0].original, RuntimeError)
    # The bot's own error handler still answered the user, privately.
    answer = world.messages(viewer=world.member)[-1]
    assert_ephemeral(answer, says="Something went wrong on my side; it has been logged.")


class _Ask(discord.ui.Modal, title="Ask the essays"):
    question = discord.ui.TextInput(label="Question", custom_id="question", max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"You asked: {self.question.value}")


@pytest.mark.simcord(strict_sync=False)
async def test_context_menu_modal_and_upload_helpers(world: World) -> None:
    async def echo(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(f"Other side of: {message.content}", ephemeral=True)

    async def ask(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(_Ask())

    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        data = await file.read()
        await interaction.response.send_message(f"{file.filename}: {len(data)} bytes")

    world.bot.tree.add_command(app_commands.ContextMenu(name="Echo (test only)", callback=echo))
    _add_command(world, "ask", ask)
    _add_command(world, "upload", upload)

    said = await world.member.say("Sora will let anyone become a great director")
    other = await world.moderator.context_menu("Echo (test only)", said)
    assert_ephemeral(other, says="Other side of: Sora will let anyone become a great director")

    shown = await world.member.slash("ask")
    assert shown.modal is not None
    assert shown.modal["title"] == "Ask the essays"
    answered = await world.member.submit_modal(shown, question="Is AI video cinema?")
    assert_public(answered)
    assert answered.content == "You asked: Is AI video cinema?"

    uploaded = await world.member.slash("upload", file=("essay.md", b"# Title\n\nBody"))
    assert uploaded.content == "essay.md: 13 bytes"

    with_file = await world.member.say("see attached", attachments=[("notes.txt", b"abc")])
    assert [a.filename for a in with_file.attachments] == ["notes.txt"]


async def test_commands_must_be_synced_by_the_bot(world: World) -> None:
    async def extra(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("hi")

    _add_command(world, "extra", extra)
    with pytest.raises(simcord.SetupError, match="never synced"):
        await world.member.slash("extra")


# -- time and restart --------------------------------------------------------------------------


async def test_cooldown_runs_on_virtual_time(world: World) -> None:
    for _ in range(world.config.cooldown_rate):
        assert_ephemeral(await world.member.slash("help"))

    slowed = await world.member.slash("help")
    assert_ephemeral(slowed, says="Slow down")
    # Someone else is not slowed down.
    assert_ephemeral(await world.moderator.slash("help"))

    await world.advance(world.config.cooldown_seconds)
    again = await world.member.slash("help")
    assert "Slow down" not in again.text


async def test_restart_starts_a_new_bot_on_the_same_database(world: World) -> None:
    first = world.bot
    await world.restart()
    assert world.bot is not first
    assert world.bot.config.database_path == first.config.database_path
    reply = await world.member.slash("quote", text="golden retreivers in snow")
    assert_public(reply)


class TestDevGuild:
    """With DEV_GUILD_ID the commands are synced to that guild only, and work there."""

    @pytest.fixture
    def crosscut_config(self, tmp_path: Path) -> Config:
        return new_config(tmp_path, dev_guild_id=4242 << 22)

    async def test_commands_sync_to_the_dev_guild(self, world: World) -> None:
        assert world.guild.id == 4242 << 22
        assert "quote" in world.member.available_commands()
        assert_ephemeral(await world.member.slash("help"))


# -- regressions -------------------------------------------------------------------------------


async def test_bot_starts_in_simcord(tmp_path: Path) -> None:
    """Store.open once left its PRAGMA journal_mode cursor open; SimCord keeps finished loop
    callbacks alive in reference cycles, so the cursor outlived the line and the first COMMIT
    failed with "SQL statements in progress". A bare start catches it coming back."""
    bot = create_bot(new_config(tmp_path))
    try:
        async with simcord.run(bot):
            assert await bot.store.essays.visible(guild_id=0)
    finally:
        await bot.close()
