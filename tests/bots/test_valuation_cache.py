"""The valuation's caches (concern tables shared by the bots and decisions of a round, stats
shared by alike actions and situations) change no value: a bot that has played a game values
each action exactly as a fresh one does, and the fast path that picks agrees with the
explained one."""

from __future__ import annotations

import dataclasses

import pytest

from game.bots import make_bot, values
from game.bots.appraise import Appraiser, appraisal
from game.bots.temperament import TemperamentBot, jitter
from game.bots.values import TEMPERAMENTS, Valuer
from game.bots.view import SeatView
from game.engine import Game, Seat
from game.engine.rng import Rng

from .helpers import CONTENT, bot_game, play_out
from .helpers import TEMPERAMENTS as KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("transparent", [True, False])
def test_cached_values_equal_fresh_ones(
    kind: str, transparent: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = bot_game((kind, "balanced", "loyal", "opportunist"), seed=5, transparent=transparent)
    bots = [
        make_bot(k, 5 * 31 + s) for s, k in enumerate((kind, "balanced", "loyal", "opportunist"))
    ]
    seasoned = Valuer(TEMPERAMENTS[kind])
    inspector = TemperamentBot(7, TEMPERAMENTS[kind])
    twin = Rng.from_seed(7)  # the inspector's dice, to take its jitter back out
    checked = 0
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        if seat == 0:
            valued = inspector._valued(game, seat)
            view, warm, actions, facts_of = valued[:4]
            worths = valued.worths()
            # Only the actions near the top are jittered; the first of the best all the same.
            assert valued.best() == worths.index(max(worths))
            salt = twin.next_u64()
            # A cold judge: a fresh valuer with fresh tables, shared with nobody.
            shared = values._TABLES
            monkeypatch.setattr(values, "_TABLES", {})
            cold = Valuer(TEMPERAMENTS[kind]).judge(SeatView(game, seat))
            monkeypatch.setattr(values, "_TABLES", shared)
            fresh = seasoned.judge(view)
            for worth, action, facts in zip(worths, actions, facts_of, strict=True):
                outcome = inspector.appraiser.appraise(game, view, action)
                value = fresh.value(facts, appraisal(view, facts))
                assert value == cold.value(facts, appraisal(cold.view, facts))
                assert worth == warm.worth(outcome) + jitter(salt, action)
                assert value == fresh.worth(outcome) == fresh.breakdown(outcome).total
                checked += 1
        game.apply(bots[seat].pick(game, seat))
    assert checked > 50


def test_an_outcome_reads_its_facts() -> None:
    game = bot_game(("balanced", "loyal"), seed=2)
    bot = make_bot("balanced", 2)
    assert isinstance(bot, TemperamentBot)
    seat = game.current_seat or 0
    view = SeatView(game, seat)
    actions, facts_of = bot._considered(game, view)
    for action, facts in zip(actions, facts_of, strict=True):
        o = bot.appraiser.appraise(game, view, action)
        f = o.facts
        assert f is facts
        assert (o.verb, o.item, o.target, o.money, o.wellbeing, o.voice) == (
            f.verb,
            f.item,
            f.target,
            f.money,
            f.wellbeing,
            f.voice,
        )
        assert o.counters == f.counters and o.critic == f.critic
        assert o.appraised == appraisal(view, facts)


def test_the_jitter_is_the_reference_formula() -> None:
    """jitter masks its factors to multiply small numbers: the same bits, the same value."""
    rng = Rng.from_seed(11)
    for _ in range(20_000):
        salt, action = rng.next_u64(), rng.next_u64() % 5000
        reference = 0.05 * (((salt ^ (action * 0x9E3779B1)) * 0x85EBCA6B >> 7) & 0xFFFF) / 0x10000
        assert jitter(salt, action) == reference


@pytest.mark.parametrize("transparent", [True, False])
def test_choosing_with_words_picks_what_picking_does(transparent: bool) -> None:
    kinds = ("balanced", "conformist", "loyal", "opportunist")
    game = bot_game(kinds, seed=9, transparent=transparent)
    pickers = [make_bot(k, 9 * 31 + s) for s, k in enumerate(kinds)]
    choosers = [make_bot(k, 9 * 31 + s) for s, k in enumerate(kinds)]
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        action = pickers[seat].pick(game, seat)
        decision = choosers[seat].choose(game, seat)
        assert decision.action == action and decision.reason
        game.apply(action)


def test_facts_follow_the_ruleset_that_prices_them() -> None:
    """Two rulesets of one content may price an appeal differently: each game's bot reads the
    price of its own ruleset, never the one it read first for the other."""
    content = dataclasses.replace(
        CONTENT,
        rulesets={
            **CONTENT.rulesets,
            "sesame": dataclasses.replace(CONTENT.rulesets["sesame"], appeal_money=3),
        },
    )
    prices = {}
    for ruleset in ("sesame", "booklet"):
        game = Game.new(
            [Seat(f"P{i}", "bot", "balanced") for i in range(2)],
            ruleset=ruleset,
            seed=1,
            content=content,
        )
        appeal = game.action_id("do:appeal")
        prices[ruleset] = Appraiser().facts(game, appeal).money
    assert prices == {
        "sesame": -3,
        "booklet": -content.rulesets["booklet"].appeal_money,
    }


def test_the_tables_let_go_of_old_situations_and_play_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process keeps a bounded number of situations (a long simulation's memory stays flat);
    letting them go changes no decision."""
    kinds = ("balanced", "conformist", "loyal", "dissident")

    def held() -> int:
        return sum(len(tables._situations) for tables in values._TABLES.values())

    monkeypatch.setattr(values, "_TABLES", {})
    free = play_out(bot_game(kinds, seed=4), kinds, seed=4)
    monkeypatch.setattr(values, "_TABLES", {})
    monkeypatch.setattr(values, "SITUATIONS_KEPT", 40)
    most = 0
    game = bot_game(kinds, seed=4)
    bots = [make_bot(k, 4 * 31 + s) for s, k in enumerate(kinds)]
    tight = []
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        action = bots[seat].pick(game, seat)
        tight.append(action)
        game.apply(action)
        most = max(most, held())
    assert tight == free
    assert 0 < most <= 40


def test_the_games_a_process_played_before_change_no_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Valuers, tables and facts are shared by every game of a process: a game played after
    games of other cards and rules (a scenario pack, the other ruleset) makes the same choices
    as in a process that played nothing before."""
    from game.engine import content_for

    kinds = ("balanced", "conformist", "loyal", "opportunist")
    pack = content_for(["nosedive"])

    def sesame() -> list[int]:
        return play_out(bot_game(kinds, seed=6), kinds, seed=6)

    def nosedive() -> list[int]:
        seats = [Seat(f"S{i}", "bot", kind) for i, kind in enumerate(kinds)]
        ruleset = next(iter(pack.rulesets))
        return play_out(Game.new(seats, seed=2, ruleset=ruleset, content=pack), kinds, seed=2)

    def afresh() -> None:
        monkeypatch.setattr(values, "_TABLES", {})
        monkeypatch.setattr(values, "_VALUERS", {})

    afresh()
    alone = {"sesame": sesame()}
    afresh()
    alone["nosedive"] = nosedive()
    afresh()
    assert sesame() == alone["sesame"]
    assert nosedive() == alone["nosedive"]
    play_out(bot_game(kinds, seed=3, ruleset="booklet"), kinds, seed=3)
    assert sesame() == alone["sesame"]
