"""Buttons. They survive restarts: each is a DynamicItem whose custom_id carries its state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bot.importer import URL_MAX
from cogs._budget import Budgeted
from cogs._embeds import DESCRIPTION_MAX, citation, clip

if TYPE_CHECKING:
    from bot.client import Crosscut


class FullPassageButton(
    Budgeted, discord.ui.DynamicItem[discord.ui.Button], template=r"crosscut:full:(?P<passage>\d+)"
):
    """Show the passage with the paragraphs around it, privately."""

    def __init__(self, passage_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Full passage",
                style=discord.ButtonStyle.secondary,
                custom_id=f"crosscut:full:{passage_id}",
                emoji="\U0001f4d6",
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> FullPassageButton:
        return cls(int(match["passage"]))

    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        store = interaction.client.store
        passage = await store.passages.get(self.passage_id)
        if passage is None or not await store.essays.is_visible(
            passage.essay_id, interaction.guild_id
        ):
            await interaction.response.send_message(
                "That passage is no longer in the essays (it was removed or edited).",
                ephemeral=True,
            )
            return
        around = await store.passages.of_essay(passage.essay_id)
        lines = []
        for other in around[max(0, passage.position - 1) : passage.position + 2]:
            text = f"**{other.text}**" if other.id == passage.id else other.text
            lines.append(text)
        embed = discord.Embed(
            title=clip(passage.title, 256),
            description=clip("\n\n".join(lines), DESCRIPTION_MAX),
        )
        embed.set_footer(text=clip(citation(passage, markdown=False), 2048))
        await interaction.response.send_message(embed=embed, ephemeral=True)


def source_button(url: str | None) -> discord.ui.Button | None:
    """A link to the original, when we know it and Discord can show it (an essay stored
    before URLs were checked may have one too long for a button)."""
    if not url or len(url) > URL_MAX:
        return None
    return discord.ui.Button(label="Source", style=discord.ButtonStyle.link, url=url)


def passage_view(passage_id: int, url: str | None, *extra: discord.ui.Item) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for item in extra:
        view.add_item(item)
    view.add_item(FullPassageButton(passage_id))
    link = source_button(url)
    if link:
        view.add_item(link)
    return view
