"""The balance simulator: many seeded bot-only games, headless, on as many cores as asked."""

from __future__ import annotations

from .runner import GameRecord, SeatRecord, SimSpec, play_one, seat_labels
from .stats import Summary, summarise, wilson

__all__ = [
    "GameRecord",
    "SeatRecord",
    "SimSpec",
    "Summary",
    "play_one",
    "seat_labels",
    "summarise",
    "wilson",
]
