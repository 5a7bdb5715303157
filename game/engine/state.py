"""The whole state of one game as plain data: copyable, comparable, and JSON both ways."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .records import LENGTHS, SWITCHES, WIN_CONDITIONS

SEAT_KINDS: tuple[str, ...] = ("human", "bot")
PHASES: tuple[str, ...] = ("turn", "consent", "rating", "over")
FACTOR_KEYS: tuple[str, ...] = ("credit", "fulfilment", "identity", "behaviour")


@dataclass(frozen=True, slots=True)
class Seat:
    """A chair at the table: who sits there and whether a person or a bot plays it."""

    name: str
    kind: str = "bot"
    bot: str = "random"
    members: tuple[str, ...] = ()  # classroom mode: the students of the team at this seat

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "kind": self.kind, "bot": self.bot}
        if self.members:
            data["members"] = list(self.members)
        return data


@dataclass(frozen=True, slots=True)
class Options:
    """What the players chose at setup: the ruleset's switches, the length and the win condition."""

    transparent: bool = True
    appeals: bool = True
    data_protection: bool = False
    public_shaming: bool = True
    length: str = "standard"
    win_condition: str = "life"

    def switch(self, name: str) -> bool:
        return bool(getattr(self, name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "transparent": self.transparent,
            "appeals": self.appeals,
            "data_protection": self.data_protection,
            "public_shaming": self.public_shaming,
            "length": self.length,
            "win_condition": self.win_condition,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Options:
        for name in SWITCHES:
            if not isinstance(data.get(name), bool):
                raise ValueError(f"option '{name}' should be true or false")
        if data.get("length") not in LENGTHS:
            raise ValueError(f"option 'length' should be one of {', '.join(LENGTHS)}")
        if data.get("win_condition") not in WIN_CONDITIONS:
            raise ValueError(f"option 'win_condition' should be one of {', '.join(WIN_CONDITIONS)}")
        return Options(
            transparent=data["transparent"],
            appeals=data["appeals"],
            data_protection=data["data_protection"],
            public_shaming=data["public_shaming"],
            length=data["length"],
            win_condition=data["win_condition"],
        )


@dataclass(frozen=True, slots=True)
class Penalty:
    """A detected loss of score that an appeal may overturn."""

    seq: int
    round: int
    cause: str
    factors: tuple[tuple[str, int], ...]
    appealable: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "round": self.round,
            "cause": self.cause,
            "factors": [list(f) for f in self.factors],
            "appealable": self.appealable,
        }


@dataclass(slots=True)
class Citizen:
    """A player's citizen or a neighbour. Neighbours have no private life in the game."""

    name: str
    is_player: bool
    ref: str  # neighbour id, or "p<seat>" for a player
    factors: dict[str, int]  # credit, fulfilment, identity, behaviour (0-100)
    connections: float = 50.0
    score: int = 0
    tier: int = 1
    blacklisted: bool = False
    critic_until: int = 0  # round through which friends suffer from this citizen's criticism
    friends: list[int] = field(default_factory=list)
    money: int = 0
    wellbeing: int = 0
    voice: int = 0
    goal: str = ""
    counters: dict[str, int] = field(default_factory=dict)
    penalties: list[Penalty] = field(default_factory=list)
    used_privileges: list[str] = field(default_factory=list)
    drift: int = 0
    ratings: list[int] = field(default_factory=list)  # stars received, oldest first
    platforms: dict[str, int] = field(default_factory=dict)  # scores kept by each platform
    # The weighted mean of the own four factors, kept by scoring.refresh for friends' scores to
    # read (derived, so neither saved nor compared).
    level: float = field(default=50.0, compare=False)
    own: float = field(default=0.0, compare=False)  # the weighted sum behind `level`
    # The four factors in FACTOR_KEYS order, kept by scoring.refresh with `own` for glances to
    # read: a glance would otherwise look up four keys per citizen at every decision.
    factor_row: tuple[int, int, int, int] = field(default=(0, 0, 0, 0), compare=False)

    def copy(self) -> Citizen:
        return Citizen(
            name=self.name,
            is_player=self.is_player,
            ref=self.ref,
            factors=dict(self.factors),
            connections=self.connections,
            score=self.score,
            tier=self.tier,
            blacklisted=self.blacklisted,
            critic_until=self.critic_until,
            friends=list(self.friends),
            money=self.money,
            wellbeing=self.wellbeing,
            voice=self.voice,
            goal=self.goal,
            counters=dict(self.counters),
            penalties=list(self.penalties),
            used_privileges=list(self.used_privileges),
            drift=self.drift,
            ratings=list(self.ratings),
            platforms=dict(self.platforms),
            level=self.level,
            own=self.own,
            factor_row=self.factor_row,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "is_player": self.is_player,
            "ref": self.ref,
            "factors": dict(self.factors),
            "connections": self.connections,
            "score": self.score,
            "tier": self.tier,
            "blacklisted": self.blacklisted,
            "critic_until": self.critic_until,
            "friends": list(self.friends),
            "money": self.money,
            "wellbeing": self.wellbeing,
            "voice": self.voice,
            "goal": self.goal,
            "counters": dict(self.counters),
            "penalties": [p.to_dict() for p in self.penalties],
            "used_privileges": list(self.used_privileges),
            "drift": self.drift,
            "ratings": list(self.ratings),
            "platforms": dict(self.platforms),
        }


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to build, and logs are long
class LogEntry:
    """One thing that happened. `private` parts are shown only to the seat they belong to.

    score: public score changes it caused, per citizen index.
    factors: the factor changes behind them (shown in transparent mode, and in the debrief).
    private: per seat, changes to that seat's private stats.
    """

    seq: int
    round: int
    kind: str
    actor: int = -1
    target: int = -1
    item: str = ""
    detail: tuple[tuple[str, Any], ...] = ()
    score: tuple[tuple[int, int], ...] = ()
    factors: tuple[tuple[int, str, int], ...] = ()
    private: tuple[tuple[int, str, int], ...] = ()
    secret: bool = False  # the whole entry is private to its actor (a secret goal, say)

    def detail_dict(self) -> dict[str, Any]:
        return dict(self.detail)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "round": self.round,
            "kind": self.kind,
            "actor": self.actor,
            "target": self.target,
            "item": self.item,
            "detail": {k: v for k, v in self.detail},
            "score": [list(s) for s in self.score],
            "factors": [list(f) for f in self.factors],
            "private": [list(p) for p in self.private],
            "secret": self.secret,
        }


@dataclass(slots=True)
class State:
    """Everything: seats, clock, citizens, decks, market, the log and the random generator."""

    ruleset: str
    options: Options
    seats: tuple[Seat, ...]
    seed: int
    rounds: int
    setup_options: Options | None = None  # the options chosen at setup (a teacher may switch)
    round: int = 1
    era: int = 1
    phase: str = "turn"
    order: list[int] = field(default_factory=list)  # seat order this round
    turn: int = 0  # index into order
    ap_left: int = 0
    pending: tuple[int, int] | None = None  # (proposer, target) of a friendship offer
    rating_queue: list[tuple[int, int]] = field(default_factory=list)  # (rater, rated) still due
    citizens: list[Citizen] = field(default_factory=list)
    market: list[str] = field(default_factory=list)
    purchase_deck: list[str] = field(default_factory=list)
    purchase_discard: list[str] = field(default_factory=list)
    event_deck: list[str] = field(default_factory=list)
    event_discard: list[str] = field(default_factory=list)
    campaigns: list[tuple[str, float, int]] = field(
        default_factory=list
    )  # tag, multiplier, last round
    log: list[LogEntry] = field(default_factory=list)
    history: list[list[tuple[int, int, int, int, int]]] = field(default_factory=list)
    rng: int = 0
    actions_taken: list[int] = field(default_factory=list)
    preview: bool = False  # a trial copy for price previews: every act is detected, luck is kind

    @property
    def players(self) -> int:
        return len(self.seats)

    def current_seat(self) -> int | None:
        if self.phase == "over":
            return None
        if self.phase == "consent" and self.pending is not None:
            return self.pending[1]
        if self.phase == "rating" and self.rating_queue:
            return self.rating_queue[0][0]
        return self.order[self.turn]

    def copy(self) -> State:
        return State(
            ruleset=self.ruleset,
            options=self.options,
            seats=self.seats,
            seed=self.seed,
            rounds=self.rounds,
            setup_options=self.setup_options,
            round=self.round,
            era=self.era,
            phase=self.phase,
            order=list(self.order),
            turn=self.turn,
            ap_left=self.ap_left,
            pending=self.pending,
            rating_queue=list(self.rating_queue),
            citizens=[c.copy() for c in self.citizens],
            market=list(self.market),
            purchase_deck=list(self.purchase_deck),
            purchase_discard=list(self.purchase_discard),
            event_deck=list(self.event_deck),
            event_discard=list(self.event_discard),
            campaigns=list(self.campaigns),
            log=list(self.log),
            history=list(self.history),
            rng=self.rng,
            actions_taken=list(self.actions_taken),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "options": self.options.to_dict(),
            "seats": [s.to_dict() for s in self.seats],
            "seed": self.seed,
            "rounds": self.rounds,
            "setup_options": (self.setup_options or self.options).to_dict(),
            "round": self.round,
            "era": self.era,
            "phase": self.phase,
            "order": list(self.order),
            "turn": self.turn,
            "ap_left": self.ap_left,
            "pending": list(self.pending) if self.pending is not None else None,
            "rating_queue": [list(pair) for pair in self.rating_queue],
            "citizens": [c.to_dict() for c in self.citizens],
            "market": list(self.market),
            "purchase_deck": list(self.purchase_deck),
            "purchase_discard": list(self.purchase_discard),
            "event_deck": list(self.event_deck),
            "event_discard": list(self.event_discard),
            "campaigns": [list(c) for c in self.campaigns],
            "log": [e.to_dict() for e in self.log],
            "history": [[list(row) for row in rnd] for rnd in self.history],
            "rng": self.rng,
            "actions_taken": list(self.actions_taken),
        }
