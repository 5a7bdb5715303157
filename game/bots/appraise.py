"""What an action would do to the seat that takes it, read from the public cards.

Bots appraise every legal action at every decision, so this reads the content effects directly,
sums each action's fixed effects once per game (`Facts`), and adds at decision time only what
the moment decides: the era's detection chance, a running campaign, a friend's standing. It
never calls `game.price`, which clones the whole state.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Game
from ..engine.records import Effect
from .view import SeatView

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


class Outcome:
    """The expected consequences of one action for the acting seat (and its target)."""

    __slots__ = (
        "action",
        "verb",
        "item",
        "target",
        "chance",
        "factors",
        "score",
        "connections",
        "money",
        "wellbeing",
        "voice",
        "friend",
        "likelihood",
        "counters",
        "target_score",
        "target_wellbeing",
        "critic",
        "blacklist_risk",
        "late",
    )

    def __init__(self, action: int, facts: Facts) -> None:
        self.action = action
        self.verb = facts.verb
        self.item = facts.item
        self.target = facts.target
        self.chance = 1.0  # detection chance of the factor part
        self.factors = facts.factors  # factor points, if detected
        self.score = 0.0  # own score points if detected
        self.connections = 0.0  # own score points from friendships changing (certain)
        self.money = facts.money
        self.wellbeing = facts.wellbeing
        self.voice = facts.voice
        self.friend = 0  # +1 a new friend, -1 a friend lost
        self.likelihood = 1.0  # chance the act happens at all (a friendship needs consent)
        self.counters = facts.counters
        self.target_score = 0.0  # the target's expected score change
        self.target_wellbeing = facts.target_wellbeing
        self.critic = facts.critic  # marks the actor a critic (their friends suffer)
        self.blacklist_risk = 0.0  # chance of landing on the blacklist
        self.late = 0  # coins short (a late payment)

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
    )


# Facts per (content, number of seats), shared by every bot in the process: bots are often
# made afresh for each decision, and the cards do not change between them.
_FACTS: dict[tuple[int, int], tuple[object, dict[int, Facts]]] = {}


class Appraiser:
    """Appraises legal actions; each action's facts are read from the cards once."""

    def __init__(self) -> None:
        self._facts: dict[int, Facts] = {}
        self._key: tuple[int, int] = (0, 0)

    def facts(self, game: Game, action: int) -> Facts:
        key = (id(game.content), game.num_players)
        if key != self._key:
            shared = _FACTS.get(key)
            if shared is None or shared[0] is not game.content:
                shared = _FACTS[key] = (game.content, {})
            self._facts = shared[1]
            self._key = key
        found = self._facts.get(action)
        if found is None:
            found = self._facts[action] = facts_of(game, action)
        return found

    def appraise(
        self, game: Game, view: SeatView, action: int, facts: Facts | None = None
    ) -> Outcome:
        if facts is None:
            facts = self.facts(game, action)
        out = Outcome(action, facts)
        verb = facts.verb
        if verb in ("end_turn", "decline", "rate"):
            return out
        per_point = view.model.per_point
        multiplier = view.campaign_multiplier(facts.tags) if facts.tags and view.campaigns else 1.0
        if multiplier == 1.0:
            out.score = sum(amount * per_point[f] for f, amount in facts.factors)
        else:
            out.score = sum(
                round(amount * multiplier) * per_point[f] for f, amount in facts.factors
            )
        out.chance = 1.0 if facts.forced else view.chance(facts.channel)
        short = -(view.money + out.money)
        if short > 0:
            out.late = short
            out.score += view.ruleset.late_payment_credit * short * per_point["credit"]
        if facts.blacklist and view.blacklists_on:
            out.blacklist_risk = 1.0
        if verb == "accept":
            assert view.pending is not None
            self._friendship(view, out, view.pending[0], gained=True)
        elif verb == "befriend":
            self._friendship(view, out, facts.target, gained=True)
            if view.citizens[facts.target].is_player:
                out.likelihood = ACCEPT_CHANCE
        elif verb == "drop":
            self._friendship(view, out, facts.target, gained=False)
        elif verb == "report":
            out.target_score = sum(amount * per_point[f] for f, amount in facts.target_factors)
            if facts.target in view.me.friends:
                self._friendship(view, out, facts.target, gained=False)
        elif verb == "appeal":
            self._appeal(view, out)
        elif verb == "black_market":
            r = view.ruleset
            caught = r.black_market_detection
            gain = (1 - caught) * r.black_market_credit + caught * r.black_market_caught_credit
            out.factors = (("credit", round(gain)),)
            out.score = gain * per_point["credit"]
            out.blacklist_risk = caught if view.blacklists_on else 0.0
        return out

    def _appeal(self, view: SeatView, out: Outcome) -> None:
        """An appeal gives back the latest appealable penalty, with the ruleset's odds."""
        penalty = next((p for p in reversed(view.penalties) if p["appealable"]), None)
        if penalty is None:
            return
        factors = tuple((factor, -delta) for factor, delta in penalty["factors"])
        out.factors = factors
        out.score = sum(view.model.per_point[f] * d for f, d in factors)
        out.chance = view.ruleset.appeal_success

    def _friendship(self, view: SeatView, out: Outcome, other: int, *, gained: bool) -> None:
        """A friendship made or ended: its effect on my connections, hence my score."""
        friend = view.citizens[other]
        model = view.model
        effect = model.friend_connections(friend.level, friend.critic)
        weight = 1.0 if view.connections_on else FUTURE_FRIEND_WEIGHT
        sign = 1 if gained else -1
        out.connections += sign * effect * model.per_point["connections"] * weight
        out.friend += sign
