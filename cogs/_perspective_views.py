"""Counterpoint, perspective and spectrum messages, and their buttons.

The buttons are DynamicItems whose custom_id carries all they need (the side, the topics as
one character each, the passages already shown, who asked), so they keep working after a
restart. An answer belongs to whoever asked for it: only they can swap it; anyone else who
clicks *Another counterpoint* is offered their own, privately.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING

import discord

from bot import limits
from bot.client import answer_error
from bot.errors import CrosscutError
from bot.search import Hit, Search
from bot.stance import (
    NOTHING_TO_ARGUE,
    OPPOSITE,
    CounterResult,
    Perspective,
    Position,
    counter_passage,
    counterpoints,
    decode_topics,
    encode_topics,
    has_words,
    more_counterpoints,
)
from cogs._budget import Budgeted
from cogs._embeds import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    STANCE_COLOURS,
    STANCE_LABELS,
    TITLE_MAX,
    clip,
    excerpt,
    italic_title,
    md,
    passage_embed,
    passage_text,
    snippet,
)
from cogs._views import FullPassageButton, source_button

if TYPE_CHECKING:
    from bot.client import Crosscut

log = logging.getLogger(__name__)

CUSTOM_ID_MAX = 100
SIDE_CODE = {"optimistic": "o", "skeptical": "s"}
CODE_SIDE = {v: k for k, v in SIDE_CODE.items()}


# -- counterpoints -------------------------------------------------------------------------


def claim_line(text: str) -> str:
    return clip(f"Countering: \u201c{snippet(text, 200)}\u201d", AUTHOR_MAX)


def counter_embed(hit: Hit, *, heading: str, about: str | None = None) -> discord.Embed:
    embed = passage_embed(hit.passage, heading=heading, note=hit.why or None)
    if about:
        embed.set_author(name=clip(about, AUTHOR_MAX))
    return embed


def counter_view(
    hit: Hit, topics: tuple[str, ...] | str, seen: list[int], asker: int
) -> discord.ui.View:
    """Another counterpoint (for ``asker``), Counter this, Full passage, Source."""
    view = discord.ui.View(timeout=None)
    view.add_item(AnotherCounterpointButton(hit.passage.stance, topics, seen, asker))
    view.add_item(CounterThisButton(hit.passage.id))
    view.add_item(FullPassageButton(hit.passage.id))
    link = source_button(hit.passage.url)
    if link:
        view.add_item(link)
    return view


def counter_message(
    answer: CounterResult, claim: str, asker: int
) -> tuple[str | None, list[discord.Embed], discord.ui.View]:
    """The reply to /counter and "Argue the other side" for ``asker``: content, embeds,
    buttons."""
    about = claim_line(claim)
    if not answer.claim.unclear:
        hit = answer.results[0]
        # How sure the reading is stays out of the public post (the CLI's --json has it).
        embed = counter_embed(hit, heading=f"The {hit.passage.stance} side", about=about)
        view = counter_view(hit, answer.topics, [hit.passage.id], asker)
        return None, [embed], view
    # Unclear: the best passage from each side, labelled, rather than a guess.
    content = "I can't tell which side that takes, so here are both sides:"
    embeds, view = [], discord.ui.View(timeout=None)
    firsts: dict[str, Hit] = {}
    for hit in answer.results:
        firsts.setdefault(hit.passage.stance, hit)
    for side, hit in firsts.items():
        meant = OPPOSITE[side]
        heading = f"If you meant it as {meant}: the {side} side"
        embeds.append(counter_embed(hit, heading=heading, about=about))
        button = FullPassageButton(hit.passage.id)
        button.item.label = f"Full passage ({side})"
        view.add_item(button)
        more = AnotherCounterpointButton(side, answer.topics, [hit.passage.id], asker)
        more.item.label = f"Another {side}"
        view.add_item(more)
        link = source_button(hit.passage.url)
        if link:
            link.label = f"Source ({side})"
            view.add_item(link)
    return content, embeds, view


class NothingToArgue(CrosscutError):
    def __init__(self) -> None:
        super().__init__(NOTHING_TO_ARGUE)


class NoCounterpoint(CrosscutError):
    def __init__(self) -> None:
        super().__init__("No passage from the other side is in the essays yet.")


async def counter_reply(
    search: Search, claim: str, guild_id: int, asker: int, *, anyway: bool = False
) -> tuple[str | None, list[discord.Embed], discord.ui.View]:
    """The answer to ``claim`` for ``asker`` (``counter_message``); raises NothingToArgue when
    it reads as off topic (unless argued ``anyway``) and NoCounterpoint when no passage
    answers it."""
    answer = await counterpoints(search, claim, guild_id=guild_id, anyway=anyway)
    if answer.reason:
        raise NothingToArgue()
    if not answer.results:
        raise NoCounterpoint()
    return counter_message(answer, claim, asker)


def message_claim(message: discord.Message) -> str:
    """What "Argue the other side" argues with: the message's text (else its first embed's),
    up to limits.CLAIM_MAX characters (more adds nothing)."""
    text = message.content.strip()
    if not text and message.embeds:
        text = (message.embeds[0].description or "").strip()
    return text[: limits.CLAIM_MAX]


async def argue_in_reply(
    interaction: discord.Interaction[Crosscut],
    message: discord.Message,
    claim: str,
    *,
    anyway: bool = False,
) -> None:
    """The other side of ``message``, posted as a reply to it; the asker gets a private link
    (or, where the bot cannot post, the answer itself)."""
    # Defer privately: the answer itself is posted as a reply to the message.
    await interaction.response.defer(ephemeral=True, thinking=True)
    content, embeds, view = await counter_reply(
        interaction.client.search,
        claim,
        interaction.guild_id or 0,
        interaction.user.id,
        anyway=anyway,
    )
    try:
        reply = await message.reply(content=content, embeds=embeds, view=view, mention_author=False)
    except discord.HTTPException as error:
        # No permission to post here (or the message is gone): answer privately instead.
        log.info("Could not reply in channel %s: %s", message.channel.id, error)
        await interaction.followup.send(
            content="I can't post in this channel, so here it is just for you.",
            embeds=embeds,
            view=view,
            ephemeral=True,
        )
        return
    await interaction.followup.send(f"Posted the other side: {reply.jump_url}", ephemeral=True)


async def refuse(
    interaction: discord.Interaction[Crosscut],
    claim: str,
    message: discord.Message | None = None,
) -> None:
    """Nothing to argue with, said privately, with *Argue it anyway* (the topic reader wrongly
    refuses about 1 in 300 real claims); a message without words gets no button."""
    if not has_words(claim):
        raise NothingToArgue()  # the tree's on_error says it
    view = ArgueAnywayView(interaction, claim, message)
    await interaction.response.send_message(NOTHING_TO_ARGUE, view=view, ephemeral=True)


# The refusal's interaction token lasts 15 minutes: the button is taken off before that.
ANYWAY_TIMEOUT = 14 * 60


class ArgueAnywayView(Budgeted, discord.ui.View):
    """*Argue it anyway* under a private refusal: the answer a claim on topic would get, public
    (from the menu, a reply to ``message``).

    Not persistent: it keeps the claim, which no custom_id can hold, and a message fetched
    again would come back without its text (no Message Content intent); the refusal is
    ephemeral, so it does not outlive the asker's session anyway.
    """

    def __init__(
        self,
        refused: discord.Interaction[Crosscut],
        claim: str,
        message: discord.Message | None = None,
    ) -> None:
        super().__init__(timeout=ANYWAY_TIMEOUT)
        self.refused, self.claim, self.message = refused, claim, message

    async def interaction_check(self, interaction: discord.Interaction[Crosscut], /) -> bool:
        # Only the refused member sees the message; the check holds even if that changes.
        if interaction.user.id != self.refused.user.id:
            return False
        return await super().interaction_check(interaction)  # the clicker's command budget

    @discord.ui.button(label="Argue it anyway", style=discord.ButtonStyle.secondary)
    async def anyway(
        self, interaction: discord.Interaction[Crosscut], button: discord.ui.Button
    ) -> None:
        if self.message is None:  # /counter: the public answer in the channel
            content, embeds, view = await counter_reply(
                interaction.client.search,
                self.claim,
                interaction.guild_id or 0,
                interaction.user.id,
                anyway=True,
            )
            await interaction.response.send_message(content=content, embeds=embeds, view=view)
        else:
            try:
                await self.message.fetch()
            except discord.NotFound:
                await interaction.response.send_message(
                    "That message is gone, so there is nothing left to argue with.",
                    ephemeral=True,
                )
                return
            await argue_in_reply(interaction, self.message, self.claim, anyway=True)
        await self._close()

    async def on_timeout(self) -> None:
        await self._close()

    async def _close(self) -> None:
        """Take the button off the refusal: argued once, or about to stop answering."""
        self.stop()
        with contextlib.suppress(discord.HTTPException):
            await self.refused.edit_original_response(view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item, /
    ) -> None:
        await answer_error(interaction, error, "Argue it anyway")


def _seen_id(side: str, topics: str, seen: list[int], asker: int) -> str:
    """The custom_id, dropping the oldest shown passages when it would be too long."""
    seen = list(seen)
    while True:
        shown = ".".join(map(str, seen))
        custom_id = f"crosscut:more:{SIDE_CODE[side]}:{topics}:{shown}:{asker}"
        if len(custom_id) <= CUSTOM_ID_MAX or len(seen) <= 1:
            return custom_id
        seen.pop(0)


class AnotherCounterpointButton(
    Budgeted,
    discord.ui.DynamicItem[discord.ui.Button],
    # Buttons posted before answers had an owner carry no asker: anyone may swap those.
    template=r"crosscut:more:(?P<side>[os]):(?P<topics>[0-9a-z]*):(?P<seen>[0-9.]+)"
    r"(?::(?P<asker>\d+))?",
):
    """Replace the shown counterpoint with the next best one from the same side and topics."""

    def __init__(
        self, side: str, topics: tuple[str, ...] | str, seen: list[int], asker: int = 0
    ) -> None:
        code = topics if isinstance(topics, str) else encode_topics(topics)
        super().__init__(
            discord.ui.Button(
                label="Another counterpoint",
                style=discord.ButtonStyle.primary,
                custom_id=_seen_id(side, code, seen, asker),
                emoji="\U0001f501",
            )
        )
        self.side, self.code, self.seen, self.asker = side, code, list(seen), asker

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> AnotherCounterpointButton:
        seen = [int(s) for s in match["seen"].split(".") if s]
        return cls(CODE_SIDE[match["side"]], match["topics"], seen, int(match["asker"] or 0))

    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        if self.asker and interaction.user.id != self.asker:
            # Someone else's answer: swapping it would change what they are reading.
            mine = discord.ui.View(timeout=None)
            button = AnotherCounterpointButton(self.side, self.code, self.seen, interaction.user.id)
            button.item.label = "Get my own counterpoint"
            mine.add_item(button)
            await interaction.response.send_message(
                "Only the person who asked can swap this answer. Want one of your own?",
                view=mine,
                ephemeral=True,
            )
            return
        search = interaction.client.search
        guild_id = interaction.guild_id or 0
        topics = decode_topics(self.code)
        hit = await more_counterpoints(
            search, self.side, topics, guild_id=guild_id, exclude=self.seen
        )
        seen = [*self.seen]
        if hit is None and len(self.seen) > 1:
            # Every passage has been shown: start the round again after the current one.
            seen = self.seen[-1:]
            hit = await more_counterpoints(
                search, self.side, topics, guild_id=guild_id, exclude=seen
            )
        if hit is None:
            await interaction.response.send_message(
                f"That is the only {self.side} passage these essays have on this.",
                ephemeral=True,
            )
            return
        seen.append(hit.passage.id)
        old = (
            interaction.message.embeds[0]
            if interaction.message and interaction.message.embeds
            else None
        )
        about = old.author.name if old and old.author else None
        embed = counter_embed(hit, heading=f"The {self.side} side", about=about)
        shown = len(seen)
        embed.set_footer(text=clip(f"{embed.footer.text} \u00b7 counterpoint {shown}", 2048))
        message = interaction.message
        if message is not None and len(message.embeds) > 1:
            # The both-sides reply: swap only this side's embed, keep the other.
            embeds = [embed if e.colour == STANCE_COLOURS[self.side] else e for e in message.embeds]
            view = _swap_side_buttons(message, self.side, hit, seen, topics, self.asker)
            await interaction.response.edit_message(embeds=embeds, view=view)
            return
        view = counter_view(hit, topics, seen, self.asker or interaction.user.id)
        await interaction.response.edit_message(content=None, embed=embed, view=view)


def _swap_side_buttons(
    message: discord.Message,
    side: str,
    hit: Hit,
    seen: list[int],
    topics: tuple[str, ...],
    asker: int,
) -> discord.ui.View:
    """Rebuild the both-sides buttons with ``side`` now pointing at ``hit``."""
    view = discord.ui.View.from_message(message, timeout=None)
    rebuilt = discord.ui.View(timeout=None)
    for child in view.children:
        label = getattr(child, "label", "") or ""
        if label == f"Full passage ({side})":
            button = FullPassageButton(hit.passage.id)
            button.item.label = label
            rebuilt.add_item(button)
        elif label == f"Another {side}":
            more = AnotherCounterpointButton(side, topics, seen, asker)
            more.item.label = label
            rebuilt.add_item(more)
        elif label == f"Source ({side})":
            link = source_button(hit.passage.url)
            if link:
                link.label = label
                rebuilt.add_item(link)
        else:
            rebuilt.add_item(child)
    return rebuilt


class CounterThisButton(
    Budgeted, discord.ui.DynamicItem[discord.ui.Button], template=r"crosscut:flip:(?P<passage>\d+)"
):
    """Post the other side of the passage on show."""

    def __init__(self, passage_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Counter this",
                style=discord.ButtonStyle.secondary,
                custom_id=f"crosscut:flip:{passage_id}",
                emoji="\u2194\ufe0f",
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> CounterThisButton:
        return cls(int(match["passage"]))

    async def callback(self, interaction: discord.Interaction[Crosscut]) -> None:
        await reply_with_counter(interaction, self.passage_id)


async def reply_with_counter(interaction: discord.Interaction[Crosscut], passage_id: int) -> None:
    """*Counter this*, wherever the passage is shown (/counter, a reply to a message, a daily
    post): the other side, posted as a reply to the message that shows the passage."""
    client = interaction.client
    passage = await client.store.passages.get(passage_id)
    if passage is None or not await client.store.essays.is_visible(
        passage.essay_id, interaction.guild_id
    ):
        await interaction.response.send_message(
            "That passage is no longer in the essays (it was removed or edited).",
            ephemeral=True,
        )
        return
    answer = await counter_passage(client.search, passage, guild_id=interaction.guild_id or 0)
    if not answer.results:
        await interaction.response.send_message(
            f"No {OPPOSITE[passage.stance]} passage in these essays answers that yet.",
            ephemeral=True,
        )
        return
    hit = answer.results[0]
    about = clip(f"Countering {passage.speaker}: \u201c{snippet(passage.text, 150)}\u201d", 256)
    embed = counter_embed(hit, heading=f"The {hit.passage.stance} side", about=about)
    view = counter_view(hit, answer.topics, [hit.passage.id], interaction.user.id)
    shown = interaction.message
    if shown is None or shown.flags.ephemeral:  # a private message cannot be replied to
        await interaction.response.send_message(embed=embed, view=view, ephemeral=True)
        return
    await interaction.response.defer()  # the answer is the reply below, not an edit
    try:
        await shown.reply(embed=embed, view=view, mention_author=False)
    except discord.HTTPException as error:
        log.info("Could not reply in channel %s: %s", shown.channel.id, error)
        await interaction.followup.send(
            "I can't post in this channel, so here it is just for you.",
            embed=embed,
            view=view,
            ephemeral=True,
        )


# -- perspective ---------------------------------------------------------------------------


BIO_MAX = 200  # the bio's first sentences: who they are, not their CV
CLAIM_MAX = 170  # each claim's opening; Full passage N has the rest
ESSAYS_SHOWN = 3


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def standing(view: Perspective) -> str:
    """ "🟢 optimistic, above all on studios and creativity" (both sides named when mixed)."""
    opt = [t for t, n in view.leanings if n > 0][:3]
    skep = [t for t, n in view.leanings if n < 0][:3]
    label = f"**{STANCE_LABELS.get(view.stance, view.stance)}**"
    if view.stance == "optimistic" and opt:
        return f"{label}, above all on {_and(opt)}"
    if view.stance == "skeptical" and skep:
        return f"{label}, above all on {_and(skep)}"
    # Only the sides there are (``[f"...{_and([])}"] * 0`` would still format, and fail).
    sides = [
        f"{side} on {_and(topics)}"
        for side, topics in (("optimistic", opt), ("skeptical", skep))
        if topics
    ]
    return f"{label}: " + "; ".join(sides) if sides else label


def perspective_message(view: Perspective) -> tuple[discord.Embed, discord.ui.View]:
    """Public and compact: stance, a short bio, three short claims (Full passage for each)."""
    parts = [standing(view)]
    if view.bio:
        parts.append(excerpt(view.bio, BIO_MAX))
    embed = discord.Embed(
        title=clip(view.author, TITLE_MAX),
        description=clip("\n".join(parts), DESCRIPTION_MAX),
        colour=STANCE_COLOURS.get(view.stance),
    )
    buttons = discord.ui.View(timeout=None)
    several = len({c.essay_id for c in view.claims}) > 1
    for number, claim in enumerate(view.claims, start=1):
        name = f"{number}. " + (", ".join(claim.topics[:2]) or "in their words")
        if view.stance == "mixed":
            name += f" \u00b7 {STANCE_LABELS.get(claim.stance, claim.stance)}"
        value = passage_text(claim, CLAIM_MAX)
        if several:
            value += f" \u2014 {italic_title(claim.title, 80)}"
        embed.add_field(
            name=clip(name, FIELD_NAME_MAX), value=clip(value, FIELD_VALUE_MAX), inline=False
        )
        button = FullPassageButton(claim.id)
        button.item.label = f"Full passage {number}"
        buttons.add_item(button)
    essays = []
    for essay in view.essays[:ESSAYS_SHOWN]:
        title = clip(essay.title, 90)
        line = f"[{md(title)}]({essay.url})" if essay.url else italic_title(title)
        details = ", ".join(x for x in (essay.publication, essay.published) if x)
        essays.append(line + (f", {details}" if details else ""))
    if len(view.essays) > ESSAYS_SHOWN:
        essays.append(f"and {len(view.essays) - ESSAYS_SHOWN} more")
    if essays:
        name = "Essay" if len(view.essays) == 1 else "Essays"
        embed.add_field(name=name, value=clip("\n".join(essays), FIELD_VALUE_MAX), inline=False)
    return fit(embed), buttons


# -- spectrum ------------------------------------------------------------------------------

_MARKS = 9


def bar(score: float) -> str:
    """A small scale from skeptical (left) to optimistic (right) with the position marked."""
    at = round((score + 1) / 2 * (_MARKS - 1))
    return "".join("\u25cf" if i == at else "\u2500" for i in range(_MARKS))


SPECTRUM_SHOWN = 12  # voices on one screen; the rest are counted


def spectrum_embed(
    topic: str, positions: list[Position], count: int | None = None
) -> discord.Embed:
    """One row per voice, most skeptical first: the scale, a short verbatim quote, the title.
    ``count``: how many voices there are, when ``positions`` holds only the first ones."""
    count = len(positions) if count is None else count
    embed = discord.Embed(
        title=clip(f"Spectrum: {topic}", TITLE_MAX),
        description=(f"{count} voice{'s' if count != 1 else ''} on {topic}, most skeptical first."),
        colour=discord.Colour.blurple(),
    )
    shown = positions[:SPECTRUM_SHOWN]
    # Fewer voices, longer quotes: the whole answer stays within one screen.
    quote_max = 150 if len(shown) <= 5 else 100 if len(shown) <= 8 else 70
    for p in shown:
        who = p.speaker
        if p.passage.quoted_from:
            who += f" (quoted by {p.passage.author})"
        value = (
            f"`{bar(p.score)}` {passage_text(p.quote, quote_max)} "
            f"\u2014 {italic_title(p.passage.title, 60)}"
        )
        embed.add_field(
            name=clip(f"{who} \u00b7 {p.label}", FIELD_NAME_MAX),
            value=clip(value, FIELD_VALUE_MAX),
            inline=False,
        )
    if count > len(shown):
        embed.add_field(name="\u2026", value=f"and {count - len(shown)} more", inline=False)
    embed.set_footer(text="skeptical \u2190 \u2500\u2500\u2500 \u2192 optimistic")
    return fit(embed)


def fit(embed: discord.Embed) -> discord.Embed:
    """Clip the description until the whole embed is within Discord's total limit."""
    while len(embed) > EMBED_TOTAL_MAX and embed.description and len(embed.description) > 50:
        excess = len(embed) - EMBED_TOTAL_MAX
        embed.description = clip(embed.description, len(embed.description) - excess - 10)
    return embed


def setup_perspective_views(bot: Crosscut) -> None:
    bot.add_dynamic_items(AnotherCounterpointButton, CounterThisButton, FullPassageButton)
