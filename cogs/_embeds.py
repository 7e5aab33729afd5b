"""Embeds that cite: every quote shows author, title, publication and source where known.

Discord rejects an embed over its limits, so every field is clipped here, in one place.
"""

from __future__ import annotations

import discord

from bot.search import Verification
from bot.store import PassageRecord

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CHOICE_NAME_MAX = 100

STANCE_COLOURS = {
    "optimistic": discord.Colour.from_rgb(67, 160, 71),
    "skeptical": discord.Colour.from_rgb(229, 57, 53),
    "neutral": discord.Colour.from_rgb(144, 164, 174),
    "mixed": discord.Colour.from_rgb(251, 192, 45),
}
STANCE_LABELS = {
    "optimistic": "\U0001f7e2 optimistic",
    "skeptical": "\U0001f534 skeptical",
    "neutral": "\u26aa neutral",
    "mixed": "\U0001f7e1 mixed",
}


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "\u2026"


def citation(p: PassageRecord) -> str:
    """One line: author, title, publication, date (and who is quoted, if not the author)."""
    parts = [f"**{p.author}**", f"*{p.title}*"]
    if p.quoted_from:
        parts = [f"**{p.quoted_from}**, quoted by {p.author} in *{p.title}*"]
    if p.publication and p.publication != p.author:
        parts.append(p.publication)
    if p.published:
        parts.append(p.published)
    return ", ".join(parts)


def passage_embed(
    p: PassageRecord, *, heading: str | None = None, why: str | None = None
) -> discord.Embed:
    """A verbatim passage, cited."""
    quote = clip(p.text, DESCRIPTION_MAX - 200)
    embed = discord.Embed(
        title=clip(heading or p.title, TITLE_MAX),
        description=f"\u201c{quote}\u201d\n\n\u2014 {clip(citation(p), 180)}",
        colour=STANCE_COLOURS.get(p.stance),
        url=p.url or None,
    )
    embed.add_field(name="Stance", value=STANCE_LABELS.get(p.stance, p.stance), inline=True)
    if p.topics:
        embed.add_field(name="Topics", value=clip(", ".join(p.topics), FIELD_VALUE_MAX))
    if why:
        embed.add_field(name="Why this passage", value=clip(why, FIELD_VALUE_MAX), inline=False)
    embed.set_footer(text=clip(f"Essay #{p.essay_id} \u00b7 passage {p.position + 1}", FOOTER_MAX))
    return embed


def snippet(text: str, limit: int = CHOICE_NAME_MAX) -> str:
    return clip(" ".join(text.split()), limit)


def verification_embed(result: Verification, *, argued_against: bool = False) -> discord.Embed:
    """/verify: the essay's exact wording (its whole sentence), what differs from what was
    typed, the citation, and whether the author states that view only to argue against it."""
    if not result.found:
        embed = discord.Embed(
            title="Not found in the corpus",
            description=clip(
                "Nothing in the essays is close to this. It may be misattributed, "
                "paraphrased beyond recognition, or from an essay Crosscut does not have.",
                DESCRIPTION_MAX,
            ),
            colour=STANCE_COLOURS["skeptical"],
        )
        embed.add_field(name="You quoted", value=clip(result.query, FIELD_VALUE_MAX), inline=False)
        return embed
    p = result.passage
    if result.exact:
        title, colour = "\u2705 Real quote, word for word", STANCE_COLOURS["optimistic"]
    else:
        title, colour = "\u26a0\ufe0f Close, but not word for word", STANCE_COLOURS["mixed"]
    embed = discord.Embed(
        title=title,
        description=clip(
            f"The essay says:\n\u201c{clip(result.sentence, DESCRIPTION_MAX - 400)}\u201d"
            f"\n\n\u2014 {clip(citation(p), 300)}",
            DESCRIPTION_MAX,
        ),
        colour=colour,
        url=p.url or None,
    )
    if argued_against:
        embed.add_field(
            name="In context",
            value=clip(
                f"{p.speaker} states this view to argue against it: the passage is "
                f"{p.stance}. Quoting it as their position would misrepresent them.",
                FIELD_VALUE_MAX,
            ),
            inline=False,
        )
    if result.differences:
        lines = [f"\u2022 {d.describe()}" for d in result.differences]
        embed.add_field(
            name="What differs", value=clip("\n".join(lines), FIELD_VALUE_MAX), inline=False
        )
        embed.add_field(name="You quoted", value=clip(result.query, FIELD_VALUE_MAX), inline=False)
    embed.set_footer(
        text=clip(
            f"Essay #{p.essay_id} \u00b7 passage {p.position + 1} \u00b7 "
            f"match {result.score:.0f}/100",
            FOOTER_MAX,
        )
    )
    return embed
