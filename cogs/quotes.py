"""/quote and /help: find what the essayists actually said."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Crosscut
from bot.errors import NothingFound
from cogs._embeds import FIELD_VALUE_MAX, clip, passage_embed, snippet
from cogs._views import FullPassageButton, passage_view


class Quotes(commands.Cog):
    """Find what the essayists actually said."""

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot

    @app_commands.command()
    @app_commands.describe(
        text="Words you remember from the passage (typos welcome)",
        author="Only passages by this author",
    )
    async def quote(
        self,
        interaction: discord.Interaction,
        text: app_commands.Range[str, 1, 300],
        author: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Find a passage from the essays by the words you remember."""
        hits = await self.bot.search.quotes(text, guild_id=interaction.guild_id or 0, author=author)
        if not hits:
            raise NothingFound(text)
        best, others = hits[0], hits[1:]
        embed = passage_embed(best.passage)
        if others:
            lines = [
                f"\u2022 {snippet(h.passage.text, 90)} \u2014 {h.passage.author}" for h in others
            ]
            embed.add_field(
                name="Other matches", value=clip("\n".join(lines), FIELD_VALUE_MAX), inline=False
            )
        view = passage_view(best.passage.id, best.passage.url)
        await interaction.response.send_message(embed=embed, view=view)

    @quote.autocomplete("text")
    async def _text_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        # The value is "#<passage id>": /quote re-resolves it and re-checks visibility.
        suggestions = await self.bot.search.suggest_quotes(
            current, guild_id=interaction.guild_id or 0
        )
        return [app_commands.Choice(name=s.label, value=s.value) for s in suggestions[:25]]

    @quote.autocomplete("author")
    async def _author_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = await self.bot.search.authors_like(current, guild_id=interaction.guild_id or 0)
        return [app_commands.Choice(name=snippet(n), value=n[:100]) for n in names[:25]]

    @app_commands.command(name="help")
    async def help_(self, interaction: discord.Interaction) -> None:
        """What Crosscut does and the commands it has."""
        embed = discord.Embed(
            title="Crosscut",
            description=(
                "Real, human-written perspectives on generative video, verbatim and cited. "
                "Nothing here is generated: every quote is an exact passage of a stored essay."
            ),
            colour=discord.Colour.blurple(),
        )
        for command in sorted(self.bot.tree.walk_commands(), key=lambda c: c.qualified_name):
            if isinstance(command, app_commands.Command):
                embed.add_field(
                    name=f"/{command.qualified_name}",
                    value=clip(command.description, FIELD_VALUE_MAX),
                    inline=False,
                )
        menus = [c.name for c in self.bot.tree.get_commands(type=discord.AppCommandType.message)]
        if menus:
            embed.add_field(
                name="Right-click a message \u2192 Apps",
                value=", ".join(menus),
                inline=False,
            )
        embed.set_footer(text="Offline too: python -m bot --help")
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: Crosscut) -> None:
    bot.add_dynamic_items(FullPassageButton)  # its passages' buttons survive restarts
    await bot.add_cog(Quotes(bot))
