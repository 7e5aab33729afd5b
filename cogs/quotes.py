"""/quote and /help: find what the essayists actually said."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Crosscut
from bot.errors import CrosscutError, NothingFound
from bot.limits import NAME_MAX, QUOTE_MAX
from bot.search import matched_span
from bot.store import PassageRecord
from cogs._embeds import FIELD_VALUE_MAX, clip, italic_title, md, passage_embed, snippet
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
        text: app_commands.Range[str, 1, QUOTE_MAX],
        author: app_commands.Range[str, 1, NAME_MAX] | None = None,
    ) -> None:
        """Find a passage from the essays by the words you remember."""
        hits = await self.bot.search.quotes(text, guild_id=interaction.guild_id or 0, author=author)
        if not hits:
            raise NothingFound(text)
        best, others = hits[0], hits[1:]
        # Show the part of a long passage that matched what was typed.
        embed = passage_embed(best.passage, focus=matched_span(text, best.passage.text))
        if others:
            lines = [other_match(h.passage) for h in others]
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
        """What Crosscut does and how to use it."""
        await interaction.response.send_message(
            embed=await help_embed(self.bot.tree, interaction), ephemeral=True
        )


# Members' commands in the order a newcomer needs them; any other member command follows.
MEMBER_ORDER = (
    "quote",
    "counter",
    "Argue the other side",
    "perspective",
    "spectrum",
    "verify",
    "suggest-essay",
)
MENU_HOW = "Right-click a message \u2192 Apps: the best passage from the other side, as a reply."


def other_match(p: PassageRecord) -> str:
    """One short line: the passage's opening, whose words they are, and the essay's title."""
    who = f"{md(p.speaker)}, quoted by {md(p.author)} in" if p.quoted_from else f"{md(p.author)},"
    return f"\u2022 {snippet(p.text, 90)} \u2014 {who} {italic_title(p.title, 60)}"


async def may_use(interaction: discord.Interaction, root: app_commands.Group) -> bool:
    """Whether this person can run the group here: Discord's default permissions, or the
    group's own check (e.g. a moderator role that stands in for Manage Server)."""
    needed = root.default_permissions
    if needed is None or interaction.permissions >= needed:
        return True
    if type(root).interaction_check is app_commands.Group.interaction_check:
        return False
    try:
        return await root.interaction_check(interaction)
    except (app_commands.CheckFailure, CrosscutError):
        return False


async def help_embed(
    tree: app_commands.CommandTree, interaction: discord.Interaction
) -> discord.Embed:
    """Members' commands first, one line each; moderators' groups only for those who may use
    them. Built from the command tree, so a new command shows up here by itself."""
    embed = discord.Embed(
        title="Crosscut",
        description=(
            "Human-written views on AI video, quoted word for word and cited; nothing is "
            "generated.\nFind a quote you half remember, the other side of an argument, or "
            "where a writer stands."
        ),
        colour=discord.Colour.blurple(),
    )
    guild = discord.Object(interaction.guild_id) if interaction.guild_id else None
    members: dict[str, tuple[str, str]] = {}  # sort key -> (what to type or click, what it does)
    moderators: list[str] = []
    for command in tree.get_commands(guild=guild) or tree.get_commands():
        if command.name == "help":
            continue
        if isinstance(command, app_commands.ContextMenu):
            members[command.name] = (command.name, MENU_HOW)
        elif isinstance(command, app_commands.Group):
            if command.default_permissions and command.default_permissions.value:
                if await may_use(interaction, command):
                    subs = " \u00b7 ".join(c.name for c in command.commands)
                    moderators.append(f"**/{command.name}** {subs}")
            else:
                for sub in command.walk_commands():
                    if isinstance(sub, app_commands.Command):
                        members[sub.qualified_name] = (f"/{sub.qualified_name}", sub.description)
        else:
            members[command.name] = (f"/{command.name}", command.description)
    order = {name: i for i, name in enumerate(MEMBER_ORDER)}
    for name in sorted(members, key=lambda n: (order.get(n, len(order)), n)):
        label, description = members[name]
        embed.add_field(name=label, value=clip(description, FIELD_VALUE_MAX), inline=False)
    if moderators:
        embed.add_field(
            name="For moderators", value=clip("\n".join(moderators), FIELD_VALUE_MAX), inline=False
        )
    return embed


async def setup(bot: Crosscut) -> None:
    bot.add_dynamic_items(FullPassageButton)  # its passages' buttons survive restarts
    await bot.add_cog(Quotes(bot))
