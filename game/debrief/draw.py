"""Drawing helpers for the debrief's charts: palette, page styles, fitted text, markers, arrows.

Colours are the Okabe-Ito palette, safe for colour-blind eyes; shapes (markers, dashes) carry
meaning too, so no information is in colour alone. Only pygame.font is needed, never a window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from ..engine import ASSETS_ROOT

Colour = tuple[int, int, int]

# Okabe & Ito (2008), "Color Universal Design".
BLACK: Colour = (0, 0, 0)
ORANGE: Colour = (230, 159, 0)
SKY_BLUE: Colour = (86, 180, 233)
BLUISH_GREEN: Colour = (0, 158, 115)
YELLOW: Colour = (240, 228, 66)
BLUE: Colour = (0, 114, 178)
VERMILLION: Colour = (213, 94, 0)
REDDISH_PURPLE: Colour = (204, 121, 167)


@dataclass(frozen=True, slots=True)
class Style:
    """Colours of the page the chart sits on: light for paper, a dark one for the table."""

    background: Colour = (255, 255, 255)
    ink: Colour = (20, 20, 20)
    faint: Colour = (200, 200, 200)
    panel: Colour = (246, 246, 246)


PAPER = Style()
NIGHT = Style(background=(24, 26, 32), ink=(236, 236, 236), faint=(80, 84, 96), panel=(34, 37, 45))


# The table's font (DejaVu: accents and signs in one face), if it is there; else pygame's own.
FONT_FILE = ASSETS_ROOT / "ui" / "fonts" / "DejaVuSansCondensed.ttf"
# pygame's default font draws smaller than its nominal size; DejaVu at this share matches it.
FONT_SCALE = 0.78

_FONTS: dict[int, pygame.font.Font] = {}


def font(size: int) -> pygame.font.Font:
    """A font of about `size` pixels (sizes are given as for pygame's default font)."""
    if not pygame.font.get_init():
        pygame.font.init()
    size = max(8, size)
    if size not in _FONTS:
        if FONT_FILE.is_file():
            _FONTS[size] = pygame.font.Font(str(FONT_FILE), max(7, round(size * FONT_SCALE)))
        else:
            _FONTS[size] = pygame.font.Font(None, size)
    return _FONTS[size]


def fit(text: str, face: pygame.font.Font, width: int) -> str:
    """Cut text to a width, with an ellipsis, so labels never run into each other."""
    if face.size(text)[0] <= width:
        return text
    while text and face.size(text + "\u2026")[0] > width:
        text = text[:-1]
    return text + "\u2026" if text else ""


def write(
    surface: pygame.Surface,
    text: str,
    pos: tuple[int, int],
    size: int,
    colour: Colour,
    *,
    width: int | None = None,
    anchor: str = "topleft",
) -> pygame.Rect:
    face = font(size)
    if width is not None:
        text = fit(text, face, width)
    image = face.render(text, True, colour)
    rect = image.get_rect(**{anchor: pos})
    surface.blit(image, rect)
    return rect


def marker(surface: pygame.Surface, shape: str, centre: tuple[int, int], r: int, c: Colour) -> None:
    x, y = centre
    if shape == "circle":
        pygame.draw.circle(surface, c, centre, r)
    elif shape == "square":
        pygame.draw.rect(surface, c, pygame.Rect(x - r, y - r, 2 * r, 2 * r))
    elif shape == "triangle":
        pygame.draw.polygon(surface, c, [(x, y - r - 1), (x - r - 1, y + r), (x + r + 1, y + r)])
    else:
        pygame.draw.polygon(
            surface, c, [(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)]
        )


def dashed_line(
    surface: pygame.Surface, c: Colour, a: tuple[float, float], b: tuple[float, float], width: int
) -> None:
    length = math.dist(a, b)
    if length < 1:
        return
    dash = 8.0
    steps = int(length // dash)
    for i in range(0, steps, 2):
        t0, t1 = i * dash / length, min(1.0, (i + 1) * dash / length)
        p0 = (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0)
        p1 = (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)
        pygame.draw.line(surface, c, p0, p1, width)


def arrow_head(
    surface: pygame.Surface, c: Colour, tip: tuple[float, float], tail: tuple[float, float], s: int
) -> None:
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    left = (tip[0] - s * math.cos(angle - 0.45), tip[1] - s * math.sin(angle - 0.45))
    right = (tip[0] - s * math.cos(angle + 0.45), tip[1] - s * math.sin(angle + 0.45))
    pygame.draw.polygon(surface, c, [tip, left, right])


def blank(size: tuple[int, int], style: Style) -> pygame.Surface:
    width, height = size
    if width < 80 or height < 60:
        raise ValueError(f"a chart needs at least 80x60 pixels, not {width}x{height}")
    surface = pygame.Surface((width, height))
    surface.fill(style.background)
    return surface


def text_size(size: tuple[int, int], rows: int = 1) -> int:
    """A font size that suits the surface: readable on a projector, never overflowing."""
    width, height = size
    return max(11, min(26, width // 45, height // max(4, rows + 3)))


def empty_message(surface: pygame.Surface, text: str, style: Style) -> pygame.Surface:
    w, h = surface.get_size()
    write(
        surface, text, (w // 2, h // 2), text_size((w, h)), style.ink, width=w - 20, anchor="center"
    )
    pygame.draw.rect(surface, style.faint, surface.get_rect(), 1)
    return surface


def grid_shape(count: int, width: int, height: int) -> tuple[int, int]:
    """Columns and rows for small multiples, keeping panels roughly wider than tall."""
    best = (1, count)
    best_gap = float("inf")
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        ratio = (width / cols) / (height / rows)
        gap = abs(math.log(ratio / 1.6))
        if gap < best_gap:
            best, best_gap = (cols, rows), gap
    return best


def write_outside(
    surface: pygame.Surface,
    text: str,
    centre: tuple[int, int],
    angle: float,
    gap: int,
    size: int,
    colour: Colour,
    width: int,
) -> None:
    """A node's name on the far side from the ring's centre, so it never sits on an arrow."""
    dx, dy = math.cos(angle), math.sin(angle)
    x, y = round(centre[0] + dx * gap), round(centre[1] + dy * gap)
    if abs(dx) < 0.35:
        anchor = "midtop" if dy > 0 else "midbottom"
    elif dx > 0:
        anchor = "midleft"
    else:
        anchor = "midright"
    write(surface, text, (x, y), size, colour, anchor=anchor, width=width)
