"""The score: factors in, one public number and its tier out, friends included.

Scores are refreshed incrementally: a happening marks the citizens it touched, and only they and
their friends (whose connections follow them) are recomputed. `recompute` redoes everyone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from .records import Ruleset
from .state import Citizen, State

Coefficients = tuple[float, float, float, float, float, float, float]


class ScoreModel:
    """A ruleset's scoring, with its numbers read once: scores are recomputed at almost every
    happening, so this is the engine's hottest path."""

    __slots__ = (
        "ruleset", "k", "own_total", "weighted", "score_min", "score_max", "span",
        "score_start", "scale", "start", "tier_mins", "neutral", "low", "high", "pivot",
        "per_friend", "critic", "era_counts", "rated", "has_platforms", "refresh_constants",
        "score_constants",
    )

    def __init__(self, ruleset: Ruleset) -> None:
        w = ruleset.weights
        own = w["credit"] + w["fulfilment"] + w["identity"] + w["behaviour"]
        self.ruleset = ruleset
        self.k: Coefficients = (
            w["credit"], w["fulfilment"], w["identity"], w["behaviour"], w["connections"],
            own, own + w["connections"],
        )  # fmt: skip
        self.own_total = own or 1.0
        self.weighted = ruleset.formula == "weighted"
        self.score_min, self.score_max = ruleset.score_min, ruleset.score_max
        self.span = ruleset.score_max - ruleset.score_min
        self.score_start, self.scale = ruleset.score_start, ruleset.scale
        self.start = ruleset.factor_start
        self.tier_mins = tuple(t.min for t in ruleset.tiers)
        self.neutral = float(ruleset.factor_start)
        self.low, self.high = float(ruleset.factor_min), float(ruleset.factor_max)
        self.pivot = ruleset.connections_pivot
        self.per_friend = ruleset.connections_per_friend
        self.critic = ruleset.critic_penalty
        self.era_counts = (False,) + tuple(era.connections for era in ruleset.eras)
        self.rated = ruleset.formula == "ratings"
        self.has_platforms = bool(ruleset.platforms)
        # refresh() unpacks these in one step (it runs at nearly every happening). The weighted
        # formula's bounds as floats: the interpreter's float arithmetic is fast only between
        # floats, and an int operand is converted to the same float anyway.
        k = self.k
        self.refresh_constants = (*k[:6], self.own_total, self.neutral, k[5] > 0)
        self.score_constants = (
            self.pivot, self.per_friend, self.critic, self.low, self.high, self.score_min,
            self.score_max, self.tier_mins, self.rated, self.weighted, self.has_platforms,
            float(self.span), k[6] or 1.0, self.score_start, self.scale, self.start,
            k[5] * self.start, float(self.score_min),
        )  # fmt: skip

    def own_sum(self, f: dict[str, int]) -> float:
        k = self.k
        return (
            k[0] * f["credit"] + k[1] * f["fulfilment"] + k[2] * f["identity"]
            + k[3] * f["behaviour"]
        )  # fmt: skip

    def level(self, f: dict[str, int]) -> float:
        if self.k[5] <= 0:
            return self.neutral
        return self.own_sum(f) / self.own_total

    def score(self, factors: dict[str, int], connections: float) -> int:
        k = self.k
        own = self.own_sum(factors)
        if self.weighted:
            mean = (own + k[4] * connections) / (k[6] or 1.0)
            value = self.score_min + self.span * mean / 100.0
        else:
            offset = own - k[5] * self.start + k[4] * (connections - self.start)
            value = self.score_start + self.scale * offset
        return max(self.score_min, min(self.score_max, round(value)))

    def tier(self, score: int) -> int:
        return max(1, bisect_right(self.tier_mins, score))

    def connections(self, state: State, citizen: Citizen, counts: bool) -> float:
        """Connections worked out from the friends' factors: the plain formula, which the fast
        refresh() must always agree with (the conformance kit checks it)."""
        if not counts or not citizen.friends:
            return self.neutral
        value = self.neutral
        citizens = state.citizens
        round_now = state.round
        pivot, per_friend = self.pivot, self.per_friend
        for index in citizen.friends:
            friend = citizens[index]
            value += (self.level(friend.factors) - pivot) * per_friend
            if friend.critic_until >= round_now:
                value -= self.critic
        return self.low if value < self.low else self.high if value > self.high else value


_MODELS: dict[int, ScoreModel] = {}


def model_for(ruleset: Ruleset) -> ScoreModel:
    """The scoring model of a ruleset, built once (a ruleset is never changed in place)."""
    model = _MODELS.get(id(ruleset))
    if model is None or model.ruleset is not ruleset:
        model = _MODELS[id(ruleset)] = ScoreModel(ruleset)
    return model


def _coefficients(ruleset: Ruleset) -> Coefficients:
    """Weights of credit, fulfilment, identity, behaviour, connections; own total; all total."""
    return model_for(ruleset).k


def factor_level(ruleset: Ruleset, citizen: Citizen) -> float:
    """The weighted mean of a citizen's own four factors: how the score 'sees' them alone."""
    return model_for(ruleset).level(citizen.factors)


def score_of(ruleset: Ruleset, factors: dict[str, int], connections: float) -> int:
    """Apply the ruleset's formula, clamp to its bounds, round to a whole number."""
    return model_for(ruleset).score(factors, connections)


def tier_of(ruleset: Ruleset, score: int) -> int:
    """Tier rank 1-5: the highest tier whose minimum the score reaches."""
    return model_for(ruleset).tier(score)


def connections_of(ruleset: Ruleset, state: State, citizen: Citizen) -> float:
    """Guilt by association: friends above the pivot lift you; friends below it, and critics,
    sink you."""
    counts = ruleset.eras[state.era - 1].connections
    return model_for(ruleset).connections(state, citizen, counts)


def rated_score(ruleset: Ruleset, citizen: Citizen) -> int:
    """Peer rating: the mean of the latest stars received, a first impression counted in,
    times 100 (4.25 stars is 425). Neighbours, whom no player rates, are worth their level."""
    ratings = ruleset.ratings
    assert ratings is not None
    if not citizen.is_player:
        value = ruleset.score_min + (ruleset.score_max - ruleset.score_min) * (
            factor_level(ruleset, citizen) / 100.0
        )
    else:
        recent = citizen.ratings[-ratings.window :]
        total = sum(recent) + ratings.start_stars * ratings.start_weight
        count = len(recent) + ratings.start_weight
        value = 100.0 * total / count if count else 100.0 * ratings.start_stars
    return max(ruleset.score_min, min(ruleset.score_max, round(value)))


def platform_scores(ruleset: Ruleset, citizen: Citizen) -> dict[str, int]:
    """Each platform's own score: its weighted mean of the factors, on its own scale."""
    out: dict[str, int] = {}
    for platform in ruleset.platforms:
        w = platform.weights
        total = sum(w.values()) or 1.0
        mean = (
            sum(
                w[f] * citizen.factors[f] for f in ("credit", "fulfilment", "identity", "behaviour")
            )
            + w["connections"] * citizen.connections
        ) / total
        value = platform.min + (platform.max - platform.min) * mean / 100.0
        out[platform.id] = max(platform.min, min(platform.max, round(value)))
    return out


def refresh(
    ruleset: Ruleset,
    state: State,
    indices: Iterable[int],
    moved: Iterable[int] | None = None,
) -> list[tuple[int, int]]:
    """Recompute connections, score, tier (and platform scores) of these citizens.

    `moved` are those whose own factors changed (all of `indices` when not given): their kept
    weighted sums and levels are brought up to date first, for their own scores and for their
    friends' connections. Every citizen whose factors changed must be among them
    (Context.move_factor sees to it). Returns the score changes, (citizen, delta) in citizen
    order. The formulas are ScoreModel's, written out: this runs at nearly every happening.
    """
    m = _MODELS.get(id(ruleset))  # model_for, written out
    if m is None or m.ruleset is not ruleset:
        m = model_for(ruleset)
    citizens = state.citizens
    order = sorted(indices)
    k0, k1, k2, k3, k4, k5, own_total, neutral, by_level = m.refresh_constants
    for index in order if moved is None else moved:
        citizen = citizens[index]
        f = citizen.factors
        row = credit, fulfilment, identity, behaviour = (
            f["credit"], f["fulfilment"], f["identity"], f["behaviour"]
        )  # fmt: skip
        citizen.factor_row = row
        own = k0 * credit + k1 * fulfilment + k2 * identity + k3 * behaviour
        citizen.own = own
        citizen.level = own / own_total if by_level else neutral
    counts = m.era_counts[state.era]
    round_now = state.round
    (
        pivot, per_friend, critic, low, high, score_min, score_max, tier_mins, rated, weighted,
        platforms, span, all_weights, score_start, scale, start, own_at_start, floor,
    ) = m.score_constants  # fmt: skip
    changes: list[tuple[int, int]] = []
    for index in order:
        citizen = citizens[index]
        friends = citizen.friends
        if counts and friends:
            conn = neutral
            for other in friends:
                friend = citizens[other]
                conn += (friend.level - pivot) * per_friend
                if friend.critic_until >= round_now:
                    conn -= critic
            conn = low if conn < low else high if conn > high else conn
        else:
            conn = neutral
        citizen.connections = conn
        if rated:
            score = rated_score(ruleset, citizen)
        else:
            if weighted:
                score = round(floor + span * ((citizen.own + k4 * conn) / all_weights) / 100.0)
            else:
                offset = citizen.own - own_at_start + k4 * (conn - start)
                score = round(score_start + scale * offset)
            score = score_min if score < score_min else score_max if score > score_max else score
        if score != citizen.score:
            changes.append((index, score - citizen.score))
            citizen.score = score
        citizen.tier = bisect_right(tier_mins, score) or 1
        if platforms:
            citizen.platforms = platform_scores(ruleset, citizen)
    return changes


def recompute(ruleset: Ruleset, state: State) -> list[tuple[int, int]]:
    """Refresh every citizen's connections, score and tier from the factors as they stand."""
    return refresh(ruleset, state, range(len(state.citizens)))


def level_for_score(ruleset: Ruleset, score: int) -> int:
    """The one factor level that, with neutral connections, gives about this score: a guess at
    factors that are hidden (opaque scoring)."""
    k = _coefficients(ruleset)
    neutral = ruleset.factor_start
    if ruleset.formula == "weighted" and k[5] > 0:
        span = ruleset.score_max - ruleset.score_min
        mean = (score - ruleset.score_min) / span * 100.0 if span else neutral
        level = (mean * k[6] - k[4] * neutral) / k[5]
    elif ruleset.formula == "ledger" and k[5] > 0 and ruleset.scale:
        level = neutral + (score - ruleset.score_start) / (ruleset.scale * k[5])
    else:
        level = neutral
    return max(ruleset.factor_min, min(ruleset.factor_max, round(level)))
