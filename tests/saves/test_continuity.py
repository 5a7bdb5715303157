"""Bots seeded per decision: a resumed game goes on exactly as the uninterrupted one would."""

from __future__ import annotations

from game.engine import Game, Seat
from game.saves import decision_bot, decision_seed, loads


def play_bots(game: Game, limit: int | None = None) -> Game:
    done = 0
    while not game.is_over() and (limit is None or done < limit):
        seat = game.current_seat
        assert seat is not None
        game.apply(decision_bot(game, seat).choose(game, seat).action)
        done += 1
    return game


def test_the_seed_of_a_decision_is_the_same_everywhere() -> None:
    # Pinned: a change here changes every bot game's transcript and every resumed game.
    assert decision_seed(1, 2, 3) == 3289178021536110169
    assert decision_seed(1, 2, 3) != decision_seed(1, 2, 4) != decision_seed(1, 3, 3)
    assert 0 <= decision_seed(2**63 - 1, 5, 10**6) < 2**63


def test_random_bots_resumed_anywhere_reach_the_same_end() -> None:
    seats = [Seat(name, "bot", "random") for name in ("Ana", "Bram", "Chloé")]
    whole = play_bots(Game.new(seats, seed=23)).state.to_dict()
    for stop in (1, 17, 40):
        half = play_bots(Game.new(seats, seed=23), limit=stop)
        resumed = play_bots(loads(half.to_json()))
        assert resumed.state.to_dict() == whole
