"""The friendship graph: players in a row, neighbours around them, friendships as lines."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from ...i18n import _
from ..icons import icon, portrait
from ..palette import BAD, mix
from .common import Pen
from .seats import seat_colour, seat_shape


@dataclass(frozen=True, slots=True)
class Node:
    index: int
    name: str
    ref: str
    score: int
    is_player: bool
    blacklisted: bool
    critic: bool
    friends: tuple[int, ...]


def node_centres(
    rect: pygame.Rect, nodes: list[Node], radius: int, label_h: int
) -> dict[int, tuple[int, int]]:
    """Players in a row across the middle, neighbours on an ellipse around them."""
    cx, cy = rect.centerx, rect.centery - label_h // 2
    rx = rect.w / 2 - radius * 1.6
    ry = rect.h / 2 - radius - label_h / 2 - 2
    players = [n for n in nodes if n.is_player]
    others = [n for n in nodes if not n.is_player]
    centres: dict[int, tuple[int, int]] = {}
    span = min(rx * 1.2, max(0, len(players) - 1) * radius * 3.4)
    for i, node in enumerate(players):
        x = cx - span / 2 + (span * i / (len(players) - 1) if len(players) > 1 else span / 2)
        centres[node.index] = (round(x), round(cy))
    # neighbours on two arcs, above and below the players' row, leaving its ends free
    top = others[: (len(others) + 1) // 2]
    bottom = others[(len(others) + 1) // 2 :]
    for members, first, last in (
        (top, math.radians(215), math.radians(325)),
        (bottom, math.radians(145), math.radians(35)),
    ):
        for i, node in enumerate(members):
            a = first + (last - first) * (i / (len(members) - 1) if len(members) > 1 else 0.5)
            centres[node.index] = (round(cx + rx * math.cos(a)), round(cy + ry * math.sin(a)))
    return centres


def paint_graph(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    nodes: list[Node],
    viewer: int | None,
    current: int | None,
) -> dict[int, pygame.Rect]:
    """Draw the graph; returns each node's rectangle (for tooltips, clicks and rising numbers)."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    count = max(1, len(nodes))
    radius = max(m.px(12), min(int(min(rect.w, rect.h) * 0.085), int(rect.w / (count * 0.9) / 2)))
    name_size = m.fs(12)
    name_w = int(radius * 3.4)
    # a name takes up to two lines, then the score's pill
    label_h = fonts.line_height(name_size, True) * 3
    centres = node_centres(rect, nodes, radius, label_h)
    # players stand in a row; when the row is crowded (six classroom teams in a small window)
    # every second player's name sits a line lower, so each name may reach past its neighbour's
    # score pill, on one line
    row = sorted(centres[n.index][0] for n in nodes if n.is_player)
    pitch = min((b - a for a, b in zip(row, row[1:], strict=False)), default=name_w * 2)
    crowded = pitch < name_w + m.px(6)
    pill_w = fonts.width("8888", name_size, True) + m.px(8)
    crowded_name_w = 2 * (pitch - m.px(4)) - pill_w
    lowered = (
        {n.index for i, n in enumerate(n for n in nodes if n.is_player) if i % 2}
        if crowded
        else set()
    )
    # friendships first, under the nodes
    for node in nodes:
        for other in node.friends:
            if other <= node.index or other not in centres:
                continue
            mine = viewer is not None and viewer in (node.index, other)
            colour = p.accent if mine else mix(p.ink_soft, p.panel, 0.35)
            width = m.px(4) if mine else max(1, m.px(2))
            pygame.draw.line(surface, colour, centres[node.index], centres[other], width)
    rects: dict[int, pygame.Rect] = {}
    for node in nodes:
        x, y = centres[node.index]
        ring = seat_colour(node.index) if node.is_player else p.ink_soft
        if node.blacklisted:
            ring = BAD
        face = portrait(node.ref, radius * 2, ring, mix(p.panel, ring, 0.25))
        box = face.get_rect(center=(x, y))
        if node.index == current:
            pygame.draw.circle(surface, p.accent, (x, y), radius + m.px(5), m.px(3))
        surface.blit(face, box)
        badge = max(10, radius * 2 // 3)
        if node.is_player:
            surface.blit(
                icon(seat_shape(node.index), badge, seat_colour(node.index)),
                (box.x - badge // 4, box.y - badge // 4),
            )
        if node.blacklisted:
            surface.blit(
                icon("blacklist", badge, BAD),
                (box.right - badge * 3 // 4, box.bottom - badge * 3 // 4),
            )
        if node.critic:
            surface.blit(
                icon("critic", badge, p.ink), (box.right - badge * 3 // 4, box.y - badge // 4)
            )
        width, max_lines = (crowded_name_w, 1) if node.is_player and crowded else (name_w, 2)
        lines, size = fonts.wrap_fit(
            node.name,
            name_size,
            width,
            max_lines,
            node.is_player,
            min_size=max(8, name_size * 3 // 4),
        )
        line_h = fonts.line_height(size, node.is_player)
        top = box.bottom + m.px(2) + (line_h if node.index in lowered else 0)
        y = top
        for line in lines[:2]:
            name = fonts.render(line, size, p.ink, node.is_player)
            surface.blit(name, name.get_rect(midtop=(x, y)))
            y += line_h
        score = fonts.render(str(node.score), name_size, p.ink, True)
        pill = score.get_rect(midtop=(x, y)).inflate(m.px(8), 0)
        pygame.draw.rect(surface, mix(p.panel, ring, 0.2), pill, border_radius=pill.h // 2)
        surface.blit(score, score.get_rect(center=pill.center))
        label = pygame.Rect(x - width // 2, top, width, y - top)
        rects[node.index] = box.union(pill).union(label)
    return rects


def node_tooltip(node: Node, tier: str, names: dict[int, str]) -> str:
    lines = [
        f"{node.name} \u2014 " + _("score {score} ({tier})").format(score=node.score, tier=tier)
    ]
    if node.blacklisted:
        lines.append(_("On the blacklist."))
    if node.critic:
        lines.append(_("Criticised the city lately: a weight on their friends' scores."))
    friends = ", ".join(names[f] for f in node.friends if f in names) or "\u2014"
    lines.append(_("Friends: {list}").format(list=friends))
    return "\n".join(lines)
