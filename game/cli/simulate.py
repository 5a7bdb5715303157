"""`python -m game simulate`: many seeded bot-only games, a table of who won and how.

    python -m game simulate --games 2000 --seats conformist,dissident,loyal,balanced \
        --ruleset sesame --seed 1 --jobs 0 --json

Game i uses seed S+i; each bot is seeded from its game's seed and its seat, so the same command
prints the same figures on any machine and with any number of jobs (timings aside).
"""

from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..engine import EngineError
from ..i18n import _
from ..sim.pool import simulate
from ..sim.report import print_summary
from ..sim.runner import SimSpec
from .common import add_game_options, apply_language, setup_from_args

DEFAULT_SEATS = "conformist,dissident,loyal,balanced"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("simulate", help="play many bot-only games and report who wins")
    parser.add_argument("--games", type=int, default=200, help="number of games (default: 200)")
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes; 0 uses every core (default: 1)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--no-progress", dest="progress", action="store_false", help="no progress bar"
    )
    add_game_options(parser)
    parser.set_defaults(run=run, seats=DEFAULT_SEATS)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    if args.games < 1:
        raise EngineError(_("--games should be at least 1"))
    if args.jobs < 0:
        raise EngineError(_("--jobs should be 0 (every core) or more"))
    setup = setup_from_args(args)
    humans = [seat.name for seat in setup.seats if seat.kind != "bot"]
    if humans:
        raise EngineError(_("the simulator seats bots only; replace 'human' in --seats"))
    spec = SimSpec(
        kinds=tuple(seat.bot if seat.bot != "bot" else "bot" for seat in setup.seats),
        ruleset=setup.ruleset,
        options=setup.options.to_dict(),
        seed=setup.seed,
        packs=setup.packs,
    )
    # The bar goes to stderr, so stdout holds only the table or the JSON.
    errors = Console(stderr=True)
    show = args.progress and errors.is_terminal
    with Progress(
        TextColumn(_("simulating")),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=errors,
        disable=not show,
        transient=True,
    ) as bar:
        task = bar.add_task("games", total=args.games)
        summary = simulate(spec, args.games, args.jobs, progress=lambda n: bar.advance(task, n))
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, sort_keys=True))
    else:
        width = None if sys.stdout.isatty() else 110
        print_summary(summary, Console(file=sys.stdout, highlight=False, width=width))
    return 0
