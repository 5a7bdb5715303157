"""Every ruleset, under every switch, passes the conformance kit on random playouts."""

from __future__ import annotations

import pytest

from game.engine import default_content, default_options

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
