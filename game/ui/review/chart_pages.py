"""The debrief's chart pages: game.debrief.charts drawn at the screen's size in the table's
colours, with the words a chart cannot carry (who reported whom, the friendships dropped, the
privileges never within reach) beside or below them."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from ...debrief import Debrief
from ...debrief.charts import movers_chart, privileges_chart, score_chart
from ...debrief.draw import Style
from ...debrief.report_graph import reports_chart
from ...i18n import _
from ...narrate import signed
from ..palette import BAD
from .context import PageContext
from .flow import Flow, Page


def chart_scale(ctx: PageContext) -> float:
    """How much larger than the charts' own design the screen (and its text size) asks for.

    The charts size their letters for a page 1200 pixels wide; on a projector at 1920x1080, or
    with larger text, they are drawn at the design size and scaled up, so their words grow with
    the rest of the table."""
    m = ctx.pen.m
    return max(1.0, m.scale * m.text_scale)


def draw_chart(
    ctx: PageContext,
    chart: Callable[[Debrief, tuple[int, int], Style], pygame.Surface],
    size: tuple[int, int],
) -> pygame.Surface:
    scale = chart_scale(ctx)
    if scale <= 1.02:
        return chart(ctx.debrief, size, ctx.style)
    design = (max(80, round(size[0] / scale)), max(60, round(size[1] / scale)))
    return pygame.transform.smoothscale(chart(ctx.debrief, design, ctx.style), size)


def paint_score(ctx: PageContext, width: int, view_h: int) -> Page:
    """Each player's score beside wellbeing, voice and friends, round by round: two panels a
    row, wide enough to read (the page scrolls for more players)."""
    players = len(ctx.debrief.players)
    cols = min(2, players)
    rows = -(-players // cols)
    legend = round(ctx.pen.fonts.line_height(ctx.pen.m.fs(16)) * 1.6)
    height = legend + rows * round(width / cols / 1.6)
    return framed(ctx, draw_chart(ctx, score_chart, (width, height)), width, view_h)


def paint_movers(ctx: PageContext, width: int, view_h: int) -> Page:
    """The five changes that moved each score most."""
    m = ctx.pen.m
    rows = sum(1 + max(1, len(p.top_movers)) for p in ctx.debrief.players)
    height = max(m.px(120), rows * m.px(34) + 16)
    chart = draw_chart(ctx, movers_chart, (width, height))
    return framed(ctx, chart, width, view_h)


def paint_privileges(ctx: PageContext, width: int, view_h: int) -> Page:
    """What each privilege cost, then what stayed out of reach for each player."""
    pen, debrief = ctx.pen, ctx.debrief
    m, p = pen.m, pen.palette
    rows = sum(len(player.privileges) for player in debrief.players) + 1
    height = max(m.px(160), rows * m.px(36) + 16)
    chart = draw_chart(ctx, privileges_chart, (width, height))
    flow = Flow(pen, width, m.px(16))
    flow.text(_("Never within reach"), ctx.heading(), p.ink, bold=True)
    flow.gap(m.px(4))
    for player in debrief.players:
        locked = ", ".join(player.locked_privileges) or _("nothing: every tier was reached")
        flow.text(
            _("{name}: {privileges}").format(name=player.name, privileges=locked),
            ctx.small(),
            p.ink,
        )
        flow.gap(m.px(4))
    return stacked(ctx, [chart, flow.render(p.panel).surface], width, view_h)


def paint_reports(ctx: PageContext, width: int, view_h: int) -> Page:
    """Who reported whom (a ring of arrows) beside the same facts in words."""
    pen, debrief = ctx.pen, ctx.debrief
    m, p = pen.m, pen.palette
    names = debrief.citizen_names
    wide = width >= m.px(900)
    chart_w = int(width * 0.56) if wide else width
    chart_h = max(m.px(260), min(view_h, chart_w))
    chart = draw_chart(ctx, reports_chart, (chart_w, chart_h))
    words = Flow(pen, width - chart_w if wide else width, m.px(16))
    words.text(_("Reports"), ctx.heading(), p.ink, bold=True)
    words.gap(m.px(4))
    if not debrief.reports:
        words.text(_("Nobody reported anyone in this game."), ctx.small(), p.ink_soft)
    for report in debrief.reports:
        line = _(
            "Round {round}: {reporter} reported {target} ({reporter} {mine}, {target} {theirs})"
        ).format(
            round=report.round,
            reporter=names[report.reporter],
            target=names[report.target],
            mine=signed(report.reporter_delta),
            theirs=signed(report.target_delta),
        )
        if report.friendship_ended:
            line += " \u2014 " + _("the friendship ended")
        words.text(line, ctx.small(), p.ink)
        words.gap(m.px(4))
    words.gap(m.px(12))
    words.text(_("Friendships dropped"), ctx.heading(), p.ink, bold=True)
    words.gap(m.px(4))
    if not debrief.drops:
        words.text(_("Nobody dropped a friend in this game."), ctx.small(), p.ink_soft)
    for drop in debrief.drops:
        line = _(
            "Round {round}: {name} dropped {friend}: score {delta}, wellbeing {wellbeing}"
        ).format(
            round=drop.round,
            name=names[drop.dropper],
            friend=names[drop.dropped],
            delta=signed(drop.dropper_delta),
            wellbeing=signed(drop.wellbeing),
        )
        if drop.for_score:
            line += " \u2014 " + _("for the score")
        words.text(line, ctx.small(), BAD if drop.for_score else p.ink)
        words.gap(m.px(4))
    text = words.render(p.panel).surface
    if not wide:
        return stacked(ctx, [chart, text], width, view_h)
    surface = pygame.Surface((width, max(view_h, chart_h, text.get_height()))).convert()
    surface.fill(p.panel)
    surface.blit(chart, (0, 0))
    surface.blit(text, (chart_w, 0))
    return Page(surface)


def stacked(ctx: PageContext, parts: list[pygame.Surface], width: int, view_h: int) -> Page:
    """Surfaces one below the other on a page at least as tall as the view."""
    height = max(view_h, sum(part.get_height() for part in parts))
    surface = pygame.Surface((width, height)).convert()
    surface.fill(ctx.pen.palette.panel)
    y = 0
    for part in parts:
        surface.blit(part, (0, y))
        y += part.get_height()
    return Page(surface)


def framed(ctx: PageContext, chart: pygame.Surface, width: int, view_h: int) -> Page:
    """A chart on a page at least as tall as the view (the rest in the page's colour)."""
    return stacked(ctx, [chart], width, view_h)
