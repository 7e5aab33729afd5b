"""/essay: moderators add, edit, hide and remove this server's essays; /suggest-essay for all.

/essay is hidden from members without Manage Server (default permissions) and checked again at
run time, where the server's moderator role (/config moderator-role) also counts.
"""

from __future__ import annotations

import io
import logging
import time
from dataclasses import replace
from pathlib import PurePath
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Crosscut
from bot.corpus import export_name, to_markdown
from bot.drafts import DraftBook, Pending
from bot.errors import CrosscutError, EssayFormatError, NotFoundError
from bot.fetch import web_address
from bot.importer import (
    MAX_BYTES,
    SUFFIXES,
    URL_MAX,
    Metadata,
    decode,
    draft_from_file,
    draft_from_text,
    draft_from_url,
    metadata_changes,
    off_loop,
    public_url,
    size,
    with_duplicate_check,
)
from bot.text import clean_text, quoted_title
from cogs._embeds import md, snippet
from cogs._essay_views import (
    ESSAY_ITEMS,
    NOT_MODERATOR,
    PASTE_MAX,
    PasteModal,
    essay_embed,
    is_moderator,
    list_page,
    remove_view,
)
from cogs._preview_views import PREVIEW_ITEMS, preview_embeds, preview_view
from cogs._suggestion_views import (
    SUGGESTION_ITEMS,
    pending_suggestion,
    show_queue,
    tell_suggester,
)

log = logging.getLogger(__name__)

Stance = Literal["optimistic", "skeptical", "mixed"]
PassageStance = Literal["optimistic", "skeptical", "neutral"]
# A member may suggest this many essays per window; more is spam, not curation.
SUGGESTIONS_PER_WINDOW = 3
SUGGESTION_WINDOW = 3600.0
# Which essays each /essay command's autocomplete offers (see Search.essays_like).
ESSAY_SCOPES = {
    "edit": "own",
    "remove": "own",
    "hide": "bundled",
    "unhide": "hidden",
    "show": "any",
    "export": "any",
}


class ModeratorOnly(app_commands.CheckFailure):
    """Raised by the group check; ``original`` carries the message the tree shows."""

    def __init__(self) -> None:
        super().__init__(NOT_MODERATOR)
        self.original = NotModeratorError(NOT_MODERATOR)


class NotModeratorError(CrosscutError):
    pass


class EssayGroup(app_commands.Group):
    async def interaction_check(self, interaction: discord.Interaction[Crosscut]) -> bool:
        if not await is_moderator(interaction):
            raise ModeratorOnly()
        return True


class Essays(commands.Cog):
    """Moderators manage this server's essays."""

    essay = EssayGroup(
        name="essay",
        description="Add, edit, hide and remove this server's essays (moderators).",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot
        self.drafts = DraftBook()

    # -- add --------------------------------------------------------------------------

    @essay.command(name="add")
    @app_commands.describe(
        stance="The essay's overall stance on generative video",
        file=f"A .txt, .md or .html file (max {size(MAX_BYTES)})",
        url="A web page to fetch (main text and metadata are extracted)",
        title="Title (else taken from the file or page)",
        author="Author (else taken from the file or page)",
        publication="Where it was published",
        published="Publication date: 2024-02-21, Feb 21 2024, or February 2024",
    )
    async def add(
        self,
        interaction: discord.Interaction[Crosscut],
        stance: Stance,
        file: discord.Attachment | None = None,
        url: app_commands.Range[str, 1, URL_MAX] | None = None,
        title: app_commands.Range[str, 1, 1000] | None = None,
        author: app_commands.Range[str, 1, 1000] | None = None,
        publication: app_commands.Range[str, 1, 256] | None = None,
        published: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        """Add an essay from a file, a URL or pasted text; you see a preview before it's stored."""
        meta = Metadata(title, author, stance, publication, published)
        if file and url:
            raise EssayFormatError("Give a file or a URL, not both.")
        if not file and not url:
            modal = PasteModal(
                stance, title=title, author=author, publication=publication, published=published
            )
            await interaction.response.send_modal(modal)
            return
        # Fetching and extracting can take seconds: answer Discord first.
        await interaction.response.defer(ephemeral=True, thinking=True)
        if file:
            data = await _read_attachment(file)
            # Parsing, cleaning and reading stances of up to MAX_BYTES: off the event loop,
            # so every other server's commands are answered meanwhile.
            draft = await off_loop(draft_from_file, data, file.filename, meta)
        else:
            draft = await draft_from_url(
                url, meta, allow_private=self.bot.config.allow_private_urls
            )
        await self._show_preview(interaction, draft)

    async def preview_paste(self, interaction: discord.Interaction, modal: PasteModal) -> None:
        meta = Metadata(
            title=modal.essay_title.value or None,
            author=modal.author.value or None,
            stance=modal.stance,
            publication=modal.publication.value or None,
            published=modal.published,
        )
        # A paste is at most 4,000 characters: quick, and the modal is answered undeferred.
        text = modal.text.value
        draft = draft_from_text(text, kind="txt", source="pasted text", meta=meta)
        if len(text) >= PASTE_MAX:
            # Discord stops a paste at the form's limit without a word: the essay may be cut.
            draft = replace(
                draft,
                warnings=(
                    f"The paste reached the form's limit of {PASTE_MAX:,} characters, so the "
                    "essay may be cut short. Check the last passage; for longer text use "
                    "/essay add with file: or url:.",
                ),
            )
        await self._show_preview(interaction, draft)

    async def _show_preview(
        self,
        interaction: discord.Interaction[Crosscut],
        draft,
        suggestion_id: int | None = None,
    ) -> None:
        draft = await with_duplicate_check(draft, self.bot.store, interaction.guild_id)
        token = self.drafts.add(
            Pending(draft, interaction.guild_id, interaction.user.id, suggestion_id)
        )
        embeds, view = preview_embeds(draft), preview_view(token, draft)
        content = "Check the preview. Only **Publish** stores it."
        if interaction.response.is_done():
            await interaction.followup.send(content, embeds=embeds, view=view, ephemeral=True)
        else:
            await interaction.response.send_message(
                content, embeds=embeds, view=view, ephemeral=True
            )

    async def publish(self, interaction: discord.Interaction[Crosscut], token: str) -> None:
        """The Publish button: store the draft once, whoever clicks twice."""
        waiting = self.drafts.mine(token, interaction.user.id).draft
        if waiting.missing:
            raise EssayFormatError(
                f"The page doesn't say its {' or '.join(waiting.missing)}: press **Add details** "
                "first."
            )
        pending = self.drafts.claim(token, interaction.user.id)
        try:
            if not await is_moderator(interaction):
                raise NotModeratorError(NOT_MODERATOR)
            # Storing an essay of a few thousand passages (and its index) can take a second.
            await interaction.response.defer()
            store = self.bot.store
            if pending.suggestion_id is None:
                essay_id = await store.essays.create(
                    pending.draft.doc,
                    guild_id=pending.guild_id,
                    source="discord",
                    user_id=interaction.user.id,
                )
            else:
                essay_id = await store.suggestions.publish(
                    pending.suggestion_id,
                    pending.guild_id,
                    pending.draft.doc,
                    user_id=interaction.user.id,
                )
        except Exception:
            self.drafts.release(token, pending)
            raise
        self.drafts.finish(token, f"Already published as essay #{essay_id}.")
        await interaction.edit_original_response(
            content=f"Published as essay #{essay_id}. /quote finds it now.",
            embeds=preview_embeds(pending.draft, published=essay_id),
            view=None,
        )
        if pending.suggestion_id is not None:
            suggestion = await store.suggestions.get(pending.suggestion_id, pending.guild_id)
            await tell_suggester(
                self.bot,
                interaction,
                suggestion,
                f"Your essay suggestion ({suggestion.source}) was approved: it is essay "
                f"#{essay_id}, {quoted_title(pending.draft.doc.title)}.",
            )

    # -- edit, remove, hide -----------------------------------------------------------

    @essay.command(name="edit")
    @app_commands.describe(
        essay="The essay to edit (this server's own)",
        title="New title",
        author="New author",
        publication="New publication",
        published="New publication date: 2024-02-21, Feb 21 2024, or February 2024",
        url="New source URL",
        stance="New overall stance (passages without their own stance follow it)",
        passage="Passage number, to override one passage's stance",
        passage_stance="The stance for that passage",
    )
    async def edit(
        self,
        interaction: discord.Interaction[Crosscut],
        essay: int,
        title: app_commands.Range[str, 1, 1000] | None = None,
        author: app_commands.Range[str, 1, 1000] | None = None,
        publication: app_commands.Range[str, 1, 256] | None = None,
        published: app_commands.Range[str, 1, 40] | None = None,
        url: app_commands.Range[str, 1, URL_MAX] | None = None,
        stance: Stance | None = None,
        passage: app_commands.Range[int, 1, 10_000] | None = None,
        passage_stance: PassageStance | None = None,
    ) -> None:
        """Change an essay's details or stance, or one passage's stance."""
        if url is not None:
            url = web_address(url)  # the Source link every quote of this essay carries
        changes = metadata_changes(Metadata(title, author, stance, publication, published, url))
        if (passage is None) != (passage_stance is None):
            raise EssayFormatError("Give both passage and passage_stance to override a passage.")
        if not changes and passage is None:
            raise EssayFormatError("Nothing to change: fill in at least one option.")
        store, user = self.bot.store, interaction.user.id
        done = []
        if changes:
            await store.essays.update(essay, interaction.guild_id, changes, user_id=user)
            done.append(", ".join(changes))
        if passage is not None:
            await store.essays.set_passage_stance(
                essay, interaction.guild_id, passage - 1, passage_stance, user_id=user
            )
            done.append(f"passage {passage} is now {passage_stance}")
        record, hidden = await store.essays.in_scope(essay, interaction.guild_id)
        await interaction.response.send_message(
            f"Updated essay #{essay}: {'; '.join(done)}.",
            embed=essay_embed(record, await store.passages.of_essay(essay), hidden=hidden),
            ephemeral=True,
        )

    @essay.command(name="remove")
    @app_commands.describe(essay="The essay to remove (this server's own)")
    async def remove(self, interaction: discord.Interaction[Crosscut], essay: int) -> None:
        """Remove one of this server's essays, after you confirm."""
        record, _ = await self._in_scope(essay, interaction.guild_id)
        if record.guild_id != interaction.guild_id:
            raise EssayFormatError(
                f"Essay #{essay} is bundled with Crosscut; hide it here with /essay hide."
            )
        await interaction.response.send_message(
            f"Remove essay #{essay}, {md(quoted_title(record.title))} by {md(record.author)}? "
            "This can't be undone.",
            view=remove_view(essay),
            ephemeral=True,
        )

    @essay.command(name="hide")
    @app_commands.describe(essay="A bundled essay to hide in this server")
    async def hide(self, interaction: discord.Interaction[Crosscut], essay: int) -> None:
        """Hide a bundled essay in this server only (search and daily posts skip it)."""
        changed = await self.bot.store.essays.set_hidden(
            essay, interaction.guild_id, True, user_id=interaction.user.id
        )
        text = "is now hidden in this server" if changed else "was already hidden here"
        await interaction.response.send_message(f"Essay #{essay} {text}.", ephemeral=True)

    @essay.command(name="unhide")
    @app_commands.describe(essay="A bundled essay hidden in this server")
    async def unhide(self, interaction: discord.Interaction[Crosscut], essay: int) -> None:
        """Show a bundled essay you hid in this server again."""
        changed = await self.bot.store.essays.set_hidden(
            essay, interaction.guild_id, False, user_id=interaction.user.id
        )
        text = "is visible again in this server" if changed else "wasn't hidden here"
        await interaction.response.send_message(f"Essay #{essay} {text}.", ephemeral=True)

    # -- read -------------------------------------------------------------------------

    @essay.command(name="list")
    @app_commands.describe(page="Page number")
    async def list_(
        self, interaction: discord.Interaction[Crosscut], page: app_commands.Range[int, 1] = 1
    ) -> None:
        """List the essays this server sees, bundled and its own."""
        embed, view = await list_page(self.bot, interaction.guild_id, page - 1)
        if view is None:
            await interaction.response.send_message(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, view=view, ephemeral=True)

    @essay.command(name="show")
    @app_commands.describe(essay="The essay to show")
    async def show(self, interaction: discord.Interaction[Crosscut], essay: int) -> None:
        """Show an essay's details and passages."""
        record, hidden = await self._in_scope(essay, interaction.guild_id)
        passages = await self.bot.store.passages.of_essay(essay)
        await interaction.response.send_message(
            embed=essay_embed(record, passages, hidden=hidden), ephemeral=True
        )

    @essay.command(name="export")
    @app_commands.describe(essay="The essay to export")
    async def export(self, interaction: discord.Interaction[Crosscut], essay: int) -> None:
        """Download an essay as a .md file in the bundled format (re-importable)."""
        await self._in_scope(essay, interaction.guild_id)
        doc = await self.bot.store.essays.doc(essay)
        file = discord.File(io.BytesIO(to_markdown(doc).encode()), filename=export_name(doc))
        await interaction.response.send_message(
            f"Essay #{essay}, {quoted_title(doc.title)}.", file=file, ephemeral=True
        )

    async def _in_scope(self, essay_id: int, guild_id: int):
        found = await self.bot.store.essays.in_scope(essay_id, guild_id)
        if found is None:
            raise NotFoundError(f"There is no essay #{essay_id} here.")
        return found

    @edit.autocomplete("essay")
    @remove.autocomplete("essay")
    @hide.autocomplete("essay")
    @unhide.autocomplete("essay")
    @show.autocomplete("essay")
    @export.autocomplete("essay")
    async def _essay_choices(
        self, interaction: discord.Interaction[Crosscut], current: str
    ) -> list[app_commands.Choice[int]]:
        # The group's check does not run for autocomplete: apply it here, or a member allowed
        # to see /essay would browse the server's essays by typing.
        if not await is_moderator(interaction):
            return []
        # Each command offers only the essays it can act on; the command re-checks the id.
        name = interaction.command.name if interaction.command else "show"
        suggestions = await self.bot.search.essays_like(
            current, guild_id=interaction.guild_id or 0, scope=ESSAY_SCOPES.get(name, "any")
        )
        return [app_commands.Choice(name=s.label, value=int(s.value)) for s in suggestions[:25]]

    @add.autocomplete("author")
    @edit.autocomplete("author")
    async def _author_choices(
        self, interaction: discord.Interaction[Crosscut], current: str
    ) -> list[app_commands.Choice[str]]:
        if not await is_moderator(interaction):
            return []
        # Existing names keep one author one spelling; a new name can still be typed.
        names = await self.bot.search.authors_like(current, guild_id=interaction.guild_id or 0)
        return [app_commands.Choice(name=snippet(n), value=n[:100]) for n in names[:25]]

    # -- suggestions ------------------------------------------------------------------

    @essay.command(name="queue")
    async def queue(self, interaction: discord.Interaction[Crosscut]) -> None:
        """Review essays members suggested: approve with a stance, or reject."""
        await show_queue(self.bot, interaction)

    async def approve_suggestion(
        self, interaction: discord.Interaction[Crosscut], suggestion_id: int, stance: str
    ) -> None:
        suggestion = await pending_suggestion(self.bot, suggestion_id, interaction.guild_id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        meta = Metadata(stance=stance)
        if suggestion.content is None:
            draft = await draft_from_url(
                suggestion.source, meta, allow_private=self.bot.config.allow_private_urls
            )
        else:
            suffix = PurePath(suggestion.source).suffix.lower()
            kind = {".md": "md", ".markdown": "md", ".txt": "txt"}.get(suffix, "html")
            draft = await off_loop(
                draft_from_text, suggestion.content, kind=kind, source=suggestion.source, meta=meta
            )
        await self._show_preview(interaction, draft, suggestion_id)

    async def reject_suggestion(
        self, interaction: discord.Interaction[Crosscut], suggestion_id: int
    ) -> None:
        suggestion = await pending_suggestion(self.bot, suggestion_id, interaction.guild_id)
        if not await self.bot.store.suggestions.decide(
            suggestion_id, interaction.guild_id, "rejected", user_id=interaction.user.id
        ):
            raise NotFoundError(f"Suggestion #{suggestion_id} was already decided.")
        await show_queue(self.bot, interaction, edit=True)
        await tell_suggester(
            self.bot,
            interaction,
            suggestion,
            f"Your essay suggestion ({suggestion.source}) was not added this time.",
        )

    @app_commands.command(name="suggest-essay")
    @app_commands.guild_only()
    @app_commands.describe(
        url="A web page with the essay", file=f"A .txt, .md or .html file (max {size(MAX_BYTES)})"
    )
    async def suggest(
        self,
        interaction: discord.Interaction[Crosscut],
        url: app_commands.Range[str, 1, URL_MAX] | None = None,
        file: discord.Attachment | None = None,
    ) -> None:
        """Suggest an essay for this server; the moderators decide whether to add it."""
        if bool(url) == bool(file):
            raise EssayFormatError("Give either a URL or a file.")
        store = self.bot.store
        since = time.time() - SUGGESTION_WINDOW
        if (
            await store.suggestions.count_since(interaction.guild_id, interaction.user.id, since)
            >= SUGGESTIONS_PER_WINDOW
        ):
            raise EssayFormatError(
                f"You can suggest {SUGGESTIONS_PER_WINDOW} essays an hour; try again later."
            )
        if url:
            suggestion_id = await store.suggestions.add(
                interaction.guild_id, interaction.user.id, public_url(web_address(url))
            )
        else:
            name = clean_text(PurePath(file.filename).name)
            if PurePath(name).suffix.lower() not in SUFFIXES:
                raise EssayFormatError(f"{name}: I can take .md, .txt and .html files.")
            text = decode(await _read_attachment(file), name)
            if not text.strip():
                raise EssayFormatError(f"{name} is empty.")
            suggestion_id = await store.suggestions.add(
                interaction.guild_id, interaction.user.id, name, text
            )
        await interaction.response.send_message(
            f"Thanks! Suggestion #{suggestion_id} is waiting for the moderators; "
            "you'll hear what they decide.",
            ephemeral=True,
        )


async def _read_attachment(file: discord.Attachment) -> bytes:
    """The attachment's bytes, refusing oversized files before downloading them."""
    if file.size > MAX_BYTES:
        raise EssayFormatError(
            f"{file.filename} is {size(file.size)}; the limit is {size(MAX_BYTES)}."
        )
    try:
        return await file.read()
    except discord.HTTPException as error:
        raise EssayFormatError(f"I couldn't download {file.filename}; try again.") from error


class Settings(commands.Cog):
    """Per-server settings."""

    config = app_commands.Group(
        name="config",
        description="Crosscut settings for this server (Manage Server).",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: Crosscut) -> None:
        self.bot = bot

    @config.command(name="moderator-role")
    @app_commands.describe(role="Members with this role manage essays; leave empty to clear")
    async def moderator_role(
        self, interaction: discord.Interaction[Crosscut], role: discord.Role | None = None
    ) -> None:
        """Let a role manage essays here, besides members with Manage Server."""
        # Only Manage Server may appoint moderators: a moderator can't widen their own circle.
        if not interaction.permissions.manage_guild:
            raise NotModeratorError("Only members with Manage Server can set the moderator role.")
        await self.bot.store.settings.update(
            interaction.guild_id,
            moderator_role_id=role.id if role else None,
            user_id=interaction.user.id,
        )
        if role is None:
            message = "Cleared: only members with Manage Server manage essays now."
        else:
            message = (
                f"Members with {role.mention} can now manage essays. Discord still hides /essay "
                "from them until you allow the role under Server Settings \u2192 Integrations "
                "\u2192 Crosscut."
            )
        await interaction.response.send_message(message, ephemeral=True)


async def setup(bot: Crosscut) -> None:
    bot.add_dynamic_items(*PREVIEW_ITEMS, *ESSAY_ITEMS, *SUGGESTION_ITEMS)
    await bot.add_cog(Essays(bot))
    await bot.add_cog(Settings(bot))
