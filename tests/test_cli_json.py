"""README's JSON contract lists every key each CLI command returns.

Runs every command with --json (in the variants that return different shapes) and compares
the keys it printed with the table under "JSON output" in README.md. A key the code returns
and README does not list fails here, with the row to add.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from bot import BUNDLED_ESSAYS, ROOT
from bot.cli import main
from bot.config import Config
from bot.store import Store

pytestmark = pytest.mark.usefixtures("offline_env")

ROW = re.compile(r"^\| `([a-z ]+)` \| (.+?) \| (.+) \|$")
KEY = re.compile(r"`([a-z_]+)(\?)?`")
OBJECT = re.compile(r"`([a-z_\[\].]+)`")


def readme_contract() -> dict[str, dict[str, bool]]:
    """command -> {key path: required}, from README's "JSON output" table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("#### JSON output", 1)[1].split("\n#", 1)[0]
    contract: dict[str, dict[str, bool]] = defaultdict(dict)
    for line in section.splitlines():
        row = ROW.match(line.strip())
        if not row or row[1] == "Command":
            continue
        command, objects, keys = row.groups()
        prefixes = [""] if objects.strip() == "top" else OBJECT.findall(objects)
        for prefix in prefixes:
            for key, optional in KEY.findall(keys):
                path = f"{prefix}.{key}" if prefix else key
                contract[command][path] = not optional
    return contract


def key_paths(value: object, prefix: str = "") -> set[str]:
    """Every key in a JSON value: "results", "results[].score", "passage.title", ..."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found.add(path)
            found |= key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= key_paths(item, f"{prefix}[]")
    return found


# An opinion the topic reader refuses (film chat, tuning set claims-14c).
ANALOGY = (
    "the Jurassic Park CGI still holds up better than half of today's blockbusters, and that's "
    "because they mixed it with animatronics"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main([*argv, "--json"])
    assert code in (0, 1, 2) if argv[:2] == ("essay", "add") else code in (0, 1), argv
    return json.loads(capsys.readouterr().out)


async def pair_format(guild_id: int) -> None:
    """What /potd settings format:pair stores (the CLI has no settings command)."""
    store = await Store.open(Config.from_env().database_path)
    try:
        await store.settings.update(guild_id, potd_format="pair")
    finally:
        await store.close()


def answers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> dict[str, list[dict]]:
    """Each command's --json answers, in the variants that differ in shape."""
    files = tmp_path / "in"
    files.mkdir()
    shutil.copy(BUNDLED_ESSAYS / "westenberg-democratisation.md", files)
    (files / "empty.txt").write_text("   \n")
    added = run(capsys, "essay", "add", str(files), "--guild", "4")
    again = run(capsys, "essay", "add", str(files), "--guild", "4")  # unchanged
    with (files / "westenberg-democratisation.md").open("a", encoding="utf-8") as essay:
        essay.write("\nOne more paragraph, added after the first import of this essay.\n")
    edited = run(capsys, "essay", "add", str(files), "--guild", "4")  # updated
    essay_id = str(added["added"][0]["id"])
    asyncio.run(pair_format(4))
    return {
        "quote": [run(capsys, "quote", "golden retreivers in snow")],
        "counter": [
            run(capsys, "counter", "Sora will let anyone become a great director"),
            run(capsys, "counter", "what do you all think about sora"),
            run(capsys, "counter", "--anyway", ANALOGY),  # refused without --anyway
        ],
        "perspective": [run(capsys, "perspective", "kroll")],
        "spectrum": [run(capsys, "spectrum", "creativity")],
        "verify": [
            run(capsys, "verify", "people show up to see meryl streep or denzel washington"),
            run(capsys, "verify", "people show up to watch meryl streep or denzel washington"),
            run(capsys, "verify", "the bus was late again this morning"),
        ],
        "potd": [run(capsys, "potd", "--days", "3"), run(capsys, "potd", "--guild", "4")],
        "essay list": [run(capsys, "essay", "list")],
        "essay show": [run(capsys, "essay", "show", "5")],
        "essay add": [added, again, edited],
        "essay export": [
            run(capsys, "essay", "export", "1"),
            run(capsys, "essay", "export", "--all", "--guild", "4", "--out", str(tmp_path / "o")),
        ],
        "essay remove": [run(capsys, "essay", "remove", essay_id, "--guild", "4")],
    }


def test_readme_lists_every_key_each_command_returns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    contract = readme_contract()
    assert {"quote", "counter", "verify", "essay add"} <= set(contract)  # the table was read
    problems = []
    for command, outputs in answers(capsys, tmp_path).items():
        documented = contract.get(command, {})
        seen = set().union(*(key_paths(out) for out in outputs))
        for path in sorted(seen - set(documented)):
            parent, _, key = path.rpartition(".")
            where = f"`{parent}`" if parent else "top"
            problems.append(
                f"`python -m bot {command} --json` returns {path!r}, which README.md does not "
                f"list: add `{key}` to the row | `{command}` | {where} | ... | of the table "
                f"under 'JSON output' (mark it `{key}?` if only some answers have it)"
            )
        for path, required in sorted(documented.items()):
            if required and path not in seen:
                problems.append(
                    f"README.md lists {path!r} for `{command}`, but no answer had it: remove "
                    "it, or mark it optional with `?`"
                )
    assert not problems, "\n".join(problems)


def test_the_contract_checker_names_what_to_add() -> None:
    """The parsing itself: a row's keys become paths under its object."""
    assert key_paths({"a": [{"b": 1}], "c": {"d": None}}) == {"a", "a[].b", "c", "c.d"}
    contract = readme_contract()
    assert contract["quote"]["results[].score"] is True
    assert contract["verify"]["passage"] is False  # "passage?": only when found
