"""What the players choose before a game, and how it becomes one (no drawing here)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..bots import BOT_KINDS, DEFAULT_BOT
from ..engine import Content, Game, Seat, default_content, default_options
from ..engine.records import LENGTHS, WIN_CONDITIONS
from ..i18n import _, language, ngettext

DEFAULT_NAMES = ("Ana", "Bram", "Chloé", "Daan", "Elif", "Finn")
MAX_SEATS = 6
SEED_LIMIT = 2**63
# Classroom mode: 3-6 teams, each one seat; an optional turn timer (seconds, 0: none).
MIN_TEAMS = 3
TIMER_CHOICES: tuple[int, ...] = (0, 30, 45, 60, 90, 120, 180)
MEMBERS_LIMIT = 80  # characters of the members' names typed for one team


def team_names() -> tuple[str, ...]:
    """Default team names, after the shape each seat wears at the table (circle, square...)."""
    return (
        _("Circles"),
        _("Squares"),
        _("Triangles"),
        _("Diamonds"),
        _("Hexagons"),
        _("Stars"),
    )


def timer_label(seconds: int) -> str:
    if seconds <= 0:
        return _("No timer")
    if seconds % 60 == 0:
        return ngettext("{n} min a turn", "{n} min a turn", seconds // 60).format(n=seconds // 60)
    return _("{n} s a turn").format(n=seconds)


def parse_members(text: str) -> tuple[str, ...]:
    """The students of a team, typed as "Ana, Bram; Chloé": split at commas and semicolons."""
    parts = text.replace(";", ",").split(",")
    return tuple(name.strip()[:40] for name in parts if name.strip())


def seat_kinds() -> tuple[str, ...]:
    """Human, then every bot kind the bots package offers now (read at run time)."""
    return ("human", *BOT_KINDS)


def bot_name(kind: str) -> str:
    """A bot kind in the players' language (a kind added later shows its own id)."""
    base, _sep, strength = kind.partition("-")
    names = {
        "random": _("random"),
        "conformist": _("conformist"),
        "dissident": _("dissident"),
        "loyal": _("loyal"),
        "opportunist": _("opportunist"),
        "balanced": _("balanced"),
        "search": _("search"),
    }
    strengths = {"easy": _("easy"), "normal": _("normal"), "hard": _("hard")}
    name = names.get(base, base.replace("_", " "))
    if strength:
        return _("{bot}, {strength}").format(bot=name, strength=strengths.get(strength, strength))
    return name


def kind_label(kind: str) -> str:
    if kind == "human":
        return _("Human")
    return _("Bot: {kind}").format(kind=bot_name(kind))


def length_label(length: str, rounds: int) -> str:
    name = {"short": _("Short"), "standard": _("Standard"), "long": _("Long")}.get(length, length)
    return _("{name} ({rounds} rounds)").format(name=name, rounds=rounds)


def win_label(condition: str) -> str:
    return {
        "life": _("The best life"),
        "score": _("The best score"),
        "goals": _("Secret goals"),
    }.get(condition, condition)


def new_seed() -> int:
    return random.randrange(1, 1_000_000)


@dataclass(slots=True)
class SeatChoice:
    kind: str
    name: str
    members: tuple[str, ...] = ()  # classroom mode: the students of this team


@dataclass(slots=True)
class SetupChoices:
    seats: list[SeatChoice]
    ruleset: str = "sesame"
    transparent: bool = True
    appeals: bool = True
    data_protection: bool = False
    public_shaming: bool = True
    length: str = "standard"
    win_condition: str = "life"
    seed: int = 1
    language: str = "en"
    classroom: bool = False  # teams instead of individuals, teacher controls at the table
    timer: int = 0  # classroom mode: seconds a human team has for a turn (0: no timer)
    switches_from_ruleset: bool = field(default=True, repr=False)

    @classmethod
    def default(cls, content: Content | None = None) -> SetupChoices:
        """One human against three bots, the Sesame ruleset with its own switches."""
        bot = DEFAULT_BOT if DEFAULT_BOT in seat_kinds() else seat_kinds()[-1]
        seats = [SeatChoice("human", DEFAULT_NAMES[0])] + [
            SeatChoice(bot, DEFAULT_NAMES[i]) for i in range(1, 4)
        ]
        choices = cls(seats=seats, seed=new_seed(), language=language())
        choices.apply_ruleset_defaults(content or default_content())
        return choices

    @classmethod
    def from_seats(
        cls, seats: list[Seat], ruleset: str, seed: int, options: dict[str, object]
    ) -> SetupChoices:
        kinds = seat_kinds()
        fallback = DEFAULT_BOT if DEFAULT_BOT in kinds else kinds[-1]
        chosen = [
            SeatChoice(
                "human" if s.kind == "human" else (s.bot if s.bot in kinds else fallback),
                s.name,
                tuple(s.members),
            )
            for s in seats
        ]
        return cls(
            seats=chosen,
            ruleset=ruleset,
            transparent=bool(options["transparent"]),
            appeals=bool(options["appeals"]),
            data_protection=bool(options["data_protection"]),
            public_shaming=bool(options["public_shaming"]),
            length=str(options["length"]),
            win_condition=str(options["win_condition"]),
            seed=seed,
            language=language(),
            classroom=any(s.members for s in seats),
        )

    @classmethod
    def of_game(cls, game: Game, table: Mapping[str, Any] | None = None) -> SetupChoices:
        """The setup a game was started with; `table` is what a save kept beside it
        (Resumed.table), so a resumed lesson is a lesson again, with its turn timer."""
        state = game.state
        choices = cls.from_seats(
            list(state.seats), state.ruleset, state.seed, state.options.to_dict()
        )
        settings = table or {}
        if settings.get("classroom"):
            choices.classroom = True
        timer = settings.get("timer")
        if choices.classroom and isinstance(timer, int) and not isinstance(timer, bool):
            choices.timer = timer
        return choices

    def apply_ruleset_defaults(self, content: Content) -> None:
        ruleset = content.rulesets[self.ruleset]
        options = default_options(ruleset)
        self.transparent = options.transparent
        self.appeals = options.appeals
        self.data_protection = options.data_protection
        self.public_shaming = options.public_shaming
        self.length = options.length
        self.win_condition = options.win_condition

    def add_seat(self) -> None:
        if len(self.seats) < MAX_SEATS:
            taken = {s.name for s in self.seats}
            spare = _("Citizen {n}").format(n=len(self.seats) + 1)
            name = next((n for n in DEFAULT_NAMES if n not in taken), spare)
            kinds = seat_kinds()
            self.seats.append(SeatChoice(DEFAULT_BOT if DEFAULT_BOT in kinds else kinds[-1], name))

    def remove_seat(self, index: int) -> None:
        if len(self.seats) > 1 and 0 <= index < len(self.seats):
            del self.seats[index]

    def make_classroom(self) -> None:
        """Switch to teams: at least MIN_TEAMS seats, every one a human team; the default
        player names become team names after the seats' shapes (typed names stay)."""
        self.classroom = True
        names = team_names()
        while len(self.seats) < MIN_TEAMS:
            self.seats.append(SeatChoice("human", ""))
        for index, seat in enumerate(self.seats):
            if seat.name in DEFAULT_NAMES or not seat.name.strip():
                seat.name = names[index]
            seat.kind = "human"

    def add_team(self) -> None:
        if len(self.seats) < MAX_SEATS:
            taken = {s.name for s in self.seats}
            spare = _("Team {n}").format(n=len(self.seats) + 1)
            name = next((n for n in team_names() if n not in taken), spare)
            self.seats.append(SeatChoice("human", name))

    def to_game(self, content: Content | None = None) -> Game:
        content = content or default_content()
        ruleset = content.rulesets[self.ruleset]
        options = default_options(
            ruleset,
            transparent=self.transparent,
            appeals=self.appeals,
            data_protection=self.data_protection,
            public_shaming=self.public_shaming,
            length=self.length if self.length in LENGTHS else ruleset.default_length,
            win_condition=self.win_condition if self.win_condition in WIN_CONDITIONS else "life",
        )
        defaults = team_names() if self.classroom else DEFAULT_NAMES
        seats = [
            Seat(
                s.name.strip() or defaults[i % len(defaults)],
                "human" if s.kind == "human" else "bot",
                "" if s.kind == "human" else s.kind,
                members=tuple(s.members) if self.classroom else (),
            )
            for i, s in enumerate(self.seats)
        ]
        return Game.new(
            seats,
            ruleset=self.ruleset,
            seed=self.seed % SEED_LIMIT,
            options=options,
            content=content,
        )

    def copy(self) -> SetupChoices:
        return replace(self, seats=[SeatChoice(s.kind, s.name, s.members) for s in self.seats])
