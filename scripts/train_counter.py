"""Train the counterpoint ranker and write bot/stance/counter_model.json.

    pip install -e ".[train]"
    python scripts/train_counter.py          # cross-validate, train, write the weights
    python scripts/train_counter.py --check  # only print the cross-validated figures

A claim's candidates are the passages of each side that ``side_candidates`` finds for it (the
same bounded, index-based set the bot ranks); the ranker is a conditional logit over
``pair_features`` (bot/stance/counter.py): for each claim, softmax over its candidates of the
side that answers it, trained to put the passages a person accepted first. Features describe
the claim-passage pair (topics meeting topics, claim words meeting passage topics, shared
words, the passage's shape), never the passage itself, so an essay added later is ranked as the
bundled ones are. (A weight per bundled passage was tried: 62.4% against 62.9% end to end on
all claims, 77.7% against 77.4% on the strict sets, 45.3% against 46.1% holding one essay out;
and it put bundled passages above a server's own essay on the claim's exact words.)

One feature is itself learnt: the answer profile (``$profile``), a ridge map from a claim's
words to the word prefixes of the passages accepted for it (less those of its candidates),
shipped factorised (rank PROFILE_RANK) in counter_model.json. The ranker is trained on profiles
the map gives claims it was not fitted on (5-fold cross-fitting), so it weighs the profile as it
will meet it on new claims.

--check measures the way tests/test_stance_eval.py does, end to end: the side the bot's reader
names (the opposite one is ranked), or for an unclear claim the side ``counterpoints`` shows
first, then the ranker's top passage; with folds over claims, for every claim and for the
strict sets alone (annotated with every acceptable passage and re-audited, like the held-out
half), leaving one former held-out half out (each scored by a ranker trained on every other
claim: new writers, as the next held-out half will be) and leaving one essay out (do passages
never seen in training get placed?).

Trains ONLY on tuning data: the `counters` of tests/eval/tuning/claims*.yaml,
tests/eval/dev_claims.yaml, tests/eval/counterpoints.yaml, data/stance/counters*.yaml and
data/stance/train*.yaml.
Never on a held-out half (tests/eval/heldout*/). Needs numpy (not a runtime dependency: the
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
import scipy.linalg
import scipy.sparse as sp
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The former blind held-out halves, one list for both scripts: each, scored by a ranker trained
# on everything else, is what the next held-out half will be (claims by new writers), where the
# folds over claims mix a writer's claims into training and test.
from train_stance import FORMER_HELDOUT  # noqa: E402  (scripts/ is on the path: run as a script)

from bot import BUNDLED_ESSAYS  # noqa: E402
from bot.corpus import load_directory  # noqa: E402
from bot.search import Search  # noqa: E402
from bot.stance.counter import (  # noqa: E402
    LEAN_SCALE,
    RANKER_PATH,
    _claim_view,
    _passage_prefixes,
    claim_profile,
    pair_features,
    passage_profile,
    profile_match,
    read_claim_at_scale,
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


SIDES_OF = ("optimistic", "skeptical")
# Where a claim's annotations come from, for weighting: "strict" sets were annotated with every
# acceptable passage and re-audited (the former held-out halves from heldout4 on); "quick"
# accept lists were written fast and are not exhaustive (data/stance/); "other" is the rest.
STRICT = tuple(name for half in FORMER_HELDOUT[2:] for name in half)


@dataclasses.dataclass
class Side:
    """A claim's candidates of one side: their features (all but the profile), normalized
    texts, essays and which of them a person accepted (none on the claim's own side)."""

    feats: list[dict[str, float]]
    norms: list[str]
    essays: list[str]
    y: np.ndarray


@dataclasses.dataclass
class Claim:
    """An annotated claim: its true stance, how the reader reads it (the side it names, or
    None, and its lean) and its candidates on each side."""

    text: str
    stance: str
    source: str
    file: str  # the annotation file's name
    reading: str | None
    lean: float
    sides: dict[str, Side]

    @property
    def answer(self) -> Side:
        """The candidates that answer the claim's true side (what the ranker learns from)."""
        return self.sides[OPPOSITE[self.stance]]

    @property
    def feats(self) -> list[dict[str, float]]:
        return self.answer.feats

    @property
    def norms(self) -> list[str]:
        return self.answer.norms

    @property
    def y(self) -> np.ndarray:
        return self.answer.y


def annotated_claims() -> list[dict]:
    """{text, stance, accept, source} for every tuning claim annotated with accepted passages."""
    out: list[dict] = []
    stance_data = ROOT / "data" / "stance"
    extra = sorted(stance_data.glob("counters*.yaml")) + sorted(stance_data.glob("train*.yaml"))
    for path in [*sorted((EVAL / "tuning").glob("claims*.yaml")), EVAL / "dev_claims.yaml", *extra]:
        if path.exists():
            data = yaml.safe_load(path.read_text()) or {}
            source = (
                "strict"
                if path.name in STRICT
                else "quick"
                if path.parent == stance_data
                else "other"
            )
            for key in ("counters", "claims"):
                out += [
                    dict(c, source=source, file=path.name)
                    for c in data.get(key) or []
                    if c.get("accept")
                ]
    first = yaml.safe_load((EVAL / "counterpoints.yaml").read_text())
    out += [
        {
            "text": c["claim"],
            "stance": c["stance"],
            "accept": c["accept"],
            "source": "other",
            "file": "counterpoints.yaml",
        }
        for c in first["claims"]
        if c.get("accept")
    ]
    return list({c["text"]: c for c in out if c.get("stance") in OPPOSITE}.values())


def accepted(spec: dict, record) -> bool:
    return record.author == spec["author"] and spec["contains"] in record.text


async def groups(claims: list[dict]) -> list[Claim]:
    """Per claim: how the bot reads it and, on each side, the candidates it would rank (the
    same calls as ``counterpoints``), their features and which a person accepted."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "train.db")
        await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
        search = Search(store)
        for claim in claims:
            text = claim["text"]
            reading, evidence = await read_claim_at_scale(search, text)
            topics = claim_topics(text)
            sides = {}
            for side in SIDES_OF:
                records, normalized = await side_candidates(
                    search, side, topics, text=text, evidence=evidence
                )
                pairs = [
                    (r, n) for r, n in zip(records, normalized, strict=True) if r.stance == side
                ]
                # The profile comes from the fold's own map (with_profile), not the shipped one.
                view = dataclasses.replace(_claim_view(topics, text, normalized), profile=())
                wanted = side == OPPOSITE[claim["stance"]]
                sides[side] = Side(
                    [pair_features(view, r, n) for r, n in pairs],
                    [n for _, n in pairs],
                    [r.title for r, _ in pairs],
                    np.array(
                        [wanted and any(accepted(s, r) for s in claim["accept"]) for r, _ in pairs],
                        dtype=float,
                    ),
                )
            out.append(
                Claim(
                    text,
                    claim["stance"],
                    claim["source"],
                    claim["file"],
                    reading.stance,
                    reading.lean,
                    sides,
                )
            )
        await store.close()
    return out


Profile = tuple[dict[str, list[float]], dict[str, list[float]]]
NO_PROFILE: Profile = ({}, {})


@dataclasses.dataclass(frozen=True)
class Setup:
    """What a ranker is trained with: each option is measured by --check."""

    profile: bool = True
    rank: int = PROFILE_RANK
    l2: float = L2
    # Weight of a claim's group in the loss, by where its annotations come from.
    weights: tuple[tuple[str, float], ...] = (("strict", 1.0), ("other", 1.0), ("quick", 1.0))

    def weight(self, claim: Claim) -> float:
        return dict(self.weights)[claim.source]


# Maps already fitted, by the claims (and candidates) they were fitted on: every setup --check
# compares uses the same folds, so each map is fitted once.
_FITTED: dict[tuple, Profile] = {}


def fit_profile(claims: list[Claim], rank: int = PROFILE_RANK) -> Profile:
    """The answer-profile map: ridge from claim words to accepted passages' prefixes, rank r."""
    key = (rank, tuple((c.text, len(c.norms)) for c in claims))
    if key not in _FITTED:
        _FITTED[key] = _fit_profile(claims, rank)
    return _FITTED[key]


def _fit_profile(claims: list[Claim], rank: int) -> Profile:
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
        # The accepted passages' mean prefix vector less the candidates' mean: what sets the
        # answers apart from the passages they were chosen among, not what every candidate
        # says (3 x 5 folds: 81.4% -> 82.2% given the true side on the strict sets).
        accepted_norms = [n for n, y in zip(c.norms, c.y, strict=True) if y]
        for n in accepted_norms:
            mine = _passage_prefixes(n)
            for p in mine:
                target[i, pcol[p]] += 1 / np.sqrt(len(mine)) / len(accepted_norms)
        for n in c.norms:
            mine = _passage_prefixes(n)
            for p in mine:
                target[i, pcol[p]] -= 1 / np.sqrt(len(mine)) / len(c.norms)
    x = sp.csr_matrix((vals, (rows, cols)), shape=(len(usable), len(claim_vocab)))
    kernel = (x @ x.T).toarray()
    dual = np.linalg.solve(kernel + PROFILE_RIDGE * np.eye(len(usable)), target)
    # The top ``rank`` singular vectors of the map, from its (prefixes x prefixes) Gram
    # matrix: a full SVD of the (claim words x prefixes) map took half a minute.
    full = np.asarray(x.T @ dual)
    size = full.shape[1]
    _, vecs = scipy.linalg.eigh(full.T @ full, subset_by_index=[max(0, size - rank), size - 1])
    passage_vectors = vecs[:, ::-1]
    claim_vectors = full @ passage_vectors
    return (
        {w: [round(float(v), 4) for v in claim_vectors[i]] for w, i in col.items()},
        {p: [round(float(v), 4) for v in passage_vectors[i]] for p, i in pcol.items()},
    )


class Profiled:
    """Candidates' features with ``$profile`` from one map (the passages' vectors once each)."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.passages: dict[str, tuple[float, ...]] = {}

    def feats(self, claim: Claim, side: Side) -> list[dict[str, float]]:
        mine = claim_profile(claim.text, self.profile[0])
        if not mine:
            return side.feats
        out = []
        for fs, n in zip(side.feats, side.norms, strict=True):
            if n not in self.passages:
                self.passages[n] = passage_profile(n, self.profile[1])
            # A copy: each fold's map gives its own profile, and side.feats has none.
            out.append({**fs, "$profile": profile_match(mine, self.passages[n])})
        return out


def training_groups(claims: list[Claim], setup: Setup, seed: int = 99) -> list[tuple]:
    """(features, labels, weight) per claim, profiles cross-fitted: each claim's profile comes
    from a map not fitted on it (5-fold), as the shipped map meets new claims."""
    out: list = [None] * len(claims)
    if not setup.profile:
        profiled = Profiled(NO_PROFILE)
        return [(profiled.feats(c, c.answer), c.y, setup.weight(c)) for c in claims]
    fold = np.random.default_rng(seed).permutation(len(claims)) % FOLDS
    for k in range(FOLDS):
        inside = [i for i in range(len(claims)) if fold[i] == k]
        profile = fit_profile([c for i, c in enumerate(claims) if fold[i] != k], setup.rank)
        profiled = Profiled(profile)
        for i in inside:
            c = claims[i]
            out[i] = (profiled.feats(c, c.answer), c.y, setup.weight(c))
    return out


def fit(train, l2: float = L2, steps: int = 400) -> dict[str, float]:
    """A conditional logit (softmax over each claim's candidates, each claim's log-likelihood
    weighted), by Adam on a sparse matrix."""
    usable = [(feats, y, wt) for feats, y, wt in train if y.any() and wt > 0]
    counts = Counter(f for feats, _, _ in usable for f in {k for fs in feats for k in fs})
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f.startswith("$"))
    vocab = {f: i for i, f in enumerate(names)}
    rows, cols, vals, group, labels = [], [], [], [], []
    row = 0
    for g, (feats, y, _) in enumerate(usable):
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
    # Weights normalised to mean 1, so the L2 strength means the same whatever they are.
    wg = np.array([wt for _, _, wt in usable])
    wrow = (wg / wg.mean())[group_a]
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
        grad = xt @ ((p - q) * wrow) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}


def score(weights: dict[str, float], fs: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) * v for f, v in fs.items())


def best(weights: dict[str, float], feats: list[dict[str, float]]) -> int:
    # Ties go to the first candidate (ordered by id), as the bot's sort does.
    return int(np.argmax([score(weights, fs) for fs in feats])) if feats else -1


def first_side(claim: Claim) -> str:
    """The side the bot answers first: the opposite of the side read, or for an unclear claim
    the side its lean opposes (``counterpoints``)."""
    if claim.reading is not None:
        return OPPOSITE[claim.reading]
    return SIDES_OF[0] if claim.lean <= 0 else SIDES_OF[1]


def top_probability(weights: dict[str, float], feats: list[dict[str, float]]) -> float:
    if not feats:
        return 0.0
    scores = np.array([score(weights, fs) for fs in feats])
    e = np.exp(scores - scores.max())
    return float(1 / e.sum())


def outcome(
    claim: Claim, weights: dict[str, float], profiled: Profiled, lean_scale: float
) -> tuple[bool, bool]:
    """(acceptable top-1 given the true side, acceptable top-1 end to end). An unclear claim is
    answered first on the side that maximises P(side | lean) x the ranker's top probability
    there, P = sigmoid(lean_scale x lean), as ``counterpoints`` does (infinite: the lean alone,
    the bot before)."""
    answer = claim.answer
    true_side = bool(answer.y[best(weights, profiled.feats(claim, answer))])
    if claim.reading is None and np.isfinite(lean_scale):
        odds = {}
        for name in SIDES_OF:
            toward = 1 if name == "skeptical" else -1  # a skeptical answer meets an optimist
            prior = 1 / (1 + np.exp(-lean_scale * toward * claim.lean))
            odds[name] = prior * top_probability(weights, profiled.feats(claim, claim.sides[name]))
        side = claim.sides[max(SIDES_OF, key=lambda name: odds[name])]
    else:
        side = claim.sides[first_side(claim)]
    if side is answer:
        return true_side, true_side
    top = best(weights, profiled.feats(claim, side))
    return true_side, top >= 0 and bool(side.y[top])


@dataclasses.dataclass
class Tally:
    """Acceptable top-1s by how the reader read the claim (right side, unclear, wrong side)."""

    given: list[int] = dataclasses.field(default_factory=lambda: [0, 0])  # hits, claims
    e2e: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def add(self, claim: Claim, hits: tuple[bool, bool]) -> None:
        self.given[0] += hits[0]
        self.given[1] += 1
        read = (
            "unclear"
            if claim.reading is None
            else "right"
            if claim.reading == claim.stance
            else "wrong"
        )
        cell = self.e2e.setdefault(read, [0, 0])
        cell[0] += hits[1]
        cell[1] += 1

    def merge(self, other: Tally) -> None:
        self.given = [a + b for a, b in zip(self.given, other.given, strict=True)]
        for read, (hits, total) in other.e2e.items():
            cell = self.e2e.setdefault(read, [0, 0])
            cell[0] += hits
            cell[1] += total

    def line(self) -> str:
        hits = sum(h for h, _ in self.e2e.values())
        total = sum(t for _, t in self.e2e.values())
        parts = ", ".join(
            f"{k} {h}/{t} = {h / t:.1%}" for k, (h, t) in sorted(self.e2e.items(), key=_order)
        )
        g = self.given
        return (
            f"end to end {hits}/{total} = {hits / total:.1%} (side read {parts}); "
            f"given the true side {g[0]}/{g[1]} = {g[0] / g[1]:.1%}"
        )


def _order(item: tuple[str, list[int]]) -> int:
    return ("right", "unclear", "wrong").index(item[0])


def reachable(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.y.any()]


# How an unclear claim's first side is chosen: the lean alone (before), or the lean against
# the ranker's belief in each side's best answer (counter.LEAN_SCALE).
UNCLEAR = {"the lean alone": np.inf, f"lean x ranker, scale {LEAN_SCALE}": LEAN_SCALE}


def cross_validate(
    claims: list[Claim], setup: Setup, repeats: int = 3
) -> dict[str, tuple[Tally, Tally]]:
    """Top-1 over ``repeats`` shufflings of a FOLDS-fold split over claims (few claims: one
    split is noisy), for every claim and for the strict sets alone, per way of choosing an
    unclear claim's side. The test fold's profiles come from a map fitted on the training
    folds only."""
    out = {name: (Tally(), Tally()) for name in UNCLEAR}
    for seed in range(repeats):
        fold = np.random.default_rng(seed).permutation(len(claims)) % FOLDS
        for k in range(FOLDS):
            train = [c for i, c in enumerate(claims) if fold[i] != k]
            weights = fit(training_groups(train, setup), setup.l2)
            profiled = Profiled(fit_profile(train, setup.rank) if setup.profile else NO_PROFILE)
            for c in (c for i, c in enumerate(claims) if fold[i] == k):
                for name, scale in UNCLEAR.items():
                    hits = outcome(c, weights, profiled, scale)
                    out[name][0].add(c, hits)
                    if c.source == "strict":
                        out[name][1].add(c, hits)
    return out


def leave_one_half_out(claims: list[Claim], setup: Setup) -> dict[str, Tally]:
    """Each former held-out half scored by a ranker (and profile) trained on every other claim,
    as the next held-out half will be: new writers' claims."""
    out = {}
    for files in FORMER_HELDOUT:
        train = [c for c in claims if c.file not in files]
        weights = fit(training_groups(train, setup), setup.l2)
        profiled = Profiled(fit_profile(train, setup.rank) if setup.profile else NO_PROFILE)
        name = "/".join(f.removeprefix("claims-").removesuffix(".yaml") for f in files)
        tally = out[name] = Tally()
        for c in (c for c in claims if c.file in files):
            tally.add(c, outcome(c, weights, profiled, LEAN_SCALE))
    return out


def without_essay(claim: Claim, essay: str) -> Claim:
    sides = {}
    for name, side in claim.sides.items():
        keep = [i for i, e in enumerate(side.essays) if e != essay]
        sides[name] = Side(
            [side.feats[i] for i in keep],
            [side.norms[i] for i in keep],
            [side.essays[i] for i in keep],
            side.y[keep],
        )
    return dataclasses.replace(claim, sides=sides)


def leave_one_essay_out(claims: list[Claim], setup: Setup) -> tuple[int, int]:
    """One FOLDS-fold split over claims, fold k also holding out one essay's passages from
    training (the profile and the ranker): top-1 given the true side, ranking only that
    essay's passages, over the test claims that accept one of them (does the ranker place
    passages it never saw?)."""
    essays = sorted({e for c in claims for s in c.sides.values() for e in s.essays})
    fold = np.random.default_rng(0).permutation(len(claims)) % FOLDS
    hits = total = 0
    for k in range(FOLDS):
        for essay in essays[k::FOLDS]:
            train = [without_essay(c, essay) for i, c in enumerate(claims) if fold[i] != k]
            weights = fit(training_groups(train, setup), setup.l2)
            profiled = Profiled(fit_profile(train, setup.rank) if setup.profile else NO_PROFILE)
            for c in (c for i, c in enumerate(claims) if fold[i] == k):
                answer = c.answer
                mine = [i for i, e in enumerate(answer.essays) if e == essay]
                if not answer.y[mine].any():
                    continue
                feats = profiled.feats(c, answer)
                top = mine[best(weights, [feats[i] for i in mine])]
                hits += bool(answer.y[top])
                total += 1
    return hits, total


SETUPS = {
    "without the answer profile": Setup(profile=False),
    "chosen": Setup(),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    claims = annotated_claims()
    data = reachable(asyncio.run(groups(claims)))
    strict = sum(c.source == "strict" for c in data)
    hand = Tally()
    for c in data:
        hand.add(c, outcome(c, HAND, Profiled(NO_PROFILE), np.inf))
    print(  # noqa: T201
        f"{len(claims)} annotated claims, {len(data)} with an accepted passage among their "
        f"candidates ({strict} strict: {', '.join(STRICT)}).\n"
        "Acceptable top-1, the reader's side then the ranker (as tests/test_stance_eval.py; "
        "the reader is in sample but on the strict sets):\n"
        f"  hand weights, in sample: {hand.line()}"
    )
    for name, setup in SETUPS.items():
        print(f"  {name}: {setup}, {FOLDS}-fold x3 over claims:")  # noqa: T201
        for unclear, (every, strict_tally) in cross_validate(data, setup).items():
            print(  # noqa: T201
                f"    unclear claims: {unclear}\n"
                f"      all claims:  {every.line()}\n"
                f"      strict sets: {strict_tally.line()}"
            )
        halves = leave_one_half_out(data, setup)
        both = Tally()
        for name, tally in halves.items():
            print(f"    former held-out half {name}, trained without it: {tally.line()}")  # noqa: T201
            both.merge(tally)
        print(f"    former held-out halves together: {both.line()}")  # noqa: T201
        h, t = leave_one_essay_out(data, setup)
        print(  # noqa: T201
            f"    leave one essay out (given the true side, that essay's passages only): "
            f"{h}/{t} = {h / t:.1%}"
        )
    if args.check:
        return
    setup = SETUPS["chosen"]
    weights = fit(training_groups(data, setup), setup.l2)
    kept = {f: round(v, 3) for f, v in sorted(weights.items()) if abs(v) >= 0.005}
    claim_vectors, passage_vectors = fit_profile(data, setup.rank)
    model = {
        "trained_on": f"{len(data)} annotated tuning claims",
        "weights": kept,
        "profile": {"claim": claim_vectors, "passage": passage_vectors},
    }
    RANKER_PATH.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {RANKER_PATH} ({RANKER_PATH.stat().st_size // 1024} KB)")  # noqa: T201


if __name__ == "__main__":
    main()
