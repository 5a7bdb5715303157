"""The event feed: what happened, newest at the bottom, with the score changes as signed chips."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from ...i18n import _
from ..fonts import FontBook
from ..icons import icon
from ..session import FeedLine
from .common import Pen, chip, signed

MAX_CHIPS = 5
KIND_ICONS = {
    "start": "eye",
    "goal": "goal",
    "era": "eye",
    "action": "speech",
    "buy": "purchases",
    "privilege": "ticket",
    "appeal": "records",
    "black_market": "identity",
    "offer": "friends",
    "befriend": "friends",
    "declined": "cross",
    "drop": "cross",
    "report": "eye",
    "event": "records",
    "upkeep": "coin",
    "drift": "connections",
    "blacklisted": "blacklist",
    "blacklist_left": "check",
    "review": "star",
    "choice": "bot",
    "teacher": "teacher",
    "timer": "clock",
}


def _chips(
    line: FeedLine, names: Callable[[int], str], stat_name: Callable[[str], str]
) -> list[tuple[str, int]]:
    if line.kind == "start":
        return []
    out = [(f"{names(i)} {signed(d)}", d) for i, d in line.score]
    out += [(f"{_('you')}: {signed(d)} {stat_name(stat)}", d) for stat, d in line.private]
    if len(out) > MAX_CHIPS:
        # the rest stays in the log for the debrief; the feed names the largest moves
        out = sorted(out, key=lambda c: -abs(c[1]))[: MAX_CHIPS - 1] + [("…", 0)]
    return out


def paint_feed(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    lines: list[FeedLine],
    names: Callable[[int], str],
    stat_name: Callable[[str], str],
) -> None:
    """As many of the latest lines as fit, bottom up; older ones scroll out of the top."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(13)
    lh = fonts.line_height(size)
    chip_size = m.fs(11)
    chip_h = fonts.line_height(chip_size, True) + m.px(4)
    icon_w = lh
    text_w = rect.w - icon_w - m.px(6)
    gap = m.px(6)
    y = rect.bottom
    clip = surface.get_clip()
    surface.set_clip(rect)
    for line in reversed(lines):
        bold = line.kind == "choice"
        wrapped = fonts.wrap(line.text, size, text_w, bold)
        reason = fonts.wrap(f"\u201c{line.reason}\u201d", size, text_w) if line.reason else []
        chips = _chips(line, names, stat_name)
        height = lh * (len(wrapped) + len(reason)) + (chip_h + m.px(2) if chips else 0)
        if chips:
            height += _extra_chip_rows(fonts, chips, chip_size, text_w, m.px(4), m.px(8)) * chip_h
        y -= height
        if y + height < rect.y:
            break
        colour = p.ink_soft if line.kind in ("choice", "upkeep", "drift") else p.ink
        surface.blit(
            icon(KIND_ICONS.get(line.kind, "records"), int(lh * 0.85), p.ink_soft), (rect.x, y + 1)
        )
        ty = fonts.blit_lines(
            surface, wrapped, (rect.x + icon_w + m.px(6), y), size, colour, bold=bold
        )
        ty = fonts.blit_lines(surface, reason, (rect.x + icon_w + m.px(6), ty), size, p.ink_soft)
        if chips:
            cx = rect.x + icon_w + m.px(6)
            cy = ty + m.px(2)
            for label, delta in chips:
                width = fonts.width(f"\u25b2 {label}", chip_size, True) + m.px(8)
                if cx + width > rect.right and cx > rect.x + icon_w + m.px(6):
                    cx = rect.x + icon_w + m.px(6)
                    cy += chip_h
                placed = chip(surface, pen, (cx, cy), label, delta, chip_size)
                cx = placed.right + m.px(4)
        y -= gap
    surface.set_clip(clip)


def _extra_chip_rows(
    fonts: FontBook, chips: list[tuple[str, int]], size: int, width: int, gap: int, pad: int
) -> int:
    rows, x = 0, 0
    for label, _delta in chips:
        w = fonts.width(f"\u25b2 {label}", size, True) + pad + gap
        if x + w > width and x > 0:
            rows += 1
            x = 0
        x += w
    return rows
