"""Speed figures for the engine and the bots, on one core. Figures, never pass/fail.

    .venv/bin/python benchmarks/bench_speed.py            # the full table (about a minute)
    .venv/bin/python benchmarks/bench_speed.py --quick    # a rough table in a few seconds

Prints the command that made it, the machine, and one row per measurement with its target:
- random bots, 4 seats: decisions (applied actions) per second and complete games per second;
- balanced bots, 4 seats: complete games per second;
- the search bot at normal strength, in 2-seat games against the balanced bot: seconds per
  decision (mean, 95th percentile, worst).

    .venv/bin/python benchmarks/bench_speed.py --strengths 60   # easy, normal, hard vs balanced
    .venv/bin/python benchmarks/bench_speed.py --profile        # the engine's hot spots
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.bots import make_bot  # noqa: E402
from game.engine import Game, Seat  # noqa: E402


def play(
    kinds: tuple[str, ...], seed: int, timer: Callable[[str, float], None] | None = None
) -> int:
    """One whole game; returns the number of decisions. `timer` hears each bot's think time."""
    game = Game.new([Seat(f"S{i}", "bot", k) for i, k in enumerate(kinds)], seed=seed)
    bots = [make_bot(kind, seed * 31 + seat) for seat, kind in enumerate(kinds)]
    decisions = 0
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        started = time.perf_counter()
        action = bots[seat].pick(game, seat)
        if timer is not None:
            timer(kinds[seat], time.perf_counter() - started)
        game.apply(action)
        decisions += 1
    return decisions


def games_per_second(kinds: tuple[str, ...], games: int) -> tuple[float, float]:
    play(kinds, games)  # warm up: the cards are read and the rules built once, before the clock
    started = time.perf_counter()
    decisions = sum(play(kinds, seed) for seed in range(games))
    seconds = time.perf_counter() - started
    return games / seconds, decisions / seconds


def search_times(games: int, kind: str = "search") -> tuple[list[float], float]:
    """Think times of a search bot against the balanced bot, seats alternating, and the share
    of games it won (a shared win counts a half)."""
    times: list[float] = []
    won = 0.0

    def timer(seated: str, seconds: float) -> None:
        if seated == kind:
            times.append(seconds)

    for seed in range(games):
        kinds = (kind, "balanced") if seed % 2 == 0 else ("balanced", kind)
        game = Game.new([Seat(f"S{i}", "bot", k) for i, k in enumerate(kinds)], seed=seed)
        bots = [make_bot(k, seed * 31 + seat) for seat, k in enumerate(kinds)]
        while not game.is_over():
            seat = game.current_seat
            assert seat is not None
            started = time.perf_counter()
            action = bots[seat].pick(game, seat)
            timer(kinds[seat], time.perf_counter() - started)
            game.apply(action)
        winners = [r.seat for r in game.results() if r.winner]
        mine = kinds.index(kind)
        if mine in winners:
            won += 1.0 / len(winners)
    return times, won / max(1, games)


def strengths(games: int) -> None:
    """The three strengths against the balanced bot: think time and share of games won."""
    print("| strength | games vs balanced | won | mean decision | p95 | worst |")
    print("|---|---|---|---|---|---|")
    for strength in ("easy", "normal", "hard"):
        count = games if strength != "hard" else max(2, games // 3)
        times, won = search_times(count, f"search-{strength}")
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(
            f"| {strength} | {count} | {100 * won:.1f}% | {statistics.mean(times) * 1000:.0f} ms "
            f"| {p95 * 1000:.0f} ms | {times[-1] * 1000:.0f} ms |",
            flush=True,
        )


def profile_engine(games: int = 300) -> int:
    """Where an engine's decision goes: cProfile over random-bot games (the bots cost nothing)."""
    import cProfile
    import pstats

    print("command: .venv/bin/python benchmarks/bench_speed.py --profile")
    profiler = cProfile.Profile()
    profiler.enable()
    for seed in range(games):
        play(("random",) * 4, seed)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"game/engine", 15)
    stats.sort_stats("tottime").print_stats(r"game/engine", 15)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer games, rougher figures")
    parser.add_argument(
        "--strengths",
        type=int,
        metavar="GAMES",
        default=0,
        help="instead: the search bot's three strengths against the balanced "
        "bot, GAMES two-seat games each (a third as many for hard)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="instead: profile 300 random-bot games and list the hot spots",
    )
    args = parser.parse_args()
    if args.profile:
        return profile_engine()
    if args.strengths:
        print(f"command: .venv/bin/python benchmarks/bench_speed.py --strengths {args.strengths}")
        print()
        strengths(args.strengths)
        return 0
    random_games, balanced_games, search_games = (60, 20, 2) if args.quick else (600, 200, 12)

    command = "benchmarks/bench_speed.py" + (" --quick" if args.quick else "")
    print(f"command: .venv/bin/python {command}")
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, one process"
    )
    print()
    rows: list[tuple[str, str, str]] = []
    games, decisions = games_per_second(("random",) * 4, random_games)
    rows.append(
        (
            f"random bots, 4 seats, {random_games} games",
            f"{decisions:,.0f} decisions/s",
            ">= 50,000 decisions/s",
        )
    )
    rows.append(("", f"{games:,.1f} games/s", ">= 300 games/s"))
    games, decisions = games_per_second(("balanced",) * 4, balanced_games)
    rows.append(
        (
            f"balanced bots, 4 seats, {balanced_games} games",
            f"{games:,.1f} games/s",
            ">= 100 games/s",
        )
    )
    rows.append(("", f"{decisions:,.0f} decisions/s", ""))
    times = sorted(search_times(search_games)[0])
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    rows.append(
        (
            f"search (normal) vs balanced, 2 seats, {search_games} games",
            f"{statistics.mean(times) * 1000:.0f} ms mean a decision",
            "< 200 ms",
        )
    )
    rows.append(
        (
            f"  ({len(times)} decisions)",
            f"{p95 * 1000:.0f} ms p95, {times[-1] * 1000:.0f} ms worst",
            "",
        )
    )
    width = max(len(r[0]) for r in rows)
    print(f"| {'measurement':<{width}} | {'figure':<28} | target |")
    print(f"|{'-' * (width + 2)}|{'-' * 30}|--------|")
    for name, figure, target in rows:
        print(f"| {name:<{width}} | {figure:<28} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
