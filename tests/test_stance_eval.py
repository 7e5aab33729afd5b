"""Counterpoint quality, measured on tests/eval/counterpoints.yaml against the bundled essays.

Run ``python -m pytest tests/test_stance_eval.py -q -s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import BUNDLED_ESSAYS
from bot.corpus import load_directory
from bot.search import Search
from bot.stance import OPPOSITE, counterpoints
from bot.store import PassageRecord, Store

EVAL = yaml.safe_load((Path(__file__).parent / "eval" / "counterpoints.yaml").read_text())
CLAIMS = EVAL["claims"]
MIN_ON_TOPIC_TOP1 = 0.80


@pytest.fixture
async def search(tmp_path):
    store = await Store.open(tmp_path / "eval.db")
    await store.essays.sync_bundled(load_directory(BUNDLED_ESSAYS))
    yield Search(store)
    await store.close()


def accepted(spec: dict, passage: PassageRecord) -> bool:
    return passage.author == spec["author"] and spec["contains"] in passage.text


def test_the_set_is_big_enough_and_balanced():
    stances = [c["stance"] for c in CLAIMS]
    assert len(CLAIMS) >= 20
    assert stances.count("optimistic") >= 10
    assert stances.count("skeptical") >= 10


async def test_every_acceptable_passage_names_exactly_one_passage(search):
    records, _ = await search.passages()
    for claim in CLAIMS:
        for spec in claim["accept"]:
            matches = [r for r in records if accepted(spec, r)]
            assert len(matches) == 1, (claim["claim"], spec, len(matches))
            assert matches[0].stance == OPPOSITE[claim["stance"]], (claim["claim"], spec)


async def test_counterpoint_quality(search):
    results, top1_ok, misses, wrong = 0, 0, [], []
    opposite = 0
    for claim in CLAIMS:
        answer = await counterpoints(search, claim["claim"])
        want = OPPOSITE[claim["stance"]]
        assert answer.results, claim["claim"]
        for hit in answer.results:
            results += 1
            if hit.passage.stance == want:
                opposite += 1
            else:
                wrong.append((claim["claim"], hit.passage.stance, answer.claim))
        top = answer.results[0].passage
        if any(accepted(spec, top) for spec in claim["accept"]):
            top1_ok += 1
        else:
            misses.append((claim["claim"], top.author, top.text[:70]))
    opposite_rate = opposite / results
    on_topic = top1_ok / len(CLAIMS)
    print(  # noqa: T201 -- the figures are the point of this test (run with -s)
        f"\n{len(CLAIMS)} claims, {results} counterpoints: opposite-stance rate "
        f"{opposite_rate:.0%}, on-topic top-1 {top1_ok}/{len(CLAIMS)} = {on_topic:.0%}"
    )
    for miss in misses:
        print("  top-1 off topic:", miss)  # noqa: T201
    assert not wrong, wrong
    assert opposite_rate == 1.0
    assert on_topic >= MIN_ON_TOPIC_TOP1, misses


async def test_claim_stance_accuracy(search):
    from bot.stance import read_claim

    records, normalized = await search.passages()
    wrong = [
        (c["claim"], read_claim(c["claim"], records, normalized))
        for c in CLAIMS
        if read_claim(c["claim"], records, normalized).label != c["stance"]
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("claim", EVAL["unclear"])
async def test_unclear_claims_get_both_sides_labelled(search, claim):
    answer = await counterpoints(search, claim)
    assert answer.claim.unclear
    assert {h.passage.stance for h in answer.results} == {"optimistic", "skeptical"}
