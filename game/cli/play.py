"""`python -m game play`: a new game, on the table (default) or in the terminal (--text)."""

from __future__ import annotations

import argparse

from .common import add_game_options, apply_language, setup_from_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("play", help="play a new game")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    add_game_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    setup = setup_from_args(args)
    if args.text:
        from ..text.play import play_text

        return play_text(setup)
    from ..text.play import play_text

    # The table arrives with the pygame front end; until then the terminal plays.
    return play_text(setup)
