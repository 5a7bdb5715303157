"""Save -> load gives the same game after every action; replaying the log gives the same log."""

from __future__ import annotations

import json
from pathlib import Path

from game.engine import Game
from game.saves import SaveStore, load, loads, restore

from .helpers import finished_game, new_game, play


def test_save_then_load_gives_an_equal_game_after_every_action(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=3)
    store.autosave(game)
    while not game.is_over():
        play(game, seed=len(game.state.actions_taken) + 11, steps=1)
        path = store.autosave(game)
        loaded = load(path)
        assert loaded == game
        assert loaded.state.to_dict() == game.state.to_dict()
        assert loaded.legal_actions() == game.legal_actions()
    assert game.is_over()


def test_a_loaded_game_plays_on_exactly_like_the_original() -> None:
    game = play(new_game(seed=5), seed=2, steps=25)
    copy = loads(game.to_json())
    play(game, seed=9)
    play(copy, seed=9)
    assert copy == game
    assert [r.score for r in copy.results()] == [r.score for r in game.results()]


def test_replaying_the_action_log_reproduces_the_log_exactly() -> None:
    game = finished_game(seed=12)
    again = Game.replay(game.setup(), game.state.actions_taken)
    assert [e.to_dict() for e in again.state.log] == [e.to_dict() for e in game.state.log]
    assert again.log_for(None) == game.log_for(None)


def test_the_saved_block_rides_along_without_changing_the_game(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=4), seed=4, steps=10)
    data = json.loads(store.autosave(game).read_text(encoding="utf-8"))
    assert data["saved"]["id"] == store.slot_of(game).game_id  # type: ignore[union-attr]
    assert data["format"] == 1 and data["game"] == "model-citizen"
    assert restore(data, "x") == game
