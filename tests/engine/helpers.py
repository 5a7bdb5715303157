"""Small tools to put a game in a given situation for unit tests (tests may reach inside)."""

from __future__ import annotations

import dataclasses
from typing import Any

from game.engine import Content, Game, Seat, default_content, default_options
from game.engine.scoring import recompute

CONTENT = default_content()


def content_with(ruleset: str = "sesame", **changes: Any) -> Content:
    """The game's content with some numbers of one ruleset changed (e.g. appeal_success=1.0)."""
    changed = dataclasses.replace(CONTENT.rulesets[ruleset], **changes)
    return dataclasses.replace(CONTENT, rulesets={**CONTENT.rulesets, ruleset: changed})


def new_game(
    players: int = 2,
    ruleset: str = "sesame",
    seed: int = 1,
    content: Content | None = None,
    **switches: Any,
) -> Game:
    content = content or CONTENT
    return Game.new(
        [Seat(f"P{i}", "human") for i in range(players)],
        ruleset=ruleset,
        seed=seed,
        options=default_options(content.rulesets[ruleset], **switches),
        content=content,
    )


def set_era(game: Game, era: int) -> None:
    game.state.era = era
    recompute(game.ruleset, game.state)


def refresh(game: Game) -> None:
    recompute(game.ruleset, game.state)


def act(game: Game, name: str) -> None:
    game.apply(game.action_id(name))


def neighbour_index(game: Game, ref: str) -> int:
    return next(i for i, c in enumerate(game.state.citizens) if c.ref == ref)


def put_in_market(game: Game, card: str) -> None:
    if card not in game.state.market:
        game.state.market[0] = card
