"""What an action would do to the seat that takes it, read from the public cards.

Bots appraise every legal action at every decision, so this reads the content effects directly,
sums each action's fixed effects once per game (`Facts`), and adds at decision time only what
the moment decides: the era's detection chance, a running campaign, a friend's standing. It
never calls `game.price`, which clones the whole state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..engine import Game
from ..engine.records import Effect
from .view import ScoreModel, SeatView

ACCEPT_CHANCE = 0.6  # how often a bot expects another player to accept its friendship
# In the first era friends do not count yet, but they will: their weight on the score now.
FUTURE_FRIEND_WEIGHT = 0.7


@dataclass(frozen=True, slots=True)
class Facts:
    """The fixed part of one action: what its cards do to the actor, summed by kind."""

    verb: str
    item: str
    target: int
    money: int
    wellbeing: int
    voice: int
    factors: tuple[tuple[str, int], ...]
    counters: tuple[tuple[str, int], ...]
    channel: str
    forced: bool  # always detected (privileges, appeals, the hacker)
    critic: bool
    blacklist: bool
    tags: tuple[str, ...]  # a purchase's tags, for campaigns
    target_factors: tuple[tuple[str, int], ...]
    target_wellbeing: int
    # (wellbeing, voice, money, counters): how the act moves the actor's stats, as one key.
    moves: tuple[int, int, int, tuple[tuple[str, int], ...]]


class Outcome(NamedTuple):
    """The expected consequences of one action for the acting seat (and its target): the
    action's fixed facts, and what the moment makes of them. A tuple: a decision makes a dozen
    and reads them once."""

    action: int
    facts: Facts
    chance: float = 1.0  # detection chance of the factor part
    factors: tuple[tuple[str, int], ...] = ()  # factor points, if detected
    score: float = 0.0  # own score points if detected
    connections: float = 0.0  # own score points from friendships changing (certain)
    friend: int = 0  # +1 a new friend, -1 a friend lost
    likelihood: float = 1.0  # chance the act happens at all (a friendship needs consent)
    target_score: float = 0.0  # the target's expected score change
    blacklist_risk: float = 0.0  # chance of landing on the blacklist
    late: int = 0  # coins short (a late payment)

    # What the cards fix, read from the facts (the valuation reads `facts` directly).
    @property
    def verb(self) -> str:
        return self.facts.verb

    @property
    def item(self) -> str:
        return self.facts.item

    @property
    def target(self) -> int:
        return self.facts.target

    @property
    def money(self) -> int:
        return self.facts.money

    @property
    def wellbeing(self) -> int:
        return self.facts.wellbeing

    @property
    def voice(self) -> int:
        return self.facts.voice

    @property
    def counters(self) -> tuple[tuple[str, int], ...]:
        return self.facts.counters

    @property
    def target_wellbeing(self) -> int:
        return self.facts.target_wellbeing

    @property
    def critic(self) -> bool:
        """The act marks the actor a critic (their friends suffer)."""
        return self.facts.critic

    @property
    def expected_score(self) -> float:
        return self.likelihood * (self.chance * self.score + self.connections)


def _sum(
    effects: tuple[Effect, ...],
) -> tuple[dict[str, int], dict[str, int], dict[str, int], bool, bool]:
    factors: dict[str, int] = {}
    stats = {"money": 0, "wellbeing": 0, "voice": 0}
    counters: dict[str, int] = {}
    critic = blacklist = False
    for e in effects:
        if e.op == "factor":
            factors[e.factor] = factors.get(e.factor, 0) + e.amount
        elif e.op == "stat":
            stats[e.stat] = stats.get(e.stat, 0) + e.amount
        elif e.op == "count":
            counters[e.counter] = counters.get(e.counter, 0) + e.amount
        elif e.op == "critic":
            critic = True
        elif e.op == "blacklist":
            blacklist = True
    return factors, stats, counters, critic, blacklist


def facts_of(game: Game, action: int) -> Facts:
    """Read one action's cards once: its fixed effects on the actor and its target."""
    spec = game.action_spec(action)
    content = game.content
    r = game.ruleset
    verb, item, target = spec.verb, spec.item, spec.target
    effects: tuple[Effect, ...] = ()
    target_effects: tuple[Effect, ...] = ()
    money = 0
    channel = "records"
    forced = False
    tags: tuple[str, ...] = ()
    if verb == "buy":
        card = content.purchases[item]
        effects, channel, tags, money = card.effects, card.channel, card.tags, -card.cost
    elif verb == "use":
        priv = content.privileges[item]
        effects, money, forced = priv.effects, -priv.money, True
    elif verb == "accept":
        befriend = content.actions.get("befriend")
        if befriend is not None:
            effects, channel = befriend.effects, befriend.channel
    elif item in content.actions:
        action_def = content.actions[item]
        effects, target_effects, channel = (
            action_def.effects,
            action_def.target_effects,
            action_def.channel,
        )
        if verb == "appeal":
            money, forced = -r.appeal_money, True
        elif verb == "black_market":
            money, forced = -r.black_market_money, True
    factors, stats, counters, critic, blacklist = _sum(effects)
    target_factors, target_stats, _, _, _ = _sum(target_effects)
    return Facts(
        verb=verb,
        item=item,
        target=target,
        money=money + stats["money"],
        wellbeing=stats["wellbeing"],
        voice=stats["voice"],
        factors=tuple(factors.items()),
        counters=tuple(counters.items()),
        channel=channel,
        forced=forced,
        critic=critic,
        blacklist=blacklist,
        tags=tags,
        target_factors=tuple(target_factors.items()),
        target_wellbeing=target_stats["wellbeing"],
        moves=(
            stats["wellbeing"],
            stats["voice"],
            money + stats["money"],
            tuple(counters.items()),
        ),
    )


# Facts per (content, number of seats), shared by every bot in the process: bots are often
# made afresh for each decision, and the cards do not change between them.
_FACTS: dict[tuple[int, int], tuple[object, dict[int, Facts]]] = {}


# Verbs whose outcome is the card's facts alone.
PLAIN_VERBS = frozenset(("end_turn", "decline", "rate"))


class Appraiser:
    """Appraises legal actions; each action's facts are read from the cards once, and their
    score points once for each score model."""

    def __init__(self) -> None:
        self._facts: dict[int, Facts] = {}
        self._key: tuple[int, int] = (0, 0)
        self._model: ScoreModel | None = None
        self._points: dict[int, tuple[float, float]] = {}

    def table(self, game: Game) -> dict[int, Facts]:
        """The facts read so far for this game's content and table size, by action."""
        key = (id(game.content), game.num_players)
        if key != self._key:
            shared = _FACTS.get(key)
            if shared is None or shared[0] is not game.content:
                shared = _FACTS[key] = (game.content, {})
            self._facts = shared[1]
            self._key = key
            self._points = {}
        return self._facts

    def facts(self, game: Game, action: int) -> Facts:
        table = self.table(game)
        found = table.get(action)
        if found is None:
            found = table[action] = facts_of(game, action)
        return found

    def _fixed_points(self, action: int, facts: Facts, model: ScoreModel) -> tuple[float, float]:
        """Score points of the action's own factor effects (campaigns aside) and of its effects
        on the target: fixed by the cards and the score model."""
        if model is not self._model:
            self._model = model
            self._points = {}
        found = self._points.get(action)
        if found is None:
            per_point = model.per_point
            found = self._points[action] = (
                sum(amount * per_point[f] for f, amount in facts.factors),
                sum(amount * per_point[f] for f, amount in facts.target_factors),
            )
        return found

    def appraise(
        self, game: Game, view: SeatView, action: int, facts: Facts | None = None
    ) -> Outcome:
        if facts is None:
            facts = self.facts(game, action)
        verb = facts.verb
        if verb in PLAIN_VERBS:
            return Outcome(action, facts, 1.0, facts.factors)
        per_point = view.model.per_point
        score, target_points = self._fixed_points(action, facts, view.model)
        if facts.tags and view.campaigns:
            multiplier = view.campaign_multiplier(facts.tags)
            if multiplier != 1.0:
                score = sum(
                    round(amount * multiplier) * per_point[f] for f, amount in facts.factors
                )
        chance = 1.0 if facts.forced else view.chance(facts.channel)
        late = -(view.money + facts.money)
        if late > 0:
            score += view.ruleset.late_payment_credit * late * per_point["credit"]
        else:
            late = 0
        risk = 1.0 if facts.blacklist and view.blacklists_on else 0.0
        factors = facts.factors
        connections = 0.0
        friend = 0
        likelihood = 1.0
        target_score = 0.0
        if verb == "accept":
            assert view.pending is not None
            connections, friend = _friendship(view, view.pending[0], 1)
        elif verb == "befriend":
            connections, friend = _friendship(view, facts.target, 1)
            if view.citizens[facts.target].is_player:
                likelihood = ACCEPT_CHANCE
        elif verb == "drop":
            connections, friend = _friendship(view, facts.target, -1)
        elif verb == "report":
            target_score = target_points
            if facts.target in view.me.friends:
                connections, friend = _friendship(view, facts.target, -1)
        elif verb == "appeal":
            penalty = next((p for p in reversed(view.penalties) if p["appealable"]), None)
            if penalty is not None:
                # An appeal gives back the latest appealable penalty, with the ruleset's odds.
                factors = tuple((factor, -delta) for factor, delta in penalty["factors"])
                score = sum(per_point[f] * d for f, d in factors)
                chance = view.ruleset.appeal_success
        elif verb == "black_market":
            r = view.ruleset
            caught = r.black_market_detection
            gain = (1 - caught) * r.black_market_credit + caught * r.black_market_caught_credit
            factors = (("credit", round(gain)),)
            score = gain * per_point["credit"]
            risk = caught if view.blacklists_on else 0.0
        return Outcome(
            action,
            facts,
            chance,
            factors,
            score,
            connections,
            friend,
            likelihood,
            target_score,
            risk,
            late,
        )


def _friendship(view: SeatView, other: int, sign: int) -> tuple[float, int]:
    """A friendship made (sign 1) or ended (-1): its effect on my connections, hence my score
    points, and on my number of friends."""
    effect = view.citizens[other].bond
    weight = 1.0 if view.connections_on else FUTURE_FRIEND_WEIGHT
    return 0.0 + sign * effect * view.model.per_point["connections"] * weight, sign
