"""Saves, replays and undo: nothing a player did may be lost, and no file may break the game.

The API the front ends use (details in docs/saves.md):

    from game.saves import SaveStore, load, save_replay, read_replay, ReplayCursor, can_undo, undo

    store = SaveStore()                 # the player's data folder (XDG_DATA_HOME on Linux)
    store.autosave(game)                # after every apply: atomic, numbered, last 5 kept
    store.autosave(new, continues=old)  # a Game that replaces another (after undo) keeps its slot
    resumed = store.latest()            # Resumed(game, slot, path, skipped) or None
    resumed = store.open(path)          # a given save file
    game = load(path)                   # just the Game; SaveError (a StateError) if refused

    save_replay(game, path)
    cursor = ReplayCursor(read_replay(path))   # forward(), back(), jump_to_round(n), game

    if can_undo(game, seat):
        game = undo(game)               # then store.autosave(game, continues=old_game)

    bot = decision_bot(game, seat)      # bots seeded per decision, so a resumed game goes on
                                        # exactly as the uninterrupted one would

Every refusal is a SaveError whose message is one sentence naming the file and what is wrong.
"""

from __future__ import annotations

from .atomic import write_atomic
from .autosave import Autosaver
from .continuity import decision_bot, decision_seed
from .errors import SaveError
from .load import load, loads, restore
from .migrate import migrate
from .paths import data_dir, default_save_dir
from .replay import (
    Replay,
    ReplayCursor,
    make_replay,
    parse_replay,
    read_replay,
    replay_json,
    save_replay,
)
from .store import GameSlot, NothingToResume, Resumed, SaveStore
from .undo import UndoError, can_undo, undo, undo_refusal

__all__ = [
    "Autosaver",
    "GameSlot",
    "NothingToResume",
    "Replay",
    "ReplayCursor",
    "Resumed",
    "SaveError",
    "SaveStore",
    "UndoError",
    "can_undo",
    "data_dir",
    "decision_bot",
    "decision_seed",
    "default_save_dir",
    "load",
    "loads",
    "make_replay",
    "migrate",
    "parse_replay",
    "read_replay",
    "replay_json",
    "restore",
    "save_replay",
    "undo",
    "undo_refusal",
    "write_atomic",
]
