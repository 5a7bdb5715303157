"""Where the player's saves live: the platform's data folder (XDG_DATA_HOME on Linux)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "model-citizen"


def data_dir() -> Path:
    """The player's data folder for the game (platformdirs; XDG_DATA_HOME on Linux)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_save_dir() -> Path:
    """Where saves live: <data folder>/saves."""
    return data_dir() / "saves"
