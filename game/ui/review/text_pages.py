"""The debrief's pages of words: the cause->effect trail of one player, the twelve points with
their open questions, and the reality check."""

from __future__ import annotations

import pygame

from ...debrief.texts import label_name, text
from ...debrief.twelve_points import weights_text
from ...i18n import _
from ...narrate import signed
from ..palette import BAD, BLUISH_GREEN, GOOD, ORANGE, REDDISH_PURPLE, mix
from .context import PageContext
from .flow import Cell, Flow, Page

LABEL_COLOURS = {"real": BLUISH_GREEN, "exaggerated": ORANGE, "satire": REDDISH_PURPLE}


def teacher_switches(ctx: PageContext) -> list[str]:
    """The teacher's scoring switches during the game, in words, from the full log."""
    said = []
    for entry in ctx.game.log_for(None):
        if entry["kind"] == "teacher" and entry["item"] in ("transparent", "opaque"):
            mode = _("transparent") if entry["item"] == "transparent" else _("opaque")
            said.append(
                _("In round {round} the teacher switched to {mode} scoring.").format(
                    round=entry["round"], mode=mode
                )
            )
    return said


def paint_trail(ctx: PageContext, width: int, view_h: int, seat: int) -> Page:
    """Every change of one player's score, the act or event behind it and the rule that weighed
    it; in an opaque game this is the first time anyone sees it."""
    pen, debrief = ctx.pen, ctx.debrief
    m, p = pen.m, pen.palette
    player = debrief.player(seat)
    flow = Flow(pen, width, m.px(16))
    if debrief.transparent:
        flow.note(text("transparent_note"), ctx.small(), p.ink, p.accent)
    else:
        flow.note(text("opaque_reveal"), ctx.body(), p.ink, BAD, bold=True)
        flow.gap(m.px(6))
        flow.note(weights_text(ctx.game), ctx.small(), p.ink, BAD)
    for sentence in teacher_switches(ctx):
        flow.gap(m.px(6))
        flow.note(sentence, ctx.small(), p.ink, p.accent)
    flow.gap(m.px(10))
    flow.text(text("trail_intro"), ctx.small(), p.ink_soft)
    flow.gap(m.px(10))
    size = ctx.small()
    w = flow.inner
    widths = [int(w * 0.08), int(w * 0.3), int(w * 0.44), int(w * 0.09)]
    widths.append(w - sum(widths))
    heads = [_("round"), _("cause"), _("rule"), _("change"), _("score")]
    flow.row(
        [
            Cell(h, cw, p.ink_soft, True, i in (0, 3, 4))
            for i, (h, cw) in enumerate(zip(heads, widths, strict=True))
        ],
        size,
        p.ink_soft,
    )
    for step in player.trail:
        opening = step.kind == "start"
        change = str(step.delta) if opening else signed(step.delta)
        tint = p.ink if opening else GOOD if step.delta > 0 else BAD
        flow.row(
            [
                Cell(str(step.round), widths[0], p.ink_soft, False, True),
                Cell(step.cause, widths[1], p.ink),
                Cell(step.rule, widths[2], p.ink_soft),
                Cell(change, widths[3], tint, True, True),
                Cell(str(step.running), widths[4], p.ink, True, True),
            ],
            size,
            p.panel_edge,
        )
    flow.gap(m.px(10))
    total = player.trail[-1].running if player.trail else 0
    flow.text(
        _("{name}: the trail adds up to {score}, the final score.").format(
            name=player.name, score=total
        ),
        ctx.body(),
        p.ink,
        bold=True,
    )
    return flow.render(p.panel, view_h)


def point_card(ctx: PageContext, width: int, index: int) -> pygame.Surface:
    """One of the twelve points as a card: what it is, this game's evidence, the question."""
    pen = ctx.pen
    m, p = pen.m, pen.palette
    point = ctx.debrief.points[index]
    flow = Flow(pen, width, m.px(14))
    flow.text(f"{point.number}. {point.name}", ctx.heading(), p.ink, bold=True)
    flow.gap(m.px(4))
    flow.text(point.explanation, ctx.small(), p.ink_soft)
    if point.status:
        flow.gap(m.px(4))
        flow.text(point.status, ctx.small(), p.ink, bold=True)
    flow.gap(m.px(6))
    if point.evidence:
        for line in point.evidence:
            flow.text("\u2022 " + line, ctx.small(), p.ink, indent=m.px(6))
        more = point.count - len(point.evidence)
        if more > 0:
            flow.text(
                "\u2022 " + _("and {n} more").format(n=more),
                ctx.small(),
                p.ink_soft,
                indent=m.px(6),
            )
    else:
        flow.text(_("Nothing in this game touched this point directly."), ctx.small(), p.ink_soft)
    flow.gap(m.px(8))
    flow.note("? " + point.question, ctx.body(), p.ink, p.accent, bold=True)
    page = flow.render(card_colour(ctx))
    pygame.draw.rect(page.surface, p.panel_edge, page.surface.get_rect(), max(1, m.px(1)))
    return page.surface


def card_colour(ctx: PageContext) -> tuple[int, int, int]:
    return mix(ctx.pen.palette.panel, ctx.pen.palette.background, 0.35)


def even_card(ctx: PageContext, card: pygame.Surface, height: int) -> pygame.Surface:
    taller = pygame.Surface((card.get_width(), height)).convert()
    taller.fill(card_colour(ctx))
    taller.blit(card, (0, 0))
    edge = max(1, ctx.pen.m.px(1))
    pygame.draw.rect(
        taller, card_colour(ctx), pygame.Rect(0, card.get_height() - edge, card.get_width(), edge)
    )
    pygame.draw.rect(taller, ctx.pen.palette.panel_edge, taller.get_rect(), edge)
    return taller


def paint_points(ctx: PageContext, width: int, view_h: int) -> Page:
    """The twelve needs of a social credit system, each tied to this game; in reading order, two
    cards a row where the screen is wide."""
    pen = ctx.pen
    m, p = pen.m, pen.palette
    pad, gap = m.px(16), m.px(14)
    intro = Flow(pen, width, pad)
    intro.text(text("points_intro"), ctx.small(), p.ink_soft)
    head = intro.render(p.panel).surface
    columns = 2 if width >= m.px(900) else 1
    card_w = (width - 2 * pad - gap * (columns - 1)) // columns
    cards = [point_card(ctx, card_w, i) for i in range(len(ctx.debrief.points))]
    places = []
    y = head.get_height()
    for start in range(0, len(cards), columns):
        row = cards[start : start + columns]
        tallest = max(card.get_height() for card in row)
        for col, card in enumerate(row):
            if card.get_height() < tallest:  # cards side by side end at the same line
                cards[start + col] = card = even_card(ctx, card, tallest)
            places.append((pad + col * (card_w + gap), y))
        y += tallest + gap
    surface = pygame.Surface((width, max(view_h, y + pad))).convert()
    surface.fill(p.panel)
    surface.blit(head, (0, 0))
    for card, pos in zip(cards, places, strict=True):
        surface.blit(card, pos)
    return Page(surface)


def paint_reality(ctx: PageContext, width: int, view_h: int) -> Page:
    """Which of this game's cards are real (with the source), exaggerated or satire; and the
    plain statement that no single national score exists today."""
    pen, reality = ctx.pen, ctx.debrief.reality
    m, p = pen.m, pen.palette
    flow = Flow(pen, width, m.px(16))
    if reality is None:
        flow.text(_("No reality check for this game."), ctx.body(), p.ink)
        return flow.render(p.panel, view_h)
    flow.note(reality.statement, ctx.body(), p.ink, p.accent, bold=True)
    flow.gap(m.px(10))
    flow.text(text("reality_intro"), ctx.small(), p.ink_soft)
    kinds = {
        "event": _("event"),
        "action": _("action"),
        "purchase": _("purchase"),
        "privilege": _("privilege"),
    }
    size = ctx.small()
    w = flow.inner
    widths = [int(w * 0.28), int(w * 0.12), int(w * 0.08)]
    widths.append(w - sum(widths))
    for label, uses in reality.by_label.items():
        colour = LABEL_COLOURS.get(label, p.ink)
        flow.gap(m.px(14))
        head = ctx.heading()
        chip = pen.fonts.line_height(head, True)

        def swatch(
            surface: pygame.Surface,
            rect: pygame.Rect,
            colour: tuple[int, int, int] = colour,
            chip: int = chip,
        ) -> None:
            box = pygame.Rect(rect.x, rect.y + chip // 6, chip * 2 // 3, chip * 2 // 3)
            pygame.draw.rect(surface, colour, box, border_radius=m.px(3))

        top = flow.y
        flow.text(
            f"{label_name(label).capitalize()} ({len(uses)})",
            head,
            p.ink,
            bold=True,
            indent=chip,
        )
        flow.ops.append((pygame.Rect(flow.pad, top, chip, chip), swatch))
        if not uses:
            flow.text(_("None in this game."), size, p.ink_soft)
            continue
        heads = [_("card"), _("kind"), _("times"), _("source")]
        flow.row(
            [
                Cell(h, cw, p.ink_soft, True, i == 2)
                for i, (h, cw) in enumerate(zip(heads, widths, strict=True))
            ],
            size,
            p.ink_soft,
        )
        for use in uses:
            flow.row(
                [
                    Cell(use.name, widths[0], p.ink, True),
                    Cell(kinds.get(use.kind, use.kind), widths[1], p.ink_soft),
                    Cell(str(use.times), widths[2], p.ink, False, True),
                    Cell(use.source or "\u2014", widths[3], p.ink_soft),
                ],
                size,
                p.panel_edge,
            )
    return flow.render(p.panel, view_h)
