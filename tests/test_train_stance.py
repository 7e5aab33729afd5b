"""How scripts/train_stance.py chooses the stance threshold (needs the `train` extra)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))

import train_stance


def _rows(right: int, wrong: int, score: float, wrong_score: float) -> list:
    """``right`` optimistic claims read at ``score``; ``wrong`` skeptical ones at
    ``wrong_score``."""
    return [(score, "optimistic")] * right + [(wrong_score, "skeptical")] * wrong


def test_the_threshold_waits_for_the_worst_former_half() -> None:
    """Pooled, the halves read 98% from threshold 0; the small half reads 90% until its two
    confident errors (log-odds 0.8) are left unclear, so the threshold goes just above them."""
    halves = [_rows(100, 0, 2.0, 0.0), _rows(18, 2, 2.0, 0.8)]
    assert train_stance.figures([r for h in halves for r in h], 0.0)[0] >= 0.96
    threshold = train_stance.choose(halves)
    assert 0.8 < threshold < 0.9
    assert min(train_stance.figures(h, threshold)[0] for h in halves) == 1.0


def test_the_worst_half_never_costs_more_than_the_coverage_floor() -> None:
    """When only leaving most claims unclear would bring the worst half up, the threshold stops
    where the pool still names a side for MIN_COVERAGE of its claims."""
    halves = [_rows(80, 0, 1.0, 0.0), _rows(15, 5, 3.0, 3.0)]
    threshold = train_stance.choose(halves)
    pooled = [r for h in halves for r in h]
    assert train_stance.figures(pooled, threshold)[1] >= train_stance.MIN_COVERAGE
    assert train_stance.figures(pooled, threshold + 0.05)[1] < train_stance.MIN_COVERAGE


def test_another_field_is_refused_below_its_own_threshold_and_off_at_any_score() -> None:
    """The rules' "off" is final; their "elsewhere" (AI at work in another field) yields only to
    a topic model that scores the message above the elsewhere threshold, not the plain one."""
    rows = [
        (9.0, "off", "off"),  # a bare greeting stays refused, however the model reads it
        (3.0, "off", "elsewhere"),  # above the plain threshold, below the elsewhere one
        (7.0, "on", "elsewhere"),  # the model all but certain: a claim about film after all
        (0.5, "on", ""),
    ]
    assert train_stance.topic_figures(rows, 0.0, -1.0, 6.0) == (2, 0, 2, 2)
    assert train_stance.topic_figures(rows, 0.0, -1.0, 8.0) == (2, 1, 2, 2)


def test_the_elsewhere_threshold_lets_through_at_most_one_in_a_hundred_off_topic_lines() -> None:
    """200 off-topic lines in another field score 0 to 3.98, two more 8 and 9: the threshold lets
    the top two (1%) through and no more; on-topic lines do not move it."""
    offs = [(i / 50, "off", "elsewhere") for i in range(200)] + [
        (8.0, "off", "elsewhere"),
        (9.0, "off", "elsewhere"),
    ]
    ons = [(1.0, "on", "elsewhere"), (0.5, "on", "")]
    threshold = train_stance.choose_elsewhere(offs + ons)
    assert 3.98 < threshold <= 8.0  # the lowest that lets two through
    accepted = sum(s >= threshold for s, _, _ in offs)
    assert accepted == 2 == int(train_stance.ELSEWHERE_ACCEPTED * len(offs))


def test_a_former_half_is_counted_as_the_evaluation_counts_it() -> None:
    """Claims, counters and neutral remarks on topic, off-topic chat off, as
    tests/test_stance_eval.py counts refusals."""
    import yaml

    half = ("claims-10q.yaml",)
    data = yaml.safe_load((train_stance.EVAL / "tuning" / half[0]).read_text())
    messages = train_stance.half_topic_messages(half)
    ons = len(data["claims"]) + len(data.get("counters") or []) + len(data.get("neutral") or [])
    assert sum(label == "on" for _, label in messages) == ons
    assert sum(label == "off" for _, label in messages) == len(data["offtopic"])


def test_the_topic_threshold_refuses_no_more_on_topic_lines_than_the_cap() -> None:
    """1,000 claims scored 0 to 9.99 and 50 off-topic lines at −3.5: the threshold refuses every
    off-topic line and at most 0.3% of the claims; with four more claims below any threshold
    tried (0.4% refused whatever it is) training stops rather than fall back to a threshold
    nobody chose."""
    ons = [(i / 100, "on", "") for i in range(1000)]
    offs = [(-3.5, "off", "")] * 50
    threshold, hint = train_stance.choose_topic(ons + offs, 5.0)
    refused, wrongly, _, _ = train_stance.topic_figures(ons + offs, threshold, hint, 5.0)
    assert refused == 50
    assert wrongly <= 3
    with pytest.raises(SystemExit):
        train_stance.choose_topic(ons + offs + [(-9.0, "on", "")] * 4, 5.0)
