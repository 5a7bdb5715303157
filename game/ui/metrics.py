"""Sizes that follow the window: everything is designed for 1280×720 and scaled from there.

`px` scales geometry; `fs` scales text by the geometry and by the players' text-size setting, so a
projector at the back of a classroom can have larger letters on the same layout.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

DESIGN_SIZE = (1280, 720)
TEXT_SIZES: tuple[tuple[str, float], ...] = (
    ("small", 0.9),
    ("normal", 1.0),
    ("large", 1.2),
    ("huge", 1.4),
)


def text_scale_of(name: str) -> float:
    return dict(TEXT_SIZES).get(name, 1.0)


@dataclass(frozen=True, slots=True)
class Metrics:
    width: int
    height: int
    text_scale: float = 1.0

    @property
    def scale(self) -> float:
        return min(self.width / DESIGN_SIZE[0], self.height / DESIGN_SIZE[1])

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.width, self.height)

    def px(self, value: float) -> int:
        """A design length in window pixels (at least 1)."""
        return max(1, round(value * self.scale))

    def fs(self, value: float) -> int:
        """A design font size in window pixels, with the text-size setting."""
        return max(9, round(value * self.scale * self.text_scale))
