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

One feature is itself learnt: the answer profile (``$profile``), a ridge map from a claim's
words to the word prefixes of the passages accepted for it, shipped factorised (rank PROFILE_RANK)
in counter_model.json. The ranker is trained on profiles the map gives claims it was not fitted
on (5-fold cross-fitting), so it weighs the profile as it will meet it on new claims.

Trains ONLY on tuning data: the `counters` of tests/eval/tuning/claims*.yaml,
tests/eval/dev_claims.yaml, tests/eval/counterpoints.yaml, data/stance/counters*.yaml and
data/stance/train*.yaml.
Never on tests/eval/heldout5/ (the held-out half). Needs numpy (not a runtime dependency: the
bot reads the JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import BUNDLED_ESSAYS  # noqa: E402
from bot.corpus import load_directory  # noqa: E402
from bot.search import Search  # noqa: E402
from bot.stance.counter import (  # noqa: E402
    RANKER_PATH,
    _claim_view,
    _passage_prefixes,
    claim_profile,
    pair_features,
    passage_profile,
    profile_match,
    side_candidates,
)
from bot.stance.reader import OPPOSITE, words  # noqa: E402
from bot.stance.topics import claim_topics  # noqa: E402
from bot.store import Store  # noqa: E402

EVAL = ROOT / "tests" / "eval"
MIN_COUNT = 3  # a word-topic pair seen in fewer claims is noise
L2 = 1.0
FOLDS = 5
# The hand weights this ranker replaced, for comparison on the same candidates.
HAND = {"$topic": 100.0, "$overlap": 20.0, "$quality": 10.0}
PROFILE_RANK = 16
PROFILE_RIDGE = 1.0
PROFILE_MIN_COUNT = 2  # claim words seen in fewer claims get no profile vector


@dataclasses.dataclass
class Claim:
    """An annotated claim with its candidates: their features (all but the profile), their
    normalized texts and which of them a person accepted."""

    text: str
    feats: list[dict[str, float]]
    norms: list[str]
    y: np.ndarray


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


async def groups(claims: list[dict]) -> list[Claim]:
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
            # The profile comes from the fold's own map (with_profile), not the shipped one.
            view = dataclasses.replace(_claim_view(topics, claim["text"], normalized), profile=())
            feats = [pair_features(view, r, n) for r, n in pairs]
            labels = np.array(
                [any(accepted(s, r) for s in claim["accept"]) for r, _ in pairs], dtype=float
            )
            out.append(Claim(claim["text"], feats, [n for _, n in pairs], labels))
        await store.close()
    return out


Profile = tuple[dict[str, list[float]], dict[str, list[float]]]


def fit_profile(claims: list[Claim]) -> Profile:
    """The answer-profile map: ridge from claim words to accepted passages' prefixes, rank r."""
    usable = [c for c in claims if c.y.any()]
    seen = Counter(w for c in usable for w in words(c.text))
    claim_vocab = sorted(w for w, n in seen.items() if n >= PROFILE_MIN_COUNT)
    col = {w: i for i, w in enumerate(claim_vocab)}
    prefixes = sorted({p for c in usable for n in c.norms for p in _passage_prefixes(n)})
    pcol = {p: i for i, p in enumerate(prefixes)}
    rows, cols, vals = [], [], []
    target = np.zeros((len(usable), len(prefixes)))
    for i, c in enumerate(usable):
        counts = words(c.text)
        norm = np.sqrt(sum(v * v for v in counts.values())) or 1.0
        for w, v in counts.items():
            if w in col:
                rows.append(i)
                cols.append(col[w])
                vals.append(v / norm)
        accepted_norms = [n for n, y in zip(c.norms, c.y, strict=True) if y]
        for n in accepted_norms:
            mine = _passage_prefixes(n)
            for p in mine:
                target[i, pcol[p]] += 1 / np.sqrt(len(mine)) / len(accepted_norms)
    x = sp.csr_matrix((vals, (rows, cols)), shape=(len(usable), len(claim_vocab)))
    kernel = (x @ x.T).toarray()
    dual = np.linalg.solve(kernel + PROFILE_RIDGE * np.eye(len(usable)), target)
    u, s, vt = np.linalg.svd(np.asarray(x.T @ dual), full_matrices=False)
    claim_vectors = u[:, :PROFILE_RANK] * s[:PROFILE_RANK]
    passage_vectors = vt[:PROFILE_RANK].T
    return (
        {w: [round(float(v), 4) for v in claim_vectors[i]] for w, i in col.items()},
        {p: [round(float(v), 4) for v in passage_vectors[i]] for p, i in pcol.items()},
    )


def with_profile(claims: list[Claim], profile: Profile) -> list[tuple[list[dict], np.ndarray]]:
    """The claims' (features, labels) groups with ``$profile`` from ``profile``."""
    out = []
    passages: dict[str, tuple[float, ...]] = {}  # the same few passages recur: once each
    for c in claims:
        mine = claim_profile(c.text, profile[0])
        feats = []
        for fs, n in zip(c.feats, c.norms, strict=True):
            fs = dict(fs)
            if mine:
                if n not in passages:
                    passages[n] = passage_profile(n, profile[1])
                fs["$profile"] = profile_match(mine, passages[n])
            feats.append(fs)
        out.append((feats, c.y))
    return out


def cross_fitted(claims: list[Claim], seed: int = 99) -> list[tuple[list[dict], np.ndarray]]:
    """Groups whose profiles come from maps not fitted on them (5-fold)."""
    fold = np.random.default_rng(seed).permutation(len(claims)) % FOLDS
    out: list = [None] * len(claims)
    for k in range(FOLDS):
        inside = [i for i in range(len(claims)) if fold[i] == k]
        profile = fit_profile([c for i, c in enumerate(claims) if fold[i] != k])
        groups_k = with_profile([claims[i] for i in inside], profile)
        for i, group in zip(inside, groups_k, strict=True):
            out[i] = group
    return out


def fit(train, l2: float = L2, steps: int = 400) -> dict[str, float]:
    """A conditional logit (softmax over each claim's candidates), by Adam on a sparse matrix."""
    usable = [(feats, y) for feats, y in train if y.any()]
    counts = Counter(f for feats, _ in usable for f in {k for fs in feats for k in fs})
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f.startswith("$"))
    vocab = {f: i for i, f in enumerate(names)}
    rows, cols, vals, group, labels = [], [], [], [], []
    row = 0
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
    n, d, k = row, len(vocab), len(usable)
    x = sp.csr_matrix((vals, (rows, cols)), shape=(n, d))
    xt = x.T.tocsr()
    group_a, y_a = np.array(group), np.array(labels)
    w = np.zeros(d)
    m = np.zeros(d)
    v = np.zeros(d)
    for t in range(1, steps + 1):
        s = x @ w
        top = np.full(k, -np.inf)
        np.maximum.at(top, group_a, s)
        e = np.exp(s - top[group_a])
        p = e / np.bincount(group_a, weights=e, minlength=k)[group_a]
        ea = e * y_a
        q = ea / np.bincount(group_a, weights=ea, minlength=k)[group_a]
        grad = xt @ (p - q) + l2 * w
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


def cross_validate(
    claims: list[Claim], l2: float = L2, repeats: int = 3, profile: bool = True
) -> tuple[int, int]:
    """Top-1 summed over ``repeats`` shufflings of a FOLDS-fold split (few claims: one split
    is noisy). The test fold's profiles come from a map fitted on the training folds only."""
    hits = total = 0
    for seed in range(repeats):
        fold = np.random.default_rng(seed).permutation(len(claims)) % FOLDS
        for k in range(FOLDS):
            train = [c for i, c in enumerate(claims) if fold[i] != k]
            test = [c for i, c in enumerate(claims) if fold[i] == k]
            if profile:
                train_groups = cross_fitted(train)
                test_groups = with_profile(test, fit_profile(train))
            else:
                train_groups = with_profile(train, ({}, {}))
                test_groups = with_profile(test, ({}, {}))
            h, t = top1(fit(train_groups, l2), test_groups)
            hits, total = hits + h, total + t
    return hits, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    claims = annotated_claims()
    data = asyncio.run(groups(claims))
    reachable = sum(1 for c in data if c.y.any())
    hand = top1(HAND, with_profile(data, ({}, {})))
    print(  # noqa: T201
        f"{len(claims)} annotated claims ({reachable} with an accepted passage among their "
        f"candidates); given the true side, acceptable top-1: hand weights {hand[0]}/{hand[1]}"
    )
    for profile in (False, True):
        h, t = cross_validate(data, profile=profile)
        name = "with" if profile else "without"
        print(  # noqa: T201
            f"  {FOLDS}-fold x3 learnt ranker {name} the answer profile, l2={L2}: "
            f"{h}/{t} = {h / t:.1%}"
        )
    if args.check:
        return
    weights = fit(cross_fitted(data))
    kept = {f: round(v, 3) for f, v in sorted(weights.items()) if abs(v) >= 0.005}
    claim_vectors, passage_vectors = fit_profile(data)
    model = {
        "trained_on": f"{reachable} annotated tuning claims",
        "weights": kept,
        "profile": {"claim": claim_vectors, "passage": passage_vectors},
    }
    RANKER_PATH.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {RANKER_PATH} ({RANKER_PATH.stat().st_size // 1024} KB)")  # noqa: T201


if __name__ == "__main__":
    main()
