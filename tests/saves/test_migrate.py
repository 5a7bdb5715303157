"""Older save formats are brought up to date before the engine reads them."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from game.engine import SAVE_FORMAT, Game, default_content
from game.saves import SaveError, loads, migrate, restore

from .helpers import DATA, finished_game, new_game, play

SAMPLE = DATA / "format0_save.json"


def as_format_0(game: Game) -> dict[str, Any]:
    """What this game's save looked like in format 0 (see game/saves/migrate.py)."""
    setup = game.setup()
    options = dict(setup["options"])
    del options["win_condition"]
    return {
        "content": game.content.fingerprint,
        "ruleset": setup["ruleset"],
        "seats": setup["seats"],
        "seed": setup["seed"],
        "options": options,
        "moves": list(game.state.actions_taken),
        "format": 0,
    }


def test_the_committed_format_0_sample_migrates_and_loads() -> None:
    old = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert old["format"] == 0 and "game" not in old and "moves" in old
    new = migrate(old, "sample")
    assert new["format"] == SAVE_FORMAT and new["game"] == "model-citizen"
    assert new["actions"] == old["moves"]
    assert new["setup"]["options"]["win_condition"] == "life"
    # The sample holds only 'end turn' moves, legal under any cards; its fingerprint is the one
    # of the content it was written with, so it is read against that fingerprint.
    content = dataclasses.replace(default_content(), fingerprint=old["content"])
    game = restore(old, "sample", content)
    assert game.state.actions_taken == old["moves"]
    assert [s.name for s in game.state.seats] == ["Ana", "Bram", "Chloé"]
    assert game.state.round == 3


def test_a_full_game_saved_in_format_0_loads_to_the_same_state() -> None:
    game = finished_game(seed=31)
    old = as_format_0(game)
    assert loads(json.dumps(old)) == game
    unmarked = {k: v for k, v in old.items() if k != "format"}
    assert loads(json.dumps(unmarked)) == game


def test_a_damaged_old_save_is_refused_like_a_new_one() -> None:
    old = as_format_0(play(new_game(seed=4), steps=5))
    old["moves"] = "north, then east"
    with pytest.raises(SaveError, match="'actions' should be a list"):
        loads(json.dumps(old), "old.json")
    old["moves"] = [0]
    old["seed"] = None
    with pytest.raises(SaveError, match="'setup.seed'"):
        loads(json.dumps(old), "old.json")


def test_formats_from_the_future_or_the_distant_past_are_refused() -> None:
    with pytest.raises(SaveError, match="newer version of the game"):
        migrate({"format": SAVE_FORMAT + 1}, "x")
    with pytest.raises(SaveError, match="too old"):
        migrate({"format": -1}, "x")
    with pytest.raises(SaveError, match="not a Model Citizen save"):
        migrate({"hello": "world"}, "x")
