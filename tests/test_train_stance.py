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
