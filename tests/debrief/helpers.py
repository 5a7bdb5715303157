"""Finished games to debrief, played by random legal moves so they depend on no bot."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from game.engine import Game, Seat, default_content, default_options

NAMES = ("Ana", "Bram", "Chloé", "Daan", "Elif", "Finn")


def new_game(
    seed: int = 1,
    players: int = 4,
    ruleset: str = "sesame",
    names: tuple[str, ...] = NAMES,
    **options: Any,
) -> Game:
    opts = default_options(default_content().rulesets[ruleset], **options)
    seats = [Seat(names[i], "bot") for i in range(players)]
    return Game.new(seats, ruleset=ruleset, seed=seed, options=opts)


def play_out(game: Game, seed: int, steps: int | None = None) -> Game:
    rng = random.Random(seed)
    done = 0
    while not game.is_over() and (steps is None or done < steps):
        game.apply(rng.choice(game.legal_actions()))
        done += 1
    return game


@cache
def finished(seed: int = 1, players: int = 4, ruleset: str = "sesame", **options: Any) -> Game:
    """A finished game, shared between tests: read it, never apply to it."""
    return play_out(new_game(seed, players, ruleset, **options), seed)


def quiet_game(seed: int = 1, players: int = 2) -> Game:
    """A game in which every player only ever ends their turn: events happen, nobody acts."""
    game = new_game(seed, players, length="short")
    while not game.is_over():
        game.apply(0)
    return game
