"""What the overlays share (help, the menu, the teacher's controls, the reveal): one card over the
dimmed scene below, closed with Esc (and a key of its own for some)."""

from __future__ import annotations

from typing import Any, ClassVar

import pygame

from .base import Scene


class CardOverlay(Scene):
    """A scene painted over the one below: its widgets sit on `self.card`, set in `build`."""

    opaque = False
    close_keys: ClassVar[tuple[int, ...]] = (pygame.K_ESCAPE,)

    def __init__(self, app: Any, **_kw: Any) -> None:
        super().__init__(app)
        self.card = pygame.Rect(0, 0, 0, 0)

    def close(self) -> None:
        self.app.pop()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in self.close_keys:
            self.app.defer(self.close)
            return True
        return super().handle_event(event)

    def paint_card(self, surface: pygame.Surface) -> None:
        """Dim the scene below (it shows through: the canvas has an alpha) and lay the card."""
        m, p = self.app.metrics, self.app.palette
        surface.fill(p.dim)
        pygame.draw.rect(surface, p.panel, self.card, border_radius=m.px(16))
        pygame.draw.rect(surface, p.accent, self.card, m.px(3), border_radius=m.px(16))
