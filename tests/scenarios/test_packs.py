"""Every shipped scenario pack and the tutorial pack: valid data, whole games with bots."""

from __future__ import annotations

import subprocess
import sys

import pytest

from game.engine import content_for, default_content, list_scenarios, validate_path
from game.engine.loader import CONTENT_FILES, read_entries
from game.engine.packs import read_pack_info, resolve_pack
from game.engine.schema import Problems

from .helpers import ROOT, TUTORIAL_PACK, play_pack

PACKS = {"nosedive": "nosedive", "data-economy": "data_economy"}


def test_the_game_ships_both_scenarios() -> None:
    assert set(PACKS) <= set(list_scenarios())


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_pack_data_is_valid_and_names_its_ruleset(pack: str) -> None:
    assert validate_path(resolve_pack(pack)) == []
    info = read_pack_info(resolve_pack(pack), Problems())
    assert info is not None and info.ruleset == PACKS[pack]
    content = content_for([pack])
    assert PACKS[pack] in content.rulesets
    for table in (content.actions, content.purchases, content.events, content.privileges,
                  content.neighbours, content.goals):
        for entry in table.values():
            assert entry.label in ("real", "exaggerated", "satire")
            assert entry.label != "real" or entry.source.strip(), entry.id


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_pack_replaces_the_social_credit_cards(pack: str) -> None:
    base, content = default_content(), content_for([pack])
    folder = resolve_pack(pack)
    for kind, attr in (("purchase", "purchases"), ("event", "events"),
                       ("privilege", "privileges"), ("neighbour", "neighbours"),
                       ("goal", "goals")):
        own = read_entries(folder / CONTENT_FILES[kind], kind, Problems())
        assert own, f"{pack} has no {attr}"
        assert getattr(content, attr) == {e.id: e for e in own}, f"{pack} keeps the game's {attr}"
    assert set(base.actions) <= set(content.actions), "actions are overridden, not dropped"
    assert all(content.actions[a] != base.actions[a] for a in base.actions)


@pytest.mark.parametrize("pack", sorted(PACKS))
@pytest.mark.parametrize("players", [2, 4, 6])
def test_random_bots_play_a_whole_pack_game(pack: str, players: int) -> None:
    game = play_pack([pack], PACKS[pack], seed=players, players=players)
    assert game.state.round == game.state.rounds


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_the_default_bot_plays_a_whole_pack_game(pack: str) -> None:
    game = play_pack([pack], PACKS[pack], seed=3, bot="bot")
    assert game.is_over()


def test_tutorial_pack_validates_and_adds_one_of_each() -> None:
    assert validate_path(TUTORIAL_PACK) == []
    base, content = default_content(), content_for([str(TUTORIAL_PACK)])
    assert set(content.purchases) - set(base.purchases) == {"pencil_case"}
    assert set(content.events) - set(base.events) == {"parents_evening"}
    assert set(content.neighbours) - set(base.neighbours) == {"ms_janssen"}
    for kind in ("actions", "privileges", "goals"):
        assert set(getattr(content, kind)) == set(getattr(base, kind))


def test_tutorial_pack_game_with_bots() -> None:
    game = play_pack([str(TUTORIAL_PACK)], "sesame", seed=5, bot="bot")
    refs = [c.ref for c in game.state.citizens]
    assert "ms_janssen" in refs
    assert "buy:pencil_case" in {game.action_name(i) for i in range(game.num_actions)}


def test_validate_command_accepts_every_pack() -> None:
    paths = [str(resolve_pack(p)) for p in sorted(PACKS)] + [str(TUTORIAL_PACK)]
    for path in paths:
        done = subprocess.run(
            [sys.executable, "-m", "game", "validate", path],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "all content is valid" in done.stdout
