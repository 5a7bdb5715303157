"""The debrief's first page: the life review. Who won under the chosen win condition, who holds
the Model Citizen title beside it, each citizen's life points and where they came from, and the
score and the life ranked side by side."""

from __future__ import annotations

import pygame

from ...debrief import PlayerReview
from ...debrief.texts import text
from ...i18n import _
from ..icons import blit_icon
from ..paint.life import life_tooltip, paint_legend, paint_life_row
from ..scenes.end import title_text, win_reason
from .context import PageContext
from .flow import Cell, Flow, Page


def ranks(values: list[int]) -> list[int]:
    """1 for the highest value; equal values share a rank."""
    return [1 + sum(1 for other in values if other > value) for value in values]


def paint_life(ctx: PageContext, width: int, view_h: int) -> Page:
    game, debrief, pen = ctx.game, ctx.debrief, ctx.pen
    m, fonts, p = pen.m, pen.fonts, pen.palette
    flow = Flow(pen, width, m.px(16))
    players = sorted(debrief.players, key=lambda r: (-r.life_points, r.seat))
    head = ctx.heading()
    line = fonts.line_height(head, True)
    indent = line + m.px(10)
    top = flow.y
    flow.text(win_reason(game, players), head, p.ink, bold=True, indent=indent)

    def crown(surface: pygame.Surface, rect: pygame.Rect) -> None:
        blit_icon(surface, "crown", (rect.x + line // 2, rect.y + line // 2), line, p.accent)

    flow.ops.append((pygame.Rect(flow.pad, top, line, line), crown))
    top = flow.y + m.px(4)
    flow.gap(m.px(4))
    flow.text(title_text(players), ctx.body(), p.ink, indent=indent)

    def medal(surface: pygame.Surface, rect: pygame.Rect) -> None:
        blit_icon(surface, "medal", (rect.x + line // 2, rect.y + line // 2), line, p.ink_soft)

    flow.ops.append((pygame.Rect(flow.pad, top, line, line), medal))
    flow.gap(m.px(8))
    flow.text(text("life_review_intro"), ctx.small(), p.ink_soft)
    flow.gap(m.px(10))
    legend = fonts.line_height(m.fs(14))

    def parts(surface: pygame.Surface, rect: pygame.Rect) -> None:
        paint_legend(surface, pen, rect.topleft, m.fs(14))

    flow.block(legend, parts)
    flow.gap(m.px(8))
    best = max(1, max(r.life_points for r in players))
    used = flow.y + (len(players) + 3) * fonts.line_height(ctx.small()) + m.px(40)
    row_h = max(m.px(80), min(m.px(104), (view_h - used) // max(1, len(players))))
    for r in players:

        def row(surface: pygame.Surface, rect: pygame.Rect, r: PlayerReview = r) -> None:
            paint_life_row(surface, pen, rect, r, best, game)

        rect = flow.block(row_h - m.px(8), row)
        flow.tip(rect, life_tooltip(r, game))
        flow.gap(m.px(8))
    # the score and the life, ranked side by side
    flow.gap(m.px(8))
    flow.text(_("The score and the life, side by side"), ctx.body(), p.ink, bold=True)
    size = ctx.small()
    w = flow.inner
    widths = [int(w * 0.34), int(w * 0.16), int(w * 0.16), int(w * 0.17), int(w * 0.17)]
    heads = [_("citizen"), _("score"), _("rank by score"), _("life points"), _("rank by life")]
    flow.row(
        [
            Cell(h, cw, p.ink_soft, True, i > 0)
            for i, (h, cw) in enumerate(zip(heads, widths, strict=True))
        ],
        size,
        p.panel_edge,
    )
    by_score = ranks([r.score for r in players])
    by_life = ranks([r.life_points for r in players])
    for r, score_rank, life_rank in zip(players, by_score, by_life, strict=True):
        name = r.name + (" \u2605" if r.model_citizen else "")
        values = [name, str(r.score), f"#{score_rank}", str(r.life_points), f"#{life_rank}"]
        flow.row(
            [
                Cell(v, cw, p.ink, i in (0, 4) and life_rank == 1, i > 0)
                for i, (v, cw) in enumerate(zip(values, widths, strict=True))
            ],
            size,
            p.panel_edge,
        )
    flow.text("\u2605 " + _("Model Citizen title"), m.fs(13), p.ink_soft)
    return flow.render(p.panel, view_h)
