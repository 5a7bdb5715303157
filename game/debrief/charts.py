"""The debrief's charts, drawn with pygame onto a Surface of the size asked for.

The table blits them; the report saves them as PNG. They need only pygame.font.init() (no
window), so they draw headless (SDL_VIDEODRIVER=dummy). No colour carries meaning alone: every
series has its own marker shape and a label, every bar its signed number, every arrow its style.

    surface = CHARTS["score"](debrief, (1200, 800), PAPER)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from ..i18n import _
from ..narrate import signed
from .draw import (
    BLUE,
    BLUISH_GREEN,
    ORANGE,
    PAPER,
    REDDISH_PURPLE,
    VERMILLION,
    Colour,
    Style,
    blank,
    empty_message,
    font,
    grid_shape,
    marker,
    text_size,
    write,
)
from .model import Debrief, PlayerReview
from .report_graph import reports_chart


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    label: str
    colour: Colour
    marker: str
    width: int


def series() -> list[Series]:
    return [
        Series("score", _("score"), BLUE, "circle", 3),
        Series("wellbeing", _("wellbeing"), BLUISH_GREEN, "square", 2),
        Series("voice", _("voice"), ORANGE, "triangle", 2),
        Series("friends", _("friends"), REDDISH_PURPLE, "diamond", 2),
    ]


# -- the score beside the life: small multiples ----------------------------------------------


def score_chart(debrief: Debrief, size: tuple[int, int], style: Style = PAPER) -> pygame.Surface:
    """Each player's score round by round beside wellbeing, voice and friends, one panel each,
    all panels on the same scales so they compare at a glance."""
    surface = blank(size, style)
    width, height = size
    small = text_size(size, 8)
    legend_h = small + 10
    x = 8
    for s in series():
        marker(surface, s.marker, (x + 6, 4 + legend_h // 2), 5, s.colour)
        pygame.draw.line(surface, s.colour, (x, 4 + legend_h // 2), (x + 14, 4 + legend_h // 2), 2)
        rect = write(
            surface, s.label, (x + 20, 4 + legend_h // 2), small, style.ink, anchor="midleft"
        )
        x = rect.right + 18
    write(
        surface,
        _("left scale: score; right scale: wellbeing, voice, friends"),
        (width - 8, 4 + legend_h // 2),
        small,
        style.ink,
        anchor="midright",
        width=max(10, width - x - 16),
    )
    players = debrief.players
    cols, rows = grid_shape(len(players), width, height - legend_h)
    scores = [row.score for p in players for row in p.rounds]
    if scores:
        low, high = nice_range(min(scores), max(scores))
    else:
        low, high = debrief.score_min, debrief.score_max
    stat_top = max([debrief.stat_max] + [row.friends for p in players for row in p.rounds])
    stat_top = -(-stat_top // TICKS) * TICKS
    pw = (width - 8) // cols
    ph = (height - legend_h - 8) // rows
    for index, player in enumerate(players):
        col, row = index % cols, index // cols
        rect = pygame.Rect(4 + col * pw, legend_h + 8 + row * ph, pw - 6, ph - 6)
        score_panel(surface, rect, player, (low, high), stat_top, style)
    return surface


TICKS = 4


def nice_range(low: int, high: int) -> tuple[int, int]:
    """A score axis of TICKS round steps (10, 20, 25, 50, 100...) that holds low and high."""
    span = max(1, high - low)
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        bottom = (low - 1) // step * step
        if bottom + step * TICKS >= high + 1 and step * TICKS >= span * 1.1:
            return bottom, bottom + step * TICKS
    return low, high


def score_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    player: PlayerReview,
    score_range: tuple[int, int],
    stat_top: int,
    style: Style,
) -> None:
    pygame.draw.rect(surface, style.panel, rect)
    pygame.draw.rect(surface, style.faint, rect, 1)
    small = max(10, min(20, rect.height // 12, rect.width // 28))
    title = (
        player.name
        + "  \u00b7  "
        + _("score {score}, life points {life}").format(score=player.score, life=player.life_points)
    )
    tags = []
    if player.model_citizen:
        tags.append(_("Model Citizen"))
    if player.winner:
        tags.append(_("winner"))
    if tags:
        title += "  [" + ", ".join(tags) + "]"
    write(surface, title, (rect.x + 6, rect.y + 4), small + 2, style.ink, width=rect.width - 12)
    axis_w = font(small).size("0000")[0] + 10
    line = font(small).get_linesize()
    top = rect.y + font(small + 2).get_linesize() + 4 + line // 2
    # Below the plot: one line of round numbers, one for the axis name.
    plot = pygame.Rect(
        rect.x + axis_w, top, rect.width - 2 * axis_w, rect.bottom - top - 2 * line - 6
    )
    if plot.width < 20 or plot.height < 20:
        return
    rounds = player.rounds
    last = max(1, len(rounds) - 1)
    low, high = score_range

    def px(number: int) -> int:
        return plot.x + round(plot.width * number / last)

    def py_score(value: float) -> int:
        return plot.bottom - round(plot.height * (value - low) / max(1, high - low))

    def py_stat(value: float) -> int:
        return plot.bottom - round(plot.height * value / max(1, stat_top))

    for tick in range(TICKS + 1):
        y = plot.bottom - round(plot.height * tick / TICKS)
        pygame.draw.line(surface, style.faint, (plot.x, y), (plot.right, y), 1)
        write(
            surface,
            str(round(low + (high - low) * tick / TICKS)),
            (plot.x - 4, y),
            small,
            style.ink,
            anchor="midright",
        )
        write(
            surface,
            str(round(stat_top * tick / TICKS)),
            (plot.right + 4, y),
            small,
            style.ink,
            anchor="midleft",
        )
    step = max(1, math.ceil(len(rounds) / max(1, plot.width // (small * 2))))
    for number in range(0, len(rounds), step):
        write(
            surface, str(number), (px(number), plot.bottom + 3), small, style.ink, anchor="midtop"
        )
    write(
        surface,
        _("round"),
        (plot.right, plot.bottom + line + 3),
        small,
        style.ink,
        anchor="topright",
    )
    for s in series():
        if s.key == "score":
            points = [(px(r.round), py_score(r.score)) for r in rounds]
        else:
            points = [(px(r.round), py_stat(getattr(r, s.key))) for r in rounds]
        if len(points) > 1:
            pygame.draw.lines(surface, s.colour, False, points, s.width)
        for point in points:
            marker(surface, s.marker, point, 3 if s.key != "score" else 4, s.colour)


# -- what moved each score most --------------------------------------------------------------


def movers_chart(
    debrief: Debrief,
    size: tuple[int, int],
    style: Style = PAPER,
    seats: Sequence[int] | None = None,
) -> pygame.Surface:
    """Each player's five largest score changes, as bars left (down) or right (up) of zero,
    each labelled with its round, its cause and its signed number."""
    chosen = [p for p in debrief.players if seats is None or p.seat in seats]
    surface = blank(size, style)
    lines = sum(1 + max(1, len(p.top_movers)) for p in chosen)
    if not chosen:
        return empty_message(surface, _("No player to show."), style)
    width, height = size
    row_h = max(12, (height - 8) // max(1, lines))
    small = max(10, min(22, row_h - 4, width // 50))
    largest = max([abs(s.delta) for p in chosen for s in p.top_movers] + [1])
    label_w = int(width * 0.52)
    zero = label_w + (width - label_w) // 2
    half = (width - label_w) // 2 - font(small).size("+000")[0] - 14
    y = 4
    for player in chosen:
        write(
            surface,
            player.name,
            (8, y + row_h // 2),
            small + 2,
            style.ink,
            anchor="midleft",
            width=label_w - 12,
        )
        pygame.draw.line(surface, style.faint, (8, y + row_h - 1), (width - 8, y + row_h - 1), 1)
        y += row_h
        if not player.top_movers:
            write(
                surface,
                _("The score never moved."),
                (20, y + row_h // 2),
                small,
                style.ink,
                anchor="midleft",
            )
            y += row_h
            continue
        for step in player.top_movers:
            label = _("R{round} \u00b7 {cause}").format(round=step.round, cause=step.cause)
            write(
                surface,
                label,
                (20, y + row_h // 2),
                small,
                style.ink,
                anchor="midleft",
                width=label_w - 28,
            )
            length = max(2, round(half * abs(step.delta) / largest))
            bar_h = max(4, row_h - 8)
            colour = BLUE if step.delta > 0 else VERMILLION
            if step.delta > 0:
                bar = pygame.Rect(zero, y + (row_h - bar_h) // 2, length, bar_h)
                write(
                    surface,
                    signed(step.delta),
                    (bar.right + 4, y + row_h // 2),
                    small,
                    style.ink,
                    anchor="midleft",
                )
            else:
                bar = pygame.Rect(zero - length, y + (row_h - bar_h) // 2, length, bar_h)
                write(
                    surface,
                    signed(step.delta),
                    (bar.left - 4, y + row_h // 2),
                    small,
                    style.ink,
                    anchor="midright",
                )
            pygame.draw.rect(surface, colour, bar)
            y += row_h
    pygame.draw.line(surface, style.ink, (zero, 4), (zero, min(height - 4, y)), 1)
    return surface


# -- what the privileges cost ----------------------------------------------------------------


def privileges_chart(
    debrief: Debrief, size: tuple[int, int], style: Style = PAPER
) -> pygame.Surface:
    """Every privilege used: its coins as a bar (left of zero: money received) and the score
    its tier asked for, beside the score the player had."""
    surface = blank(size, style)
    uses = [u for p in debrief.players for u in p.privileges]
    if not uses:
        return empty_message(surface, _("No privilege was used in this game."), style)
    width, height = size
    rows = len(uses) + 1
    row_h = max(12, (height - 8) // rows)
    shown = uses[: max(1, (height - 8) // row_h - 1)]
    small = max(10, min(20, row_h - 4, width // 55))
    label_w = int(width * 0.42)
    coin_w = int(width * 0.22)
    zero = label_w + coin_w // 2
    largest = max([abs(u.coins) for u in uses] + [1])
    half = coin_w // 2 - font(small).size("+00")[0] - 8
    write(surface, _("who, round, privilege"), (8, 4), small, style.ink, width=label_w - 12)
    write(surface, _("coins received"), (zero - 6, 4), small, style.ink, anchor="topright")
    write(surface, _("paid"), (zero + 6, 4), small, style.ink, anchor="topleft")
    write(
        surface,
        _("score needed / score held"),
        (label_w + coin_w + 8, 4),
        small,
        style.ink,
        width=width - label_w - coin_w - 16,
    )
    y = 4 + row_h
    for use in shown:
        who = debrief.citizen_names[use.seat]
        write(
            surface,
            _("{who} \u00b7 R{round} \u00b7 {card}").format(
                who=who, round=use.round, card=use.name
            ),
            (8, y + row_h // 2),
            small,
            style.ink,
            anchor="midleft",
            width=label_w - 12,
        )
        length = max(2, round(half * abs(use.coins) / largest)) if use.coins else 0
        bar_h = max(4, row_h - 8)
        if use.coins > 0:
            pygame.draw.rect(surface, VERMILLION, (zero, y + (row_h - bar_h) // 2, length, bar_h))
            write(
                surface,
                str(use.coins),
                (zero + length + 4, y + row_h // 2),
                small,
                style.ink,
                anchor="midleft",
            )
        elif use.coins < 0:
            pygame.draw.rect(
                surface, BLUISH_GREEN, (zero - length, y + (row_h - bar_h) // 2, length, bar_h)
            )
            write(
                surface,
                signed(-use.coins),
                (zero - length - 4, y + row_h // 2),
                small,
                style.ink,
                anchor="midright",
            )
        else:
            write(surface, "0", (zero + 4, y + row_h // 2), small, style.ink, anchor="midleft")
        need = _("{tier} ({min}+) / {held}").format(
            tier=use.tier_name, min=use.tier_min_score, held=use.score_at_use
        )
        write(
            surface,
            need,
            (label_w + coin_w + 8, y + row_h // 2),
            small,
            style.ink,
            anchor="midleft",
            width=width - label_w - coin_w - 16,
        )
        y += row_h
    pygame.draw.line(surface, style.ink, (zero, 4 + row_h), (zero, y), 1)
    if len(shown) < len(uses):
        write(
            surface,
            _("\u2026 and {n} more").format(n=len(uses) - len(shown)),
            (8, height - 4),
            small,
            style.ink,
            anchor="bottomleft",
        )
    return surface


ChartFn = Callable[[Debrief, tuple[int, int], Style], pygame.Surface]

CHARTS: dict[str, ChartFn] = {
    "score": score_chart,
    "movers": movers_chart,
    "privileges": privileges_chart,
    "reports": reports_chart,
}


def chart_title(name: str) -> str:
    return {
        "score": _("Score and life, round by round"),
        "movers": _("What moved each score most"),
        "privileges": _("What each privilege cost"),
        "reports": _("Who reported whom"),
    }[name]


def chart_size(name: str, debrief: Debrief, width: int = 1200) -> tuple[int, int]:
    """A size that fits the content: taller for more players or more rows."""
    players = len(debrief.players)
    if name == "score":
        return width, 170 + 330 * math.ceil(players / 2)
    if name == "movers":
        rows = sum(1 + max(1, len(p.top_movers)) for p in debrief.players)
        return width, 16 + 34 * rows
    if name == "privileges":
        rows = sum(len(p.privileges) for p in debrief.players) + 1
        return width, max(160, 16 + 32 * rows)
    return width, 720
