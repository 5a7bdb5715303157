"""Figures from many game records: win rates with their 95% intervals, means, speed."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .runner import GameRecord, SimSpec, seat_labels

Z95 = 1.959963984540054


def wilson(successes: float, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion: sound near 0 and 1, and with few trials."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Summary:
    """What a simulation found. `figures()` is the deterministic part; timings are apart."""

    games: int
    seed: int
    seats: list[str]
    ruleset: str
    options: dict[str, Any]
    packs: list[str]
    win_rate: dict[str, float]
    win_rate_ci95: dict[str, list[float]]
    mean_score: dict[str, float]
    mean_life_points: dict[str, float]
    title_rate: dict[str, float]
    goal_rate: dict[str, float]
    blacklist_rate: dict[str, float]
    mean_breakdown: dict[str, dict[str, float]]
    title_holder_wins_rate: float
    shared_win_rate: float
    mean_rounds: float
    mean_decisions: float
    seconds: float = 0.0
    jobs: int = 1
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def games_per_second(self) -> float:
        return self.games / self.seconds if self.seconds > 0 else 0.0

    @property
    def decisions_per_second(self) -> float:
        total = self.mean_decisions * self.games
        return total / self.seconds if self.seconds > 0 else 0.0

    def figures(self) -> dict[str, Any]:
        """Everything but the timings: the same seed gives the same figures."""
        return {
            "games": self.games,
            "seed": self.seed,
            "seats": list(self.seats),
            "ruleset": self.ruleset,
            "options": dict(self.options),
            "packs": list(self.packs),
            "win_rate": dict(self.win_rate),
            "win_rate_ci95": {k: list(v) for k, v in self.win_rate_ci95.items()},
            "mean_score": dict(self.mean_score),
            "mean_life_points": dict(self.mean_life_points),
            "title_rate": dict(self.title_rate),
            "goal_rate": dict(self.goal_rate),
            "blacklist_rate": dict(self.blacklist_rate),
            "mean_breakdown": {k: dict(v) for k, v in self.mean_breakdown.items()},
            "title_holder_wins_rate": self.title_holder_wins_rate,
            "shared_win_rate": self.shared_win_rate,
            "mean_rounds": self.mean_rounds,
            "mean_decisions": self.mean_decisions,
        }

    def to_dict(self) -> dict[str, Any]:
        out = self.figures()
        out["jobs"] = self.jobs
        out["seconds"] = round(self.seconds, 3)
        out["games_per_second"] = round(self.games_per_second, 2)
        out["decisions_per_second"] = round(self.decisions_per_second, 1)
        return out


def _r(value: float) -> float:
    return round(value, 4)


def _mean_breakdown(records: Sequence[GameRecord], seat: int) -> dict[str, float]:
    """Mean life points of one seat by source (wellbeing, voice, friends, money, goal)."""
    totals: dict[str, float] = {}
    for record in records:
        for source, points in record.seats[seat].breakdown:
            totals[source] = totals.get(source, 0.0) + points
    return {source: _r(total / max(1, len(records))) for source, total in sorted(totals.items())}


def summarise(
    spec: SimSpec, records: Sequence[GameRecord], seconds: float = 0.0, jobs: int = 1
) -> Summary:
    """Add the records up. A tie for the best life is a win for every tied seat."""
    games = len(records)
    labels = seat_labels(spec.kinds)
    n = max(1, games)

    def per_seat(pick: Any) -> dict[str, float]:
        return {
            label: _r(sum(pick(rec.seats[i]) for rec in records) / n)
            for i, label in enumerate(labels)
        }

    wins = {label: sum(rec.seats[i].winner for rec in records) for i, label in enumerate(labels)}
    title_wins = sum(any(s.model_citizen and s.winner for s in rec.seats) for rec in records)
    shared = sum(sum(s.winner for s in rec.seats) > 1 for rec in records)
    return Summary(
        games=games,
        seed=spec.seed,
        seats=labels,
        ruleset=spec.ruleset,
        options=dict(spec.options),
        packs=list(spec.packs),
        win_rate={label: _r(wins[label] / n) for label in labels},
        win_rate_ci95={label: [_r(x) for x in wilson(wins[label], games)] for label in labels},
        mean_score=per_seat(lambda s: s.score),
        mean_life_points=per_seat(lambda s: s.life_points),
        title_rate=per_seat(lambda s: s.model_citizen),
        goal_rate=per_seat(lambda s: s.goal_achieved),
        blacklist_rate=per_seat(lambda s: s.blacklisted),
        mean_breakdown={label: _mean_breakdown(records, i) for i, label in enumerate(labels)},
        title_holder_wins_rate=_r(title_wins / n),
        shared_win_rate=_r(shared / n),
        mean_rounds=_r(sum(rec.rounds for rec in records) / n),
        mean_decisions=_r(sum(rec.decisions for rec in records) / n),
        seconds=seconds,
        jobs=jobs,
    )
