"""The shared parts of the essay views (the moderator check, error replies, the way back to
the cog), the paste modal, the essay list's pages and the remove confirmation.

Buttons are DynamicItems with their state in the custom_id, so a list, a remove confirmation
or a queue still works after a restart. The preview's items are in ``cogs._preview_views``,
the suggestion queue's in ``cogs._suggestion_views``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.client import answer_error
from bot.drafts import DraftBook
from bot.errors import PermissionDenied
from bot.store import GLOBAL, EssayRecord, PassageRecord
from bot.text import quoted_title
from cogs._budget import Budgeted
from cogs._embeds import (
    DESCRIPTION_MAX,
    FIELD_VALUE_MAX,
    STANCE_COLOURS,
    STANCE_LABELS,
    TITLE_MAX,
    clip,
    md,
)

if TYPE_CHECKING:
    from bot.client import Crosscut


PAGE_SIZE = 10
NOT_MODERATOR = (
    "Only members with Manage Server, or the moderator role set with /config moderator-role, "
    "can manage essays here."
)


async def is_moderator(interaction: discord.Interaction[Crosscut]) -> bool:
    """Manage Server in this channel, or the server's moderator role."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    settings = await interaction.client.store.settings.get(interaction.guild.id)
    role_id = settings.moderator_role_id
    return role_id is not None and any(role.id == role_id for role in interaction.user.roles)


async def require_moderator(interaction: discord.Interaction[Crosscut]) -> None:
    if not await is_moderator(interaction):
        raise PermissionDenied(NOT_MODERATOR)


Callback = Callable[[Any, discord.Interaction], Awaitable[None]]


def guarded(func: Callback) -> Callback:
    """Component callbacks don't reach the tree's on_error: answer domain errors here."""

    @functools.wraps(func)
    async def wrapper(self: Any, interaction: discord.Interaction) -> None:
        try:
            await func(self, interaction)
        except Exception as error:
            await answer_error(interaction, error, f"Button {getattr(self, 'custom_id', '?')}")

    return wrapper


class EssayActions(Protocol):
    """What these buttons and the modal ask of the Essays cog. They find the cog by name at
    click time (a DynamicItem is rebuilt from its custom_id, so nothing can be handed to it),
    and this module never imports the cog, which imports it."""

    drafts: DraftBook

    async def publish(self, interaction: discord.Interaction[Crosscut], token: str) -> None: ...

    async def approve_suggestion(
        self, interaction: discord.Interaction[Crosscut], suggestion_id: int, stance: str
    ) -> None: ...

    async def reject_suggestion(
        self, interaction: discord.Interaction[Crosscut], suggestion_id: int
    ) -> None: ...

    async def preview_paste(self, interaction: discord.Interaction, modal: PasteModal) -> None: ...


def essays_cog(interaction: discord.Interaction[Crosscut]) -> EssayActions:
    return interaction.client.get_cog("Essays")  # type: ignore[return-value]


# -- essay and list embeds --------------------------------------------------------------


def essay_embed(
    essay: EssayRecord, passages: list[PassageRecord], *, hidden: bool = False
) -> discord.Embed:
    lines = [
        f"**{p.position + 1}.** [{p.stance}{'*' if p.stance_source == 'override' else ''}] "
        f"{clip(p.text, 160)}"
        for p in passages
    ]
    embed = discord.Embed(
        title=clip(essay.title, TITLE_MAX),
        description=clip("\n".join(lines), DESCRIPTION_MAX - 100),
        colour=STANCE_COLOURS.get(essay.stance),
        url=essay.url or None,
    )
    embed.add_field(name="Author", value=clip(essay.author, FIELD_VALUE_MAX))
    embed.add_field(name="Stance", value=STANCE_LABELS.get(essay.stance, essay.stance))
    embed.add_field(name="Scope", value=_scope(essay, hidden))
    if essay.publication or essay.published:
        where = ", ".join(x for x in (essay.publication, essay.published) if x)
        embed.add_field(name="Published", value=clip(where, FIELD_VALUE_MAX))
    embed.set_footer(
        text=f"Essay #{essay.id} \u00b7 {essay.passage_count} passages "
        "\u00b7 * = moderator's stance"
    )
    return embed


def _scope(essay: EssayRecord, hidden: bool) -> str:
    if essay.guild_id == GLOBAL:
        return "bundled, hidden here" if hidden else "bundled"
    return "this server"


def list_embed(rows: list[tuple[EssayRecord, bool]], page: int, total: int) -> discord.Embed:
    pages = max(1, -(-total // PAGE_SIZE))
    lines = [
        f"`#{e.id}` **{md(clip(e.title, 80))}** \u2014 {md(clip(e.author, 40))} "
        f"({e.stance}, {e.passage_count} passages, {_scope(e, hidden)})"
        for e, hidden in rows
    ]
    embed = discord.Embed(
        title=f"Essays in this server ({total})",
        description=clip("\n".join(lines) or "No essays.", DESCRIPTION_MAX),
    )
    embed.set_footer(text=f"Page {page + 1} of {pages} \u00b7 /essay show ID for details")
    return embed


# -- list pages -------------------------------------------------------------------------


class PageButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essays:page:(?P<page>\d+):(?P<label>prev|next)",
):
    def __init__(self, page: int, label: str, *, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="\u25c0 Previous" if label == "prev" else "Next \u25b6",
                style=discord.ButtonStyle.secondary,
                custom_id=f"crosscut:essays:page:{page}:{label}",
                disabled=disabled,
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> PageButton:
        return cls(int(match["page"]), match["label"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        await require_moderator(interaction)
        embed, view = await list_page(interaction.client, interaction.guild_id, self.page)
        await interaction.response.edit_message(embed=embed, view=view)


async def list_page(
    bot: Crosscut, guild_id: int, page: int
) -> tuple[discord.Embed, discord.ui.View | None]:
    _, total = await bot.store.essays.page(guild_id, limit=0)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    rows, total = await bot.store.essays.page(guild_id, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
    if pages == 1:
        return list_embed(rows, page, total), None
    view = discord.ui.View(timeout=None)
    view.add_item(PageButton(max(page - 1, 0), "prev", disabled=page == 0))
    view.add_item(PageButton(page + 1, "next", disabled=page >= pages - 1))
    return list_embed(rows, page, total), view


# -- remove confirmation ----------------------------------------------------------------


class RemoveButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essay:remove:(?P<essay>\d+):(?P<choice>yes|no)",
):
    def __init__(self, essay_id: int, choice: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Remove it" if choice == "yes" else "Keep it",
                style=discord.ButtonStyle.danger
                if choice == "yes"
                else discord.ButtonStyle.secondary,
                custom_id=f"crosscut:essay:remove:{essay_id}:{choice}",
            )
        )
        self.essay_id = essay_id
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> RemoveButton:
        return cls(int(match["essay"]), match["choice"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        if self.choice == "no":
            await interaction.response.edit_message(
                content=f"Kept essay #{self.essay_id}.", embed=None, view=None
            )
            return
        await require_moderator(interaction)
        title = await interaction.client.store.essays.remove(
            self.essay_id, interaction.guild_id, user_id=interaction.user.id
        )
        await interaction.response.edit_message(
            content=f"Removed essay #{self.essay_id}, {quoted_title(title)}. Its number will not "
            "be reused.",
            embed=None,
            view=None,
        )


def remove_view(essay_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RemoveButton(essay_id, "yes"))
    view.add_item(RemoveButton(essay_id, "no"))
    return view


# -- paste modal ------------------------------------------------------------------------


PASTE_MAX = 4000  # Discord's limit for one text input


class PasteModal(discord.ui.Modal, title="Paste an essay"):
    """Pasted text, with what the command's options already said filled in."""

    def __init__(
        self,
        stance: str,
        *,
        title: str | None = None,
        author: str | None = None,
        publication: str | None = None,
        published: str | None = None,
    ) -> None:
        super().__init__()
        self.stance = stance
        self.published = published
        # Optional: a pasted page usually states its own title and author.
        self.essay_title = discord.ui.TextInput(
            label="Title (optional if the text has one)",
            required=False,
            max_length=TITLE_MAX,
            custom_id="title",
            default=(title or "")[:TITLE_MAX] or None,
        )
        self.author = discord.ui.TextInput(
            label="Author (optional if the text names one)",
            required=False,
            max_length=256,
            custom_id="author",
            default=(author or "")[:256] or None,
        )
        self.publication = discord.ui.TextInput(
            label="Publication (optional)",
            required=False,
            max_length=256,
            custom_id="publication",
            default=(publication or "")[:256] or None,
        )
        self.text = discord.ui.TextInput(
            label=f"Text (up to {PASTE_MAX:,} characters)",
            style=discord.TextStyle.paragraph,
            max_length=PASTE_MAX,
            custom_id="text",
            # Discord allows 100 characters here.
            placeholder="Longer? Use /essay add with file: (.txt, .md, .html) or url: instead.",
        )
        for item in (self.essay_title, self.author, self.publication, self.text):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction[Crosscut]) -> None:
        await essays_cog(interaction).preview_paste(interaction, self)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await answer_error(interaction, error, "Paste modal")


ESSAY_ITEMS = (PageButton, RemoveButton)
