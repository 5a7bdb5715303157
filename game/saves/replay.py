"""Replays: a finished (or unfinished) game as a small file, and a cursor to step through it.

    from game.saves import save_replay, read_replay, ReplayCursor
    save_replay(game, path)                  # ruleset, content fingerprint, seats, seed, actions
    cursor = ReplayCursor(read_replay(path)) # refused if made with other content
    cursor.forward(); cursor.back(); cursor.jump_to_round(3)
    cursor.game                              # the Game at this point (read it, do not apply)
    cursor.entries(cursor.position - 1, cursor.position)   # what the last step did, as log views

A replay file:
    {"format": 1, "game": "model-citizen", "kind": "replay", "content": <fingerprint>,
     "ruleset": ..., "packs": [...], "seats": [...], "seed": ..., "options": {...},
     "actions": [...], "check": <digest of the score history and final stats>}
The check makes a replay that plays out differently under another version of the rules say so,
even when the content files are the same. Any save file can be read as a replay too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..engine import Content, Game, IllegalAction, StateError
from ..i18n import _
from .atomic import write_atomic
from .check import MAX_ID, FieldChecker, check_actions, check_save, check_setup_fields
from .errors import SaveError
from .migrate import migrate
from .safe_json import parse, read_json

REPLAY_FORMAT = 1
CHECKPOINT_EVERY = 16


def outcome_digest(game: Game) -> str:
    """A short digest of how the game went: every round's stats and everyone's final ones."""
    s = game.state
    facts = {
        "history": [[list(row) for row in rnd] for rnd in s.history],
        "citizens": [[c.score, c.money, c.wellbeing, c.voice, list(c.friends)] for c in s.citizens],
        "log": len(s.log),
    }
    text = json.dumps(facts, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def make_replay(game: Game) -> dict[str, Any]:
    setup = game.setup()
    return {
        "format": REPLAY_FORMAT,
        "game": "model-citizen",
        "kind": "replay",
        "content": game.content.fingerprint,
        "ruleset": setup["ruleset"],
        "packs": setup.get("packs", []),
        "seats": setup["seats"],
        "seed": setup["seed"],
        "options": setup["options"],
        "actions": list(game.state.actions_taken),
        "check": outcome_digest(game),
    }


def replay_json(game: Game) -> str:
    return json.dumps(make_replay(game), ensure_ascii=False, indent=1)


def save_replay(game: Game, path: Path | str) -> Path:
    path = Path(path)
    write_atomic(path, replay_json(game))
    return path


@dataclass(frozen=True)
class Replay:
    """A checked replay file: enough to play the game again, action by action."""

    setup: dict[str, Any]
    actions: tuple[int, ...]
    content: str
    check: str | None          # digest of the outcome (replay files)
    state: dict[str, Any] | None  # the saved state (when read from a save)
    where: str


def replay_from_data(data: Any, where: str) -> Replay:
    """A parsed replay (or save) file, every field checked; the game is not replayed yet."""
    if isinstance(data, dict) and data.get("kind") == "replay":
        check = FieldChecker(where)
        if data.get("game") != "model-citizen":
            raise SaveError(_("{file}: this is not a Model Citizen replay.").format(file=where))
        version = data.get("format")
        if version != REPLAY_FORMAT:
            raise SaveError(
                _("{file}: replay format {found} is not one this version reads.").format(
                    file=where, found=json.dumps(version)[:20]
                )
            )
        content = check.text(check.get(data, "content", "content"), "content", MAX_ID)
        check_setup_fields(check, data, "")
        actions = check_actions(check, check.get(data, "actions", "actions"), "actions")
        digest = data.get("check")
        if digest is not None:
            check.text(digest, "check", MAX_ID)
        setup = {k: data[k] for k in ("ruleset", "packs", "seats", "seed", "options") if k in data}
        return Replay(setup, tuple(actions), content, digest, None, where)
    save = migrate(data, where)
    check_save(save, where)
    state = save.get("state")
    return Replay(save["setup"], tuple(save["actions"]), save["content"], None, state, where)


def read_replay(path: Path | str) -> Replay:
    path = Path(path)
    return replay_from_data(read_json(path), str(path))


def parse_replay(text: str, where: str = "replay") -> Replay:
    return replay_from_data(parse(text, where), where)


class ReplayCursor:
    """A position in a replayed game, from 0 (the setup) to `length` (after the last action).

    Building it replays the whole game once, checks it against the file, and keeps a copy of
    the game every CHECKPOINT_EVERY actions, so stepping back is as quick as stepping forward.
    """

    def __init__(self, replay: Replay, content: Content | None = None) -> None:
        where = replay.where
        try:
            game = Game.from_setup(replay.setup, content)  # None: the content of its packs
        except StateError as exc:
            raise SaveError(f"{where}: {exc}.") from None
        if replay.content != game.content.fingerprint:
            raise SaveError(
                _("{file}: this replay was made with other content (the cards have changed "
                  "since), so it is not shown rather than showing a different game.").format(
                    file=where
                )
            )
        self.replay = replay
        self.actions = replay.actions
        self.seats: list[int] = []          # who took each action
        self.rounds: list[int] = [game.state.round]   # the round at each position
        self.log_lengths: list[int] = [len(game.state.log)]
        self._checkpoints: dict[int, Game] = {0: game.clone()}
        for number, action in enumerate(self.actions, start=1):
            seat = game.current_seat
            try:
                game.redo(action)
            except IllegalAction as exc:
                raise SaveError(
                    _("{file}: action {n} cannot be replayed ({problem}).").format(
                        file=where, n=number, problem=exc
                    )
                ) from None
            self.seats.append(-1 if seat is None else seat)
            self.rounds.append(game.state.round)
            self.log_lengths.append(len(game.state.log))
            if number % CHECKPOINT_EVERY == 0:
                self._checkpoints[number] = game.clone()
        if replay.check is not None and replay.check != outcome_digest(game):
            raise SaveError(
                _("{file}: this replay plays out differently with this version of the rules, "
                  "so it is not shown.").format(file=where)
            )
        if replay.state is not None and replay.state != game.state.to_dict():
            raise SaveError(
                _("{file}: the saved state does not match its own actions (the file was "
                  "changed).").format(file=where)
            )
        self.final = game
        self.position = 0
        self._game = self._checkpoints[0].clone()

    # -- where we are ----------------------------------------------------------------------------

    @property
    def length(self) -> int:
        return len(self.actions)

    @property
    def game(self) -> Game:
        """The game at the current position. Read it; clone() it to play on from here."""
        return self._game

    @property
    def round(self) -> int:
        return self.rounds[self.position]

    @property
    def rounds_played(self) -> int:
        return self.rounds[-1]

    def action_at(self, position: int) -> tuple[int, int] | None:
        """(seat, action id) of the action that led to `position`; None at the start."""
        if not 1 <= position <= self.length:
            return None
        return self.seats[position - 1], self.actions[position - 1]

    # -- moving ----------------------------------------------------------------------------------

    def game_at(self, position: int) -> Game:
        """A fresh Game at `position` (clamped to 0..length)."""
        position = max(0, min(self.length, position))
        start = position - position % CHECKPOINT_EVERY
        game = self._checkpoints[start].clone()
        for action in self.actions[start:position]:
            game.redo(action)
        return game

    def jump_to(self, position: int) -> Game:
        position = max(0, min(self.length, position))
        if position >= self.position and position - self.position < CHECKPOINT_EVERY:
            for action in self.actions[self.position : position]:
                self._game.redo(action)
        else:
            self._game = self.game_at(position)
        self.position = position
        return self._game

    def forward(self, steps: int = 1) -> Game:
        return self.jump_to(self.position + steps)

    def back(self, steps: int = 1) -> Game:
        return self.jump_to(self.position - steps)

    def start_of_round(self, round_number: int) -> int:
        """The position where `round_number` begins (clamped to the rounds played)."""
        round_number = max(1, min(self.rounds_played, round_number))
        return next(p for p, r in enumerate(self.rounds) if r >= round_number)

    def end_of_round(self, round_number: int) -> int:
        """The position where `round_number` is over (the next begins, or the game ends)."""
        if round_number >= self.rounds_played:
            return self.length
        return self.start_of_round(round_number + 1)

    def jump_to_round(self, round_number: int) -> Game:
        """The table as `round_number` begins (clamped to the rounds played)."""
        return self.jump_to(self.start_of_round(round_number))

    # -- what happened ---------------------------------------------------------------------------

    def entries(self, start: int, end: int, full: bool = False) -> list[dict[str, Any]]:
        """Log entries written between two positions, as a spectator sees them; `full` shows
        everyone's secrets too (only once the replayed game is over, as in the debrief)."""
        start = max(0, min(self.length, start))
        end = max(start, min(self.length, end))
        first, last = self.log_lengths[start], self.log_lengths[end]
        if full and self.final.is_over():
            return self.final.log_for(None)[first:last]
        game = self._game if end == self.position else self.game_at(end)
        return game.public_log(start=first)

    def round_entries(self, round_number: int, full: bool = False) -> list[dict[str, Any]]:
        """Everything logged in one round: "what happened in round 3" (round 1 includes what
        the setup logged)."""
        if full and self.final.is_over():
            log = self.final.log_for(None)
        else:
            log = self.game_at(self.end_of_round(round_number)).public_log()
        return [entry for entry in log if entry["round"] == round_number]
