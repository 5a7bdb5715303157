"""Reading a save: untrusted JSON in, a Game out, or one sentence saying what is wrong.

    from game.saves import load, loads
    game = load(path)          # SaveError (a StateError) if the file is refused

Steps: read under limits (safe_json) -> migrate an older format (migrate) -> check every field
(check) -> Game.from_dict, which replays the actions and compares the result with the saved
state, so an edited or damaged save is refused rather than played.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..engine import Content, Game, StateError
from ..i18n import _
from .check import check_save
from .errors import SaveError
from .migrate import migrate
from .safe_json import parse, read_json


def restore(data: Any, where: str, content: Content | None = None) -> Game:
    """A parsed save (any known format) as a Game. Raises SaveError, and nothing else on purpose.

    Strict: an unexpected error from the engine is let through, so fuzzing finds it. Front ends
    call load/loads, which also turn such a bug into a refusal.
    """
    current = migrate(data, where)
    check_save(current, where)
    try:
        return Game.from_dict(current, content)
    except StateError as exc:
        raise SaveError(f"{where}: {exc}.") from None


def _guarded(data_source: Any, where: str, content: Content | None) -> Game:
    try:
        return restore(data_source, where, content)
    except SaveError:
        raise
    except Exception as exc:  # a bug, not the file's fault: still refuse the file, never crash
        raise SaveError(
            _("{file}: this save could not be restored ({problem}); please report it.").format(
                file=where, problem=type(exc).__name__
            )
        ) from exc


def loads(text: str, where: str = "save", content: Content | None = None) -> Game:
    """A save given as JSON text."""
    return _guarded(parse(text, where), where, content)


def load(path: Path | str, content: Content | None = None) -> Game:
    """A save file. Nothing is written: a refused file stays exactly as it was."""
    path = Path(path)
    return _guarded(read_json(path), str(path), content)
