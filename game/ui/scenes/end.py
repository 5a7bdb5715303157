"""The end: the life review. Who won and why, what each life was made of, who holds the title.

The "Debrief" button opens the scene registered as DEBRIEF_SCENE with the finished game
(`app.goto("debrief", game=..., setup=...)`); until a debrief scene is registered it is disabled.
"""

from __future__ import annotations

from typing import Any

import pygame

from ...engine import Game, SeatResult
from ...i18n import _
from ...narrate import goal_text, tier_name
from ..icons import blit_icon, icon, portrait
from ..paint.common import Pen
from ..paint.seats import seat_colour, seat_shape
from ..palette import BAD, GOOD, STAT_COLOURS, mix, readable_on
from ..setup_model import SetupChoices, new_seed
from ..widgets import Hotspot
from . import has_scene, register
from .base import Scene

DEBRIEF_SCENE = "debrief"
PARTS = ("wellbeing", "voice", "friends", "money", "goal")


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


def win_reason(game: Game, results: list[SeatResult]) -> str:
    """Who won, and by which rule, in one sentence."""
    winners = [r for r in results if r.winner]
    names = ", ".join(r.name for r in winners)
    condition = game.state.options.win_condition
    best = winners[0] if winners else results[0]
    if condition == "score":
        text = _("{names}: the highest score wins ({score}).").format(names=names, score=best.score)
    elif condition == "goals" and any(r.goal_achieved for r in results):
        text = _(
            "{names}: the best life among those who reached their secret goal ({points} life "
            "points)."
        ).format(names=names, points=best.life_points)
    elif condition == "goals":
        text = _(
            "Nobody reached a secret goal, so the best life wins: {names} ({points} life points)."
        ).format(names=names, points=best.life_points)
    else:
        text = _("{names}: the best life wins ({points} life points).").format(
            names=names, points=best.life_points
        )
    return (_("Winners") if len(winners) > 1 else _("Winner")) + " \u2014 " + text


@register
class EndScene(Scene):
    name = "end"

    def __init__(self, app: Any, game: Game, setup: SetupChoices | None = None, **_kw: Any) -> None:
        super().__init__(app)
        self.game = game
        self.setup = setup
        self.results = sorted(game.results(), key=lambda r: (-r.life_points, r.seat))
        self.rows: list[pygame.Rect] = []

    def build(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        names = [
            (
                _("Debrief"),
                self.debrief,
                _("Look back on the game together: what the score measured, and what it missed.")
                if has_scene(DEBRIEF_SCENE)
                else _("The debrief arrives in a later version."),
                has_scene(DEBRIEF_SCENE),
            ),
            (_("Play again"), self.play_again, _("The same table and rules, a new deal."), True),
            (_("New game"), self.new_game, _("Back to the setup screen."), True),
            (_("Quit"), self.app.quit, _("Close the game."), True),
        ]
        h = m.px(52)
        size = m.fs(20)
        widths = [fonts.width(n, size, True) + m.px(50) for n, *_rest in names]
        gap = m.px(14)
        total = sum(widths) + gap * (len(widths) - 1)
        x = (m.width - total) // 2
        y = m.height - h - m.px(18)
        for (label, action, tip, enabled), w in zip(names, widths, strict=True):
            kind = "@primary" if label == _("Play again") else "@action"
            button = self.button(
                pygame.Rect(x, y, w, h),
                label,
                action,
                tooltip=tip,
                kind=kind,
                object_id="#debrief" if action == self.debrief else None,
            )
            if not enabled:
                button.disable()
            x += w + gap
        self.focus.index = 1 if not has_scene(DEBRIEF_SCENE) else 0

    def debrief(self) -> None:
        if has_scene(DEBRIEF_SCENE):
            self.app.goto(DEBRIEF_SCENE, game=self.game, setup=self.setup)

    def play_again(self) -> None:
        choices = (
            self.setup.copy()
            if self.setup is not None
            else SetupChoices.from_seats(
                list(self.game.state.seats),
                self.game.state.ruleset,
                self.game.state.seed,
                self.game.state.options.to_dict(),
            )
        )
        choices.seed = new_seed()
        self.app.goto("table", game=choices.to_game(self.game.content), setup=choices)

    def new_game(self) -> None:
        self.app.goto("setup", choices=self.setup)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.app.defer(lambda: self.app.push("menu"))
            return True
        return super().handle_event(event)

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        pen = Pen(fonts, m, p)
        surface.blit(self.app.backdrop(), (0, 0))
        game = self.game
        self.hotspots = []
        header = pygame.Rect(0, 0, m.width, m.px(92))
        pygame.draw.rect(surface, p.header, header)
        title = fonts.render(_("Life review"), m.fs(34), p.header_ink, True)
        surface.blit(title, (m.px(24), m.px(10)))
        sub = fonts.fit(
            _("The game is over. Your trust has been updated. Thank you for your sincerity."),
            m.fs(15),
            mix(p.header_ink, p.header, 0.25),
            m.width - m.px(48),
        )
        surface.blit(sub, (m.px(24), m.px(12) + title.get_height()))
        y = header.bottom + m.px(14)
        results = self.results
        # the headline: who won and why, who holds the title
        size = m.fs(20)
        line = fonts.line_height(size, True)
        blit_icon(surface, "crown", (m.px(24) + line // 2, y + line // 2), line, p.accent)
        for text_line in fonts.wrap(win_reason(game, results), size, m.width - m.px(80), True)[:2]:
            surface.blit(
                fonts.render(text_line, size, p.ink, True), (m.px(24) + line + m.px(10), y)
            )
            y += line
        titled = [r for r in results if r.model_citizen]
        small = m.fs(16)
        sline = fonts.line_height(small)
        blit_icon(
            surface, "medal", (m.px(24) + line // 2, y + sline // 2 + m.px(4)), sline, p.ink_soft
        )
        mc = _("Model Citizen title: {names}, for the highest score ({score}).").format(
            names=", ".join(r.name for r in titled), score=titled[0].score if titled else 0
        )
        together = {r.seat for r in titled} & {r.seat for r in results if r.winner}
        mc += " " + (
            _("The best score and the best life went together this time.")
            if together
            else _("The best score and the best life did not go together.")
        )
        for text_line in fonts.wrap(mc, small, m.width - m.px(80))[:2]:
            surface.blit(
                fonts.render(text_line, small, p.ink_soft),
                (m.px(24) + line + m.px(10), y + m.px(4)),
            )
            y += sline
        y += m.px(14)
        # legend of the life points bar
        legend_size = m.fs(13)
        x = m.px(24)
        for part in PARTS:
            colour = STAT_COLOURS[part]
            blit_icon(surface, part_icon(part), (x + m.px(8), y + m.px(8)), m.px(16), colour)
            label = fonts.render(part_name(part), legend_size, p.ink_soft)
            surface.blit(label, (x + m.px(20), y))
            x += m.px(28) + label.get_width()
        y += fonts.line_height(legend_size) + m.px(8)
        bottom = m.height - m.px(52) - m.px(30)
        count = max(1, len(results))
        row_h = min(m.px(86), (bottom - y) // count)
        best = max(1, max(r.life_points for r in results))
        for r in results:
            rect = pygame.Rect(m.px(24), y, m.width - m.px(48), row_h - m.px(6))
            self.paint_row(surface, pen, rect, r, best)
            self.hotspots.append(Hotspot(rect, self.row_tooltip(r)))
            y += row_h

    def paint_row(
        self, surface: pygame.Surface, pen: Pen, rect: pygame.Rect, r: SeatResult, best: int
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
        score_text = _("score {score} ({tier})").format(
            score=r.score, tier=tier_name(self.game, r.tier)
        )
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
        bar = pygame.Rect(
            x, rect.y + pad, rect.right - pad - x, max(m.px(14), (rect.h - 2 * pad) // 2)
        )
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
                surface.blit(
                    icon(part_icon(part), ic, ink), (seg.x + m.px(4), seg.centery - ic // 2)
                )
                img = fonts.render(label, small, ink, True)
                surface.blit(img, (seg.x + ic + m.px(7), seg.centery - img.get_height() // 2))
            bx += w
        goal = goal_text(self.game, r.goal)
        mark = "\u2713 " + _("achieved") if r.goal_achieved else "\u2717 " + _("not achieved")
        goal_colour = GOOD if r.goal_achieved else BAD
        gy = bar.bottom + m.px(6)
        mark_img = fonts.render(mark, small, goal_colour, True)
        surface.blit(mark_img, (bar.x, gy))
        surface.blit(
            fonts.fit(goal, small, p.ink_soft, bar.w - mark_img.get_width() - m.px(10)),
            (bar.x + mark_img.get_width() + m.px(10), gy),
        )

    def row_tooltip(self, r: SeatResult) -> str:
        parts = ", ".join(f"{part_name(k)} {r.breakdown.get(k, 0)}" for k in PARTS)
        return "\n".join(
            [
                r.name + " \u2014 " + _("{n} life points").format(n=r.life_points),
                parts,
                goal_text(self.game, r.goal),
            ]
        )
