"""Shared tools for the scenario-pack tests: play a pack to the end, checking it on the way."""

from __future__ import annotations

import random
from pathlib import Path

from game.bots import make_bot
from game.engine import Game, Seat, content_for
from tests.engine.conformance import check_invariants, check_privacy

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL_PACK = ROOT / "docs" / "tutorial-pack"


def play_pack(
    packs: list[str], ruleset: str, seed: int, *, players: int = 4, bot: str = "random"
) -> Game:
    """One whole game of bots on these packs, with the engine's invariants checked as it goes,
    then the privacy of every seat, a save round trip and a replay of its actions."""
    content = content_for(packs)
    seats = [Seat(f"P{i}", "bot", bot) for i in range(players)]
    game = Game.new(seats, ruleset=ruleset, seed=seed, content=content)
    bots = [make_bot(bot, seed=seed * 10 + i) for i in range(players)]
    rng = random.Random(seed)
    step = 0
    while not game.is_over():
        if step % 9 == 0:
            check_invariants(game)
        seat = game.current_seat
        assert seat is not None
        if bot == "random":
            action = rng.choice(game.legal_actions())
        else:
            action = bots[seat].pick(game, seat)
        assert action in game.legal_actions()
        game.apply(action)
        step += 1
    check_invariants(game)
    check_privacy(game)
    assert any(r.winner for r in game.results())
    assert Game.from_json(game.to_json()) == game, "a pack game did not survive save and load"
    assert Game.replay(game.setup(), game.state.actions_taken) == game
    return game
