"""The balance table of docs/balance.md: the four temperaments over many seeded games, on both
rulesets and in opaque scoring, then the search bot against the balanced bot. Figures, never
pass/fail; each line says whether the issue's balance targets hold.

    .venv/bin/python benchmarks/sim_balance.py        # 2,000 games a setting, 300 for search
    .venv/bin/python benchmarks/sim_balance.py --games 400 --search-games 60   # quicker

Every run goes through the same code as `python -m game simulate`, with --jobs 0 (every core).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine import default_content, default_options  # noqa: E402
from game.sim import SimSpec, Summary  # noqa: E402
from game.sim.pool import simulate  # noqa: E402

FOUR = ("conformist", "dissident", "loyal", "balanced")
SINGLE_MINDED = ("conformist", "dissident", "loyal")
SETTINGS = (
    ("sesame", "sesame", True, ""),
    ("booklet", "booklet", True, " --ruleset booklet"),
    ("sesame, opaque", "sesame", False, " --opaque"),
    ("booklet, opaque", "booklet", False, " --ruleset booklet --opaque"),
)


def run(
    kinds: tuple[str, ...], ruleset: str, transparent: bool, games: int, seed: int, jobs: int
) -> Summary:
    options = default_options(default_content().rulesets[ruleset], transparent=transparent)
    return simulate(SimSpec(kinds, ruleset, options.to_dict(), seed), games, jobs)


def balance_row(name: str, s: Summary) -> str:
    cells = []
    for kind in FOUR:
        low, high = s.win_rate_ci95[kind]
        cells.append(f"{100 * s.win_rate[kind]:.1f}% ({100 * low:.1f}\u2013{100 * high:.1f})")
    holds = (
        all(0.08 <= s.win_rate[k] <= 0.40 for k in SINGLE_MINDED)
        and s.win_rate["balanced"] >= 0.08
        and s.title_holder_wins_rate < 0.5
    )
    return (
        f"| {name} | "
        + " | ".join(cells)
        + f" | {100 * s.title_holder_wins_rate:.1f}% | {'yes' if holds else 'NO'} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--games", type=int, default=2000)
    parser.add_argument("--search-games", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()

    command = (
        f"benchmarks/sim_balance.py --games {args.games} "
        f"--search-games {args.search_games} --seed {args.seed}"
    )
    print(f"command: .venv/bin/python {command}")
    print(
        f"same figures: python -m game simulate --games {args.games} "
        f"--seats {','.join(FOUR)} --seed {args.seed} --jobs 0 [switches below] --json"
    )
    print()
    print("| setting | " + " | ".join(FOUR) + " | title holder wins | targets hold |")
    print("|---|" + "---|" * (len(FOUR) + 2))
    details = []
    for name, ruleset, transparent, switches in SETTINGS:
        started = time.perf_counter()
        summary = run(FOUR, ruleset, transparent, args.games, args.seed, args.jobs)
        print(
            balance_row(name + (f" (`{switches.strip()}`)" if switches else ""), summary),
            flush=True,
        )
        details.append((name, summary, time.perf_counter() - started))
    print()
    print("| setting | mean life points | mean score | goal achieved | blacklisted at the end |")
    print("|---|---|---|---|---|")
    for name, s, _seconds in details:

        def cell(values: dict[str, float], fmt: str) -> str:
            return ", ".join(f"{k[:4]} {fmt.format(values[k])}" for k in FOUR)

        print(
            f"| {name} | {cell(s.mean_life_points, '{:.1f}')} | {cell(s.mean_score, '{:.0f}')}"
            f" | {cell(s.goal_rate, '{:.0%}')} | {cell(s.blacklist_rate, '{:.0%}')} |"
        )
    print()
    print("| setting | life points by source: wellbeing / voice / friends / money / goal |")
    print("|---|---|")
    for name, s, _seconds in details:
        cells = []
        for kind in FOUR:
            b = s.mean_breakdown[kind]
            cells.append(
                f"{kind[:4]} "
                + " / ".join(
                    f"{b.get(k, 0.0):.0f}"
                    for k in ("wellbeing", "voice", "friends", "money", "goal")
                )
            )
        print(f"| {name} | {'; '.join(cells)} |")
    print()
    if args.search_games:
        s = run(("search", "balanced"), "sesame", True, args.search_games, args.seed, args.jobs)
        low, high = s.win_rate_ci95["search"]
        print(
            f"search (normal) vs balanced, {args.search_games} two-seat games: search wins "
            f"{100 * s.win_rate['search']:.1f}% (95% interval {100 * low:.1f}\u2013"
            f"{100 * high:.1f}%), balanced {100 * s.win_rate['balanced']:.1f}%, "
            f"shared {100 * s.shared_win_rate:.1f}% "
            f"(command: python -m game simulate --games {args.search_games} "
            f"--seats search,balanced --seed {args.seed} --jobs 0)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
