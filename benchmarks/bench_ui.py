"""The table's speed: frame times during bot play, time to the first interactive frame, memory.

    python benchmarks/bench_ui.py              # all figures (about a minute)
    python benchmarks/bench_ui.py --frames 600 # a shorter run

Targets (issue 4), at 1920×1080 with the dummy video driver: median frame ≤ 8 ms and 99th
percentile ≤ 16 ms during bot play with animations; command to first interactive frame < 1.5 s;
peak memory < 250 MB. Figures only: this is not a test, nothing fails.

Each measurement runs in a fresh process: frames are stepped without a clock (App.step(1/60)) as
fast as they can be drawn, and the time each one takes is what is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1920, 1080)


def child_frames(frames: int, speed: int, seed: int) -> dict[str, float]:
    """In a fresh process: a 4-bot game on the real table, stepping 60 frames per second."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    sys.path.insert(0, str(ROOT))
    from game.saves import Autosaver
    from game.ui.app import App
    from game.ui.scenes.table import TableScene
    from game.ui.setup_model import DEFAULT_NAMES, SeatChoice, SetupChoices

    with tempfile.TemporaryDirectory() as saves:
        app = App(SIZE, autosaver=Autosaver(Path(saves)))
        choices = SetupChoices.default()
        choices.seats = [SeatChoice(choices.seats[1].kind, DEFAULT_NAMES[i]) for i in range(4)]
        choices.seed = seed
        app.goto("table", game=choices.to_game(), setup=choices)
        table = app.top
        assert isinstance(table, TableScene)
        table.session.speed = speed
        for _ in range(60):  # warm-up: fonts, icons, the first board
            app.step(1 / 60)
        times: list[float] = []
        actions = len(table.game.state.actions_taken)
        animated = 0
        for _ in range(frames):
            if not isinstance(app.top, TableScene) or table.game.is_over():
                choices.seed += 1  # a new game when one ends, so every frame is bot play
                app.goto("table", game=choices.to_game(), setup=choices)
                table = app.top
                assert isinstance(table, TableScene)
                table.session.speed = speed
                actions = 0
            start = time.perf_counter()
            app.step(1 / 60)
            times.append(time.perf_counter() - start)
            if table.floaters or table.tweens:
                animated += 1
        actions = len(table.game.state.actions_taken) - actions
        app.close()
    times.sort()
    return {
        "frames": len(times),
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": times[int(len(times) * 0.99) - 1] * 1000,
        "max_ms": times[-1] * 1000,
        "animated_share": animated / len(times),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def first_frame(runs: int) -> list[float]:
    """Wall time of `python -m game play --frames 1`: start, setup screen drawn, exit."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "game", "play", "--frames", "1", "--no-autosave"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--frames", type=int, default=3600, help="frames per speed (default 3600: a minute)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", choices=("frames",), help=argparse.SUPPRESS)
    parser.add_argument("--speed", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "frames":
        print(json.dumps(child_frames(args.frames, args.speed, args.seed)))
        return 0
    from game.ui.session import SPEEDS  # only for the names

    print(f"Table at {SIZE[0]}x{SIZE[1]}, SDL_VIDEODRIVER=dummy, 4 bot seats, seed {args.seed}")
    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} cores")
    for speed in (1, 3):
        result = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "frames",
                "--frames",
                str(args.frames),
                "--speed",
                str(speed),
                "--seed",
                str(args.seed),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        f = json.loads(result.stdout.strip().splitlines()[-1])
        name, delay = SPEEDS[speed]
        print(
            f"  bot speed {name:<9} ({delay} s an action): {f['frames']} frames, "
            f"median {f['median_ms']:.2f} ms, p99 {f['p99_ms']:.2f} ms, max {f['max_ms']:.1f} ms, "
            f"{f['animated_share']:.0%} of frames animating; peak memory {f['peak_rss_mb']:.0f} MB"
        )
    starts = first_frame(5)
    print(
        f"  command to first interactive frame (python -m game play --frames 1, whole process): "
        f"median {statistics.median(starts):.2f} s, worst {max(starts):.2f} s of {len(starts)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
