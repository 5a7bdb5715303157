"""The desk: the seated player's private life (money, wellbeing, voice, secret goal), the turn's
header, the prices under the choices, and the banner while a bot plays."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ...i18n import _, fmt_percent, ngettext
from ..icons import blit_icon, icon, portrait
from ..palette import BAD, GOOD, STAT_COLOURS, mix
from .common import Pen, labelled_bar
from .seats import seat_colour, seat_shape


@dataclass(frozen=True, slots=True)
class PrivateLife:
    seat: int
    name: str
    ref: str
    money: int
    wellbeing: int
    voice: int
    wellbeing_max: int
    voice_max: int
    goal_name: str
    goal_text: str
    penalties: int


def private_height(pen: Pen, width: int) -> int:
    m, fonts = pen.m, pen.fonts
    head = fonts.line_height(m.fs(16), True) + m.px(8)
    stats = 3 * (fonts.line_height(m.fs(13)) + m.px(4))
    goal = fonts.line_height(m.fs(13), True) + 3 * fonts.line_height(m.fs(12)) + m.px(10)
    return head + stats + goal + fonts.line_height(m.fs(12)) + m.px(6)


def paint_private(
    surface: pygame.Surface, pen: Pen, rect: pygame.Rect, life: PrivateLife
) -> list[tuple[pygame.Rect, str]]:
    """The private panel; returns (rect, tooltip) pairs for the things it shows."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    spots: list[tuple[pygame.Rect, str]] = []
    head_size = m.fs(16)
    line = fonts.line_height(head_size, True)
    face = portrait(
        life.ref, line + m.px(4), seat_colour(life.seat), mix(p.panel, seat_colour(life.seat), 0.3)
    )
    surface.blit(face, (rect.x, rect.y))
    x = rect.x + face.get_width() + m.px(6)
    blit_icon(
        surface,
        seat_shape(life.seat),
        (x + line // 3, rect.y + face.get_height() // 2),
        line * 2 // 3,
        seat_colour(life.seat),
    )
    x += line * 2 // 3 + m.px(6)
    title = _("{name}'s desk").format(name=life.name)
    surface.blit(
        fonts.fit(title, head_size, p.ink, rect.right - x, bold=True), (x, rect.y + m.px(2))
    )
    y = rect.y + face.get_height() + m.px(6)
    size = m.fs(13)
    row = fonts.line_height(size) + m.px(4)
    money_rect = pygame.Rect(rect.x, y, rect.w, row - m.px(4))
    blit_icon(
        surface,
        "money",
        (money_rect.x + money_rect.h // 2, money_rect.centery),
        money_rect.h,
        STAT_COLOURS["money"],
    )
    coins = ngettext("{n} coin", "{n} coins", life.money).format(n=life.money)
    money = fonts.render(coins, size, p.ink, True)
    surface.blit(money, (money_rect.x + money_rect.h + m.px(6), money_rect.y))
    spots.append(
        (
            money_rect,
            _(
                "Money: pays for purchases, privileges, appeals and living costs. "
                "Every 3 coins left at the end are worth 1 life point."
            ),
        )
    )
    y += row
    for stat, value, maximum, tip in (
        (
            "wellbeing",
            life.wellbeing,
            life.wellbeing_max,
            _(
                "Wellbeing: how your life feels. Friends raise it; loneliness, the blacklist and "
                "shame lower "
                "it. Worth 2 life points each."
            ),
        ),
        (
            "voice",
            life.voice,
            life.voice_max,
            _(
                "Voice: having said what you think. Silence and praise cost it; criticism "
                "restores it. "
                "Worth 2 life points each."
            ),
        ),
    ):
        bar_rect = pygame.Rect(rect.x, y, rect.w, row - m.px(4))
        label = f"{value}/{maximum}"
        labelled_bar(surface, pen, bar_rect, stat, value, maximum, STAT_COLOURS[stat], label)
        spots.append((bar_rect, tip))
        y += row
    # the secret goal
    y += m.px(4)
    goal_size = m.fs(12)
    goal_head = fonts.line_height(m.fs(13), True)
    box = pygame.Rect(rect.x, y, rect.w, goal_head + 3 * fonts.line_height(goal_size) + m.px(6))
    pygame.draw.rect(surface, mix(p.panel, STAT_COLOURS["goal"], 0.18), box, border_radius=m.px(6))
    blit_icon(
        surface,
        "goal",
        (box.x + goal_head // 2 + m.px(4), box.y + goal_head // 2 + m.px(2)),
        goal_head,
        p.ink,
    )
    heading = _("Secret goal: {name}").format(name=life.goal_name)
    surface.blit(
        fonts.fit(heading, m.fs(13), p.ink, box.w - goal_head - m.px(12), bold=True),
        (box.x + goal_head + m.px(8), box.y + m.px(2)),
    )
    lines = fonts.wrap(life.goal_text, goal_size, box.w - m.px(12))
    fonts.blit_lines(
        surface,
        lines,
        (box.x + m.px(6), box.y + goal_head + m.px(3)),
        goal_size,
        p.ink_soft,
        max_lines=3,
    )
    spots.append((box, f"{life.goal_name}: {life.goal_text}\n" + _("Only you can see this goal.")))
    y = box.bottom + m.px(4)
    pen_text = _("Penalties on record: {n}").format(n=life.penalties)
    surface.blit(fonts.fit(pen_text, goal_size, p.ink_soft, rect.w), (rect.x, y))
    return spots


def paint_public(surface: pygame.Surface, pen: Pen, rect: pygame.Rect) -> None:
    """No one is seated: nobody's private life is on screen."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(15)
    line = fonts.line_height(size, True)
    blit_icon(surface, "eye_off", (rect.x + line // 2, rect.y + line // 2), line, p.ink_soft)
    surface.blit(
        fonts.fit(_("Public view"), size, p.ink, rect.w - line - m.px(6), bold=True),
        (rect.x + line + m.px(6), rect.y),
    )
    lines = fonts.wrap(
        _("Private lives stay hidden until a player takes the seat."), m.fs(12), rect.w
    )
    fonts.blit_lines(
        surface, lines, (rect.x, rect.y + line + m.px(4)), m.fs(12), p.ink_soft, max_lines=3
    )


def public_height(pen: Pen) -> int:
    m, fonts = pen.m, pen.fonts
    return fonts.line_height(m.fs(15), True) + m.px(8) + 2 * fonts.line_height(m.fs(12))


def paint_turn_header(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    title: str,
    ap_left: int,
    ap_total: int,
    hint: str,
) -> None:
    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(14)
    line = fonts.line_height(size, True)
    pip = max(6, line // 2)
    x = rect.right
    for i in range(ap_total):
        x -= pip + m.px(4)
        centre = (x + pip // 2, rect.y + line // 2)
        if i < ap_left:
            pygame.draw.circle(surface, p.accent, centre, pip // 2)
        pygame.draw.circle(surface, p.ink, centre, pip // 2, max(1, m.px(2)))
    surface.blit(fonts.fit(title, size, p.ink, x - rect.x - m.px(6), bold=True), (rect.x, rect.y))
    if hint:
        surface.blit(fonts.fit(hint, m.fs(11), p.ink_soft, rect.w), (rect.x, rect.y + line))


def paint_price(
    surface: pygame.Surface, pen: Pen, pos: tuple[int, int], width: int, text: str, their_score: str
) -> int:
    """The price under a choice, each part coloured by its sign and marked ▲/▼.

    Returns the height it used."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(12)
    line = fonts.line_height(size)
    x, y = pos
    start_x = x
    parts = text.split(", ")
    for i, part in enumerate(parts):
        label = part + ("," if i < len(parts) - 1 else "")
        if part == their_score or part[:1] not in ("+", "\u2212"):
            colour, arrow = p.ink_soft, ""
        elif part.startswith("+"):
            colour, arrow = GOOD, "\u25b2"
        else:
            colour, arrow = BAD, "\u25bc"
        piece = f"{arrow} {label}" if arrow else label
        w = fonts.width(piece, size, True)
        if x + w > start_x + width and x > start_x:
            x = start_x
            y += line
        surface.blit(fonts.fit(piece, size, colour, width, bold=True), (x, y))
        x += w + m.px(6)
    return y + line - pos[1]


def price_lines(pen: Pen, width: int, text: str) -> int:
    """How many lines paint_price will use."""
    m, fonts = pen.m, pen.fonts
    size = m.fs(12)
    x, lines = 0, 1
    for i, part in enumerate(text.split(", ")):
        w = fonts.width("\u25b2 " + part + ",", size, True)
        if x + w > width and x > 0:
            lines += 1
            x = 0
        x += w + m.px(6)
        del i
    return lines


def paint_bot_banner(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    seat: int,
    name: str,
    is_bot: bool,
    choice: str,
    reason: str,
    waiting_text: str,
) -> None:
    """Whose turn it is and, for a bot, what it chose and why."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(16)
    line = fonts.line_height(size, True)
    pygame.draw.rect(surface, mix(p.panel, seat_colour(seat), 0.14), rect, border_radius=m.px(8))
    pygame.draw.rect(surface, seat_colour(seat), rect, m.px(2), border_radius=m.px(8))
    inner = rect.inflate(-m.px(16), -m.px(16))
    surface.blit(icon("bot" if is_bot else "human", line, p.ink), (inner.x, inner.y))
    surface.blit(
        icon(seat_shape(seat), line * 3 // 4, seat_colour(seat)),
        (inner.x + line + m.px(4), inner.y + line // 8),
    )
    x = inner.x + line * 2 + m.px(8)
    surface.blit(
        fonts.fit(_("{name}'s turn").format(name=name), size, p.ink, inner.right - x, bold=True),
        (x, inner.y),
    )
    y = inner.y + line + m.px(6)
    body = m.fs(14)
    if choice:
        y = fonts.blit_lines(
            surface,
            fonts.wrap(choice, body, inner.w, True),
            (inner.x, y),
            body,
            p.ink,
            bold=True,
            max_lines=3,
        )
        if reason:
            y = fonts.blit_lines(
                surface,
                fonts.wrap(f"\u201c{reason}\u201d", body, inner.w),
                (inner.x, y + m.px(2)),
                body,
                p.ink_soft,
                max_lines=3,
            )
    elif waiting_text:
        fonts.blit_lines(
            surface,
            fonts.wrap(waiting_text, body, inner.w),
            (inner.x, y),
            body,
            p.ink_soft,
            max_lines=3,
        )


def paint_score_recipe(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    weights: dict[str, float],
    factor_names: dict[str, str],
    tiers: list[tuple[str, int]],
    transparent: bool,
) -> None:
    """How the score is made: the factors and their weights (if published), and the tier ladder."""
    from ..palette import FACTOR_COLOURS

    p, m, fonts = pen.palette, pen.m, pen.fonts
    size = m.fs(13)
    line = fonts.line_height(size)
    title = fonts.fit(_("How the score is made"), m.fs(14), p.panel_title, rect.w, bold=True)
    surface.blit(title, (rect.x, rect.y))
    y = rect.y + title.get_height() + m.px(4)
    if transparent:
        total = sum(weights.values()) or 1.0
        for factor, weight in weights.items():
            if y + line > rect.bottom:
                return
            blit_icon(
                surface,
                factor,
                (rect.x + line // 2, y + line // 2),
                line - m.px(2),
                FACTOR_COLOURS.get(factor, p.ink),
            )
            name = fonts.fit(
                factor_names.get(factor, factor), size, p.ink, rect.w - line - m.px(60)
            )
            surface.blit(name, (rect.x + line + m.px(6), y))
            share = fonts.render(fmt_percent(weight / total), size, p.ink, True)
            surface.blit(share, share.get_rect(topright=(rect.right, y)))
            y += line
    else:
        blit_icon(surface, "eye_off", (rect.x + line // 2, y + line // 2), line, p.ink_soft)
        text = fonts.wrap(
            _("Opaque scoring: the city does not publish what counts, or how much."),
            size,
            rect.w - line - m.px(6),
        )
        y = fonts.blit_lines(
            surface, text, (rect.x + line + m.px(6), y), size, p.ink_soft, max_lines=3
        )
    y += m.px(8)
    if y + line * 2 > rect.bottom:
        return
    surface.blit(fonts.fit(_("Tiers"), m.fs(14), p.panel_title, rect.w, bold=True), (rect.x, y))
    y += fonts.line_height(m.fs(14), True) + m.px(2)
    ladder = " \u00b7 ".join(f"{name} {low}" for name, low in tiers)
    fonts.blit_lines(
        surface,
        fonts.wrap(ladder, size, rect.w),
        (rect.x, y),
        size,
        p.ink_soft,
        max_lines=max(1, (rect.bottom - y) // line),
    )
