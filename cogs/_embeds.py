"""The house style of every public post, in one place.

* A passage shows at most ``PASSAGE_MAX`` characters, cut after a whole sentence and marked
  with "…"; the *Full passage* button has the rest. Cut, never reworded: what is shown is an
  exact prefix of the stored text.
* One citation line: author, title, publication, date (and who is quoted, if not the author).
* No internal ids, method notes or confidence in public posts: those belong in ephemeral
  detail or the CLI's ``--json``.

Use ``passage_text`` for a quote anywhere, ``citation`` for its source, ``passage_embed`` for a
passage on its own. Discord rejects an embed over its limits, so every field is clipped here.
"""

from __future__ import annotations

import discord

from bot.search import Verification
from bot.store import PassageRecord
from bot.text import split_sentences

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CHOICE_NAME_MAX = 100

# How much of a passage a public post shows: about five lines in Discord's embed column.
PASSAGE_MAX = 300
ELLIPSIS = "\u2026"

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
    return cut + ELLIPSIS


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, end = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, end)
        end = start + len(sentence)
        spans.append((start, end))
    return spans


def excerpt(text: str, limit: int = PASSAGE_MAX, focus: tuple[int, int] | None = None) -> str:
    """Whole sentences of ``text``, verbatim, within ``limit`` characters; "…" marks a cut.

    From the opening, or around ``focus`` (a character span, e.g. the sentence a search
    matched) so the words someone remembered are on show. When the chosen sentence alone is
    too long (or whole sentences would show under half of ``limit``), the cut falls between
    two words instead.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    spans = _sentence_spans(text) or [(0, len(text))]
    at = 0
    if focus is not None:
        at = next((i for i, (a, b) in enumerate(spans) if a <= focus[0] < b), 0)
    first, last = at, at
    budget = limit - 4  # room for the marks
    # Grow forwards (reading on), then backwards, while whole sentences fit.
    while last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= budget:
        last += 1
    while first > 0 and spans[last][1] - spans[first - 1][0] <= budget:
        first -= 1
    start, end = spans[first][0], spans[last][1]
    if end - start > budget or (end - start < limit // 2 and end < len(text)):
        end = start + len(clip(text[start:], budget)) - 1  # a word boundary, no mark yet
    before = f"{ELLIPSIS} " if start > 0 else ""
    after = f" {ELLIPSIS}" if end < len(text) else ""
    return before + text[start:end].rstrip() + after


def is_cut(text: str, limit: int = PASSAGE_MAX) -> bool:
    return len(text.strip()) > limit


def passage_text(
    p: PassageRecord | str, limit: int = PASSAGE_MAX, focus: tuple[int, int] | None = None
) -> str:
    """A passage in quotation marks, cut at a sentence when longer than ``limit`` (around
    ``focus`` when given, see ``excerpt``)."""
    text = p if isinstance(p, str) else p.text
    return f"\u201c{excerpt(text, limit, focus)}\u201d"


def md(text: str) -> str:
    """``text`` shown as typed: a name or title with ``*``, ``_`` or backticks ("*Air Head*",
    "my_essay") must not open or close the bold and italics around it."""
    return discord.utils.escape_markdown(text)


def italic_title(title: str, limit: int = TITLE_MAX) -> str:
    return f"*{md(clip(title, limit))}*"


def citation(p: PassageRecord, *, markdown: bool = True) -> str:
    """One line: author, title, publication, date (and who is quoted, if not the author).
    ``markdown=False`` for a footer, where Discord shows text as it is."""
    esc, bold, italic = (md, "**", "*") if markdown else (str, "", "")
    title = f"{italic}{esc(p.title)}{italic}"
    parts = [f"{bold}{esc(p.author)}{bold}", title]
    if p.quoted_from:
        parts = [f"{bold}{esc(p.quoted_from)}{bold}, quoted by {esc(p.author)} in {title}"]
    if p.publication and p.publication != p.author:
        parts.append(esc(p.publication))
    if p.published:
        parts.append(esc(p.published))
    return ", ".join(parts)


def stance_line(p: PassageRecord) -> str:
    """The passage's side and first topics, for a footer: "🔴 skeptical · jobs, stars"."""
    label = STANCE_LABELS.get(p.stance, p.stance)
    return " \u00b7 ".join([label, ", ".join(p.topics[:3])]) if p.topics else label


def passage_embed(
    p: PassageRecord,
    *,
    heading: str | None = None,
    note: str | None = None,
    limit: int = PASSAGE_MAX,
    focus: tuple[int, int] | None = None,
) -> discord.Embed:
    """A verbatim passage, cited, its side in the footer followed by ``note`` (default: its
    topics). Send it with ``cogs._views.passage_view`` so *Full passage* shows the rest."""
    embed = discord.Embed(
        title=clip(heading or p.title, TITLE_MAX),
        description=f"{passage_text(p, limit, focus)}\n\u2014 {clip(citation(p), 300)}",
        colour=STANCE_COLOURS.get(p.stance),
        url=p.url or None,
    )
    footer = f"{STANCE_LABELS.get(p.stance, p.stance)} \u00b7 {note}" if note else stance_line(p)
    embed.set_footer(text=clip(footer, FOOTER_MAX))
    return embed


def snippet(text: str, limit: int = CHOICE_NAME_MAX) -> str:
    return clip(" ".join(text.split()), limit)


def verification_embed(result: Verification) -> discord.Embed:
    """/verify: the essay's exact wording (its whole sentence), what differs from what was
    typed, the citation, and what a reader must know in context (a reversed meaning, a view
    the author states only to argue against it)."""
    if not result.found:
        embed = discord.Embed(
            title=result.verdict,
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
        mark, colour = "\u2705", STANCE_COLOURS["optimistic"]
    elif result.reversed:
        mark, colour = "\u274c", STANCE_COLOURS["skeptical"]
    else:
        mark, colour = "\u26a0\ufe0f", STANCE_COLOURS["mixed"]
    embed = discord.Embed(
        title=f"{mark} {result.verdict}",
        description=clip(
            f"The essay says:\n\u201c{clip(result.sentence, DESCRIPTION_MAX - 400)}\u201d"
            f"\n\n\u2014 {clip(citation(p), 300)}",
            DESCRIPTION_MAX,
        ),
        colour=colour,
        url=p.url or None,
    )
    if result.context:
        embed.add_field(
            name="In context", value=clip(result.context, FIELD_VALUE_MAX), inline=False
        )
    if result.differences:
        lines = [f"\u2022 {d.describe()}" for d in result.differences]
        embed.add_field(
            name="What differs", value=clip("\n".join(lines), FIELD_VALUE_MAX), inline=False
        )
        embed.add_field(name="You quoted", value=clip(result.query, FIELD_VALUE_MAX), inline=False)
    return embed
