"""Train the stance reader's three linear models and write bot/stance/stance_model.json.

    pip install -e ".[train]"
    python scripts/train_stance.py          # train, cross-validate, write the weights
    python scripts/train_stance.py --check  # only print the cross-validated figures
    python scripts/train_stance.py --topic-only  # retrain the topic model, keep the stance one
    python scripts/train_stance.py --stance-only  # retrain the stance model, keep the topic one
    python scripts/train_stance.py --passage-only  # retrain the passage model, keep the others

*stance*: optimistic vs skeptical, over VADER, the rules' flags, words, word pairs and letter
pieces. *topic*: a claim about AI in film vs chat, over words, word pairs and letter pieces; it
can only add to what the rules already call on topic. *passage*: optimistic, skeptical or
neutral for a mixed essay's passage, over its words and the stance model's log-odds measured
from the essay's lean, trained on the labelled passages of the tuning pages.

Trains ONLY on tuning data: data/stance/train*.yaml, tests/eval/tuning/claims*.yaml,
tests/eval/dev_claims.yaml, tests/eval/counterpoints.yaml, the bundled passages' labels and the
tuning pages' passage labels. Never on tests/eval/heldout24/ (the held-out half) nor on
tests/fixtures/pages/heldout*/. Needs the `train` extra (numpy,
scikit-learn); the bot reads only the JSON.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import BUNDLED_ESSAYS  # noqa: E402
from bot.corpus import load_directory  # noqa: E402
from bot.stance.reader import (  # noqa: E402
    MODEL_PATH,
    SIDES,
    accepts,
    features,
    passage_features,
    passage_reading,
    sentiment,
    topic_features,
    topic_rules,
)

EVAL = ROOT / "tests" / "eval"
MIN_COUNT = 3  # rarer words are noise in a thousand examples
C = 0.3  # inverse regularisation, best of 0.1/0.3/1/3 on cross-validation
# The rules' features enter the regression three times larger than they are, so the L2 penalty
# bends them less than the many letter pieces (cross-validated accuracy 83.6% -> 84.2%).
RULE_SCALE = 3.0
PASSAGE_WEIGHT = 0.5  # essays argue in another register than chat
# Neutral remarks ("what do you all think about sora") hold neither side: each enters once per
# side at half this weight, pulling their log-odds towards 0, so they read as unclear (5-fold on
# the claims: 90% precise at 80.0% coverage instead of 79.0%; 53% of neutral remarks read
# unclear instead of 42%).
NEUTRAL_WEIGHT = 0.5
# The blind held-out halves of earlier rounds, now tuning. Each one, scored by a model trained
# on everything else, is what the next held-out half will be: claims by writers who read no
# code, in the evaluation's registers. The 5-fold figure mixes in the training sets written to
# be hard, so it reads several points lower at the same threshold (the shipped heldout5 model's
# recipe, threshold 0.75: 91.3% at 81.0% 5-fold, 95.1% at 89.7% on these; heldout5 itself
# measured 94.4% at 89.0%) and a threshold chosen on it drifts as hard sets are added.
FORMER_HELDOUT = (
    ("claims-2.yaml",),
    ("claims-3a.yaml", "claims-3b.yaml"),
    ("claims-4c.yaml", "claims-4d.yaml"),
    ("claims-5e.yaml", "claims-5f.yaml"),
    ("claims-6g.yaml", "claims-6h.yaml"),
    ("claims-7i.yaml", "claims-7j.yaml"),
    ("claims-8k.yaml", "claims-8l.yaml"),
    ("claims-9m.yaml", "claims-9n.yaml"),
    ("claims-10o.yaml", "claims-10p.yaml"),
    ("claims-10q.yaml", "claims-10r.yaml"),
    ("claims-11w.yaml", "claims-11x.yaml"),
    ("claims-11y.yaml", "claims-11z.yaml"),
    ("claims-12a.yaml", "claims-12b.yaml"),
    ("claims-12c.yaml", "claims-12d.yaml"),
    ("claims-13a.yaml", "claims-13b.yaml"),
    ("claims-13c.yaml", "claims-13d.yaml"),
    ("claims-14a.yaml", "claims-14b.yaml"),
    ("claims-14c.yaml", "claims-14d.yaml"),
    ("claims-15a.yaml", "claims-15b.yaml"),
    ("claims-15c.yaml", "claims-15d.yaml"),
    ("claims-16a.yaml", "claims-16b.yaml"),
    ("claims-16c.yaml", "claims-16d.yaml"),
    ("claims-17a.yaml", "claims-17b.yaml"),
    ("claims-17c.yaml", "claims-17d.yaml"),
    ("claims-18a.yaml", "claims-18b.yaml"),
    ("claims-18c.yaml", "claims-18d.yaml"),
    ("claims-19a.yaml", "claims-19b.yaml"),
    ("claims-19c.yaml", "claims-19d.yaml"),
    ("claims-20a.yaml", "claims-20b.yaml"),
    ("claims-20c.yaml", "claims-20d.yaml"),
    ("claims-21a.yaml", "claims-21b.yaml"),
    ("claims-21c.yaml", "claims-21d.yaml"),
    ("claims-22a.yaml", "claims-22b.yaml"),
    ("claims-22c.yaml", "claims-22d.yaml"),
    ("claims-23a.yaml", "claims-23b.yaml"),
    ("claims-23c.yaml", "claims-23d.yaml"),
)
# Precision the threshold must keep on the former held-out halves: a point above the issue's
# 95%, since a held-out half of 200 claims moves a point either way by chance; a wrong side is
# a counter that agrees with the claim, while "unclear" shows both sides, labelled.
TARGET_PRECISION = 0.96
# ...and on each of them: the pooled 96.2% that chose heldout6's threshold hid one former half
# at 93.5%, and heldout6 itself measured 91.8%. The next pair of writers is one half, not the
# pool, so the worst half must clear the target too, as long as the pool keeps
# MIN_COVERAGE (the issue asks 85%; held-out coverage has come within two points of this).
WORST_HALF_PRECISION = 0.95
MIN_COVERAGE = 0.87


def tuning_files() -> list[Path]:
    """The tuning half's claim files (tests/eval/tuning/claims*.yaml and the dev claims)."""
    return [*sorted((EVAL / "tuning").glob("claims*.yaml")), EVAL / "dev_claims.yaml"]


def training_sets() -> list[Path]:
    """The labelled chat written for training (data/stance/train*.yaml)."""
    return sorted((ROOT / "data" / "stance").glob("train*.yaml"))


def chat_files() -> list[Path]:
    """Every tuning file that holds neutral remarks and off-topic chat."""
    return [*tuning_files(), *training_sets()]


def tuning_claims() -> list[tuple[str, str, str]]:
    """(text, stance, the file it comes from) for every labelled tuning claim, each text once."""
    out: list[tuple[str, str, str]] = []
    for path in tuning_files():
        if path.exists():
            data = yaml.safe_load(path.read_text())
            out += [(c["text"], c["stance"], path.name) for c in data.get("claims", [])]
            out += [
                (c["text"], c["stance"], path.name)
                for c in data.get("counters", [])
                if "stance" in c
            ]
    for path in training_sets():
        data = yaml.safe_load(path.read_text())
        out += [(c["text"], c["stance"], path.name) for c in data.get("claims", [])]
    old = yaml.safe_load((EVAL / "counterpoints.yaml").read_text())
    out += [(c["claim"], c["stance"], "counterpoints.yaml") for c in old["claims"]]
    kept = {t: (t, s, source) for t, s, source in out if s in SIDES}  # the last label counts
    return list(kept.values())


def topic_examples() -> list[tuple[str, str]]:
    """(text, "on" | "off"): claims and two-sided remarks are on topic, chat is not."""
    return [(t, label) for t, label, _ in topic_sourced()]


def topic_sourced() -> list[tuple[str, str, str]]:
    """(text, "on" | "off", the file it comes from), each text once (the last label counts)."""
    out = [(t, "on", source) for t, _, source in tuning_claims()]
    for path in chat_files():
        data = yaml.safe_load(path.read_text())
        out += [(t, "on", path.name) for t in data.get("neutral") or []]
        out += [(t, "off", path.name) for t in data.get("offtopic") or []]
    return list({t: (t, label, source) for t, label, source in out}.values())


def half_topic_messages(half: tuple[str, ...]) -> list[tuple[str, str]]:
    """A former held-out half's messages as tests/test_stance_eval.py counts them: its claims,
    counters and neutral remarks on topic, its off-topic chat off."""
    out: list[tuple[str, str]] = []
    for name in half:
        data = yaml.safe_load((EVAL / "tuning" / name).read_text())
        on = [c["text"] for c in (data.get("claims") or []) + (data.get("counters") or [])]
        out += [(t, "on") for t in on + list(data.get("neutral") or [])]
        out += [(t, "off") for t in data.get("offtopic") or []]
    return out


def neutral_examples() -> list[tuple[str, str]]:
    """Each on-topic neutral remark once per side (weighted by NEUTRAL_WEIGHT / 2)."""
    texts: list[str] = []
    for path in chat_files():
        texts += yaml.safe_load(path.read_text()).get("neutral") or []
    return [(t, side) for t in dict.fromkeys(texts) for side in SIDES]


def passages() -> list[tuple[str, str]]:
    return [
        (p.text, p.stance)
        for doc in load_directory(BUNDLED_ESSAYS)
        for p in doc.passages
        if p.stance in SIDES
    ]


def page_passages() -> list[tuple[str, tuple[str, ...], int, str]]:
    """(set, the essay's passages, which one, its stance) for each labelled sentence of the
    tuning pages (tests/fixtures/pages, never the held-out ones), each page imported as
    tests/pages.py imports it, as a mixed essay: the sentence's label is its passage's."""
    from bot.errors import CrosscutError
    from tests import pages  # the tuning pages and how they are imported, for training only

    out = []
    for which in pages.TUNING_SETS:
        for entry in pages.expected_pages(which):
            if not entry.get("stances"):
                continue
            try:
                texts = tuple(p.text for p in pages.import_page(which, entry).doc.passages)
            except CrosscutError:
                continue
            for item in entry["stances"]:
                sentence = pages.words(item["contains"])
                held = [i for i, t in enumerate(texts) if sentence in pages.words(t)]
                if held:
                    out.append((which, texts, held[0], item["stance"]))
    return out


@functools.cache
def _cached(featurize, text: str) -> dict[str, float]:
    return featurize(text)


def fit(
    examples: list[tuple[str, str]],
    weights: list[float] | None = None,
    c: float = C,
    featurize=features,
    positive: str = "optimistic",
    intercept: bool = False,
):
    """Logistic regression over naive-Bayes-scaled features (NBSVM, Wang & Manning 2012): each
    word's weight starts from how much more often it comes with one side, which is what a few
    thousand short messages can teach; the rules' "$" features get RULE_SCALE instead. Returns
    weights on the raw features, so the bot needs only a dot product.

    The stance model has no ``intercept``: a claim with nothing to go on reads 0, unclear. With
    one (-0.66, offsetting what an average claim's words and letter pieces add; the sides are
    balanced) a bare "what do you all think about sora" sat on the threshold by it alone."""
    feats = [_cached(featurize, t) for t, _ in examples]
    counts = Counter(f for fs in feats for f in fs)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(
        [{f: v for f, v in fs.items() if counts[f] >= MIN_COUNT or f[0] == "$"} for fs in feats]
    )
    names = vectorizer.get_feature_names_out()
    y = np.array([1 if s == positive else 0 for _, s in examples])
    seen = (x > 0).astype(float)
    pos = np.asarray(seen[y == 1].sum(0)).ravel() + 1.0
    neg = np.asarray(seen[y == 0].sum(0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    ratio[[i for i, n in enumerate(names) if n[0] == "$"]] = RULE_SCALE
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=intercept)
    model.fit(x @ sparse.diags(ratio), y, sample_weight=weights)
    w = model.coef_.ravel() * ratio
    bias = float(model.intercept_[0]) if intercept else 0.0
    return {n: float(v) for n, v in zip(names, w, strict=True)}, bias


def score_with(weights: dict[str, float], bias: float, text: str, featurize=features) -> float:
    return bias + sum(weights.get(f, 0.0) * v for f, v in _cached(featurize, text).items())


def figures(scores, threshold: float) -> tuple[float, float, int]:
    named = right = 0
    for score, stance in scores:
        if abs(score) >= threshold:
            named += 1
            right += (score > 0) == (stance == "optimistic")
    return (right / named if named else 1.0), named / len(scores), named - right


def cross_validate(claims, extra, extra_weights, folds: int = 5):
    """Out-of-fold (log-odds, stance) for every claim."""
    rows: list = [None] * len(claims)
    for k in range(folds):
        train = [(t, s) for i, (t, s, _) in enumerate(claims) if i % folds != k]
        w, b = fit(train + extra, [1.0] * len(train) + extra_weights)
        for i, (t, s, _) in enumerate(claims):
            if i % folds == k:
                rows[i] = (score_with(w, b, t), s)
    return rows


def held_out_like(claims, extra, extra_weights) -> list[list]:
    """(log-odds, stance) for each former held-out half's claims, from a model trained on all
    the other claims: one list per half."""
    halves: list[list] = []
    for half in FORMER_HELDOUT:
        train = [(t, s) for t, s, source in claims if source not in half]
        w, b = fit(train + extra, [1.0] * len(train) + extra_weights)
        halves.append([(score_with(w, b, t), s) for t, s, source in claims if source in half])
    return halves


THRESHOLDS = np.arange(0.0, 6.0, 0.05)


def choose(halves: list[list]) -> float:
    """The lowest threshold from which pooled precision stays at the target or above (a lone
    lucky threshold below a dip does not count) and at which the worst former half reaches
    WORST_HALF_PRECISION; but never one that names sides for less than MIN_COVERAGE of the
    pool (then the highest threshold that still does)."""
    rows = [row for half in halves for row in half]
    pooled = 6.0
    for threshold in THRESHOLDS[::-1]:
        if figures(rows, threshold)[0] < TARGET_PRECISION:
            break
        pooled = float(threshold)
    covered = [float(t) for t in THRESHOLDS if figures(rows, t)[1] >= MIN_COVERAGE]
    ceiling = max(covered, default=0.0)
    for threshold in THRESHOLDS:
        worst = min(figures(half, threshold)[0] for half in halves)
        if threshold >= pooled and worst >= WORST_HALF_PRECISION:
            return min(float(threshold), ceiling)
    return ceiling


# On-topic messages the rules and the topic model together may refuse (5-fold): the issue asks
# for none, and a refused claim is a user told "nothing to argue with" about a real claim, which
# is worse than an off-topic line getting an answer.
MAX_ON_TOPIC_REFUSED = 0.003


# AI at work in another field (the rules' "elsewhere") stays refused unless the topic model
# scores the message above all but this share of such off-topic lines (5-fold).
ELSEWHERE_ACCEPTED = 0.01


def topic_figures(
    rows, threshold: float, hint: float, elsewhere: float
) -> tuple[int, int, int, int]:
    """(off-topic refused, on-topic refused, off-topic total, on-topic total) for rows of
    (log-odds, label, the rules' verdict)."""
    refused = wrongly = offs = ons = 0
    for score, label, verdict in rows:
        accepted = accepts(verdict, score, threshold, hint, elsewhere)
        if label == "off":
            offs += 1
            refused += not accepted
        else:
            ons += 1
            wrongly += not accepted
    return refused, wrongly, offs, ons


def choose_elsewhere(rows) -> float:
    """The lowest threshold at which the topic model accepts at most ELSEWHERE_ACCEPTED of the
    off-topic lines the rules place in another field."""
    offs = sorted((s for s, label, verdict in rows if verdict == "elsewhere" and label == "off"))
    allowed = int(ELSEWHERE_ACCEPTED * len(offs))
    for threshold in np.arange(0.0, 20.0, 0.25):
        if sum(s >= threshold for s in offs) <= allowed:
            return float(threshold)
    return float("inf")


def choose_topic(rows, elsewhere: float) -> tuple[float, float]:
    """The thresholds (without a hint, with one) that refuse the most off-topic messages while
    refusing few enough on-topic ones; ties go to the higher thresholds."""
    best = None
    for threshold in np.arange(-4.0, 8.0, 0.1):
        for hint in np.arange(-6.0, threshold + 0.01, 0.25):
            refused, wrongly, _, ons = topic_figures(rows, threshold, hint, elsewhere)
            if wrongly <= MAX_ON_TOPIC_REFUSED * ons and (best is None or refused >= best[0]):
                best = (refused, float(threshold), float(hint))
    # Nothing within the cap must stop training: it once fell back to (0, 0) silently, a
    # threshold that refused 1.5% of on-topic claims (stance12, with heldout15 added).
    if best is None:
        raise SystemExit(f"no topic threshold refuses at most {MAX_ON_TOPIC_REFUSED:.1%} on topic")
    return best[1], best[2]


def train_stance(check: bool) -> dict | None:
    """Cross-validate the stance model, print its figures and (unless ``check``) fit it."""
    claims = tuning_claims()
    labelled, neutral = passages(), neutral_examples()
    extra = labelled + neutral
    extra_weights = [PASSAGE_WEIGHT] * len(labelled) + [NEUTRAL_WEIGHT / 2] * len(neutral)
    rows = cross_validate(claims, extra, extra_weights)
    halves = held_out_like(claims, extra, extra_weights)
    held = [row for half in halves for row in half]
    threshold = choose(halves)
    accuracy = figures(rows, 0.0)[0]
    vader = [(sentiment(t), s) for t, s, _ in claims]
    only_vader = figures([(v, s) for v, s in vader if v], 0.0)
    print(  # noqa: T201
        f"{len(claims)} tuning claims, {len(labelled)} passages, {len(neutral) // 2} neutral; "
        f"5-fold accuracy {accuracy:.1%}; VADER alone: precision {only_vader[0]:.1%} at "
        f"coverage {sum(1 for v, _ in vader if v) / len(vader):.1%}\n"
        f"threshold  5-fold precision at coverage  former held-out halves ({len(held)} claims)"
    )
    names = "  ".join(f"{'+'.join(n[7:-5] for n in h):>13}" for h in FORMER_HELDOUT)
    print(f"{'':9}  {'':28}  {'':27}  each former half: {names}")  # noqa: T201
    for cut in sorted({threshold, *np.arange(0.25, 2.01, 0.25)}):
        p5, c5, w5 = figures(rows, cut)
        ph, ch, wh = figures(held, cut)
        per = "  ".join(f"{p:6.1%} at {c:4.0%}" for p, c, _ in (figures(h, cut) for h in halves))
        mark = "  <- chosen" if cut == threshold else ""
        print(  # noqa: T201
            f"{cut:9.2f}  {p5:6.1%} at {c5:5.1%} ({w5:3} wrong)"
            f"  {ph:6.1%} at {ch:5.1%} ({wh:2} wrong)  {per}{mark}"
        )
    if check:
        return None
    training = [(t, s) for t, s, _ in claims]
    w, b = fit(training + extra, [1.0] * len(training) + extra_weights)
    trained_on = (
        f"{len(claims)} tuning claims, {len(labelled)} bundled passages, "
        f"{len(neutral) // 2} neutral remarks"
    )
    return {**part(w, b, threshold), "trained_on": trained_on}


def train_topic(check: bool) -> dict | None:
    """Cross-validate the topic model with the rules, print its figures and (unless ``check``)
    fit it."""
    topics = topic_examples()
    topic_rows: list = [None] * len(topics)
    for k in range(5):
        train = [c for i, c in enumerate(topics) if i % 5 != k]
        w, b = fit(train, None, C, topic_features, "on", intercept=True)
        for i, (t, s) in enumerate(topics):
            if i % 5 == k:
                topic_rows[i] = (score_with(w, b, t, topic_features), s, topic_rules(t))
    elsewhere = choose_elsewhere(topic_rows)
    threshold, hint_threshold = choose_topic(topic_rows, elsewhere)
    cuts = (threshold, hint_threshold, elsewhere)
    refused, wrongly, offs, ons = topic_figures(topic_rows, *cuts)
    print(  # noqa: T201
        f"{len(topics)} topic examples; 5-fold with the rules: off-topic refused {refused}/{offs}"
        f", on-topic refused {wrongly}/{ons}, threshold {threshold:.2f} "
        f"({hint_threshold:.2f} with the rules' hint, {elsewhere:.2f} in another field)"
    )
    topic_held_out(cuts)
    if check:
        return None
    w, b = fit(topics, None, C, topic_features, "on", intercept=True)
    return {
        **part(w, b, threshold),
        "hint_threshold": round(hint_threshold, 3),
        "elsewhere_threshold": round(elsewhere, 3),
        "trained_on": f"{len(topics)} on/off-topic messages",
    }


def topic_held_out(cuts: tuple[float, float, float]) -> None:
    """Print each former held-out half's off-topic refusal and on-topic refusals, scored by a
    topic model trained without that half (no text of it, from any file), at the thresholds
    chosen by 5-fold: the figure that predicts the next blind half, where 5-fold mixes one
    writer's messages into training and test."""
    sourced = topic_sourced()
    totals = [0, 0, 0, 0]
    per: list[str] = []
    for half in FORMER_HELDOUT:
        messages = half_topic_messages(half)
        texts = {t for t, _ in messages}
        train = [
            (t, label) for t, label, source in sourced if source not in half and t not in texts
        ]
        w, b = fit(train, None, C, topic_features, "on", intercept=True)
        rows = [
            (score_with(w, b, t, topic_features), label, topic_rules(t)) for t, label in messages
        ]
        refused, wrongly, offs, ons = topic_figures(rows, *cuts)
        totals = [x + y for x, y in zip(totals, (refused, wrongly, offs, ons), strict=True)]
        name = "+".join(n[7:-5] for n in half)
        per.append(f"{name} {refused}/{offs} refused, {wrongly}/{ons} on-topic refused")
        for (t, label), (score, _, verdict) in zip(messages, rows, strict=True):
            accepted = accepts(verdict, score, *cuts)
            if accepted != (label == "on"):
                wrong = "accepted" if accepted else "REFUSED"
                print(f"    {name} {wrong} [{verdict or '-'} {score:+.2f}] {t[:110]!r}")  # noqa: T201
    refused, wrongly, offs, ons = totals
    print(  # noqa: T201
        f"former held-out halves, each left out: off-topic refused {refused}/{offs} "
        f"({refused / offs:.1%}), on-topic refused {wrongly}/{ons}\n  " + "\n  ".join(per)
    )


# The passage model: a multinomial logistic regression over a mixed essay's passage, its words
# and word pairs (present or not) and the stance model's log-odds measured from the essay's
# lean. Chosen on the odd page sets, four folds of whole sets: 267 of 314 right as shipped,
# against 231 with the stance model's centred score and threshold alone. Also tried there,
# before the classes were balanced (263 so): no intercept 262; every word and pair kept 262 (a
# model twice the size), those seen in one passage dropped 266, in fewer than five 263; C
# 0.03, 0.1 or 1 with the score scaled by 0.3, 1 or 3 (the L2 penalty bends it less at 3)
# 243-262; words without pairs 263; the words' counts 258; the log-odds not centred 247; the
# score alone 232; the words alone 235.
PASSAGE_C = 0.3
PASSAGE_SCORE_SCALE = 0.3


def centred(texts: tuple[str, ...], stance: dict) -> list[float]:
    """The ``stance`` part's log-odds (rounded weights, as the bot reads them) for each passage
    of an essay, measured from their mean: the essay's lean."""
    scores = [score_with(stance["weights"], stance["bias"], t) for t in texts]
    lean = float(np.mean(scores))
    return [score - lean for score in scores]


def fit_passages(rows, stance: dict) -> dict:
    """The passage model fitted on ``rows`` of page_passages, over the ``stance`` part."""
    feats = [
        passage_features(texts[i], centred(texts, stance)[i] * PASSAGE_SCORE_SCALE)
        for _, texts, i, _ in rows
    ]
    labels = [label for *_, label in rows]
    counts = Counter(f for fs in feats for f in fs)
    feats = [{f: v for f, v in fs.items() if counts[f] >= MIN_COUNT or f[0] == "$"} for fs in feats]
    vectorizer = DictVectorizer()
    # Each stance weighs the same in all (neutral passages are fewer than a side's): a passage
    # with little to go on is not read as the commoner side.
    model = LogisticRegression(C=PASSAGE_C, max_iter=5000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(feats), labels)
    names = vectorizer.get_feature_names_out()
    classes = {}
    for name, coef, bias in zip(model.classes_, model.coef_, model.intercept_, strict=True):
        weights = dict(zip(names, coef, strict=True))
        weights["$score"] *= PASSAGE_SCORE_SCALE  # the bot gives the score unscaled
        kept = {f: round(float(v), 3) for f, v in sorted(weights.items()) if abs(v) >= 0.005}
        classes[str(name)] = {"bias": round(float(bias), 4), "weights": kept}
    return {"classes": classes, "trained_on": f"{len(rows)} labelled page passages"}


def train_passages(stance: dict, check: bool) -> dict | None:
    """Print how the passage model trained on the odd page sets reads the even ones (the
    check half of tests/pages.py) and (unless ``check``) fit it on every tuning page."""
    from tests.pages import STANCE_CHECK, STANCE_TUNE

    rows = page_passages()
    tune = [r for r in rows if r[0] in STANCE_TUNE]
    held = [r for r in rows if r[0] in STANCE_CHECK]
    part_odd = fit_passages(tune, stance)
    right = alone = 0
    for _, texts, i, label in held:
        score = centred(texts, stance)[i]
        right += (passage_reading(texts[i], score, part_odd).stance or "neutral") == label
        side = "optimistic" if score > 0 else "skeptical"
        alone += (side if abs(score) >= stance["threshold"] else "neutral") == label
    print(  # noqa: T201
        f"passages: trained on the odd page sets ({len(tune)}), the even sets read "
        f"{right}/{len(held)} ({right / len(held):.1%}); the stance model's centred score and "
        f"threshold alone {alone}/{len(held)} ({alone / len(held):.1%}); topic check aside"
    )
    return None if check else fit_passages(rows, stance)


def part(weights: dict[str, float], bias: float, cut: float) -> dict:
    kept = {f: round(v, 3) for f, v in sorted(weights.items()) if abs(v) >= 0.01}
    return {"bias": round(bias, 4), "threshold": round(cut, 3), "weights": kept}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    only = parser.add_mutually_exclusive_group()
    only.add_argument(
        "--topic-only", action="store_true", help="retrain the topic model, keep the stance model"
    )
    only.add_argument(
        "--stance-only", action="store_true", help="retrain the stance model, keep the topic model"
    )
    only.add_argument(
        "--passage-only", action="store_true", help="retrain the passage model, keep the others"
    )
    args = parser.parse_args()
    shipped = json.loads(MODEL_PATH.read_text())["models"]
    keep_stance = args.topic_only or args.passage_only
    stance = shipped["stance"] if keep_stance else train_stance(args.check)
    topic = shipped["topic"] if args.stance_only or args.passage_only else train_topic(args.check)
    # The passage model reads the stance model's log-odds: retrained whenever that is.
    passage = (
        shipped["passage"]
        if args.topic_only
        else train_passages(stance or shipped["stance"], args.check)
    )
    if args.check:
        return
    model = {"models": {"stance": stance, "topic": topic, "passage": passage}}
    MODEL_PATH.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
    size = MODEL_PATH.stat().st_size // 1024
    print(f"wrote {MODEL_PATH} ({size} KB)")  # noqa: T201


if __name__ == "__main__":
    main()
