"""Embeds, buttons and the paste modal for managing essays.

Buttons are DynamicItems with their state in the custom_id, so a list, a remove confirmation
or a queue still works after a restart. Previews hold a token for the in-memory draft book;
after a restart the token finds nothing and the button says the preview expired.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.errors import CrosscutError, PermissionDenied
from bot.importer import Draft, DraftBook
from bot.store import GLOBAL, EssayRecord, PassageRecord, Suggestion
from bot.text import quoted_title
from cogs._budget import Budgeted
from cogs._embeds import (
    DESCRIPTION_MAX,
    FIELD_VALUE_MAX,
    STANCE_COLOURS,
    STANCE_LABELS,
    TITLE_MAX,
    clip,
)

if TYPE_CHECKING:
    from bot.client import Crosscut

log = logging.getLogger(__name__)

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


async def reply(interaction: discord.Interaction, message: str) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True)
    else:
        await interaction.response.send_message(message, ephemeral=True)


Callback = Callable[[Any, discord.Interaction], Awaitable[None]]


def guarded(func: Callback) -> Callback:
    """Component callbacks don't reach the tree's on_error: answer domain errors here."""

    @functools.wraps(func)
    async def wrapper(self: Any, interaction: discord.Interaction) -> None:
        try:
            await func(self, interaction)
        except CrosscutError as error:
            await reply(interaction, str(error))
        except Exception:
            log.exception("Button %s failed", getattr(self, "custom_id", "?"))
            await reply(interaction, "Something went wrong on my side; it has been logged.")

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


def _cog(interaction: discord.Interaction[Crosscut]) -> EssayActions:
    return interaction.client.get_cog("Essays")  # type: ignore[return-value]


# -- embeds -----------------------------------------------------------------------------


def preview_embed(draft: Draft, *, published: int | None = None) -> discord.Embed:
    doc = draft.doc
    heading = f"Published as essay #{published}" if published else "Preview \u2014 not stored yet"
    first = doc.passages[0].text if doc.passages else ""
    embed = discord.Embed(
        title=clip(doc.title, TITLE_MAX),
        description=clip(f"{heading}\n\n\u201c{first}\u201d", DESCRIPTION_MAX),
        colour=STANCE_COLOURS.get(doc.stance),
        url=doc.url or None,
    )
    embed.add_field(name="Author", value=clip(doc.author, FIELD_VALUE_MAX))
    embed.add_field(name="Stance", value=STANCE_LABELS.get(doc.stance, doc.stance))
    embed.add_field(name="Passages", value=str(draft.passage_count))
    if doc.publication or doc.published:
        where = ", ".join(x for x in (doc.publication, doc.published) if x)
        embed.add_field(name="Published", value=clip(where, FIELD_VALUE_MAX))
    if draft.removed:
        lines = [f"\u2022 {clip(' '.join(r.split()), 90)}" for r in draft.removed]
        embed.add_field(
            name=f"Removed by the cleaner ({len(draft.removed)})",
            value=clip("\n".join(lines), FIELD_VALUE_MAX),
            inline=False,
        )
    else:
        embed.add_field(name="Removed by the cleaner", value="nothing", inline=False)
    if draft.duplicate:
        dup = draft.duplicate
        embed.add_field(
            name="\u26a0\ufe0f Possible duplicate",
            value=clip(
                f"{dup.score:.0f}% the same as essay #{dup.essay_id} {quoted_title(dup.title)}.",
                FIELD_VALUE_MAX,
            ),
            inline=False,
        )
    embed.set_footer(text=clip(f"Source: {draft.source}", 2048))
    return embed


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
        f"`#{e.id}` **{clip(e.title, 80)}** \u2014 {clip(e.author, 40)} "
        f"({e.stance}, {e.passage_count} passages, {_scope(e, hidden)})"
        for e, hidden in rows
    ]
    embed = discord.Embed(
        title=f"Essays in this server ({total})",
        description=clip("\n".join(lines) or "No essays.", DESCRIPTION_MAX),
    )
    embed.set_footer(text=f"Page {page + 1} of {pages} \u00b7 /essay show ID for details")
    return embed


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


# -- preview: Publish / Cancel ----------------------------------------------------------


class PublishButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essay:publish:(?P<t>[0-9a-f]+)",
):
    def __init__(self, token: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Publish",
                style=discord.ButtonStyle.success,
                custom_id=f"crosscut:essay:publish:{token}",
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> PublishButton:
        return cls(match["t"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        await _cog(interaction).publish(interaction, self.token)


class CancelButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essay:cancel:(?P<t>[0-9a-f]+)",
):
    def __init__(self, token: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Cancel",
                style=discord.ButtonStyle.secondary,
                custom_id=f"crosscut:essay:cancel:{token}",
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> CancelButton:
        return cls(match["t"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        drafts = _cog(interaction).drafts
        drafts.claim(self.token, interaction.user.id)
        drafts.finish(self.token, "This preview was cancelled; nothing was stored.")
        await interaction.response.edit_message(
            content="Cancelled; nothing was stored.", embed=None, view=None
        )


def preview_view(token: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(PublishButton(token))
    view.add_item(CancelButton(token))
    return view


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
        cog = _cog(interaction)
        if self.action == "reject":
            await cog.reject_suggestion(interaction, self.suggestion_id)
        else:
            await cog.approve_suggestion(interaction, self.suggestion_id, self.action)


def queue_view(suggestion_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ("optimistic", "skeptical", "mixed", "reject"):
        view.add_item(DecideButton(suggestion_id, action))
    return view


# -- paste modal ------------------------------------------------------------------------


class PasteModal(discord.ui.Modal, title="Paste an essay"):
    essay_title = discord.ui.TextInput(label="Title", max_length=TITLE_MAX, custom_id="title")
    author = discord.ui.TextInput(label="Author", max_length=256, custom_id="author")
    publication = discord.ui.TextInput(
        label="Publication (optional)", required=False, custom_id="publication"
    )
    text = discord.ui.TextInput(
        label="Text (paragraphs separated by blank lines)",
        style=discord.TextStyle.paragraph,
        max_length=4000,
        custom_id="text",
    )

    def __init__(self, stance: str, url: str | None = None) -> None:
        super().__init__()
        self.stance = stance
        self.url = url

    async def on_submit(self, interaction: discord.Interaction[Crosscut]) -> None:
        try:
            await _cog(interaction).preview_paste(interaction, self)
        except CrosscutError as error:
            await reply(interaction, str(error))

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("Paste modal failed", exc_info=error)
        await reply(interaction, "Something went wrong on my side; it has been logged.")


ESSAY_ITEMS = (PublishButton, CancelButton, PageButton, RemoveButton, DecideButton)
