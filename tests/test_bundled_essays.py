"""The bundled essays in data/essays: well-formed, annotated, and nothing in them invented.

Self-contained on purpose (a tiny front-matter split with yaml.safe_load, no bot.corpus), so a
broken parser cannot hide a broken data file or the other way round.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bot.corpus import parse_essay
from bot.text import normalize

ROOT = Path(__file__).resolve().parents[1]
ESSAYS = ROOT / "data" / "essays"
RAW_SEEDS = Path(__file__).resolve().parent / "fixtures" / "raw_seeds"

# Which raw scrape each bundled essay was curated from.
SOURCES = {
    "unknown-sora-wont-improve-filmmaking": "000_54c5ee5e2a361d97.txt",
    "westenberg-democratisation": "001_450a3c257d9b0573.txt",
    "kroll-sora-indie-filmmakers": "002_2ae067cb6617106f.txt",
    "pinker-sora-hollywood": "003_aa5dbbced1358ffd.txt",
    "global-times-sora-opportunity": "004_65745d5dc8e5db22.txt",
}

ESSAY_STANCES = {"optimistic", "skeptical", "mixed"}
PASSAGE_STANCES = {"optimistic", "skeptical", "neutral"}
TOPICS = {
    "democratization", "creativity", "jobs", "audience", "realism", "studios", "indie",
    "length", "copyright", "tools", "education", "hype", "humanity", "stars", "quality",
    "history", "efficiency",
}  # fmt: skip
REQUIRED = ("title", "author", "stance")
OPTIONAL = ("author_bio", "publication", "published", "url")

# Site furniture that must never reach a body.
JUNK = (
    "@Westenberg logo",
    "Subscribe to @Westenberg",
    "never miss a post",
    "All my posts are written without AI",
    "download and copy this image",
    "AI Photo:VCG",
    "Published:",
    "sign up for my newsletter",
    "About Author",
    "Follow Noam",
    "Alexander Pinkerhttps",
    "medialist.info",
    "Ähnliche Artikel",
    "Please enter your comment",
    "Please enter your name here",
    "Akismet",
    "Follow us",
    "Cookie Consent",
    "Leave a Reply",
)
# Reader comments under the Kroll post: never to be attributed to anyone's essay.
COMMENTS = (
    "bikini",
    "Dubai",
    "Stefano Voltaggio",
    "artistic creation is an attribute of the few",
    "fordist",
    "Pixar",
    "lowest-common-denominator",
)

_FRONT = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_ANNOTATION = re.compile(r"\A<!--(.*?)-->\s*(.*)\Z", re.DOTALL)


def split_essay(text: str) -> tuple[dict, list[tuple[dict[str, str] | None, str]]]:
    """Front matter, and (annotation or None, paragraph) pairs."""
    match = _FRONT.match(text)
    assert match, "missing '---' front matter"
    meta = yaml.safe_load(match.group(1))
    paragraphs: list[tuple[dict[str, str] | None, str]] = []
    pending: dict[str, str] | None = None
    for block in re.split(r"\n\s*\n", match.group(2)):
        block = block.strip()
        if not block:
            continue
        annotated = _ANNOTATION.match(block)
        if annotated:
            pending = {}
            for item in annotated.group(1).split(";"):
                if item.strip():
                    key, _, value = item.partition(":")
                    pending[key.strip()] = value.strip()
            block = annotated.group(2).strip()
            if not block:
                continue
        paragraphs.append((pending, " ".join(line.strip() for line in block.splitlines())))
        pending = None
    return meta, paragraphs


def essay_files() -> list[Path]:
    return sorted(ESSAYS.glob("*.md"))


def raw_seed(name: str) -> str:
    return (RAW_SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(params=essay_files(), ids=lambda path: path.stem)
def essay(request: pytest.FixtureRequest) -> tuple[str, dict, list]:
    path: Path = request.param
    meta, paragraphs = split_essay(path.read_text(encoding="utf-8"))
    return path.stem, meta, paragraphs


def test_every_seed_is_curated_once() -> None:
    assert sorted(path.stem for path in essay_files()) == sorted(SOURCES)
    assert sorted(SOURCES.values()) == sorted(p.name for p in RAW_SEEDS.glob("*.txt"))


def test_front_matter(essay: tuple[str, dict, list]) -> None:
    slug, meta, _ = essay
    assert isinstance(meta, dict)
    for key in REQUIRED:
        assert str(meta.get(key) or "").strip(), f"{slug}: {key} missing"
    unknown = set(meta) - set(REQUIRED + OPTIONAL)
    assert not unknown, f"{slug}: unknown keys {unknown}"
    assert meta["stance"] in ESSAY_STANCES
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    if "published" in meta:
        assert isinstance(meta["published"], dt.date), "published must be an ISO date"
    assert "url" not in meta, "no URL is known for certain for the bundled essays"


def test_metadata_comes_from_the_source(essay: tuple[str, dict, list]) -> None:
    slug, meta, _ = essay
    raw = normalize(raw_seed(SOURCES[slug]))
    assert normalize(meta["title"]) in raw
    if "author_bio" in meta:
        assert normalize(meta["author_bio"]) in raw
    if meta["author"] != "Unknown":
        # The source names every known author (Westenberg through her newsletter's name).
        assert normalize(meta["author"].split()[-1]) in raw


def test_annotations(essay: tuple[str, dict, list]) -> None:
    slug, _, paragraphs = essay
    assert paragraphs, f"{slug}: empty body"
    for note, paragraph in paragraphs:
        assert note is not None, f"{slug}: paragraph without topics: {paragraph[:60]!r}"
        assert set(note) <= {"stance", "topics", "quoting"}, f"{slug}: unknown keys {note}"
        if "stance" in note:
            assert note["stance"] in PASSAGE_STANCES, f"{slug}: {note['stance']!r}"
        topics = [t.strip() for t in note.get("topics", "").split(",") if t.strip()]
        assert 1 <= len(topics) <= 3, f"{slug}: {paragraph[:60]!r} has topics {topics}"
        assert set(topics) <= TOPICS, f"{slug}: unknown topics {set(topics) - TOPICS}"
        assert len(set(topics)) == len(topics)


def test_bodies_are_verbatim_from_the_source(essay: tuple[str, dict, list]) -> None:
    slug, _, paragraphs = essay
    raw = normalize(raw_seed(SOURCES[slug]))
    for _, paragraph in paragraphs:
        assert normalize(paragraph) in raw, f"{slug}: not in the source: {paragraph[:80]!r}"


def test_no_site_furniture_or_comments(essay: tuple[str, dict, list]) -> None:
    slug, meta, paragraphs = essay
    text = normalize(" ".join(p for _, p in paragraphs))
    everything = normalize(" ".join([*map(str, meta.values()), text]))
    for phrase in JUNK:
        assert normalize(phrase) not in text, f"{slug}: junk {phrase!r} in the body"
    for phrase in COMMENTS:
        assert normalize(phrase) not in everything, f"{slug}: reader comment {phrase!r}"


def test_known_metadata() -> None:
    metas = {path.stem: split_essay(path.read_text(encoding="utf-8"))[0] for path in essay_files()}
    assert metas["unknown-sora-wont-improve-filmmaking"]["author"] == "Unknown"
    assert "publication" not in metas["unknown-sora-wont-improve-filmmaking"]
    assert metas["westenberg-democratisation"]["publication"] == "@Westenberg"
    assert metas["kroll-sora-indie-filmmakers"]["author"] == "Noam Kroll"
    assert metas["kroll-sora-indie-filmmakers"]["stance"] == "mixed"
    assert "Follow" not in metas["kroll-sora-indie-filmmakers"]["author_bio"]
    assert metas["pinker-sora-hollywood"]["publication"] == "Medialist Innovation"
    assert metas["global-times-sora-opportunity"]["published"] == dt.date(2024, 2, 21)
    assert metas["global-times-sora-opportunity"]["author"] == "Global Times"


def test_authors_typos_are_kept() -> None:
    bodies = {
        path.stem: " ".join(p for _, p in split_essay(path.read_text(encoding="utf-8"))[1])
        for path in essay_files()
    }
    assert "pretigious position" in bodies["unknown-sora-wont-improve-filmmaking"]
    assert "Whether it how movies were shot" in bodies["kroll-sora-indie-filmmakers"]
    assert "surlily" in bodies["global-times-sora-opportunity"]


def test_quoted_reporting_is_cited_to_its_reporter_not_westenberg() -> None:
    # The post opens with Steven Levy's Wired lede, quoted; it is not her first person.
    text = (ESSAYS / "westenberg-democratisation.md").read_text(encoding="utf-8")
    doc = parse_essay(text, slug="westenberg-democratisation")
    quoted = [p for p in doc.passages if p.quoted_from]
    own = [p for p in doc.passages if not p.quoted_from]
    quoted_text = " ".join(p.text for p in quoted)
    assert "pass the bar exam" in quoted_text
    assert "The researchers I spoke to" in quoted_text
    assert {p.quoted_from for p in quoted} == {"Steven Levy, Wired"}
    assert {p.stance for p in quoted} == {"neutral"}
    assert not any("I spoke to" in p.text or "bar exam" in p.text for p in own)
