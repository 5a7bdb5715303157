"""Named effects and conditions: the small mechanics that the content files refer to by name.

Each effect is a function registered once under the `op` name the data uses; each condition
under its `test` name. A new card needs data, not code.
"""

from __future__ import annotations

from collections.abc import Callable

from .records import Condition, Effect, Ruleset
from .rng import Rng
from .state import Citizen, State


class Context:
    """One happening in progress (an action or an event): what it changed, for the log.

    Detection is rolled once per channel per happening, so a card is seen whole or not at all.
    """

    __slots__ = (
        "state",
        "ruleset",
        "luck",
        "force_detection",
        "detected",
        "factors",
        "private",
        "penalties",
        "detail",
        "multiplier",
        "certain",
        "affected",
        "everyone",
        "spreads",
        "moved",
    )

    # force_detection is positional: a keyword makes building a Context, at every happening,
    # markedly slower.
    def __init__(self, state: State, ruleset: Ruleset, force_detection: bool = False) -> None:
        self.state = state
        self.ruleset = ruleset
        # The state's generator, taken on first use: happen() hands its new state back.
        self.luck: Rng | None = None
        self.force_detection = force_detection
        # Made on first use, as most happenings detect nothing and penalise nobody.
        self.detected: dict[str, bool] | None = None
        self.factors: list[tuple[int, str, int]] = []
        self.private: list[tuple[int, str, int]] = []
        self.penalties: dict[int, list[tuple[str, int]]] | None = None
        self.detail: dict[str, object] = {}
        self.multiplier = 1.0
        self.certain = False
        self.affected: set[int] = set()  # citizens whose score must be recomputed
        self.moved: set[int] = set()  # citizens whose own factors changed
        self.everyone = False  # recompute every score (a new era, a new round)
        # Whether a change to one citizen reaches their friends' scores in this era.
        self.spreads = ruleset.eras[state.era - 1].connections

    @property
    def rng(self) -> Rng:
        """The game's generator, for this happening's luck (most happenings draw none)."""
        if self.luck is None:
            self.luck = Rng(self.state.rng)
        return self.luck

    def detect(self, channel: str) -> bool:
        if self.certain:
            return True
        detected = self.detected
        if detected is None:
            detected = self.detected = {}
        elif channel in detected:
            return detected[channel]
        if self.force_detection:
            seen = True
        else:
            era = self.ruleset.eras[self.state.era - 1]
            seen = self.rng.chance(era.detection[channel])
        detected[channel] = seen
        return seen

    # appealable (and apply_effects' certain) are not keyword-only, though passed by name: a
    # keyword-only default costs more to fill in, and both run many times per round.
    def move_factor(self, index: int, factor: str, amount: int, appealable: bool = True) -> int:
        citizen = self.state.citizens[index]
        factors = citizen.factors
        before = factors[factor]
        after = before + amount
        ruleset = self.ruleset
        if after < ruleset.factor_min:
            after = ruleset.factor_min
        elif after > ruleset.factor_max:
            after = ruleset.factor_max
        delta = after - before
        if delta:
            factors[factor] = after
            self.moved.add(index)
            self.affected.add(index)
            if self.spreads:
                self.affected.update(citizen.friends)
            self.factors.append((index, factor, delta))
            if delta < 0 and citizen.is_player and appealable:
                if self.penalties is None:
                    self.penalties = {}
                self.penalties.setdefault(index, []).append((factor, delta))
        return delta

    def move_all_factors(self, index: int, amount: int) -> None:
        """Move every factor of a neighbour by `amount` (their drift): move_factor for each,
        written out because it runs for every drifting neighbour at every round's end.
        Neighbours have no appeals, so nothing is recorded as a penalty."""
        citizen = self.state.citizens[index]
        factors = citizen.factors
        low, high = self.ruleset.factor_min, self.ruleset.factor_max
        log = self.factors
        moved = False
        for factor, before in factors.items():
            after = before + amount
            after = low if after < low else high if after > high else after
            if after != before:
                factors[factor] = after
                log.append((index, factor, after - before))
                moved = True
        if moved:
            self.moved.add(index)
            self.affected.add(index)
            if self.spreads:
                self.affected.update(citizen.friends)

    def link(self, a: int, b: int) -> None:
        """Make a and b friends; both their connections change."""
        citizens = self.state.citizens
        citizens[a].friends.append(b)
        citizens[a].friends.sort()
        citizens[b].friends.append(a)
        citizens[b].friends.sort()
        self.affected.update((a, b))

    def unlink(self, a: int, b: int) -> None:
        citizens = self.state.citizens
        citizens[a].friends.remove(b)
        citizens[b].friends.remove(a)
        self.affected.update((a, b))

    def move_stat(self, index: int, stat: str, amount: int) -> int:
        # Each stat read and written by name, not with getattr/setattr: this runs several
        # times at every happening, and a builtin call costs more than the branch.
        citizen = self.state.citizens[index]
        ruleset = self.ruleset
        if stat == "money":
            before = citizen.money
            limit = ruleset.money_max
        elif stat == "wellbeing":
            before = citizen.wellbeing
            limit = ruleset.wellbeing_max
        elif stat == "voice":
            before = citizen.voice
            limit = ruleset.voice_max
        else:
            raise KeyError(stat)
        after = before + amount
        after = 0 if after < 0 else limit if after > limit else after
        delta = after - before
        if delta:
            if stat == "money":
                citizen.money = after
            elif stat == "wellbeing":
                citizen.wellbeing = after
            else:
                citizen.voice = after
            self.private.append((index, stat, delta))
        return delta


EffectFn = Callable[[Context, int, Effect, str], None]
ConditionFn = Callable[[State, Ruleset, Citizen, Condition], bool]

EFFECTS: dict[str, EffectFn] = {}
CONDITIONS: dict[str, ConditionFn] = {}


def effect(name: str) -> Callable[[EffectFn], EffectFn]:
    def register(fn: EffectFn) -> EffectFn:
        EFFECTS[name] = fn
        return fn

    return register


def condition(name: str) -> Callable[[ConditionFn], ConditionFn]:
    def register(fn: ConditionFn) -> ConditionFn:
        CONDITIONS[name] = fn
        return fn

    return register


@effect("factor")
def _factor(ctx: Context, index: int, e: Effect, channel: str) -> None:
    if ctx.detect(channel):
        ctx.move_factor(index, e.factor, round(e.amount * ctx.multiplier))


def pay_stat(ctx: Context, index: int, stat: str, amount: int) -> None:
    """Move a player's private stat; a bill they cannot pay in full is a late payment, and the
    records may see it on their credit."""
    citizen = ctx.state.citizens[index]
    if not citizen.is_player:
        return
    if stat == "money" and citizen.money + amount < 0:
        shortfall = -(citizen.money + amount)
        ctx.move_stat(index, "money", -citizen.money)
        ctx.detail["late_payment"] = shortfall
        if ctx.detect("records"):
            ctx.move_factor(index, "credit", ctx.ruleset.late_payment_credit * shortfall)
        return
    ctx.move_stat(index, stat, amount)


@effect("stat")
def _stat(ctx: Context, index: int, e: Effect, channel: str) -> None:
    pay_stat(ctx, index, e.stat, e.amount)


@effect("count")
def _count(ctx: Context, index: int, e: Effect, channel: str) -> None:
    citizen = ctx.state.citizens[index]
    if citizen.is_player:
        citizen.counters[e.counter] = citizen.counters.get(e.counter, 0) + e.amount


def put_on_blacklist(ctx: Context, index: int) -> None:
    citizen = ctx.state.citizens[index]
    if citizen.blacklisted or not ctx.ruleset.eras[ctx.state.era - 1].blacklists:
        return
    citizen.blacklisted = True
    citizen.counters["blacklisted"] = citizen.counters.get("blacklisted", 0) + 1
    ctx.detail["blacklisted"] = True


@effect("blacklist")
def _blacklist(ctx: Context, index: int, e: Effect, channel: str) -> None:
    put_on_blacklist(ctx, index)


@effect("critic")
def _critic(ctx: Context, index: int, e: Effect, channel: str) -> None:
    if ctx.detect(channel):
        citizen = ctx.state.citizens[index]
        citizen.critic_until = ctx.state.round + 1
        if ctx.spreads:
            ctx.affected.update(citizen.friends)


@effect("campaign")
def _campaign(ctx: Context, index: int, e: Effect, channel: str) -> None:
    last_round = ctx.state.round + e.rounds
    ctx.state.campaigns.append((e.tag, e.multiplier, last_round))
    ctx.detail["campaign"] = e.tag


@effect("neighbour_score")
def _neighbour_score(ctx: Context, index: int, e: Effect, channel: str) -> None:
    for factor in ("credit", "fulfilment", "identity", "behaviour"):
        ctx.move_factor(index, factor, e.amount, appealable=False)


@effect("neighbour_blacklist")
def _neighbour_blacklist(ctx: Context, index: int, e: Effect, channel: str) -> None:
    ctx.state.citizens[index].blacklisted = True
    ctx.detail["blacklisted"] = True


@effect("rating")
def _rating(ctx: Context, index: int, e: Effect, channel: str) -> None:
    """A rating from outside the table (a driver, a neighbour, the city): stars on the record."""
    citizen = ctx.state.citizens[index]
    if citizen.is_player:
        citizen.ratings.append(e.amount)
        ctx.affected.add(index)
        ctx.detail["stars"] = e.amount


def apply_effects(
    ctx: Context, index: int, effects: tuple[Effect, ...], channel: str, certain: bool = False
) -> None:
    """Apply a card's effects to one citizen; `certain` skips detection (a signed report, say)."""
    if not certain or ctx.certain:
        for e in effects:
            EFFECTS[e.op](ctx, index, e, channel)
        return
    ctx.certain = True
    try:
        for e in effects:
            EFFECTS[e.op](ctx, index, e, channel)
    finally:
        ctx.certain = False


@condition("tier_at_least")
def _tier_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.tier >= k.value


@condition("tier_at_most")
def _tier_at_most(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.tier <= k.value


@condition("money_at_least")
def _money_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.money >= k.value


@condition("money_below")
def _money_below(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.money < k.value


@condition("stat_at_least")
def _stat_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return int(getattr(c, k.stat)) >= k.value


@condition("friends_at_least")
def _friends_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return len(c.friends) >= k.value


@condition("friends_below")
def _friends_below(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return len(c.friends) < k.value


@condition("has_low_friend")
def _has_low_friend(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return any(s.citizens[f].tier <= 2 for f in c.friends)


@condition("blacklisted")
def _blacklisted(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.blacklisted


@condition("not_blacklisted")
def _not_blacklisted(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return not c.blacklisted


@condition("counter_at_least")
def _counter_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.counters.get(k.counter, 0) >= k.value


@condition("counter_at_most")
def _counter_at_most(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return c.counters.get(k.counter, 0) <= k.value


@condition("era_at_least")
def _era_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return s.era >= k.value


@condition("switch")
def _switch(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return s.options.switch(k.name) == bool(k.value)


@condition("platform_at_least")
def _platform_at_least(s: State, r: Ruleset, c: Citizen, k: Condition) -> bool:
    return k.name in c.platforms and c.platforms[k.name] >= k.value


def holds(
    state: State, ruleset: Ruleset, citizen: Citizen, conditions: tuple[Condition, ...]
) -> bool:
    # A loop, not all(...): no generator at every event and decision.
    for k in conditions:  # noqa: SIM110
        if not CONDITIONS[k.test](state, ruleset, citizen, k):
            return False
    return True
