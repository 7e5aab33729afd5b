"""Experiment: a learnt second opinion on the passages the cleaner's rules store (issue 12).

    pip install -e ".[train]"
    python scripts/line_classifier_experiment.py           # build the data, print the figures
    python scripts/line_classifier_experiment.py --words   # the same, with word features too

The question: trained on the labelled tuning pages (tests/fixtures/pages/tuning*), would a line
classifier catch furniture the rules store on platforms they have not seen, without dropping an
author's passage? The bar: essentially no essay passage dropped, and a real share of the stored
furniture caught.

Each page is imported the way tests/pages.py imports it. The units are:

- essay: every passage the rules store on a tuning page (the rules store no furniture there,
  and tests/pages.py's own matching confirms it); on a held-out page, a passage holding a
  ``keep`` sentence or matching no furniture line;
- furniture: on a held-out page, a stored passage that tests/pages.py counts as a stored
  furniture line (``stored_lines``); on a tuning page, where the rules store none, each
  labelled furniture line is put among the page's stored passages where it stands in the page,
  one at a time, as if the rules had let that one through (the situation on a blind page).

Features describe shape and place, never a platform: length, words, punctuation, capitals,
digits, symbols and emoji, person words, function words (sentence-ness), place among the
passages and in the source, likeness to the neighbouring passages, how many passages share its
shape, how often its words stand in the page; optionally hashed words.

Evaluation: leave one tuning SET out (the sets once held out are the honest ones; on them the
furniture is simulated, the essay passages are real), then trained on every tuning set and
scored on heldout23 and heldout25 (what the rules really store there). The threshold is chosen
on the training sets only: the highest score any of their essay passages gets when its set is
held out of an inner leave-set-out fit (so no training essay passage would be dropped).

A third blind check rebuilds the rules of commit 147388f (``git archive``) and scores what they
stored on heldout22 and heldout24 when those were measured blind (now tuning35 and tuning36),
with a model trained on the sets there were then (tuning..tuning34).

Result (2026-11-30, shape features, C=0.3; ``python scripts/line_classifier_experiment.py``):
NOT SHIPPED. Leaving one set out, the strict threshold (no training essay passage dropped)
catches 6,278 of 10,773 simulated furniture lines on the once-held-out sets with 0 of 1,492
essay passages dropped. But on the four blind sets it catches 0 of the 38 furniture lines the
rules really stored (heldout23 0/9, heldout25 0/12, heldout22 0/1, heldout24 0/16): what the
rules let through is the furniture that reads like prose (a reader's reply, an author's call
to write in, a campaign's reward tier), and the author's own one-liners ("Nobody laughed.",
"— Grete Lund" under a quotation, a line of code) score as high as any caption, so the
threshold that spares them sits at 0.999. A loose threshold (20 training essay passages
dropped, ~1%) catches 11 of 38 and drops 1 of 230 blind essay passages ("Hi everyone, Ines
here, writing for the whole collective."): it fails the bar. Hashed words too (``--words``)
fail it: strict, 1,104 of 14,179 simulated lines caught and 3 of 2,125 essay passages dropped
leaving one set out, 1 of 38 blind lines caught; loose, 15 of 38 caught but a blind essay
passage holding two keep sentences dropped (heldout23's Substack page).
numpy and scikit-learn are needed here only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import numpy as np  # noqa: E402
import pages  # noqa: E402  tests/pages.py: the scorer's import and matching
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bot.errors import CrosscutError  # noqa: E402

ONCE_HELDOUT = {
    f"tuning{n}" if n > 1 else "tuning"
    for n in (2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 20, 22, 24, 26, 28, 30, 31, 33, 35, 36)
}
CACHE = Path("/tmp/lineclf-units.pkl")
_WORD = re.compile(r"\w+", re.U)
_MD_LEAD = re.compile(r"^\s*(?:[-*+>]\s+|#+\s+)*")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
FIRST = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"}
SECOND = {"you", "your", "yours", "yourself"}
PLURAL = {"we", "our", "us", "ours"}
FUNCTION = frozenset(
    re.findall(
        r"\w+",
        "the a an of to in on for with and but or so that this it is was are were be been has "
        "have had do does did not no as at by from which who what when than then there their "
        "they he she his her its into about would could should will can just more most like "
        "only also even",
    )
)
VERBISH = re.compile(r"\b\w+(?:ed|ing)\b|\b(?:is|was|are|were|be|been|has|have|had|do|did)\b")


@dataclass
class Unit:
    set: str
    page: str
    text: str
    label: int  # 1 furniture, 0 essay
    features: dict[str, float]
    lines: int = 0  # furniture lines the scorer counts in it (held-out pages)
    keeps: int = 0  # keep sentences it holds


# -- the data ------------------------------------------------------------------------------


def _plain(line: str) -> str:
    return _MD_LINK.sub(r"\1", _MD_LEAD.sub("", line)).strip()


def _where(text: str, page_words: str) -> float:
    """Where ``text``'s first words stand in the page (0 top, 1 bottom), -1 if not found."""
    w = pages.words(text).split()[:8]
    if not w:
        return -1.0
    at = page_words.find(" " + " ".join(w) + " ")
    return at / max(len(page_words), 1) if at >= 0 else -1.0


def _shape(text: str) -> str:
    words = text.split()
    n = len(words)
    bucket = (
        "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"
    )
    caps = sum(1 for w in words if w[:1].isupper())
    cap = "T" if n and caps == n else "c" if caps else "l"
    end = text.rstrip()[-1:] if text.strip() else ""
    end = end if end in ".!?:" else "w" if end.isalnum() else "s"
    return f"{bucket}{cap}{end}{'d' if any(c.isdigit() for c in text) else ''}"


def _jaccard(a: str, b: str | None) -> float:
    if b is None:
        return 0.0
    x, y = set(pages.words(a).split()), set(pages.words(b).split())
    return len(x & y) / len(x | y) if x and y else 0.0


def features(texts: list[str], i: int, where: list[float], page_words: str) -> dict[str, float]:
    """What a passage looks like and where it stands among the page's stored passages."""
    text = texts[i]
    words = text.split()
    tokens = [t.casefold() for t in _WORD.findall(text)]
    n, nt = len(words), max(len(tokens), 1)
    chars = max(len(text), 1)
    letters = [c for c in text if c.isalpha()]
    symbols = sum(1 for c in text if unicodedata.category(c) in ("So", "Sm", "Sc", "Sk"))
    punct = sum(1 for c in text if unicodedata.category(c).startswith("P"))
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    end = text.rstrip()[-1:]
    prev = texts[i - 1] if i > 0 else None
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    lengths = sorted(len(t.split()) for t in texts)
    median = lengths[len(lengths) // 2] if lengths else 1
    shape = _shape(text)
    w = pages.words(text)
    f = {
        "log_chars": math.log1p(len(text)),
        "log_words": math.log1p(n),
        "one_word": float(n <= 1),
        "few_words": float(n <= 4),
        "sentences": min(sentences, 10) / 10,
        "no_sentence_end": float(end not in '.!?"”’)…'),
        "ends_colon": float(end == ":"),
        "ends_question": float(end == "?"),
        "starts_capital": float(text[:1].isupper()),
        "title_case": sum(1 for x in words if x[:1].isupper()) / max(n, 1),
        "upper_letters": sum(1 for c in letters if c.isupper()) / max(len(letters), 1),
        "all_caps": float(bool(letters) and all(c.isupper() for c in letters)),
        "digits": sum(c.isdigit() for c in text) / chars,
        "has_digit": float(any(c.isdigit() for c in text)),
        "symbols": min(symbols, 5) / 5,
        "punct": punct / chars,
        "separators": float(bool(re.search(r"[|·•∙/]", text))),
        "at_hash_url": float(bool(re.search(r"[@#]\w|https?:|www\.|\.com\b", text))),
        "quote_marks": float(pages._in_quote_marks(text)),
        "first_person": sum(t in FIRST for t in tokens) / nt,
        "second_person": sum(t in SECOND for t in tokens) / nt,
        "plural_person": sum(t in PLURAL for t in tokens) / nt,
        "function_words": sum(t in FUNCTION for t in tokens) / nt,
        "verbish": min(len(VERBISH.findall(text.casefold())), 5) / 5,
        "mean_word_len": min(sum(len(t) for t in tokens) / nt, 12) / 12,
        "position": i / max(len(texts) - 1, 1),
        "first": float(i == 0),
        "last": float(i == len(texts) - 1),
        "after_log": math.log1p(len(texts) - 1 - i),
        "source_place": where[i],
        "source_unknown": float(where[i] < 0),
        "sim_prev": _jaccard(text, prev),
        "sim_next": _jaccard(text, nxt),
        "len_vs_median": math.log((n + 1) / (median + 1)),
        "len_vs_prev": math.log((n + 1) / (len(prev.split()) + 1)) if prev else 0.0,
        "len_vs_next": math.log((n + 1) / (len(nxt.split()) + 1)) if nxt else 0.0,
        "same_shape": math.log1p(
            sum(1 for j, t in enumerate(texts) if j != i and _shape(t) == shape)
        ),
        "repeated": float(pages.occurrences(w, page_words) > 1) if w else 0.0,
    }
    f["words"] = tokens  # hashed later when asked for
    return f


def _page_units(which: str, entry: dict) -> list[Unit]:
    try:
        draft = pages.import_page(which, entry)
    except CrosscutError:
        return []
    source = (pages.PAGES / which / entry["file"]).read_text(encoding="utf-8")
    page_words = f" {pages.words(pages._TAG.sub(' ', source))} "
    texts = [p.text for p in draft.doc.passages]
    furniture = [line for line in entry.get("furniture") or [] if pages.words(line)]
    where = [_where(t, page_words) for t in texts]
    units = _label(which, entry, texts, pages.PAGES / which / entry["file"])
    if which in pages.HELDOUT_SETS:
        return units
    stored_words = {pages.words(t) for t in texts}
    for line in furniture:
        text = _plain(line)
        if not pages.words(text) or pages.words(text) in stored_words:
            continue
        at = _where(text, page_words)
        k = sum(1 for x in where if 0 <= x <= at) if at >= 0 else len(texts)
        sim_texts = [*texts[:k], text, *texts[k:]]
        sim_where = [*where[:k], at, *where[k:]]
        units.append(
            Unit(which, entry["file"], text, 1, features(sim_texts, k, sim_where, page_words), 1)
        )
    return units


def all_units() -> list[Unit]:
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    units = []
    for which in pages.SETS:
        for entry in pages.expected_pages(which):
            units.extend(_page_units(which, entry))
        print(f"  read {which}", file=sys.stderr)  # noqa: T201
    CACHE.write_bytes(pickle.dumps(units))
    return units


# -- the model -----------------------------------------------------------------------------

HASH_DIM = 1024
# The loose threshold: the one that drops this many essay passages of the training sets (~1%),
# to show what catching more would cost.
LOOSE = 20


def matrix(units: list[Unit], use_words: bool) -> np.ndarray:
    names = [k for k in units[0].features if k != "words"]
    dense = np.array([[u.features[k] for k in names] for u in units], dtype=float)
    if not use_words:
        return dense
    hashed = np.zeros((len(units), HASH_DIM))
    for r, u in enumerate(units):
        for t in set(u.features["words"]):
            hashed[r, int(hashlib.md5(t.encode()).hexdigest()[:8], 16) % HASH_DIM] = 1.0
    return np.hstack([dense, hashed])


def fit(
    x: np.ndarray, y: np.ndarray, c: float
) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean, std = x.mean(0), x.std(0) + 1e-9
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit((x - mean) / std, y)
    return model, mean, std


def scores(m: tuple[LogisticRegression, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    model, mean, std = m
    return model.predict_proba((x - mean) / std)[:, 1]


def threshold(
    units: list[Unit], x: np.ndarray, y: np.ndarray, c: float, folds: int, allowed: int = 0
) -> float:
    """The highest score an essay passage of these (training) sets gets from a model that did
    not see its set (inner leave-sets-out over ``folds`` groups of sets), past the ``allowed``
    highest."""
    sets = sorted({u.set for u in units})
    group = {s: i % folds for i, s in enumerate(sets)}
    g = np.array([group[u.set] for u in units])
    essay: list[float] = []
    for k in range(folds):
        m = fit(x[g != k], y[g != k], c)
        held = (g == k) & (y == 0)
        if held.any():
            essay.extend(scores(m, x[held]))
    return sorted(essay, reverse=True)[allowed]


def report(title: str, units: list[Unit], s: np.ndarray, t: float) -> None:
    drop = s > t
    essay = [u for u in units if u.label == 0]
    dropped = [u for u, d in zip(units, drop, strict=True) if d and u.label == 0]
    keep_lost = sum(u.keeps for u in dropped)
    furn = [u for u in units if u.label == 1]
    caught = [u for u, d in zip(units, drop, strict=True) if d and u.label == 1]
    lines = sum(u.lines for u in furn)
    print(  # noqa: T201
        f"{title}: threshold {t:.3f}; furniture caught {sum(u.lines for u in caught)}/{lines} "
        f"lines ({len(caught)}/{len(furn)} passages); essay passages dropped "
        f"{len(dropped)}/{len(essay)} ({keep_lost} keep sentences)"
    )
    for u in dropped:
        print(f"      DROPPED essay {u.set}/{u.page}: {u.text[:90]!r}")  # noqa: T201


# The rules as they stood when heldout22 and heldout24 were measured, blind (then promoted to
# tuning35 and tuning36): what they stored there is real stored furniture on unseen platforms.
HISTORIC_COMMIT = "147388f"
HISTORIC = {"heldout22": "tuning35", "heldout24": "tuning36"}
LATER = ("tuning35", "tuning36", "tuning37", "tuning38")  # written after HISTORIC_COMMIT
HISTORIC_TRAIN = tuple(s for s in pages.TUNING_SETS if s not in LATER)
_DUMP = """
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tests']
import pages
out = {}
for which in %r:
    for e in pages.expected_pages(which):
        out[which + '/' + e['file']] = [p.text for p in pages.import_page(which, e).doc.passages]
print(json.dumps(out))
"""


def historic_units() -> list[Unit]:
    """The passages the rules of HISTORIC_COMMIT stored on heldout22 and heldout24, labelled by
    today's expected.yaml of the tuning sets they became (the same files)."""
    cache = Path("/tmp/lineclf-historic.pkl")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", HISTORIC_COMMIT], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        dump = subprocess.run(
            [sys.executable, "-c", _DUMP % (tuple(HISTORIC),), tree],
            check=True,
            capture_output=True,
            text=True,
            cwd=tree,
        ).stdout
    stored = json.loads(dump)
    units = []
    for old, new in HISTORIC.items():
        for entry in pages.expected_pages(new):
            texts = stored[f"{old}/{entry['file']}"]
            units.extend(_label(old, entry, texts, (pages.PAGES / new / entry["file"])))
    cache.write_bytes(pickle.dumps(units))
    return units


def _label(which: str, entry: dict, texts: list[str], path: Path) -> list[Unit]:
    source = path.read_text(encoding="utf-8")
    page_words = f" {pages.words(pages._TAG.sub(' ', source))} "
    furniture = [line for line in entry.get("furniture") or [] if pages.words(line)]
    keeps = [pages.words(s) for s in entry.get("keep") or []]
    title = pages.words(entry.get("title") or "")
    where = [_where(t, page_words) for t in texts]
    units = []
    for i, text in enumerate(texts):
        stored = pages.stored_lines(furniture, [text], source)
        held = sum(1 for k in keeps if f" {k} " in f" {pages.words(text)} ")
        # A title stored as a passage is a miss too (tests/pages.py reports it): not essay.
        label = int((bool(stored) or pages.words(text) == title) and not held)
        units.append(
            Unit(
                which,
                entry["file"],
                text,
                label,
                features(texts, i, where, page_words),
                len(stored),
                held,
            )
        )
    return units


def blind(
    name: str, units: list[Unit], model, ts: tuple[float, float], use_words: bool, top: int
) -> None:
    s = scores(model, matrix(units, use_words))
    report(f"{name}, strict", units, s, ts[0])
    report(f"{name}, loose ({LOOSE} training drops)", units, s, ts[1])
    for u, v in sorted(zip(units, s, strict=True), key=lambda p: -p[1])[:top]:
        print(f"      {v:.3f} {'F' if u.label else 'e'} {u.page}: {u.text[:70]!r}")  # noqa: T201


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", action="store_true", help="add hashed word features")
    parser.add_argument("-C", type=float, default=0.3)
    parser.add_argument("--inner", type=int, default=5, help="inner folds for the threshold")
    parser.add_argument("--top", type=int, default=12, help="highest-scored blind passages shown")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    if args.rebuild:
        CACHE.unlink(missing_ok=True)
        Path("/tmp/lineclf-historic.pkl").unlink(missing_ok=True)
    units = all_units()
    tuning = [u for u in units if u.set in pages.TUNING_SETS]
    x = matrix(tuning, args.words)
    y = np.array([u.label for u in tuning])
    print(  # noqa: T201
        f"tuning units: {int((y == 0).sum())} essay passages, {int(y.sum())} furniture lines "
        "(simulated leaks)"
    )
    # Leave one tuning set out; the threshold from inner folds over the other sets.
    sets = np.array([u.set for u in tuning])
    loso = np.zeros(len(tuning))
    totals = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}  # caught, furniture, dropped, essay
    for held in pages.TUNING_SETS:
        out = sets == held
        train = [u for u, o in zip(tuning, out, strict=True) if not o]
        t = threshold(train, x[~out], y[~out], args.C, args.inner)
        loso[out] = scores(fit(x[~out], y[~out], args.C), x[out])
        drop = loso[out] > t
        tot = totals[held in ONCE_HELDOUT]
        furniture = y[out] == 1
        for k, v in enumerate((drop & furniture, furniture, drop & ~furniture, ~furniture)):
            tot[k] += int(v.sum())
        report(f"  LOSO {held}", [u for u, o in zip(tuning, out, strict=True) if o], loso[out], t)
    for once, (caught, furn, dropped, essay) in totals.items():
        print(  # noqa: T201
            f"LOSO, sets {'once held out' if once else 'written with the rules'}: simulated "
            f"furniture caught {caught}/{furn}; essay passages dropped {dropped}/{essay}"
        )
    print("highest LOSO scores of essay passages:")  # noqa: T201
    essay = sorted(
        ((v, u) for u, v in zip(tuning, loso, strict=True) if u.label == 0), key=lambda p: -p[0]
    )
    for v, u in essay[:12]:
        print(f"      {v:.4f} {u.set}/{u.page}: {u.text[:80]!r}")  # noqa: T201
    for k in (0, 1, 2, 5, 10, 20, 50):
        cut = essay[k][0]
        print(  # noqa: T201
            f"  threshold {cut:.4f} (LOSO drops {k} essay passages): simulated furniture caught "
            f"{int((loso[y == 1] > cut).sum())}/{int(y.sum())}"
        )
    # Blind: trained on every tuning set (the rules of today on heldout23 and heldout25), and on
    # the sets there were then (the rules of HISTORIC_COMMIT on heldout22 and heldout24).
    t = (essay[0][0], essay[LOOSE][0])
    model = fit(x, y, args.C)
    for held in pages.HELDOUT_SETS:
        blind(
            f"{held} (trained on all tuning)",
            [u for u in units if u.set == held],
            model,
            t,
            args.words,
            args.top,
        )
    then = np.isin(sets, HISTORIC_TRAIN)
    train = [u for u, o in zip(tuning, then, strict=True) if o]
    t_then = tuple(threshold(train, x[then], y[then], args.C, args.inner, k) for k in (0, LOOSE))
    model_then = fit(x[then], y[then], args.C)
    old = historic_units()
    for held in HISTORIC:
        blind(
            f"{held} (rules of {HISTORIC_COMMIT}; trained on tuning..tuning34)",
            [u for u in old if u.set == held],
            model_then,
            t_then,
            args.words,
            args.top,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
