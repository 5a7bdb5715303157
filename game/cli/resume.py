"""`python -m game resume [--text]`: continue the newest unfinished game where it stopped.

A damaged newest save is skipped (with one sentence on stderr saying why) and the newest good
one is used; nothing on disk is changed by looking. Without --text the table opens, when it is
available; otherwise the terminal plays, after a one-line note.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..i18n import _
from ..saves import Autosaver, Resumed, SaveStore
from .common import add_language, apply_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("resume", help="continue the latest unfinished game")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    store = Autosaver()             # a SaveStore the table can also save through
    resumed = store.resume()        # NothingToResume (an EngineError) is reported by main
    return continue_game(resumed, store, text=args.text)


def continue_game(resumed: Resumed, store: SaveStore, *, text: bool) -> int:
    """Play a loaded game on: on the table if asked for and present, else in the terminal."""
    for reason in resumed.skipped:
        print(_("Skipped a save that cannot be used: {reason}").format(reason=reason),
              file=sys.stderr)
    if not text:
        table = _table_entry()
        if table is not None:
            code = on_table(lambda: table(resumed.game, store, table=resumed.table))
            if code is not None:
                return code
        print(_("The table is not available here, so the game goes on in the terminal."),
              file=sys.stderr)
    from ..text.play import play_game

    return play_game(resumed.game, saves=store)


def _table_entry() -> Callable[..., int] | None:
    """The table's `resume_table(game, store, table=...)`; None where pygame or the table is
    missing."""
    try:
        from ..ui.launch import resume_table
    except ImportError:  # the terminal still plays
        return None
    return resume_table


def on_table(show: Callable[[], int]) -> int | None:
    """Run a screen of the table; None where no window can open here (the caller falls back)."""
    from ..ui.launch import DisplayUnavailable

    try:
        return int(show() or 0)
    except DisplayUnavailable:
        return None
