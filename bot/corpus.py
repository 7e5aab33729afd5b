"""Essays and passages: the hand-editable file format, parsing and export (no discord import).

An essay file is Markdown with YAML front matter. Paragraphs are separated by blank lines.
An HTML comment directly above a paragraph annotates it::

    <!-- stance: skeptical; topics: democratization, creativity -->
    The paragraph, verbatim.

``quoting: Name, Publication`` marks a paragraph the essay quotes from someone else; it is
always cited to them. ``set-by: moderator`` marks a stance a moderator overrode, ``set-by:
reader`` one the stance reader gave a passage of a page a moderator added (both kept through
export and re-import). Unannotated paragraphs take the essay's stance (``neutral`` when the
essay is ``mixed``) and topics inferred from keywords. Long paragraphs are split at sentence
boundaries into passages; the parts keep the paragraph's annotation.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bot.errors import EssayFormatError
from bot.text import clean_text, has_visible_text, normalize, split_sentences

ESSAY_STANCES = ("optimistic", "skeptical", "mixed")
PASSAGE_STANCES = ("optimistic", "skeptical", "neutral")

# Keyword cues per topic, matched on normalized text as word prefixes. Used for paragraphs
# without a topics annotation and to map a user's claim onto topics (see bot.stance).
TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    "democratization": (
        "democrati",
        "anyone",
        "everyone",
        "ordinary people",
        "accessib",
        "more people",
        "a director",
        "great directors",
        "wannabe",
        "equity",
        "diverse voices",
        "participation",
    ),
    "creativity": ("creativ", "imagination", "self-expression", "originality", "artist", "art "),
    "jobs": ("job", "occupation", "workers", "artisan", "animators", "replace", "unemploy"),
    "audience": (
        "audience",
        "viewer",
        "consumer",
        "fans",
        "word of mouth",
        "watch",
        "communal",
        "buzz",
    ),
    "realism": ("realis", "photorealis", "indistinguishable", "lifelike", "unnatural"),
    "studios": ("studio", "hollywood", "netflix", "big players", "industry"),
    "indie": ("indie", "independent film", "low-budget", "low-cost"),
    "length": ("60 second", "60-second", "one minute", "minute", "length", "full-length", "clip"),
    "copyright": ("copyright", "intellectual property", "licens", "plagiar", "training data"),
    "tools": ("tool", "assistant", "workflow", "runway", "storyboard"),
    "education": ("student", "education", "training", "film school", "learn"),
    "hype": ("hype", "myth", "novelty", "panic", "overblown"),
    "humanity": ("human", "emotion", "soul", "spirit", "personal", "individual", "authentic"),
    "stars": ("movie star", "actor", "celebrit", "streep", "washington", "performance"),
    "quality": ("quality", "garbage", "slop", "excellence", "shoddy", "same", "derivative"),
    "history": ("history", "sync sound", "photography", "printing", "revolution", "century"),
    "efficiency": ("efficien", "cheaper", "less expensive", "cost", "faster", "simpler"),
}
TOPICS = tuple(TOPIC_KEYWORDS)
# Each cue with its topic's index in TOPICS. A cue counts where a word starts with it.
_CUES = tuple((i, cue) for i, cues in enumerate(TOPIC_KEYWORDS.values()) for cue in cues)
assert all(cue[0].isalnum() for _, cue in _CUES), "a cue opens a word"

# Front matter is a handful of short fields (the longest bundled block is ~650 characters).
FRONT_MATTER_MAX = 8_000

# One essay may hold this many passages: a 1 MB essay of ordinary paragraphs has ~1,700; a
# file of 100,000 one-word lines would make 100,000 and stall every other query while stored.
MAX_PASSAGES = 2_000

# Passages longer than this are split at sentence boundaries into parts of at most this size.
MAX_PASSAGE_CHARS = 600

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_ANNOTATION = re.compile(r"\A<!--(.*?)-->\s*\Z", re.DOTALL)
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")
# ``set-by:`` annotation values and the stance sources they stand for.
_SET_BY = {"moderator": "override", "reader": "reader"}


@dataclass(frozen=True)
class Passage:
    text: str
    stance: str
    topics: tuple[str, ...]
    # Where the stance came from: "annotated" in the file, inherited from the "essay", "reader"
    # (read from the passage's own words when a moderator added the essay), or an "override" a
    # moderator set. Shown to readers so the label is never a black box.
    stance_source: str = "essay"
    # Someone the essay quotes (e.g. "Steven Levy, Wired"): the passage is theirs, never cited
    # as the essay author's own words.
    quoted_from: str | None = None


@dataclass(frozen=True)
class EssayDoc:
    """An essay as written in a data file (or submitted by a moderator), before storage."""

    slug: str
    title: str
    author: str
    stance: str
    passages: tuple[Passage, ...]
    author_bio: str | None = None
    publication: str | None = None
    published: str | None = None
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.passages)

    @functools.cached_property
    def content_hash(self) -> str:
        """Changes whenever anything stored from this file would change. Kept once worked out
        (the doc is frozen): a draft's is worked out in the import worker, off the event loop."""
        return hashlib.sha256(to_markdown(self).encode()).hexdigest()


def slugify(text: str) -> str:
    slug = _SLUG_CHARS.sub("-", normalize(text)).strip("-")
    return slug[:80].strip("-") or "essay"


def infer_topics(text: str, limit: int = 3) -> tuple[str, ...]:
    """Topics whose cue words occur in ``text``, most cues first."""
    return topics_in(normalize(text), limit)


def topics_in(normalized: str, limit: int = 3) -> tuple[str, ...]:
    """``infer_topics`` of a text already normalized (``bot.text.normalize``)."""
    norm = f" {normalized} "
    hits = Counter(i for i, cue in _CUES if cue in norm and _opens_a_word(cue, norm))
    scored = sorted((-n, i) for i, n in hits.items())
    return tuple(TOPICS[i] for _, i in scored[:limit])


def _opens_a_word(cue: str, text: str) -> bool:
    r"""``re.search(r"\b" + re.escape(cue), text)`` for a cue opening on a letter or digit, in
    ``text`` opening on a space. ~20 times faster: a leading \b stops the regex engine from
    scanning for the cue's letters first, and ranking counterpoints runs this for every cue of
    every candidate."""
    at = text.find(cue)
    while at > 0:
        before = text[at - 1]
        if not (before.isalnum() or before == "_"):  # what \w is in a str pattern
            return True
        at = text.find(cue, at + 1)
    return False


def split_long(paragraph: str, limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """Split a paragraph into runs of whole sentences of at most ``limit`` characters."""
    if len(paragraph) <= limit:
        return [paragraph]
    parts: list[str] = []
    current = ""
    for sentence in split_sentences(paragraph):
        candidate = f"{current} {sentence}" if current else sentence
        if current and len(candidate) > limit:
            parts.append(current)
            current = sentence
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts


@dataclass(frozen=True)
class _Annotation:
    stance: str | None = None
    topics: tuple[str, ...] | None = None
    quoted_from: str | None = None
    stance_source: str | None = None


def _parse_annotation(comment: str, where: str) -> _Annotation:
    stance: str | None = None
    topics: tuple[str, ...] | None = None
    quoted_from: str | None = None
    stance_source: str | None = None
    for item in comment.split(";"):
        if not item.strip():
            continue
        key, sep, value = item.partition(":")
        key = key.strip().lower()
        if not sep:
            raise EssayFormatError(f"{where}: annotation {item.strip()!r} needs 'key: value'.")
        if key == "stance":
            stance = value.strip().lower()
            if stance not in PASSAGE_STANCES:
                raise EssayFormatError(
                    f"{where}: passage stance must be one of {', '.join(PASSAGE_STANCES)}, "
                    f"got {stance!r}."
                )
        elif key == "topics":
            topics = tuple(t.strip().lower() for t in value.split(",") if t.strip())
        elif key == "quoting":
            quoted_from = value.strip() or None
        elif key == "set-by" and value.strip().lower() in _SET_BY:
            # A moderator's override, or the stance reader's, kept through export and re-import.
            stance_source = _SET_BY[value.strip().lower()]
        else:
            raise EssayFormatError(f"{where}: unknown annotation key {key!r}.")
    return _Annotation(stance, topics, quoted_from, stance_source)


def parse_body(body: str, essay_stance: str, where: str = "essay") -> tuple[Passage, ...]:
    default_stance = "neutral" if essay_stance == "mixed" else essay_stance
    passages: list[Passage] = []
    pending: _Annotation | None = None
    for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n")):
        block = block.strip()
        if not block:
            continue
        if "<!--" in block and "-->" not in block.rpartition("<!--")[2]:
            raise EssayFormatError(f"{where}: a '<!--' comment is never closed with '-->'.")
        # An annotation may share its block with the paragraph below it (no blank line between).
        match = re.match(r"\A(<!--.*?-->)\s*(.*)\Z", block, re.DOTALL)
        if match:
            pending = _parse_annotation(_ANNOTATION.match(match.group(1)).group(1), where)
            block = match.group(2).strip()
            if not block:
                continue
        note = pending or _Annotation()
        pending = None
        paragraph = " ".join(line.strip() for line in block.splitlines())
        for part in split_long(paragraph):
            passages.append(
                Passage(
                    text=part,
                    stance=note.stance or default_stance,
                    topics=note.topics if note.topics is not None else infer_topics(part),
                    stance_source=(note.stance_source or "annotated") if note.stance else "essay",
                    quoted_from=note.quoted_from,
                )
            )
        if len(passages) > MAX_PASSAGES:  # checked as it grows: the rest is never parsed
            raise EssayFormatError(
                f"{where}: the essay has more than {MAX_PASSAGES:,} passages (paragraphs); "
                "split it into several essays."
            )
    return tuple(passages)


class FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without aliases: a few hundred bytes of nested aliases expand to gigabytes,
    and front matter never needs one."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", self.peek_event().start_mark
            )
        return super().compose_node(parent, index)


def read_front_matter(raw: str, where: str) -> dict[str, object]:
    """The ``key: value`` lines at the top of an essay file, each value a single scalar."""
    if len(raw) > FRONT_MATTER_MAX:
        raise EssayFormatError(
            f"{where}: the front matter is {len(raw):,} characters; the limit is "
            f"{FRONT_MATTER_MAX:,}."
        )
    try:
        meta = yaml.load(raw, Loader=FrontMatterLoader) or {}  # a SafeLoader subclass
    except yaml.YAMLError as error:
        raise EssayFormatError(f"{where}: front matter is not valid YAML ({error}).") from error
    except Exception as error:  # PyYAML's constructors raise what they meet on hostile input
        # Values YAML parses but Python can't hold: 2024-13-01, !!int 'abc', an empty !!int
        # (IndexError), 5,000 digits, brackets nested thousands deep.
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        reason = reason or type(error).__name__
        raise EssayFormatError(f"{where}: a front matter value is invalid ({reason}).") from error
    if not isinstance(meta, dict):
        raise EssayFormatError(f"{where}: front matter must be 'key: value' lines.")
    for key, value in meta.items():
        if isinstance(value, dict | list | set | tuple | bytes):
            raise EssayFormatError(f"{where}: '{key}' must be a single value, not a list.")
    # A blank value (spaces included) is no value: it would not survive export.
    return {str(k).lower(): v for k, v in meta.items() if v is not None and str(v).strip()}


def parse_essay(text: str, slug: str, where: str | None = None) -> EssayDoc:
    """Parse an essay file's text. Raises EssayFormatError with a message naming the problem."""
    where = where or slug
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        raise EssayFormatError(f"{where}: missing YAML front matter (a '---' block at the top).")
    meta = read_front_matter(match.group(1), where)
    return build_essay(meta, text[match.end() :], slug=slug, where=where)


def build_essay(meta: dict, body: str, *, slug: str, where: str) -> EssayDoc:
    """Validate metadata and parse a body into an EssayDoc."""
    # Whatever the source, nothing invisible or a terminal would obey is stored.
    meta = {k: clean_text(v) if isinstance(v, str) else v for k, v in meta.items()}
    body = clean_text(body)
    for key in ("title", "author", "stance"):
        if not str(meta.get(key, "")).strip():
            raise EssayFormatError(f"{where}: '{key}' is required in the front matter.")
    stance = str(meta["stance"]).strip().lower()
    if stance not in ESSAY_STANCES:
        raise EssayFormatError(
            f"{where}: stance must be one of {', '.join(ESSAY_STANCES)}, got {stance!r}."
        )
    published = meta.get("published")
    if isinstance(published, date):
        published = published.isoformat()
    passages = parse_body(body, stance, where)
    if not passages or not has_visible_text(body):
        raise EssayFormatError(f"{where}: the essay has no text.")
    known = {"title", "author", "author_bio", "publication", "published", "url", "stance", "slug"}
    return EssayDoc(
        # A slug names the exported file: never a path, whatever the front matter says.
        slug=slugify(str(meta.get("slug") or slug)),
        title=str(meta["title"]).strip(),
        author=str(meta["author"]).strip(),
        stance=stance,
        passages=passages,
        author_bio=_opt(meta.get("author_bio")),
        publication=_opt(meta.get("publication")),
        published=_opt(published),
        url=_opt(meta.get("url")),
        extra={k: str(v).strip() for k, v in meta.items() if k not in known},
    )


def _opt(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def export_name(doc: EssayDoc) -> str:
    """The file name an essay is exported under: its slug made safe (never a path)."""
    return f"{slugify(doc.slug)}.md"


def load_essay_file(path: Path) -> EssayDoc:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise EssayFormatError(f"{path.name}: not UTF-8 text.") from error
    return parse_essay(text, slug=path.stem, where=path.name)


def load_directory(directory: Path) -> list[EssayDoc]:
    return [load_essay_file(path) for path in sorted(directory.glob("*.md"))]


def to_markdown(doc: EssayDoc) -> str:
    """Serialise in the bundled file format; ``parse_essay`` reads it back losslessly."""
    meta: dict[str, str] = {"title": doc.title, "author": doc.author}
    for key in ("author_bio", "publication", "published", "url"):
        value = getattr(doc, key)
        if value:
            meta[key] = value
    meta["stance"] = doc.stance
    meta.update(doc.extra)
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000).strip()
    default_stance = "neutral" if doc.stance == "mixed" else doc.stance
    blocks = []
    for passage in doc.passages:
        notes = []
        if passage.stance != default_stance or passage.stance_source != "essay":
            notes.append(f"stance: {passage.stance}")
            set_by = {v: k for k, v in _SET_BY.items()}.get(passage.stance_source)
            if set_by:
                notes.append(f"set-by: {set_by}")
        notes.append(f"topics: {', '.join(passage.topics)}")
        if passage.quoted_from:
            notes.append(f"quoting: {passage.quoted_from}")
        blocks.append(f"<!-- {'; '.join(notes)} -->\n{passage.text}")
    return f"---\n{front}\n---\n\n" + "\n\n".join(blocks) + "\n"
