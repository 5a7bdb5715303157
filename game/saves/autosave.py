"""Autosaver: the save store under the name the table already uses.

    autosaver = Autosaver()          # a SaveStore on <data folder>/saves
    autosaver.save(game)             # = SaveStore.autosave: the game's own folder, numbered
                                     #   saves, the last 5 kept; clones share their game's folder
    autosaver.save(game, "name")     # the first autosave's behaviour: one file <dir>/name.json,
                                     #   overwritten each time (kept for callers that want it)
"""

from __future__ import annotations

from pathlib import Path

from ..engine import Game
from .atomic import write_atomic
from .paths import data_dir, default_save_dir
from .store import SAVES_KEPT, SaveStore


class Autosaver(SaveStore):
    """A SaveStore whose save(game) autosaves (see the module's docstring)."""

    def __init__(self, directory: Path | None = None, keep: int = SAVES_KEPT) -> None:
        super().__init__(directory, keep=keep)
        self.directory = self.root

    def save(self, game: Game, name: str | None = None) -> Path:
        """Save after an action. Raises OSError if the disk refuses (warn and play on)."""
        if name is not None:
            path = self.directory / f"{name}.json"
            write_atomic(path, game.to_json())
            return path
        return self.autosave(game)


__all__ = ["Autosaver", "data_dir", "default_save_dir", "write_atomic"]
