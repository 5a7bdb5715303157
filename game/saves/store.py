"""Where autosaves live: one folder per game, numbered saves, the newest few kept, an index.

    store = SaveStore()                    # <data folder>/saves (XDG_DATA_HOME on Linux)
    slot = store.new_slot()                # a new game gets its own id, so games never collide
    slot.save(game)                        # after every action; atomic; keeps the last 5
    store.autosave(game)                   # the same, finding the slot of this game (or its
                                           # clones) by itself; a new game gets a new slot
    resumed = store.latest()               # newest good save of the newest unfinished game
    resumed = store.open(path)             # a given file, continued in its own or a new slot

Layout:  saves/index.json                  {"format": 1, "games": {id: summary}}
         saves/<id>/000001.json ...        engine saves (Game.to_dict) + a "saved" block
         saves/<id>/replay.json            written when the game ends (see replay.py)

Only the newest FINISHED_GAMES_KEPT finished games are kept (a finished game's folder holds
its replay.json). Saves are never overwritten: each has a new number, and the oldest go only
once newer ones are safely on disk. A refused save is left as it is; resuming takes the
newest save that loads. The index is a convenience for menus; the folders are the truth, so a
lost or damaged index costs nothing.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import shutil
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..engine import Game
from ..i18n import _
from .atomic import TEMP_SUFFIX, write_atomic
from .errors import SaveError
from .load import load
from .paths import default_save_dir
from .safe_json import read_json
from .table_settings import clean_table_settings, read_table_settings

SAVES_KEPT = 5
FINISHED_GAMES_KEPT = 50   # a classroom machine plays many games; unfinished ones are never pruned
INDEX_NAME = "index.json"
REPLAY_NAME = "replay.json"
_GAME_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{6}$")
_SAVE_NAME = re.compile(r"^(\d{6,12})\.json$")
_STALE_TEMP_SECONDS = 60.0


def _lineage(game: Game) -> object:
    """What a game shares with its clones and undos, but not with any other game (Game.clone
    and undo hand it on; a new, loaded or replayed game has its own)."""
    return game.lineage


def new_game_id() -> str:
    """A fresh id: the UTC start time (readable in a file browser) and 24 random bits."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def is_game_id(text: str) -> bool:
    return bool(_GAME_ID.match(text))


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("model-citizen")
    except Exception:  # not installed as a package: the save works all the same
        return "unknown"


def summary(game: Game) -> dict[str, Any]:
    """What a menu shows about a saved game without loading it."""
    s = game.state
    return {
        "ruleset": s.ruleset,
        "seats": [seat.name for seat in s.seats],
        "humans": sum(1 for seat in s.seats if seat.kind == "human"),
        "round": s.round,
        "rounds": s.rounds,
        "actions": len(s.actions_taken),
        "over": game.is_over(),
        "updated": time.time(),
    }


class GameSlot:
    """One game's folder: saves numbered 000001.json, 000002.json, ... the newest few kept."""

    def __init__(self, store: SaveStore, game_id: str) -> None:
        if not is_game_id(game_id):
            raise SaveError(_("'{id}' is not a saved game's id.").format(id=game_id))
        self.store = store
        self.game_id = game_id
        self.directory = store.root / game_id

    def __repr__(self) -> str:
        return f"GameSlot({self.game_id!r})"

    def newest_number(self) -> int:
        saves = self.saves()
        match = _SAVE_NAME.match(saves[0].name) if saves else None
        return int(match.group(1)) if match else 0

    def saves(self) -> list[Path]:
        """This game's save files, newest first (by number, not by clock)."""
        if not self.directory.is_dir():
            return []
        numbered: list[tuple[int, Path]] = []
        for path in self.directory.iterdir():
            match = _SAVE_NAME.match(path.name)
            if match and path.is_file():
                numbered.append((int(match.group(1)), path))
        numbered.sort(reverse=True)
        return [path for _, path in numbered]

    def save(self, game: Game, table: Mapping[str, Any] | None = None) -> Path:
        """Write the game as the next numbered save, then let the oldest go. `table`: the front
        end's own settings to keep with it (see table_settings).

        Raises OSError if the disk refuses; a front end warns and plays on.
        """
        # The next number is read from the folder each time, so two handles on one game (say a
        # game and a reload of one of its files) never write the same number twice.
        number = self.newest_number() + 1
        data = game.to_dict()
        data["saved"] = {
            "id": self.game_id,
            "number": number,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "version": _version(),
        }
        if table:
            data["table"] = clean_table_settings(dict(table))
        path = self.directory / f"{number:06d}.json"
        write_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        self.store.record(self.game_id, summary(game))
        self._rotate(keep=path)
        if game.is_over():
            from .replay import replay_json

            write_atomic(self.directory / REPLAY_NAME, replay_json(game))
        return path

    def _rotate(self, keep: Path) -> None:
        for old in self.saves()[self.store.keep :]:
            if old != keep:
                with contextlib.suppress(OSError):
                    old.unlink()
        # A process killed mid-write leaves its temporary file; tidy those no one is writing.
        now = time.time()
        for temp in self.directory.glob("*" + TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > _STALE_TEMP_SECONDS:
                    temp.unlink()

    def updated(self) -> float:
        saves = self.saves()
        if not saves:
            return 0.0
        try:
            return saves[0].stat().st_mtime
        except OSError:
            return 0.0


@dataclass
class Resumed:
    """A loaded game, the slot its next saves go to, the file it came from, and what was refused."""

    game: Game
    slot: GameSlot
    path: Path
    skipped: list[str] = field(default_factory=list)
    table: dict[str, Any] = field(default_factory=dict)  # the table's settings saved with it


class NothingToResume(SaveError):
    """No saved game could be continued; `skipped` holds why each candidate was refused."""

    def __init__(self, message: str, skipped: list[str]) -> None:
        super().__init__(message)
        self.skipped = skipped


class SaveStore:
    """All saved games of this player (or of `root`, for tests and portable installs)."""

    def __init__(
        self,
        root: Path | None = None,
        keep: int = SAVES_KEPT,
        keep_finished: int = FINISHED_GAMES_KEPT,
    ) -> None:
        self.root = Path(root) if root is not None else default_save_dir()
        self.keep = max(1, keep)
        self.keep_finished = max(1, keep_finished)
        # Which slot each game saves to, keyed by the game's lineage (see _lineage).
        self._slots: dict[int, tuple[weakref.ref[Any], GameSlot]] = {}

    # -- writing ---------------------------------------------------------------------------------

    def new_slot(self) -> GameSlot:
        """A folder for a new game (created with its first save). Finished games beyond the
        newest `keep_finished` are cleared away first; unfinished games are always kept."""
        self.prune()
        while True:
            slot = GameSlot(self, new_game_id())
            if not slot.directory.exists():
                return slot

    def prune(self) -> None:
        finished = [s for s in self.slots() if (s.directory / REPLAY_NAME).is_file()]
        for slot in finished[self.keep_finished :]:
            with contextlib.suppress(OSError):
                shutil.rmtree(slot.directory)

    def slot(self, game_id: str) -> GameSlot:
        return GameSlot(self, game_id)

    def slot_of(self, game: Game) -> GameSlot | None:
        """The slot this game (or any clone of it, or its undo) saves to, if it has one yet."""
        key = _lineage(game)
        entry = self._slots.get(id(key))
        if entry is not None and entry[0]() is key:
            return entry[1]
        return None

    def attach(self, game: Game, slot: GameSlot) -> None:
        """From now on, autosave(game) and autosave(game.clone()) write to `slot`."""
        self._slots = {k: v for k, v in self._slots.items() if v[0]() is not None}
        key = _lineage(game)
        self._slots[id(key)] = (weakref.ref(key), slot)

    def autosave(
        self,
        game: Game,
        *,
        continues: Game | None = None,
        table: Mapping[str, Any] | None = None,
    ) -> Path:
        """Save `game` in its slot: the one it (or a clone of it) was saved, loaded or attached
        under, else the slot of `continues` (a Game it replaces), else a new slot.

        A front end may save clones (say, from a background thread): a clone shares its
        original's slot. undo() keeps the slot too. A new Game (Game.new, a load of a file
        from elsewhere) gets a new slot, so two games never overwrite each other."""
        slot = self.slot_of(game)
        if slot is None and continues is not None:
            slot = self.slot_of(continues)
        if slot is None:
            slot = self.new_slot()
        self.attach(game, slot)
        return slot.save(game, table)

    def record(self, game_id: str, info: dict[str, Any]) -> None:
        """Update the index entry of one game (best effort: the folders are the truth)."""
        index = {k: v for k, v in self.index().items() if (self.root / k).is_dir()}
        index[game_id] = info
        text = json.dumps({"format": 1, "games": index}, ensure_ascii=False, indent=1)
        write_atomic(self.root / INDEX_NAME, text, durable=False)  # rebuilt from the folders

    # -- reading ---------------------------------------------------------------------------------

    def index(self) -> dict[str, dict[str, Any]]:
        """The index's entries by game id; a missing or damaged index is simply empty."""
        try:
            data = read_json(self.root / INDEX_NAME)
        except SaveError:
            return {}
        games = data.get("games") if isinstance(data, dict) else None
        if not isinstance(games, dict):
            return {}
        return {k: v for k, v in games.items() if is_game_id(k) and isinstance(v, dict)}

    def slots(self) -> list[GameSlot]:
        """Every game with at least one save, the most recently saved first."""
        if not self.root.is_dir():
            return []
        found = [
            GameSlot(self, p.name) for p in self.root.iterdir() if is_game_id(p.name) and p.is_dir()
        ]
        found = [s for s in found if s.saves()]
        index = self.index()

        def newest(slot: GameSlot) -> tuple[float, str]:
            # File times may be coarse (2 s on FAT sticks); the index keeps finer ones.
            noted = index.get(slot.game_id, {}).get("updated")
            when = 0.0
            if isinstance(noted, float | int) and not isinstance(noted, bool) and 0 <= noted < 1e11:
                when = float(noted)
            return max(slot.updated(), when), slot.game_id

        found.sort(key=newest, reverse=True)
        return found

    def latest(self, include_finished: bool = False) -> Resumed | None:
        """The newest save that loads, of the newest game (unfinished, unless asked otherwise)."""
        try:
            return self.resume(include_finished)
        except NothingToResume:
            return None

    def resume(self, include_finished: bool = False) -> Resumed:
        """As latest(), but says why nothing could be resumed (NothingToResume)."""
        skipped: list[str] = []
        for slot in self.slots():
            for path in slot.saves():
                try:
                    game = load(path)
                except SaveError as exc:
                    skipped.append(str(exc))
                    continue
                if game.is_over() and not include_finished:
                    break  # the newest good save says this game is finished: try the next game
                self.attach(game, slot)
                return Resumed(game, slot, path, skipped, read_table_settings(path))
        if skipped:
            raise NothingToResume(
                _("No saved game could be continued: {reason}").format(reason=skipped[0]), skipped
            )
        raise NothingToResume(_("There is no unfinished saved game to continue."), skipped)

    def open(self, path: Path | str) -> Resumed:
        """A given save file. If it is one of this store's, its game goes on in its own folder;
        a file from elsewhere gets a new folder (and is saved there at once, so resume finds it).
        Never changes the file it reads."""
        path = Path(path)
        game = load(path)
        slot = self._own_slot(path)
        if slot is None:
            slot = self.new_slot()
            self.attach(game, slot)
            with contextlib.suppress(OSError):
                slot.save(game)
        else:
            self.attach(game, slot)
        return Resumed(game, slot, path, [], read_table_settings(path))

    def _own_slot(self, path: Path) -> GameSlot | None:
        try:
            folder = path.resolve().parent
            if folder.parent != self.root.resolve() or not is_game_id(folder.name):
                return None
        except OSError:
            return None
        return GameSlot(self, folder.name) if _SAVE_NAME.match(path.name) else None
