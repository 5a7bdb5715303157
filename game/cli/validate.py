"""`python -m game validate PATH`: check a content folder or file; exit 0 if sound, 2 if not."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..engine import validate_path
from ..i18n import _, ngettext
from .common import add_language, apply_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("validate", help="check content files and name every problem")
    parser.add_argument(
        "path", type=Path, help="a content folder (with rulesets/ and content/) or one file"
    )
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    path: Path = args.path
    if not path.exists():
        print(_("{path}: no such file or folder").format(path=path))
        return 2
    problems = validate_path(path)
    if problems:
        for problem in problems:
            print(problem)
        print(
            ngettext("{n} problem found.", "{n} problems found.", len(problems)).format(
                n=len(problems)
            )
        )
        return 2
    print(_("{path}: all content is valid.").format(path=path))
    return 0
