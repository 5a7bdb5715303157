"""Reading the game a debrief is made from: a save, a replay file, or {setup, actions} JSON.

Files are untrusted: anything wrong with one becomes a DebriefInputError with one sentence
naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..engine import EngineError, Game, default_content
from ..i18n import _

MAX_BYTES = 50 * 1024 * 1024
REPLAY_SETUP_KEYS = ("ruleset", "seats", "seed", "options")


class DebriefInputError(Exception):
    """A file a debrief cannot be made from; the message says which file and why."""


def read_game(path: Path) -> Game:
    """The game in a save or replay file, replayed and checked by the engine."""
    where = str(path)
    if not path.exists():
        raise DebriefInputError(_("{file}: no such file.").format(file=where))
    if path.is_dir():
        raise DebriefInputError(_("{file}: this is a folder, not a file.").format(file=where))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DebriefInputError(
                _("{file}: the file is too large to be a game.").format(file=where)
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DebriefInputError(_("{file}: this is not a text file.").format(file=where)) from None
    except OSError as exc:
        raise DebriefInputError(
            _("{file}: the file cannot be read ({problem}).").format(
                file=where, problem=exc.strerror or type(exc).__name__
            )
        ) from None
    return game_from_text(text, where)


def game_from_text(text: str, where: str = "game") -> Game:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise DebriefInputError(
            _("{file}: this is not a saved game or a replay (not valid JSON).").format(file=where)
        ) from None
    return game_from_data(data, where)


def game_from_data(data: Any, where: str = "game") -> Game:
    """Build the game from parsed JSON, whichever of the three shapes it has."""
    if not isinstance(data, dict):
        raise DebriefInputError(
            _("{file}: this is not a saved game or a replay.").format(file=where)
        )
    try:
        if data.get("kind") == "replay":
            return from_replay_file(data, where)
        if data.get("game") == "model-citizen":
            return Game.from_dict(data)
        if isinstance(data.get("setup"), dict) and "actions" in data:
            return replay(data["setup"], data["actions"])
    except EngineError as exc:
        raise DebriefInputError(f"{where}: {exc}.") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        raise DebriefInputError(
            _("{file}: the game in this file is damaged and cannot be replayed.").format(file=where)
        ) from None
    raise DebriefInputError(_("{file}: this is not a saved game or a replay.").format(file=where))


def replay(setup: dict[str, Any], actions: Any) -> Game:
    if not isinstance(actions, list):
        raise ValueError("actions should be a list")
    return Game.replay(setup, actions)


def from_replay_file(data: dict[str, Any], where: str) -> Game:
    """The replay files game.saves writes: setup fields at the top, the content fingerprint."""
    content = default_content()
    if data.get("content") not in (None, content.fingerprint):
        raise DebriefInputError(
            _(
                "{file}: this replay was made with other content (the cards have changed since)."
            ).format(file=where)
        )
    setup = {key: data[key] for key in REPLAY_SETUP_KEYS}
    return replay(setup, data.get("actions"))
