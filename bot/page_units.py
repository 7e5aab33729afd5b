"""A pasted page as units (paragraph candidates) and what each one looks like (no discord
import): furniture, running prose, a sentence, a title, a heading. Shared by bot/cleaner.py,
which decides where the essay is, and bot/headline.py, which finds its title.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from bot import furniture
from bot.page_meta import BYLINE, NAME, is_dateline, is_post_header, standfirst_writer
from bot.text import normalize, split_sentences


@dataclass
class Unit:
    """One paragraph candidate: a non-blank line (or a hard-wrapped block)."""

    text: str
    indent: int  # leading spaces of its first line in the raw text
    gap: int  # blank lines before it
    heading: bool = False  # a Markdown heading
    spoken: bool = False  # a transcript's captions run together: the speaker's words
    # What the predicates below found, kept: the cleaner asks each unit several times, and a
    # megabyte of text is thousands of units, each searched by long pattern lists.
    seen: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


def _is_short(unit: Unit) -> bool:
    return unit.words <= furniture.JUNK_MAX_WORDS and len(unit.text) <= furniture.JUNK_MAX_CHARS


def is_junk(unit: Unit) -> bool:
    if (known := unit.seen.get("junk")) is None:
        known = unit.seen["junk"] = _is_junk(unit)
    return known


def _is_junk(unit: Unit) -> bool:
    if unit.words <= furniture.CREDIT_MAX_WORDS and furniture.CREDIT.match(unit.text):
        return True
    text = unit.text
    # A counter set as a list item ("- 3 people like this.") is still a counter; a prompt
    # with its link's target shown after it is still a prompt.
    bare = furniture.BULLET.sub("", text)
    unlinked = unlinked_label(text)
    if furniture.consent_text(text):
        return True  # a consent wall's paragraph, however long
    return _is_short(unit) and bool(
        furniture.JUNK.search(text)
        or (bare != text and furniture.JUNK.search(bare))
        or (unlinked != text and furniture.JUNK.search(unlinked))
        or furniture.HANDLE.match(text)
        or (not ends_sentence(text) and furniture.NAV.search(text))
    )


def unlinked_label(text: str) -> str:
    """``text`` without the targets a text copy shows after its links' labels."""
    return furniture.LINK_TARGET.sub("", text).strip()


def is_end(unit: Unit) -> bool:
    return _is_short(unit) and bool(furniture.END.search(unit.text))


def is_about(unit: Unit) -> bool:
    return bool(furniture.ABOUT_AUTHOR.match(unit.text))


def url_byline(unit: Unit) -> str | None:
    """The author's name when ``unit`` is a byline: a name with a URL glued on (no space)."""
    match = furniture.BYLINE_URL.match(unit.text)
    if not match or not NAME.match(match.group("name")):
        return None
    return match.group("name")


def _logo_alt(match: re.Match[str]) -> str:
    """A linked logo's alt text as a copied page shows a logo's: "Post Ledger logo"."""
    alt = match.group("text").strip()
    return alt if alt.casefold().endswith("logo") else f"{alt} logo"


def _strip_markdown(line: str) -> tuple[str, bool]:
    """A Markdown line as plain text, and whether it is a heading."""
    heading = furniture.MD_HEADING.match(line)
    if heading:
        line = heading.group("text")
    line = furniture.MD_HOME_LOGO.sub(_logo_alt, line)
    line = furniture.MD_IMAGE.sub("", line)
    if furniture.MD_LINK_BAR.match(line):
        line = " · ".join(m.group("text").strip() for m in furniture.MD_LINK.finditer(line))
    line = furniture.MD_LINK.sub(lambda m: m.group("text"), line)
    # A backslash escape is a literal mark, never markup ("salt\\_and\\_silver", a clipper's
    # user name): set aside while emphasis is read, then written as the page shows it.
    escaped = _MD_ESCAPE.findall(line)
    line = _MD_ESCAPE.sub(_ESCAPED, line)
    line = furniture.MD_EMPHASIS.sub(lambda m: m.group("text") or m.group("text2"), line)
    line = re.sub(r"^(?:>\s*)+", "", line)
    for mark in escaped:
        line = line.replace(_ESCAPED, mark, 1)
    return line.strip(), heading is not None


_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = "\ue000"  # a private-use character: no page's text holds it


# A name's pronouns after it ("Nadia Sorel (she/her)", a byline's or a commenter's): the line
# is read as the name alone, so the byline is one.
_PRONOUNS_AFTER_NAME = re.compile(
    r"^(?P<name>[A-Z][^\s(]{0,30}(?: [A-Z][^\s(]{0,30}){0,3})\s+\((?i:he|she|they|ze|xe)/"
    r"(?i:him|his|her|hers|they|them|theirs|she|he|zir|xem)(?:/\w+)?\)$"
)


# A picture alone on its line, its alt text kept ("![Jane Doe](…/avatar.png)").
_MD_PICTURE = re.compile(r"^[ \t]*\[?!\[(?P<alt>[^\]]*\w[^\]]*)\]\([^)]*\)(?:\]\([^)]*\))?[ \t]*$")


def _shown_pictures(lines: list[str]) -> list[str]:
    """The lines with a picture whose alt text is the line under it read as that alt text: a
    profile card's avatar over the name ("![Jane Doe](…)" / "**Jane Doe**"). A copied page shows
    the name twice there, as it shows the alt text; Markdown would drop the picture, and with it
    what makes the card's name a byline rather than a line of the menu."""
    shown = list(lines)
    for i, line in enumerate(lines):
        # (A picture linking to the site's home is its logo, over the site's name.)
        match = _MD_PICTURE.match(line) if not furniture.MD_HOME_LOGO.search(line) else None
        below = next((b for b in lines[i + 1 :] if b.strip()), "")
        if match and _strip_markdown(below.strip())[0] == match["alt"].strip():
            shown[i] = match["alt"].strip()
    return shown


def split_units(raw: str, markdown: bool = False) -> list[Unit]:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    if markdown:
        lines = _shown_pictures(lines)
    blocks: list[list[tuple[str, int, bool]]] = []
    gaps: list[int] = []
    gap = 0
    current: list[tuple[str, int, bool]] = []
    for line in lines:
        stripped = line.strip()
        heading = False
        if markdown and stripped and not furniture.RULE.match(stripped):
            stripped, heading = _strip_markdown(stripped)
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            gap += 1
            continue
        if not current:
            gaps.append(gap)
            gap = 0
        expanded = line.replace("\t", "    ")
        stripped = _PRONOUNS_AFTER_NAME.sub(r"\g<name>", stripped)
        current.append((stripped, len(expanded) - len(expanded.lstrip()), heading))
    if current:
        blocks.append(current)
    texts = [text for block in blocks for text, _, _ in block]
    if not texts:
        return []
    # Hard-wrapped text (every line short, most lines long-ish): a line that reaches the wrap
    # width continues on the next one; a short line ends its paragraph. Otherwise each line is a
    # paragraph of its own, as scrapers and pasted pages produce.
    # A line laid out in columns (a PDF's running head: "NAME  |  MARCH 2026        28") is
    # padded out to the page's edge, not wrapped: it neither sets the width nor joins a paragraph.
    longest = max((len(t) for t in texts if not COLUMNS.search(t)), default=0)
    breaks = [
        (line, following)
        for block in blocks
        for (line, _, _), (following, _, _) in itertools.pairwise(block)
    ]
    carried = sum(
        1
        for line, following in breaks
        if len(line) >= 0.6 * longest
        and (following[:1].islower() or not re.search(r"[.!?:;…\"'”’)]$", line))
    )
    hard_wrapped = longest <= 100 and carried >= 1 and carried >= len(breaks) / 2
    wrap = 0.6 * longest
    units: list[Unit] = []
    for block, block_gap in zip(blocks, gaps, strict=True):
        first = True
        joined: list[str] = []
        for i, (text, indent, heading) in enumerate(block):
            if hard_wrapped and COLUMNS.search(text):
                # A page's running head between two lines of a paragraph: a unit of its own,
                # the paragraph running on across the page break.
                units.append(Unit(text, indent, block_gap if first and not joined else 0))
                continue
            if not joined:
                start_indent, start_heading = indent, heading
            joined.append(text)
            following = next((t for t, _, _ in block[i + 1 :] if not COLUMNS.search(t)), None)
            if (
                following is None
                or not hard_wrapped
                or (len(text) < wrap and not _runs_on(text, following))
                or furniture.RULE.match(text)
                # (Nor does a line run on into a rule under it: a masthead's framing "====".)
                or furniture.RULE.match(following)
                # Nor into or out of a line of fields between pipes (a letter's foot: "Club |
                # 4 Mill Row | a@b.org"): prose is not set in fields.
                or _PIPED.search(text)
                or _PIPED.search(following)
                or _ends_wrapped_paragraph(joined, following)
            ):
                units.append(
                    Unit(_rejoined(joined), start_indent, block_gap if first else 0, start_heading)
                )
                joined, first = [], False
    return units


_PIPED = re.compile(r"\S \| \S.* \| \S")


# A video's transcript as copied: a timestamp ("0:04", "1:02:33") on its own line over each
# caption line, or before it on the same line.
_STAMP = re.compile(r"^(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)(?:\s+(?P<text>\S.*))?$")
_TRANSCRIPT_MIN_LINES = 3
# Caption lines are short, and speech runs on for a few words a line; a chapter list's entries
# ("0:00 The challenge") are shorter titles, and a live blog's timestamps head long paragraphs.
_CAPTION_MAX_WORDS = 20
_CAPTION_MEAN_WORDS = 5


def join_transcript(units: list[Unit]) -> tuple[list[Unit], list[str]]:
    """The units with each transcript's caption lines joined into one paragraph (the speaker's
    words, which run on from line to line), and the timestamps taken out of them."""
    joined: list[Unit] = []
    stamps: list[str] = []
    i = 0
    while i < len(units):
        captions, run, j = [], [], i
        while j < len(units) and (match := _STAMP.match(units[j].text)):
            if match["text"]:
                captions.append(match["text"])
                run.append(match["stamp"])
                j += 1
            elif j + 1 < len(units) and not _STAMP.match(units[j + 1].text):
                captions.append(units[j + 1].text)
                run.append(units[j].text)
                j += 2
            else:
                break
        words = [len(c.split()) for c in captions]
        if (
            len(captions) >= _TRANSCRIPT_MIN_LINES
            and max(words) <= _CAPTION_MAX_WORDS
            and sum(words) / len(words) >= _CAPTION_MEAN_WORDS
        ):
            joined.append(Unit(" ".join(captions), 0, units[i].gap, spoken=True))
            stamps += run
            i = j
        else:
            joined.append(units[i])
            i += 1
    return joined, stamps


# A word a justified page broke across two lines: "gener-" over "ated footage". A compound's
# own hyphen may fall at a line's end too ("well-" over "known"): after its usual first words
# the hyphen stays.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
_COMPOUND_FIRST = re.compile(
    r"(?:^|\s)(?:well|self|non|co|ex|anti|pre|post|multi|semi|half|low|high|long|short|"
    r"full|all|cross|old|so|far|hand|ill|over|under|mid|one|two|three|four|five)-$",
    re.IGNORECASE,
)


# Text set in columns: a run of spaces between two words.
COLUMNS = re.compile(r"\S\s{4,}\S")


def _runs_on(text: str, following: str) -> bool:
    """Whether a hard-wrapped line shorter than the wrap goes on all the same: a headline set
    over two lines ("The render farm in" / "every pocket"), the first ending on no stop, the
    next starting in lower case (and no byline: "by Jane Doe")."""
    return (
        following[:1].islower()
        and not re.search(r"[.!?:;,…\"'”’)]$", text)
        and not BYLINE.match(following)
    )


def _ends_wrapped_paragraph(joined: list[str], following: str) -> bool:
    """Whether hard-wrapped lines as long as the wrap end their paragraph all the same: a label
    set in capitals ("THIS ISSUE IS SUPPORTED BY ..."), a line over a date alone on its line, or
    a sentence of furniture over another line of it (a newsletter's footer: "You are receiving
    this because ..." / "Unsubscribe: <link>"), a picture's caption, a note on the writer, a
    standfirst naming its writer. An essay's line is never cut from the next, whatever that one
    starts with."""
    if joined[-1].isupper() or is_dateline(following):
        return True  # (a masthead's issue line and date: "Issue #87 -- Tuesday 12 May 2026")
    if len(joined) == 1 and _CAPTION_LINE.match(joined[0]):
        return True  # a picture's labelled caption or credit: "(Photo: courtesy of …)"
    if not ends_sentence(joined[-1]):
        return False
    paragraph = _rejoined(joined)
    # Between the paragraphs of a text with no blank lines: a picture's labelled caption or
    # credit ("… the studio." / "Image: A compositor at work."), a note on the writer ("Jane Doe
    # is a …"), or the essay under a standfirst that names its writer ("…, writes Jane Doe.").
    return (
        (_furniture_line(paragraph) and _furniture_line(following))
        or bool(_CAPTION_LINE.match(following) or _PERSON_IS.match(following))
        or standfirst_writer(paragraph) is not None
    )


_CAPTION_LINE = re.compile(
    r"^\(?(?:Photo|Photograph|Image|Picture|Illustration|Caption|Credit)s?\s*:\s+\S"
)
_PERSON_IS = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+\s+is\s+(?:a|an|the)\s")


def _furniture_line(text: str) -> bool:
    return bool(furniture.JUNK.search(text) or furniture.NAV.search(text))


def _rejoined(lines: list[str]) -> str:
    """Hard-wrapped lines as the paragraph they were, a word hyphenated at a line's end made
    whole again ("gener-" + "ated" -> "generated"; "well-" + "known" -> "well-known")."""
    text = lines[0]
    for line in lines[1:]:
        if not _BROKEN_WORD.search(text):
            text = f"{text} {line}"
        elif line[:1].islower() and not _COMPOUND_FIRST.search(text):
            text = text[:-1] + line
        else:
            text += line  # a compound's hyphen, or a name's ("Anglo-" + "Saxon")
    return text


def ends_sentence(text: str) -> bool:
    return bool(furniture.SENTENCE_END.search(furniture.THREAD_NUMBER.sub("", text)))


def is_furniture(unit: Unit) -> bool:
    if (known := unit.seen.get("furniture")) is None:
        known = unit.seen["furniture"] = _is_furniture(unit)
    return known


def _is_furniture(unit: Unit) -> bool:
    return (
        is_junk(unit)
        or is_end(unit)
        or is_about(unit)
        or url_byline(unit) is not None
        or bool(furniture.RULE.match(unit.text))
        or is_dateline(unit.text)
        or is_post_header(unit.text)
    )


def is_prose(unit: Unit) -> bool:
    """Running essay text: a long line that ends like a sentence, or a very long one, or a
    transcript's captions."""
    if unit.spoken:
        return True
    if unit.heading or is_furniture(unit) or furniture.BULLET.match(unit.text):
        return False
    return (
        unit.words >= furniture.PROSE_MIN_WORDS and ends_sentence(unit.text)
    ) or unit.words >= 25


def sentence_like(unit: Unit) -> bool:
    """A short paragraph that is still a sentence ("Watch the background.")."""
    text = unit.text
    return (
        not unit.heading
        and unit.words >= 2
        and ends_sentence(text)
        and (text[0].isupper() or text[0] in "\"'“‘(" or text[0].isdigit())
        and not is_furniture(unit)
    )


def title_case(text: str) -> bool:
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in furniture.SMALL_WORDS
    ]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def title_like(unit: Unit) -> bool:
    text = unit.text
    return (
        2 <= unit.words <= furniture.TITLE_MAX_WORDS
        and len(text) <= furniture.TITLE_MAX_CHARS
        and not furniture.BULLET.match(text)
        and "://" not in text
        and text.rstrip("\"'”’)»")[-1:] not in ",;:"
        and not is_furniture(unit)
    )


def heading_like(unit: Unit) -> bool:
    """A short line inside the essay that names a section rather than says something."""
    text = unit.text
    return (
        unit.words <= 12
        and not ends_sentence(text)
        and not furniture.BULLET.match(text)
        and "://" not in text
        and text[-1:] not in ",;"
        and (text[0].isupper() or text[0].isdigit())
    )


# A pull quote is one sentence, set apart: longer "quotes" are the author's own paragraphs.
_PULL_QUOTE_WORDS = 40
# ... pulled from a paragraph of some length: two sentences at least, and this many words more
# than the quote ("The rushes are free now. Again." is a refrain, not its source).
_SOURCE_SENTENCES = 2
_SOURCE_MORE_WORDS = 5
# A pull quote may be only part of a sentence ("…nobody has to decide anything"), found word
# for word inside a longer paragraph: this long when set in quote marks or cut with an ellipsis,
# as display type is, or this long when it does not end like a sentence (a short paragraph
# that ends like one and shares a phrase with another is the author's own).
_MARKED_PART_WORDS = 5
_PART_WORDS = 8
# A pull quote set apart by its indent and quote marks may recast the sentence's opening ("“It
# is an apprentice with …”" from "She describes the tools as an apprentice with …"): its words
# after up to this many of its first, still a long enough part of a paragraph.
_DISPLAY_INDENT = 4
_RECAST_WORDS = 3
_QUOTE_MARKS = "\"'“”‘’«»"
_ELLIPSIS = re.compile(r"^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$")
# What display type adds around a pull quote: a Markdown quote's or emphasis's marks, and the
# quoted writer's name after a dash ("“…” — Jane Doe").
_QUOTE_MARKUP = re.compile(r"^(?:>\s*)+|^[*_]{1,2}|[*_]{1,2}$")
_ATTRIBUTION = re.compile(r"(?<=[\"”’»])\s*[—–~-]{1,2}\s*(?-i:[A-Z])[\w.'’ -]{1,60}$")
_ATTRIBUTION_LINE = re.compile(r"^[—–~-]{1,2}\s*(?-i:[A-Z])[\w.'’ -]{1,60}$")


def _display_text(text: str) -> tuple[str, bool]:
    """A pull quote's words without the quote marks, ellipses, markup and attribution display
    type adds, and whether it had any."""
    bare = _ATTRIBUTION.sub("", _QUOTE_MARKUP.sub("", text.strip()).strip())
    bare = _ELLIPSIS.sub("", bare.strip(_QUOTE_MARKS + " ")).strip(_QUOTE_MARKS + " ")
    return bare, bare != text.strip()


def pull_quotes(units: list[Unit], start: int, end: int) -> set[int]:
    """The pull quotes among ``units[start:end]``: a short paragraph that repeats, word for
    word, a sentence of a longer paragraph of the same text, or a long enough part of one (a
    magazine sets one in display type beside the paragraph it comes from), or that repeats in
    quote marks a one-sentence paragraph the author wrote plainly, before or after it. The
    sentence stays where the author wrote it."""
    # A sentence -> the longest paragraph holding it; and every such paragraph's words, joined,
    # to look a phrase up in one search (sources and quotes never overlap: a source has two
    # sentences or more than a quote's words).
    longest: dict[str, int] = {}
    sources: list[tuple[int, str]] = []
    for unit in units[start:end]:
        sentences = split_sentences(unit.text)
        if unit.words > _PULL_QUOTE_WORDS or len(sentences) >= _SOURCE_SENTENCES:
            for sentence in sentences:
                key = normalize(sentence)
                longest[key] = max(longest.get(key, 0), unit.words)
            sources.append((unit.words, f" {plain_words(unit.text)} "))
    joined = "\n".join(text for _, text in sources)
    # The author's own lines, without display type's quote marks.
    plain = {plain_words(u.text) for u in units[start:end] if not _display_text(u.text)[1]}
    found = set()
    for i in range(start + 1, end):  # the essay's opening line is never a pull quote
        unit = units[i]
        if unit.words > _PULL_QUOTE_WORDS or len(split_sentences(unit.text)) != 1:
            continue
        least_source = unit.words + _SOURCE_MORE_WORDS
        bare, marked = _display_text(unit.text)
        if longest.get(normalize(bare), 0) >= least_source:
            found.add(i)
            _with_attribution(units, i, end, found)
            continue
        part = plain_words(bare)
        if marked and len(part.split()) >= _MARKED_PART_WORDS and part in plain:
            found.add(i)  # the same sentence in quote marks, as a paragraph of its own elsewhere
            _with_attribution(units, i, end, found)
            continue
        fragment = marked or not ends_sentence(bare)
        if (
            fragment
            and len(part.split()) >= (_MARKED_PART_WORDS if marked else _PART_WORDS)
            and f" {part} " in joined
            and any(words >= least_source and f" {part} " in text for words, text in sources)
        ):
            found.add(i)
            _with_attribution(units, i, end, found)
            continue
        if marked and unit.indent >= _DISPLAY_INDENT and _recast_part(part, sources, least_source):
            found.add(i)
            _with_attribution(units, i, end, found)
    return found


def _recast_part(part: str, sources: list[tuple[int, str]], least_source: int) -> bool:
    """Whether ``part`` (a quote's words) less its first few words stands in a longer paragraph."""
    words = part.split()
    for drop in range(1, _RECAST_WORDS + 1):
        tail = " ".join(words[drop:])
        if len(words) - drop >= _PART_WORDS and any(
            n >= least_source and f" {tail} " in text for n, text in sources
        ):
            return True
    return False


def _with_attribution(units: list[Unit], i: int, end: int, found: set[int]) -> None:
    """The quoted writer's name on its own line under a pull quote ("— Jane Doe") goes with it."""
    if i + 1 < end and _ATTRIBUTION_LINE.match(units[i + 1].text):
        found.add(i + 1)


def plain_words(text: str) -> str:
    """The text's words alone, folded, for finding a phrase inside a paragraph whatever its
    commas (a pull quote ends with a full stop where the sentence it repeats goes on)."""
    return " ".join(_WORD.findall(normalize(text)))


def repeats_own_words(quote: str, own: list[str]) -> bool:
    """Whether a set-apart quotation's words stand inside one of the text's own lines ``own``
    (each ``plain_words``, padded with spaces), which says more: display type repeating the
    author, a pull quote; a quotation of someone else says words the text does not."""
    quoted = plain_words(quote)
    return bool(quoted) and any(
        (f" {quoted} " in line and quoted != line.strip()) or _restates(quote, line) for line in own
    )


_RESTATED_MIN_WORDS = 8  # shorter, a sentence's few words recur in any text on the subject
_RESTATED_SHARE = 0.8  # of the quote's first sentence's words, in its order, in one line
_RESTATED_SPREAD = 1.3  # the line's span they stand in, at most, for the sentence's length


def _restates(quote: str, line: str) -> bool:
    """Whether the first sentence of a set-apart quotation says one of the text's lines again
    nearly word for word, as display type edits what it pulls ("The paperwork is the largest
    new cost these tools have brought." over "… the paperwork the largest new cost the tools
    have brought"): a pull quote, though its words are not the line's exactly."""
    sentences = split_sentences(quote.lstrip("> "))
    first = plain_words(sentences[0]).split() if sentences else []
    words = line.split()
    if len(first) < _RESTATED_MIN_WORDS or len(words) <= len(first):
        return False
    blocks = [
        b
        for b in SequenceMatcher(None, first, words, autojunk=False).get_matching_blocks()
        if b.size
    ]
    matched = sum(b.size for b in blocks)
    spread = blocks[-1].b + blocks[-1].size - blocks[0].b if blocks else 0
    return matched >= _RESTATED_SHARE * len(first) and spread <= _RESTATED_SPREAD * len(first)


_WORD = re.compile(r"\w+(?:['’]\w+)*")
