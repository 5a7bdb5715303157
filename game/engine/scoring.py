"""The score: factors in, one public number and its tier out, friends included."""

from __future__ import annotations

from .records import Ruleset
from .state import FACTOR_KEYS, Citizen, State


def factor_level(ruleset: Ruleset, citizen: Citizen) -> float:
    """The weighted mean of a citizen's own four factors: how the score 'sees' them alone."""
    w = ruleset.weights
    total = sum(w[f] for f in FACTOR_KEYS)
    if total <= 0:
        return float(ruleset.factor_start)
    return sum(w[f] * citizen.factors[f] for f in FACTOR_KEYS) / total


def score_of(ruleset: Ruleset, factors: dict[str, int], connections: float) -> int:
    """Apply the ruleset's formula, clamp to its bounds, round to a whole number."""
    w = ruleset.weights
    if ruleset.formula == "weighted":
        total = sum(w.values()) or 1.0
        mean = (
            sum(w[f] * factors[f] for f in FACTOR_KEYS) + w["connections"] * connections
        ) / total
        value = ruleset.score_min + (ruleset.score_max - ruleset.score_min) * mean / 100.0
    else:
        start = ruleset.factor_start
        offset = sum(w[f] * (factors[f] - start) for f in FACTOR_KEYS)
        offset += w["connections"] * (connections - start)
        value = ruleset.score_start + ruleset.scale * offset
    return max(ruleset.score_min, min(ruleset.score_max, round(value)))


def tier_of(ruleset: Ruleset, score: int) -> int:
    """Tier rank 1-5: the highest tier whose minimum the score reaches."""
    rank = 1
    for index, tier in enumerate(ruleset.tiers, start=1):
        if score >= tier.min:
            rank = index
    return rank


def connections_of(ruleset: Ruleset, state: State, citizen: Citizen, levels: list[float]) -> float:
    """Guilt by association: friends above the pivot lift you; friends below it, and critics,
    sink you."""
    era = ruleset.eras[state.era - 1]
    neutral = float(ruleset.factor_start)
    if not era.connections:
        return neutral
    value = neutral
    for friend in citizen.friends:
        value += (levels[friend] - ruleset.connections_pivot) * ruleset.connections_per_friend
        if state.citizens[friend].critic_until >= state.round:
            value -= ruleset.critic_penalty
    return max(float(ruleset.factor_min), min(float(ruleset.factor_max), value))


def recompute(ruleset: Ruleset, state: State) -> None:
    """Refresh every citizen's connections, score and tier from the factors as they stand."""
    levels = [factor_level(ruleset, c) for c in state.citizens]
    for citizen in state.citizens:
        citizen.connections = connections_of(ruleset, state, citizen, levels)
        citizen.score = score_of(ruleset, citizen.factors, citizen.connections)
        citizen.tier = tier_of(ruleset, citizen.score)


def score_bounds(ruleset: Ruleset) -> tuple[int, int]:
    return ruleset.score_min, ruleset.score_max
