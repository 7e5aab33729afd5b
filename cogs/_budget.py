"""One per-user budget for everything a member can trigger: commands and buttons alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from bot.client import Crosscut


class Budgeted:
    """Mixin for a button (a DynamicItem) or a view: a click spends the clicker's command budget, so
    fifty clicks on *Counter this* cost what fifty /counter commands would."""

    async def interaction_check(self, interaction: discord.Interaction[Crosscut], /) -> bool:
        return await interaction.client.within_budget(interaction)
