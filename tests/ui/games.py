"""Games for the table's tests: set up through SetupChoices, played to the end by random bots."""

from __future__ import annotations

from game.bots import make_bot
from game.engine import Game
from game.ui.setup_model import SeatChoice, SetupChoices

NAMES = ("Ana", "Bram", "Chloé", "Daan", "Elif", "Finn")


def choices_for(kinds: list[str], seed: int = 2, transparent: bool = True) -> SetupChoices:
    choices = SetupChoices.default()
    choices.seats = [SeatChoice(kind, NAMES[i]) for i, kind in enumerate(kinds)]
    choices.seed = seed
    choices.transparent = transparent
    return choices


def play_out(game: Game) -> Game:
    bots = [make_bot("random", seat) for seat in range(game.num_players)]
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        game.apply(bots[seat].choose(game, seat).action)
    return game


def finished_game(players: int = 4, seed: int = 2, transparent: bool = True) -> Game:
    return play_out(choices_for(["random"] * players, seed, transparent).to_game())
