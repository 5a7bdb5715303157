"""Text and blocks laid out top to bottom in a fixed width, painted once the height is known.

The debrief's pages are longer than a screen: a Flow measures everything first (wrapped lines,
table rows, boxed notes, charts), then paints it all into one surface that the scene scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from ..paint.common import Pen
from ..palette import Colour, mix
from ..widgets import Hotspot

Painter = Callable[[pygame.Surface, pygame.Rect], None]


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table row: text wrapped into a share of the row's width."""

    text: str
    width: int
    colour: Colour
    bold: bool = False
    right: bool = False


@dataclass(slots=True)
class Page:
    """A painted page: its surface (maybe taller than the screen) and its tooltips."""

    surface: pygame.Surface
    hotspots: list[Hotspot] = field(default_factory=list)


class Flow:
    def __init__(self, pen: Pen, width: int, pad: int = 0) -> None:
        self.pen = pen
        self.width = width
        self.pad = pad
        self.y = pad
        self.ops: list[tuple[pygame.Rect, Painter]] = []
        self.spots: list[Hotspot] = []

    @property
    def inner(self) -> int:
        return self.width - 2 * self.pad

    def gap(self, height: int) -> None:
        self.y += height

    def block(self, height: int, paint: Painter, indent: int = 0) -> pygame.Rect:
        rect = pygame.Rect(self.pad + indent, self.y, self.inner - indent, height)
        self.ops.append((rect, paint))
        self.y += height
        return rect

    def text(
        self,
        text: str,
        size: int,
        colour: Colour,
        bold: bool = False,
        indent: int = 0,
        width: int | None = None,
    ) -> pygame.Rect:
        fonts = self.pen.fonts
        lines = fonts.wrap(text, size, (width or self.inner) - indent, bold)
        height = len(lines) * fonts.line_height(size, bold)

        def paint(surface: pygame.Surface, rect: pygame.Rect) -> None:
            fonts.blit_lines(surface, lines, rect.topleft, size, colour, bold)

        return self.block(height, paint, indent)

    def note(self, text: str, size: int, ink: Colour, tint: Colour, bold: bool = False) -> None:
        """A paragraph in a tinted box with a bar at its left: what the page wants remembered."""
        m, fonts, p = self.pen.m, self.pen.fonts, self.pen.palette
        pad = m.px(12)
        bar = m.px(6)
        lines = fonts.wrap(text, size, self.inner - 2 * pad - bar, bold)
        height = len(lines) * fonts.line_height(size, bold) + 2 * pad

        def paint(surface: pygame.Surface, rect: pygame.Rect) -> None:
            pygame.draw.rect(surface, mix(p.panel, tint, 0.14), rect, border_radius=m.px(8))
            pygame.draw.rect(
                surface, tint, pygame.Rect(rect.x, rect.y, bar, rect.h), border_radius=m.px(3)
            )
            fonts.blit_lines(surface, lines, (rect.x + bar + pad, rect.y + pad), size, ink, bold)

        self.block(height, paint)

    def row(self, cells: list[Cell], size: int, rule: Colour | None = None) -> pygame.Rect:
        """A table row: each cell wrapped in its own width; the row is as tall as its tallest."""
        m, fonts = self.pen.m, self.pen.fonts
        gap = m.px(10)
        wrapped = [fonts.wrap(c.text, size, max(10, c.width - gap), c.bold) for c in cells]
        height = max(
            len(w) * fonts.line_height(size, c.bold) for w, c in zip(wrapped, cells, strict=True)
        )
        height += m.px(6)

        def paint(surface: pygame.Surface, rect: pygame.Rect) -> None:
            x = rect.x
            for cell, lines in zip(cells, wrapped, strict=True):
                y = rect.y + m.px(3)
                for line in lines:
                    image = fonts.render(line, size, cell.colour, cell.bold)
                    if cell.right:
                        surface.blit(image, (x + cell.width - gap - image.get_width(), y))
                    else:
                        surface.blit(image, (x, y))
                    y += fonts.line_height(size, cell.bold)
                x += cell.width
            if rule is not None:
                pygame.draw.line(
                    surface, rule, (rect.x, rect.bottom - 1), (rect.right, rect.bottom - 1)
                )

        return self.block(height, paint)

    def tip(self, rect: pygame.Rect, text: str) -> None:
        self.spots.append(Hotspot(rect, text))

    def render(self, background: Colour, min_height: int = 0) -> Page:
        height = max(min_height, self.y + self.pad, 1)
        surface = pygame.Surface((self.width, height)).convert()
        surface.fill(background)
        for rect, paint in self.ops:
            paint(surface, rect)
        return Page(surface, list(self.spots))
