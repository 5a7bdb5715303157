"""`python -m game load FILE [--text]`: play on from a given save file.

The file is only read. A file from elsewhere (an e-mail, a USB stick) is copied into a new
game folder in the player's saves, so the game's next saves never touch the original.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..saves import Autosaver
from .common import add_language, apply_language
from .resume import continue_game


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("load", help="continue a game from a save file")
    parser.add_argument("file", type=Path, help="a save file (.json)")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    store = Autosaver()               # a SaveStore the table can also save through
    resumed = store.open(args.file)   # SaveError (an EngineError) is reported by main
    return continue_game(resumed, store, text=args.text)
