"""`python -m game demo`: bots play every seat on the real table.

With --screenshot PATH it plays one game (headless where SDL_VIDEODRIVER=dummy) and saves the
table mid-game to PATH, the life review to PATH with "-end" before the suffix, and the debrief's
twelve points with "-debrief". Without it, in a window, it is an attract mode that loops games
until the window is closed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import N_, _
from .common import add_language, apply_language
from .play import parse_size

NO_DEMO_DISPLAY = N_(
    "No display available: save pictures instead with "
    "`SDL_VIDEODRIVER=dummy python -m game demo --screenshot out/table.png`"
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo", help="bots play every seat on the table (screenshots, attract mode)"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="random seed of the (first) game (default 1)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        help="save PNGs of the table mid-game (PATH), the end (PATH-end) and the debrief "
        "(PATH-debrief), and exit",
    )
    parser.add_argument("--size", default="1280x720", help="window size, WxH (default 1280x720)")
    parser.add_argument(
        "--players", type=int, default=4, help="number of bot seats, 1-6 (default 4)"
    )
    parser.add_argument("--ruleset", default="sesame", help="ruleset id (default sesame)")
    parser.add_argument(
        "--text-size", choices=("small", "normal", "large", "huge"), default="normal"
    )
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    size = parse_size(args.size)
    if not 1 <= args.players <= 6:
        print("model-citizen: " + _("--players should be from 1 to 6"), file=sys.stderr)
        return 2
    if not 0 <= args.seed < 2**63:
        print(
            "model-citizen: " + _("the seed should be a whole number from 0 to 2**63 - 1"),
            file=sys.stderr,
        )
        return 2
    from ..engine import EngineError, default_content

    if args.ruleset not in default_content().rulesets:
        raise EngineError(
            _("unknown ruleset '{ruleset}' (known: {known})").format(
                ruleset=args.ruleset, known=", ".join(sorted(default_content().rulesets))
            )
        )
    from ..ui.app import App, DisplayUnavailable
    from ..ui.demo import attract, demo_choices, play_and_capture

    headless = os.environ.get("SDL_VIDEODRIVER", "") in ("dummy", "offscreen")
    try:
        app = App(size, text_size=args.text_size, threaded_bots=not (args.screenshot or headless))
    except DisplayUnavailable:
        print(_(NO_DEMO_DISPLAY), file=sys.stderr)
        return 3
    try:
        if args.screenshot is not None or headless:
            shots = play_and_capture(
                app, demo_choices(args.seed, args.players, args.ruleset), args.screenshot
            )
            if shots.middle is not None:
                print(
                    _("Saved {middle} (mid-game), {end} (life review) and {debrief} "
                      "(debrief).").format(
                        middle=shots.middle, end=shots.end, debrief=shots.debrief
                    )
                )
            print(shots.summary)
            return 0
        return attract(app, args.seed, args.players, args.ruleset)
    finally:
        app.close()
        import pygame

        pygame.quit()
