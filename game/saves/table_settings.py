"""What a front end keeps beside a saved game: the table's own settings (classroom mode and the
turn timer), which the engine's state does not hold.

They ride along in each save file as a small "table" block. On resume they are read back
leniently: a missing or damaged block loses the settings, never the game.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import SaveError
from .safe_json import read_json

MAX_TIMER_SECONDS = 3600


def clean_table_settings(raw: Any) -> dict[str, Any]:
    """The settings this version understands, each checked; anything else is dropped."""
    if not isinstance(raw, dict):
        return {}
    settings: dict[str, Any] = {}
    classroom = raw.get("classroom")
    if isinstance(classroom, bool):
        settings["classroom"] = classroom
    timer = raw.get("timer")
    if isinstance(timer, int) and not isinstance(timer, bool) and 0 <= timer <= MAX_TIMER_SECONDS:
        settings["timer"] = timer
    return settings


def read_table_settings(path: Path) -> dict[str, Any]:
    """The table settings saved in a save file ({} if it has none, or they cannot be read)."""
    try:
        data = read_json(path)
    except SaveError:
        return {}
    return clean_table_settings(data.get("table") if isinstance(data, dict) else None)
