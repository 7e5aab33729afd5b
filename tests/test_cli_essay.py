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
    assert code == 2  # the good one is in; the bad ones fail again until fixed
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
    assert code == 2  # a path that names nothing is a usage error
    assert "no such file" in missing["errors"][0]["error"]


def test_each_path_is_reported_and_the_good_ones_imported(
    cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = shutil.copy(BUNDLED_ESSAYS / "westenberg-democratisation.md", tmp_path)
    code, result = cli("essay", "add", str(good), str(tmp_path / "nope.md"), "--guild", "2")
    assert code == 2
    assert [Path(a["file"]).name for a in result["added"]] == ["westenberg-democratisation.md"]
    assert [e["file"] for e in result["errors"]] == [str(tmp_path / "nope.md")]
    assert main(["essay", "add", str(good), str(tmp_path / "nope.md"), "--guild", "2"]) == 2
    shown = capsys.readouterr()
    assert "1 unchanged" in shown.out
    assert "error:" not in shown.out
    assert "nope.md: no such file" in shown.err


PAGE = (
    "Skip to main content\n"
    "Harbour Notes\n"
    "The Ferry We Did Not Film\n"
    "By Callum Reyes · Harbour Notes · 4 min read\n"
    "21/02/2024\n\n"
    "For our harbour studio, generated storyboards are a game changer: clients say yes faster "
    "and that opportunity means more real shoots for our crew.\n\n"
    "But the generated ferry footage was soulless slop, and if clients accept it the harbour "
    "crews will lose their day rates.\n\n"
    "Share this:\n"
    "3 comments\n"
    "Great read, thanks!\n"
)


def test_a_saved_page_imports_without_flags_and_reports_each_passage(cli, tmp_path: Path) -> None:
    page = tmp_path / "ferry.txt"
    page.write_text(PAGE)
    code, added = cli("essay", "add", str(page), "--guild", "3", "--stance", "mixed")
    assert code == 0
    essay = added["added"][0]
    assert (essay["title"], essay["author"], essay["published"]) == (
        "The Ferry We Did Not Film",
        "Callum Reyes",
        "2024-02-21",
    )
    assert essay["publication"] == "Harbour Notes"
    assert [p["stance"] for p in essay["passages"]] == ["optimistic", "skeptical"]
    assert all(p["stance_source"] == "reader" and p["topics"] for p in essay["passages"])
    assert "Great read, thanks!" in essay["removed"]


def test_a_page_without_a_byline_names_the_flag_it_needs(cli, tmp_path: Path) -> None:
    page = tmp_path / "anon.txt"
    page.write_text(PAGE.replace("By Callum Reyes · Harbour Notes · 4 min read\n", ""))
    code, failed = cli("essay", "add", str(page))
    assert code == 2  # every file reported, each failure naming what to add
    assert "--stance optimistic|skeptical|mixed" in failed["errors"][0]["error"]
    code, failed = cli("essay", "add", str(page), "--stance", "mixed")
    assert code == 2
    assert "couldn't find the author" in failed["errors"][0]["error"]
    assert "--author AUTHOR" in failed["errors"][0]["error"]
    code, added = cli("essay", "add", str(page), "--stance", "mixed", "--author", "C. Reyes")
    assert code == 0
    assert added["added"][0]["author"] == "C. Reyes"


def test_a_folder_import_reports_each_bad_file_and_imports_the_rest(
    cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    good = "---\ntitle: {0}\nauthor: Iris Reel\nstance: skeptical\n---\n\nA {0} paragraph.\n"
    (folder / "a-good.md").write_text(good.format("First"))
    for name, line in [("b-month.md", "published: 2024-13-01"), ("c-int.md", "n: !!int 'abc'"),
                       ("d-deep.md", "x: " + "[" * 5000 + "]" * 2000)]:  # fmt: skip
        (folder / name).write_text(good.format("Bad").replace("stance", f"{line}\nstance"))
    (folder / "e-good.md").write_text(good.format("Second"))

    code, result = cli("essay", "add", str(folder), "--guild", "3")
    assert code == 2
    assert [a["title"] for a in result["added"]] == ["First", "Second"]
    assert [Path(e["file"]).name for e in result["errors"]] == [
        "b-month.md",
        "c-int.md",
        "d-deep.md",
    ]
    assert all(e["error"].startswith(Path(e["file"]).name) for e in result["errors"])

    assert main(["essay", "add", str(folder), "--guild", "4"]) == 2
    shown = capsys.readouterr()
    assert "2 added" in shown.out
    assert "error: b-month.md:" in shown.err
    assert "Traceback" not in shown.out + shown.err


def test_export_never_writes_outside_out(cli, tmp_path: Path) -> None:
    folder, out = tmp_path / "incoming", tmp_path / "deep" / "out"
    folder.mkdir()
    outside = tmp_path / "escaped"
    for n, slug in enumerate(["../../escaped", str(outside), "..", "../deep/../../escaped2"]):
        (folder / f"e{n}.md").write_text(
            f"---\ntitle: Essay {n}\nauthor: A\nstance: mixed\nslug: '{slug}'\n---\n\nText {n}.\n"
        )
    code, added = cli("essay", "add", str(folder), "--guild", "5")
    assert (code, len(added["added"])) == (0, 4)

    code, exported = cli("essay", "export", "--all", "--guild", "5", "--out", str(out))
    assert code == 0
    written = sorted(p for p in tmp_path.rglob("*.md") if not p.is_relative_to(folder))
    assert len(written) == 4
    assert all(p.parent == out for p in written), written
    assert sorted(Path(e["file"]) for e in exported["exported"]) == written


def test_terminal_escapes_never_reach_the_database_or_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "crosscut.db"))
    essay = tmp_path / "ansi.txt"
    essay.write_text(
        "\x1b]0;pwned\x07Every reel was a budget and a prayer.\x1b[0m\n\n"
        + "The lab sent back rushes at dawn, and we watched them in silence. " * 12
    )
    title = "Reels\x1b[31m\u202e"
    argv = ["essay", "add", str(essay), "--title", title, "--author", "Iris", "--stance", "mixed"]
    assert main(argv) == 0
    assert main(["quote", "a budget and a prayer"]) == 0
    assert main(["essay", "list"]) == 0
    out = capsys.readouterr().out
    assert "Every reel was a budget and a prayer." in out
    assert "Reels" in out
    assert not any(c in out for c in "\x1b\x07\u202e")


def test_every_essay_subcommand_has_the_same_scope(cli) -> None:
    # Without --guild: global essays only, as `essay list` and `quote` see them.
    code, added = cli(
        "essay", "add", str(BUNDLED_ESSAYS / "kroll-sora-indie-filmmakers.md"), "--guild", "1"
    )
    assert code == 0
    essay_id = str(added["added"][0]["id"])
    _, listing = cli("essay", "list")
    assert essay_id not in {str(e["id"]) for e in listing["essays"]}
    for action in ("export", "remove"):
        code, refused = cli("essay", action, essay_id)
        assert code == 1
        assert "--guild 1" in refused["error"]
        code, walled = cli("essay", action, essay_id, "--guild", "2")
        assert code == 1
        assert "no essay" in walled["error"]
    code, exported = cli("essay", "export", essay_id, "--guild", "1")
    assert code == 0
    assert exported["exported"][0]["id"] == int(essay_id)
    code, removed = cli("essay", "remove", essay_id, "--guild", "1")
    assert (code, removed["removed"]) == (0, int(essay_id))


def test_essay_show_lists_the_passages_in_scope(cli, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = cli("essay", "show", "2")
    assert code == 0
    assert shown["author"] == "Noam Kroll"
    assert len(shown["passages"]) > 5
    assert any("golden retrievers" in p["text"] for p in shown["passages"])
    assert main(["essay", "show", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#5 \u201cDemocratisation\u201d covers all manner of sins.")
    assert "(Steven Levy, Wired)" in out
