"""/verify: is a quote really in the essays, word for word?"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Crosscut
from bot.limits import VERIFY_MAX
from bot.stance.verification import verify_quote
from cogs._embeds import verification_embed
from cogs._views import FullPassageButton, passage_view


class Verify(commands.Cog):
    """Check quotes against the essays."""

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot

    @app_commands.command()
    @app_commands.describe(quote="The quote as you saw or remember it")
    async def verify(
        self, interaction: discord.Interaction, quote: app_commands.Range[str, 3, VERIFY_MAX]
    ) -> None:
        """Check a quote against the essays: exact wording, what differs, and who said it."""
        result = await verify_quote(self.bot.search, quote, guild_id=interaction.guild_id or 0)
        embed = verification_embed(result)
        if result.passage is None:
            await interaction.response.send_message(embed=embed)
            return
        view = passage_view(result.passage.id, result.passage.url)
        await interaction.response.send_message(embed=embed, view=view)


async def setup(bot: Crosscut) -> None:
    bot.add_dynamic_items(FullPassageButton)  # its passages' buttons survive restarts
    await bot.add_cog(Verify(bot))
