"""A bot plays from what its seat may see: rewriting the other players' secrets (money,
wellbeing, voice, goals, counters, penalties; in opaque mode everyone's factors) in a copy of
the game never changes its choice."""

from __future__ import annotations

import pytest

from game.bots import make_bot

from .helpers import TEMPERAMENTS, advance, bot_game, rewrite_secrets


@pytest.mark.parametrize("kind", [*TEMPERAMENTS, "search:easy"])
@pytest.mark.parametrize("transparent", [True, False])
def test_choices_ignore_what_the_seat_cannot_see(kind: str, transparent: bool) -> None:
    differences = 0
    for seed in (3, 8, 21):
        game = bot_game(("balanced", "loyal", "dissident"), seed=seed, transparent=transparent)
        advance(game, 30 + seed, seed=seed)
        seat = game.current_seat
        assert seat is not None
        secret = rewrite_secrets(game, seat)
        assert secret != game, "the copy's hidden facts really differ"
        for other in range(game.num_players):
            if other != seat:
                differences += secret.state.citizens[other].goal != game.state.citizens[other].goal
        mine = make_bot(kind, seed=seed).choose(game, seat)
        theirs = make_bot(kind, seed=seed).choose(secret, seat)
        assert mine == theirs
    assert differences > 0


def test_the_check_would_catch_a_bot_that_peeks() -> None:
    """The rewritten copy does change what a peeking bot would see (the test has teeth)."""
    game = bot_game(("balanced", "loyal", "dissident"), seed=3)
    advance(game, 33, seed=3)
    seat = game.current_seat
    assert seat is not None
    secret = rewrite_secrets(game, seat)
    peek = [(c.money, c.goal) for i, c in enumerate(game.state.citizens) if i != seat]
    peek_secret = [(c.money, c.goal) for i, c in enumerate(secret.state.citizens) if i != seat]
    assert peek != peek_secret
    assert game.observe(seat) == secret.observe(seat)


def test_a_bot_that_peeks_is_caught() -> None:
    """A bot reading the others' money from the state would choose differently in the copy."""

    def peeking_choice(game, seat):  # type: ignore[no-untyped-def]
        legal = sorted(game.legal_actions())
        money = sum(c.money for i, c in enumerate(game.state.citizens) if i != seat)
        return legal[money % len(legal)]

    caught = 0
    for seed in (3, 8, 21):
        game = bot_game(("balanced", "loyal", "dissident"), seed=seed)
        advance(game, 30 + seed, seed=seed)
        seat = game.current_seat
        secret = rewrite_secrets(game, seat)
        caught += peeking_choice(game, seat) != peeking_choice(secret, seat)
    assert caught > 0
