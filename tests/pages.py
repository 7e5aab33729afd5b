"""Score the importer on the raw test pages in tests/fixtures/pages (shared by test_pages.py).

Each set (``tuning`` to ``tuning43``, ``tuning45`` to ``tuning121``: rules may be tuned on
them; ``heldout68`` and ``heldout69``: written blind, measured only, and scored only once its
folder exists; which tuning sets were once held out is in
tests/fixtures/pages/README.md) has an ``expected.yaml`` naming, per page, its title, author,
date and publication, the furniture lines that must never be stored, sentences that must be
stored, and for some pages the stance of particular passages. A page is imported the way a
moderator would import it: only the stance is given, everything
else must come from the page.

Print the figures: ``python tests/pages.py`` (or ``python -m pytest tests/test_pages.py -s``);
passage stances alone, per set, per half of their split and pooled, with confusion matrices:
``python tests/pages.py --stances`` (the shipped passage model is trained on every tuning set's
labels, so they read in sample there; trained on the odd sets alone, the even sets' figure is
what ``python scripts/train_stance.py --check`` prints).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bot.errors import CrosscutError
from bot.importer import Draft, Metadata, draft_from_file

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
# There is no tuning44: the name was skipped.
TUNING_SETS = ("tuning", *(f"tuning{n}" for n in (*range(2, 44), *range(45, 122))))
HELDOUT_SETS: tuple[str, ...] = ("heldout68", "heldout69")
SETS = (*TUNING_SETS, *HELDOUT_SETS)
FIELDS = ("title", "author", "date", "publication")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
# Letters and digits: a Markdown emphasis's underscores ("_Jane Doe writes …_") are markup.
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
# A furniture line this many words long or more counts as stored when it is inside a passage;
# a shorter one ("Share", "Top") only when it is a whole passage (else every "share" in prose
# would count).
_INSIDE_MIN_WORDS = 3


def words(text: str) -> str:
    """Text as its words only: markup, link targets, punctuation and case don't matter."""
    return " ".join(_WORD.findall(_LINK_TARGET.sub("]", text).casefold()))


_MARKUP = re.compile(r"^[\s>*_]+")


def _in_quote_marks(text: str) -> bool:
    """Whether a line opens with a quote mark (past any Markdown quote or emphasis)."""
    opening = _MARKUP.sub("", text)[:1]
    return bool(opening) and opening in "\"“‘«'"


def occurrences(phrase: str, page: str) -> int:
    """How often the words ``phrase`` stand in the words ``page`` (both as ``words`` gives them,
    the page padded with spaces), overlaps counted: a pull quote set right after the paragraph
    it repeats shares a space with it."""
    return len(re.findall(f"(?= {re.escape(phrase)} )", page))


@dataclass
class PageResult:
    name: str
    error: str | None = None
    furniture: int = 0
    stored: list[str] = field(default_factory=list)  # furniture lines found in passages
    missing_keep: list[str] = field(default_factory=list)  # essay sentences not stored
    fields_right: int = 0
    fields: int = 0
    wrong: dict[str, tuple[object, object]] = field(default_factory=dict)  # expected, got
    stances_right: int = 0
    stances: int = 0
    wrong_stances: list[str] = field(default_factory=list)
    title_stored: bool = False


def expected_pages(which: str) -> list[dict]:
    path = PAGES / which / "expected.yaml"
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8"))["pages"]


def known_misses(which: str) -> dict:
    """The recorded misses of a set (``<set>-misses.yaml``): what the importer gets wrong today."""
    path = PAGES / f"{which}-misses.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def import_page(which: str, entry: dict) -> Draft:
    path = PAGES / which / entry["file"]
    return draft_from_file(path.read_bytes(), path.name, Metadata(stance="mixed"))


def _got(draft: Draft, name: str) -> object:
    doc = draft.doc
    value = {
        "title": None if "title" in draft.missing else doc.title,  # not the placeholder
        "author": None if "author" in draft.missing else doc.author,
        "date": doc.published,
        "publication": doc.publication,
    }[name]
    return value or None


def _same(name: str, expected: object, got: object) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, date):
        expected = expected.isoformat()
    if name == "title":
        # Case and spacing as the page shows them; quote marks may differ in the source.
        return words(str(expected)) == words(str(got)) and str(got).strip() != ""
    return " ".join(str(expected).split()).casefold() == " ".join(str(got).split()).casefold()


def stored_lines(
    furniture: list[str], passages: list[str], source: str, keep: tuple[str, ...] = ()
) -> list[str]:
    """The furniture lines stored among ``passages`` (texts) of the page ``source``, whose
    essay sentences to keep are ``keep``."""
    held = [words(text) for text in passages]
    marked = [_in_quote_marks(text) for text in passages]
    page = f" {words(_TAG.sub(' ', source))} "
    kept = [words(sentence) for sentence in keep]
    stored = []
    for line in furniture:
        w = words(line)
        # A reply quoting the author repeats the author's words: the author's passage that
        # holds them is not the quote stored, so only the quote as a whole passage counts, in
        # quote marks if the line has them (a pull quote "“…”" repeats a paragraph the author
        # wrote plainly, which is no quote).
        quoted = occurrences(w, page) > 1
        inside = len(w.split()) >= _INSIDE_MIN_WORDS and not quoted
        whole = sum(
            w == p and not (quoted and _in_quote_marks(line) and not m)
            for p, m in zip(held, marked, strict=True)
        )
        # ... and when the author's paragraph is those very words, holding a sentence to keep
        # (a clipper's excerpt of the opening paragraph, of one sentence or more), that passage
        # is the author's: only a second one is the quote stored.
        own = 0
        if quoted:
            own = kept.count(w) or int(any(f" {k} " in f" {w} " for k in kept))
        if whole > own or (inside and any(f" {w} " in f" {p} " for p in held)):
            stored.append(line)
    return stored


def score(which: str, entry: dict) -> PageResult:
    result = PageResult(entry["file"])
    furniture = [line for line in entry.get("furniture") or [] if words(line)]
    result.furniture = len(furniture)
    result.fields = len(FIELDS)
    stances = entry.get("stances") or []
    result.stances = len(stances)
    try:
        draft = import_page(which, entry)
    except CrosscutError as error:
        result.error = str(error)
        result.stored = furniture  # unknown: count the page as failed throughout
        result.wrong = {name: (entry.get(name), None) for name in FIELDS}
        return result
    texts = [p.text for p in draft.doc.passages]
    passages = [words(text) for text in texts]
    source = (PAGES / which / entry["file"]).read_text(encoding="utf-8")
    result.stored = stored_lines(furniture, texts, source, tuple(entry.get("keep") or ()))
    for sentence in entry.get("keep") or []:
        w = words(sentence)
        if not any(f" {w} " in f" {p} " for p in passages):
            result.missing_keep.append(sentence)
    for name in FIELDS:
        expected, got = entry.get(name), _got(draft, name)
        if _same(name, expected, got):
            result.fields_right += 1
        else:
            result.wrong[name] = (expected, got)
    result.title_stored = words(entry.get("title") or "") in passages
    for item in stances:
        w = words(item["contains"])
        found = [p for p in draft.doc.passages if w in words(p.text)]
        if found and found[0].stance == item["stance"]:
            result.stances_right += 1
        else:
            got = found[0].stance if found else "not stored"
            result.wrong_stances.append(f"{item['contains'][:50]!r}: {item['stance']} ≠ {got}")
    return result


def fully_right(result: PageResult) -> bool:
    """No furniture stored, every field right, no essay sentence lost, no error (stances are
    figures of the stance reader, apart)."""
    return not (result.error or result.stored or result.wrong or result.missing_keep)


def figures(which: str) -> tuple[list[PageResult], str]:
    if not (PAGES / which).is_dir():
        return [], f"{which}: not here yet (a blind set is scored once its folder exists)"
    results = [score(which, entry) for entry in expected_pages(which)]
    if not results:
        return results, f"{which}: no pages"
    lines = []
    for r in results:
        problems = []
        if r.error:
            problems.append(f"error: {r.error}")
        if r.stored:
            problems.append(f"stored furniture: {r.stored}")
        if r.missing_keep:
            problems.append(f"essay text lost: {r.missing_keep}")
        if r.wrong:
            problems.append(
                "fields: " + ", ".join(f"{k} {e!r} got {g!r}" for k, (e, g) in r.wrong.items())
            )
        if r.title_stored:
            problems.append("title stored as a passage")
        if r.wrong_stances:
            problems.append(f"stances: {r.wrong_stances}")
        mark = "ok  " if not problems else "MISS"
        lines.append(f"  {mark} {r.name}" + "".join(f"\n         {p}" for p in problems))
    total_furniture = sum(r.furniture for r in results)
    stored = sum(len(r.stored) for r in results)
    right = sum(r.fields_right for r in results)
    fields_total = sum(r.fields for r in results)
    keep_lost = sum(len(r.missing_keep) for r in results)
    keep_total = sum(len(e.get("keep") or []) for e in expected_pages(which))
    st_right = sum(r.stances_right for r in results)
    st_total = sum(r.stances for r in results)
    head = (
        f"{which}: {len(results)} pages; furniture stored {stored}/{total_furniture}; "
        f"fields right {right}/{fields_total}; essay sentences kept {keep_total - keep_lost}/"
        f"{keep_total}; passage stances right {st_right}/{st_total}; "
        f"pages clean and fully right {sum(1 for r in results if fully_right(r))}"
        f"/{len(results)}"
    )
    return results, "\n".join([head, *lines])


# Passage stances, split once before any tuning of how passages are read (issue 12): the
# odd-numbered tuning sets ("tuning" counts as 1) may be tuned on; the even-numbered ones are
# the check, whose individual misses are never looked at.
STANCE_TUNE = tuple(s for s in TUNING_SETS if int(s.removeprefix("tuning") or 1) % 2)
STANCE_CHECK = tuple(s for s in TUNING_SETS if s not in STANCE_TUNE)
STANCES = ("optimistic", "skeptical", "neutral")


def stance_pairs(which: str) -> list[tuple[str, str]]:
    """(expected, got) for each annotated passage stance of a set ("not stored" when no
    passage holds the sentence)."""
    pairs = []
    for entry in expected_pages(which):
        items = entry.get("stances") or []
        if not items:
            continue
        try:
            passages = import_page(which, entry).doc.passages
        except CrosscutError:
            passages = ()
        for item in items:
            w = words(item["contains"])
            found = [p.stance for p in passages if w in words(p.text)]
            pairs.append((item["stance"], found[0] if found else "not stored"))
    return pairs


def stance_report(sets: tuple[str, ...] = TUNING_SETS) -> str:
    """Passage-stance accuracy per set, for each half of the split and pooled, with the
    confusion matrix (rows expected, columns read) of each half."""
    by_set = {which: stance_pairs(which) for which in sets}
    lines = []
    for which, pairs in by_set.items():
        if pairs:
            right = sum(e == g for e, g in pairs)
            lines.append(f"  {which}: {right}/{len(pairs)}")
    halves = (
        ("tune (odd sets)", [s for s in sets if s in STANCE_TUNE]),
        ("check (even sets)", [s for s in sets if s in STANCE_CHECK]),
        ("pooled", list(sets)),
    )
    for name, members in halves:
        pairs = [pair for s in members for pair in by_set[s]]
        if not pairs:
            continue
        right = sum(e == g for e, g in pairs)
        lines.append(f"{name}: {right}/{len(pairs)} ({right / len(pairs):.1%})")
        columns = (*STANCES, "not stored")
        lines.append("    expected \\ read " + " ".join(f"{c[:10]:>10}" for c in columns))
        for expected in STANCES:
            row = [sum(e == expected and g == c for e, g in pairs) for c in columns]
            lines.append(f"    {expected:>15} " + " ".join(f"{n:>10}" for n in row))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--stances"]:
        print(stance_report(tuple(argv[1:]) or TUNING_SETS))  # noqa: T201 - a report script
        return 0
    for which in argv or SETS:
        print(figures(which)[1])  # noqa: T201 - a report script
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
