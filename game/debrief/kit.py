"""`python -m game.debrief.kit`: keep the numbers in the teacher's kit true to the game's data.

The kit's Markdown (docs/teachers/<lang>/*.md) quotes numbers with the same markers as rules.md,
`<!--v:ruleset.start_money-->8<!--/v-->`, and this fills them in from the data, in each folder's
language (numbers and card names as the game shows them in French or Dutch), so a balance
change never leaves a printed handout wrong. --check (the default) exits 1 and names every
stale number, and every translated page whose markers or sections no longer follow its English
page; --write brings the numbers up to date in place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..engine import default_content
from ..tools.rules_lang import DocError, language_of
from ..tools.rules_tables import out_of_step, render, stale_parts

KIT = Path(__file__).resolve().parents[2] / "docs" / "teachers"
REGENERATE = "python -m game.debrief.kit --write"


def kit_files(root: Path = KIT) -> list[Path]:
    return sorted(root.glob("*/*.md"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.debrief.kit", description=__doc__)
    parser.add_argument("--write", action="store_true", help="update the files in place")
    args = parser.parse_args(argv)
    content = default_content()
    stale_files = 0
    out_of_step_files = 0
    for path in kit_files():
        text = path.read_text(encoding="utf-8")
        lang = language_of(path)
        try:
            stale = stale_parts(text, content, lang)
            if stale and args.write:
                path.write_text(render(text, content, lang), encoding="utf-8")
                print(f"{path}: updated ({len(stale)} numbers)")
        except DocError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        if stale and not args.write:
            stale_files += 1
            for part in stale:
                print(f"{path}: {part}")
        problems = out_of_step(path, text)
        out_of_step_files += bool(problems)
        for problem in problems:
            print(f"{path}: {problem}")
    if stale_files:
        print(f"Run: {REGENERATE}")
    return 1 if stale_files or out_of_step_files else 0


if __name__ == "__main__":
    sys.exit(main())
