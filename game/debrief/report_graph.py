"""The report graph: who reported whom, and which friendships were dropped for the score."""

from __future__ import annotations

import math

import pygame

from ..i18n import _
from .draw import (
    BLUE,
    ORANGE,
    PAPER,
    REDDISH_PURPLE,
    VERMILLION,
    Style,
    arrow_head,
    blank,
    dashed_line,
    font,
    text_size,
    write,
    write_outside,
)
from .model import Debrief


def reports_chart(debrief: Debrief, size: tuple[int, int], style: Style = PAPER) -> pygame.Surface:
    """Who reported whom: citizens on a ring (players as circles, neighbours as squares),
    solid arrows for reports with their count, dashed ones for friendships dropped for the score."""
    surface = blank(size, style)
    width, height = size
    counts: dict[tuple[int, int], int] = {}
    for report in debrief.reports:
        key = (report.reporter, report.target)
        counts[key] = counts.get(key, 0) + 1
    drops = {(d.dropper, d.dropped) for d in debrief.drops if d.for_score}
    involved = {i for pair in [*counts, *drops] for i in pair}
    nodes = sorted(set(range(len(debrief.players))) | involved)
    small = text_size(size, 14)
    legend_h = small + 12
    x = 8
    pygame.draw.line(surface, VERMILLION, (x, legend_h // 2), (x + 26, legend_h // 2), 3)
    arrow_head(surface, VERMILLION, (x + 30, legend_h // 2), (x, legend_h // 2), 9)
    rect = write(
        surface,
        _("reported (\u00d7 times)"),
        (x + 38, legend_h // 2),
        small,
        style.ink,
        anchor="midleft",
    )
    x = rect.right + 20
    dashed_line(surface, REDDISH_PURPLE, (x, legend_h // 2), (x + 30, legend_h // 2), 2)
    rect = write(
        surface,
        _("dropped for the score"),
        (x + 38, legend_h // 2),
        small,
        style.ink,
        anchor="midleft",
    )
    x = rect.right + 20
    pygame.draw.circle(surface, BLUE, (x + 6, legend_h // 2), 6)
    rect = write(surface, _("player"), (x + 16, legend_h // 2), small, style.ink, anchor="midleft")
    x = rect.right + 16
    pygame.draw.rect(surface, ORANGE, (x, legend_h // 2 - 6, 12, 12))
    write(surface, _("neighbour"), (x + 18, legend_h // 2), small, style.ink, anchor="midleft")
    centre = (width // 2, legend_h + (height - legend_h) // 2)
    label_room = min(width // 4, max(font(small).size(debrief.citizen_names[i])[0] for i in nodes))
    line = font(small).get_linesize()
    node_r = max(6, min(18, (height - legend_h) // 30, width // 40))
    # Room on every side for a node and its name, which sits outside the ring.
    radius_x = max(10, width // 2 - label_room - node_r - 12)
    radius_y = max(10, (height - legend_h) // 2 - line - node_r - 8)
    where: dict[int, tuple[float, float]] = {}
    angles: dict[int, float] = {}
    for k, index in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * k / max(1, len(nodes))
        angles[index] = angle
        where[index] = (
            centre[0] + radius_x * math.cos(angle),
            centre[1] + radius_y * math.sin(angle),
        )

    def shortened(a: int, b: int, bend: float) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, y0), (x1, y1) = where[a], where[b]
        length = max(1.0, math.dist((x0, y0), (x1, y1)))
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        # Two arrows between the same pair sit side by side, not on top of each other.
        nx, ny = -uy * bend, ux * bend
        start = (x0 + ux * (node_r + 3) + nx, y0 + uy * (node_r + 3) + ny)
        end = (x1 - ux * (node_r + 5) + nx, y1 - uy * (node_r + 5) + ny)
        return start, end

    for a, b in sorted(drops):
        start, end = shortened(a, b, -5)
        dashed_line(surface, REDDISH_PURPLE, start, end, 2)
        arrow_head(surface, REDDISH_PURPLE, end, start, 10)
    for (a, b), times in sorted(counts.items()):
        start, end = shortened(a, b, 5)
        pygame.draw.line(surface, VERMILLION, start, end, 3)
        arrow_head(surface, VERMILLION, end, start, 12)
        if times > 1:
            mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            label = write(
                surface,
                f"\u00d7{times}",
                (round(mid[0]), round(mid[1])),
                small,
                style.ink,
                anchor="center",
            )
            pygame.draw.rect(surface, style.background, label.inflate(4, 2))
            write(surface, f"\u00d7{times}", label.center, small, style.ink, anchor="center")
    for index in nodes:
        cx, cy = round(where[index][0]), round(where[index][1])
        if debrief.citizen_is_player[index]:
            pygame.draw.circle(surface, BLUE, (cx, cy), node_r)
        else:
            pygame.draw.rect(surface, ORANGE, (cx - node_r, cy - node_r, 2 * node_r, 2 * node_r))
        write_outside(
            surface,
            debrief.citizen_names[index],
            (cx, cy),
            angles[index],
            node_r + 4,
            small,
            style.ink,
            max(40, width // 4),
        )
    if not counts and not drops:
        write(
            surface,
            _("Nobody reported anyone, and no friendship was dropped for the score."),
            centre,
            small,
            style.ink,
            anchor="center",
            width=width - 20,
        )
    return surface
