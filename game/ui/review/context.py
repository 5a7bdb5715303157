"""What a debrief page painter needs: the finished game, its Debrief, the pen, the chart style."""

from __future__ import annotations

from dataclasses import dataclass

from ...debrief import Debrief
from ...debrief.draw import Style
from ...engine import Game
from ..paint.common import Pen
from ..palette import Palette, mix


def chart_style(palette: Palette) -> Style:
    """The debrief's charts in the table's colours (their series keep the Okabe-Ito hues)."""
    return Style(
        background=palette.panel,
        ink=palette.ink,
        faint=palette.panel_edge,
        panel=mix(palette.panel, palette.background, 0.45),
    )


@dataclass(frozen=True, slots=True)
class PageContext:
    game: Game
    debrief: Debrief
    pen: Pen

    @property
    def style(self) -> Style:
        return chart_style(self.pen.palette)

    def body(self) -> int:
        """The size of running text: large enough for the back of a classroom."""
        return self.pen.m.fs(17)

    def small(self) -> int:
        return self.pen.m.fs(15)

    def heading(self) -> int:
        return self.pen.m.fs(22)
