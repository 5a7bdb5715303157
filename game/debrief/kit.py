"""`python -m game.debrief.kit`: keep the numbers in the teacher's kit true to the game's data.

The kit's Markdown (docs/teachers/<lang>/*.md) quotes numbers with the same markers as rules.md,
`<!--v:ruleset.start_money-->8<!--/v-->`, and this fills them in from the data, so a balance
change never leaves a printed handout wrong. --check (the default) exits 1 and names every
stale number; --write brings the files up to date in place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..engine import default_content
from ..tools.rules_tables import render, stale_parts

KIT = Path(__file__).resolve().parents[2] / "docs" / "teachers"


def kit_files(root: Path = KIT) -> list[Path]:
    return sorted(root.glob("*/*.md"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.debrief.kit", description=__doc__)
    parser.add_argument("--write", action="store_true", help="update the files in place")
    args = parser.parse_args(argv)
    content = default_content()
    stale_files = 0
    for path in kit_files():
        text = path.read_text(encoding="utf-8")
        stale = stale_parts(text, content)
        if not stale:
            continue
        stale_files += 1
        if args.write:
            path.write_text(render(text, content), encoding="utf-8")
            print(f"{path}: updated ({len(stale)} numbers)")
        else:
            for part in stale:
                print(f"{path}: {part}")
    if stale_files and not args.write:
        print("Run: python -m game.debrief.kit --write")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
