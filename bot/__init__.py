"""Crosscut: verbatim, cited human perspectives on generative video for film servers."""

from pathlib import Path

__version__ = "0.1.0"

# The repository root, where the bundled corpus lives beside the package.
ROOT = Path(__file__).resolve().parent.parent
BUNDLED_ESSAYS = ROOT / "data" / "essays"
