"""The stance reader and /counter measured on labelled chat, against the bundled essays.

Two halves: TUNING (tests/eval/tuning/, tests/eval/dev_claims.yaml and the first
tests/eval/counterpoints.yaml), which the reader's rules and weights were developed on, and
HELD-OUT (tests/eval/heldout24/, sets by writers who read no code), written blind
against the re-audited passage labels and never used to change a rule or a weight. (Earlier
held-out halves became tuning once measured: tests/eval/tuning/claims-2.yaml;
claims-3a/3b.yaml, the old heldout3, whose annotations predate the re-audit;
claims-4c/4d.yaml, the old heldout4; claims-5e/5f.yaml, the old heldout5; claims-6g/6h.yaml,
the old heldout6; claims-7i/7j/8k/8l.yaml, the old heldout7 and heldout8; claims-9m/9n.yaml,
the old heldout9; claims-10o/10p/10q/10r.yaml, the old heldout10; claims-11w/11x/11y/11z.yaml,
the old heldout11; claims-12a/12b/12c/12d.yaml, the old heldout12;
claims-13a/13b/13c/13d.yaml, the old heldout13;
claims-14a/14b/14c/14d.yaml, the old heldout14;
claims-15a/15b/15c/15d.yaml, the old heldout15;
claims-16a/16b/16c/16d.yaml, the old heldout16;
claims-17a/17b/17c/17d.yaml, the old heldout17;
claims-18a-d/19a-d.yaml, the old heldout18 and heldout19;
claims-20a/20b/20c/20d.yaml, the old heldout20;
claims-21a/21b/21c/21d.yaml, the old heldout21;
claims-22a/22b/22c/22d.yaml, the old heldout22;
claims-23a/23b/23c/23d.yaml, the old heldout23.) Only held-out figures
count; the test fails when they drop below the thresholds.

    python -m pytest tests/test_stance_eval.py -q -s     # prints both halves' figures
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bot import BUNDLED_ESSAYS
from bot.corpus import load_directory
from bot.search import Search
from bot.stance import OPPOSITE, claim_stance, counterpoints
from bot.store import PassageRecord, Store

EVAL = Path(__file__).parent / "eval"
HELDOUT = sorted((EVAL / "heldout24").glob("claims-*.yaml"))

# Held-out thresholds: a guard just below what the held-out half measured, so any regression fails.
# The next half, heldout24, is kept off main until measured; the guards are the last half's:
# heldout23 (now tuning, claims-23a/23b/23c/23d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 242 counters with an acceptable answer; a
# music-video and concert-film server, a philosophy-and-film reading group, a Korean and East
# Asian cinema server and a props, costume and cosplay makers' server; four writers who read no
# code), measured once with stance18's models and rank15's ranker (retrained with heldout22):
# precision 98.9% (349/353), coverage 88.2% (353/400), off-topic refused 88.8% (142/160), on-topic
# refused 2 of 682 (one line, counted as a claim and as a counter), top-1 62.8% (152/242).
# Precision's guard stays at the issue's 95%.
# The halves before:
# heldout22 (now tuning, claims-22a/22b/22c/22d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 251 counters with an acceptable answer; a
# film-union organisers' server, a haunt-attraction makers' server, a sports-documentary and
# motorsport server and a Filipino server writing Taglish; four writers who read no code),
# measured once with stance18's models (retrained with heldout21; threshold 1.25) and rank14's
# ranker: precision 98.9% (346/350), coverage 87.5% (350/400), off-topic refused 90.0% (144/160),
# on-topic refused 0 of 691, top-1 74.5% (187/251).
# The halves before:
# heldout21 (now tuning, claims-21a/21b/21c/21d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 254 counters with an acceptable answer; a
# Nollywood and Ghanaian server writing English with Pidgin, a gamers-who-love-movies server, an
# entertainment-law and rights-clearance server and an actual-play RPG video makers' server; four
# writers who read no code), measured once with stance16's models (retrained with heldout20; the
# stance threshold 1.30, up from 0.95) and rank13's ranker: precision 96.6% (314/325), coverage
# 81.2% (325/400; the Pidgin set 66%), off-topic refused 83.8% (134/160), on-topic refused 2 of 694,
# top-1 64.6% (164/254).
# The half before:
# heldout20 (now tuning, claims-20a/20b/20c/20d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 233 counters with an acceptable answer; an
# Indian cinema server writing English with Hinglish, a sketch-comedy and improv server, a
# reality-TV and true-crime server and an analog-film purists' server; four writers who read no
# code), measured once with stance15's models (retrained with heldout18 and heldout19) and rank12's
# ranker (likewise): precision 94.8% (346/365; the Hinglish and the sketch-comedy sets 91.7% and
# 90.3%), coverage 91.2% (365/400), off-topic refused 86.2% (138/160), on-topic refused 0 of 673,
# top-1 60.1% (140/233).
# The halves before:
# heldout18 and heldout19, measured once together (now tuning, claims-18a-d and 19a-d.yaml; 800
# claims, 80 neutral, 320 off-topic of which about 220 are trade shop talk with no AI in it, 496
# counters with an acceptable answer; eight servers: festival submitters, wedding and corporate
# videographers, a classic-movie club, a Latin American server writing English with Spanish, action
# and stunts, queer cinema, theatre to film, film commissions and locations; eight writers who read
# no code), with stance14's models (retrained with heldout17) and rank11's ranker (retrained with
# heldout16 and heldout17): precision 97.7% (672/688), coverage 86.0% (688/800; heldout18 alone
# 84.8%), off-topic refused 80.3% (257/320), on-topic refused 1 of 1,376 (a Spanish line the topic
# rules do not read), top-1 63.1% (313/496).
# The half before:
# heldout17 (now tuning, claims-17a/17b/17c/17d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 254 counters with an acceptable answer; a
# horror-comedy and B-movie server, a film critics' and arts-journalists' server, a livestream and
# esports broadcast producers' server and a parents-and-kids family film server, four writers who
# read no code), measured once with stance13's models (retrained with heldout16) and rank10's
# ranker: precision 97.8% (354/362), coverage 90.5% (362/400), off-topic refused 83.8% (134/160),
# on-topic refused 3 of 694 (two lines: a scare-quoted "'democratise' is doing crimes", counted as a
# claim and as a counter, and a DV-features history analogy), top-1 70.1% (178/254).
# The halves before:
# heldout16 (now tuning, claims-16a/16b/16c/16d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 115 are trade shop talk with no AI in it, 242 counters with an acceptable answer; a
# newsroom and local-TV journalists' server, a romance and TV-movie fans' server, a drone and
# stock-footage shooters' server and a faith-based and church-media filmmakers' server, four
# writers who read no code), measured once with stance12's models and rank10's ranker: precision
# 95.7% (353/369), coverage 92.2% (369/400), off-topic refused 76.2% (122/160), on-topic refused 1
# of 682 (a deadpan "cool, so we're fabricating evidence now" on AI reenactments), top-1 64.5%
# (156/242).
# The halves before:
# heldout15 (now tuning, claims-15a/15b/15c/15d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 110 are trade shop talk with no AI in it, 243 counters with an acceptable answer; an
# art-department server, a film-marketing server, a media teachers' server and a disabled and Deaf
# filmmakers' and accessibility server, four writers who read no code), measured once with
# stance11's models and rank9's ranker: precision 96.9% (349/360), coverage 90.0% (360/400),
# off-topic refused 83.1% (133/160), on-topic refused 0 of 683, top-1 61.7% (150/243).
# heldout14 (now tuning, claims-14a/14b/14c/14d.yaml; 400 claims, 40 neutral, 160 off-topic of
# which about 115 are trade shop talk with no AI in it, 240 counters with an acceptable answer;
# wildlife documentary, mobile/vertical video, film preservation and game-cinematics servers, four
# writers who read no code), measured once with stance10's models and ranker: precision 98.6%
# (351/356), coverage 89.0% (356/400), off-topic refused 78.1% (125/160), on-topic refused 0 of
# 680, top-1 61.3% (147/240).
# heldout13 (now tuning, claims-13a/13b/13c/13d.yaml; 400 claims, 40 neutral, 160 off-topic of which
# about 110 are trade shop talk with no AI in it, 247 counters with an acceptable answer; a sound
# designers' and composers' server, an animation server, a producers' and film-finance server and a
# video essayists' and film-podcast server, four writers who read no code) was measured once on
# arrival, with stance9's models, pstance1's reader and rank8's ranker: precision 96.5% (355/368),
# coverage 92.0% (368/400), off-topic refused 78.8% (126/160), on-topic refused 1 of 687, acceptable
# top-1 64.4% (159/247). Met: precision and coverage. Not met: refusal, on-topic refused, top-1
# (README, "How stance is decided"). Earlier halves, now tuning: heldout12 97.8/89.5/79.4/4 of
# 684/61.9; heldout11 96.4/90.5/74.4/2 of 676/60.2; heldout10 96.0/87.5/91.9/6 of 671/67.1; heldout9
# 89.8/83.0/96.2/0 of 333/65.5; heldout7+8 93.7/87.0/95.6/4 of 679/72.8; heldout6 91.8/91.0/93.8/0
# of 336/65.5; heldout5 94.4/89.0/96.2/0 of 342/73.8; heldout4 97.2/88.0/93.8/0 of 334/74.6;
# heldout3 75.4/63.3/90.0/2 of 306/45.5 before that session's retraining and 93.4/84.4/90.0/0/65.5
# after.
MIN_PRECISION = 0.95
MIN_COVERAGE = 0.88
MIN_REFUSED = 0.88
MAX_ON_TOPIC_REFUSED = 2
MIN_TOP1 = 0.62
MIN_HELDOUT_COUNTERS = 60
ISSUE_TARGETS = "issue targets: precision 95%, coverage 85%, refused 95%, 0 on topic, top-1 85%"


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text()) or {}
    loaded = {key: data.get(key) or [] for key in ("claims", "neutral", "offtopic", "counters")}
    # A counter whose every accepted passage was re-labelled to its own side (docs/stance.md,
    # "A re-audit of every bundled passage") has no acceptable answer left; it still counts as
    # a claim.
    loaded["counters"] = [c for c in loaded["counters"] if c.get("accept")]
    return loaded


def _merged(paths: list[Path]) -> dict:
    merged: dict = {key: [] for key in ("claims", "neutral", "offtopic", "counters")}
    for path in paths:
        for key, items in _load(path).items():
            merged[key] += items
    return merged


def tuning_set() -> dict:
    merged = _merged([*sorted((EVAL / "tuning").glob("claims*.yaml")), EVAL / "dev_claims.yaml"])
    # The first evaluation set: claims with the passages a person would accept.
    first = yaml.safe_load((EVAL / "counterpoints.yaml").read_text())
    for claim in first["claims"]:
        item = {"text": claim["claim"], "stance": claim["stance"], "accept": claim["accept"]}
        merged["claims"].append(item)
        if item["accept"]:
            merged["counters"].append(item)
    merged["neutral"] += first.get("unclear", [])
    return merged


@dataclass
class Figures:
    claims: int
    named: int
    right: int
    offtopic: int
    refused: int
    on_topic: int
    on_topic_refused: list[str]
    counters: int
    top1: int
    misses: list[str]

    @property
    def precision(self) -> float:
        return self.right / self.named if self.named else 0.0

    @property
    def coverage(self) -> float:
        return self.named / self.claims if self.claims else 0.0

    @property
    def refusal(self) -> float:
        return self.refused / self.offtopic if self.offtopic else 0.0

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.counters if self.counters else 0.0

    def lines(self, name: str) -> str:
        return (
            f"{name}: stance precision when naming a side {self.precision:.1%} "
            f"({self.right}/{self.named}), coverage {self.coverage:.1%} "
            f"({self.named}/{self.claims}); off-topic refused {self.refusal:.1%} "
            f"({self.refused}/{self.offtopic}); on-topic refused {len(self.on_topic_refused)}"
            f"/{self.on_topic}; acceptable top-1 counter {self.top1_rate:.1%} "
            f"({self.top1}/{self.counters})"
        )


def accepted(spec: dict, passage: PassageRecord) -> bool:
    return passage.author == spec["author"] and spec["contains"] in passage.text


async def measure(search: Search, data: dict) -> Figures:
    named = right = 0
    for claim in data["claims"]:
        reading = claim_stance(claim["text"])
        if reading.stance is not None:
            named += 1
            right += reading.stance == claim["stance"]
    refused = sum(1 for text in data["offtopic"] if not claim_stance(text).on_topic)
    on_topic = [c["text"] for c in data["claims"] + data["counters"]] + list(data["neutral"])
    wrongly = [t for t in on_topic if not claim_stance(t).on_topic]
    top1, misses = 0, []
    for claim in data["counters"]:
        answer = await counterpoints(search, claim["text"])
        top = answer.results[0].passage if answer.results else None
        if top is not None and any(accepted(spec, top) for spec in claim["accept"]):
            top1 += 1
        else:
            got = f"{top.author}: {top.text[:60]}" if top else "nothing"
            misses.append(f"{claim['text'][:60]!r} -> {got}")
    return Figures(
        len(data["claims"]),
        named,
        right,
        len(data["offtopic"]),
        refused,
        len(on_topic),
        wrongly,
        len(data["counters"]),
        top1,
        misses,
    )


@pytest.fixture
async def search(tmp_path):
    store = await Store.open(tmp_path / "eval.db")
    await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
    yield Search(store)
    await store.close()


def test_the_tuning_set_is_big_enough_and_balanced():
    data = tuning_set()
    stances = [c["stance"] for c in data["claims"]]
    assert len(stances) >= 100
    assert min(stances.count("optimistic"), stances.count("skeptical")) >= 0.4 * len(stances)
    assert len(data["offtopic"]) >= 25


async def test_every_acceptable_passage_names_exactly_one_passage(search):
    """A tuning counter's accepted passages exist, once each, on the other side."""
    records, _ = await search.passages()
    for claim in tuning_set()["counters"]:
        for spec in claim["accept"]:
            matches = [r for r in records if accepted(spec, r)]
            assert len(matches) == 1, (claim["text"], spec, len(matches))
            assert matches[0].stance == OPPOSITE[claim["stance"]], (claim["text"], spec)


async def test_tuning_figures(search):
    """Printed for comparison only: the reader was developed and trained on these claims, so
    they are in-sample (scripts/train_stance.py prints the cross-validated ones)."""
    figures = await measure(search, tuning_set())
    print("\n" + figures.lines("TUNING"))  # noqa: T201 -- the figures are the point (-s)
    assert figures.counters
    assert figures.claims


@pytest.mark.skipif(not HELDOUT, reason="the held-out half is not merged yet")
async def test_heldout_figures_meet_the_targets(search):
    data = _merged(HELDOUT)
    figures = await measure(search, data)
    # Figures only: the held-out claims are never shown, so nobody tunes on them by accident.
    print("\n" + figures.lines("HELD-OUT") + "\n  " + ISSUE_TARGETS)  # noqa: T201
    assert figures.counters >= MIN_HELDOUT_COUNTERS
    assert figures.precision >= MIN_PRECISION
    assert figures.coverage >= MIN_COVERAGE
    assert figures.refusal >= MIN_REFUSED
    assert len(figures.on_topic_refused) <= MAX_ON_TOPIC_REFUSED
    assert figures.top1_rate >= MIN_TOP1
