"""The market: the purchase cards on offer, each with a drawn illustration, its cost and tags."""

from __future__ import annotations

import pygame

from ...engine.records import PurchaseDef
from ...i18n import _, ngettext
from ..icons import icon
from ..palette import BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, VERMILLION, Colour, mix
from .common import Pen

TAG_COLOURS: dict[str, Colour] = {
    "domestic": BLUE,
    "idle": ORANGE,
    "data": REDDISH_PURPLE,
    "imported": SKY_BLUE,
    "critical": VERMILLION,
    "responsible": BLUISH_GREEN,
}


def tag_name(tag: str) -> str:
    return {
        "domestic": _("domestic"),
        "idle": _("idle pastime"),
        "data": _("data"),
        "imported": _("imported"),
        "critical": _("critical"),
        "responsible": _("responsible"),
    }.get(tag, tag)


def card_grid(rect: pygame.Rect, count: int, gap: int) -> list[pygame.Rect]:
    """Cards in two columns (one row of four when the panel is very wide)."""
    if count <= 0:
        return []
    cols = 4 if rect.w > rect.h * 3.2 and count >= 4 else 2
    cols = min(cols, count)
    rows = (count + cols - 1) // cols
    w = (rect.w - gap * (cols - 1)) // cols
    h = (rect.h - gap * (rows - 1)) // rows
    return [
        pygame.Rect(rect.x + (i % cols) * (w + gap), rect.y + (i // cols) * (h + gap), w, h)
        for i in range(count)
    ]


def paint_card(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, card: PurchaseDef, buyable: bool
) -> None:
    p, m, fonts = pen.palette, pen.m, pen.fonts
    tag = card.tags[0] if card.tags else ""
    tint = TAG_COLOURS.get(tag, p.ink_soft)
    radius = m.px(8)
    pygame.draw.rect(surface, mix(p.panel, tint, 0.08), rect, border_radius=radius)
    pygame.draw.rect(
        surface, tint if buyable else p.panel_edge, rect, m.px(2), border_radius=radius
    )
    pad = m.px(6)
    art = min(rect.h - 2 * pad, int(rect.w * 0.34))
    art_rect = pygame.Rect(rect.x + pad, rect.y + pad, art, art)
    pygame.draw.rect(surface, mix(p.panel, tint, 0.22), art_rect, border_radius=radius)
    surface.blit(
        icon(tag or "ticket", int(art * 0.72), tint),
        icon(tag or "ticket", int(art * 0.72), tint).get_rect(center=art_rect.center),
    )
    text_x = art_rect.right + pad
    text_w = rect.right - pad - text_x
    size = m.fs(12)
    line = fonts.line_height(size, True)
    cost_size = m.fs(13)
    cost_line = fonts.line_height(cost_size, True)
    max_lines = max(1, (rect.h - 2 * pad - cost_line) // line)
    lines, fitted = fonts.wrap_fit(
        _(card.name), size, text_w, max_lines, True, min_size=max(8, size * 2 // 3)
    )
    fonts.blit_lines(
        surface,
        lines,
        (text_x, rect.y + pad),
        fitted,
        p.ink,
        bold=True,
        max_lines=max(1, (rect.h - 2 * pad - cost_line) // fonts.line_height(fitted, True)),
    )
    coin_size = cost_line
    y = rect.bottom - pad - cost_line
    surface.blit(icon("coin", coin_size, p.ink), (text_x, y))
    cost = fonts.render(str(card.cost), cost_size, p.ink, True)
    surface.blit(cost, (text_x + coin_size + m.px(3), y))
    # the tags beside the cost: all of them, else the first, else none (the tooltip has them)
    names = [tag_name(t) for t in card.tags]
    tag_x = text_x + coin_size + cost.get_width() + m.px(8)
    room = rect.right - pad - tag_x
    tag_size = m.fs(11)
    smallest = max(8, int(tag_size * 0.8))
    for shown in (" \u00b7 ".join(names), names[0] if names else ""):
        if shown and fonts.width(shown, smallest) <= room:
            surface.blit(
                fonts.fit(shown, tag_size, p.ink_soft, room, min_size=smallest),
                (tag_x, y + (cost_line - fonts.line_height(tag_size)) // 2),
            )
            break


def card_tooltip(card: PurchaseDef) -> str:
    tags = ", ".join(tag_name(t) for t in card.tags)
    return "\n".join(
        [
            _(card.name),
            _(card.text),
            ngettext("Cost: {cost} coin", "Cost: {cost} coins", card.cost).format(cost=card.cost)
            + (f" \u00b7 {tags}" if tags else ""),
        ]
    )
