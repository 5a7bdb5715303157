"""`python -m game play`: a new game on the table (pygame window), or in the terminal (--text).

Without any game option, the window opens on the setup screen (this is also what `python -m game`
does); with options (--seats, --seed, --ruleset, ...) it opens straight on the table. Where no
window can be opened it says so in one line and points to the terminal mode.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import N_, _
from .common import add_game_options, apply_language, setup_from_args

GAME_OPTIONS = (
    "seats",
    "ruleset",
    "seed",
    "length",
    "win",
    "transparent",
    "appeals",
    "data_protection",
    "public_shaming",
)
NO_DISPLAY = N_("No display available: play in the terminal with `python -m game play --text`")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("play", help="play a new game (the table, or --text for the terminal)")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    parser.add_argument("--size", default="1280x720", help="window size, WxH (default 1280x720)")
    parser.add_argument("--fullscreen", action="store_true", help="open full screen (F11 switches)")
    parser.add_argument(
        "--text-size",
        choices=("small", "normal", "large", "huge"),
        default="normal",
        help="letter size, e.g. large for a projector",
    )
    parser.add_argument(
        "--no-autosave", action="store_true", help="do not save the game after each action"
    )
    # For benchmarks and smoke tests: leave after this many frames (0: play until closed).
    parser.add_argument("--frames", type=int, default=0, help=argparse.SUPPRESS)
    # With --frames: save the last frame as a PNG (how docs/images/setup.png is made).
    parser.add_argument("--screenshot", type=Path, default=None, help=argparse.SUPPRESS)
    add_game_options(parser)
    # None means "not given", so a bare `play` opens the setup screen.
    parser.set_defaults(run=run, seats=None, ruleset=None)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(
            "model-citizen: "
            + _("--size should look like 1280x720, not '{size}'").format(size=text)
        ) from None
    if not (320 <= width <= 10000 and 240 <= height <= 10000):
        raise SystemExit("model-citizen: " + _("--size {size} is out of range").format(size=text))
    return width, height


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    direct = any(getattr(args, name, None) is not None for name in GAME_OPTIONS)
    args.seats = args.seats or "human,bot,bot,bot"
    setup = setup_from_args(args)
    if args.text:
        from ..text.play import play_text

        return play_text(setup, autosave=not args.no_autosave)
    size = parse_size(args.size)
    try:
        from ..ui.launch import DisplayUnavailable, launch
    except ImportError as exc:  # pygame missing or broken: the terminal still works
        print(
            _("The table cannot start ({problem}). Play in the terminal with "
              "`python -m game play --text`").format(problem=exc),
            file=sys.stderr,
        )
        return 3
    try:
        return launch(
            setup if direct else None,
            size=size,
            fullscreen=args.fullscreen,
            text_size=args.text_size,
            autosave=not args.no_autosave,
            frames=args.frames,
            screenshot=args.screenshot,
        )
    except DisplayUnavailable:
        print(_(NO_DISPLAY), file=sys.stderr)
        return 3
