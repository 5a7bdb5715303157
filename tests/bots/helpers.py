"""Small tools for the bot tests: games played a little way in, hidden info rewritten."""

from __future__ import annotations

from game.bots import make_bot
from game.engine import Game, Seat, default_content, default_options
from game.engine.rng import Rng

CONTENT = default_content()
TEMPERAMENTS = ("conformist", "dissident", "loyal", "opportunist", "balanced")


def bot_game(
    kinds: tuple[str, ...], seed: int = 1, ruleset: str = "sesame", **switches: object
) -> Game:
    options = default_options(CONTENT.rulesets[ruleset], **switches)
    seats = [Seat(f"{kind.title()} {i}", "bot", kind) for i, kind in enumerate(kinds)]
    return Game.new(seats, ruleset=ruleset, seed=seed, options=options)


def advance(game: Game, decisions: int, seed: int = 7) -> None:
    """Play some random legal moves, to reach a game with a past."""
    rng = Rng.from_seed(seed)
    for _ in range(decisions):
        if game.is_over():
            return
        game.apply(rng.choice(game.legal_actions()))


def play_out(game: Game, kinds: tuple[str, ...], seed: int = 0) -> list[int]:
    """Play to the end with these bots; every chosen action is checked legal first."""
    bots = [make_bot(kind, seed * 31 + seat) for seat, kind in enumerate(kinds)]
    chosen = []
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        action = bots[seat].pick(game, seat)
        assert action in game.legal_actions()
        chosen.append(action)
        game.apply(action)
    return chosen


def rewrite_secrets(game: Game, seat: int) -> Game:
    """A copy in which everything `seat` may not see about the other players is different:
    their money, wellbeing, voice, goals, counters, penalties and privileges used this round
    (and, in opaque mode, every
    citizen's factors)."""
    other = game.clone()
    goals = list(CONTENT.goals)
    for index, citizen in enumerate(other.state.citizens):
        if not citizen.is_player or index == seat:
            continue
        citizen.money = (citizen.money + 17) % 40
        citizen.wellbeing = (citizen.wellbeing + 5) % 15
        citizen.voice = (citizen.voice + 9) % 15
        citizen.goal = goals[(goals.index(citizen.goal) + 1 + index) % len(goals)]
        citizen.counters = {"travel": 2, "criticised": 3, "dropped": 1}
        citizen.penalties = []
        citizen.used_privileges = ["singapore_trip", "star_hotel"]
    if not other.state.options.transparent:
        for citizen in other.state.citizens:
            for factor in citizen.factors:
                citizen.factors[factor] = (citizen.factors[factor] + 23) % 100
    return other
