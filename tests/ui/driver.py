"""Drive the real app with real events: clicks at widget positions, key presses, text typing."""

from __future__ import annotations

from collections.abc import Callable

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIButton

from game.ui.app import App
from game.ui.scenes.base import Scene

STEP = 1 / 30


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def scene(self) -> Scene:
        assert self.app.top is not None
        return self.app.top

    def step(self, frames: int = 1, dt: float = STEP) -> None:
        for _ in range(frames):
            self.app.step(dt)

    def until(self, condition: Callable[[], bool], frames: int = 3000, dt: float = STEP) -> None:
        for _ in range(frames):
            if condition():
                return
            self.app.step(dt)
        assert condition(), "the condition never came true"

    # -- input ------------------------------------------------------------------------------------

    def click_at(self, pos: tuple[int, int], button: int = 1) -> None:
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))
        self.step()

    def click(self, element: UIElement) -> None:
        self.click_at(element.get_abs_rect().center)

    def key(self, key: int, unicode: str = "", mod: int = 0) -> None:
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)
        )
        pygame.event.post(
            pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0)
        )
        self.step()

    def type(self, text: str) -> None:
        for char in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
        self.step()

    def resize(self, size: tuple[int, int]) -> None:
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size))
        self.step()

    # -- looking ----------------------------------------------------------------------------------

    def visible(self) -> list[UIElement]:
        return [
            e
            for e in self.app.manager.get_sprite_group().sprites()
            if isinstance(e, UIElement) and e.visible and e.get_abs_rect().w > 0
        ]

    def buttons(self) -> list[UIButton]:
        return [e for e in self.visible() if isinstance(e, UIButton) and e.is_enabled]

    def button(self, text: str) -> UIButton:
        found = [b for b in self.buttons() if text in b.text]
        assert found, f"no visible button with '{text}' (have: {[b.text for b in self.buttons()]})"
        return found[0]

    def texts_drawn(self) -> set[str]:
        """Every string painted in one fresh frame, and the text of every visible widget."""
        fonts = self.app.fonts
        fonts.seen = set()
        for scene in self.app.stack:
            scene.repaint()
        self.step()
        seen = set(fonts.seen)
        fonts.seen = None
        seen |= {getattr(e, "text", "") or "" for e in self.visible()}
        return seen
