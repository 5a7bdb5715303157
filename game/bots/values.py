"""What a temperament wants: a value for a seat's prospects, in life-point-like units.

A bot values each legal action by how much it would change its prospects (score, money,
wellbeing, voice, friends, goal, blacklist) under its temperament's weights. The balanced
temperament's weights follow the life review (game/engine/review.py); the single-minded ones
lean hard on one thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.records import Content, GoalDef, Ruleset
from .appraise import Outcome
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
    """One temperament's valuation; caches what the content fixes. `judge(view)` values one
    decision's actions."""

    def __init__(self, temperament: Temperament) -> None:
        self.t = temperament
        self._key: tuple[int, int] = (0, 0)
        self.counter_tiers: dict[str, int] = {}
        self.perk_nets: list[tuple[int, bool, float]] = []

    def prepare(self, content: Content, ruleset: Ruleset) -> None:
        key = (id(content), id(ruleset))
        if key == self._key:
            return
        self._key = key
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
        return Judge(self, view)


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


class Judge:
    """The valuation of one decision: what the moment fixes is worked out once, and each action
    recomputes only the concerns it touches."""

    def __init__(self, valuer: Valuer, view: SeatView) -> None:
        self.valuer = valuer
        self.t = valuer.t
        self.view = view
        r = view.ruleset
        self.r = r
        self.model = view.model
        self.rounds_left = view.rounds_left
        self.reserve = (r.living_cost + BILLS_PER_ROUND) * view.rounds_left
        self.listed_rounds = _rounds_with_blacklists(view)
        self.shaming = bool(view.options.get("public_shaming"))
        self.goal = view.content.goals.get(view.goal)
        self._score_cache: dict[tuple[int, bool], tuple[float, float, float, int]] = {}
        self.goal_reads = _goal_reads(self.goal)
        rivals = [c.score for c in view.citizens if c.is_player and c.index != view.seat]
        self.rival_best = float(max(rivals)) if rivals else float(r.score_min)
        self.title_margin = 0.05 * (r.score_max - r.score_min)
        # Even an informer tires of it: the pull of reporting fades with each report made.
        self.report_appetite = 1.0 / (1.0 + view.counters.get("reported", 0) / 2.0)
        self.now = prospect_of(view)
        self.base = self.parts(self.now)
        self.base_tier = self._score_terms(self.now.score, self.now.blacklisted)[3]
        self.base_score_sum = self.base["score"] + self.base["perks"] + self.base["safety"]

    # -- each concern -----------------------------------------------------------------------------

    def _score_terms(self, score: float, listed: bool) -> tuple[float, float, float, int]:
        """score, perks and safety parts, and the tier, for a score."""
        key = (round(score), listed)
        found = self._score_cache.get(key)
        if found is not None:
            return found
        t = self.t
        tier = self.model.tier_of(key[0])
        level = self.model.level_of_score(key[0])
        best = 0.0
        for min_tier, blockable, net in self.valuer.perk_nets:
            if tier >= min_tier and not (blockable and listed) and net > best:
                best = net
        perks = best * min(self.rounds_left, 4) * 0.5
        value = t.score * level
        if t.title:
            # The title counts where it is in play: near the best rival score, not far off it.
            lead = (score - self.rival_best) / self.title_margin
            value += t.title * min(1.0, max(0.0, 0.5 + 0.5 * lead))
        found = (value, t.perks * perks, -t.safety * self._safety(score, listed), tier)
        self._score_cache[key] = found
        return found

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

    def _wellbeing(self, wellbeing: int, friends: int, listed: bool) -> float:
        """What the life review will find, friends' gifts and life's wear included."""
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
        return self.t.wellbeing * r.life_wellbeing * (min(projected, cap) + OVER_CAP_VALUE * over)

    def _voice(self, voice: int) -> float:
        return self.t.voice * self.r.life_voice * min(voice, self.r.voice_max)

    def _friends(self, friends: int) -> float:
        return self.t.friend * self.r.life_friend * friends

    def _money(self, money: int) -> float:
        """Coins that keep bills paid are worth more than coins put aside."""
        reserve = self.reserve
        value = min(money, reserve) + max(0.0, money - reserve) / self.r.life_money_per_point
        return self.t.money * value

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
        score, perks, safety, tier = self._score_terms(p.score, p.blacklisted)
        return {
            "score": score,
            "perks": perks,
            "safety": safety,
            "wellbeing": self._wellbeing(p.wellbeing, p.friends, p.blacklisted),
            "voice": self._voice(p.voice),
            "friends": self._friends(p.friends),
            "money": self._money(p.money),
            "goal": self._goal(p, tier),
        }

    def _case(
        self,
        o: Outcome,
        detected: bool,
        listed: bool,
        weight: float,
        parts: dict[str, float] | None,
    ) -> float:
        """weight * (value after the action - value now), for one way the dice may fall.

        Only the concerns the action moves are recomputed; `parts`, when given, receives the
        change of each concern (for the explanation)."""
        now, base, r = self.now, self.base, self.r
        score = now.score + o.connections + (o.score if detected else 0.0)
        score = (
            r.score_min if score < r.score_min else r.score_max if score > r.score_max else score
        )
        listed = now.blacklisted or listed
        total = 0.0
        tier = self.base_tier
        if score != now.score or listed != now.blacklisted:
            s_score, s_perks, s_safety, tier = self._score_terms(score, listed)
            if parts is None:
                total += s_score + s_perks + s_safety - self.base_score_sum
            else:
                parts["score"] += weight * (s_score - base["score"])
                parts["perks"] += weight * (s_perks - base["perks"])
                parts["safety"] += weight * (s_safety - base["safety"])
                total += s_score + s_perks + s_safety - self.base_score_sum
        wellbeing = min(r.wellbeing_max, max(0, now.wellbeing + o.wellbeing))
        voice = min(r.voice_max, max(0, now.voice + o.voice))
        money = min(r.money_max, max(0, now.money + o.money))
        friends = now.friends + o.friend
        if wellbeing != now.wellbeing or o.friend or listed != now.blacklisted:
            d = self._wellbeing(wellbeing, friends, listed) - base["wellbeing"]
            total += d
            if parts is not None:
                parts["wellbeing"] += weight * d
        if voice != now.voice:
            d = self._voice(voice) - base["voice"]
            total += d
            if parts is not None:
                parts["voice"] += weight * d
        if o.friend:
            d = self._friends(friends) - base["friends"]
            total += d
            if parts is not None:
                parts["friends"] += weight * d
        if money != now.money:
            d = self._money(money) - base["money"]
            total += d
            if parts is not None:
                parts["money"] += weight * d
        if self.goal is not None:
            reads = self.goal_reads
            counters = now.counters
            moved = (
                (o.counters and any(c in reads for c, _ in o.counters))
                or (tier != self.base_tier and "tier" in reads)
                or (o.friend and "friends" in reads)
                or (money != now.money and "money" in reads)
                or (voice != now.voice and "voice" in reads)
                or (wellbeing != now.wellbeing and "wellbeing" in reads)
                or (listed != now.blacklisted and "blacklisted" in reads)
            )
            if moved:
                if o.counters:
                    counters = dict(counters)
                    for key, amount in o.counters:
                        counters[key] = counters.get(key, 0) + amount
                after = Prospect(score, money, wellbeing, voice, friends, listed, counters)
                d = self._goal(after, tier) - base["goal"]
                total += d
                if parts is not None:
                    parts["goal"] += weight * d
        return weight * total

    def _evaluate(self, o: Outcome, parts: dict[str, float] | None) -> float:
        total = 0.0
        if o.score or o.blacklist_risk:
            if o.chance > 0.0:
                weight = o.chance
                if o.blacklist_risk:
                    total += self._case(o, True, True, weight * o.blacklist_risk, parts)
                    weight *= 1.0 - o.blacklist_risk
                total += self._case(o, True, False, weight, parts)
            if o.chance < 1.0:
                total += self._case(o, False, False, 1.0 - o.chance, parts)
        else:
            total += self._case(o, False, False, 1.0, parts)
        if o.likelihood < 1.0:
            total *= o.likelihood
            if parts is not None:
                for key in parts:
                    parts[key] *= o.likelihood
        taste = self._taste(o)
        rival = self._rivalry(o) if o.target_score and o.target >= 0 else 0.0
        if parts is not None:
            parts["taste"] = taste
            parts["rival"] = rival
        return total + taste + rival

    def worth(self, o: Outcome) -> float:
        """The value of an action for this temperament (the fast path)."""
        return self._evaluate(o, None)

    def breakdown(self, o: Outcome) -> Breakdown:
        """The change in each concern an action is expected to bring, and their sum."""
        parts = dict.fromkeys(self.base, 0.0)
        total = self._evaluate(o, parts)
        return Breakdown(total, parts)

    def _taste(self, o: Outcome) -> float:
        t = self.t
        if o.verb == "self":
            if o.critic:
                return t.criticise
            if o.item == "praise":
                return t.praise
        elif o.verb == "report":
            return t.report * self.report_appetite if t.reports else -100.0
        elif o.verb == "black_market":
            return t.hacker
        elif o.verb == "befriend":
            return t.befriend
        elif o.verb == "accept":
            return t.befriend + (50.0 if t.accepts_all else 0.0)
        elif o.verb == "drop" and not t.drops_friends:
            return -100.0
        elif o.verb == "rate" and o.item.isdigit():
            return -abs(int(o.item) - t.stars)
        return 0.0

    def _rivalry(self, o: Outcome) -> float:
        target = self.view.citizens[o.target]
        if not target.is_player:
            return 0.0
        appetite = self.report_appetite if o.verb == "report" else 1.0
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
