"""A glance says exactly what the brief observation says, in columns, and nothing more."""

from __future__ import annotations

import pytest

from game.engine import Game, Glance, Seat, content_for, default_options
from game.engine.rng import Rng
from game.engine.state import FACTOR_KEYS


def states(ruleset: str, transparent: bool, packs: tuple[str, ...] = ()) -> list[Game]:
    content = content_for(packs)
    options = default_options(content.rulesets[ruleset], transparent=transparent)
    game = Game.new(
        [Seat(f"S{i}") for i in range(4)], ruleset=ruleset, seed=11, options=options,
        content=content,
    )
    rng = Rng.from_seed(5)
    seen = []
    while not game.is_over():
        seen.append(game.clone())
        game.apply(rng.choice(game.legal_actions()))
    return seen[::7]


def same_facts(look: Glance, obs: dict) -> None:
    assert (look.round, look.rounds, look.era, look.phase, look.ap_left) == (
        obs["round"], obs["rounds"], obs["era"], obs["phase"], obs["ap_left"],
    )
    assert look.pending == (tuple(obs["pending"]) if obs["pending"] else None)
    assert look.rating == (tuple(obs["rating"]) if obs["rating"] else None)
    assert look.options.to_dict() == obs["options"]
    assert list(look.market) == obs["market"]
    assert [list(c) for c in look.campaigns] == obs["campaigns"]
    for c in obs["citizens"]:
        i = c["index"]
        assert (i < look.players) == c["is_player"]
        assert (look.refs[i], look.scores[i], look.tiers[i]) == (c["ref"], c["score"], c["tier"])
        assert (look.blacklisted[i], look.critics[i]) == (c["blacklisted"], c["critic"])
        assert list(look.friends[i]) == c["friends"]
        if "factors" in c:
            assert look.factors is not None and look.connections is not None
            assert dict(zip(FACTOR_KEYS, look.factors[i], strict=True)) == {
                k: v for k, v in c["factors"].items() if k != "connections"
            }
            assert round(look.connections[i], 1) == c["factors"]["connections"]
        else:
            assert look.factors is None and look.connections is None
    me = obs["me"]
    assert (look.money, look.wellbeing, look.voice, look.goal) == (
        me["money"], me["wellbeing"], me["voice"], me["goal"],
    )
    assert dict(look.counters) == me["counters"]
    assert [p.to_dict() for p in look.penalties] == me["penalties"]
    assert list(look.used_privileges) == me["used_privileges"]


@pytest.mark.parametrize(
    ("ruleset", "transparent", "packs"),
    [
        ("sesame", True, ()),
        ("sesame", False, ()),
        ("booklet", True, ()),
        ("nosedive", True, ("nosedive",)),
        ("data_economy", False, ("data-economy",)),
    ],
)
def test_a_glance_holds_the_brief_observations_facts(
    ruleset: str, transparent: bool, packs: tuple[str, ...]
) -> None:
    for game in states(ruleset, transparent, packs):
        for seat in range(game.num_players):
            same_facts(game.glance(seat), game.observe(seat, brief=True))


def test_a_glance_is_a_copy_that_cannot_change_the_game() -> None:
    game = states("sesame", True)[3]
    look = game.glance(0)
    with pytest.raises(TypeError):
        look.counters["travel"] = 99  # type: ignore[index]
    before = game.to_dict()
    assert isinstance(look.friends[0], tuple) and isinstance(look.market, tuple)
    assert game.to_dict() == before


def test_log_for_can_keep_only_some_kinds() -> None:
    game = states("sesame", True)[-1]
    declined = game.log_for(0, kinds=("declined", "offer"))
    assert declined == [e for e in game.log_for(0) if e["kind"] in ("declined", "offer")]
    assert declined, "random play offers friendship"
