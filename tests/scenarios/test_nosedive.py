"""Nosedive: a player's score is the mean of the stars received, with the first impression."""

from __future__ import annotations

from game.engine import Game, Seat, content_for, default_options
from game.engine.actions import TARGET_VERBS
from game.engine.scoring import recompute
from game.narrate import score_text

from .helpers import play_pack

CONTENT = content_for(["nosedive"])
RULESET = CONTENT.rulesets["nosedive"]


def expected_score(stars: list[int]) -> int:
    ratings = RULESET.ratings
    assert ratings is not None
    recent = stars[-ratings.window:]
    mean = (sum(recent) + ratings.start_stars * ratings.start_weight) / (
        len(recent) + ratings.start_weight
    )
    return max(RULESET.score_min, min(RULESET.score_max, round(100 * mean)))


def two_players() -> Game:
    return Game.new(
        [Seat("Lacie", "human"), Seat("Naomi", "human")],
        ruleset="nosedive",
        seed=2,
        options=default_options(RULESET),
        content=CONTENT,
    )


def rate(game: Game, stars: int) -> None:
    assert game.state.phase == "rating"
    assert sorted(game.action_name(a) for a in game.legal_actions()) == [
        f"rate:{n}" for n in range(1, 6)
    ]
    game.apply(game.action_id(f"rate:{stars}"))


def test_everyone_starts_at_the_first_impression() -> None:
    game = two_players()
    assert [c.score for c in game.state.citizens[:2]] == [380, 380]
    assert score_text(game, 380) == "3.80★"


def test_a_post_is_rated_by_the_others_and_the_score_is_the_mean() -> None:
    game = two_players()
    assert game.current_seat == 0
    game.apply(game.action_id("do:praise"))
    assert game.current_seat == 1, "the other player rates the one who posted"
    rate(game, 5)
    assert game.state.citizens[0].ratings == [5]
    assert game.state.citizens[0].score == expected_score([5]) == 404
    assert game.state.phase == "turn" and game.current_seat == 0


def test_a_friendship_between_players_is_rated_both_ways() -> None:
    game = two_players()
    game.apply(game.action_id("befriend:p1"))
    assert game.state.phase == "consent"
    game.apply(game.action_id("accept"))
    assert game.current_seat == 1
    rate(game, 1)            # Naomi rates Lacie
    assert game.current_seat == 0
    rate(game, 2)            # Lacie rates Naomi
    lacie, naomi = game.state.citizens[:2]
    assert (lacie.ratings, naomi.ratings) == ([1], [2])
    assert lacie.score == expected_score([1]) == 324
    assert naomi.score == expected_score([2]) == 344


def test_unrated_acts_ask_for_no_rating() -> None:
    game = two_players()
    game.apply(game.action_id("do:silent"))
    assert game.state.phase == "turn" and game.state.citizens[0].ratings == []


def test_rated_actions_are_the_encounters() -> None:
    rated = {a.id for a in CONTENT.actions.values() if a.rated}
    assert {"praise", "share", "criticise", "befriend", "drop", "report"} <= rated
    assert "work" not in rated and "silent" not in rated
    assert set(TARGET_VERBS) <= {a.kind for a in CONTENT.actions.values() if a.rated}


def test_after_a_whole_game_every_score_is_the_mean_of_its_stars() -> None:
    game = play_pack(["nosedive"], "nosedive", seed=11, players=4)
    received = 0
    for citizen in game.state.citizens[:4]:
        assert citizen.score == expected_score(citizen.ratings)
        received += len(citizen.ratings)
    assert received > 4 * RULESET.ratings.window, "the window was never exercised"  # type: ignore[union-attr]
    logged = [e for e in game.log_for(None) if e["kind"] == "rating"]
    assert logged, "ratings between players are logged"


def test_pelican_cove_needs_four_and_a_half_stars() -> None:
    game = two_players()
    use = game.action_id("use:pelican_cove")
    lacie = game.state.citizens[0]
    lacie.money = 20
    lacie.ratings = [5, 5]
    recompute(game.ruleset, game.state)
    assert lacie.score == expected_score([5, 5]) == 420 and lacie.tier == 4
    assert use not in game.legal_actions()
    lacie.ratings = [5] * 6
    recompute(game.ruleset, game.state)
    assert lacie.score == expected_score([5] * 6) == 452 and lacie.tier == 5
    assert use in game.legal_actions()
