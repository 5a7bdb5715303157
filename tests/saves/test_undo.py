"""Undo: the last action of one's own turn, when it revealed nothing hidden."""

from __future__ import annotations

import pytest

from game.engine import END_TURN, Game
from game.saves import UndoError, can_undo, undo, undo_refusal

from .helpers import new_game, play


def first_legal(game: Game, prefix: str) -> int | None:
    for action in game.legal_actions():
        if game.action_name(action).startswith(prefix):
            return action
    return None


def walk(game: Game, seed: int = 1):  # type: ignore[no-untyped-def]
    """Each state of a random game, with the action that led to it."""
    from game.engine.rng import Rng

    rng = Rng.from_seed(seed)
    while not game.is_over():
        action = rng.choice(game.legal_actions())
        game.apply(action)
        yield action


def test_undo_gives_back_the_game_exactly_as_it_was() -> None:
    game = new_game(seed=3, seats="human,human,human")
    checked = 0
    for _ in walk(game, seed=3):
        seat = game.current_seat
        if seat is not None and can_undo(game, seat):
            before = Game.replay(game.setup(), game.state.actions_taken[:-1])
            copy = game.to_dict()
            earlier = undo(game)
            assert earlier == before
            assert game.to_dict() == copy                # the original is untouched
            assert earlier.current_seat == seat
            checked += 1
    assert checked > 10


def test_every_undoable_action_revealed_no_card_and_no_luck() -> None:
    for seed in range(4):
        game = new_game(seed=seed, seats="human,human")
        for _ in walk(game, seed=seed):
            seat = game.current_seat
            if seat is None or not can_undo(game, seat):
                continue
            before = undo(game).state
            after = game.state
            assert before.rng == after.rng
            assert before.market == after.market and before.purchase_deck == after.purchase_deck
            assert before.event_deck == after.event_deck
            assert (before.round, before.turn, before.phase) == (after.round, after.turn, "turn")


def test_buying_refills_the_market_so_it_cannot_be_undone() -> None:
    for seed in range(40):
        game = new_game(seed=seed, seats="human,bot")
        buy = first_legal(game, "buy:")
        if buy is None or game.state.purchase_deck == []:
            continue
        game.apply(buy)
        if game.current_seat == 0:
            assert "turned up a new card" in (undo_refusal(game, 0) or "")
            return
    pytest.fail("no game where the first seat can buy")


def test_luck_drawn_cannot_be_undone() -> None:
    found = False
    for seed in range(60):
        game = new_game(seed=seed, seats="human,bot")
        for action in game.legal_actions():
            trial = game.clone()
            trial.apply(action)
            if trial.state.rng != game.state.rng and trial.state.market == game.state.market \
                    and trial.current_seat == 0:
                assert not can_undo(trial, 0)
                assert "left to chance" in (undo_refusal(trial, 0) or "")
                found = True
                break
        if found:
            break
    assert found


def test_not_for_bots_not_after_the_turn_not_in_another_seat_s_turn() -> None:
    game = new_game(seed=5, seats="bot,human")
    action = first_legal(game, "befriend:") or END_TURN
    game.apply(action)
    assert not can_undo(game, 0)
    assert "human" in (undo_refusal(game, 0) or "")

    game = new_game(seed=5, seats="human,human")
    game.apply(END_TURN)                   # seat 0's turn is over
    assert not can_undo(game, 0) and not can_undo(game, 1)
    with pytest.raises(UndoError):
        undo(game)

    fresh = new_game(seed=5, seats="human,human")
    assert undo_refusal(fresh, 0) == "Nothing has been played yet."
    assert not can_undo(fresh, 7)

    over = play(new_game(seed=5, seats="human,human"))
    assert not can_undo(over, 0)


def test_a_friendship_offer_to_a_person_cannot_be_taken_back() -> None:
    game = new_game(seed=9, seats="human,human")
    offer = first_legal(game, "befriend:p1")
    assert offer is not None
    game.apply(offer)
    assert game.current_seat == 1              # the other player must answer now
    assert not can_undo(game, 0) and not can_undo(game, 1)
