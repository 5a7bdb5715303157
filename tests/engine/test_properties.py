"""Hypothesis: random legal play from any seed never breaks an invariant, leaks nothing private,
and saves, loads and replays to the same game."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import Game, IllegalAction, Seat, default_content, default_options

from .conformance import check_invariants, check_privacy

CONTENT = default_content()
RULESETS = sorted(CONTENT.rulesets)

options_strategy = st.fixed_dictionaries(
    {
        "transparent": st.booleans(),
        "appeals": st.booleans(),
        "data_protection": st.booleans(),
        "public_shaming": st.booleans(),
        "length": st.sampled_from(["short", "standard"]),
        "win_condition": st.sampled_from(["life", "score", "goals"]),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=0, max_value=2**63 - 1),
    players=st.integers(min_value=1, max_value=6),
    ruleset=st.sampled_from(RULESETS),
    switches=options_strategy,
    data=st.data(),
)
def test_random_legal_play_keeps_invariants(
    seed: int, players: int, ruleset: str, switches: dict[str, object], data: st.DataObject
) -> None:
    options = default_options(CONTENT.rulesets[ruleset], **switches)
    seats = [Seat(f"P{i}", "bot") for i in range(players)]
    game = Game.new(seats, ruleset=ruleset, seed=seed, options=options)
    steps = 0
    while not game.is_over():
        check_invariants(game)
        legal = game.legal_actions()
        action = data.draw(st.sampled_from(legal), label="action")
        game.apply(action)
        steps += 1
    check_invariants(game)
    check_privacy(game)
    assert Game.from_json(game.to_json()) == game
    assert Game.replay(game.setup(), game.state.actions_taken) == game
    assert steps == len(game.state.actions_taken)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**9), action=st.integers(-5, 400))
def test_any_integer_is_applied_or_refused_cleanly(seed: int, action: int) -> None:
    game = Game.new(3, seed=seed)
    before = game.to_dict()
    if action in game.legal_actions():
        game.apply(action)
        check_invariants(game)
    else:
        try:
            game.apply(action)
        except IllegalAction as exc:
            assert str(exc)
        else:
            raise AssertionError("an illegal action was accepted")
        assert game.to_dict() == before


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**9), cut=st.integers(0, 400))
def test_save_load_mid_game_then_same_future(seed: int, cut: int) -> None:
    """A game saved at any point and loaded plays on exactly as the original would."""
    import random

    game = Game.new(4, ruleset="booklet", seed=seed)
    picker = random.Random(seed)
    actions: list[int] = []
    while not game.is_over():
        if len(actions) == cut:
            break
        action = picker.choice(game.legal_actions())
        game.apply(action)
        actions.append(action)
    loaded = Game.from_json(game.to_json())
    assert loaded == game
    for twin in (game, loaded):
        rng = random.Random(cut)
        while not twin.is_over():
            twin.apply(rng.choice(twin.legal_actions()))
    assert loaded == game
