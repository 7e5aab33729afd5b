"""The suggestion queue: a suggestion's embed, the Approve / Reject buttons, and telling the
member who suggested it what was decided."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import discord

from bot.errors import NotFoundError
from bot.store import Suggestion
from cogs._budget import Budgeted
from cogs._embeds import DESCRIPTION_MAX, clip, md
from cogs._essay_views import essays_cog, guarded, require_moderator

if TYPE_CHECKING:
    from bot.client import Crosscut

log = logging.getLogger(__name__)


def suggestion_embed(suggestion: Suggestion, waiting: int) -> discord.Embed:
    what = suggestion.source if suggestion.content is None else f"file {suggestion.source}"
    embed = discord.Embed(
        title=f"Suggestion #{suggestion.id}",
        description=clip(what, DESCRIPTION_MAX),
    )
    embed.add_field(name="From", value=f"<@{suggestion.user_id}>")
    embed.add_field(name="Suggested", value=f"<t:{int(suggestion.created_at)}:R>")
    if suggestion.content:
        embed.add_field(
            name="Beginning", value=clip(" ".join(suggestion.content.split()), 300), inline=False
        )
    embed.set_footer(text=f"{waiting} waiting \u00b7 Approve with the essay's stance, or reject")
    return embed


# -- suggestion queue -------------------------------------------------------------------


class DecideButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:sugg:(?P<s>\d+):(?P<action>optimistic|skeptical|mixed|reject)",
):
    def __init__(self, suggestion_id: int, action: str) -> None:
        label = "Reject" if action == "reject" else f"Approve: {action}"
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.danger
                if action == "reject"
                else discord.ButtonStyle.success,
                custom_id=f"crosscut:sugg:{suggestion_id}:{action}",
            )
        )
        self.suggestion_id = suggestion_id
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> DecideButton:
        return cls(int(match["s"]), match["action"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        await require_moderator(interaction)
        cog = essays_cog(interaction)
        if self.action == "reject":
            await cog.reject_suggestion(interaction, self.suggestion_id)
        else:
            await cog.approve_suggestion(interaction, self.suggestion_id, self.action)


def queue_view(suggestion_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ("optimistic", "skeptical", "mixed", "reject"):
        view.add_item(DecideButton(suggestion_id, action))
    return view


async def show_queue(
    bot: Crosscut, interaction: discord.Interaction[Crosscut], *, edit: bool = False
) -> None:
    pending = await bot.store.suggestions.pending(interaction.guild_id)
    if not pending:
        kwargs = {"content": "No suggestions waiting.", "embed": None, "view": None}
    else:
        kwargs = {
            "content": None,
            "embed": suggestion_embed(pending[0], len(pending)),
            "view": queue_view(pending[0].id),
        }
    if edit:
        await interaction.response.edit_message(**kwargs)
    else:
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        await interaction.response.send_message(**kwargs, ephemeral=True)


async def pending_suggestion(bot: Crosscut, suggestion_id: int, guild_id: int) -> Suggestion:
    suggestion = await bot.store.suggestions.get(suggestion_id, guild_id)
    if suggestion is None:
        raise NotFoundError(f"There is no suggestion #{suggestion_id} here.")
    if suggestion.status != "pending":
        raise NotFoundError(f"Suggestion #{suggestion_id} was already {suggestion.status}.")
    return suggestion


async def tell_suggester(
    bot: Crosscut, interaction: discord.Interaction[Crosscut], suggestion: Suggestion, message: str
) -> None:
    """Tell the suggester by DM; if their DMs are closed, in this channel."""
    # A DM reaches a member of many servers: say which one decided.
    server = f"**{md(interaction.guild.name)}**: " if interaction.guild else ""
    try:
        user = bot.get_user(suggestion.user_id) or await bot.fetch_user(suggestion.user_id)
        await user.send(server + message)
        return
    except discord.HTTPException:
        log.info("Could not DM user %s; telling them in the channel", suggestion.user_id)
    if interaction.channel is not None:
        # The message quotes what the member typed (a URL, a file name): only the
        # suggester may be pinged, whatever mentions that text holds.
        await interaction.channel.send(
            f"<@{suggestion.user_id}> {discord.utils.escape_mentions(message)}",
            allowed_mentions=discord.AllowedMentions(
                everyone=False, roles=False, users=[discord.Object(suggestion.user_id)]
            ),
        )


SUGGESTION_ITEMS = (DecideButton,)
