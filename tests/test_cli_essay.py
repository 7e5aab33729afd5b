"""``python -m bot essay ...``: bulk import, listing, removal and lossless export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot import BUNDLED_ESSAYS
from bot.cli import main


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "crosscut.db"))

    def run(*argv: str) -> tuple[int, dict]:
        code = main([*argv, "--json"])
        out = capsys.readouterr().out
        return code, json.loads(out)

    return run


def test_bulk_import_is_idempotent(cli) -> None:
    code, first = cli("essay", "add", str(BUNDLED_ESSAYS), "--guild", "1")
    assert code == 0
    assert len(first["added"]) == 5
    code, second = cli("essay", "add", str(BUNDLED_ESSAYS), "--guild", "1")
    assert (len(second["added"]), len(second["unchanged"])) == (0, 5)
    _, listing = cli("essay", "list", "--guild", "1")
    own = [e for e in listing["essays"] if e["guild_id"] == 1]
    assert sorted(e["id"] for e in own) == sorted(e["id"] for e in first["added"])
    # Server 2 sees only the bundled five.
    _, other = cli("essay", "list", "--guild", "2")
    assert {e["guild_id"] for e in other["essays"]} == {0}


def test_query_commands_see_what_the_server_sees(cli, tmp_path: Path) -> None:
    essay = tmp_path / "celluloid.txt"
    essay.write_text("Every reel of celluloid was a budget and a prayer, spent on the light.\n")
    code, added = cli(
        "essay", "add", str(essay), "--guild", "7",
        "--title", "Reels", "--author", "Iris Reel", "--stance", "skeptical",
    )  # fmt: skip
    assert code == 0
    assert added["added"][0]["title"] == "Reels"
    _, here = cli("quote", "a budget and a prayer", "--guild", "7")
    assert here["results"][0]["author"] == "Iris Reel"
    _, elsewhere = cli("quote", "a budget and a prayer", "--guild", "8")
    assert all(r["author"] != "Iris Reel" for r in elsewhere["results"])


def test_export_and_reimport_losslessly(cli, tmp_path: Path) -> None:
    cli("essay", "add", str(BUNDLED_ESSAYS), "--guild", "1")
    out = tmp_path / "export"
    code, exported = cli("essay", "export", "--all", "--guild", "1", "--out", str(out))
    assert code == 0
    assert len(exported["exported"]) == 5
    for path in out.iterdir():
        source = BUNDLED_ESSAYS / path.name
        assert path.read_text(encoding="utf-8") == _normalised_export(source, cli)
    # Into another server: same essays, new ids; then again: nothing changes.
    _, into_three = cli("essay", "add", str(out), "--guild", "3")
    assert len(into_three["added"]) == 5
    again = tmp_path / "again"
    cli("essay", "export", "--all", "--guild", "3", "--out", str(again))
    for path in out.iterdir():
        assert (again / path.name).read_text(encoding="utf-8") == path.read_text("utf-8")
    _, into_one = cli("essay", "add", str(out), "--guild", "1")
    assert len(into_one["unchanged"]) == 5


def _normalised_export(source: Path, cli) -> str:
    """What exporting the bundled file's own essay gives (the canonical form)."""
    _, data = cli("essay", "list")
    essay_id = next(e["id"] for e in data["essays"] if e["slug"] == source.stem)
    _, exported = cli("essay", "export", str(essay_id))
    return exported["exported"][0]["markdown"]


def test_remove_and_errors(cli, tmp_path: Path) -> None:
    files = tmp_path / "in"
    files.mkdir()
    shutil.copy(BUNDLED_ESSAYS / "westenberg-democratisation.md", files)
    (files / "empty.txt").write_text("   \n")
    (files / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, result = cli("essay", "add", str(files), "--guild", "4")
    assert code == 0
    assert len(result["added"]) == 1
    assert sorted(e["error"].split(" ")[0] for e in result["errors"]) == [
        "empty.txt",
        "image.html",
    ]
    essay_id = result["added"][0]["id"]
    code, refused = cli("essay", "remove", str(essay_id), "--guild", "5")
    assert code == 1
    assert "no essay" in refused["error"]
    code, removed = cli("essay", "remove", str(essay_id), "--guild", "4")
    assert (code, removed["removed"]) == (0, essay_id)
    code, bundled = cli("essay", "remove", "1")
    assert code == 2  # not allowed: a usage error, not "nothing found"
    assert "bundled" in bundled["error"]
    code, missing = cli("essay", "add", str(tmp_path / "nope.md"))
    assert code == 1
    assert "no such file" in missing["error"]
