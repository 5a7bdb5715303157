"""The search bot's belief about rivals' private lives is read from the public log only, and
(because the cards say what every public act costs) it comes out close to the truth."""

from __future__ import annotations

from game.bots.belief import Belief

from .helpers import bot_game, play_out, rewrite_secrets

KINDS = ("conformist", "dissident", "loyal", "balanced")


def partly_played(seed: int, decisions: int = 70):  # type: ignore[no-untyped-def]
    from game.bots import make_bot

    game = bot_game(KINDS, seed=seed)
    bots = [make_bot(kind, seed * 31 + seat) for seat, kind in enumerate(KINDS)]
    for _ in range(decisions):
        seat = game.current_seat
        game.apply(bots[seat].pick(game, seat))
    return game


def test_guesses_follow_the_rivals_private_stats() -> None:
    misses = []
    for seed in range(4):
        game = partly_played(seed)
        guesses = Belief(game, 0).update(game)
        assert set(guesses) == {1, 2, 3}
        for player, guess in guesses.items():
            truth = game.state.citizens[player]
            misses += [
                abs(guess.money - truth.money),
                abs(guess.wellbeing - truth.wellbeing),
                abs(guess.voice - truth.voice),
                abs(guess.friends - len(truth.friends)),
            ]
    assert sum(misses) / len(misses) <= 1.0


def test_guesses_do_not_depend_on_the_hidden_state() -> None:
    game = partly_played(5)
    secret = rewrite_secrets(game, 0)
    assert Belief(game, 0).update(game) == Belief(secret, 0).update(secret)


def test_reading_the_log_again_adds_nothing_twice() -> None:
    game = partly_played(6)
    belief = Belief(game, 0)
    first = {p: (g.money, g.wellbeing, g.voice) for p, g in belief.update(game).items()}
    again = {p: (g.money, g.wellbeing, g.voice) for p, g in belief.update(game).items()}
    assert first == again
    play_out(game, KINDS, seed=6)
    fresh = Belief(game, 0).update(game)
    assert {p: (g.money, g.voice) for p, g in belief.update(game).items()} == {
        p: (g.money, g.voice) for p, g in fresh.items()
    }
