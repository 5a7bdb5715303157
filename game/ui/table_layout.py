"""Where each part of the table goes, for any window size.

┌ header: logo · era and round track · detection chances · buttons ───────────┐
│ desk: your private life    │ seats (score dials)          │ market          │
│ and your choices, each     ├──────────────────────────────┤ wall of shame   │
│ with its price             │ friendship graph             │ event feed      │
└────────────────────────────┴──────────────────────────────┴─────────────────┘
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from .metrics import Metrics


@dataclass(frozen=True, slots=True)
class TableLayout:
    header: pygame.Rect
    desk: pygame.Rect
    seats: pygame.Rect
    graph: pygame.Rect
    market: pygame.Rect
    shame: pygame.Rect | None
    feed: pygame.Rect
    seat_cards: tuple[pygame.Rect, ...]


def seat_grid(area: pygame.Rect, count: int, gap: int) -> tuple[pygame.Rect, ...]:
    cols = count if count <= 3 else 2 if count == 4 else 3
    rows = (count + cols - 1) // cols
    w = (area.w - gap * (cols - 1)) // cols
    h = (area.h - gap * (rows - 1)) // rows
    return tuple(
        pygame.Rect(area.x + (i % cols) * (w + gap), area.y + (i // cols) * (h + gap), w, h)
        for i in range(count)
    )


def table_layout(m: Metrics, seats: int, shaming: bool) -> TableLayout:
    w, h = m.width, m.height
    gap = m.px(10)
    header = pygame.Rect(0, 0, w, m.px(62))
    body = pygame.Rect(gap, header.bottom + gap, w - 2 * gap, h - header.bottom - 2 * gap)
    desk_w = max(m.px(330), int(w * 0.27))
    side_w = max(m.px(300), int(w * 0.245))
    desk = pygame.Rect(body.x, body.y, desk_w, body.h)
    side = pygame.Rect(body.right - side_w, body.y, side_w, body.h)
    centre = pygame.Rect(desk.right + gap, body.y, side.x - desk.right - 2 * gap, body.h)
    rows = 1 if seats <= 3 else 2
    seats_h = int(centre.h * (0.36 if rows == 1 else 0.5))
    seats_rect = pygame.Rect(centre.x, centre.y, centre.w, seats_h)
    graph = pygame.Rect(
        centre.x, seats_rect.bottom + gap, centre.w, centre.bottom - seats_rect.bottom - gap
    )
    market = pygame.Rect(side.x, side.y, side.w, int(side.h * 0.36))
    shame = None
    feed_top = market.bottom + gap
    if shaming:
        shame = pygame.Rect(side.x, feed_top, side.w, max(m.px(70), int(side.h * 0.15)))
        feed_top = shame.bottom + gap
    feed = pygame.Rect(side.x, feed_top, side.w, side.bottom - feed_top)
    return TableLayout(
        header=header,
        desk=desk,
        seats=seats_rect,
        graph=graph,
        market=market,
        shame=shame,
        feed=feed,
        seat_cards=seat_grid(seats_rect, max(1, seats), gap),
    )
