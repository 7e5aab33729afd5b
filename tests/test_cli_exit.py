"""The offline CLI as a terminal program: exit codes (0 answered, 1 nothing found, 2 usage
error) for every subcommand, quiet unless asked, terminal wording, one database per user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import ROOT
from bot.cli import ANSWERED, NOTHING_FOUND, USAGE, build_parser, main
from bot.config import default_database_path

pytestmark = pytest.mark.usefixtures("offline_env")

CASES = [
    (["quote", "golden retreivers in snow"], ANSWERED),
    (["quote", "pizza recipe with pineapple and ham"], NOTHING_FOUND),
    (["quote", "golden retrievers", "--limit", "0"], USAGE),
    (["quote"], USAGE),
    (["verify", "people show up to see meryl streep"], ANSWERED),
    (["verify", "the bus was late again this morning"], NOTHING_FOUND),
    (["counter", "Sora will let anyone become a great director"], ANSWERED),
    (["counter"], USAGE),
    (["counter", ""], USAGE),
    (["quote", "  "], USAGE),
    (["counter", "I had pizza for lunch"], NOTHING_FOUND),  # off topic: nothing to answer
    (["perspective", "westenburg"], ANSWERED),
    (["perspective", "zzzzqqq"], NOTHING_FOUND),
    (["perspective", "spielberg"], NOTHING_FOUND),  # no look-alike author instead
    (["quote", "human", "--author", "nolan"], NOTHING_FOUND),
    (["spectrum", "anyone can make a movie"], ANSWERED),
    (["spectrum", "qqqqxxxx"], NOTHING_FOUND),
    (["potd", "--days", "3"], ANSWERED),
    (["potd", "--days", "0"], USAGE),
    (["essay", "list"], ANSWERED),
    (["essay", "list", "--guild", "not-a-number"], USAGE),
    (["essay", "list", "--guild", "-5"], USAGE),
    (["essay", "show", "2"], ANSWERED),
    (["essay", "show", "999"], NOTHING_FOUND),
    (["essay", "export", "1"], ANSWERED),
    (["essay", "export", "999"], NOTHING_FOUND),
    (["essay", "export"], USAGE),
    (["essay", "remove", "999"], NOTHING_FOUND),
    (["essay", "remove", "1"], USAGE),  # a bundled essay: not allowed here
    (["essay", "add", "no-such-file.md"], USAGE),
    (["essay"], USAGE),
    (["no-such-command"], USAGE),
    (["--help"], ANSWERED),
]


def subcommands() -> set[str]:
    """Every leaf subcommand the parser has ("quote", "essay add", ...)."""
    found: set[str] = set()

    def walk(parser, prefix: str) -> None:
        actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
        if not actions:
            found.add(prefix.strip())
        for action in actions:
            for name, child in action.choices.items():
                walk(child, f"{prefix} {name}")

    walk(build_parser(), "")
    return found - {""}


def test_every_subcommand_has_its_exit_codes_tested() -> None:
    tested = {" ".join(argv[:2]) if argv[0] == "essay" else argv[0] for argv, _ in CASES if argv}
    untested = subcommands() - tested - {"bench"}  # bench: minutes of CPU (test_cli_search)
    assert not untested, f"add exit-code cases for: {sorted(untested)}"


@pytest.mark.parametrize(
    ("argv", "code"), CASES, ids=lambda x: " ".join(x) if isinstance(x, list) else str(x)
)
def test_exit_codes(capsys: pytest.CaptureFixture[str], argv: list[str], code: int) -> None:
    assert main(argv) == code
    capsys.readouterr()
    if code != USAGE or argv[0] in {"--help", "no-such-command", "essay"} or len(argv) < 2:
        return
    if argv[0] in {"quote", "counter", "verify", "perspective", "spectrum"} and len(argv) == 1:
        return
    # --json answers even when nothing is found or the input is refused: always JSON.
    assert main([*argv, "--json"]) == code
    out = capsys.readouterr().out
    if out.strip():
        json.loads(out)


def test_nothing_found_still_prints_its_empty_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "the bus was late again this morning", "--json"]) == NOTHING_FOUND
    assert json.loads(capsys.readouterr().out)["found"] is False
    assert main(["spectrum", "pizza", "--json"]) == NOTHING_FOUND
    assert json.loads(capsys.readouterr().out) == {"topic": "pizza", "positions": []}


@pytest.mark.parametrize(
    "argv",
    [
        ["counter", ""],
        ["quote", "x", "--limit", "0"],
        ["essay", "list", "--guild", "-5"],
        ["no-such-command"],
    ],
)
def test_usage_errors_with_json_are_json(capsys: pytest.CaptureFixture[str], argv) -> None:
    assert main([*argv, "--json"]) == USAGE
    shown = capsys.readouterr()
    assert json.loads(shown.out)["error"]
    assert shown.err == ""


def test_terminal_wording_in_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["perspective", "zzzzqqq"]) == NOTHING_FOUND
    said = capsys.readouterr().err
    assert "No author matching" in said
    assert "/perspective" not in said  # a slash command means nothing here
    assert main(["essay", "remove", "1"]) == USAGE  # bundled: its file is the way
    said = capsys.readouterr().err
    assert "data/essays" in said.replace("\\", "/")
    assert "/essay hide" not in said


def test_help_says_where_the_database_is_and_what_exit_codes_mean(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == ANSWERED
    text = " ".join(capsys.readouterr().out.split())
    assert "DATABASE_PATH" in text
    assert str(default_database_path()) in text.replace(" ", "") or "crosscut" in text
    assert "1 nothing found" in text
    for name in ("quote", "counter", "perspective", "spectrum", "verify"):
        assert main([name, "--help"]) == ANSWERED
        usage = capsys.readouterr().out
        positional = usage.split("positional arguments:")[1].split("options:")[0]
        assert len(positional.split()) > 2, f"{name}: its argument has no help"


def run(tmp_path: Path, *argv: str, database: str | None = "cli.db") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_PATH", "DISCORD_TOKEN"}}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["PYTHONPATH"] = str(ROOT)
    if database:
        env["DATABASE_PATH"] = str(tmp_path / database)
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_quiet_by_default_and_verbose_on_request(tmp_path: Path) -> None:
    quiet = run(tmp_path, "quote", "golden retreivers in snow")
    assert quiet.returncode == ANSWERED
    assert "golden retrievers" in quiet.stdout
    assert quiet.stderr == ""  # no INFO lines about migrations before the answer
    # A new database: its migrations are what -v reports.
    loud = run(tmp_path, "-v", "quote", "golden retreivers in snow", database="new.db")
    assert loud.returncode == ANSWERED
    assert " INFO " in loud.stderr
    also = run(tmp_path, "quote", "golden retreivers in snow", "-v", database="other.db")
    assert " INFO " in also.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is Linux's")
def test_without_database_path_one_database_per_user(tmp_path: Path) -> None:
    work = tmp_path / "somewhere"
    work.mkdir()
    done = run(tmp_path, "quote", "golden retreivers in snow", database=None)
    assert done.returncode == ANSWERED, done.stderr
    assert (tmp_path / "data" / "crosscut" / "crosscut.db").is_file()
    assert not list(tmp_path.glob("*.db")), "a database in the working directory"


def test_the_offline_commands_do_not_import_what_only_some_need() -> None:
    # Start-up cost for every command (even --help): the HTTP client is for fetching URLs,
    # the benchmark for `bench`; each is imported by the command that uses it.
    code = (
        "import sys, bot.cli\n"
        "print(sorted(m for m in ('aiohttp', 'bot.bench', 'discord') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_bench_refuses_an_unknown_feature(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--essays", "1", "--skip", "nonsense"]) == USAGE
    assert "--skip takes one of quote" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv", [("essay", "export", "2"), ("quote", "human"), ("quote", "human", "--json")]
)
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path, argv: tuple[str]) -> None:
    # `python -m bot essay export 2 | head -3`, with the reader already gone: every write fails.
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_PATH", "DISCORD_TOKEN"}}
    env["DATABASE_PATH"] = str(tmp_path / "cli.db")
    env["PYTHONPATH"] = str(ROOT)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot", *argv],
            cwd=tmp_path,
            env=env,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == NOTHING_FOUND


@pytest.mark.parametrize("command", ["quote", "verify", "perspective", "spectrum"])
def test_nothing_found_shows_the_words_as_typed(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    typed = 'it\'s the "zzqx flibbertigibbet" line'
    assert main([command, typed]) == NOTHING_FOUND
    shown = capsys.readouterr()
    assert typed in shown.out + shown.err
