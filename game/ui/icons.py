"""Icons drawn in code: factors, stats, channels, privileges, cards, seat shapes, controls.

Each icon is drawn once at three times its size on a unit grid and smoothed down (pygame.draw
does not antialias), then cached by (name, size, colour). Unknown names get a neutral ticket.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import pygame

from .palette import Colour

SUPER = 3  # drawn at 3× and smoothed down
CUT: Colour = (255, 0, 255)  # marks holes in an icon; made transparent before use

Point = tuple[float, float]
Painter = Callable[[pygame.Surface, Colour, int], None]


def _p(s: int, x: float, y: float) -> tuple[int, int]:
    return round(x * s), round(y * s)


def _poly(
    surface: pygame.Surface, colour: Colour, s: int, points: list[Point], width: int = 0
) -> None:
    pygame.draw.polygon(surface, colour, [_p(s, x, y) for x, y in points], width)


def _circle(
    surface: pygame.Surface, colour: Colour, s: int, x: float, y: float, r: float, width: float = 0
) -> None:
    pygame.draw.circle(
        surface, colour, _p(s, x, y), max(1, round(r * s)), max(1, round(width * s)) if width else 0
    )


def _rect(
    surface: pygame.Surface,
    colour: Colour,
    s: int,
    x: float,
    y: float,
    w: float,
    h: float,
    width: float = 0,
    radius: float = 0,
) -> None:
    pygame.draw.rect(
        surface,
        colour,
        pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s)),
        max(1, round(width * s)) if width else 0,
        border_radius=round(radius * s),
    )


def _line(
    surface: pygame.Surface, colour: Colour, s: int, a: Point, b: Point, width: float
) -> None:
    pygame.draw.line(surface, colour, _p(s, *a), _p(s, *b), max(1, round(width * s)))


def _arc(
    surface: pygame.Surface,
    colour: Colour,
    s: int,
    x: float,
    y: float,
    r: float,
    start: float,
    stop: float,
    width: float,
) -> None:
    box = pygame.Rect(0, 0, round(2 * r * s), round(2 * r * s))
    box.center = _p(s, x, y)
    pygame.draw.arc(surface, colour, box, start, stop, max(1, round(width * s)))


def _star_points(cx: float, cy: float, outer: float, inner: float, n: int = 5) -> list[Point]:
    points = []
    for i in range(n * 2):
        r = outer if i % 2 == 0 else inner
        a = -math.pi / 2 + i * math.pi / n
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def _regular(cx: float, cy: float, r: float, n: int, turn: float = -math.pi / 2) -> list[Point]:
    return [
        (
            cx + r * math.cos(turn + i * 2 * math.pi / n),
            cy + r * math.sin(turn + i * 2 * math.pi / n),
        )
        for i in range(n)
    ]


# -- the icons ---------------------------------------------------------------------------------


def coin(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.5, 0.42)
    _circle(s, CUT, n, 0.5, 0.5, 0.3, 0.06)
    _rect(s, CUT, n, 0.45, 0.32, 0.1, 0.36)


def heart(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.33, 0.38, 0.2)
    _circle(s, c, n, 0.67, 0.38, 0.2)
    _poly(s, c, n, [(0.14, 0.45), (0.86, 0.45), (0.5, 0.88)])


def megaphone(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.12, 0.4), (0.3, 0.4), (0.66, 0.18), (0.66, 0.82), (0.3, 0.6), (0.12, 0.6)])
    _rect(s, c, n, 0.26, 0.58, 0.1, 0.24)
    _arc(s, c, n, 0.66, 0.5, 0.18, -0.9, 0.9, 0.06)
    _arc(s, c, n, 0.66, 0.5, 0.3, -0.8, 0.8, 0.06)


def star(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, _star_points(0.5, 0.53, 0.45, 0.19))


def friends(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.34, 0.32, 0.14)
    _circle(s, c, n, 0.68, 0.36, 0.12)
    _poly(s, c, n, [(0.1, 0.85), (0.14, 0.58), (0.34, 0.5), (0.54, 0.58), (0.58, 0.85)])
    _poly(s, c, n, [(0.6, 0.85), (0.62, 0.6), (0.68, 0.54), (0.86, 0.6), (0.92, 0.85)])


def credit(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.08, 0.22, 0.84, 0.56, radius=0.08)
    _rect(s, CUT, n, 0.08, 0.34, 0.84, 0.1)
    _rect(s, CUT, n, 0.18, 0.56, 0.24, 0.08)


def fulfilment(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.18, 0.08, 0.64, 0.84, radius=0.06)
    _line(s, CUT, n, (0.3, 0.52), (0.46, 0.68), 0.09)
    _line(s, CUT, n, (0.44, 0.68), (0.72, 0.32), 0.09)


def identity(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.06, 0.2, 0.88, 0.6, radius=0.08)
    _circle(s, CUT, n, 0.3, 0.44, 0.1)
    _poly(s, CUT, n, [(0.16, 0.7), (0.2, 0.58), (0.4, 0.58), (0.44, 0.7)])
    _rect(s, CUT, n, 0.52, 0.36, 0.32, 0.07)
    _rect(s, CUT, n, 0.52, 0.52, 0.24, 0.07)


def cart(s: pygame.Surface, c: Colour, n: int) -> None:
    _line(s, c, n, (0.06, 0.2), (0.2, 0.2), 0.07)
    _poly(s, c, n, [(0.2, 0.3), (0.9, 0.3), (0.8, 0.64), (0.28, 0.64)])
    _circle(s, c, n, 0.34, 0.8, 0.08)
    _circle(s, c, n, 0.74, 0.8, 0.08)


def connections(s: pygame.Surface, c: Colour, n: int) -> None:
    _line(s, c, n, (0.25, 0.7), (0.5, 0.25), 0.07)
    _line(s, c, n, (0.75, 0.7), (0.5, 0.25), 0.07)
    _line(s, c, n, (0.25, 0.7), (0.75, 0.7), 0.07)
    for x, y in ((0.5, 0.25), (0.25, 0.7), (0.75, 0.7)):
        _circle(s, c, n, x, y, 0.14)


def speech(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.08, 0.14, 0.84, 0.54, radius=0.14)
    _poly(s, c, n, [(0.26, 0.6), (0.46, 0.64), (0.2, 0.9)])
    for x in (0.3, 0.5, 0.7):
        _circle(s, CUT, n, x, 0.41, 0.06)


def records(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(
        s,
        c,
        n,
        [(0.06, 0.22), (0.38, 0.22), (0.46, 0.32), (0.94, 0.32), (0.94, 0.84), (0.06, 0.84)],
    )
    _rect(s, CUT, n, 0.2, 0.48, 0.6, 0.07)
    _rect(s, CUT, n, 0.2, 0.62, 0.42, 0.07)


def camera(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.1, 0.3), (0.7, 0.18), (0.78, 0.44), (0.18, 0.56)])
    _poly(s, c, n, [(0.72, 0.28), (0.92, 0.2), (0.92, 0.46), (0.76, 0.42)])
    _line(s, c, n, (0.4, 0.5), (0.46, 0.82), 0.08)
    _line(s, c, n, (0.3, 0.84), (0.62, 0.84), 0.08)
    _circle(s, CUT, n, 0.24, 0.39, 0.06)


def human(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.32, 0.2)
    _poly(s, c, n, [(0.14, 0.94), (0.2, 0.66), (0.5, 0.56), (0.8, 0.66), (0.86, 0.94)])


def bot(s: pygame.Surface, c: Colour, n: int) -> None:
    _line(s, c, n, (0.5, 0.08), (0.5, 0.24), 0.06)
    _circle(s, c, n, 0.5, 0.08, 0.06)
    _rect(s, c, n, 0.16, 0.24, 0.68, 0.56, radius=0.12)
    _circle(s, CUT, n, 0.36, 0.48, 0.08)
    _circle(s, CUT, n, 0.64, 0.48, 0.08)
    _rect(s, CUT, n, 0.34, 0.64, 0.32, 0.06)
    _rect(s, c, n, 0.06, 0.4, 0.08, 0.24)
    _rect(s, c, n, 0.86, 0.4, 0.08, 0.24)


def crown(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(
        s,
        c,
        n,
        [(0.1, 0.78), (0.1, 0.3), (0.32, 0.52), (0.5, 0.2), (0.68, 0.52), (0.9, 0.3), (0.9, 0.78)],
    )
    _rect(s, c, n, 0.1, 0.8, 0.8, 0.1)


def medal(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.28, 0.04), (0.44, 0.04), (0.56, 0.4), (0.4, 0.4)])
    _poly(s, c, n, [(0.72, 0.04), (0.56, 0.04), (0.44, 0.4), (0.6, 0.4)])
    _circle(s, c, n, 0.5, 0.64, 0.28)
    _poly(s, CUT, n, _star_points(0.5, 0.65, 0.17, 0.07))


def blacklist(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.5, 0.44)
    _circle(s, CUT, n, 0.5, 0.5, 0.31)
    _line(s, c, n, (0.28, 0.72), (0.72, 0.28), 0.13)


def eye(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(
        s,
        c,
        n,
        [
            (0.04, 0.5),
            (0.2, 0.3),
            (0.5, 0.2),
            (0.8, 0.3),
            (0.96, 0.5),
            (0.8, 0.7),
            (0.5, 0.8),
            (0.2, 0.7),
        ],
    )
    _circle(s, CUT, n, 0.5, 0.5, 0.2)
    _circle(s, c, n, 0.5, 0.5, 0.11)


def eye_off(s: pygame.Surface, c: Colour, n: int) -> None:
    eye(s, c, n)
    _line(s, CUT, n, (0.14, 0.86), (0.86, 0.14), 0.16)
    _line(s, c, n, (0.14, 0.86), (0.86, 0.14), 0.08)


def pause(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.22, 0.16, 0.2, 0.68, radius=0.04)
    _rect(s, c, n, 0.58, 0.16, 0.2, 0.68, radius=0.04)


def play(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.24, 0.14), (0.84, 0.5), (0.24, 0.86)])


def clock(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.5, 0.42)
    _circle(s, CUT, n, 0.5, 0.5, 0.32)
    _line(s, c, n, (0.5, 0.5), (0.5, 0.26), 0.09)
    _line(s, c, n, (0.5, 0.5), (0.68, 0.6), 0.09)


def teacher(s: pygame.Surface, c: Colour, n: int) -> None:
    """A mortarboard: the teacher's controls."""
    _poly(s, c, n, [(0.5, 0.16), (0.94, 0.38), (0.5, 0.6), (0.06, 0.38)])
    _poly(s, c, n, [(0.24, 0.48), (0.76, 0.48), (0.76, 0.74), (0.5, 0.84), (0.24, 0.74)])
    _line(s, c, n, (0.86, 0.4), (0.86, 0.74), 0.05)
    _circle(s, c, n, 0.86, 0.76, 0.05)


def undo(s: pygame.Surface, c: Colour, n: int) -> None:
    """A curved arrow turning back."""
    _arc(s, c, n, 0.54, 0.56, 0.3, -math.pi / 2, math.pi * 0.95, 0.11)
    _poly(s, c, n, [(0.08, 0.5), (0.38, 0.5), (0.23, 0.74)])


def check(s: pygame.Surface, c: Colour, n: int) -> None:
    _line(s, c, n, (0.14, 0.54), (0.4, 0.78), 0.14)
    _line(s, c, n, (0.38, 0.78), (0.88, 0.22), 0.14)


def cross(s: pygame.Surface, c: Colour, n: int) -> None:
    _line(s, c, n, (0.2, 0.2), (0.8, 0.8), 0.14)
    _line(s, c, n, (0.8, 0.2), (0.2, 0.8), 0.14)


def up(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.12), (0.9, 0.72), (0.1, 0.72)])


def down(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.88), (0.9, 0.28), (0.1, 0.28)])


def screen(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.06, 0.12, 0.88, 0.6, radius=0.06)
    _rect(s, c, n, 0.44, 0.7, 0.12, 0.14)
    _rect(s, c, n, 0.26, 0.84, 0.48, 0.06)
    _circle(s, CUT, n, 0.5, 0.34, 0.1)
    _poly(s, CUT, n, [(0.32, 0.62), (0.38, 0.5), (0.62, 0.5), (0.68, 0.62)])


# privileges


def pram(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.12, 0.4), (0.84, 0.4), (0.74, 0.66), (0.22, 0.66)])
    _arc(s, c, n, 0.36, 0.42, 0.24, 0, math.pi, 0.2)
    _circle(s, c, n, 0.28, 0.8, 0.09)
    _circle(s, c, n, 0.7, 0.8, 0.09)


def bike(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.24, 0.66, 0.18, 0.07)
    _circle(s, c, n, 0.76, 0.66, 0.18, 0.07)
    _line(s, c, n, (0.24, 0.66), (0.44, 0.34), 0.06)
    _line(s, c, n, (0.44, 0.34), (0.68, 0.34), 0.06)
    _line(s, c, n, (0.68, 0.34), (0.76, 0.66), 0.06)
    _line(s, c, n, (0.44, 0.34), (0.5, 0.66), 0.06)
    _line(s, c, n, (0.5, 0.66), (0.68, 0.34), 0.06)
    _line(s, c, n, (0.38, 0.24), (0.5, 0.24), 0.07)


def hospital(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.08, 0.08, 0.84, 0.84, radius=0.16)
    _rect(s, CUT, n, 0.4, 0.2, 0.2, 0.6)
    _rect(s, CUT, n, 0.2, 0.4, 0.6, 0.2)


def tag(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.08, 0.5), (0.36, 0.16), (0.9, 0.16), (0.9, 0.84), (0.36, 0.84)])
    _circle(s, CUT, n, 0.34, 0.5, 0.07)
    _line(s, CUT, n, (0.5, 0.68), (0.78, 0.32), 0.06)
    _circle(s, CUT, n, 0.54, 0.36, 0.05)
    _circle(s, CUT, n, 0.74, 0.64, 0.05)


def train(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(
        s, c, n, [(0.06, 0.72), (0.06, 0.42), (0.5, 0.28), (0.86, 0.32), (0.96, 0.5), (0.96, 0.72)]
    )
    _rect(s, CUT, n, 0.16, 0.44, 0.14, 0.1)
    _rect(s, CUT, n, 0.36, 0.4, 0.14, 0.1)
    _rect(s, CUT, n, 0.56, 0.38, 0.14, 0.1)
    _line(s, c, n, (0.02, 0.84), (0.98, 0.84), 0.05)


def bank(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.06), (0.94, 0.3), (0.06, 0.3)])
    for x in (0.16, 0.4, 0.64):
        _rect(s, c, n, x, 0.36, 0.14, 0.4)
    _rect(s, c, n, 0.06, 0.8, 0.88, 0.12)


def plane(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.06, 0.5), (0.14, 0.42), (0.9, 0.44), (0.96, 0.5), (0.9, 0.56), (0.14, 0.58)])
    _poly(s, c, n, [(0.36, 0.44), (0.56, 0.44), (0.32, 0.06), (0.22, 0.06)])
    _poly(s, c, n, [(0.36, 0.56), (0.56, 0.56), (0.32, 0.94), (0.22, 0.94)])
    _poly(s, c, n, [(0.1, 0.44), (0.18, 0.44), (0.1, 0.26), (0.04, 0.26)])


def hotel(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.06, 0.5, 0.88, 0.22)
    _rect(s, c, n, 0.06, 0.3, 0.08, 0.58)
    _rect(s, c, n, 0.86, 0.6, 0.08, 0.28)
    _rect(s, c, n, 0.18, 0.38, 0.22, 0.12, radius=0.04)
    _poly(s, c, n, _star_points(0.68, 0.24, 0.18, 0.07))


def school(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.16), (0.96, 0.38), (0.5, 0.6), (0.04, 0.38)])
    _poly(s, c, n, [(0.22, 0.48), (0.78, 0.48), (0.78, 0.74), (0.5, 0.84), (0.22, 0.74)])
    _line(s, c, n, (0.88, 0.42), (0.88, 0.74), 0.05)


def car(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(
        s,
        c,
        n,
        [
            (0.04, 0.7),
            (0.06, 0.48),
            (0.24, 0.44),
            (0.36, 0.24),
            (0.7, 0.24),
            (0.84, 0.44),
            (0.96, 0.5),
            (0.96, 0.7),
        ],
    )
    _poly(s, CUT, n, [(0.4, 0.3), (0.52, 0.3), (0.52, 0.44), (0.32, 0.44)])
    _poly(s, CUT, n, [(0.58, 0.3), (0.67, 0.3), (0.76, 0.44), (0.58, 0.44)])
    _circle(s, c, n, 0.26, 0.76, 0.11)
    _circle(s, c, n, 0.74, 0.76, 0.11)
    _circle(s, CUT, n, 0.26, 0.76, 0.04)
    _circle(s, CUT, n, 0.74, 0.76, 0.04)


def badge(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, _regular(0.5, 0.5, 0.46, 8, 0))
    _circle(s, CUT, n, 0.4, 0.44, 0.1)
    _circle(s, CUT, n, 0.6, 0.44, 0.1)
    _poly(s, CUT, n, [(0.3, 0.48), (0.7, 0.48), (0.5, 0.72)])


def ticket(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.06, 0.24, 0.88, 0.52, radius=0.06)
    _circle(s, CUT, n, 0.06, 0.5, 0.09)
    _circle(s, CUT, n, 0.94, 0.5, 0.09)
    for y in (0.34, 0.5, 0.66):
        _circle(s, CUT, n, 0.66, y, 0.03)


# purchase cards, by their first tag


def house(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.12), (0.92, 0.5), (0.08, 0.5)])
    _rect(s, c, n, 0.18, 0.48, 0.64, 0.42)
    _rect(s, CUT, n, 0.42, 0.62, 0.16, 0.28)
    _line(s, c, n, (0.72, 0.06), (0.72, 0.34), 0.04)
    _poly(s, c, n, [(0.72, 0.06), (0.92, 0.12), (0.72, 0.18)])


def gamepad(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.06, 0.3, 0.88, 0.42, radius=0.2)
    _rect(s, CUT, n, 0.2, 0.46, 0.2, 0.08)
    _rect(s, CUT, n, 0.26, 0.4, 0.08, 0.2)
    _circle(s, CUT, n, 0.66, 0.44, 0.05)
    _circle(s, CUT, n, 0.76, 0.56, 0.05)


def phone(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.26, 0.04, 0.48, 0.92, radius=0.08)
    _rect(s, CUT, n, 0.32, 0.14, 0.36, 0.64)
    _circle(s, CUT, n, 0.5, 0.86, 0.04)
    for y in (0.24, 0.38, 0.52):
        _rect(s, c, n, 0.38, y, 0.24, 0.06)


def globe(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.5, 0.42)
    _circle(s, CUT, n, 0.5, 0.5, 0.42, 0.05)
    _line(s, CUT, n, (0.08, 0.5), (0.92, 0.5), 0.05)
    _arc(s, CUT, n, 0.5, 0.5, 0.2, -math.pi / 2, math.pi / 2, 0.05)
    _arc(s, CUT, n, 0.5, 0.5, 0.2, math.pi / 2, 3 * math.pi / 2, 0.05)


def book(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.04, 0.2), (0.48, 0.26), (0.48, 0.88), (0.04, 0.82)])
    _poly(s, c, n, [(0.96, 0.2), (0.52, 0.26), (0.52, 0.88), (0.96, 0.82)])
    _rect(s, CUT, n, 0.7, 0.34, 0.08, 0.26)
    _rect(s, CUT, n, 0.7, 0.64, 0.08, 0.08)


def umbrella(s: pygame.Surface, c: Colour, n: int) -> None:
    _arc(s, c, n, 0.5, 0.52, 0.42, 0, math.pi, 0.42)
    _line(s, c, n, (0.5, 0.5), (0.5, 0.84), 0.06)
    _arc(s, c, n, 0.6, 0.84, 0.1, math.pi, 2 * math.pi, 0.06)


# seat shapes (a seat is never told apart by colour alone)


def shape_circle(s: pygame.Surface, c: Colour, n: int) -> None:
    _circle(s, c, n, 0.5, 0.5, 0.42)


def shape_square(s: pygame.Surface, c: Colour, n: int) -> None:
    _rect(s, c, n, 0.12, 0.12, 0.76, 0.76, radius=0.06)


def shape_triangle(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.08), (0.94, 0.86), (0.06, 0.86)])


def shape_diamond(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, [(0.5, 0.04), (0.94, 0.5), (0.5, 0.96), (0.06, 0.5)])


def shape_hexagon(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, _regular(0.5, 0.5, 0.46, 6, 0))


def shape_star(s: pygame.Surface, c: Colour, n: int) -> None:
    _poly(s, c, n, _star_points(0.5, 0.54, 0.48, 0.22))


PAINTERS: dict[str, Painter] = {
    "coin": coin,
    "money": coin,
    "heart": heart,
    "wellbeing": heart,
    "voice": megaphone,
    "critic": megaphone,
    "goal": star,
    "star": star,
    "friends": friends,
    "credit": credit,
    "fulfilment": fulfilment,
    "identity": identity,
    "behaviour": cart,
    "connections": connections,
    "purchases": cart,
    "speech": speech,
    "records": records,
    "cameras": camera,
    "human": human,
    "bot": bot,
    "crown": crown,
    "medal": medal,
    "blacklist": blacklist,
    "eye": eye,
    "eye_off": eye_off,
    "pause": pause,
    "play": play,
    "check": check,
    "cross": cross,
    "clock": clock,
    "timer": clock,
    "teacher": teacher,
    "undo": undo,
    "up": up,
    "down": down,
    "shame": screen,
    # privileges
    "creche_place": pram,
    "deposit_free_bike": bike,
    "hospital_fast_lane": hospital,
    "supermarket_discount": tag,
    "high_speed_train": train,
    "subsidised_loan": bank,
    "singapore_trip": plane,
    "star_hotel": hotel,
    "best_school": school,
    "car_hire_abroad": car,
    "most_wanted_badge": badge,
    "ticket": ticket,
    # purchase tags
    "domestic": house,
    "idle": gamepad,
    "data": phone,
    "imported": globe,
    "critical": book,
    "responsible": umbrella,
    # seat shapes
    "circle": shape_circle,
    "square": shape_square,
    "triangle": shape_triangle,
    "diamond": shape_diamond,
    "hexagon": shape_hexagon,
    "shape_star": shape_star,
}


def has_icon(name: str) -> bool:
    return name in PAINTERS


@lru_cache(maxsize=1024)
def icon(name: str, size: int, colour: Colour) -> pygame.Surface:
    """The named icon, size×size pixels, in one colour on a transparent background."""
    size = max(4, int(size))
    big = SUPER * size
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)
    painter = PAINTERS.get(name, ticket)
    painter(canvas, colour, big)
    # CUT marks inside an icon are holes: make them transparent so icons sit on any panel.
    cut = pygame.mask.from_threshold(canvas, (*CUT, 255), (1, 1, 1, 255))
    if cut.count():
        cut.to_surface(canvas, setcolor=(0, 0, 0, 0), unsetcolor=None)
    return pygame.transform.smoothscale(canvas, (size, size))


def blit_icon(
    surface: pygame.Surface, name: str, centre: tuple[int, int], size: int, colour: Colour
) -> pygame.Rect:
    image = icon(name, size, colour)
    return surface.blit(image, image.get_rect(center=centre))


# -- portraits of neighbours and players ---------------------------------------------------------

SKIN = ((241, 204, 170), (224, 172, 130), (198, 134, 92), (141, 85, 54), (92, 58, 38))
HAIR = (
    (40, 32, 28),
    (120, 72, 36),
    (200, 170, 110),
    (150, 150, 150),
    (90, 40, 30),
    (230, 230, 230),
)


@lru_cache(maxsize=256)
def portrait(key: str, size: int, ring: Colour, backdrop: Colour) -> pygame.Surface:
    """A round face for a citizen, the same for the same key: hair, skin, glasses, hat vary."""
    size = max(8, int(size))
    big = SUPER * size
    h = sum((i + 1) * ord(ch) for i, ch in enumerate(key))
    skin = SKIN[h % len(SKIN)]
    hair = HAIR[(h // 5) % len(HAIR)]
    style = (h // 31) % 4
    glasses = (h // 7) % 3 == 0
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)
    n = big
    _circle(canvas, backdrop, n, 0.5, 0.5, 0.48)
    shirt = ((h * 37) % 160 + 60, (h * 53) % 140 + 70, (h * 71) % 150 + 70)
    _poly(canvas, shirt, n, [(0.16, 0.98), (0.22, 0.78), (0.5, 0.7), (0.78, 0.78), (0.84, 0.98)])
    if style == 1:  # long hair behind the face
        _rect(canvas, hair, n, 0.26, 0.3, 0.48, 0.46, radius=0.16)
    _circle(canvas, skin, n, 0.5, 0.45, 0.22)
    if style in (0, 1):
        _arc(canvas, hair, n, 0.5, 0.43, 0.24, 0.15, math.pi - 0.15, 0.14)
    elif style == 2:  # a cap
        _rect(canvas, hair, n, 0.26, 0.2, 0.48, 0.14, radius=0.06)
        _rect(canvas, hair, n, 0.44, 0.3, 0.36, 0.05)
    else:  # a bun
        _circle(canvas, hair, n, 0.5, 0.18, 0.09)
        _arc(canvas, hair, n, 0.5, 0.43, 0.24, 0.2, math.pi - 0.2, 0.1)
    eye_y = 0.46
    for x in (0.42, 0.58):
        _circle(canvas, (30, 30, 30), n, x, eye_y, 0.025)
    if glasses:
        for x in (0.42, 0.58):
            _circle(canvas, (30, 30, 30), n, x, eye_y, 0.06, 0.015)
    _arc(canvas, (90, 40, 40), n, 0.5, 0.52, 0.07, math.pi + 0.5, 2 * math.pi - 0.5, 0.02)
    mask = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (big // 2, big // 2), round(0.48 * big))
    canvas.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    pygame.draw.circle(canvas, ring, (big // 2, big // 2), round(0.48 * big), max(2, big // 14))
    return pygame.transform.smoothscale(canvas, (size, size))
