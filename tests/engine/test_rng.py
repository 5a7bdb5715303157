"""The generator's written-out shortcuts draw exactly as the plain methods they copy."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.engine.rng import Rng

STATES = st.integers(min_value=0, max_value=2**64 - 1)


@given(STATES, st.integers(min_value=1, max_value=500))
def test_choice_draws_as_below_does(state: int, n: int) -> None:
    items = list(range(n))
    one, other = Rng(state), Rng(state)
    assert one.choice(items) == items[other.below(n)]
    assert one.state == other.state


@given(STATES, st.floats(min_value=0.0, max_value=1.0))
def test_chance_draws_as_random_does(state: int, probability: float) -> None:
    one, other = Rng(state), Rng(state)
    expected = other.random() < probability if 0.0 < probability < 1.0 else probability >= 1.0
    assert one.chance(probability) == expected
    if 0.0 < probability < 1.0:
        assert one.state == other.state
