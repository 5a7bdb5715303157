"""Older save formats brought up to the one the engine reads, one step at a time.

Each step takes a save of format N and returns one of format N + 1; `migrate` chains them until
the engine's SAVE_FORMAT. Steps never trust their input: they move fields and leave checking
to `check.py` and the engine, so a damaged old save is refused like a damaged new one.

Format history
  0  (before the engine kept its own snapshot) the setup fields at the top level, the actions
     under "moves", no "game" marker and no "state", and no "win_condition" option (the life
     review was the only way to win):
     {"format": 0, "content", "ruleset", "seats", "seed", "options", "moves"}
     A file with no "format" but with "moves" is format 0 too.
  1  the engine's own Game.to_dict(): {"format": 1, "game": "model-citizen", "content",
     "setup": {"ruleset", "seats", "seed", "options"}, "actions", "state"}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..engine import SAVE_FORMAT
from ..i18n import _
from .errors import SaveError

Save = dict[str, Any]


def _from_0(old: Save) -> Save:
    options = old.get("options")
    if isinstance(options, dict) and "win_condition" not in options:
        options = {**options, "win_condition": "life"}
    new: Save = {
        "format": 1,
        "game": "model-citizen",
        "content": old.get("content"),
        "setup": {
            "ruleset": old.get("ruleset"),
            "seats": old.get("seats"),
            "seed": old.get("seed"),
            "options": options,
        },
        "actions": old.get("moves"),
    }
    return new


# format N -> the step that makes it format N + 1
MIGRATIONS: dict[int, Callable[[Save], Save]] = {0: _from_0}
OLDEST_FORMAT = min(MIGRATIONS, default=SAVE_FORMAT)


def save_format(data: Any, where: str) -> int:
    """The format a parsed save declares (0 for the unmarked saves of format 0)."""
    if not isinstance(data, dict):
        raise SaveError(_("{file}: this is not a Model Citizen save.").format(file=where))
    if "format" not in data:
        if "moves" in data:
            return 0
        raise SaveError(_("{file}: this is not a Model Citizen save.").format(file=where))
    version = data["format"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SaveError(
            _("{file}: the save's format should be a whole number.").format(file=where)
        )
    return version


def migrate(data: Any, where: str) -> Save:
    """A save of any format this version knows, as one of the current format."""
    version = save_format(data, where)
    if version > SAVE_FORMAT:
        raise SaveError(
            _("{file}: this save was made by a newer version of the game (save format {found}; "
              "this version reads formats {oldest} to {newest}).").format(
                file=where, found=version, oldest=OLDEST_FORMAT, newest=SAVE_FORMAT
            )
        )
    if version < OLDEST_FORMAT:
        raise SaveError(
            _("{file}: save format {found} is too old for this version of the game.").format(
                file=where, found=version
            )
        )
    while version < SAVE_FORMAT:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SaveError(
                _("{file}: there is no way to bring save format {found} up to date.").format(
                    file=where, found=version
                )
            )
        data = step(data)
        version += 1
    return data  # type: ignore[no-any-return]
