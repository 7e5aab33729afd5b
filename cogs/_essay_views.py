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

from bot.corpus import PASSAGE_STANCES
from bot.errors import CrosscutError, EssayFormatError, PermissionDenied
from bot.importer import Draft, DraftBook, Metadata, complete, with_passage_stance
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


PREVIEW_PAGE = 8  # passages per preview page: 8 passages x 2 other stances fit one menu


def preview_embeds(
    draft: Draft, *, page: int = 0, published: int | None = None
) -> list[discord.Embed]:
    """The draft's details, and one page of its passages with their stances."""
    return [preview_embed(draft, published=published), passages_embed(draft, page)]


def preview_embed(draft: Draft, *, published: int | None = None) -> discord.Embed:
    doc = draft.doc
    heading = f"Published as essay #{published}" if published else "Preview \u2014 not stored yet"
    embed = discord.Embed(
        title=clip(doc.title, TITLE_MAX),
        description=heading,
        colour=STANCE_COLOURS.get(doc.stance),
        url=doc.url or None,
    )
    for name in ("title", "author"):
        if name in draft.missing:
            embed.add_field(
                name=f"\u26a0\ufe0f No {name} found",
                value="The page doesn't say. Press **Add details**; then you can publish.",
                inline=False,
            )
    if "author" not in draft.missing:
        embed.add_field(name="Author", value=clip(doc.author, FIELD_VALUE_MAX))
    embed.add_field(name="Stance", value=STANCE_LABELS.get(doc.stance, doc.stance))
    embed.add_field(name="Passages", value=str(draft.passage_count))
    if doc.publication or doc.published:
        where = ", ".join(x for x in (doc.publication, doc.published) if x)
        embed.add_field(name="Published", value=clip(where, FIELD_VALUE_MAX))
    for warning in draft.warnings:
        embed.add_field(name="\u26a0\ufe0f Check the text", value=warning, inline=False)
    if draft.removed:
        lines = [f"\u2022 {clip(' '.join(r.split()), 90)}" for r in draft.removed]
        embed.add_field(
            name=f"Removed by the cleaner ({len(draft.removed)})",
            value=clip("\n".join(lines), FIELD_VALUE_MAX),
            inline=False,
        )
    else:
        embed.add_field(name="Removed by the cleaner", value="nothing", inline=False)
    if draft.headings:
        embed.add_field(
            name=f"Headings, kept as structure ({len(draft.headings)})",
            value=clip("\n".join(f"\u2022 {clip(h, 90)}" for h in draft.headings), 512),
            inline=False,
        )
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
    embed.set_footer(text=clip(f"Source: {draft.source}", 200))
    return embed


def preview_pages(draft: Draft) -> int:
    return max(1, -(-draft.passage_count // PREVIEW_PAGE))


def passages_embed(draft: Draft, page: int) -> discord.Embed:
    """Every passage, a page at a time, each with the stance it will be stored with."""
    passages = draft.doc.passages
    page = min(max(page, 0), preview_pages(draft) - 1)
    first = page * PREVIEW_PAGE
    lines = [
        f"**{i + 1}.** {STANCE_LABELS.get(p.stance, p.stance)}"
        f"{'*' if p.stance_source == 'override' else ''} \u2014 {clip(p.text, 300)}"
        for i, p in enumerate(passages[first : first + PREVIEW_PAGE], start=first)
    ]
    embed = discord.Embed(
        title=f"Passages {first + 1}\u2013{first + len(lines)} of {len(passages)}",
        # Two embeds share Discord's 6,000 characters: the details take at most ~3,400.
        description=clip("\n\n".join(lines), 2000),
    )
    embed.set_footer(
        text=f"Page {page + 1} of {preview_pages(draft)} \u00b7 Change a stance with the menu "
        "\u00b7 * = your choice"
    )
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


class PreviewPageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essay:ppage:(?P<t>[0-9a-f]+):(?P<page>\d+):(?P<label>prev|next)",
):
    """Turn the preview's page of passages."""

    def __init__(self, token: str, page: int, label: str, *, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="\u25c0 Passages" if label == "prev" else "Passages \u25b6",
                style=discord.ButtonStyle.secondary,
                custom_id=f"crosscut:essay:ppage:{token}:{page}:{label}",
                disabled=disabled,
                row=1,
            )
        )
        self.token = token
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> PreviewPageButton:
        return cls(match["t"], int(match["page"]), match["label"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        pending = _cog(interaction).drafts.mine(self.token, interaction.user.id)
        await show_preview_page(interaction, self.token, pending.draft, self.page)


class PassageStanceSelect(
    discord.ui.DynamicItem[discord.ui.Select],
    template=r"crosscut:essay:pstance:(?P<t>[0-9a-f]+):(?P<page>\d+)",
):
    """Change the stance of one passage on this page of the preview, before it is stored."""

    def __init__(self, token: str, page: int, draft: Draft | None = None) -> None:
        options = []
        if draft is not None:
            first = page * PREVIEW_PAGE
            for i, p in enumerate(draft.doc.passages[first : first + PREVIEW_PAGE], start=first):
                for stance in PASSAGE_STANCES:
                    if stance != p.stance:
                        options.append(
                            discord.SelectOption(
                                label=f"Passage {i + 1} \u2192 {stance}",
                                value=f"{i}:{stance}",
                                description=clip(p.text, 100),
                            )
                        )
        super().__init__(
            discord.ui.Select(
                placeholder="Change a passage's stance\u2026",
                options=options or [discord.SelectOption(label="-", value="-")],
                custom_id=f"crosscut:essay:pstance:{token}:{page}",
                row=2,
            )
        )
        self.token = token
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select, match: re.Match[str], /
    ) -> PassageStanceSelect:
        return cls(match["t"], int(match["page"]))

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        index, _, stance = (interaction.data.get("values") or ["-"])[0].partition(":")
        if not index.isdigit():
            raise EssayFormatError("Pick a passage and a stance from the menu.")
        drafts = _cog(interaction).drafts
        pending = drafts.mine(self.token, interaction.user.id)
        draft = with_passage_stance(pending.draft, int(index), stance)
        drafts.update(self.token, draft)
        await show_preview_page(interaction, self.token, draft, self.page)


class DetailsButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"crosscut:essay:details:(?P<t>[0-9a-f]+)",
):
    """Open a form for what the page did not say (title, author) or got wrong."""

    def __init__(self, token: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Add details",
                style=discord.ButtonStyle.primary,
                custom_id=f"crosscut:essay:details:{token}",
                row=0,
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> DetailsButton:
        return cls(match["t"])

    @guarded
    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        pending = _cog(interaction).drafts.mine(self.token, interaction.user.id)
        await interaction.response.send_modal(DetailsModal(self.token, pending.draft))


class DetailsModal(discord.ui.Modal, title="Essay details"):
    """Title, author, publication and date for a draft; what the page stated is filled in."""

    def __init__(self, token: str, draft: Draft) -> None:
        super().__init__()
        self.token = token
        doc = draft.doc
        self.essay_title = discord.ui.TextInput(
            label="Title",
            max_length=TITLE_MAX,
            custom_id="title",
            default=None if "title" in draft.missing else doc.title[:TITLE_MAX],
        )
        self.author = discord.ui.TextInput(
            label="Author",
            max_length=256,
            custom_id="author",
            default=None if "author" in draft.missing else doc.author[:256],
        )
        self.publication = discord.ui.TextInput(
            label="Publication (optional)",
            required=False,
            max_length=256,
            custom_id="publication",
            default=(doc.publication or "")[:256] or None,
        )
        self.published = discord.ui.TextInput(
            label="Published (optional), e.g. 2024-02-21",
            required=False,
            max_length=40,
            custom_id="published",
            default=doc.published or None,
        )
        for item in (self.essay_title, self.author, self.publication, self.published):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction[Crosscut]) -> None:
        try:
            drafts = _cog(interaction).drafts
            pending = drafts.mine(self.token, interaction.user.id)
            meta = Metadata(
                title=self.essay_title.value,
                author=self.author.value,
                publication=self.publication.value or None,
                published=self.published.value or None,
            )
            draft = complete(pending.draft, meta)
            drafts.update(self.token, draft)
            await show_preview_page(interaction, self.token, draft, 0)
        except CrosscutError as error:
            await reply(interaction, str(error))

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("Details modal failed", exc_info=error)
        await reply(interaction, "Something went wrong on my side; it has been logged.")


def preview_view(token: str, draft: Draft | None = None, page: int = 0) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if draft is None or not draft.missing:  # nothing to publish without an author
        view.add_item(PublishButton(token))
    view.add_item(CancelButton(token))
    if draft is None:
        return view
    view.add_item(DetailsButton(token))
    pages = preview_pages(draft)
    if pages > 1:
        view.add_item(PreviewPageButton(token, max(page - 1, 0), "prev", disabled=page == 0))
        view.add_item(
            PreviewPageButton(token, min(page + 1, pages - 1), "next", disabled=page >= pages - 1)
        )
    view.add_item(PassageStanceSelect(token, page, draft))
    return view


async def show_preview_page(
    interaction: discord.Interaction, token: str, draft: Draft, page: int
) -> None:
    """Redraw the preview in place (a page turned, a stance or a detail changed)."""
    page = min(max(page, 0), preview_pages(draft) - 1)
    await interaction.response.edit_message(
        embeds=preview_embeds(draft, page=page), view=preview_view(token, draft, page)
    )


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
        try:
            await _cog(interaction).preview_paste(interaction, self)
        except CrosscutError as error:
            await reply(interaction, str(error))

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("Paste modal failed", exc_info=error)
        await reply(interaction, "Something went wrong on my side; it has been logged.")


ESSAY_ITEMS = (
    PublishButton,
    CancelButton,
    PreviewPageButton,
    PassageStanceSelect,
    DetailsButton,
    PageButton,
    RemoveButton,
    DecideButton,
)
