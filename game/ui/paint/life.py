"""One citizen's life review as a row: face, name, score and tier, life points, the bar of where
they came from (wellbeing, voice, friends, money, the secret goal) and whether the goal was met.

The life review (scenes/end.py) and the debrief's first page draw the same rows, from the
engine's SeatResult or the debrief's PlayerReview (both carry the fields of `LifeLike`).
"""

from __future__ import annotations

from typing import Protocol

import pygame

from ...engine import Game
from ...i18n import _, ngettext
from ...narrate import goal_text, tier_name
from ..icons import icon, portrait
from ..palette import BAD, GOOD, STAT_COLOURS, mix, readable_on
from .common import Pen
from .seats import seat_colour, seat_shape

PARTS = ("wellbeing", "voice", "friends", "money", "goal")


class LifeLike(Protocol):
    """What a life-review row reads (SeatResult and PlayerReview both have it)."""

    @property
    def seat(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def score(self) -> int: ...
    @property
    def tier(self) -> int: ...
    @property
    def blacklisted(self) -> bool: ...
    @property
    def life_points(self) -> int: ...
    @property
    def breakdown(self) -> dict[str, int]: ...
    @property
    def goal(self) -> str: ...
    @property
    def goal_achieved(self) -> bool: ...
    @property
    def model_citizen(self) -> bool: ...
    @property
    def winner(self) -> bool: ...


def part_name(part: str) -> str:
    return {
        "wellbeing": _("wellbeing"),
        "voice": _("voice"),
        "friends": _("friends"),
        "money": _("money"),
        "goal": _("secret goal"),
    }[part]


def part_icon(part: str) -> str:
    return {
        "wellbeing": "heart",
        "voice": "voice",
        "friends": "friends",
        "money": "coin",
        "goal": "star",
    }[part]


def paint_legend(surface: pygame.Surface, pen: Pen, pos: tuple[int, int], size: int) -> int:
    """The colours and icons of the life bar's parts, in one line; returns its height."""
    m, fonts, p = pen.m, pen.fonts, pen.palette
    x, y = pos
    icon_size = fonts.line_height(size)
    for part in PARTS:
        colour = STAT_COLOURS[part]
        icon_rect = pygame.Rect(x, y, icon_size, icon_size)
        surface.blit(icon(part_icon(part), icon_size, colour), icon_rect)
        label = fonts.render(part_name(part), size, p.ink_soft)
        surface.blit(label, (x + icon_size + m.px(4), y))
        x += icon_size + m.px(18) + label.get_width()
    return icon_size


def paint_life_row(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, r: LifeLike, best: int, game: Game
) -> None:
    p, m, fonts = pen.palette, pen.m, pen.fonts
    colour = seat_colour(r.seat)
    pygame.draw.rect(surface, p.shadow, rect.move(0, m.px(3)), border_radius=m.px(10))
    pygame.draw.rect(
        surface,
        mix(p.panel, p.accent, 0.12) if r.winner else p.panel,
        rect,
        border_radius=m.px(10),
    )
    pygame.draw.rect(
        surface,
        p.accent if r.winner else p.panel_edge,
        rect,
        m.px(3) if r.winner else max(1, m.px(1)),
        border_radius=m.px(10),
    )
    pad = m.px(10)
    face = min(rect.h - 2 * pad, m.px(60))
    surface.blit(
        portrait(f"p{r.seat}", face, colour, mix(p.panel, colour, 0.3)),
        (rect.x + pad, rect.y + pad),
    )
    surface.blit(icon(seat_shape(r.seat), face // 3, colour), (rect.x + pad, rect.y + pad))
    x = rect.x + pad * 2 + face
    name_w = int(rect.w * 0.22)
    size = m.fs(18)
    line = fonts.line_height(size, True)
    surface.blit(fonts.fit(r.name, size, p.ink, name_w, bold=True), (x, rect.y + pad))
    marks_x = x
    if r.winner:
        surface.blit(icon("crown", line, p.accent), (marks_x, rect.y + pad + line))
        marks_x += line + m.px(4)
    if r.model_citizen:
        surface.blit(icon("medal", line, p.ink_soft), (marks_x, rect.y + pad + line))
        marks_x += line + m.px(4)
    small = m.fs(13)
    score_text = _("score {score} ({tier})").format(score=r.score, tier=tier_name(game, r.tier))
    if r.blacklisted:
        score_text += " \u00b7 " + _("blacklisted")
    surface.blit(
        fonts.fit(score_text, small, p.ink_soft, name_w - (marks_x - x)),
        (marks_x, rect.y + pad + line + (line - fonts.line_height(small)) // 2),
    )
    # life points and their parts
    x += name_w + m.px(12)
    total = fonts.render(str(r.life_points), m.fs(30), p.ink, True)
    surface.blit(total, (x, rect.y + pad - m.px(2)))
    unit = fonts.render(_("life points"), m.fs(11), p.ink_soft)
    surface.blit(unit, (x, rect.y + pad + total.get_height() - m.px(4)))
    x += max(total.get_width(), unit.get_width()) + m.px(14)
    bar = pygame.Rect(x, rect.y + pad, rect.right - pad - x, max(m.px(14), (rect.h - 2 * pad) // 2))
    pygame.draw.rect(surface, p.track, bar, border_radius=m.px(6))
    bx = bar.x
    for part in PARTS:
        value = r.breakdown.get(part, 0)
        if value <= 0:
            continue
        w = max(2, round(bar.w * value / best))
        seg = pygame.Rect(bx, bar.y, min(w, bar.right - bx), bar.h)
        fill = STAT_COLOURS[part]
        pygame.draw.rect(surface, fill, seg, border_radius=m.px(4))
        label = f"{value}"
        ink = readable_on(fill)
        ic = min(seg.h - m.px(4), m.px(16))
        if seg.w > ic + fonts.width(label, small, True) + m.px(10):
            surface.blit(icon(part_icon(part), ic, ink), (seg.x + m.px(4), seg.centery - ic // 2))
            img = fonts.render(label, small, ink, True)
            surface.blit(img, (seg.x + ic + m.px(7), seg.centery - img.get_height() // 2))
        bx += w
    goal = goal_text(game, r.goal)
    mark = "\u2713 " + _("achieved") if r.goal_achieved else "\u2717 " + _("not achieved")
    goal_colour = GOOD if r.goal_achieved else BAD
    gy = bar.bottom + m.px(6)
    mark_img = fonts.render(mark, small, goal_colour, True)
    surface.blit(mark_img, (bar.x, gy))
    surface.blit(
        fonts.fit(goal, small, p.ink_soft, bar.w - mark_img.get_width() - m.px(10)),
        (bar.x + mark_img.get_width() + m.px(10), gy),
    )


def life_tooltip(r: LifeLike, game: Game) -> str:
    parts = ", ".join(f"{part_name(k)} {r.breakdown.get(k, 0)}" for k in PARTS)
    return "\n".join(
        [
            r.name
            + " \u2014 "
            + ngettext("{n} life point", "{n} life points", r.life_points).format(
                n=r.life_points
            ),
            parts,
            goal_text(game, r.goal),
        ]
    )
