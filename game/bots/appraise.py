"""What an action would do to the seat that takes it, read from the public cards.

Bots appraise every legal action at every decision, so this reads the content effects directly,
sums each action's fixed effects once per game (`Facts`), and adds at decision time only what
the moment decides: the era's detection chance, a running campaign, a friend's standing. It
never calls `game.price`, which clones the whole state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..engine import Game
from ..engine.records import Effect
from .view import ScoreModel, SeatView

ACCEPT_CHANCE = 0.6  # how often a bot expects another player to accept its friendship
# In the first era friends do not count yet, but they will: their weight on the score now.
FUTURE_FRIEND_WEIGHT = 0.7


# What the moment makes of an action: (chance, score, connections, friend, likelihood,
# target_score, blacklist_risk), as the fields of an Outcome of the same names.
Appraisal = tuple[float, float, float, int, float, float, float]


# eq=False: a Facts is one action's record, compared and hashed by identity (a cache key).
@dataclass(frozen=True, slots=True, eq=False)
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
    # (wellbeing, voice, money, counters): how the act moves the actor's stats, as one key...
    moves: tuple[int, int, int, tuple[tuple[str, int], ...]]
    # ... and as a small number, the same for every action that moves them alike.
    moves_id: int
    # For an act aimed at another citizen, its kind (verb, and whether the target is a player)
    # as a number from 1 (see TARGET_KINDS); 0 for any other act.
    target_kind: int
    # How a decision appraises it, one of ROADS (see Judge.choice_values).
    road: int
    # Its stats' key in a decision (see Judge._stats): 3 * moves_id + 1, plus the change in
    # friends the moment finds (+1, -1 or 0).
    stats_key: int
    # Score points of the own and the target's factor effects (campaigns aside), by score model.
    points: dict[ScoreModel, tuple[float, float]] = field(default_factory=dict)
    # The appraisal as the score model and the era fix it, by SeatView.moment (see fix_moment).
    moments: dict[tuple[ScoreModel, int], Appraisal] = field(default_factory=dict)
    # The appraisal of a card with tags while campaigns run, by moment and campaigns (see
    # campaign_moment).
    campaign_moments: dict[tuple[object, ...], Appraisal] = field(default_factory=dict)

    def fixed_points(self, model: ScoreModel) -> tuple[float, float]:
        """Score points of the action's own factor effects and of its effects on the target:
        fixed by the cards and the score model, so worked out once for each model."""
        found = self.points.get(model)
        if found is None:
            per_point = model.per_point
            found = self.points[model] = (
                sum(amount * per_point[f] for f, amount in self.factors),
                sum(amount * per_point[f] for f, amount in self.target_factors),
            )
        return found

    def fix_moment(self, view: SeatView) -> Appraisal:
        """The appraisal of this act as the score model and the era fix it: its detection
        chance, its score points (campaigns and late payments aside) and its blacklist risk.
        The whole of it for most acts (see appraisal)."""
        chance = 1.0 if self.forced else float(view.detection.get(self.channel, 1.0))
        score = self.fixed_points(view.model)[0]
        risk = 1.0 if self.blacklist and view.blacklists_on else 0.0
        if self.verb == "black_market":
            score, risk = _hacker(view)
        found = self.moments[view.moment] = (chance, score, 0.0, 0, 1.0, 0.0, risk)
        return found

    def campaign_moment(self, view: SeatView) -> Appraisal:
        """The appraisal of this act, paid for, while campaigns run: as `appraisal` finds it,
        which then depends on nothing but the moment and the campaigns (kept for a few)."""
        key = (view.moment, view.campaigns)
        found = self.campaign_moments.get(key)
        if found is None:
            if len(self.campaign_moments) >= 64:
                self.campaign_moments.clear()
            found = self.campaign_moments[key] = appraisal(view, self)
        return found


class Outcome(NamedTuple):
    """The expected consequences of one action for the acting seat (and its target): the
    action's fixed facts, and what the moment makes of them (its `appraisal`), for the
    explanation of a choice."""

    action: int
    facts: Facts
    chance: float = 1.0  # detection chance of the factor part
    score: float = 0.0  # own score points if detected
    connections: float = 0.0  # own score points from friendships changing (certain)
    friend: int = 0  # +1 a new friend, -1 a friend lost
    likelihood: float = 1.0  # chance the act happens at all (a friendship needs consent)
    target_score: float = 0.0  # the target's expected score change
    blacklist_risk: float = 0.0  # chance of landing on the blacklist

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
    def appraised(self) -> Appraisal:
        """The appraisal this outcome holds: its fields after `facts`, in the same order."""
        return self[2:]

    @property
    def expected_score(self) -> float:
        return self.likelihood * (self.chance * self.score + self.connections)


PLAIN: Appraisal = (1.0, 0.0, 0.0, 0, 1.0, 0.0, 0.0)
# Verbs whose outcome is the card's facts alone.
PLAIN_VERBS = frozenset(("end_turn", "decline", "rate"))
# Verbs whose outcome the moment changes in more ways than its detection and its cost.
SPECIAL_VERBS = frozenset(("befriend", "drop", "report", "accept", "appeal", "black_market"))
# How a decision appraises an act (Facts.road): the card alone (PLAIN); a friendship made or
# ended; a report; another act the moment changes in more ways (SPECIAL); or, for any other,
# the appraisal its moment fixes, unless it is not paid for or a campaign runs (FIXED).
PLAIN_ROAD, BEFRIEND_ROAD, DROP_ROAD, REPORT_ROAD, SPECIAL_ROAD, FIXED_ROAD = range(6)
ROADS = {"befriend": BEFRIEND_ROAD, "drop": DROP_ROAD, "report": REPORT_ROAD}
ROADS.update(dict.fromkeys(PLAIN_VERBS, PLAIN_ROAD))
ROADS.update(dict.fromkeys(SPECIAL_VERBS - ROADS.keys(), SPECIAL_ROAD))
# The hacker's price and odds are the ruleset's: the moment fixes them whole (see fix_moment).
ROADS["black_market"] = FIXED_ROAD


def appraisal(view: SeatView, facts: Facts) -> Appraisal:
    """What this moment makes of one action: the reference appraisal. Explaining uses it;
    choosing writes its commonest roads out (see Judge.choice_values), and the tests check that
    both find the same."""
    verb = facts.verb
    if verb in PLAIN_VERBS:
        return PLAIN
    # Its detection, score points and risk, as the cards, the score model and the era fix them.
    fixed = facts.moments.get(view.moment) or facts.fix_moment(view)
    late = -(view.money + facts.money)
    campaign = facts.tags and view.campaigns
    if late <= 0 and not campaign and verb not in SPECIAL_VERBS:
        return fixed
    chance, score, _, _, _, _, risk = fixed
    per_point = view.model.per_point
    if campaign:
        multiplier = view.campaign_multiplier(facts.tags)
        if multiplier != 1.0:
            score = sum(round(amount * multiplier) * per_point[f] for f, amount in facts.factors)
    if late > 0:
        score += view.ruleset.late_payment_credit * late * per_point["credit"]
    if verb not in SPECIAL_VERBS:
        return (chance, score, 0.0, 0, 1.0, 0.0, risk)
    connections = 0.0
    friend = 0
    likelihood = 1.0
    target_score = 0.0
    if verb == "befriend":
        target = facts.target
        connections, friend = _friendship(view, target, 1)
        if target < view.players:
            likelihood = ACCEPT_CHANCE
    elif verb == "drop":
        connections, friend = _friendship(view, facts.target, -1)
    elif verb == "report":
        target_score = facts.fixed_points(view.model)[1]
        if facts.target in view.look.friends[view.seat]:
            connections, friend = _friendship(view, facts.target, -1)
    elif verb == "accept":
        assert view.pending is not None
        connections, friend = _friendship(view, view.pending[0], 1)
    elif verb == "appeal":
        penalty = next((p for p in reversed(view.penalties) if p.appealable), None)
        if penalty is not None:
            # An appeal gives back the latest appealable penalty, with the ruleset's odds.
            score = sum(per_point[f] * -d for f, d in penalty.factors)
            chance = view.ruleset.appeal_success
    elif verb == "black_market":
        score, risk = _hacker(view)
    return (chance, score, connections, friend, likelihood, target_score, risk)


def _hacker(view: SeatView) -> tuple[float, float]:
    """The black market's score points (whether the hacker is caught or not) and its risk of
    the blacklist: the ruleset's figures, read by the score model and the era."""
    r = view.ruleset
    caught = r.black_market_detection
    gain = (1 - caught) * r.black_market_credit + caught * r.black_market_caught_credit
    return gain * view.model.per_point["credit"], caught if view.blacklists_on else 0.0


def _friendship(view: SeatView, other: int, sign: int) -> tuple[float, int]:
    """A friendship made (sign 1) or ended (-1): its effect on my connections, hence my score
    points, and on my number of friends."""
    effect = view.bond(other)
    weight = 1.0 if view.connections_on else FUTURE_FRIEND_WEIGHT
    return 0.0 + sign * effect * view.model.per_point["connections"] * weight, sign


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


# Acts aimed at one other citizen, by verb and whether the target is a player: many alike
# actions, which a bot tells apart by target (see TemperamentBot._considered).
TARGET_KINDS: dict[tuple[str, bool], int] = {
    ("befriend", True): 1,
    ("befriend", False): 2,
    ("drop", True): 3,
    ("drop", False): 4,
    ("report", True): 5,
    ("report", False): 6,
}


# Each distinct way of moving the stats, numbered once for the process (see Facts.moves_id).
_MOVES: dict[tuple[int, int, int, tuple[tuple[str, int], ...]], int] = {}


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
    moves = (stats["wellbeing"], stats["voice"], money + stats["money"], tuple(counters.items()))
    moves_id = _MOVES.setdefault(moves, len(_MOVES))
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
        moves=moves,
        moves_id=moves_id,
        target_kind=TARGET_KINDS.get((verb, 0 <= target < game.num_players), 0),
        road=ROADS.get(verb, FIXED_ROAD),
        stats_key=3 * moves_id + 1,
    )


# Facts per (content, ruleset, number of seats), shared by every bot in the process: bots are
# often made afresh for each decision, and the cards do not change between them. (The ruleset
# counts: it prices appeals and the hacker, and adds the rating answers.) A list indexed by
# action (the catalogue's ids run from 0), None where not read yet.
_FACTS: dict[tuple[int, int, int], tuple[object, object, list[Facts | None]]] = {}


class Appraiser:
    """Appraises legal actions; each action's facts are read from the cards once."""

    def __init__(self) -> None:
        self._facts: list[Facts | None] = []
        self._key: tuple[int, int, int] = (0, 0, 0)

    def table(self, game: Game) -> list[Facts | None]:
        """The facts read so far for this game's content and table size, by action."""
        content, ruleset = game.content, game.ruleset
        key = (id(content), id(ruleset), game.num_players)
        if key != self._key:
            shared = _FACTS.get(key)
            if shared is None or shared[0] is not content or shared[1] is not ruleset:
                shared = _FACTS[key] = (content, ruleset, [None] * game.num_actions)
            self._facts = shared[2]
            self._key = key
        return self._facts

    def facts(self, game: Game, action: int) -> Facts:
        table = self.table(game)
        found = table[action]
        if found is None:
            found = table[action] = facts_of(game, action)
        return found

    def appraise(
        self, game: Game, view: SeatView, action: int, facts: Facts | None = None
    ) -> Outcome:
        if facts is None:
            facts = self.facts(game, action)
        return Outcome(action, facts, *appraisal(view, facts))
