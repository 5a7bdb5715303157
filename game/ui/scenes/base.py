"""What a scene is: a screen that owns its widgets, paints itself, and reacts to input.

A scene builds its pygame_gui widgets inside one root container in `build()`, and `build()` runs
again whenever the window size, the text size or the era's colours change; so a scene keeps its
state in attributes and derives every widget and rectangle from that state and `app.metrics`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import pygame
import pygame_gui
from pygame_gui.core import ObjectID
from pygame_gui.elements import UIButton

from ..theme import SMALLER_KINDS
from ..widgets import FocusRing, Hotspot, as_html

if TYPE_CHECKING:
    from ..app import App


# The font of each button kind in assets/ui/theme.json (design size, bold), to fit labels.
BUTTON_FONTS: dict[str, tuple[int, bool]] = {
    "@primary": (20, True),
    "@action": (16, True),
    "@tool": (14, True),
    "@cycler": (15, False),
} | {kind: (size, True) for kind, (_base, size) in SMALLER_KINDS.items()}
# Text room a label leaves in its button: the theme's padding on both sides, or on the left only
# (left-aligned kinds) plus a little air on the right.
LABEL_PADDING: dict[str, int] = {"@tool": 12, "@action": 18, "@cycler": 18} | {
    kind: 18 for kind in SMALLER_KINDS
}
# What a label too long for an action button tries before it is cut: the same button, smaller type
SHRINK_STEPS: dict[str, tuple[str, ...]] = {"@action": ("@action", *SMALLER_KINDS)}


class Scene:
    """Base class. Subclasses set `name`, and override build/update/draw/handle_event as needed."""

    name: ClassVar[str] = ""
    opaque: ClassVar[bool] = True  # False: the scene below is painted first (an overlay)

    def __init__(self, app: App, **_: Any) -> None:
        self.app = app
        self.root: pygame_gui.core.UIContainer | None = None
        self.focus = FocusRing(app.manager)
        self.hotspots: list[Hotspot] = []
        self._canvas: pygame.Surface | None = None

    # -- life cycle --------------------------------------------------------------------------------

    def enter(self) -> None:
        self.build_root()

    def exit(self) -> None:
        self.clear()

    def suspend(self) -> None:
        """Another scene goes on top: hide our widgets so they take no clicks."""
        if self.root is not None:
            self.root.hide()

    def resume(self) -> None:
        if self.root is not None:
            self.root.show()

    def build_root(self) -> None:
        """(Re)create the widgets; the keyboard focus stays on the same control if it can."""
        kept = self.focus.index
        self.clear()
        self._canvas = None
        self.focus = FocusRing(self.app.manager)
        self.root = pygame_gui.core.UIContainer(self.app.metrics.rect, self.app.manager)
        self.build()
        if 0 < kept < len(self.focus.items):
            self.focus.index = kept

    def build(self) -> None:
        """Create the widgets for the current window (inside self.root)."""

    def clear(self) -> None:
        if self.root is not None:
            self.root.kill()
            self.root = None
        self.focus.clear()
        self.hotspots = []

    # -- every frame -------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> bool:
        """React to an event pygame_gui did not use; True if it was used."""
        if event.type == pygame.KEYDOWN:
            return self.focus.handle_key(event)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for spot in reversed(self.hotspots):
                if spot.on_click is not None and spot.rect.collidepoint(event.pos):
                    self.app.defer(spot.on_click)
                    return True
        return False

    def update(self, dt: float) -> None:
        """Advance animations and play."""

    def draw(self, surface: pygame.Surface) -> None:
        """Paint under the widgets: by default the still picture from `paint`, made once."""
        if self._canvas is None or self._canvas.get_size() != surface.get_size():
            if self.opaque:
                self._canvas = pygame.Surface(surface.get_size()).convert()
            else:
                self._canvas = pygame.Surface(surface.get_size(), pygame.SRCALPHA).convert_alpha()
            self.hotspots = []
            self.paint(self._canvas)
        surface.blit(self._canvas, (0, 0))

    def paint(self, canvas: pygame.Surface) -> None:
        """The scene's still picture (painted again only after a rebuild or `repaint`)."""

    def repaint(self) -> None:
        self._canvas = None

    def draw_over(self, surface: pygame.Surface) -> None:
        """Paint over the widgets (the keyboard focus)."""
        m = self.app.metrics
        self.focus.draw(surface, self.app.palette.focus, max(2, m.px(3)))

    def fit_label(self, text: str, kind: str, width: int) -> str:
        """The label as it fits a button of this kind and width (the theme's font, its padding)."""
        size, bold = BUTTON_FONTS.get(kind, (16, False))
        m = self.app.metrics
        padding = m.px(LABEL_PADDING.get(kind, 26))
        return self.app.fonts.cut(text, m.fs(size), max(10, width - padding), bold)

    def fitting_kind(self, text: str, kind: str, width: int) -> str:
        """The kind whose type fits the label whole in a button of this width: the kind itself,
        else a smaller type of it (down to a readable minimum); the smallest if none does."""
        steps = SHRINK_STEPS.get(kind, (kind,))
        m, fonts = self.app.metrics, self.app.fonts
        for step in steps:
            size, bold = BUTTON_FONTS[step]
            room = width - m.px(LABEL_PADDING.get(step, 26))
            if fonts.width(text, m.fs(size), bold) <= room:
                return step
        return steps[-1]

    # -- helpers -----------------------------------------------------------------------------------

    def button(
        self,
        rect: pygame.Rect,
        text: str,
        on_click: Callable[[], None],
        *,
        tooltip: str = "",
        kind: str = "@action",
        focus: bool = True,
        adjust: Callable[[int], None] | None = None,
        object_id: str | None = None,
        shrink: bool = False,
    ) -> UIButton:
        """A themed button whose click runs `on_click` after the current event (never during it).

        With `shrink`, a label too long for the button is set in a smaller type first (action
        rows in a narrow column). A label that still does not fit is cut with an ellipsis; the
        tooltip then gives it whole."""
        if shrink:
            kind = self.fitting_kind(text, kind, rect.w)
        label = self.fit_label(text, kind, rect.w)
        if label != text:
            tooltip = f"{text}\n{tooltip}" if tooltip else text
        button = UIButton(
            rect,
            label,
            self.app.manager,
            container=self.root,
            tool_tip_text=as_html(tooltip) if tooltip else None,
            object_id=ObjectID(class_id=kind, object_id=object_id),
        )
        button.bind(pygame_gui.UI_BUTTON_PRESSED, lambda: self.app.defer(on_click))
        if focus:
            self.focus.add(button, lambda: self.app.defer(on_click), adjust)
        return button
