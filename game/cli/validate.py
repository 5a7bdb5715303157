"""`python -m game validate PATH`: check a content folder or file; exit 0 if sound, 2 if not."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..engine import validate_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("validate", help="check content files and name every problem")
    parser.add_argument(
        "path", type=Path, help="a content folder (with rulesets/ and content/) or one file"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        print(f"{path}: no such file or folder")
        return 2
    problems = validate_path(path)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 2
    print(f"{path}: all content is valid.")
    return 0
