"""Atomic autosave after every action: write a temporary file, flush, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from ..engine import Game


def default_save_dir() -> Path:
    """The platform's data folder (XDG_DATA_HOME on Linux) / saves."""
    return Path(user_data_dir("model-citizen", appauthor=False)) / "saves"


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Autosaver:
    """Saves one game after each action to `<dir>/<name>.json`."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_save_dir()

    def save(self, game: Game, name: str = "autosave") -> Path:
        path = self.directory / f"{name}.json"
        write_atomic(path, game.to_json())
        return path
