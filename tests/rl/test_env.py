"""The PettingZoo environment: PettingZoo's own api_test and seed_test, masks, rewards, privacy."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pettingzoo", reason="the [rl] extra is not installed")

from pettingzoo.test import api_test, seed_test  # noqa: E402

import game.rl as rl  # noqa: E402
from game.engine import EngineError  # noqa: E402

SETUPS = [
    {"players": 3},
    {"packs": ["nosedive"], "players": 4},
    {"packs": ["data-economy"], "players": 2},
    {"ruleset": "booklet", "players": 1, "options": {"length": "short"}},
]


# api_test advises (as warnings) on observation types it cannot check; advice is not failure.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.mark.parametrize("setup", SETUPS, ids=lambda s: "-".join(map(str, s.values())))
def test_pettingzoo_api_test(setup: dict) -> None:  # type: ignore[type-arg]
    api_test(rl.env(seed=1, **setup), num_cycles=1000)


@pytest.mark.parametrize("setup", SETUPS[:3], ids=lambda s: "-".join(map(str, s.values())))
def test_pettingzoo_seed_test(setup: dict) -> None:  # type: ignore[type-arg]
    seed_test(lambda: rl.env(**setup), num_cycles=300)


def play_out(environment, seed: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """A whole game with random legal actions; checks every mask on the way; the total rewards."""
    raw = environment.unwrapped
    environment.reset(seed=seed)
    rng = np.random.default_rng(seed)
    totals: dict[str, float] = {}
    while environment.agents:
        agent = environment.agent_selection
        obs, reward, terminated, truncated, _ = environment.last()
        totals[agent] = totals.get(agent, 0.0) + reward
        if terminated or truncated:
            environment.step(None)
            continue
        game = raw.game
        assert raw.agent_seat[agent] == game.current_seat
        assert obs["action_mask"].tolist() == [int(ok) for ok in game.legal_mask()]
        for other in environment.agents:
            if other != agent:
                assert not raw.observe(other)["action_mask"].any(), "a waiting seat has moves"
        assert obs["observation"].dtype == np.float32
        assert raw.observation_space(agent)["observation"].contains(obs["observation"])
        environment.step(int(rng.choice(np.flatnonzero(obs["action_mask"]))))
    return totals


@pytest.mark.parametrize("packs", [[], ["nosedive"], ["data-economy"]])
def test_masks_match_the_engine_and_rewards_come_from_the_life_review(packs: list[str]) -> None:
    environment = rl.env(packs=packs, players=3, seed=4)
    totals = play_out(environment, seed=9)
    game = environment.unwrapped.game
    assert game.is_over()
    assert [totals[f"player_{i}"] for i in range(3)] == game.returns()


def test_life_rewards_are_life_points_scaled() -> None:
    environment = rl.env(players=2, reward="life")
    totals = play_out(environment, seed=2)
    game = environment.unwrapped.game
    high = game.life_bounds()[1]
    expected = [r.life_points / high for r in game.results()]
    assert [totals["player_0"], totals["player_1"]] == pytest.approx(expected)
    assert all(0.0 <= v <= 1.0 for v in expected)


def test_actions_are_the_engines_stable_ids() -> None:
    raw = rl.raw_env(packs=["nosedive"], players=4)
    raw.reset(seed=3)
    game = raw.game
    assert raw.action_space("player_0").n == game.num_actions
    assert game.action_name(game.action_id("rate:5")) == "rate:5"


def test_the_rating_phase_says_whom_the_rater_rates() -> None:
    raw = rl.raw_env(packs=["nosedive"], players=2)
    raw.reset(seed=5)
    game = raw.game
    actor = game.current_seat
    raw.step(game.action_id("do:praise"))
    rater = game.current_seat
    assert game.state.phase == "rating" and rater != actor
    names = raw.encoder.names
    vector = raw.observe(f"player_{rater}")["observation"]
    assert vector[names.index(f"rated_is_p{actor}")] == 1.0
    assert vector[names.index("phase_rating")] == 1.0


def test_same_seed_same_game_and_another_seed_another() -> None:
    a, b = rl.raw_env(players=3), rl.raw_env(players=3)
    a.reset(seed=11)
    b.reset(seed=11)
    assert a.game == b.game
    b.reset(seed=12)
    assert a.game != b.game


def test_observation_hides_other_players_private_lives() -> None:
    raw = rl.raw_env(players=3)
    raw.reset(seed=6)
    before = raw.observe("player_0")["observation"].copy()
    for citizen in raw.game.state.citizens[1:3]:
        citizen.money, citizen.wellbeing, citizen.voice = 0, 1, 2
        citizen.counters = {"travel": 3}
    assert np.array_equal(raw.observe("player_0")["observation"], before)


def test_observation_layout_is_fixed_and_named() -> None:
    raw = rl.raw_env(packs=["data-economy"], players=2)
    assert len(raw.encoder.names) == len(set(raw.encoder.names)) == raw.encoder.size
    assert "c0_platform_rides" in raw.encoder.names
    assert raw.observation_space("player_0")["observation"].shape == (raw.encoder.size,)


def test_an_illegal_action_ends_the_game_for_the_wrapped_env() -> None:
    environment = rl.env(players=2)
    environment.reset(seed=1)
    agent = environment.agent_selection
    mask = environment.last()[0]["action_mask"]
    illegal = int(np.flatnonzero(mask == 0)[0])
    environment.step(illegal)
    assert all(environment.terminations.values())
    assert environment.rewards[agent] == -1


def test_bad_settings_are_refused_clearly() -> None:
    with pytest.raises(EngineError, match="unknown ruleset"):
        rl.raw_env(ruleset="utopia")
    with pytest.raises(EngineError, match="reward"):
        rl.raw_env(reward="score")
    with pytest.raises(EngineError, match="seats"):
        rl.raw_env(players=9)


def test_a_runaway_game_is_truncated() -> None:
    raw = rl.raw_env(players=2, max_steps=5)
    raw.reset(seed=1)
    steps = 0
    while raw.agents:
        agent = raw.agent_selection
        if raw.terminations[agent] or raw.truncations[agent]:
            raw.step(None)
            continue
        mask = raw.observe(agent)["action_mask"]
        legal = np.flatnonzero(mask)
        raw.step(int(legal[-1]))   # never end the turn voluntarily if anything else is legal
        steps += 1
    assert steps == 5 and not raw.game.is_over()
