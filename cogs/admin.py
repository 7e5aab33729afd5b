"""Owner-only maintenance, by mentioning the bot: ``@Crosscut sync``."""

from __future__ import annotations

from discord.ext import commands

from bot.client import Crosscut


class Admin(commands.Cog):
    """Commands for the bot's owner."""

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot

    @commands.command()
    @commands.is_owner()
    async def sync(self, ctx: commands.Context[Crosscut]) -> None:
        """Sync the slash commands now, even if they look unchanged."""
        await self.bot.sync_commands(force=True)
        await ctx.reply("Slash commands synced.")


async def setup(bot: Crosscut) -> None:
    await bot.add_cog(Admin(bot))
