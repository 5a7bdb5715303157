"""Data economy: one score per platform, each moved by its own factors, each opening its doors."""

from __future__ import annotations

from game.engine import Game, Seat, content_for, default_options
from game.engine.effects import holds
from game.engine.scoring import recompute

from .helpers import play_pack

CONTENT = content_for(["data-economy"])
RULESET = CONTENT.rulesets["data_economy"]


def one_player() -> Game:
    return Game.new(
        [Seat("Sam", "human")],
        ruleset="data_economy",
        seed=4,
        options=default_options(RULESET),
        content=CONTENT,
    )


def buy(game: Game, card: str) -> dict[str, int]:
    """Buy a card (purchases are always detected) and return how each platform moved."""
    before = dict(game.state.citizens[0].platforms)
    game.state.market[0] = card
    game.state.citizens[0].money = 20
    game.apply(game.action_id(f"buy:{card}"))
    after = game.state.citizens[0].platforms
    return {p: after[p] - before[p] for p in after}


def test_every_citizen_has_one_score_per_platform() -> None:
    game = one_player()
    assert [p.id for p in RULESET.platforms] == ["rides", "market", "ads"]
    for citizen in game.state.citizens:
        assert set(citizen.platforms) == {"rides", "market", "ads"}
    assert game.state.citizens[0].platforms == {"rides": 400, "market": 75, "ads": 500}
    assert game.observe(0)["citizens"][0]["platforms"] == game.state.citizens[0].platforms


def test_each_card_moves_its_own_platform() -> None:
    game = one_player()
    cookies = buy(game, "accept_all_cookies")       # data: identity
    assert cookies["ads"] >= 40 and cookies["market"] == 0
    assert 0 < cookies["rides"] < cookies["ads"]
    game = one_player()
    tip = buy(game, "car_air_freshener")            # service to passengers: behaviour
    assert tip["rides"] > 0 and tip["market"] == 0 and tip["ads"] == 0
    game = one_player()
    parcel = buy(game, "packing_kit")               # service to buyers: fulfilment
    assert parcel["market"] > 0 and parcel["ads"] == 0
    game = one_player()
    privacy = buy(game, "ad_blocker")               # taking data back
    assert privacy["ads"] < 0 and privacy["market"] == 0
    assert len({tuple(sorted(d.items())) for d in (cookies, tip, parcel, privacy)}) == 4


def test_privileges_and_goals_read_the_platform_scores() -> None:
    game = one_player()
    sam = game.state.citizens[0]
    pickup = game.action_id("use:priority_pickup")
    assert sam.platforms["rides"] < 440 and pickup not in game.legal_actions()
    sam.factors["behaviour"] = 90
    sam.factors["fulfilment"] = 80
    recompute(game.ruleset, game.state)
    assert sam.platforms["rides"] >= 440 and pickup in game.legal_actions()
    goal = CONTENT.goals["five_star_driver"]
    assert holds(game.state, game.ruleset, sam, goal.conditions) == (sam.platforms["rides"] >= 450)
    badge = game.action_id("use:top_seller_badge")
    assert sam.platforms["market"] < 85 and badge not in game.legal_actions()


def test_platform_scores_drift_apart_over_a_whole_game() -> None:
    game = play_pack(["data-economy"], "data_economy", seed=8, players=3)
    spans = {p.id: p.max - p.min for p in RULESET.platforms}
    starts = {"rides": 400, "market": 75, "ads": 500}
    moved = [
        {p: (c.platforms[p] - starts[p]) / spans[p] for p in spans}
        for c in game.state.citizens[:3]
    ]
    for change in moved:
        assert len(set(change.values())) > 1, "platforms moved in lockstep"
