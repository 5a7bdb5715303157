"""`python -m game replay FILE [--text]`: step through a finished game, for the class to see.

FILE is a replay file, any save file, or `last` (the newest game in the player's saves). In the
terminal: Enter or n steps forward, b back, r N jumps to round N, g N to action N, w shows all
that happened in this round, s and e go to the start and the end, q quits. `--round N` prints
what happened in round N and stops; `--all` prints the whole game. What is shown is what a
spectator sees; `--full` adds everyone's secrets (goals, private stats), as the debrief does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..engine import Game
from ..i18n import _
from ..narrate import action_label, citizen_name, entry_text, tier_name
from ..saves import ReplayCursor, SaveError, SaveStore, read_replay
from ..saves.store import REPLAY_NAME
from .common import add_language, apply_language
from .resume import on_table


def help_text() -> str:
    return _("Enter/n: next \u00b7 b: back \u00b7 r N: round N \u00b7 g N: action N \u00b7 "
             "w: this round \u00b7 s: start \u00b7 e: end \u00b7 q: quit")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("replay", help="step through a saved game or replay file")
    parser.add_argument("file", help="a replay or save file, or 'last' for the newest game")
    parser.add_argument("--text", action="store_true", help="in the terminal")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--round", type=int, metavar="N", help="print what happened in round N")
    shown.add_argument("--all", action="store_true", help="print the whole game")
    parser.add_argument("--full", action="store_true",
                        help="show everyone's secrets too (for the debrief)")
    add_language(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    cursor = ReplayCursor(read_replay(replay_path(args.file)))
    if not args.text and args.round is None and not args.all:
        table = _table_viewer()
        if table is not None:
            code = on_table(lambda: table(cursor))
            if code is not None:
                return code
        print(_("The table is not available here, so the replay is shown in the terminal."),
              file=sys.stderr)
    viewer = TextReplay(cursor, sys.stdout, sys.stdin, full=args.full)
    if args.round is not None:
        return viewer.print_round(args.round)
    if args.all:
        viewer.print_all()
        return 0
    return viewer.run()


def replay_path(name: str) -> Path:
    """The file named, or for 'last' the newest game's replay (or newest save)."""
    path = Path(name)
    if path.exists() or name != "last":
        return path
    for slot in SaveStore().slots():
        replay = slot.directory / REPLAY_NAME
        saves = slot.saves()
        return replay if replay.exists() else saves[0]
    raise SaveError(_("There is no saved game to replay yet."))


def _table_viewer() -> Callable[[ReplayCursor], int] | None:
    """The table's replay viewer, `replay_table(cursor)`; None where pygame or the table is
    missing."""
    try:
        from ..ui.launch import replay_table
    except ImportError:  # the terminal shows the replay
        return None
    return replay_table


class TextReplay:
    """The terminal's replay viewer: one step at a time, in the game's own sentences."""

    def __init__(self, cursor: ReplayCursor, out: TextIO, inp: TextIO, full: bool = False) -> None:
        self.cursor = cursor
        self.out = out
        self.inp = inp
        self.full = full and cursor.final.is_over()

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def entry_lines(self, entries: list[dict[str, Any]]) -> list[str]:
        game = self.cursor.game
        lines = []
        for entry in entries:
            text = entry_text(game, entry, None)
            if not text:
                continue
            if entry.get("secret") or entry["kind"] == "goal":
                text = f"({citizen_name(game, entry['actor'])}) {text}"
            lines.append(f"  \u00b7 {text}")
        return lines

    def header(self) -> None:
        c = self.cursor
        game = c.game
        names = ", ".join(seat.name for seat in game.state.seats)
        self.say(_("Replay: {ruleset}, {n} seats ({names}), seed {seed}: {actions} actions "
                   "over {rounds} rounds.").format(
            ruleset=game.state.ruleset, n=len(game.state.seats), names=names,
            seed=game.state.seed, actions=c.length, rounds=c.rounds_played))

    def scores(self, game: Game) -> None:
        for index, citizen in enumerate(game.state.citizens):
            if citizen.is_player:
                self.say(f"    {citizen_name(game, index):<22.22} {citizen.score:>5}  "
                         f"{tier_name(game, citizen.tier)}")

    def show_step(self) -> None:
        """The action that led here and what it caused."""
        c = self.cursor
        at = c.action_at(c.position)
        if at is None:
            self.say(_("The start of the game (round 1)."))
            self.say_lines(self.entry_lines(self.opening()))
            return
        seat, action = at
        self.say(_("Action {n}/{total} \u00b7 round {round}: {name} chooses: {action}").format(
            n=c.position, total=c.length, round=c.rounds[c.position - 1],
            name=citizen_name(c.game, seat), action=action_label(c.game, action)))
        self.say_lines(self.entry_lines(c.entries(c.position - 1, c.position, self.full)))

    def opening(self) -> list[dict[str, Any]]:
        # What the setup logged (the start, goals, the first era) comes before action 1.
        if self.full:
            return self.cursor.final.log_for(None)[: self.cursor.log_lengths[0]]
        return self.cursor.game_at(0).public_log()

    def say_lines(self, lines: list[str]) -> None:
        for line in lines:
            self.say(line)

    def print_round(self, round_number: int) -> int:
        c = self.cursor
        if not 1 <= round_number <= c.rounds_played:
            self.say(_("There is no round {n} in this game (rounds 1 to {last}).").format(
                n=round_number, last=c.rounds_played))
            return 2
        self.header()
        self.say(_("What happened in round {n}:").format(n=round_number))
        self.say_lines(self.entry_lines(c.round_entries(round_number, self.full)))
        self.say(_("Scores when round {n} was over:").format(n=round_number))
        self.scores(c.game_at(c.end_of_round(round_number)))
        return 0

    def print_all(self) -> None:
        self.header()
        self.cursor.jump_to(0)
        self.show_step()
        while self.cursor.position < self.cursor.length:
            self.cursor.forward()
            self.show_step()
        self.say(_("Final scores:"))
        self.scores(self.cursor.game)

    def run(self) -> int:
        c = self.cursor
        self.header()
        self.say(help_text())
        self.show_step()
        while True:
            self.out.write(f"[{c.position}/{c.length} \u00b7 " + _("round {n}").format(n=c.round)
                           + "] > ")
            self.out.flush()
            line = self.inp.readline()
            if line == "":
                self.say("")
                return 0
            if not self.command(line.strip().lower()):
                return 0

    def command(self, text: str) -> bool:
        """Carry out one typed command; False to quit."""
        c = self.cursor
        word, _sep, rest = text.partition(" ")
        number = int(rest) if rest.strip().isdigit() else None
        if word in ("q", "quit", "exit"):
            return False
        if word in ("", "n", "next"):
            if c.position >= c.length:
                self.say(_("This is the end of the game."))
                self.scores(c.game)
            else:
                c.forward()
                self.show_step()
        elif word in ("b", "back"):
            if c.position == 0:
                self.say(_("This is the start of the game."))
            else:
                c.back()
                self.show_step()
        elif word in ("r", "round") and number is not None:
            if not 1 <= number <= c.rounds_played:
                self.say(_("There is no round {n} in this game (rounds 1 to {last}).").format(
                    n=number, last=c.rounds_played))
            else:
                c.jump_to_round(number)
                self.say(_("Round {n} begins (action {pos}/{total}). Scores now:").format(
                    n=number, pos=c.position, total=c.length))
                self.scores(c.game)
        elif word in ("g", "go") and number is not None:
            c.jump_to(number)
            self.show_step()
        elif word in ("w", "what"):
            self.say(_("What happened in round {n}:").format(n=c.round))
            self.say_lines(self.entry_lines(c.round_entries(c.round, self.full)))
        elif word in ("s", "start"):
            c.jump_to(0)
            self.show_step()
        elif word in ("e", "end"):
            c.jump_to(c.length)
            self.show_step()
            self.scores(c.game)
        else:
            self.say(help_text())
        return True

