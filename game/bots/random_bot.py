"""The random bot: any legal action, with equal chance. A baseline, and a fuzzer for the rules."""

from __future__ import annotations

from ..engine import Game
from ..engine.rng import Rng
from ..i18n import _
from .base import Bot, Decision


class RandomBot(Bot):
    name = "random"

    def __init__(self, seed: int = 0) -> None:
        super().__init__(seed)
        self.rng = Rng.from_seed(seed)

    def pick(self, game: Game, seat: int) -> int:
        return self.rng.choice(game.legal_actions())

    def choose(self, game: Game, seat: int) -> Decision:
        return Decision(self.pick(game, seat), _("the dice decided"))
