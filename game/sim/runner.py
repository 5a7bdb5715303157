"""One headless game: bots in every seat, played to the life review, summed up in a record."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from ..bots import make_bot
from ..engine import Game, Options, Seat, content_for


@dataclass(frozen=True, slots=True)
class SimSpec:
    """What every game of a simulation shares: seats (bot kinds), ruleset and switches.

    Plain data, so it travels to worker processes as it is.
    """

    kinds: tuple[str, ...]
    ruleset: str
    options: dict[str, Any]
    seed: int
    packs: tuple[str, ...] = ()  # scenario packs laid over the cards, as `play --scenario`

    def seats(self) -> list[Seat]:
        return [Seat(f"Seat {i + 1} ({kind})", "bot", kind) for i, kind in enumerate(self.kinds)]


@dataclass(frozen=True, slots=True)
class SeatRecord:
    score: int
    life_points: int
    winner: bool
    model_citizen: bool
    goal_achieved: bool
    blacklisted: bool
    breakdown: tuple[tuple[str, int], ...] = ()  # life points by source


@dataclass(frozen=True, slots=True)
class GameRecord:
    seed: int
    rounds: int
    decisions: int
    seconds: float
    seats: tuple[SeatRecord, ...]


def bot_seed(game_seed: int, seat: int) -> int:
    """Each bot's seed follows from its game's seed and its seat (as at the terminal table)."""
    return game_seed * 31 + seat


def seat_labels(kinds: tuple[str, ...]) -> list[str]:
    """One label per seat: its bot kind, numbered when a kind sits at the table more than once."""
    labels: list[str] = []
    for index, kind in enumerate(kinds):
        total = kinds.count(kind)
        if total == 1:
            labels.append(kind)
        else:
            labels.append(f"{kind}#{kinds[: index + 1].count(kind)}")
    return labels


def play_one(spec: SimSpec, index: int) -> GameRecord:
    """Game number `index` of a simulation: seed = spec.seed + index."""
    seed = spec.seed + index
    started = time.perf_counter()
    game = Game.new(
        spec.seats(),
        ruleset=spec.ruleset,
        seed=seed,
        options=Options.from_dict(spec.options),
        content=content_for(spec.packs),
    )
    bots = [make_bot(kind, bot_seed(seed, seat)) for seat, kind in enumerate(spec.kinds)]
    decisions = 0
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        game.apply(bots[seat].pick(game, seat))
        decisions += 1
    seconds = time.perf_counter() - started
    return GameRecord(
        seed=seed,
        rounds=game.observe(0)["rounds"],
        decisions=decisions,
        seconds=seconds,
        seats=tuple(
            SeatRecord(
                score=r.score,
                life_points=r.life_points,
                winner=r.winner,
                model_citizen=r.model_citizen,
                goal_achieved=r.goal_achieved,
                blacklisted=r.blacklisted,
                breakdown=tuple(sorted(r.breakdown.items())),
            )
            for r in game.results()
        ),
    )
