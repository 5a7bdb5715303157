"""What a bot knows at a decision: its seat's glance at the table and the public rules, nothing
else.

A SeatView is built from `game.glance(seat)` (the facts of the seat's brief observation) and the
public content records (the ruleset and the cards). It never touches `game.state`, so a bot that
reasons from it cannot peek at another seat's money, wellbeing, voice or goal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..engine import Game, Glance
from ..engine.records import Content, Ruleset
from ..engine.state import Options, Penalty

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
        "_view",
    )

    def __init__(self, view: SeatView, index: int) -> None:
        look = view.look
        self.index = index
        self.is_player = index < look.players
        self.ref = look.refs[index]
        self.score = look.scores[index]
        self.tier = look.tiers[index]
        self.blacklisted = look.blacklisted[index]
        self.critic = look.critics[index]
        self.friends = look.friends[index]
        self._view = view

    @property
    def level(self) -> float:
        return self._view.level(self.index)

    @property
    def bond(self) -> float:
        """What this citizen as a friend adds to (or takes from) the connections factor."""
        return self._view.bond(self.index)


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
        # A friend's bond by what is shown of them (factors, or the score) and critic mark.
        self.bonds: dict[tuple[object, bool], float] = {}

    def level_of_factors(self, factors: Sequence[float]) -> float:
        """The factor level (0-100) of shown factors, in FACTOR_KEYS order: their weighted mean
        (summed from 0.0 in that order, as `sum` would)."""
        credit, fulfilment, identity, behaviour = self._factor_weights
        total = (
            0.0
            + credit * factors[0]
            + fulfilment * factors[1]
            + identity * factors[2]
            + behaviour * factors[3]
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


class Moment(NamedTuple):
    """What the score model and the era fix for every decision of a ruleset, mode and era."""

    model: ScoreModel
    key: tuple[ScoreModel, int]  # SeatView.moment
    detection: Mapping[str, float]
    connections_on: bool
    blacklists_on: bool


_MOMENTS: dict[tuple[int, bool, int], Moment] = {}


def _moment(ruleset: Ruleset, transparent: bool, era_number: int) -> Moment:
    model = score_model(ruleset, transparent)
    era = ruleset.eras[era_number - 1]
    found = _MOMENTS[(id(ruleset), transparent, era_number)] = Moment(
        model, (model, era_number), era.detection, era.connections, era.blacklists
    )
    return found


class SeatView:
    """The decision-time knowledge of one seat: its glance, with what the rules make of it.

    The per-citizen facts stay in the glance's columns (`look`); `citizens` makes an object of
    each only when asked, since a bot deciding in a hurry reads a few columns and a few bonds."""

    __slots__ = (
        "seat",
        "look",
        "content",
        "ruleset",
        "model",
        "round",
        "rounds",
        "rounds_left",
        "era",
        "campaigns",
        "money",
        "wellbeing",
        "voice",
        "goal",
        "counters",
        "transparent",
        "options",
        "players",
        "detection",
        "connections_on",
        "blacklists_on",
        "moment",
        "_citizens",
        "bonds",
        "shown",
    )

    def __init__(self, game: Game, seat: int) -> None:
        look = game.glance(seat)
        self.seat = seat
        self.look: Glance = look
        self.content: Content = game.content
        ruleset = self.ruleset = game.ruleset
        options: Options = look.options
        self.options = options
        transparent = self.transparent = options.transparent
        round_number = self.round = look.round
        rounds = self.rounds = look.rounds
        self.rounds_left = rounds - round_number + 1  # this round included
        era = self.era = look.era
        # What fixes most of an action's appraisal: the score model and the era (a cache key).
        moment = _MOMENTS.get((id(ruleset), transparent, era))
        if moment is None or moment.model.ruleset is not ruleset:
            moment = _moment(ruleset, transparent, era)
        self.model = moment.model
        self.moment = moment.key
        self.detection: Mapping[str, float] = moment.detection
        self.connections_on: bool = moment.connections_on
        self.blacklists_on: bool = moment.blacklists_on
        self.campaigns: tuple[tuple[str, float, int], ...] = look.campaigns
        self.money: int = look.money
        self.wellbeing: int = look.wellbeing
        self.voice: int = look.voice
        self.goal: str = look.goal
        self.counters: Mapping[str, int] = look.counters
        self.players: int = look.players
        self._citizens: list[CitizenView] | None = None
        # Each citizen's bond (see `bond`) once asked, by citizen; and what a bond is worked
        # out from: each citizen's factors where they are shown, else their score.
        self.bonds: list[float | None] = [None] * len(look.scores)
        self.shown: Sequence[object] = look.factors if look.factors is not None else look.scores

    # Read from the glance where asked: few decisions ask.
    @property
    def phase(self) -> str:
        return self.look.phase

    @property
    def ap_left(self) -> int:
        return self.look.ap_left

    @property
    def pending(self) -> tuple[int, int] | None:
        return self.look.pending

    @property
    def market(self) -> tuple[str, ...]:
        return self.look.market

    @property
    def penalties(self) -> tuple[Penalty, ...]:
        return self.look.penalties

    @property
    def used_privileges(self) -> tuple[str, ...]:
        return self.look.used_privileges

    @property
    def citizens(self) -> list[CitizenView]:
        """Every citizen as the seat sees them (players first, then neighbours)."""
        citizens = self._citizens
        if citizens is None:
            citizens = self._citizens = [
                CitizenView(self, index) for index in range(len(self.look.scores))
            ]
        return citizens

    @property
    def me(self) -> CitizenView:
        return self.citizens[self.seat]

    def level(self, index: int) -> float:
        """The factor level (0-100) citizen `index` brings to a friend: from the factors where
        they are shown, from the score where they are not."""
        factors = self.look.factors
        if factors is not None:
            return self.model.level_of_factors(factors[index])
        return self.model.level_of_score(self.look.scores[index])

    def bond(self, index: int) -> float:
        """What citizen `index` as a friend adds to (or takes from) the connections factor; a
        decision asks it for many targets, so each is worked out once, and the model keeps it
        for whoever shows the same factors (or score) and critic mark."""
        bond = self.bonds[index]
        if bond is None:
            critic = self.look.critics[index]
            shown = self.shown[index]
            bonds = self.model.bonds
            bond = bonds.get((shown, critic))
            if bond is None:
                if len(bonds) >= 4096:
                    bonds.clear()
                bond = bonds[(shown, critic)] = self.model.friend_connections(
                    self.level(index), critic
                )
            self.bonds[index] = bond
        return bond

    def friend_bonus(self) -> int:
        """Wellbeing a round from friends (or the loss of being alone), as upkeep pays it."""
        r = self.ruleset
        n = len(self.look.friends[self.seat])
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
