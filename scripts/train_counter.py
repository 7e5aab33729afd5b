"""Train the counterpoint ranker and write bot/stance/counter_model.json.

    pip install -e ".[train]"
    python scripts/train_counter.py          # train, cross-validate, write the weights
    python scripts/train_counter.py --check  # only print the cross-validated figures

A claim's candidates are the passages of the other side that ``side_candidates`` finds for it
(the same bounded, index-based set the bot ranks); the ranker is a conditional logit over
``pair_features`` (bot/stance/counter.py): for each claim, softmax over its candidates, trained
to put the passages a person accepted first. Features describe the claim-passage pair (topics
meeting topics, claim words meeting passage topics, shared words, the passage's shape), never
a passage's id, so they carry over to essays added later.

Trains ONLY on tuning data: the `counters` of tests/eval/tuning/claims*.yaml,
tests/eval/dev_claims.yaml, tests/eval/counterpoints.yaml, data/stance/counters*.yaml and
data/stance/train*.yaml.
Never on tests/eval/heldout4/ (the held-out half). Needs numpy (not a runtime dependency: the
bot reads the JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import BUNDLED_ESSAYS  # noqa: E402
from bot.corpus import load_directory  # noqa: E402
from bot.search import Search  # noqa: E402
from bot.stance.counter import (  # noqa: E402
    RANKER_PATH,
    _claim_view,
    pair_features,
    side_candidates,
)
from bot.stance.reader import OPPOSITE  # noqa: E402
from bot.stance.topics import claim_topics  # noqa: E402
from bot.store import Store  # noqa: E402

EVAL = ROOT / "tests" / "eval"
MIN_COUNT = 3  # a word-topic pair seen in fewer claims is noise
L2 = 1.0
FOLDS = 5
# The hand weights this ranker replaced, for comparison on the same candidates.
HAND = {"$topic": 100.0, "$overlap": 20.0, "$quality": 10.0}


def annotated_claims() -> list[dict]:
    """{text, stance, accept} for every tuning claim annotated with accepted passages."""
    out: list[dict] = []
    stance_data = ROOT / "data" / "stance"
    extra = sorted(stance_data.glob("counters*.yaml")) + sorted(stance_data.glob("train*.yaml"))
    for path in [*sorted((EVAL / "tuning").glob("claims*.yaml")), EVAL / "dev_claims.yaml", *extra]:
        if path.exists():
            data = yaml.safe_load(path.read_text()) or {}
            for key in ("counters", "claims"):
                out += [c for c in data.get(key) or [] if c.get("accept")]
    first = yaml.safe_load((EVAL / "counterpoints.yaml").read_text())
    out += [
        {"text": c["claim"], "stance": c["stance"], "accept": c["accept"]}
        for c in first["claims"]
        if c.get("accept")
    ]
    return list({c["text"]: c for c in out if c.get("stance") in OPPOSITE}.values())


def accepted(spec: dict, record) -> bool:
    return record.author == spec["author"] and spec["contains"] in record.text


async def groups(claims: list[dict]) -> list[tuple[list[dict[str, float]], np.ndarray]]:
    """Per claim: its candidates' features and which of them a person accepted."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "train.db")
        await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
        search = Search(store)
        for claim in claims:
            side = OPPOSITE[claim["stance"]]
            topics = claim_topics(claim["text"])
            records, normalized = await side_candidates(search, side, topics, text=claim["text"])
            pairs = [(r, n) for r, n in zip(records, normalized, strict=True) if r.stance == side]
            view = _claim_view(topics, claim["text"], normalized)
            feats = [pair_features(view, r, n) for r, n in pairs]
            labels = np.array(
                [any(accepted(s, r) for s in claim["accept"]) for r, _ in pairs], dtype=float
            )
            out.append((feats, labels))
        await store.close()
    return out


def fit(train, l2: float = L2, steps: int = 400) -> dict[str, float]:
    """A conditional logit (softmax over each claim's candidates), by Adam on a sparse matrix."""
    counts = Counter(f for feats, _ in train for f in {k for fs in feats for k in fs})
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f.startswith("$"))
    vocab = {f: i for i, f in enumerate(names)}
    rows, cols, vals, group, labels = [], [], [], [], []
    row = 0
    usable = [(feats, y) for feats, y in train if y.any()]
    for g, (feats, y) in enumerate(usable):
        for fs, label in zip(feats, y, strict=True):
            for f, v in fs.items():
                if f in vocab:
                    rows.append(row)
                    cols.append(vocab[f])
                    vals.append(v)
            group.append(g)
            labels.append(label)
            row += 1
    rows_a, cols_a, vals_a = np.array(rows), np.array(cols), np.array(vals)
    group_a, y_a = np.array(group), np.array(labels)
    n, d, k = row, len(vocab), len(usable)
    w = np.zeros(d)
    m = np.zeros(d)
    v = np.zeros(d)
    for t in range(1, steps + 1):
        s = np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=n)
        top = np.full(k, -np.inf)
        np.maximum.at(top, group_a, s)
        e = np.exp(s - top[group_a])
        p = e / np.bincount(group_a, weights=e, minlength=k)[group_a]
        ea = e * y_a
        q = ea / np.bincount(group_a, weights=ea, minlength=k)[group_a]
        g_rows = p - q
        grad = np.bincount(cols_a, weights=vals_a * g_rows[rows_a], minlength=d) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}


def score(weights: dict[str, float], fs: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) * v for f, v in fs.items())


def top1(weights: dict[str, float], data) -> tuple[int, int]:
    """Claims whose best-scored candidate was accepted, out of those with any accepted."""
    hits = total = 0
    for feats, y in data:
        if not y.any():
            continue
        total += 1
        scores = [score(weights, fs) for fs in feats]
        # Ties go to the first candidate (ordered by id), as the bot's sort does.
        hits += bool(y[int(np.argmax(scores))])
    return hits, total


def cross_validate(data, l2: float = L2, repeats: int = 3) -> tuple[int, int]:
    """Top-1 summed over ``repeats`` shufflings of a FOLDS-fold split (few claims: one split
    is noisy)."""
    hits = total = 0
    for seed in range(repeats):
        fold = np.random.default_rng(seed).permutation(len(data)) % FOLDS
        for k in range(FOLDS):
            train = [g for i, g in enumerate(data) if fold[i] != k]
            test = [g for i, g in enumerate(data) if fold[i] == k]
            h, t = top1(fit(train, l2), test)
            hits, total = hits + h, total + t
    return hits, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    claims = annotated_claims()
    data = asyncio.run(groups(claims))
    reachable = sum(1 for _, y in data if y.any())
    hand = top1(HAND, data)
    print(  # noqa: T201
        f"{len(claims)} annotated claims ({reachable} with an accepted passage among their "
        f"candidates); given the true side, acceptable top-1: hand weights {hand[0]}/{hand[1]}"
    )
    for l2 in (0.3, 1.0, 3.0):
        h, t = cross_validate(data, l2)
        print(f"  {FOLDS}-fold learnt ranker, l2={l2}: {h}/{t} = {h / t:.1%}")  # noqa: T201
    if args.check:
        return
    weights = fit(data)
    kept = {f: round(v, 3) for f, v in sorted(weights.items()) if abs(v) >= 0.005}
    model = {"trained_on": f"{reachable} annotated tuning claims", "weights": kept}
    RANKER_PATH.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
    print(f"wrote {RANKER_PATH} ({RANKER_PATH.stat().st_size // 1024} KB)")  # noqa: T201


if __name__ == "__main__":
    main()
