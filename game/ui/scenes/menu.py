"""The menu (Esc): resume, text size, full screen, back to the setup, quit."""

from __future__ import annotations

import pygame

from ...i18n import _
from ..metrics import TEXT_SIZES
from . import register
from .overlay import CardOverlay


def text_size_label(name: str) -> str:
    return {"small": _("Small"), "normal": _("Normal"), "large": _("Large"), "huge": _("Huge")}.get(
        name, name
    )


@register
class MenuScene(CardOverlay):
    name = "menu"

    def build(self) -> None:
        m = self.app.metrics
        entries = [
            (_("Resume (Esc)"), self.close, "", None),
            (
                self.text_size_text(),
                self.bigger_text,
                _("Larger letters for a projector: the layout stays."),
                self.adjust_text,
            ),
            (_("Full screen (F11)"), self.app.toggle_fullscreen, "", None),
            (
                _("Replays"),
                self.replays,
                _("Step through a saved game. A game in progress stays in the autosave."),
                None,
            ),
            (
                _("New game (back to the setup)"),
                self.new_game,
                _("Leave this game; it stays in the autosave."),
                None,
            ),
            (_("Quit"), self.app.quit, "", None),
        ]
        bh = m.px(50)
        gap = m.px(12)
        width = min(m.width - m.px(80), m.px(460))
        title_h = self.app.fonts.line_height(m.fs(24), True) + m.px(30)
        height = title_h + len(entries) * (bh + gap) + m.px(20)
        self.card = pygame.Rect(0, 0, width + m.px(60), height)
        self.card.center = (m.width // 2, m.height // 2)
        y = self.card.y + title_h
        for label, action, tip, adjust in entries:
            rect = pygame.Rect(self.card.x + m.px(30), y, width, bh)
            self.button(
                rect,
                label,
                action,
                tooltip=tip,
                kind="@primary" if action == self.close else "@action",
                adjust=adjust,
            )
            y += bh + gap

    def text_size_text(self) -> str:
        return _("Text size: {size}").format(size=text_size_label(self.app.text_size))

    def adjust_text(self, step: int) -> None:
        names = [n for n, _scale in TEXT_SIZES]
        index = names.index(self.app.text_size) if self.app.text_size in names else 1
        self.app.set_text_size(names[(index + step) % len(names)])

    def bigger_text(self) -> None:
        self.adjust_text(1)

    def setup_choices(self) -> object:
        for name in ("table", "end", "debrief", "replay"):
            scene = self.app.find(name)
            if scene is not None:
                return getattr(scene, "setup", None) or getattr(scene, "choices", None)
        return None

    def replays(self) -> None:
        self.app.goto("replays", choices=self.setup_choices())

    def new_game(self) -> None:
        table = self.app.find("table")
        setup = getattr(table, "setup", None)
        self.app.goto("setup", choices=setup)

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        self.paint_card(surface)
        title = fonts.fit(_("Menu"), m.fs(24), p.ink, self.card.w - m.px(40), bold=True)
        surface.blit(title, title.get_rect(midtop=(self.card.centerx, self.card.y + m.px(16))))
