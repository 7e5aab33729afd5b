"""The offline CLI's verify and bench commands (JSON contracts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

pytestmark = pytest.mark.usefixtures("offline_env")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_verify_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "verify", "printing did not replace litterature")
    assert data["found"] is True
    assert data["exact"] is False
    assert data["passage"]["author"] == "Global Times"
    assert data["original"] in data["passage"]["text"]
    assert {"kind": "changed", "typed": "litterature", "original": "literature"} in data[
        "differences"
    ]


def test_verify_text_says_not_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "the bus was late again this morning"]) == 1  # nothing found
    assert "Not found in the corpus" in capsys.readouterr().out


def test_bench_reports_every_figure(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    keep = tmp_path / "bench.db"
    data = run_json(capsys, "bench", "--essays", "12", "--naive-queries", "1", "--keep", str(keep))
    assert data["essays"] == 12
    assert data["skipped"] == []
    for name in ("quote", "autocomplete", "autocomplete_names", "counter", "verify"):
        assert {"median_ms", "p95_ms", "n"} <= set(data[name]["indexed"])
        assert data[name]["naive"]["n"] >= 1
        # A ratio, not a promise: on a dozen essays the naive scan may well be the faster one.
        for stat in ("median", "p95"):
            naive, fast = data[name]["naive"][f"{stat}_ms"], data[name]["indexed"][f"{stat}_ms"]
            ratio = naive / max(fast, 1e-3)
            assert data[name][f"speedup_{stat}"] == pytest.approx(ratio, abs=0.06)
    assert data["top1_agreement"] == "1/1"
    assert data["db_mb"] > 0
    assert data["index_mb"] > 0
    assert data["add_one_essay"]["n"] == 20
    assert {"start_s", "peak_rss_mb"} <= set(data["bot"])
    assert keep.exists()


def test_bench_skips_what_it_is_told_to(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "bench", "--essays", "6", "--naive-queries", "1", "--skip", "counter")
    assert data["skipped"] == ["counter"]
    assert "counter" not in data
    assert data["quote"]["naive"]["n"] == 1
    assert {"start_s", "peak_rss_mb"} <= set(data["bot"])
    assert main(["bench", "--essays", "6", "--naive-queries", "1", "--skip", "counter"]) == 0
    assert "counter            skipped" in capsys.readouterr().out
