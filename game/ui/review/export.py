"""Where the debrief's Export button writes: <the player's data folder>/reports/<game>/ (via
platformdirs, as the saves; on Linux $XDG_DATA_HOME/model-citizen/reports)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ...debrief.report import write_report
from ...engine import Game
from ...saves import data_dir


def reports_dir() -> Path:
    return data_dir() / "reports"


def export_report(game: Game, when: datetime | None = None) -> Path:
    """Write report.html and the chart PNGs for a finished game; returns the report's path.
    Each export gets its own folder (the time, the seed), so none overwrites another."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    folder = reports_dir() / f"{stamp}-seed{game.state.seed}"
    number = 2
    while folder.exists():
        folder = reports_dir() / f"{stamp}-seed{game.state.seed}-{number}"
        number += 1
    return write_report(game, folder)
