"""The valuation's caches (concern tables shared by a round's decisions, stats shared by alike
actions) change no value: a bot that has played a game values each action exactly as a fresh
one does, and the fast path agrees with the explained one."""

from __future__ import annotations

import pytest

from game.bots import make_bot
from game.bots.temperament import TemperamentBot
from game.bots.values import TEMPERAMENTS, Valuer
from game.bots.view import SeatView

from .helpers import TEMPERAMENTS as KINDS
from .helpers import bot_game


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("transparent", [True, False])
def test_cached_values_equal_fresh_ones(kind: str, transparent: bool) -> None:
    game = bot_game((kind, "balanced", "loyal", "opportunist"), seed=5, transparent=transparent)
    bots = [
        make_bot(k, 5 * 31 + s) for s, k in enumerate((kind, "balanced", "loyal", "opportunist"))
    ]
    seasoned = Valuer(TEMPERAMENTS[kind])
    checked = 0
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        if seat == 0:
            bot = bots[0]
            assert isinstance(bot, TemperamentBot)
            view, _judge, outcomes = bot._appraise_all(game, seat)
            warm = seasoned.judge(view)
            cold = Valuer(TEMPERAMENTS[kind]).judge(SeatView(game, seat))
            for outcome in outcomes:
                value = warm.worth(outcome)
                assert value == cold.worth(outcome)
                assert value == warm.breakdown(outcome).total
                checked += 1
        game.apply(bots[seat].pick(game, seat))
    assert checked > 50


def test_an_outcome_reads_its_facts() -> None:
    game = bot_game(("balanced", "loyal"), seed=2)
    bot = make_bot("balanced", 2)
    assert isinstance(bot, TemperamentBot)
    _view, _judge, outcomes = bot._appraise_all(game, game.current_seat or 0)
    for o in outcomes:
        f = o.facts
        assert (o.verb, o.item, o.target, o.money, o.wellbeing, o.voice) == (
            f.verb,
            f.item,
            f.target,
            f.money,
            f.wellbeing,
            f.voice,
        )
        assert o.counters == f.counters and o.critic == f.critic
