"""What a bot knows at a decision: its seat's observation and the public rules, nothing else.

A SeatView is built from `game.observe(seat)` and the public content records (the ruleset and
the cards). It never touches `game.state`, so a bot that reasons from it cannot peek at another
seat's money, wellbeing, voice or goal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..engine import Game
from ..engine.records import Content, Ruleset

FACTOR_KEYS: tuple[str, ...] = ("credit", "fulfilment", "identity", "behaviour")


class CitizenView:
    """One citizen as everyone sees them: score, tier, list status, friends, and the factor
    level (0-100) they bring to a friend, worked out from the factors where they are shown,
    from the score where they are not."""

    __slots__ = (
        "index",
        "is_player",
        "ref",
        "score",
        "tier",
        "blacklisted",
        "critic",
        "friends",
        "_factors",
        "_model",
        "_level",
        "_bond",
    )

    def __init__(
        self,
        index: int,
        is_player: bool,
        ref: str,
        score: int,
        tier: int,
        blacklisted: bool,
        critic: bool,
        friends: list[int],
        factors: Mapping[str, float] | None,
        model: ScoreModel,
    ) -> None:
        self.index = index
        self.is_player = is_player
        self.ref = ref
        self.score = score
        self.tier = tier
        self.blacklisted = blacklisted
        self.critic = critic
        self.friends = friends
        self._factors = factors
        self._model = model
        self._level: float | None = None
        self._bond: float | None = None

    @property
    def level(self) -> float:
        level = self._level
        if level is None:
            factors = self._factors
            if factors is not None:
                level = self._model.level_of_factors(factors)
            else:
                level = self._model.level_of_score(self.score)
            self._level = level
        return level

    @property
    def bond(self) -> float:
        """What this citizen as a friend adds to (or takes from) the connections factor; a
        decision asks it for every target, so it is worked out once."""
        bond = self._bond
        if bond is None:
            bond = self._bond = self._model.friend_connections(self.level, self.critic)
        return bond


class ScoreModel:
    """How the score turns factor points into score points, as far as a seat can know.

    In transparent mode the ruleset's weights are known; in opaque mode a bot knows from the
    cards which factor an act touches and by how much, but not how much each factor weighs,
    so it assumes they weigh the same.
    """

    def __init__(self, ruleset: Ruleset, transparent: bool) -> None:
        self.ruleset = ruleset
        w = ruleset.weights
        if not transparent:
            mean = sum(w.values()) / len(w)
            w = {key: mean for key in w}
        self.weights = w
        total = sum(w.values()) or 1.0
        if ruleset.formula in ("weighted", "ratings"):
            # (Peer-rated scores follow stars, not factors; a level is still a 100th of the range.)
            span = (ruleset.score_max - ruleset.score_min) / 100.0
            factor_weight = 0.0 if ruleset.formula == "ratings" else 1.0
            self.per_point = {f: factor_weight * span * w[f] / total for f in w}
            # One point of "level" (the weighted mean of all factors) in score points.
            self.per_level = span
        else:
            self.per_point = {f: ruleset.scale * w[f] for f in w}
            self.per_level = ruleset.scale * total
        self.pivot = ruleset.connections_pivot
        self.per_friend = ruleset.connections_per_friend
        self.critic_penalty = ruleset.critic_penalty
        # Shown factors are weighed with the ruleset's own weights (they are shown only where
        # those are known); their sum is fixed, so it is added up once.
        self._factor_weights = tuple(ruleset.weights[f] for f in FACTOR_KEYS)
        self._factor_total = sum(ruleset.weights[f] for f in FACTOR_KEYS) or 1.0

    def level_of_factors(self, factors: Mapping[str, float]) -> float:
        """The factor level (0-100) of shown factors: their weighted mean (summed from 0.0 in
        FACTOR_KEYS order, as `sum` would)."""
        credit, fulfilment, identity, behaviour = self._factor_weights
        total = (
            0.0
            + credit * factors["credit"]
            + fulfilment * factors["fulfilment"]
            + identity * factors["identity"]
            + behaviour * factors["behaviour"]
        )
        return total / self._factor_total

    def level_of_score(self, score: int) -> float:
        """The factor level (0-100) a public score suggests."""
        r = self.ruleset
        if r.formula != "ledger":
            return 100.0 * (score - r.score_min) / max(1, r.score_max - r.score_min)
        return r.factor_start + (score - r.score_start) / max(1e-9, self.per_level)

    def friend_connections(self, level: float, critic: bool) -> float:
        """What one friend of this level adds to (or takes from) the connections factor."""
        value = (level - self.pivot) * self.per_friend
        if critic:
            value -= self.critic_penalty
        return value

    def tier_of(self, score: int) -> int:
        rank = 1
        for index, tier in enumerate(self.ruleset.tiers, start=1):
            if score >= tier.min:
                rank = index
        return rank


_MODELS: dict[tuple[int, bool], ScoreModel] = {}


def score_model(ruleset: Ruleset, transparent: bool) -> ScoreModel:
    """One ScoreModel per ruleset and mode, shared (it depends on nothing else)."""
    key = (id(ruleset), transparent)
    model = _MODELS.get(key)
    if model is None or model.ruleset is not ruleset:
        model = _MODELS[key] = ScoreModel(ruleset, transparent)
    return model


class SeatView:
    """The decision-time knowledge of one seat, parsed once from its observation."""

    __slots__ = (
        "seat",
        "content",
        "ruleset",
        "model",
        "round",
        "rounds",
        "rounds_left",
        "era",
        "phase",
        "ap_left",
        "pending",
        "market",
        "campaigns",
        "citizens",
        "money",
        "wellbeing",
        "voice",
        "goal",
        "counters",
        "penalties",
        "used_privileges",
        "transparent",
        "options",
        "players",
        "detection",
        "connections_on",
        "blacklists_on",
        "me",
    )

    def __init__(self, game: Game, seat: int) -> None:
        # The brief observation: the table as it stands, without the history and the legal
        # actions a bot does not read from it.
        obs: dict[str, Any] = game.observe(seat, brief=True)
        self.seat = seat
        self.content: Content = game.content
        self.ruleset: Ruleset = game.ruleset
        self.options: dict[str, Any] = obs["options"]
        self.transparent = bool(self.options["transparent"])
        self.model = score_model(self.ruleset, self.transparent)
        self._clock(obs["round"], obs["rounds"], obs["era"])
        self.phase: str = obs["phase"]
        self.ap_left: int = obs["ap_left"]
        self.pending: list[int] | None = obs["pending"]
        self.market: list[str] = obs["market"]
        self.campaigns: list[list[Any]] = obs["campaigns"]
        me = obs["me"]
        self.money: int = me["money"]
        self.wellbeing: int = me["wellbeing"]
        self.voice: int = me["voice"]
        self.goal: str = me["goal"]
        self.counters: dict[str, int] = me["counters"]
        self.penalties: list[dict[str, Any]] = me["penalties"]
        self.used_privileges: list[str] = me["used_privileges"]
        model = self.model
        self.citizens = [
            CitizenView(
                c["index"],
                c["is_player"],
                c["ref"],
                c["score"],
                c["tier"],
                c["blacklisted"],
                c["critic"],
                c["friends"],
                c.get("factors"),
                model,
            )
            for c in obs["citizens"]
        ]
        self.players = sum(1 for c in self.citizens if c.is_player)
        self.me = self.citizens[seat]

    @classmethod
    def imagined(cls, world: Game, seat: int) -> SeatView:
        """The same view, read straight from a world the bot imagined: a determinised copy it
        owns, whose hidden parts are guesses (the search bot's rollouts). Faster than
        `observe`; never use it on the real game, where it would see what the seat may not."""
        view = cls.__new__(cls)
        state = world.state
        view.seat = seat
        view.content = world.content
        view.ruleset = world.ruleset
        options = state.options
        view.options = {
            "transparent": options.transparent,
            "public_shaming": options.public_shaming,
        }
        view.transparent = options.transparent
        view.model = model = score_model(view.ruleset, view.transparent)
        view._clock(state.round, state.rounds, state.era)
        view.phase = state.phase
        view.ap_left = state.ap_left if state.phase == "turn" else 0
        view.pending = list(state.pending) if state.pending is not None else None
        view.market = state.market
        view.campaigns = state.campaigns  # type: ignore[assignment]
        me = state.citizens[seat]
        view.money, view.wellbeing, view.voice = me.money, me.wellbeing, me.voice
        view.goal = me.goal
        view.counters = me.counters
        view.penalties = [p.to_dict() for p in me.penalties]
        view.used_privileges = me.used_privileges
        round_number = state.round
        transparent = view.transparent
        view.citizens = [
            CitizenView(
                i,
                c.is_player,
                c.ref,
                c.score,
                c.tier,
                c.blacklisted,
                c.critic_until >= round_number,
                c.friends,
                c.factors if transparent else None,
                model,
            )
            for i, c in enumerate(state.citizens)
        ]
        view.players = len(state.seats)
        view.me = view.citizens[seat]
        return view

    def _clock(self, round_number: int, rounds: int, era_number: int) -> None:
        self.round = round_number
        self.rounds = rounds
        self.rounds_left = rounds - round_number + 1  # this round included
        self.era = era_number
        era = self.ruleset.eras[era_number - 1]
        self.detection: dict[str, float] = era.detection
        self.connections_on = era.connections
        self.blacklists_on = era.blacklists

    def friend_bonus(self) -> int:
        """Wellbeing a round from friends (or the loss of being alone), as upkeep pays it."""
        r = self.ruleset
        n = len(self.me.friends)
        if n == 0:
            return r.lonely_wellbeing
        return min(r.max_friend_wellbeing, r.friend_wellbeing * n)

    def chance(self, channel: str) -> float:
        return float(self.detection.get(channel, 1.0))

    def campaign_multiplier(self, tags: tuple[str, ...]) -> float:
        multiplier = 1.0
        for tag, value, _last in self.campaigns:
            if tag in tags:
                multiplier *= float(value)
        return multiplier
