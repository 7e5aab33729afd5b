"""How often two people agree on a counter's first answer: the human ceiling for top-1.

    python scripts/agreement.py

A second annotator, who read no code and never saw the first annotator's accept lists, chose
one opposite-side passage for each counter of heldout6 (tests/eval/agreement/). This prints
how often that pick is among the passages the first annotator accepted
(tests/eval/tuning/claims-6g.yaml and claims-6h.yaml), over the counters that have any.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval"
FIRST = [EVAL / "tuning" / "claims-6g.yaml", EVAL / "tuning" / "claims-6h.yaml"]
SECOND = EVAL / "agreement" / "heldout6-second-annotator.yaml"


def paragraphs() -> dict[str, list[str]]:
    """Each bundled author's labelled paragraphs, in order."""
    out: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "essays").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        author = re.search(r"^author:\s*(.+)$", text, re.M).group(1).strip().strip('"')
        blocks = re.split(r"\n\s*\n", text)
        out[author] = [b for b in blocks if b.lstrip().startswith("<!-- stance:")]
    return out


def main() -> int:
    paras = paragraphs()

    def passage(ref: dict) -> tuple[str, int]:
        hits = [i for i, p in enumerate(paras[ref["author"]]) if ref["contains"] in p]
        if len(hits) != 1:
            raise SystemExit(f"{ref} matches {len(hits)} paragraphs")
        return ref["author"], hits[0]

    accepted = {}
    for path in FIRST:
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["counters"]:
            accepted[claim["text"]] = {passage(a) for a in claim.get("accept") or []}
    picks = yaml.safe_load(SECOND.read_text(encoding="utf-8"))["claims"]
    scored = [(accepted[c["text"]], [passage(b) for b in c.get("best") or []]) for c in picks]
    with_answer = [(a, b) for a, b in scored if a]
    agree = sum(1 for a, b in with_answer if b and b[0] in a)
    print(  # noqa: T201
        f"second annotator's pick among the first's accepted passages: {agree} of "
        f"{len(with_answer)} ({agree / len(with_answer):.1%}); counters with none accepted: "
        f"{len(scored) - len(with_answer)}, of which the second picked one for "
        f"{sum(1 for a, b in scored if not a and b)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
