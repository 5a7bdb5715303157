"""The score dial: a 270° gauge with tier marks, the score in the middle and the tier below it."""

from __future__ import annotations

import math
from collections import OrderedDict

import pygame

from ..fonts import FontBook
from ..palette import BLUE, BLUISH_GREEN, ORANGE, SKY_BLUE, VERMILLION, Colour, Palette

START = math.radians(225)
SWEEP = math.radians(270)
TIER_COLOURS: tuple[Colour, ...] = (VERMILLION, ORANGE, SKY_BLUE, BLUE, BLUISH_GREEN)

_cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()


def tier_colour(tier: int, tiers: int) -> Colour:
    """Low tiers vermillion, high tiers bluish green (the tier's name is always written too)."""
    if tiers <= 1:
        return TIER_COLOURS[-1]
    index = round((tier - 1) * (len(TIER_COLOURS) - 1) / (tiers - 1))
    return TIER_COLOURS[max(0, min(len(TIER_COLOURS) - 1, index))]


def _ring(
    cx: float, cy: float, r_out: float, r_in: float, t0: float, t1: float
) -> list[tuple[float, float]]:
    steps = max(2, int(abs(t1 - t0) * 90))
    outer, inner = [], []
    for i in range(steps + 1):
        t = t0 + (t1 - t0) * i / steps
        a = START - SWEEP * t
        outer.append((cx + r_out * math.cos(a), cy - r_out * math.sin(a)))
        inner.append((cx + r_in * math.cos(a), cy - r_in * math.sin(a)))
    return outer + inner[::-1]


def dial(
    fonts: FontBook,
    palette: Palette,
    diameter: int,
    value: float,
    bounds: tuple[int, int],
    thresholds: tuple[int, ...],
    colour: Colour,
    number_text: str,
    caption: str,
    caption_size: int,
) -> pygame.Surface:
    """A dial surface (cached): `value` placed between bounds, marks at tier thresholds."""
    key = (
        id(fonts),
        palette.name,
        diameter,
        round(value, 1),
        bounds,
        thresholds,
        colour,
        number_text,
        caption,
        caption_size,
    )
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    big = diameter * 2
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)
    c = big / 2
    r_out = big * 0.48
    r_in = big * 0.36
    lo, hi = bounds
    share = max(0.0, min(1.0, (value - lo) / (hi - lo) if hi > lo else 0.0))
    pygame.draw.polygon(canvas, palette.track, _ring(c, c, r_out, r_in, 0.0, 1.0))
    if share > 0.003:
        pygame.draw.polygon(canvas, colour, _ring(c, c, r_out, r_in, 0.0, share))
    for mark in thresholds:
        t = (mark - lo) / (hi - lo) if hi > lo else 0
        if 0 < t < 1:
            a = START - SWEEP * t
            p1 = (c + (r_out + big * 0.02) * math.cos(a), c - (r_out + big * 0.02) * math.sin(a))
            p2 = (c + (r_in - big * 0.02) * math.cos(a), c - (r_in - big * 0.02) * math.sin(a))
            pygame.draw.line(canvas, palette.ink, p1, p2, max(2, big // 60))
    # the needle's tip: a dot where the value sits, so the reading never relies on colour
    a = START - SWEEP * share
    tip = (c + (r_out + r_in) / 2 * math.cos(a), c - (r_out + r_in) / 2 * math.sin(a))
    pygame.draw.circle(canvas, palette.panel, tip, (r_out - r_in) * 0.42)
    pygame.draw.circle(canvas, palette.ink, tip, (r_out - r_in) * 0.42, max(2, big // 70))
    surface = pygame.transform.smoothscale(canvas, (diameter, diameter))
    number = fonts.fit(
        number_text, max(10, int(diameter * 0.27)), palette.ink, int(diameter * 0.62), bold=True
    )
    surface.blit(number, number.get_rect(center=(diameter // 2, int(diameter * 0.47))))
    if caption:
        label = fonts.fit(caption, caption_size, palette.ink_soft, int(diameter * 0.56), bold=True)
        surface.blit(label, label.get_rect(midtop=(diameter // 2, int(diameter * 0.64))))
    _cache[key] = surface
    if len(_cache) > 400:
        _cache.popitem(last=False)
    return surface
