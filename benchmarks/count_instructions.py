"""Machine instructions per game, counted by valgrind's callgrind: a figure that does not move
with the machine's load, for telling a 2% speed-up from noise.

    .venv/bin/python benchmarks/count_instructions.py --kind balanced --games 20
    .venv/bin/python benchmarks/count_instructions.py --kind random --games 100

It runs the same seeded 4-seat games twice under callgrind, once with no game played (the
interpreter starting and reading the cards), and prints the difference per game. Needs valgrind
(`apt-get install valgrind`), which the project does not install: it is a tool for speed work,
not for playing or testing. Under callgrind a game runs about 50 times slower.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_SEED = 1000  # the games counted: seeds FIRST_SEED onwards, after one game to warm up
WARM_UP_SEED = 99_999


def play(kind: str, games: int) -> None:
    """The games themselves (run inside callgrind, in a child process)."""
    from game.bots import make_bot
    from game.engine import Game, Seat

    for seed in [WARM_UP_SEED, *range(FIRST_SEED, FIRST_SEED + games)]:
        game = Game.new([Seat(f"S{i}", "bot", kind) for i in range(4)], seed=seed)
        bots = [make_bot(kind, seed * 31 + seat) for seat in range(4)]
        while not game.is_over():
            seat = game.current_seat
            assert seat is not None
            game.apply(bots[seat].pick(game, seat))


def instructions(kind: str, games: int) -> int:
    """Instructions callgrind counts for the interpreter playing `games` games."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--play",
        "--kind",
        kind,
        "--games",
        str(games),
    ]
    # A fixed hash seed: string hashing otherwise moves the count by a few hundredths.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : ([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", default="balanced", help="the bot in all four seats")
    parser.add_argument("--games", type=int, default=20)
    parser.add_argument("--play", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play:
        play(args.kind, args.games)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 2
    per_game = (instructions(args.kind, args.games) - instructions(args.kind, 0)) / args.games
    print(f"command: .venv/bin/python benchmarks/count_instructions.py {' '.join(sys.argv[1:])}")
    millions = per_game / 1e6
    print(f"{args.kind} bots, 4 seats, {args.games} games: {millions:.2f} M instructions a game")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
