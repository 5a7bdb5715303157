"""A seat at the table: name, who plays it, the score dial, tier, privileges and factor bars."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ...i18n import _
from ..icons import blit_icon, icon
from ..palette import BAD, FACTOR_COLOURS, SEAT_COLOURS, SEAT_SHAPES, Colour, mix
from .common import Pen, labelled_bar

FACTOR_ORDER = ("credit", "fulfilment", "identity", "behaviour", "connections")


@dataclass(frozen=True, slots=True)
class SeatInfo:
    index: int
    name: str
    kind: str  # "human" or a bot kind
    tier_name: str
    blacklisted: bool
    critic: bool
    friends: int
    factors: dict[str, float] | None
    privileges: tuple[str, ...]  # ids of privileges the tier opens
    current: bool
    viewer: bool


def seat_colour(index: int) -> Colour:
    return SEAT_COLOURS[index % len(SEAT_COLOURS)]


def seat_shape(index: int) -> str:
    shape = SEAT_SHAPES[index % len(SEAT_SHAPES)]
    return "shape_star" if shape == "star" else shape


@dataclass(frozen=True, slots=True)
class SeatGeometry:
    card: pygame.Rect
    dial: pygame.Rect


def seat_geometry(pen: Pen, rect: pygame.Rect) -> SeatGeometry:
    m = pen.m
    pad = m.px(8)
    header = pen.fonts.line_height(m.fs(15), True) + pad
    body = pygame.Rect(
        rect.x + pad, rect.y + header + pad // 2, rect.w - 2 * pad, rect.h - header - pad - pad // 2
    )
    size = max(m.px(40), min(body.h, int(body.w * 0.46)))
    dial = pygame.Rect(body.x, body.y + (body.h - size) // 2, size, size)
    return SeatGeometry(rect, dial)


def paint_seat(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, info: SeatInfo
) -> SeatGeometry:
    """Everything but the dial (drawn each frame, so it can turn)."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    geo = seat_geometry(pen, rect)
    radius = m.px(10)
    colour = seat_colour(info.index)
    pygame.draw.rect(surface, p.shadow, rect.move(0, m.px(3)), border_radius=radius)
    face = mix(p.panel, BAD, 0.10) if info.blacklisted else p.panel
    pygame.draw.rect(surface, face, rect, border_radius=radius)
    edge_w = m.px(4) if info.current else max(1, m.px(1))
    pygame.draw.rect(
        surface, p.accent if info.current else p.panel_edge, rect, edge_w, border_radius=radius
    )
    pad = m.px(8)
    size = m.fs(15)
    line = fonts.line_height(size, True)
    # header: seat shape in its colour, name, who plays, turn marker
    x = rect.x + pad
    y = rect.y + pad // 2 + m.px(2)
    blit_icon(
        surface, seat_shape(info.index), (x + line // 2, y + line // 2), int(line * 0.85), colour
    )
    x += line + m.px(4)
    who = "human" if info.kind == "human" else "bot"
    right = rect.right - pad
    blit_icon(surface, who, (right - line // 2, y + line // 2), int(line * 0.8), p.ink_soft)
    right -= line + m.px(4)
    if info.current:
        arrow = fonts.render("\u25b6", size, p.accent, True)
        surface.blit(arrow, (right - arrow.get_width(), y))
        right -= arrow.get_width() + m.px(4)
    name = info.name + (" " + _("(you)") if info.viewer else "")
    surface.blit(fonts.fit(name, size, p.ink, right - x, bold=True), (x, y))
    # the info column to the right of the dial: factor bars, then badges and privileges
    info_rect = pygame.Rect(
        geo.dial.right + pad, geo.dial.y, rect.right - pad - geo.dial.right - pad, geo.dial.h
    )
    if info_rect.w <= m.px(40):
        return geo
    small = m.fs(12)
    small_line = fonts.line_height(small)
    icon_size = max(10, min(small_line, m.px(16)))
    bars_area = pygame.Rect(
        info_rect.x, info_rect.y, info_rect.w, info_rect.h - icon_size - m.px(4)
    )
    y = bars_area.y
    if info.factors is not None:
        rows = [f for f in FACTOR_ORDER if f in info.factors]
        row_h = min(small_line + m.px(2), bars_area.h // max(1, len(rows)))
        if row_h >= 8:
            for factor in rows:
                bar_rect = pygame.Rect(bars_area.x, y, bars_area.w, max(7, row_h - m.px(3)))
                labelled_bar(
                    surface,
                    pen,
                    bar_rect,
                    factor,
                    float(info.factors[factor]),
                    100.0,
                    FACTOR_COLOURS[factor],
                    numbers=row_h >= 12,
                )
                y += row_h
    else:
        # opaque scoring: no factors, just the sign that they exist and are not shown
        eye = min(bars_area.h, bars_area.w, m.px(34))
        centre = (bars_area.centerx, bars_area.y + eye // 2 + m.px(2))
        blit_icon(surface, "eye_off", centre, eye, p.ink_soft)
        hidden = fonts.fit(_("Factors hidden"), small, p.ink_soft, bars_area.w)
        if centre[1] + eye // 2 + hidden.get_height() <= bars_area.bottom + m.px(4):
            surface.blit(
                hidden, hidden.get_rect(midtop=(centre[0], centre[1] + eye // 2 + m.px(2)))
            )
    badges: list[tuple[str, Colour, str]] = []
    if info.blacklisted:
        badges.append(("blacklist", BAD, _("Blacklisted")))
    if info.critic:
        badges.append(("critic", p.ink_soft, ""))
    bottom = info_rect.bottom - icon_size
    bx = info_rect.x
    for name_, tint, label in badges:
        surface.blit(icon(name_, icon_size, tint), (bx, bottom))
        bx += icon_size + m.px(3)
        if label:
            text_img = fonts.render(label, small, tint, True)
            if bx + text_img.get_width() < info_rect.right:
                surface.blit(text_img, (bx, bottom + (icon_size - text_img.get_height()) // 2))
                bx += text_img.get_width() + m.px(4)
    for priv in info.privileges:
        if bx + icon_size > info_rect.right:
            break
        surface.blit(icon(priv, icon_size, p.ink_soft), (bx, bottom))
        bx += icon_size + m.px(2)
    return geo
