"""Temperaments a player recognises at the table, measured on a handful of seeded games."""

from __future__ import annotations

from collections import Counter

import pytest

from game.engine import Game

from .helpers import bot_game, play_out

KINDS = ("conformist", "dissident", "loyal", "opportunist")


@pytest.fixture(scope="module")
def games() -> list[Game]:
    played = []
    for seed in range(6):
        game = bot_game(KINDS, seed=seed)
        play_out(game, KINDS, seed=seed)
        played.append(game)
    return played


def acts(games: list[Game]) -> dict[str, Counter[str]]:
    """What each temperament did, by the log's kind (or the action's id for self actions)."""
    done: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for game in games:
        for entry in game.log_for(None):
            actor = entry["actor"]
            if 0 <= actor < len(KINDS):
                name = entry["item"] if entry["kind"] == "action" else entry["kind"]
                done[KINDS[actor]][name] += 1
    return done


def mean(games: list[Game], kind: str, field: str) -> float:
    seat = KINDS.index(kind)
    return sum(getattr(g.results()[seat], field) for g in games) / len(games)


def test_the_conformist_keeps_a_better_score_than_the_dissident_and_the_loyal_friend(
    games: list[Game],
) -> None:
    best = mean(games, "conformist", "score")
    assert best > mean(games, "dissident", "score") + 50
    assert best > mean(games, "loyal", "score") + 50
    assert mean(games, "conformist", "model_citizen") > mean(games, "loyal", "model_citizen")


def test_the_dissident_speaks_out_and_never_reports(games: list[Game]) -> None:
    done = acts(games)
    assert done["dissident"]["criticise"] > max(
        done[k]["criticise"] for k in KINDS if k != "dissident"
    )
    assert done["dissident"]["report"] == 0
    assert done["conformist"]["criticise"] == 0


def test_the_loyal_friend_never_drops_anyone_and_makes_the_most_friends(games: list[Game]) -> None:
    done = acts(games)
    assert done["loyal"]["drop"] == 0
    assert done["loyal"]["declined"] == 0
    friends = {
        k: sum(g.results()[KINDS.index(k)].breakdown["friends"] for g in games) for k in KINDS
    }
    assert friends["loyal"] == max(friends.values())


def test_the_opportunist_reports_and_pays_the_hacker(games: list[Game]) -> None:
    done = acts(games)
    assert done["opportunist"]["report"] > max(
        done[k]["report"] for k in KINDS if k != "opportunist"
    )
    assert done["opportunist"]["black_market"] > 0
