"""Every ruleset, under every switch, passes the conformance kit on random playouts."""

from __future__ import annotations

import pytest

from game.engine import content_for, default_content, default_options, list_scenarios, pack_info

from .conformance import random_playout

CONTENT = default_content()
SWITCH_SETS = [
    {},
    {"transparent": False, "appeals": False},
    {"data_protection": True, "public_shaming": False, "length": "short"},
    {"win_condition": "goals", "length": "long"},
    {"win_condition": "score"},
]


@pytest.mark.parametrize("ruleset", sorted(CONTENT.rulesets))
@pytest.mark.parametrize("switches", range(len(SWITCH_SETS)))
def test_random_playouts_conform(ruleset: str, switches: int) -> None:
    options = default_options(CONTENT.rulesets[ruleset], **SWITCH_SETS[switches])
    for seed in range(2):
        players = 1 + (seed + switches) % 6
        random_playout(CONTENT, ruleset, seed * 101 + switches, players=players, options=options)


@pytest.mark.parametrize("scenario", list_scenarios())
def test_scenario_packs_conform(scenario: str) -> None:
    content = content_for([scenario])
    ruleset = pack_info(scenario).ruleset
    for seed, players in ((3, 2), (4, 4), (5, 6)):
        options = default_options(content.rulesets[ruleset], length="short")
        random_playout(content, ruleset, seed, players=players, options=options)
