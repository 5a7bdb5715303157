"""Bots by name, as seats and the command line name them."""

from __future__ import annotations

from collections.abc import Callable

from .base import Bot
from .random_bot import RandomBot

DEFAULT_BOT = "random"
_FACTORIES: dict[str, Callable[[int], Bot]] = {
    "random": RandomBot,
}
BOT_KINDS: tuple[str, ...] = tuple(_FACTORIES)


def make_bot(kind: str, seed: int = 0) -> Bot:
    """A bot of the named kind ('bot' means the default bot), seeded for reproducible play."""
    if kind == "bot":
        kind = DEFAULT_BOT
    if kind not in _FACTORIES:
        raise ValueError(f"unknown bot '{kind}' (choose from: {', '.join(BOT_KINDS)}, bot)")
    return _FACTORIES[kind](seed)
