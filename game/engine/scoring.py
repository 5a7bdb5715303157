"""The score: factors in, one public number and its tier out, friends included.

Scores are refreshed incrementally: a happening marks the citizens it touched, and only they and
their friends (whose connections follow them) are recomputed. `recompute` redoes everyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from .records import Ruleset
from .state import Citizen, State

Coefficients = tuple[float, float, float, float, float, float, float]
_CACHE: dict[int, tuple[Ruleset, Coefficients]] = {}


def _coefficients(ruleset: Ruleset) -> Coefficients:
    """Weights of credit, fulfilment, identity, behaviour, connections; own total; all total."""
    cached = _CACHE.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    w = ruleset.weights
    own = w["credit"] + w["fulfilment"] + w["identity"] + w["behaviour"]
    coefficients = (
        w["credit"],
        w["fulfilment"],
        w["identity"],
        w["behaviour"],
        w["connections"],
        own,
        own + w["connections"],
    )
    _CACHE[id(ruleset)] = (ruleset, coefficients)
    return coefficients


def _own_sum(k: Coefficients, factors: dict[str, int]) -> float:
    return (
        k[0] * factors["credit"]
        + k[1] * factors["fulfilment"]
        + k[2] * factors["identity"]
        + k[3] * factors["behaviour"]
    )


def factor_level(ruleset: Ruleset, citizen: Citizen) -> float:
    """The weighted mean of a citizen's own four factors: how the score 'sees' them alone."""
    k = _coefficients(ruleset)
    if k[5] <= 0:
        return float(ruleset.factor_start)
    return _own_sum(k, citizen.factors) / k[5]


def score_of(ruleset: Ruleset, factors: dict[str, int], connections: float) -> int:
    """Apply the ruleset's formula, clamp to its bounds, round to a whole number."""
    k = _coefficients(ruleset)
    own = _own_sum(k, factors)
    if ruleset.formula == "weighted":
        mean = (own + k[4] * connections) / (k[6] or 1.0)
        value = ruleset.score_min + (ruleset.score_max - ruleset.score_min) * mean / 100.0
    else:
        start = ruleset.factor_start
        offset = own - k[5] * start + k[4] * (connections - start)
        value = ruleset.score_start + ruleset.scale * offset
    return max(ruleset.score_min, min(ruleset.score_max, round(value)))


def tier_of(ruleset: Ruleset, score: int) -> int:
    """Tier rank 1-5: the highest tier whose minimum the score reaches."""
    rank = 1
    for index, tier in enumerate(ruleset.tiers, start=1):
        if score >= tier.min:
            rank = index
    return rank


def connections_of(ruleset: Ruleset, state: State, citizen: Citizen) -> float:
    """Guilt by association: friends above the pivot lift you; friends below it, and critics,
    sink you."""
    era = ruleset.eras[state.era - 1]
    neutral = float(ruleset.factor_start)
    if not era.connections or not citizen.friends:
        return neutral
    k = _coefficients(ruleset)
    own_total = k[5] or 1.0
    value = neutral
    pivot = ruleset.connections_pivot
    per_friend = ruleset.connections_per_friend
    round_now = state.round
    citizens = state.citizens
    for index in citizen.friends:
        friend = citizens[index]
        f = friend.factors
        level = (
            k[0] * f["credit"]
            + k[1] * f["fulfilment"]
            + k[2] * f["identity"]
            + k[3] * f["behaviour"]
        ) / own_total
        value += (level - pivot) * per_friend
        if friend.critic_until >= round_now:
            value -= ruleset.critic_penalty
    return max(float(ruleset.factor_min), min(float(ruleset.factor_max), value))


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


def refresh(ruleset: Ruleset, state: State, indices: Iterable[int]) -> list[tuple[int, int]]:
    """Recompute connections, score, tier (and platform scores) of these citizens.

    Returns the score changes, (citizen, delta) in citizen order."""
    changes: list[tuple[int, int]] = []
    for index in sorted(indices):
        citizen = state.citizens[index]
        before = citizen.score
        citizen.connections = connections_of(ruleset, state, citizen)
        if ruleset.formula == "ratings":
            citizen.score = rated_score(ruleset, citizen)
        else:
            citizen.score = score_of(ruleset, citizen.factors, citizen.connections)
        citizen.tier = tier_of(ruleset, citizen.score)
        if ruleset.platforms:
            citizen.platforms = platform_scores(ruleset, citizen)
        if citizen.score != before:
            changes.append((index, citizen.score - before))
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


def score_bounds(ruleset: Ruleset) -> tuple[int, int]:
    return ruleset.score_min, ruleset.score_max
