"""The turn timer (classroom mode): a countdown bar with the seconds left, big enough for the back
of a classroom. It turns to the warning colour and says so in words for the last ten seconds."""

from __future__ import annotations

import math

import pygame

from ...i18n import _
from ..icons import blit_icon
from ..palette import BAD, readable_on
from .common import Pen

WARNING_SECONDS = 10


def clock_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def paint_timer(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, left: float, limit: float
) -> None:
    p, m, fonts = pen.palette, pen.m, pen.fonts
    warning = left <= WARNING_SECONDS
    colour = BAD if warning else p.accent
    radius = rect.h // 2
    pygame.draw.rect(surface, p.track, rect, border_radius=radius)
    share = max(0.0, min(1.0, left / limit if limit else 0.0))
    filled = rect.copy()
    filled.w = max(rect.h, round(rect.w * share)) if share > 0 else 0
    if filled.w:
        pygame.draw.rect(surface, colour, filled, border_radius=radius)
    pygame.draw.rect(surface, p.panel_edge, rect, max(1, m.px(1)), border_radius=radius)
    size = m.fs(22)
    icon_size = rect.h - m.px(8)
    text = clock_text(left)
    note = _("Hurry: the turn ends at 0:00") if warning else _("left for this turn")
    text_end = rect.x + m.px(20) + icon_size + fonts.width(text, size, True)
    # the words sit on the bar while it is long enough, on the track once it has shrunk
    ink = readable_on(colour) if filled.right >= text_end else p.ink
    blit_icon(surface, "clock", (rect.x + m.px(6) + icon_size // 2, rect.centery), icon_size, ink)
    x = rect.x + m.px(12) + icon_size
    big = fonts.render(text, size, ink, True)
    surface.blit(big, big.get_rect(midleft=(x, rect.centery)))
    x += big.get_width() + m.px(8)
    small = fonts.fit(note, m.fs(13), p.ink, max(10, rect.right - x - m.px(10)), bold=warning)
    if filled.right >= x + small.get_width():
        small = fonts.fit(
            note, m.fs(13), readable_on(colour), max(10, rect.right - x - m.px(10)), bold=warning
        )
    surface.blit(small, small.get_rect(midleft=(x, rect.centery)))
