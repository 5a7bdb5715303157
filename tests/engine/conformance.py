"""The conformance kit every ruleset and scenario pack must pass (after OpenSpiel's
random_sim_test).

On random playouts: a clone equals its original and evolves identically; every listed legal
action applies and an unlisted one is refused without a change; serialisation round-trips;
results stay within their declared bounds; no seat's observation or log shows another seat's
private life.
"""

from __future__ import annotations

import json
import random
from typing import Any

from game.engine import Content, Game, IllegalAction, Options, Seat
from game.engine.scoring import (
    connections_of,
    factor_level,
    recompute,
    score_of,
    tier_of,
)

PRIVATE_KEYS = {"money", "wellbeing", "voice", "goal", "counters", "penalties"}


def check_invariants(game: Game) -> None:
    """What must hold in every state of every game."""
    low, high = game.score_bounds()
    r = game.ruleset
    state = game.state
    for index, c in enumerate(state.citizens):
        assert low <= c.score <= high, f"{c.name}: score {c.score} outside {low}..{high}"
        assert 1 <= c.tier <= 5
        assert all(r.factor_min <= v <= r.factor_max for v in c.factors.values())
        assert 0 <= c.money <= r.money_max
        assert 0 <= c.wellbeing <= r.wellbeing_max
        assert 0 <= c.voice <= r.voice_max
        assert index not in c.friends, f"{c.name} is their own friend"
        assert len(set(c.friends)) == len(c.friends), f"{c.name} has a friend twice"
        for friend in c.friends:
            assert index in state.citizens[friend].friends, "friendship is not mutual"
    # Scores are refreshed incrementally; a full recount must never disagree with them.
    recount = state.copy()
    recompute(r, recount)
    assert [c.score for c in recount.citizens] == [c.score for c in state.citizens], (
        "an incremental score refresh missed a citizen"
    )
    # ... and the fast refresh agrees with the plain formulas, worked out from the factors.
    if r.formula != "ratings":
        for c in state.citizens:
            assert c.level == factor_level(r, c), f"{c.name}'s kept level is stale"
            assert c.connections == connections_of(r, state, c)
            assert c.score == score_of(r, c.factors, c.connections), f"{c.name}'s score"
            assert c.tier == tier_of(r, c.score)
    mask = game.legal_mask()
    legal = game.legal_actions()
    assert [i for i, ok in enumerate(mask) if ok] == sorted(legal)
    assert len(set(legal)) == len(legal)
    specs = game.rules.catalogue.specs
    checked = [s.id for s in specs if game.rules.is_legal(game.state, s)]
    assert checked == sorted(legal), "is_legal and legal_actions disagree"
    if game.is_over():
        assert legal == [] and game.current_seat is None
    else:
        assert legal, "a game that is not over must offer an action"
        assert game.current_seat is not None


def check_privacy(game: Game) -> None:
    """Each seat sees its own private life and nobody else's, in observation and log alike."""
    players = game.num_players
    for seat in range(players):
        obs = game.observe(seat)
        json.dumps(obs)  # observations are plain data
        assert obs["me"]["goal"] == game.state.citizens[seat].goal
        for citizen in obs["citizens"]:
            leaked = PRIVATE_KEYS & set(citizen)
            assert not leaked, f"seat {seat} sees {leaked} of {citizen['name']}"
        for round_rows in obs["history"]:
            for index, row in enumerate(round_rows):
                assert len(row) == (5 if index == seat else 1)
        for entry in game.log_for(seat):
            assert isinstance(entry["private"], dict)
            if entry["actor"] != seat:
                assert "late_payment" not in entry["detail"], "another's late payment shows"
            if entry["kind"] == "goal":
                assert entry["actor"] == seat, "another seat's secret goal is in the log"
        # Changing what `seat` cannot see must not change what it sees.
        twin = game.clone()
        for index, c in enumerate(twin.state.citizens):
            if c.is_player and index != seat:
                c.money = (c.money + 7) % (game.ruleset.money_max + 1)
                c.wellbeing = (c.wellbeing + 3) % (game.ruleset.wellbeing_max + 1)
                c.voice = (c.voice + 5) % (game.ruleset.voice_max + 1)
                c.counters = {"secret": 99}
        obs_twin = twin.observe(seat)
        obs_twin["legal_actions"] = obs["legal_actions"]
        assert obs_twin == obs, f"seat {seat}'s observation depends on others' private stats"
    for entry in game.public_log():
        assert entry["private"] == {}
        assert entry["kind"] != "goal"


def check_step(game: Game, rng: random.Random, *, full: bool) -> int:
    """Check one state in depth, then pick a random legal action for the playout."""
    check_invariants(game)
    legal = game.legal_actions()
    if full:
        check_privacy(game)
        before = game.to_dict()
        for action in legal:
            trial = game.clone()
            trial.apply(action)
            check_invariants(trial)
        illegal = [a for a in range(game.num_actions) if a not in legal]
        for action in rng.sample(illegal, min(5, len(illegal))):
            try:
                game.apply(action)
            except IllegalAction:
                pass
            else:
                raise AssertionError(f"illegal action {game.action_name(action)} was accepted")
        assert game.to_dict() == before, "a refused action changed the state"
        restored = Game.from_json(game.to_json(), game.content)
        assert restored == game, "save and load changed the state"
    return rng.choice(legal)


def random_playout(
    content: Content,
    ruleset: str,
    seed: int,
    *,
    players: int = 4,
    options: Options | None = None,
    full_every: int = 7,
) -> Game:
    """Play one game at random, checking the kit's properties on the way; returns the end."""
    rng = random.Random(seed)
    seats = [Seat(f"P{i}", "bot") for i in range(players)]
    game = Game.new(seats, ruleset=ruleset, seed=seed, options=options, content=content)
    shadow = game.clone()
    step = 0
    while not game.is_over():
        action = check_step(game, rng, full=step % full_every == 0)
        game.apply(action)
        shadow.apply(action)
        assert shadow == game, "a clone evolved differently from its original"
        step += 1
    check_invariants(game)
    check_privacy(game)
    results = game.results()
    low, high = game.score_bounds()
    life_low, life_high = game.life_bounds()
    assert any(r.winner for r in results)
    assert any(r.model_citizen for r in results)
    for r in results:
        assert low <= r.score <= high
        assert life_low <= r.life_points <= life_high
        assert r.life_points == sum(r.breakdown.values())
    assert all(0.0 <= v <= 1.0 for v in game.returns())
    assert step <= game.max_decisions()
    replayed = Game.replay(game.setup(), game.state.actions_taken, content)
    assert replayed == game, "replaying the action list gave another game"
    return game


def summary(game: Game) -> dict[str, Any]:
    return {"rounds": game.state.round, "actions": len(game.state.actions_taken)}
