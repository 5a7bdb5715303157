"""Every bot plays whole games with legal moves only, reproducibly, and says why in one line."""

from __future__ import annotations

import pytest

from game.bots import make_bot
from game.i18n import set_language

from .helpers import TEMPERAMENTS, advance, bot_game, play_out


@pytest.mark.parametrize("ruleset", ["sesame", "booklet"])
@pytest.mark.parametrize("transparent", [True, False])
def test_temperaments_play_whole_games_with_legal_moves(ruleset: str, transparent: bool) -> None:
    kinds = ("conformist", "dissident", "loyal", "opportunist")
    game = bot_game(kinds, seed=5, ruleset=ruleset, transparent=transparent)
    play_out(game, kinds, seed=5)
    assert game.is_over()
    assert len(game.results()) == 4


def test_random_and_balanced_and_easy_search_finish_a_short_game() -> None:
    kinds = ("random", "balanced", "search:easy")
    game = bot_game(kinds, seed=2, length="short")
    play_out(game, kinds, seed=2)
    assert game.is_over()


def test_same_seed_same_game() -> None:
    kinds = ("balanced", "dissident", "search:easy")
    first = bot_game(kinds, seed=9, length="short")
    second = bot_game(kinds, seed=9, length="short")
    assert play_out(first, kinds, seed=9) == play_out(second, kinds, seed=9)
    assert first == second


@pytest.mark.parametrize("kind", [*TEMPERAMENTS, "random", "search:easy"])
def test_every_choice_comes_with_one_readable_line(kind: str) -> None:
    set_language("en")
    game = bot_game(("balanced", "balanced", "balanced"), seed=4)
    advance(game, 25)
    bot = make_bot(kind, seed=1)
    for _ in range(6):
        seat = game.current_seat
        assert seat is not None
        decision = bot.choose(game, seat)
        assert decision.action in game.legal_actions()
        assert decision.reason and "\n" not in decision.reason
        assert len(decision.reason) < 120
        game.apply(decision.action)
