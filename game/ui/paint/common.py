"""Drawing helpers shared by the painted panels: panels, bars, chips, signed numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ..fonts import FontBook
from ..icons import blit_icon
from ..metrics import Metrics
from ..palette import BAD, GOOD, Colour, Palette, mix

MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class Pen:
    """What a painter needs: the surface's fonts, sizes and the era's colours."""

    fonts: FontBook
    m: Metrics
    palette: Palette


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else f"{MINUS}{-value}" if value < 0 else "0"


def sign_colour(value: float, neutral: Colour) -> Colour:
    return GOOD if value > 0 else BAD if value < 0 else neutral


def panel_inner(pen: Pen, rect: pygame.Rect, titled: bool) -> pygame.Rect:
    """The area inside a panel (below its title, if it has one)."""
    m = pen.m
    pad = m.px(10)
    inner = rect.inflate(-2 * pad, -2 * pad)
    if titled:
        line = pen.fonts.line_height(m.fs(15), True) + m.px(6)
        inner.y += line
        inner.h -= line
    return inner


def panel(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, title: str = "", icon: str = ""
) -> pygame.Rect:
    """A card-like panel with a soft shadow and an optional title; returns the inner area."""
    p, m = pen.palette, pen.m
    radius = m.px(10)
    shadow = rect.move(0, m.px(3))
    pygame.draw.rect(surface, p.shadow, shadow, border_radius=radius)
    pygame.draw.rect(surface, p.panel, rect, border_radius=radius)
    pygame.draw.rect(surface, p.panel_edge, rect, max(1, m.px(1)), border_radius=radius)
    pad = m.px(10)
    inner = rect.inflate(-2 * pad, -2 * pad)
    if title:
        size = pen.m.fs(15)
        x = inner.x
        line = pen.fonts.line_height(size, True)
        if icon:
            blit_icon(
                surface, icon, (x + line // 2, inner.y + line // 2), int(line * 0.9), p.panel_title
            )
            x += line + m.px(6)
        text = pen.fonts.fit(title.upper(), size, p.panel_title, inner.right - x, bold=True)
        surface.blit(text, (x, inner.y))
        inner.y += line + m.px(6)
        inner.h -= line + m.px(6)
    return inner


def bar(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    value: float,
    maximum: float,
    colour: Colour,
) -> None:
    """A rounded progress bar; its number is always drawn beside it by the caller."""
    p = pen.palette
    radius = rect.h // 2
    pygame.draw.rect(surface, p.track, rect, border_radius=radius)
    share = max(0.0, min(1.0, value / maximum if maximum else 0.0))
    if share > 0:
        filled = rect.copy()
        filled.w = max(rect.h, round(rect.w * share))
        pygame.draw.rect(surface, colour, filled, border_radius=radius)


def labelled_bar(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    icon: str,
    value: float,
    maximum: float,
    colour: Colour,
    text: str = "",
    numbers: bool = True,
) -> None:
    """Icon, bar, value: e.g. the credit factor of a seat, or wellbeing on the desk."""
    p, fonts = pen.palette, pen.fonts
    size = max(9, int(rect.h * 0.9))
    icon_size = rect.h
    blit_icon(surface, icon, (rect.x + icon_size // 2, rect.centery), icon_size, colour)
    label = text or str(round(value))
    label_w = fonts.width(label if text else "100", size, True) if numbers else 0
    bar_rect = pygame.Rect(rect.x + icon_size + pen.m.px(5), 0, 0, max(3, rect.h // 2))
    bar_rect.w = max(4, rect.right - label_w - pen.m.px(5) - bar_rect.x)
    bar_rect.centery = rect.centery
    bar(surface, pen, bar_rect, value, maximum, colour)
    if numbers:
        image = fonts.render(label, size, p.ink, True)
        surface.blit(image, image.get_rect(midright=(rect.right, rect.centery)))


def chip(
    surface: pygame.Surface,
    pen: Pen,
    pos: tuple[int, int],
    text: str,
    value: int,
    size: int,
) -> pygame.Rect:
    """A small rounded tag: ▲/▼ and a signed number, coloured and never colour alone."""
    p, fonts = pen.palette, pen.fonts
    colour = sign_colour(value, p.ink_soft)
    arrow = "\u25b2" if value > 0 else "\u25bc" if value < 0 else ""
    label = f"{arrow} {text}" if arrow else text
    image = fonts.render(label, size, colour, True)
    rect = image.get_rect(topleft=pos).inflate(pen.m.px(8), pen.m.px(2))
    rect.topleft = pos
    pygame.draw.rect(surface, mix(p.panel, colour, 0.12), rect, border_radius=rect.h // 2)
    surface.blit(image, image.get_rect(center=rect.center))
    return rect


def background(surface: pygame.Surface, pen: Pen, era: int) -> None:
    """The window's backdrop: friendly dots first, a grid later, scan lines in the last era."""
    p, m = pen.palette, pen.m
    surface.fill(p.background)
    w, h = surface.get_size()
    step = m.px(28)
    if era <= 1:
        for y in range(step // 2, h, step):
            for x in range((y // step % 2) * step // 2, w, step):
                pygame.draw.circle(surface, p.background_pattern, (x, y), max(1, m.px(2)))
    elif era == 2:
        for x in range(0, w, step):
            pygame.draw.line(surface, p.background_pattern, (x, 0), (x, h))
        for y in range(0, h, step):
            pygame.draw.line(surface, p.background_pattern, (0, y), (w, y))
    else:
        for y in range(0, h, max(3, m.px(4))):
            pygame.draw.line(surface, p.background_pattern, (0, y), (w, y))
