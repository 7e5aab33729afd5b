"""The preview of an essay before it is stored: its embeds, Publish / Cancel, page turns,
per-passage stances and the Add details form.

Previews hold a token for the in-memory draft book; after a restart the token finds nothing
and the button says the preview expired.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bot.client import answer_error
from bot.corpus import PASSAGE_STANCES
from bot.errors import EssayFormatError
from bot.importer import Draft, Metadata, complete, with_passage_stance
from bot.text import quoted_title
from cogs._budget import Budgeted
from cogs._embeds import FIELD_VALUE_MAX, STANCE_COLOURS, STANCE_LABELS, TITLE_MAX, clip
from cogs._essay_views import essays_cog, guarded

if TYPE_CHECKING:
    from bot.client import Crosscut


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
        await essays_cog(interaction).publish(interaction, self.token)


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
        drafts = essays_cog(interaction).drafts
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
        pending = essays_cog(interaction).drafts.mine(self.token, interaction.user.id)
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
        drafts = essays_cog(interaction).drafts
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
        pending = essays_cog(interaction).drafts.mine(self.token, interaction.user.id)
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
        drafts = essays_cog(interaction).drafts
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

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await answer_error(interaction, error, "Details modal")


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


PREVIEW_ITEMS = (
    PublishButton,
    CancelButton,
    PreviewPageButton,
    PassageStanceSelect,
    DetailsButton,
)
