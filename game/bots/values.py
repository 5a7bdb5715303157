"""What a temperament wants: a value for a seat's prospects, in life-point-like units.

A bot values each legal action by how much it would change its prospects (score, money,
wellbeing, voice, friends, goal, blacklist) under its temperament's weights. The balanced
temperament's weights follow the life review (game/engine/review.py); the single-minded ones
lean hard on one thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..engine.records import Content, GoalDef, Ruleset
from .appraise import Facts, Outcome
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
    """A seat's own situation, as far as its life review and its score go."""

    score: float
    money: int
    wellbeing: int
    voice: int
    friends: int
    blacklisted: bool
    counters: dict[str, int] = field(default_factory=dict)


class Stats(NamedTuple):
    """A seat's stats after an action, and the change it brings to each concern they feed."""

    wellbeing: int
    voice: int
    money: int
    friends: int
    d_wellbeing: float
    d_voice: float
    d_friends: float
    d_money: float
    goal_moved: bool  # the goal reads a stat the action moves


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


class Valuer:
    """One temperament's valuation; caches what the content fixes, and what each round fixes
    (`Tables`). `judge(view)` values one decision's actions."""

    def __init__(self, temperament: Temperament) -> None:
        self.t = temperament
        self._key: tuple[int, int] = (0, 0)
        self.counter_tiers: dict[str, int] = {}
        self.perk_nets: list[tuple[int, bool, float]] = []
        self._tables: dict[tuple[object, ...], Tables] = {}
        self._goal_reads: dict[str, set[str]] = {}

    def prepare(self, content: Content, ruleset: Ruleset) -> None:
        key = (id(content), id(ruleset))
        if key == self._key:
            return
        self._key = key
        self._tables = {}
        self._goal_reads = {}
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
        """The concern tables for this view's round: shared by the decisions of the round."""
        shaming = bool(view.options.get("public_shaming"))
        rival_best = _rival_best(view) if self.t.title else 0.0
        key = (view.model, view.round, view.rounds, shaming, rival_best)
        tables = self._tables.get(key)
        if tables is None:
            if len(self._tables) >= 16:
                self._tables.clear()
            tables = self._tables[key] = Tables(self, view)
        return tables

    def goal_reads(self, goal: GoalDef | None) -> set[str]:
        if goal is None:
            return set()
        reads = self._goal_reads.get(goal.id)
        if reads is None:
            reads = self._goal_reads[goal.id] = _goal_reads(goal)
        return reads


def prospect_of(view: SeatView) -> Prospect:
    return Prospect(
        score=float(view.me.score),
        money=view.money,
        wellbeing=view.wellbeing,
        voice=view.voice,
        friends=len(view.me.friends),
        blacklisted=view.me.blacklisted,
        counters=view.counters,
    )


class Tables:
    """The value of each concern but the goal, by the figures it depends on: they depend on
    nothing else but the round, so the decisions of one round work each out once and share it
    (a decision values a dozen actions, and most move only one or two concerns)."""

    def __init__(self, valuer: Valuer, view: SeatView) -> None:
        t = valuer.t
        r = view.ruleset
        self.t = t
        self.r = r
        self.model = view.model
        self.perk_nets = valuer.perk_nets
        self.rounds_left = view.rounds_left
        self.reserve = (r.living_cost + BILLS_PER_ROUND) * view.rounds_left
        self.listed_rounds = _rounds_with_blacklists(view)
        self.shaming = bool(view.options.get("public_shaming"))
        self.rival_best = _rival_best(view)
        self.title_margin = 0.05 * (r.score_max - r.score_min)
        # Scores this far (a point and a half) below the blacklist line or above its danger zone
        # are in no danger, or in all of it, whatever their fraction.
        margin = 0.06 * (r.score_max - r.score_min)
        self.steady_below = r.blacklist_below - 1.5
        self.steady_above = r.blacklist_below + margin + 1.5
        self.scores: dict[tuple[int, bool], tuple[float, float, float, int]] = {}
        self._wellbeing: dict[tuple[int, int, bool], float] = {}
        self._money: dict[int, float] = {}
        self._voice: dict[int, float] = {}

    def score_terms(self, key: tuple[int, bool], score: float) -> tuple[float, float, float, int]:
        """score, perks and safety parts, and the tier, for a score (rounded and listed: key)."""
        t = self.t
        tier = self.model.tier_of(key[0])
        level = self.model.level_of_score(key[0])
        listed = key[1]
        best = 0.0
        for min_tier, blockable, net in self.perk_nets:
            if tier >= min_tier and not (blockable and listed) and net > best:
                best = net
        perks = best * min(self.rounds_left, 4) * 0.5
        value = t.score * level
        if t.title:
            # The title counts where it is in play: near the best rival score, not far off it.
            lead = (score - self.rival_best) / self.title_margin
            value += t.title * min(1.0, max(0.0, 0.5 + 0.5 * lead))
        return (value, t.perks * perks, -t.safety * self._safety(score, listed), tier)

    def steady(self, key: tuple[int, bool]) -> bool:
        """Whether every score that rounds to key has the same score terms. The title and the
        danger near the blacklist line follow the exact score, so within their reach a
        decision keeps the terms of the first score it met (as it always has)."""
        if self.t.title:
            return False
        rounded, listed = key
        return (
            listed
            or self.listed_rounds <= 0
            or rounded <= self.steady_below
            or rounded >= self.steady_above
        )

    def _safety(self, score: float, listed: bool) -> float:
        """The blacklist: what it costs once on it, or the danger of a score close to its line."""
        r = self.r
        if self.listed_rounds <= 0:
            return 0.0
        per_round = -(r.blacklist_wellbeing + r.shaming_wellbeing) * r.life_wellbeing + 2.0
        if listed:
            return per_round * self.listed_rounds
        margin = 0.06 * (r.score_max - r.score_min)
        danger = (r.blacklist_below + margin - score) / margin
        return per_round * self.listed_rounds * max(0.0, min(1.0, danger))

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


class Judge:
    """The valuation of one decision: what the moment fixes is worked out once, and each action
    recomputes only the concerns it touches."""

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
        self._scores: dict[tuple[int, bool], tuple[float, float, float, int]] = {}
        self._stats_seen: dict[tuple[object, int], Stats] = {}
        self._goals_seen: dict[tuple[object, ...], float] = {}
        self.goal = view.content.goals.get(view.goal)
        self.goal_reads = valuer.goal_reads(self.goal)
        # Even an informer tires of it: the pull of reporting fades with each report made.
        self.report_appetite = 1.0 / (1.0 + view.counters.get("reported", 0) / 2.0)
        self.now = prospect_of(view)
        self.base = self.parts(self.now)
        self.base_tier = self._score_terms(self.now.score, self.now.blacklisted)[3]
        self.base_score_sum = self.base["score"] + self.base["perks"] + self.base["safety"]

    # -- each concern -----------------------------------------------------------------------------

    def _score_terms(self, score: float, listed: bool) -> tuple[float, float, float, int]:
        """score, perks and safety parts, and the tier, for a score (worked out once a round,
        or once a decision where the exact score counts)."""
        key = (round(score), listed)
        tables = self.tables
        found = tables.scores.get(key)
        if found is None:
            found = self._scores.get(key)
        if found is None:
            found = tables.score_terms(key, score)
            if tables.steady(key):
                tables.scores[key] = found
            else:
                self._scores[key] = found
        return found

    def _goal(self, p: Prospect, tier: int) -> float:
        """The secret goal's points, in part for the way already made towards it."""
        goal = self.goal
        if goal is None:
            return 0.0
        gate = 1.0
        progress: list[float] = []
        for k in goal.conditions:
            test = k.test
            if test == "counter_at_least":
                have = p.counters.get(k.counter, 0)
                part = min(1.0, have / max(1, k.value))
                needed_tier = self.valuer.counter_tiers.get(k.counter)
                if part < 1.0 and needed_tier is not None and tier < needed_tier:
                    part *= 0.5
                progress.append(part)
            elif test == "counter_at_most":
                gate *= 1.0 if p.counters.get(k.counter, 0) <= k.value else 0.0
            elif test == "friends_at_least":
                progress.append(min(1.0, p.friends / max(1, k.value)))
            elif test == "friends_below":
                gate *= 1.0 if p.friends < k.value else 0.0
            elif test == "stat_at_least":
                have = {"money": p.money, "wellbeing": p.wellbeing, "voice": p.voice}[k.stat]
                progress.append(min(1.0, have / max(1, k.value)))
            elif test == "money_at_least":
                progress.append(min(1.0, p.money / max(1, k.value)))
            elif test == "tier_at_least":
                progress.append(min(1.0, tier / max(1, k.value)) ** 2)
            elif test == "tier_at_most":
                gate *= 1.0 if tier <= k.value else 0.0
            elif test == "not_blacklisted":
                gate *= 0.0 if p.blacklisted else 1.0
            elif test == "blacklisted":
                gate *= 1.0 if p.blacklisted else 0.0
        points = float(self.r.life_goal)
        if progress and not all(part >= 1.0 for part in progress):
            points *= 0.6 * sum(progress) / len(progress)
        return self.t.goal * gate * points

    # -- prospects and actions -------------------------------------------------------------------

    def parts(self, p: Prospect) -> dict[str, float]:
        """Each concern's value of prospect p, in life-point-like units."""
        tables = self.tables
        score, perks, safety, tier = self._score_terms(p.score, p.blacklisted)
        return {
            "score": score,
            "perks": perks,
            "safety": safety,
            "wellbeing": tables.wellbeing(p.wellbeing, p.friends, p.blacklisted),
            "voice": tables.voice(p.voice),
            "friends": tables.friends(p.friends),
            "money": tables.money(p.money),
            "goal": self._goal(p, tier),
        }

    def _stats(self, o: Outcome) -> Stats:
        """The stats after an action and the change in each concern they feed (0.0 for those
        it leaves alone), with the blacklist as it is now: the same however the dice fall.
        Many actions move the stats alike (every befriending, every report), so a decision
        works each change out once."""
        f = o.facts
        key = (f.moves, o.friend)
        found = self._stats_seen.get(key)
        if found is None:
            found = self._stats_seen[key] = self._stats_of(f, o.friend)
        return found

    def _stats_of(self, f: Facts, friend: int) -> Stats:
        now, base, tables = self.now, self.base, self.tables
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
        if wellbeing != now.wellbeing or friend:
            d_wellbeing = tables.wellbeing(wellbeing, friends, now.blacklisted) - base["wellbeing"]
        if voice != now.voice:
            d_voice = tables.voice(voice) - base["voice"]
        if friend:
            d_friends = tables.friends(friends) - base["friends"]
        if money != now.money:
            d_money = tables.money(money) - base["money"]
        goal_moved = False
        if self.goal is not None:
            reads = self.goal_reads
            goal_moved = bool(
                (f.counters and any(c in reads for c, _ in f.counters))
                or (friend and "friends" in reads)
                or (money != now.money and "money" in reads)
                or (voice != now.voice and "voice" in reads)
                or (wellbeing != now.wellbeing and "wellbeing" in reads)
            )
        return Stats(
            wellbeing, voice, money, friends, d_wellbeing, d_voice, d_friends, d_money, goal_moved
        )

    def _case(
        self,
        o: Outcome,
        stats: Stats,
        detected: bool,
        listed: bool,
        weight: float,
        parts: dict[str, float] | None,
    ) -> float:
        """weight * (value after the action - value now), for one way the dice may fall.

        Only the concerns the action moves are recomputed; `parts`, when given, receives the
        change of each concern (for the explanation)."""
        now, r = self.now, self.r
        score = now.score + o.connections + (o.score if detected else 0.0)
        score = (
            r.score_min if score < r.score_min else r.score_max if score > r.score_max else score
        )
        listed = now.blacklisted or listed
        newly_listed = listed != now.blacklisted
        _, _, _, _, d_wellbeing, d_voice, d_friends, d_money, goal_moved = stats
        d_score = 0.0
        tier = self.base_tier
        if score != now.score or newly_listed:
            s_score, s_perks, s_safety, tier = self._score_terms(score, listed)
            d_score = s_score + s_perks + s_safety - self.base_score_sum
            if parts is not None:
                base = self.base
                parts["score"] += weight * (s_score - base["score"])
                parts["perks"] += weight * (s_perks - base["perks"])
                parts["safety"] += weight * (s_safety - base["safety"])
        if newly_listed:
            d_wellbeing = (
                self.tables.wellbeing(stats.wellbeing, stats.friends, listed)
                - self.base["wellbeing"]
            )
        d_goal = 0.0
        if goal_moved or (
            self.goal is not None
            and (
                (tier != self.base_tier and "tier" in self.goal_reads)
                or (newly_listed and "blacklisted" in self.goal_reads)
            )
        ):
            d_goal = self._goal_change(o, stats, listed, tier)
        if parts is not None:
            parts["wellbeing"] += weight * d_wellbeing
            parts["voice"] += weight * d_voice
            parts["friends"] += weight * d_friends
            parts["money"] += weight * d_money
            parts["goal"] += weight * d_goal
        # Summed in this order, from 0.0: a concern left alone adds 0.0, which changes nothing.
        return weight * (0.0 + d_score + d_wellbeing + d_voice + d_friends + d_money + d_goal)

    def _goal_change(self, o: Outcome, stats: Stats, listed: bool, tier: int) -> float:
        """The change in the goal's value; the same for every action that moves the stats
        alike, so a decision works each out once."""
        f = o.facts
        key = (f.moves, o.friend, listed, tier)
        found = self._goals_seen.get(key)
        if found is not None:
            return found
        counters = self.now.counters
        if f.counters:
            counters = dict(counters)
            for name, amount in f.counters:
                counters[name] = counters.get(name, 0) + amount
        after = Prospect(
            0.0, stats.money, stats.wellbeing, stats.voice, stats.friends, listed, counters
        )
        found = self._goals_seen[key] = self._goal(after, tier) - self.base["goal"]
        return found

    def worth(self, o: Outcome, parts: dict[str, float] | None = None) -> float:
        """The value of an action for this temperament; `parts`, when given, receives the
        change of each concern."""
        stats = self._stats_seen.get((o.facts.moves, o.friend)) or self._stats(o)
        total = 0.0
        chance, risk = o.chance, o.blacklist_risk
        if o.score or risk:
            if chance > 0.0:
                weight = chance
                if risk:
                    total += self._case(o, stats, True, True, weight * risk, parts)
                    weight *= 1.0 - risk
                total += self._case(o, stats, True, False, weight, parts)
            if chance < 1.0:
                total += self._case(o, stats, False, False, 1.0 - chance, parts)
        else:
            total += self._case(o, stats, False, False, 1.0, parts)
        if o.likelihood < 1.0:
            total *= o.likelihood
            if parts is not None:
                for key in parts:
                    parts[key] *= o.likelihood
        taste = self._taste(o.facts)
        rival = self._rivalry(o) if o.target_score and o.facts.target >= 0 else 0.0
        if parts is not None:
            parts["taste"] = taste
            parts["rival"] = rival
        return total + taste + rival

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

    def _rivalry(self, o: Outcome) -> float:
        target = self.view.citizens[o.facts.target]
        if not target.is_player:
            return 0.0
        appetite = self.report_appetite if o.facts.verb == "report" else 1.0
        return -o.target_score / self.model.per_level * self.t.rival * appetite


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
    rivals = [c.score for c in view.citizens if c.is_player and c.index != view.seat]
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
