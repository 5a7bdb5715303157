"""The debrief: the life review, charts, the cause->effect trail, the twelve points, the reality
check, and the exported report. It reads a finished game; it never changes one.

    from game.debrief import build_debrief, write_report
    debrief = build_debrief(game)           # plain data, in the current language
    write_report(game, Path("out"))         # out/report.html and the chart PNGs
"""

from .analysis import DebriefError, build_debrief
from .model import (
    CardUse,
    Debrief,
    FriendshipDropped,
    PlayerReview,
    PointReview,
    PrivilegeUse,
    RealityCheck,
    ReportMade,
    RoundRow,
    ScoreStep,
)

__all__ = [
    "CardUse",
    "Debrief",
    "DebriefError",
    "FriendshipDropped",
    "PlayerReview",
    "PointReview",
    "PrivilegeUse",
    "RealityCheck",
    "ReportMade",
    "RoundRow",
    "ScoreStep",
    "build_debrief",
]
