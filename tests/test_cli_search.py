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
    data = run_json(
        capsys,
        "bench",
        *("--essays", "12", "--naive-queries", "1", "--keep", str(keep), "--servers", "3"),
        *("--warm", "3", "--after-write", "1", "--load-rate", "20", "--load-seconds", "1"),
    )
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
    bot = data["bot"]
    assert {"start_s", "peak_rss_mb"} <= set(bot)
    # Every command, autocomplete and button, through the cogs' callbacks.
    assert {"/spectrum", "/perspective", "/quote author:", "/potd preview"} <= set(bot["commands"])
    assert any(name.startswith("button ") for name in bot["commands"])
    assert any(name.startswith("autocomplete ") for name in bot["commands"])
    for row in bot["commands"].values():
        assert (row["warm"]["n"], row["after_write"]["n"]) == (3, 1)
    assert bot["servers"] >= 3  # the servers with essays of their own, among others
    assert bot["load"]["interactions"] == 20
    assert bot["load"]["errors"] == 0
    assert keep.exists()


def test_bench_skips_what_it_is_told_to(capsys: pytest.CaptureFixture[str]) -> None:
    quick = ("--warm", "1", "--after-write", "1", "--load-seconds", "0")
    data = run_json(
        capsys, "bench", "--essays", "6", "--naive-queries", "1", "--skip", "counter", *quick
    )
    assert data["skipped"] == ["counter"]
    assert "counter" not in data
    assert data["quote"]["naive"]["n"] == 1
    assert {"start_s", "peak_rss_mb"} <= set(data["bot"])
    assert (
        main(["bench", "--essays", "6", "--naive-queries", "1", "--skip", "counter", *quick]) == 0
    )
    assert "counter            skipped" in capsys.readouterr().out
