"""What a temperament wants: a value for a seat's prospects, in life-point-like units.

A bot values each legal action by how much it would change its prospects (score, money,
wellbeing, voice, friends, goal, blacklist) under its temperament's weights. The balanced
temperament's weights follow the life review (game/engine/review.py); the single-minded ones
lean hard on one thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from ..engine.records import Content, GoalDef, Ruleset
from .appraise import (
    ACCEPT_CHANCE,
    BEFRIEND_ROAD,
    FIXED_ROAD,
    FUTURE_FRIEND_WEIGHT,
    PLAIN,
    PLAIN_ROAD,
    REPORT_ROAD,
    Appraisal,
    Facts,
    Outcome,
    appraisal,
)
from .view import SeatView

# Wellbeing over the cap is not banked, but a little above it covers the losses to come.
OVER_CAP_VALUE = 0.3
# Expected wellbeing lost a round to work, events and purchases, beyond what friends give.
WEAR_PER_ROUND = 0.8
# Expected coins of bills a round, beyond living costs.
BILLS_PER_ROUND = 0.8


@dataclass(frozen=True, slots=True)
class Temperament:
    """Weights of one character. Stat weights multiply the life review's own points."""

    name: str
    score: float  # per point of factor level (the score, 0-100 whatever the ruleset)
    perks: float  # the privileges a tier opens
    wellbeing: float
    voice: float
    friend: float
    money: float
    goal: float
    safety: float  # fear of the blacklist
    criticise: float = 0.0  # taste for (or against) speaking out, per criticism
    praise: float = 0.0
    report: float = 0.0
    hacker: float = 0.0
    befriend: float = 0.0
    drops_friends: bool = True
    accepts_all: bool = False
    reports: bool = True
    rival: float = 0.0  # value of lowering a rival's score, per score-level point
    stars: int = 5  # the stars it gives where players rate each other
    title: float = 0.0  # the Model Citizen title: value of leading the table's scores


TEMPERAMENTS: dict[str, Temperament] = {
    # The score above all: it still enjoys its perks, but gives up its voice for points.
    "conformist": Temperament(
        "conformist",
        score=1.5,
        perks=1.2,
        wellbeing=1.0,
        voice=0.6,
        friend=0.8,
        money=1.0,
        goal=1.0,
        safety=1.5,
        criticise=-6.0,
        praise=1.0,
        report=0.5,
        rival=0.5,
        title=8.0,
    ),
    # Says what it thinks: voice first, the score barely counts, never reports anyone.
    "dissident": Temperament(
        "dissident",
        score=0.05,
        perks=0.6,
        wellbeing=1.0,
        voice=1.6,
        friend=0.8,
        money=0.8,
        goal=1.0,
        safety=0.3,
        criticise=2.0,
        praise=-4.0,
        reports=False,
        stars=3,
    ),
    # Keeps its friends whatever they cost, befriends anyone, says yes to every offer.
    "loyal": Temperament(
        "loyal",
        score=0.1,
        perks=0.6,
        wellbeing=1.0,
        voice=0.8,
        friend=2.0,
        money=0.8,
        goal=1.0,
        safety=0.5,
        befriend=1.0,
        drops_friends=False,
        accepts_all=True,
        reports=False,
    ),
    # Reports others, pays the hacker, likes money and points.
    "opportunist": Temperament(
        "opportunist",
        score=1.5,
        perks=1.0,
        wellbeing=0.9,
        voice=0.4,
        friend=0.6,
        money=1.2,
        goal=1.0,
        safety=0.5,
        report=6.0,
        hacker=5.0,
        rival=1.0,
        stars=1,
    ),
    # Aims at the life review: each concern weighs what it brings there.
    "balanced": Temperament(
        "balanced",
        score=0.25,
        perks=1.0,
        wellbeing=1.0,
        voice=1.0,
        friend=1.0,
        money=1.0,
        goal=1.0,
        safety=1.0,
    ),
}


@dataclass(slots=True)
class Prospect:
    """A seat's own figures, as far as its life review and its score go (its life counters
    aside: a decision reads them from its view)."""

    score: float
    money: int
    wellbeing: int
    voice: int
    friends: int
    blacklisted: bool


class Stats(NamedTuple):
    """A seat's stats after an action, the change it brings to each concern they feed, and
    the value of the action should the score and the list stay as they are."""

    wellbeing: int
    voice: int
    money: int
    friends: int
    d_wellbeing: float
    d_voice: float
    d_friends: float
    d_money: float
    moved: int  # the stats it moves, as a set of MOVED bits
    goal_moved: bool  # the goal reads a stat the action moves (counted in `still`)
    still: float  # the change in value with the score and the list unchanged
    # The change in the goal's value with the list and the tier unchanged (0.0 unless
    # goal_moved): the last of the sum, as _case adds it.
    d_goal: float


# The stats an action may move, as bits of Stats.moved.
MOVED = {"wellbeing": 1, "voice": 2, "money": 4, "friends": 8}


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Why an action is worth what it is: the part of each concern, for the bot's explanation."""

    total: float
    parts: dict[str, float]


def _counter_tiers(content: Content) -> dict[str, int]:
    """The lowest tier whose privileges raise each life counter (travel, school, dating...)."""
    tiers: dict[str, int] = {}
    for priv in content.privileges.values():
        for e in priv.effects:
            if e.op == "count":
                tiers[e.counter] = min(tiers.get(e.counter, 99), priv.min_tier)
    return tiers


# Situations all the tables of a process may hold (with their stats) before they are all let
# go: a simulation of thousands of games would otherwise fill memory with figures it seldom
# meets again. (About 200 MB; the tables fill again within a few games.)
SITUATIONS_KEPT = 100_000
# Exact scores a round's tables keep the terms of (see Tables.exact_terms).
EXACT_SCORES_KEPT = 4096
_situations_made = 0

# Concern tables by temperament, rules and round (see Valuer.tables): they depend on nothing
# else, so the bots of a process share them.
_TABLES: dict[tuple[object, ...], Tables] = {}


class Valuer:
    """One temperament's valuation; caches what the content fixes, and what each round fixes
    (`Tables`). `judge(view)` values one decision's actions."""

    __slots__ = ("t", "_content", "_ruleset", "counter_tiers", "perk_nets", "_goal_reads", "tastes")

    def __init__(self, temperament: Temperament) -> None:
        self.t = temperament
        # The cards and rules the caches below were made for (held, and compared by identity:
        # a valuer outlives the games that use it).
        self._content: Content | None = None
        self._ruleset: Ruleset | None = None
        self.counter_tiers: dict[str, int] = {}
        self.perk_nets: list[tuple[int, bool, float]] = []
        self._goal_reads: dict[str, GoalReads] = {}
        self.tastes: dict[Facts, float] = {}

    def prepare(self, content: Content, ruleset: Ruleset) -> None:
        if content is self._content and ruleset is self._ruleset:
            return
        self._content = content
        self._ruleset = ruleset
        self._goal_reads = {}
        self.tastes = {}
        self.counter_tiers = _counter_tiers(content)
        self.perk_nets = []
        for priv in content.privileges.values():
            net = -priv.money / ruleset.life_money_per_point
            for e in priv.effects:
                if e.op == "stat" and e.stat == "wellbeing":
                    net += e.amount * ruleset.life_wellbeing
                elif e.op == "stat" and e.stat == "voice":
                    net += e.amount * ruleset.life_voice
            self.perk_nets.append((priv.min_tier, priv.blocked_by_blacklist, max(0.0, net)))

    def judge(self, view: SeatView) -> Judge:
        self.prepare(view.content, view.ruleset)
        return Judge(self, view, self.tables(view))

    def tables(self, view: SeatView) -> Tables:
        """The concern tables for this view's round: shared by the decisions of the round, of
        every bot of this temperament, in every game with the same rules and clock."""
        shaming = view.options.public_shaming
        rival_best = _rival_best(view) if self.t.title else 0.0
        # By identity: the Tables found holds the temperament, content, ruleset and model.
        key = (
            id(self.t),
            id(view.content),
            view.model,
            view.round,
            view.rounds,
            shaming,
            rival_best,
        )
        tables = _TABLES.get(key)
        if tables is None:
            if len(_TABLES) >= 256:
                _TABLES.clear()
            tables = _TABLES[key] = Tables(self, view)
        return tables

    def goal_reads(self, goal: GoalDef | None) -> GoalReads:
        found = self._goal_reads.get(goal.id if goal is not None else "")
        if found is None:
            reads = _goal_reads(goal)
            found = self._goal_reads[goal.id if goal is not None else ""] = GoalReads(
                reads,
                sum(bit for stat, bit in MOVED.items() if stat in reads),
                "tier" in reads,
                "blacklisted" in reads,
                _goal_tests(goal, self.counter_tiers),
                {},
            )
        return found


_VALUERS: dict[Temperament, Valuer] = {}


def valuer_for(temperament: Temperament) -> Valuer:
    """The process's one Valuer of a temperament: what it caches (tastes, goal reads, perks)
    depends on nothing but the temperament and the cards, so the bots of every game share it
    instead of learning it again each game."""
    found = _VALUERS.get(temperament)
    if found is None:
        found = _VALUERS[temperament] = Valuer(temperament)
    return found


class GoalReads(NamedTuple):
    """What a goal's conditions look at (see _goal_reads), and in the forms a decision asks."""

    names: set[str]
    stats: int  # the stats it reads, as MOVED bits
    tier: bool
    listed: bool
    tests: tuple[GoalTest, ...]
    # Whether an action's counters are among those the goal reads, by Facts.moves_id (which
    # fixes the counters an action moves), filled as decisions ask.
    counts: dict[int, bool]


# A goal condition as the valuation runs it: (test, counter, value, max(1, value), the lowest
# tier whose privileges raise the counter), the test numbered (see _goal_tests).
GoalTest = tuple[int, str, int, int, "int | None"]
(
    COUNTER_AT_LEAST,
    COUNTER_AT_MOST,
    FRIENDS_AT_LEAST,
    FRIENDS_BELOW,
    MONEY_AT_LEAST,
    WELLBEING_AT_LEAST,
    VOICE_AT_LEAST,
    TIER_AT_LEAST,
    TIER_AT_MOST,
    NOT_BLACKLISTED,
    BLACKLISTED,
) = range(11)
GOAL_TESTS = {
    "counter_at_least": COUNTER_AT_LEAST,
    "counter_at_most": COUNTER_AT_MOST,
    "friends_at_least": FRIENDS_AT_LEAST,
    "friends_below": FRIENDS_BELOW,
    "money_at_least": MONEY_AT_LEAST,
    "tier_at_least": TIER_AT_LEAST,
    "tier_at_most": TIER_AT_MOST,
    "not_blacklisted": NOT_BLACKLISTED,
    "blacklisted": BLACKLISTED,
}
STAT_TESTS = {"money": MONEY_AT_LEAST, "wellbeing": WELLBEING_AT_LEAST, "voice": VOICE_AT_LEAST}


def _goal_tests(goal: GoalDef | None, counter_tiers: dict[str, int]) -> tuple[GoalTest, ...]:
    """A goal's conditions, numbered once for the valuation (tests it does not know are left
    out: they weigh nothing)."""
    tests: list[GoalTest] = []
    for k in goal.conditions if goal is not None else ():
        code = STAT_TESTS[k.stat] if k.test == "stat_at_least" else GOAL_TESTS.get(k.test)
        if code is not None:
            tests.append((code, k.counter, k.value, max(1, k.value), counter_tiers.get(k.counter)))
    return tuple(tests)


def score_key(rounded: int, listed: bool) -> int:
    """A whole score and the list status, as one small number (a cache key)."""
    return 2 * rounded + listed


# A score's terms: its score level, perks and safety parts, its tier, and the sum of the three
# parts (in that order: what an action's change of score is measured by).
Terms = tuple[float, float, float, int, float]


class Tables:
    """The value of each concern but the goal, by the figures it depends on: they depend on
    nothing else but the round, so the decisions of one round work each out once and share it
    (a decision values a dozen actions, and most move only one or two concerns)."""

    # Slots: every decision reads these fields.
    __slots__ = (
        "t",
        "content",
        "r",
        "model",
        "perk_nets",
        "rounds_left",
        "reserve",
        "listed_rounds",
        "shaming",
        "rival_best",
        "title_margin",
        "steady_below",
        "steady_above",
        "listed_cost",
        "danger_margin",
        "danger_line",
        "scores",
        "_levels",
        "_wellbeing",
        "_situations",
        "_moves",
        "_money",
        "_voice",
        "_exact",
    )

    def __init__(self, valuer: Valuer, view: SeatView) -> None:
        t = valuer.t
        r = view.ruleset
        self.t = t
        self.content = view.content
        self.r = r
        self.model = view.model
        self.perk_nets = valuer.perk_nets
        self.rounds_left = view.rounds_left
        self.reserve = (r.living_cost + BILLS_PER_ROUND) * view.rounds_left
        self.listed_rounds = _rounds_with_blacklists(view)
        self.shaming = view.options.public_shaming
        self.rival_best = _rival_best(view)
        self.title_margin = 0.05 * (r.score_max - r.score_min)
        # Scores this far (a point and a half) below the blacklist line or above its danger zone
        # are in no danger, or in all of it, whatever their fraction.
        margin = 0.06 * (r.score_max - r.score_min)
        self.steady_below = r.blacklist_below - 1.5
        self.steady_above = r.blacklist_below + margin + 1.5
        # The blacklist's cost for the rest of the game, and where its danger zone begins.
        per_round = -(r.blacklist_wellbeing + r.shaming_wellbeing) * r.life_wellbeing + 2.0
        self.listed_cost = per_round * self.listed_rounds
        self.danger_margin = margin
        self.danger_line = r.blacklist_below + margin
        # Score terms by score_key: all of them where they are steady (see `steady`), and the
        # parts that follow the whole score alone (score level, perks, tier) everywhere.
        self.scores: dict[int, Terms] = {}
        self._levels: dict[int, tuple[float, float, int]] = {}
        self._wellbeing: dict[tuple[int, int, bool], float] = {}
        self._situations: dict[tuple[float, bool, int, int, int, int], Situation] = {}
        # The stats after each way of moving them, by the figures but the score (see Situation).
        self._moves: dict[tuple[bool, int, int, int, int], dict[int, Stats]] = {}
        self._money: dict[int, float] = {}
        # Score terms by exact score and list status, where they follow the exact score.
        self._exact: dict[tuple[float, bool], Terms] = {}
        self._voice: dict[int, float] = {}

    def situation(self, view: SeatView) -> Situation:
        """What the seat's figures now make of each concern but the goal (see Situation)."""
        look, seat = view.look, view.seat
        # The Prospect's fields, in its order.
        key = (
            float(look.scores[seat]),
            view.money,
            view.wellbeing,
            view.voice,
            len(look.friends[seat]),
            look.blacklisted[seat],
        )
        found = self._situations.get(key)
        if found is None:
            global _situations_made
            _situations_made += 1
            if _situations_made >= SITUATIONS_KEPT:
                _situations_made = 0
                _TABLES.clear()  # this round's tables live on until its decisions are made
            found = self._situations[key] = Situation(self, Prospect(*key))
        return found

    def moves(self, now: Prospect) -> dict[int, Stats]:
        """The stats after each way of moving them found so far, for these figures: they do not
        depend on the score, so situations that differ only by their score share them."""
        key = (now.blacklisted, now.wellbeing, now.voice, now.money, now.friends)
        found = self._moves.get(key)
        if found is None:
            found = self._moves[key] = {}
        return found

    def score_terms(self, rounded: int, listed: bool, score: float) -> Terms:
        """The score terms of a score (its whole part rounded; see Terms)."""
        t = self.t
        value, perks, tier = self._levels.get(2 * rounded + listed) or self._level_terms(
            rounded, listed
        )
        if t.title:
            # The title counts where it is in play: near the best rival score, not far off it.
            lead = (score - self.rival_best) / self.title_margin
            value += t.title * min(1.0, max(0.0, 0.5 + 0.5 * lead))
        safety = -t.safety * self._safety(score, listed)
        return (value, perks, safety, tier, value + perks + safety)

    def exact_terms(self, rounded: int, listed: bool, score: float) -> Terms:
        """score_terms, kept by exact score: where the terms follow the exact score (see
        `steady`), decisions meet the same few scores again and again."""
        key = (score, listed)
        found = self._exact.get(key)
        if found is None:
            if len(self._exact) >= EXACT_SCORES_KEPT:
                self._exact.clear()
            found = self._exact[key] = self.score_terms(rounded, listed, score)
        return found

    def _level_terms(self, rounded: int, listed: bool) -> tuple[float, float, int]:
        """The score level and perks parts, and the tier, of a whole score."""
        t = self.t
        tier = self.model.tier_of(rounded)
        level = self.model.level_of_score(rounded)
        best = 0.0
        for min_tier, blockable, net in self.perk_nets:
            if tier >= min_tier and not (blockable and listed) and net > best:
                best = net
        perks = best * min(self.rounds_left, 4) * 0.5
        found = self._levels[2 * rounded + listed] = (t.score * level, t.perks * perks, tier)
        return found

    def steady(self, rounded: int, listed: bool) -> bool:
        """Whether every score that rounds to `rounded` has the same score terms. The title and
        the danger near the blacklist line follow the exact score, so within their reach a
        decision keeps the terms of the first score it met (as it always has)."""
        if self.t.title:
            return False
        return (
            listed
            or self.listed_rounds <= 0
            or rounded <= self.steady_below
            or rounded >= self.steady_above
        )

    def _safety(self, score: float, listed: bool) -> float:
        """The blacklist: what it costs once on it, or the danger of a score close to its line."""
        if self.listed_rounds <= 0:
            return 0.0
        if listed:
            return self.listed_cost
        danger = (self.danger_line - score) / self.danger_margin
        return self.listed_cost * max(0.0, min(1.0, danger))

    def wellbeing(self, wellbeing: int, friends: int, listed: bool) -> float:
        """What the life review will find, friends' gifts and life's wear included."""
        key = (wellbeing, friends, listed)
        found = self._wellbeing.get(key)
        if found is not None:
            return found
        r = self.r
        if friends:
            gift = min(r.max_friend_wellbeing, r.friend_wellbeing * friends)
        else:
            gift = r.lonely_wellbeing
        if listed:
            gift += r.blacklist_wellbeing
            if self.shaming:
                gift += r.shaming_wellbeing
        projected = wellbeing + self.rounds_left * (gift - WEAR_PER_ROUND)
        cap = r.wellbeing_max
        over = max(0.0, projected - cap)
        found = self.t.wellbeing * r.life_wellbeing * (min(projected, cap) + OVER_CAP_VALUE * over)
        self._wellbeing[key] = found
        return found

    def voice(self, voice: int) -> float:
        found = self._voice.get(voice)
        if found is None:
            r = self.r
            found = self._voice[voice] = self.t.voice * r.life_voice * min(voice, r.voice_max)
        return found

    def friends(self, friends: int) -> float:
        return self.t.friend * self.r.life_friend * friends

    def money(self, money: int) -> float:
        """Coins that keep bills paid are worth more than coins put aside."""
        found = self._money.get(money)
        if found is None:
            reserve = self.reserve
            value = min(money, reserve) + max(0.0, money - reserve) / self.r.life_money_per_point
            found = self._money[money] = self.t.money * value
        return found


class Situation:
    """A seat's figures now (score, list, wellbeing, voice, money, friends) in one round's
    tables: the value of each concern but the goal, and the stats after each way of moving
    them found so far (`moves`, the goal aside, shared with every situation but for its score).
    Decisions with the same figures share it."""

    __slots__ = (
        "now",
        "score_key",
        "score_terms",
        "steady",
        "wellbeing",
        "voice",
        "friends",
        "money",
        "moves",
    )

    def __init__(self, tables: Tables, now: Prospect) -> None:
        self.now = now
        rounded = round(now.score)
        listed = now.blacklisted
        key = self.score_key = 2 * rounded + listed  # score_key
        steady = self.steady = tables.steady(rounded, listed)
        # Steady terms are the same for every score of this key: another situation may have
        # worked them out already.
        if not steady:
            terms = tables.exact_terms(rounded, listed, now.score)
        else:
            terms = tables.scores.get(key) or tables.score_terms(rounded, listed, now.score)
        self.score_terms = terms
        # The value of each concern now but the score's (in score_terms) and the goal's.
        self.wellbeing = tables.wellbeing(now.wellbeing, now.friends, listed)
        self.voice = tables.voice(now.voice)
        self.friends = tables.friends(now.friends)
        self.money = tables.money(now.money)
        self.moves = tables.moves(now)


class Judge:
    """The valuation of one decision: what the moment fixes is worked out once, and each action
    recomputes only the concerns it touches."""

    # Slots: a Judge is made for every decision, and its fields are read in the hot loops.
    __slots__ = (
        "valuer",
        "t",
        "view",
        "tables",
        "r",
        "model",
        "rounds_left",
        "_scores",
        "_stats_seen",
        "_goals_seen",
        "goal",
        "goal_reads",
        "goal_mask",
        "goal_reads_tier",
        "goal_reads_list",
        "goal_tests",
        "goal_counts",
        "counters",
        "report_appetite",
        "now",
        "score_now",
        "score_min",
        "score_max",
        "inside",
        "tastes",
        "listed_now",
        "base_tier",
        "base_terms",
        "base_goal",
        "base_wellbeing",
        "base_voice",
        "base_friends",
        "base_money",
        "base_score_sum",
        "_moves",
    )

    def __init__(self, valuer: Valuer, view: SeatView, tables: Tables) -> None:
        self.valuer = valuer
        self.t = valuer.t
        self.view = view
        self.tables = tables
        r = view.ruleset
        self.r = r
        self.model = view.model
        self.rounds_left = view.rounds_left
        # Score terms this decision met that depend on the exact score (see Tables.steady).
        self._scores: dict[int, Terms] = {}
        self._stats_seen: dict[int, Stats] = {}
        self._goals_seen: dict[tuple[int, bool, int], float] = {}
        self.goal = view.content.goals.get(view.goal)
        reads = valuer.goal_reads(self.goal)
        self.goal_reads = reads.names
        self.goal_mask = reads.stats
        self.goal_reads_tier = reads.tier
        self.goal_reads_list = reads.listed
        self.goal_tests = reads.tests
        self.goal_counts = reads.counts
        # Even an informer tires of it: the pull of reporting fades with each report made.
        counters = self.counters = view.counters
        self.report_appetite = 1.0 / (1.0 + counters.get("reported", 0) / 2.0)
        situation = tables.situation(view)
        now = self.now = situation.now
        self.score_now = now.score
        self.score_min = r.score_min
        self.score_max = r.score_max
        # A score within bounds stays itself when nothing moves it (see value).
        self.inside = r.score_min <= now.score <= r.score_max
        # Each action's taste but a report's (which tires): fixed by the temperament.
        self.tastes = valuer.tastes
        self.listed_now = now.blacklisted
        terms = situation.score_terms
        # The score now is the first this decision meets (see Tables.steady).
        if situation.steady:
            tables.scores[situation.score_key] = terms
        else:
            self._scores[situation.score_key] = terms
        self.base_terms = terms
        self.base_tier = terms[3]
        self.base_goal = self._goal(
            counters,
            now.friends,
            now.money,
            now.wellbeing,
            now.voice,
            now.blacklisted,
            self.base_tier,
        )
        self.base_wellbeing = situation.wellbeing
        self.base_voice = situation.voice
        self.base_friends = situation.friends
        self.base_money = situation.money
        self.base_score_sum = terms[4]
        self._moves = situation.moves

    @property
    def base(self) -> dict[str, float]:
        """The value of each concern now, in the order of the concerns (the explanation names
        the first of the largest)."""
        score, perks, safety, _tier, _total = self.base_terms
        return {
            "score": score,
            "perks": perks,
            "safety": safety,
            "wellbeing": self.base_wellbeing,
            "voice": self.base_voice,
            "friends": self.base_friends,
            "money": self.base_money,
            "goal": self.base_goal,
        }

    # -- each concern -----------------------------------------------------------------------------

    def _score_terms(self, score: float, listed: bool) -> Terms:
        """score, perks and safety parts, and the tier, for a score (worked out once a round,
        or once a decision where the exact score counts)."""
        rounded = round(score)
        key = 2 * rounded + listed  # score_key, inline: this is asked for most actions
        tables = self.tables
        found = tables.scores.get(key) or self._scores.get(key)
        if found is None:
            if tables.steady(rounded, listed):
                found = tables.scores[key] = tables.score_terms(rounded, listed, score)
            else:
                found = self._scores[key] = tables.exact_terms(rounded, listed, score)
        return found

    def _goal(
        self,
        counters: Mapping[str, int],
        friends: int,
        money: int,
        wellbeing: int,
        voice: int,
        listed: bool,
        tier: int,
    ) -> float:
        """The secret goal's points, in part for the way already made towards it."""
        if self.goal is None:
            return 0.0
        gate = 1.0
        # Each measured condition's progress (0 to 1), summed from 0.0 in order (as `sum` adds
        # floats) and counted; `short`: one of them is not all of the way yet.
        total = 0.0
        count = 0
        short = False
        for test, counter, value, limit, needed_tier in self.goal_tests:
            if test == COUNTER_AT_LEAST:
                part = counters.get(counter, 0) / limit
                if part >= 1.0:
                    part = 1.0
                elif needed_tier is not None and tier < needed_tier:
                    part *= 0.5
            elif test == FRIENDS_AT_LEAST:
                part = friends / limit
            elif test == MONEY_AT_LEAST:
                part = money / limit
            elif test == WELLBEING_AT_LEAST:
                part = wellbeing / limit
            elif test == VOICE_AT_LEAST:
                part = voice / limit
            elif test == TIER_AT_LEAST:
                part = tier / limit
                if part >= 1.0:
                    part = 1.0
                part = part**2
            else:
                if test == COUNTER_AT_MOST:
                    gate *= 1.0 if counters.get(counter, 0) <= value else 0.0
                elif test == FRIENDS_BELOW:
                    gate *= 1.0 if friends < value else 0.0
                elif test == TIER_AT_MOST:
                    gate *= 1.0 if tier <= value else 0.0
                elif test == NOT_BLACKLISTED:
                    gate *= 0.0 if listed else 1.0
                else:  # BLACKLISTED
                    gate *= 1.0 if listed else 0.0
                continue
            # At most all of the way (min(1.0, part), written out).
            if part < 1.0:
                short = True
            else:
                part = 1.0
            total += part
            count += 1
        points = float(self.r.life_goal)
        if short:  # not all of the way yet
            points *= 0.6 * total / count
        return self.t.goal * gate * points

    # -- prospects and actions -------------------------------------------------------------------

    def _stats(self, f: Facts, friend: int) -> Stats:
        """The stats after an action and the change in each concern they feed (0.0 for those
        it leaves alone), with the blacklist as it is now: the same however the dice fall.
        Many actions move the stats alike (every befriending, every report), so a decision
        works each change out once; and the goal aside, they depend on nothing but the stats
        now (the situation), so the decisions that share a situation share them."""
        key = f.stats_key + friend
        found = self._moves.get(key)
        if found is None:
            found = self._moves[key] = self._stats_of(f, friend)
        if found[8] & self.goal_mask or self._counts(f):  # Stats.moved
            return self._stats_seen.get(key) or self._goal_stats(f, friend, found)
        return found

    def _counts(self, f: Facts) -> bool:
        """Whether the goal reads a counter the action moves (worked out once a goal and a way
        of moving the stats; an act that moves no counter, most acts, moves none it reads)."""
        if not f.counters:
            return False
        found = self.goal_counts.get(f.moves_id)
        if found is None:
            found = self.goal_counts[f.moves_id] = any(
                c in self.goal_reads for c, _ in f.counters
            )
        return found

    def _goal_stats(self, f: Facts, friend: int, found: Stats) -> Stats:
        """The stats after an action that moves what the goal reads: the situation's, with the
        change in the goal's value counted in (worked out once a decision)."""
        d_goal = self._goal_change(f, friend, found[:4], self.listed_now, self.base_tier)
        # As _case sums them, d_goal last.
        # found._replace(goal_moved=True, still=..., d_goal=d_goal), at a fraction of its cost.
        found = tuple.__new__(Stats, (*found[:9], True, found[10] + d_goal, d_goal))
        self._stats_seen[f.stats_key + friend] = found
        return found

    def _stats_of(self, f: Facts, friend: int) -> Stats:
        """The stats after an action, the goal aside (see _stats)."""
        now, tables = self.now, self.tables
        r = self.r
        # The stats are whole numbers kept within their bounds (0 to the ruleset's cap).
        wellbeing = now.wellbeing + f.wellbeing
        if wellbeing < 0:
            wellbeing = 0
        elif wellbeing > r.wellbeing_max:
            wellbeing = r.wellbeing_max
        voice = now.voice + f.voice
        if voice < 0:
            voice = 0
        elif voice > r.voice_max:
            voice = r.voice_max
        money = now.money + f.money
        if money < 0:
            money = 0
        elif money > r.money_max:
            money = r.money_max
        friends = now.friends + friend
        d_wellbeing = d_voice = d_friends = d_money = 0.0
        moved = 0
        if wellbeing != now.wellbeing:
            moved = 1
        # The tables' own caches read first (most values are known): a call costs more.
        if wellbeing != now.wellbeing or friend:
            after = tables._wellbeing.get((wellbeing, friends, now.blacklisted))
            if after is None:
                after = tables.wellbeing(wellbeing, friends, now.blacklisted)
            d_wellbeing = after - self.base_wellbeing
        if voice != now.voice:
            moved |= 2
            after = tables._voice.get(voice)
            if after is None:
                after = tables.voice(voice)
            d_voice = after - self.base_voice
        if friend:
            moved |= 8
            d_friends = tables.friends(friends) - self.base_friends
        if money != now.money:
            moved |= 4
            after = tables._money.get(money)
            if after is None:
                after = tables.money(money)
            d_money = after - self.base_money
        # As _case sums them, from 0.0 with no change of score: the same float, bit for bit.
        still = 0.0 + 0.0 + d_wellbeing + d_voice + d_friends + d_money
        # tuple.__new__ makes the named tuple without its Python-level constructor.
        return tuple.__new__(
            Stats,
            (
                wellbeing,
                voice,
                money,
                friends,
                d_wellbeing,
                d_voice,
                d_friends,
                d_money,
                moved,
                False,
                still,
                0.0,
            ),
        )

    def _case(
        self,
        f: Facts,
        friend: int,
        stats: Stats,
        score: float,
        listed: bool,
        weight: float,
        parts: dict[str, float] | None,
    ) -> float:
        """weight * (value after the action - value now), for one way the dice may fall: the
        score after it (`score`, before it is kept within bounds) and whether it lists the seat.

        Only the concerns the action moves are recomputed; `parts`, when given, receives the
        change of each concern (for the explanation)."""
        if score < self.score_min:
            score = self.score_min
        elif score > self.score_max:
            score = self.score_max
        listed_now = self.listed_now
        newly_listed = listed and not listed_now
        tier = self.base_tier
        if score != self.score_now or newly_listed:
            listed = True if newly_listed else listed_now
            terms = self.tables.scores.get(2 * round(score) + listed) or self._score_terms(
                score, listed
            )
            tier = terms[3]
            d_score = terms[4] - self.base_score_sum
            if parts is not None:
                base = self.base
                parts["score"] += weight * (terms[0] - base["score"])
                parts["perks"] += weight * (terms[1] - base["perks"])
                parts["safety"] += weight * (terms[2] - base["safety"])
        elif parts is None:
            return weight * stats.still  # the score and the list stay: only the stats moved
        else:
            listed = listed_now
            d_score = 0.0
        _, _, _, _, d_wellbeing, d_voice, d_friends, d_money, _, goal_moved, _, _ = stats
        if newly_listed:
            d_wellbeing = (
                self.tables.wellbeing(stats.wellbeing, stats.friends, listed)
                - self.base_wellbeing
            )
        d_goal = 0.0
        if (
            goal_moved
            or (tier != self.base_tier and self.goal_reads_tier)
            or (newly_listed and self.goal_reads_list)
        ):
            d_goal = self._goal_change(f, friend, stats[:4], listed, tier)
        if parts is not None:
            parts["wellbeing"] += weight * d_wellbeing
            parts["voice"] += weight * d_voice
            parts["friends"] += weight * d_friends
            parts["money"] += weight * d_money
            parts["goal"] += weight * d_goal
        # Summed in this order, from 0.0: a concern left alone adds 0.0, which changes nothing.
        return weight * (0.0 + d_score + d_wellbeing + d_voice + d_friends + d_money + d_goal)

    def _goal_change(
        self,
        f: Facts,
        friend: int,
        stats: tuple[int, int, int, int],
        listed: bool,
        tier: int,
    ) -> float:
        """The change in the goal's value, given the stats after the action (wellbeing, voice,
        money, friends); the same for every action that moves the stats alike, so a decision
        works each out once."""
        key = (f.stats_key + friend, listed, tier)
        found = self._goals_seen.get(key)
        if found is not None:
            return found
        counters = self.counters
        # The counters after the act, where it moves one the goal reads.
        if f.counters and self._counts(f):
            counters = dict(counters)
            for name, amount in f.counters:
                counters[name] = counters.get(name, 0) + amount
        wellbeing, voice, money, friends = stats
        found = self._goals_seen[key] = (
            self._goal(counters, friends, money, wellbeing, voice, listed, tier) - self.base_goal
        )
        return found

    def value(self, f: Facts, appraised: Appraisal, parts: dict[str, float] | None = None) -> float:
        """The value for this temperament of an action with these facts and this appraisal
        (see appraise.appraisal); `parts`, when given, receives the change of each concern.

        The reference valuation, plainly written: explaining runs it on the chosen action, and
        choosing runs `choice_values`, the same sums by shorter roads (tests check they agree
        to the bit)."""
        chance, score, connections, friend, likelihood, target_score, risk = appraised
        stats = self._stats(f, friend)
        case = self._case
        unseen = self.score_now + connections
        if score or risk:
            total = 0.0
            if chance > 0.0:
                seen = unseen + score
                weight = chance
                if risk:
                    total += case(f, friend, stats, seen, True, weight * risk, parts)
                    weight *= 1.0 - risk
                total += case(f, friend, stats, seen, False, weight, parts)
            if chance < 1.0:
                total += case(f, friend, stats, unseen + 0.0, False, 1.0 - chance, parts)
        else:
            total = 0.0 + case(f, friend, stats, unseen + 0.0, False, 1.0, parts)
        if likelihood < 1.0:
            total *= likelihood
            if parts is not None:
                for key in parts:
                    parts[key] *= likelihood
        # A report's taste tires with each report; every other act's is fixed.
        taste = self.tastes.get(f) if f.verb != "report" else None
        if taste is None:
            taste = self._taste(f)
            if f.verb != "report":
                self.tastes[f] = taste
        rival = self._rivalry(f, target_score) if target_score and f.target >= 0 else 0.0
        if parts is not None:
            parts["taste"] = taste
            parts["rival"] = rival
        return total + taste + rival

    def choice_values(self, facts: list[Facts]) -> list[float]:
        """The value of each action of a decision, as `value` finds it with no parts asked: the
        same floats, bit for bit (tests/bots/test_valuation_cache.py), by a shorter road. It
        appraises each action itself and works the common case out inline: the score moves
        (or not) while the list stays, and the tier too where the goal may read it (the goal's
        change is then the stats' own, Stats.d_goal); any other case goes through `_case`."""
        view = self.view
        moment = view.moment
        money_now = view.money
        campaigns = view.campaigns
        bonds = view.bonds
        players = view.players
        model = view.model
        per_connection = model.per_point["connections"]
        my_friends = view.look.friends[view.seat]
        future = 1.0 if view.connections_on else FUTURE_FRIEND_WEIGHT
        moves = self._moves
        stats_of = self._stats_of
        goal_mask = self.goal_mask
        goal_counts = self.goal_counts
        stats_seen = self._stats_seen
        case = self._case
        score_now = self.score_now
        score_min = self.score_min
        score_max = self.score_max
        inside = self.inside
        tastes = self.tastes
        scores = self.tables.scores
        score_terms = self._score_terms
        base_sum = self.base_score_sum
        base_tier = self.base_tier
        reads_tier = self.goal_reads_tier
        listed_now = self.listed_now
        values = []
        append = values.append
        for f in facts:
            road = f.road
            if road == FIXED_ROAD and money_now + f.money >= 0:
                chance, score, connections, friend, likelihood, target_score, risk = (
                    f.moments.get(moment) or f.fix_moment(view)
                    if not (f.tags and campaigns)
                    else f.campaign_moment(view)
                )
            elif BEFRIEND_ROAD <= road <= REPORT_ROAD and money_now + f.money >= 0:
                # A friendship made or ended, or a report (which ends a friendship with its
                # target), paid for: appraisal's own roads, written out. (Only purchases have
                # tags, so no campaign reaches these.)
                chance, score, _, _, _, _, risk = f.moments.get(moment) or f.fix_moment(view)
                target = f.target
                if road == REPORT_ROAD:
                    friend = -1 if target in my_friends else 0
                    likelihood = 1.0
                    target_score = f.fixed_points(model)[1]
                else:
                    friend = 1 if road == BEFRIEND_ROAD else -1
                    likelihood = ACCEPT_CHANCE if friend == 1 and target < players else 1.0
                    target_score = 0.0
                if friend:
                    bond = bonds[target]
                    if bond is None:
                        bond = view.bond(target)
                    connections = 0.0 + friend * bond * per_connection * future
                else:
                    connections = 0.0
            else:
                chance, score, connections, friend, likelihood, target_score, risk = (
                    PLAIN if road == PLAIN_ROAD else appraisal(view, f)
                )
            # The stats after it (as _stats finds them, written out): the situation's, unless
            # the goal reads what the action moves.
            key = f.stats_key + friend
            stats = moves.get(key)
            if stats is None:
                stats = moves[key] = stats_of(f, friend)
            # (_counts, its commonest answers written out.)
            counts = goal_counts.get(f.moves_id) if f.counters else False
            if counts is None:
                counts = self._counts(f)
            if stats[8] & goal_mask or counts:  # Stats.moved
                stats = stats_seen.get(key) or self._goal_stats(f, friend, stats)
            still = stats[10] if inside and connections == 0.0 else None  # Stats.still
            unseen = score_now + connections
            if score or risk:
                total = 0.0
                if chance > 0.0:
                    seen = unseen + score
                    weight = chance
                    if risk:
                        total += case(f, friend, stats, seen, True, weight * risk, None)
                        weight *= 1.0 - risk
                    if seen < score_min:
                        seen = score_min
                    elif seen > score_max:
                        seen = score_max
                    if seen == score_now:
                        total += weight * stats[10]
                    else:
                        terms = scores.get(2 * round(seen) + listed_now) or score_terms(
                            seen, listed_now
                        )
                        # A new tier may change the goal's value: _case works it out.
                        if terms[3] != base_tier and (reads_tier or stats[9]):
                            total += case(f, friend, stats, seen, False, weight, None)
                        else:
                            total += weight * (
                                0.0
                                + (terms[4] - base_sum)
                                + stats[4]
                                + stats[5]
                                + stats[6]
                                + stats[7]
                                + stats[11]  # Stats.d_goal
                            )
                if chance < 1.0:
                    weight = 1.0 - chance
                    if still is not None:
                        total += weight * still
                    else:
                        total += case(f, friend, stats, unseen + 0.0, False, weight, None)
            elif still is not None:
                total = 0.0 + still
            else:
                # Mostly a friendship made or ended: the score moves by the connections alone
                # (the commonest case of all, as above with a weight of 1.0).
                if unseen < score_min:
                    unseen = score_min
                elif unseen > score_max:
                    unseen = score_max
                if unseen == score_now:
                    total = 0.0 + stats[10]
                else:
                    terms = scores.get(2 * round(unseen) + listed_now) or score_terms(
                        unseen, listed_now
                    )
                    if terms[3] != base_tier and (reads_tier or stats[9]):
                        total = 0.0 + case(f, friend, stats, unseen, False, 1.0, None)
                    else:
                        total = 0.0 + (
                            0.0
                            + (terms[4] - base_sum)
                            + stats[4]
                            + stats[5]
                            + stats[6]
                            + stats[7]
                            + stats[11]  # Stats.d_goal
                        )
            if likelihood < 1.0:
                total *= likelihood
            # A report's taste tires with each report; every other act's is fixed.
            if road == REPORT_ROAD:
                taste = self._taste(f)
            else:
                taste = tastes.get(f)
                if taste is None:
                    taste = tastes[f] = self._taste(f)
            rival = self._rivalry(f, target_score) if target_score and f.target >= 0 else 0.0
            append(total + taste + rival)
        return values

    def worth(self, o: Outcome, parts: dict[str, float] | None = None) -> float:
        """The value of an appraised action for this temperament (see `value`)."""
        return self.value(o.facts, o.appraised, parts)

    def breakdown(self, o: Outcome) -> Breakdown:
        """The change in each concern an action is expected to bring, and their sum."""
        parts = dict.fromkeys(self.base, 0.0)
        total = self.worth(o, parts)
        return Breakdown(total, parts)

    def _taste(self, f: Facts) -> float:
        t = self.t
        verb = f.verb
        if verb == "self":
            if f.critic:
                return t.criticise
            if f.item == "praise":
                return t.praise
        elif verb == "report":
            return t.report * self.report_appetite if t.reports else -100.0
        elif verb == "black_market":
            return t.hacker
        elif verb == "befriend":
            return t.befriend
        elif verb == "accept":
            return t.befriend + (50.0 if t.accepts_all else 0.0)
        elif verb == "drop" and not t.drops_friends:
            return -100.0
        elif verb == "rate" and f.item.isdigit():
            return -abs(int(f.item) - t.stars)
        return 0.0

    def _rivalry(self, f: Facts, target_score: float) -> float:
        if f.target >= self.view.players:
            return 0.0  # a neighbour is nobody's rival
        appetite = self.report_appetite if f.verb == "report" else 1.0
        return -target_score / self.model.per_level * self.t.rival * appetite


def _goal_reads(goal: GoalDef | None) -> set[str]:
    """What a goal's conditions look at: counter names, 'friends', 'money', 'tier', ..."""
    reads: set[str] = set()
    if goal is None:
        return reads
    for k in goal.conditions:
        if k.test.startswith("counter_"):
            reads.add(k.counter)
        elif k.test.startswith("friends_"):
            reads.add("friends")
        elif k.test.startswith("tier_"):
            reads.add("tier")
        elif k.test == "stat_at_least":
            reads.add(k.stat)
        elif k.test.startswith("money_"):
            reads.add("money")
        elif "blacklisted" in k.test:
            reads.add("blacklisted")
    return reads


def _rival_best(view: SeatView) -> float:
    """The best score among the other players (the title's mark)."""
    look = view.look
    rivals = [score for i, score in enumerate(look.scores[: look.players]) if i != view.seat]
    return float(max(rivals)) if rivals else float(view.ruleset.score_min)


def _rounds_with_blacklists(view: SeatView) -> int:
    """Rounds left (this one included) in eras that keep blacklists."""
    r = view.ruleset
    rounds = view.rounds
    count = 0
    for number in range(view.round, rounds + 1):
        progress = (number - 1) / rounds
        era = 0
        for index, e in enumerate(r.eras):
            if progress >= e.starts_at - 1e-9:
                era = index
        if r.eras[era].blacklists:
            count += 1
    return count
