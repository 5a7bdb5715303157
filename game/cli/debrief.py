"""`python -m game debrief FILE --out DIR`: the printable debrief of a finished game.

FILE is a save of a finished game, a replay file, or JSON with a setup and its actions. Writes
DIR/report.html (self-contained: charts inline, no network needed) and the chart PNGs.
Exit 0 when written, 2 when the file cannot be used or the game is not over.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import _
from .common import add_language, apply_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "debrief", help="write the printable debrief (report.html and charts) of a finished game"
    )
    parser.add_argument(
        "file", type=Path, help="a save of a finished game, or a replay (setup + actions)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("debrief"), help="folder to write into (default: debrief)"
    )
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    # Charts need fonts only, never a window.
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from ..debrief import DebriefError
    from ..debrief.files import DebriefInputError, read_game
    from ..debrief.report import write_report

    try:
        game = read_game(args.file)
    except DebriefInputError as exc:
        print(f"model-citizen debrief: {exc}", file=sys.stderr)
        return 2
    if not game.is_over():
        print(
            "model-citizen debrief: "
            + _(
                "{file}: this game is not over yet (round {round} of {rounds}); the debrief "
                "opens after the last round."
            ).format(file=args.file, round=game.state.round, rounds=game.state.rounds),
            file=sys.stderr,
        )
        return 2
    try:
        report = write_report(game, args.out)
    except DebriefError as exc:
        print(f"model-citizen debrief: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            "model-citizen debrief: "
            + _("{folder}: the report cannot be written ({problem}).").format(
                folder=args.out, problem=exc.strerror or type(exc).__name__
            ),
            file=sys.stderr,
        )
        return 2
    print(_("Debrief written: {path}").format(path=report))
    return 0
