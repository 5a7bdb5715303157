"""Bots by name, as seats and the command line name them.

Kinds: random, conformist, dissident, loyal, opportunist, balanced, search. The search bot takes
a strength after a colon or a dash: `search:easy`, `search-hard` (plain `search` is normal).
`bot` means the default bot.
"""

from __future__ import annotations

from collections.abc import Callable

from .base import Bot
from .random_bot import RandomBot
from .search import STRENGTHS, SearchBot
from .temperament import temperament_bot

DEFAULT_BOT = "balanced"
TEMPERAMENT_KINDS: tuple[str, ...] = ("conformist", "dissident", "loyal", "opportunist", "balanced")

_FACTORIES: dict[str, Callable[[int], Bot]] = {"random": RandomBot}
for _kind in TEMPERAMENT_KINDS:
    _FACTORIES[_kind] = temperament_bot(_kind)
_FACTORIES["search"] = SearchBot

BOT_KINDS: tuple[str, ...] = (
    *_FACTORIES,
    *(f"search-{strength}" for strength in STRENGTHS),
)


def parse_kind(kind: str) -> tuple[str, str]:
    """'search:hard' -> ('search', 'hard'); 'loyal' -> ('loyal', '')."""
    text = kind.strip().lower()
    if text == "bot":
        text = DEFAULT_BOT
    for sep in (":", "-"):
        base, found, option = text.partition(sep)
        if found:
            return base, option
    return text, ""


def make_bot(kind: str, seed: int = 0) -> Bot:
    """A bot of the named kind ('bot' means the default bot), seeded for reproducible play."""
    base, option = parse_kind(kind)
    if base not in _FACTORIES:
        raise ValueError(f"unknown bot '{kind}' (choose from: {', '.join(BOT_KINDS)}, bot)")
    if base == "search":
        strength = option or "normal"
        if strength not in STRENGTHS:
            raise ValueError(
                f"unknown strength '{strength}' for the search bot "
                f"(choose from: {', '.join(STRENGTHS)})"
            )
        return SearchBot(seed, strength)
    if option:
        raise ValueError(f"the '{base}' bot takes no strength (got '{kind}')")
    return _FACTORIES[base](seed)
