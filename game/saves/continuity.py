"""What a resumed game needs to go on exactly as the uninterrupted one would have.

The engine's state holds all of the game's own luck, so a loaded game plays on identically.
Bots have luck of their own: a bot created once per game and asked again and again carries a
random stream that a resumed game would restart. So each bot decision is seeded from the game
seed, the seat and the number of actions played so far: the same position gives the same
choice, whether the game was interrupted or not.

    bot = decision_bot(game, seat)       # a fresh bot for this one decision
    decision = bot.choose(game, seat)
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..engine import Game

if TYPE_CHECKING:
    from ..bots import Bot


def decision_seed(seed: int, seat: int, actions_so_far: int) -> int:
    """A 63-bit seed for one decision, the same on every machine and in every Python."""
    text = f"model-citizen:{seed}:{seat}:{actions_so_far}".encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big") >> 1


def decision_bot(game: Game, seat: int) -> Bot:
    """The seat's bot, seeded for the decision it faces now."""
    from ..bots import make_bot  # bots load only when a bot plays, not to read a save

    state = game.state
    kind = state.seats[seat].bot or "bot"
    return make_bot(kind, seed=decision_seed(state.seed, seat, len(state.actions_taken)))
