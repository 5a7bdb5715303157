"""Small pieces every scene uses: keyboard focus, painted hotspots, tooltips for painted things.

- FocusRing: Tab / Shift+Tab / arrows move a visible focus over a scene's controls, Enter or
  Space activates, Left/Right adjust a control that has values (a "cycler").
- Hotspot: a painted region (a seat, a card, a node of the graph) with a tooltip and a click.
- TooltipHost: shows a pygame_gui tooltip for the hotspot under the mouse after a short hover.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UITextEntryLine, UITooltip

from .palette import Colour

Action = Callable[[], None]


@dataclass(slots=True)
class Focusable:
    element: UIElement
    activate: Action
    adjust: Callable[[int], None] | None = None


class FocusRing:
    """The keyboard's place among a scene's controls, drawn as a thick outline."""

    def __init__(self, manager: pygame_gui.UIManager) -> None:
        self.manager = manager
        self.items: list[Focusable] = []
        self.index = 0
        self.visible = True

    def clear(self) -> None:
        self.items.clear()
        self.index = 0

    def add(
        self, element: UIElement, activate: Action, adjust: Callable[[int], None] | None = None
    ) -> None:
        self.items.append(Focusable(element, activate, adjust))

    @property
    def current(self) -> Focusable | None:
        live = [item for item in self.items if item.element.visible and item.element.is_enabled]
        if not live:
            return None
        item = self.items[self.index % len(self.items)] if self.items else None
        if item is None or item not in live:
            return live[0]
        return item

    def focus_on(self, element: UIElement) -> None:
        for i, item in enumerate(self.items):
            if item.element is element:
                self.index = i
                self._sync_text_focus()
                return

    def move(self, step: int) -> None:
        if not self.items:
            return
        for _ in range(len(self.items)):
            self.index = (self.index + step) % len(self.items)
            item = self.items[self.index]
            if item.element.visible and item.element.is_enabled:
                break
        self._sync_text_focus()

    def _sync_text_focus(self) -> None:
        item = self.current
        if item is not None and isinstance(item.element, UITextEntryLine):
            self.manager.set_focus_set(item.element)
        else:
            self.manager.set_focus_set(None)

    def handle_key(self, event: pygame.event.Event) -> bool:
        """Tab, arrows, Enter and Space; True if the key was used."""
        key = event.key
        if key == pygame.K_TAB:
            self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            return True
        if key in (pygame.K_DOWN, pygame.K_UP):
            self.move(1 if key == pygame.K_DOWN else -1)
            return True
        item = self.current
        if item is None:
            return False
        if key in (pygame.K_LEFT, pygame.K_RIGHT):
            if item.adjust is not None:
                item.adjust(1 if key == pygame.K_RIGHT else -1)
            else:
                self.move(1 if key == pygame.K_RIGHT else -1)
            return True
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            if isinstance(item.element, UITextEntryLine):
                self.move(1)
            else:
                item.activate()
            return True
        return False

    def draw(self, surface: pygame.Surface, colour: Colour, width: int) -> None:
        item = self.current
        if not self.visible or item is None:
            return
        rect = item.element.get_abs_rect().inflate(width * 2 + 2, width * 2 + 2)
        pygame.draw.rect(surface, colour, rect, width, border_radius=width * 3)


@dataclass(slots=True)
class Hotspot:
    """A painted region with words to show on hover and, maybe, something to do on a click."""

    rect: pygame.Rect
    tooltip: str | Callable[[], str] = ""
    on_click: Action | None = None

    def text(self) -> str:
        return self.tooltip() if callable(self.tooltip) else self.tooltip


class TooltipHost:
    """A pygame_gui tooltip for the painted hotspot under the mouse, after a short hover."""

    DELAY = 0.45

    def __init__(self, manager: pygame_gui.UIManager) -> None:
        self.manager = manager
        self.hovered: Hotspot | None = None
        self.timer = 0.0
        self.tip: UITooltip | None = None

    def update(
        self, dt: float, hotspots: list[Hotspot], mouse: tuple[int, int], blocked: bool
    ) -> None:
        found = None
        if not blocked:
            for spot in reversed(hotspots):
                if spot.rect.collidepoint(mouse) and spot.tooltip:
                    found = spot
                    break
        if found is not self.hovered:
            self.close()
            self.hovered = found
            self.timer = 0.0
            return
        if found is None or self.tip is not None:
            return
        self.timer += dt
        if self.timer >= self.DELAY:
            text = found.text()
            if text:
                self.tip = UITooltip(as_html(text), (0, 12), self.manager)
                self.tip.find_valid_position(
                    pygame.math.Vector2(found.rect.centerx, found.rect.bottom)
                )

    def close(self) -> None:
        if self.tip is not None:
            self.tip.kill()
            self.tip = None


def as_html(text: str) -> str:
    """Plain text for pygame_gui's HTML-like text boxes: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")
