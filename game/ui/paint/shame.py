"""The wall of shame: a roadside screen showing blacklisted citizens (public shaming on)."""

from __future__ import annotations

import pygame

from ...i18n import _
from ..icons import icon, portrait
from ..palette import BAD, ORANGE, hex_colour
from .common import Pen

SCREEN = hex_colour("#101418")
LED = ORANGE


def paint_shame(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, shamed: list[tuple[str, str, int]]
) -> None:
    """shamed: (name, portrait key, score) of everyone on the blacklist."""
    m, fonts = pen.m, pen.fonts
    radius = m.px(10)
    pygame.draw.rect(surface, pen.palette.shadow, rect.move(0, m.px(3)), border_radius=radius)
    pygame.draw.rect(surface, SCREEN, rect, border_radius=radius)
    pygame.draw.rect(surface, (60, 66, 72), rect, m.px(3), border_radius=radius)
    inner = rect.inflate(-m.px(16), -m.px(12))
    size = m.fs(12)
    line = fonts.line_height(size, True)
    surface.blit(icon("shame", line, LED), (inner.x, inner.y))
    title = fonts.fit(_("WALL OF SHAME"), size, LED, inner.w - line - m.px(6), bold=True)
    surface.blit(title, (inner.x + line + m.px(6), inner.y))
    body = pygame.Rect(
        inner.x, inner.y + line + m.px(4), inner.w, inner.bottom - inner.y - line - m.px(4)
    )
    if not shamed:
        text = fonts.fit(_("No one on the wall. Yet."), m.fs(12), (150, 156, 162), body.w)
        surface.blit(text, text.get_rect(midleft=(body.x, body.centery)))
        return
    face = max(m.px(16), min(body.h - line, m.px(44)))
    x = body.x
    for name, key, score in shamed:
        if x + face > body.right:
            break
        surface.blit(portrait(key, face, BAD, (40, 44, 50)), (x, body.y))
        label = fonts.fit(f"{name} {score}", m.fs(10), LED, max(face, m.px(60)), bold=True)
        surface.blit(label, (x, body.y + face + 1))
        x += max(face, label.get_width()) + m.px(8)
