"""What a bot is: something that, given the game and its seat, picks a legal action and says why."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Game


@dataclass(frozen=True, slots=True)
class Decision:
    action: int
    reason: str = ""


class Bot:
    """A bot reads only `game.observe(seat)` and the legal actions, never hidden state."""

    name = "bot"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def choose(self, game: Game, seat: int) -> Decision:
        raise NotImplementedError

    def pick(self, game: Game, seat: int) -> int:
        """The action alone, for headless play; bots that can skip their words override it."""
        return self.choose(game, seat).action
