"""`python -m game resume [--text]`: continue the newest unfinished game where it stopped.

A damaged newest save is skipped (with one sentence on stderr saying why) and the newest good
one is used; nothing on disk is changed by looking. Without --text the table opens, when it is
available; otherwise the terminal plays, after a one-line note.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import Any

from ..engine import Game
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
            try:
                return int(table(resumed.game, store) or 0)
            except Exception as exc:
                # game.ui.app.DisplayUnavailable: no window can open (no display): fall back.
                if type(exc).__name__ != "DisplayUnavailable":
                    raise
        print(_("The table is not available here, so the game goes on in the terminal."),
              file=sys.stderr)
    from ..text.play import play_game

    return play_game(resumed.game, saves=store)


def _table_entry() -> Callable[[Game, SaveStore], int] | None:
    """How to open the pygame table on a loaded game: `resume_table(game, store)` from
    game.ui.launch if the table offers one, else its App opened on the "table" scene; None when
    pygame or the table is missing (the terminal plays then)."""
    hook: Callable[[Game, SaveStore], int] | None = table_hook("resume_table")
    if hook is not None:
        return hook
    try:
        from ..ui.app import App
    except Exception:  # absent, or pygame cannot start here: the terminal still plays
        return None

    def open_table(game: Game, store: SaveStore) -> int:
        import pygame

        # The table saves clones of the game from a thread: an Autosaver finds their folder.
        app = App(autosaver=store if isinstance(store, Autosaver) else None)
        try:
            app.goto("table", game=game)
            return int(app.run() or 0)
        finally:
            app.close()
            pygame.quit()

    return open_table


def table_hook(name: str) -> Any:
    """A function the table offers in game.ui.launch (or game.ui.app), if any."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout for the game
    for module_name in ("game.ui.launch", "game.ui.app"):
        try:
            module = importlib.import_module(module_name)
        except Exception:  # absent, or pygame cannot start here: the terminal still plays
            continue
        hook = getattr(module, name, None)
        if callable(hook):
            return hook
    return None
