"""README's Quick start is what CI runs: keep the two in sync."""

from __future__ import annotations

import re

from bot import ROOT


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.DOTALL)
    return [block.strip() for block in blocks[:2]]


def test_ci_runs_exactly_the_readme_quick_start() -> None:
    install_and_run, run_tests = quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m bot" in install_and_run
    assert "pytest" in run_tests
    assert install_and_run in ci
    assert run_tests in ci
