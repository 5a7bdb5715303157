"""The public face of the engine: start, ask what is legal, apply, observe, save, replay.

Bots, front ends and tests use only this class (and the records it hands out).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .actions import ACCEPT, ActionSpec, Catalogue
from .errors import ContentError, EngineError, IllegalAction, StateError
from .glance import Glance, glance
from .observe import log_view, observe, private_view
from .packs import load_content
from .records import Content, Ruleset
from .review import SeatResult, max_life_points, results
from .rng import Rng
from .rules import Rules
from .scoring import level_for_score, recompute
from .setup import new_state
from .state import Options, Seat, State

SAVE_FORMAT = 1

_CONTENT: dict[tuple[str, ...], Content] = {}


def content_for(packs: Sequence[str] = ()) -> Content:
    """The game's content with these scenario packs laid over it, loaded once per process."""
    key = tuple(str(p) for p in packs)
    if key not in _CONTENT:
        _CONTENT[key] = load_content(packs=key)
    return _CONTENT[key]


_RULES: dict[tuple[int, int, int], Rules] = {}


def rules_for(content: Content, ruleset: Ruleset, players: int) -> Rules:
    """The rules (and action catalogue) for this content, ruleset and table size, built once:
    they depend on nothing else, and simulations start thousands of games."""
    key = (id(content), id(ruleset), players)
    rules = _RULES.get(key)
    if rules is None or rules.content is not content or rules.ruleset is not ruleset:
        rules = _RULES[key] = Rules(content, ruleset, Catalogue(content, players, ruleset))
    return rules


def default_content() -> Content:
    """The game's own content, loaded once per process."""
    return content_for(())


def default_options(ruleset: Ruleset, **overrides: Any) -> Options:
    """The ruleset's own switches, with any of them overridden by name."""
    values: dict[str, Any] = dict(ruleset.switches)
    values["length"] = ruleset.default_length
    values["win_condition"] = ruleset.default_win_condition
    for key, value in overrides.items():
        if key not in values:
            raise EngineError(f"unknown option '{key}'")
        values[key] = value
    try:
        return Options.from_dict(values)
    except ValueError as exc:
        raise EngineError(str(exc)) from None


@dataclass(frozen=True, slots=True)
class Price:
    """What an action would do to the acting citizen, shown before it is chosen.

    score and chance are None in opaque mode: you see the number move, never why.
    """

    score: int | None
    money: int
    wellbeing: int
    voice: int
    target_score: int | None
    chance: float | None
    risk: float | None = None     # the chance luck turns against you (caught, appeal rejected)


class Lineage:
    """A token one game shares with its clones and undos (weakly referable, for the save store)."""

    __slots__ = ("__weakref__",)


class Game:
    """One game of Model Citizen."""

    def __init__(
        self,
        content: Content,
        state: State,
        rules: Rules | None = None,
        lineage: Lineage | None = None,
    ) -> None:
        self.content = content
        self.state = state
        self.ruleset = content.rulesets[state.ruleset]
        self.rules = rules or rules_for(content, self.ruleset, len(state.seats))
        # What this game shares with its clones and undos, and with no other game (the save
        # store keeps one folder per lineage): a new token unless one is handed on.
        self.lineage = lineage if lineage is not None else Lineage()

    # -- starting -------------------------------------------------------------------------------

    @classmethod
    def new(
        cls,
        seats: Sequence[Seat] | int = 4,
        *,
        ruleset: str = "sesame",
        seed: int = 0,
        options: Options | None = None,
        content: Content | None = None,
    ) -> Game:
        """A new game. `seats` is a list of Seat, or a number of bot seats."""
        content = content or default_content()
        if isinstance(seats, int):
            seats = [Seat(f"Citizen {i + 1}") for i in range(seats)]
        if ruleset not in content.rulesets:
            raise EngineError(
                f"unknown ruleset '{ruleset}' (known: {', '.join(sorted(content.rulesets))})"
            )
        options = options or default_options(content.rulesets[ruleset])
        return cls(content, new_state(content, ruleset, seats, seed, options))

    # -- the game's declaration (as OpenSpiel games have) ----------------------------------------

    @property
    def num_actions(self) -> int:
        return len(self.rules.catalogue)

    @property
    def num_players(self) -> int:
        return len(self.state.seats)

    def score_bounds(self) -> tuple[int, int]:
        return self.ruleset.score_min, self.ruleset.score_max

    def life_bounds(self) -> tuple[int, int]:
        return 0, max_life_points(self.ruleset, self.state)

    def max_decisions(self) -> int:
        """An upper bound on decisions in one game (for RL and sanity checks)."""
        # Every action costs at least one point; each may draw a consent answer and, where the
        # ruleset rates, a round of ratings (two for a pair, or one from every other player).
        ratings = max(2, self.num_players - 1) if self.ruleset.ratings is not None else 0
        per_turn = self.ruleset.action_points * (2 + ratings) + 1
        return self.state.rounds * self.num_players * per_turn

    # -- playing ---------------------------------------------------------------------------------

    @property
    def current_seat(self) -> int | None:
        """The seat that must decide now, or None when the game is over."""
        return self.state.current_seat()

    def legal_actions(self) -> list[int]:
        return self.rules.legal_actions(self.state)

    def legal_mask(self) -> list[bool]:
        mask = [False] * self.num_actions
        for action_id in self.legal_actions():
            mask[action_id] = True
        return mask

    def action_name(self, action_id: int) -> str:
        """The stable readable name of an action id: 'buy:diapers', 'drop:old_wang'."""
        return self.action_spec(action_id).name

    def action_id(self, name: str) -> int:
        try:
            return self.rules.catalogue.by_name[name]
        except KeyError:
            raise IllegalAction(f"there is no action named '{name}'") from None

    def action_spec(self, action_id: int) -> ActionSpec:
        """What an action id stands for: its verb, the card it names, its target."""
        if isinstance(action_id, bool) or not isinstance(action_id, int):
            raise IllegalAction(f"there is no action with id {action_id!r}")
        if not 0 <= action_id < self.num_actions:
            raise IllegalAction(f"there is no action with id {action_id!r}")
        return self.rules.catalogue.specs[action_id]

    def apply(self, action_id: int) -> None:
        """Apply a legal action. An illegal one raises IllegalAction and changes nothing."""
        self.rules.apply(self.state, action_id)

    def redo(self, action_id: int) -> None:
        """Apply one entry of a game's action list: a seat's action or a teacher's control.
        Replays step with this; players and bots use apply()."""
        spec = self.action_spec(action_id)
        if spec.verb == "teacher":
            self.teacher(spec.item)
        else:
            self.apply(action_id)

    def teacher(self, command: str) -> None:
        """Classroom mode's controls: 'transparent' or 'opaque' (at the start of a round), or
        'review' (end the game now and go to the life review). Logged, so replays stay exact."""
        self.rules.teach(self.state, command)

    def can_teach(self, command: str) -> bool:
        return self.rules.can_teach(self.state, command)

    def is_over(self) -> bool:
        return self.state.phase == "over"

    def results(self) -> list[SeatResult]:
        if not self.is_over():
            raise EngineError("the game is not over yet")
        return results(self.content, self.ruleset, self.state)

    def returns(self) -> list[float]:
        """1.0 for each winner, 0.0 for the others (and 0.0 for all before the end)."""
        if not self.is_over():
            return [0.0] * self.num_players
        return [1.0 if r.winner else 0.0 for r in self.results()]

    def price(self, action_id: int) -> Price:
        """What this action would do to the seated citizen if detected, without doing it."""
        if action_id not in self.legal_actions():
            raise IllegalAction(f"'{self.action_name(action_id)}' is not legal now")
        seat = self.current_seat
        assert seat is not None
        spec = self.rules.catalogue.specs[action_id]
        if spec.verb == "end_turn":
            # Ending the turn has no price of its own; what the round's end brings is hidden.
            zero = 0 if self.state.options.transparent else None
            return Price(zero, 0, 0, 0, None, None)
        trial = self.state.copy()
        trial.preview = True
        # Enough points that the trial never reaches the end of the turn or of the round,
        # whose events are still face down.
        trial.ap_left = 10_000
        self.rules.apply(trial, action_id)
        if trial.phase == "consent" and trial.pending is not None:
            self.rules.apply(trial, ACCEPT)
        before, after = self.state.citizens[seat], trial.citizens[seat]
        transparent = self.state.options.transparent
        target_score = None
        if spec.target >= 0 and transparent:
            target_score = (
                trial.citizens[spec.target].score - self.state.citizens[spec.target].score
            )
        chance = None
        if transparent and spec.verb in ("self", "buy", "befriend", "drop", "report"):
            channel = self._channel(spec)
            chance = self.ruleset.eras[self.state.era - 1].detection[channel]
        risk = None
        if spec.verb == "black_market":
            risk = self.ruleset.black_market_detection
        elif spec.verb == "appeal":
            risk = 1.0 - self.ruleset.appeal_success
        return Price(
            score=after.score - before.score if transparent else None,
            money=after.money - before.money,
            wellbeing=after.wellbeing - before.wellbeing,
            voice=after.voice - before.voice,
            target_score=target_score,
            chance=chance,
            risk=risk,
        )

    def _channel(self, spec: Any) -> str:
        if spec.verb == "buy":
            return str(self.content.purchases[spec.item].channel)
        return str(self.content.actions[spec.item].channel)

    # -- seeing ----------------------------------------------------------------------------------

    def observe(self, seat: int, *, brief: bool = False) -> dict[str, Any]:
        """Everything `seat` may see, and nothing private of anyone else.

        `brief` leaves the round-by-round history and the legal actions empty: the table as it
        stands, for a bot that asks for the legal actions itself (and decides thousands of
        times a second)."""
        self._check_seat(seat)
        legal = self.legal_actions() if not brief and self.current_seat == seat else []
        return observe(self.ruleset, self.state, seat, legal, history=not brief)

    def glance(self, seat: int) -> Glance:
        """The facts of observe(seat, brief=True) as compact columns, one tuple per fact indexed
        by citizen: what a bot reads at every decision, several times faster to make."""
        self._check_seat(seat)
        return glance(self.ruleset, self.state, seat)

    def log_for(
        self, seat: int | None, start: int = 0, kinds: Collection[str] | None = None
    ) -> list[dict[str, Any]]:
        """The log as `seat` may read it, others' secrets left out. None: the full record,
        only once the game is over (the debrief). `kinds`: only entries of these kinds
        ('declined', 'report', ...), for a reader looking for one thing."""
        if seat is None:
            if not self.is_over():
                raise EngineError("the full record opens only when the game is over")
        else:
            self._check_seat(seat)
        return log_view(self.state, seat, start, kinds)

    def log_start(self, round_number: int) -> int:
        """Where the log's entries of this round (and later ones) begin: a `start` for
        log_for, so a reader of recent rounds need not go through the whole game."""
        return bisect_left(self.state.log, round_number, key=lambda entry: entry.round)

    def private_views(self) -> list[dict[str, Any]]:
        """Every player's private life at once: for the teacher's 'reveal' in classroom mode,
        and for the end of the game. Never hand this to a seat during play."""
        return [private_view(self.state, seat) for seat in range(self.num_players)]

    def public_log(self, start: int = 0) -> list[dict[str, Any]]:
        """The log as a spectator sees it: public facts only, no one's private stats or secrets."""
        return log_view(self.state, -1, start)

    def _check_seat(self, seat: int) -> None:
        # len(seats), not the num_players property: bots glance at every decision.
        if not isinstance(seat, int) or not 0 <= seat < len(self.state.seats):
            raise EngineError(f"there is no seat {seat!r}")

    # -- copying, saving, replaying --------------------------------------------------------------

    def clone(self) -> Game:
        return Game(self.content, self.state.copy(), self.rules, self.lineage)

    def determinize(self, seat: int, seed: int) -> Game:
        """A copy of the game as `seat` might imagine it: what `seat` cannot see is resampled.

        Other players' goals, private stats and penalties, the order of the decks and the luck
        to come are replaced by guesses drawn from `seed`. A search bot plays out these copies,
        so it never reads what its seat may not see.
        """
        self._check_seat(seat)
        state = self.state.copy()
        rng = Rng.from_seed(seed)
        goals = list(self.content.goals)
        r = self.ruleset
        for index, citizen in enumerate(state.citizens):
            if not citizen.is_player or index == seat:
                continue
            citizen.goal = rng.choice(goals)
            citizen.money = r.start_money
            citizen.wellbeing = r.start_wellbeing
            citizen.voice = r.start_voice
            citizen.counters = {}
            citizen.penalties = []
        # The order of the decks is hidden; which cards were drawn is public.
        rng.shuffle(state.purchase_deck)
        rng.shuffle(state.event_deck)
        if not state.options.transparent:
            # Opaque scoring hides every factor, one's own included: guess them from the score.
            for citizen in state.citizens:
                level = level_for_score(r, citizen.score)
                citizen.factors = dict.fromkeys(citizen.factors, level)
            recompute(r, state)
        state.rng = rng.next_u64()
        state.log = []
        return Game(self.content, state, self.rules)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Game) and self.state.to_dict() == other.state.to_dict()

    def __hash__(self) -> int:
        return id(self)

    def setup(self) -> dict[str, Any]:
        s = self.state
        return {
            "ruleset": s.ruleset,
            "packs": list(self.content.packs),
            "seats": [seat.to_dict() for seat in s.seats],
            "seed": s.seed,
            "options": (s.setup_options or s.options).to_dict(),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SAVE_FORMAT,
            "game": "model-citizen",
            "content": self.content.fingerprint,
            "setup": self.setup(),
            "actions": list(self.state.actions_taken),
            "state": self.state.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def replay(
        cls, setup: dict[str, Any], actions: Iterable[int], content: Content | None = None
    ) -> Game:
        """Play a game again from its setup and action list; it ends in the same state."""
        game = cls.from_setup(setup, content)
        for number, action_id in enumerate(actions, start=1):
            if isinstance(action_id, bool) or not isinstance(action_id, int):
                raise StateError(f"action {number} is not a number")
            try:
                game.redo(action_id)
            except IllegalAction as exc:
                raise StateError(f"action {number} cannot be replayed: {exc}") from None
        return game

    @classmethod
    def from_setup(cls, setup: dict[str, Any], content: Content | None = None) -> Game:
        if content is None:
            packs = setup.get("packs", []) if isinstance(setup, dict) else []
            if not isinstance(packs, list) or not all(isinstance(p, str) for p in packs):
                raise StateError("the game's setup names its scenario packs wrongly")
            try:
                content = content_for(packs)
            except ContentError as exc:
                raise StateError(f"the game's scenario packs cannot be loaded: {exc}") from None
        elif list(content.packs) != list(setup.get("packs", [])):
            raise StateError("this game was played with other scenario packs")
        try:
            seats = [
                Seat(
                    name=str(s["name"]),
                    kind=str(s["kind"]),
                    bot=str(s.get("bot", "random")),
                    members=tuple(str(m) for m in s.get("members", [])),
                )
                for s in setup["seats"]
            ]
            seed = setup["seed"]
            ruleset = setup["ruleset"]
            options = Options.from_dict(setup["options"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StateError(f"the game's setup is damaged ({exc})") from None
        try:
            return cls.new(seats, ruleset=str(ruleset), seed=seed, options=options, content=content)
        except EngineError as exc:
            raise StateError(f"the game's setup is not valid: {exc}") from None

    @classmethod
    def from_dict(cls, data: Any, content: Content | None = None) -> Game:
        """Restore a saved game. It is replayed from its setup and checked against the saved state,
        so a damaged or edited save is refused rather than played."""
        if not isinstance(data, dict) or data.get("game") != "model-citizen":
            raise StateError("this is not a Model Citizen save")
        if data.get("format") != SAVE_FORMAT:
            raise StateError(f"save format {data.get('format')!r} is not one this version reads")
        if not isinstance(data.get("setup"), dict) or not isinstance(data.get("actions"), list):
            raise StateError("the save has no setup or no action list")
        game = cls.from_setup(data["setup"], content)
        if data.get("content") != game.content.fingerprint:
            raise StateError("this save was made with other content (the cards have changed since)")
        game = cls.replay(data["setup"], data["actions"], game.content)
        if "state" in data and data["state"] != game.state.to_dict():
            raise StateError(
                "the saved state does not match its own actions (the file was changed)"
            )
        return game

    @classmethod
    def from_json(cls, text: str, content: Content | None = None) -> Game:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise StateError(f"the save is not valid JSON ({exc})") from None
        return cls.from_dict(data, content)
