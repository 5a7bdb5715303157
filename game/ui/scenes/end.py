"""The end: the life review. Who won and why, what each life was made of, who holds the title.

The "Debrief" button opens the scene registered as DEBRIEF_SCENE with the finished game
(`app.goto("debrief", game=..., setup=...)`); until a debrief scene is registered it is disabled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pygame

from ...engine import Game
from ...i18n import _
from ..icons import blit_icon
from ..paint.common import Pen
from ..paint.life import LifeLike, life_tooltip, paint_legend, paint_life_row
from ..palette import mix
from ..setup_model import SetupChoices, new_seed
from ..widgets import Hotspot
from . import has_scene, register
from .base import Scene

DEBRIEF_SCENE = "debrief"


def win_reason(game: Game, results: Sequence[LifeLike]) -> str:
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


def title_text(results: Sequence[LifeLike]) -> str:
    """Who holds the Model Citizen title, and whether the best score and best life met."""
    titled = [r for r in results if r.model_citizen]
    text = _("Model Citizen title: {names}, for the highest score ({score}).").format(
        names=", ".join(r.name for r in titled), score=titled[0].score if titled else 0
    )
    together = {r.seat for r in titled} & {r.seat for r in results if r.winner}
    return (
        text
        + " "
        + (
            _("The best score and the best life went together this time.")
            if together
            else _("The best score and the best life did not go together.")
        )
    )


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
        choices = self.setup.copy() if self.setup is not None else SetupChoices.of_game(self.game)
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
        small = m.fs(16)
        sline = fonts.line_height(small)
        blit_icon(
            surface, "medal", (m.px(24) + line // 2, y + sline // 2 + m.px(4)), sline, p.ink_soft
        )
        mc = title_text(results)
        for text_line in fonts.wrap(mc, small, m.width - m.px(80))[:2]:
            surface.blit(
                fonts.render(text_line, small, p.ink_soft),
                (m.px(24) + line + m.px(10), y + m.px(4)),
            )
            y += sline
        y += m.px(14)
        y += paint_legend(surface, pen, (m.px(24), y), m.fs(13)) + m.px(8)
        bottom = m.height - m.px(52) - m.px(30)
        count = max(1, len(results))
        row_h = min(m.px(86), (bottom - y) // count)
        best = max(1, max(r.life_points for r in results))
        for r in results:
            rect = pygame.Rect(m.px(24), y, m.width - m.px(48), row_h - m.px(6))
            paint_life_row(surface, pen, rect, r, best, game)
            self.hotspots.append(Hotspot(rect, life_tooltip(r, game)))
            y += row_h
