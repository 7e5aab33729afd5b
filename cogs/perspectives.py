"""/counter, "Argue the other side", /perspective and /spectrum: the other side, verbatim."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Crosscut
from bot.limits import COUNTER_MAX, NAME_MAX
from bot.stance import (
    on_topic,
    perspective,
    spectrum_page,
    topics_like,
    topics_ready,
    warm_topics,
)
from cogs._embeds import snippet
from cogs._perspective_views import (
    SPECTRUM_SHOWN,
    NothingToArgue,
    argue_in_reply,
    counter_reply,
    message_claim,
    perspective_message,
    refuse,
    setup_perspective_views,
    spectrum_embed,
)


class Perspectives(commands.Cog):
    """Bring the best human-written view from the other side into the discussion."""

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot
        self.argue_menu = app_commands.ContextMenu(
            name="Argue the other side", callback=self.argue_the_other_side
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.argue_menu)
        # Summarise the bundled essays' topics in the background (seconds at 10,000 essays),
        # not during the first /spectrum.
        self._warming = asyncio.create_task(warm_topics(self.bot.search))

    async def cog_unload(self) -> None:
        self._warming.cancel()
        self.bot.tree.remove_command(self.argue_menu.name, type=self.argue_menu.type)

    @app_commands.command()
    @app_commands.describe(claim="A claim about AI video, e.g. 'Sora will let anyone direct'")
    async def counter(
        self, interaction: discord.Interaction, claim: app_commands.Range[str, 3, COUNTER_MAX]
    ) -> None:
        """The best passage from the other side of a claim, verbatim and cited."""
        try:
            content, embeds, view = await counter_reply(
                self.bot.search, claim, interaction.guild_id or 0, interaction.user.id
            )
        except NothingToArgue:
            await refuse(interaction, claim)
            return
        await interaction.response.send_message(content=content, embeds=embeds, view=view)

    async def argue_the_other_side(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """Reply to a message with the best passage from the other side."""
        text = message_claim(message)
        if not on_topic(text):  # before deferring: the refusal is instant and private
            await refuse(interaction, text, message)
            return
        await argue_in_reply(interaction, message, text)

    @app_commands.command(name="perspective")
    @app_commands.describe(author="An essayist's name (typos welcome)")
    async def perspective_(
        self, interaction: discord.Interaction, author: app_commands.Range[str, 1, NAME_MAX]
    ) -> None:
        """An author's stance, bio, strongest claims and essays."""
        view = await perspective(self.bot.search, author, guild_id=interaction.guild_id or 0)
        embed, buttons = perspective_message(view)
        await interaction.response.send_message(embed=embed, view=buttons)

    @perspective_.autocomplete("author")
    async def _authors(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = await self.bot.search.authors_like(current, guild_id=interaction.guild_id or 0)
        return [app_commands.Choice(name=snippet(n), value=n[:100]) for n in names[:25]]

    @app_commands.command(name="spectrum")
    @app_commands.describe(topic="A topic, e.g. democratization, jobs, actors")
    async def spectrum_(
        self, interaction: discord.Interaction, topic: app_commands.Range[str, 1, NAME_MAX]
    ) -> None:
        """Every author's position on a topic, from most skeptical to most optimistic."""
        if not topics_ready(self.bot.search):
            # Defer: at start the topic summaries take seconds to make at 10,000 essays.
            await interaction.response.defer(thinking=True)
        resolved, positions, count = await spectrum_page(
            self.bot.search, topic, guild_id=interaction.guild_id or 0, shown=SPECTRUM_SHOWN
        )
        embed = spectrum_embed(resolved, positions, count)
        if interaction.response.is_done():
            await interaction.followup.send(embed=embed)
        else:
            await interaction.response.send_message(embed=embed)

    @spectrum_.autocomplete("topic")
    async def _topics(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        topics = await topics_like(self.bot.search, current, guild_id=interaction.guild_id or 0)
        return [app_commands.Choice(name=snippet(t), value=t[:100]) for t in topics[:25]]


async def setup(bot: Crosscut) -> None:
    setup_perspective_views(bot)
    await bot.add_cog(Perspectives(bot))
