"""The application: one window, one pygame_gui manager, a stack of scenes, and the frame loop.

`App.step(dt)` runs one frame (events, update, draw) for a given time step, so tests and the
demo drive the real app without a clock; `App.run()` is the same with a real clock. Only the top
scene gets input and time; scenes below an overlay are painted but wait.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import pygame
import pygame_gui
from pygame_gui.elements import UITextEntryLine

from ..i18n import _
from ..saves import SaveStore
from .fonts import FontBook
from .metrics import Metrics, text_scale_of
from .paint.common import Pen, background
from .palette import Palette, palette_for
from .scenes import Scene, scene_class
from .theme import build_theme
from .widgets import TooltipHost

MIN_SIZE = (800, 480)
INVISIBLE_DRIVERS = ("offscreen", "dummy")


class DisplayUnavailable(RuntimeError):
    """No window can be opened here (no display, or the video driver refused)."""


class Clock(Protocol):
    def tick(self, framerate: int = 0) -> int: ...


def open_window(size: tuple[int, int], fullscreen: bool = False) -> pygame.Surface:
    """Start pygame's display (video only: no mixer, so a machine without sound is fine).

    SDL falls back to an invisible "offscreen" window where there is no display; that counts as
    no display unless SDL_VIDEODRIVER asked for it (as tests and the headless demo do)."""
    asked = os.environ.get("SDL_VIDEODRIVER", "")
    if (
        sys.platform.startswith("linux")
        and not asked
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        raise DisplayUnavailable("no DISPLAY or WAYLAND_DISPLAY")
    try:
        pygame.display.init()
        if pygame.display.get_driver() in INVISIBLE_DRIVERS and asked not in INVISIBLE_DRIVERS:
            raise DisplayUnavailable(
                f"only the {pygame.display.get_driver()} video driver is available"
            )
        pygame.font.init()
        flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
        window = pygame.display.set_mode((0, 0) if fullscreen else size, flags)
    except pygame.error as exc:
        raise DisplayUnavailable(str(exc) or "no video device") from None
    pygame.key.set_repeat(400, 40)
    return window


class App:
    """The window and its scenes. Create it, `goto` a scene, then `run()` or call `step(dt)`."""

    def __init__(
        self,
        size: tuple[int, int] = (1280, 720),
        *,
        fullscreen: bool = False,
        text_size: str = "normal",
        autosaver: SaveStore | None = None,
        threaded_bots: bool = True,
        clock: Clock | None = None,
    ) -> None:
        self.window = open_window(size, fullscreen)
        pygame.display.set_caption(_("Model Citizen"))
        self.fullscreen = fullscreen
        self.windowed_size = size
        self.text_size = text_size
        self.autosaver = autosaver
        self.threaded_bots = threaded_bots
        self.clock = clock
        self.era = 1
        self.metrics = Metrics(*self.window.get_size(), text_scale_of(text_size))
        self.manager = pygame_gui.UIManager(
            self.window.get_size(), self._theme(), enable_live_theme_updates=False
        )
        self.fonts = FontBook()
        self.tooltips = TooltipHost(self.manager)
        self.stack: list[Scene] = []
        self.running = True
        self.frames = 0
        self.last_dt = 0.0
        self._deferred: list[Callable[[], object]] = []
        self.on_frame: Callable[[App], None] | None = None  # a hook for the demo and benchmarks
        self._backdrop: tuple[tuple[tuple[int, int], int], pygame.Surface] | None = None

    # -- look --------------------------------------------------------------------------------------

    @property
    def palette(self) -> Palette:
        return palette_for(self.era)

    def _theme(self) -> dict[str, Any]:
        return build_theme(self.metrics.scale, self.metrics.text_scale, self.era)

    def backdrop(self) -> pygame.Surface:
        """The window's background in the era's colours, painted once per size and era."""
        key = (self.window.get_size(), self.era)
        if self._backdrop is None or self._backdrop[0] != key:
            surface = pygame.Surface(key[0]).convert()
            background(surface, Pen(self.fonts, self.metrics, self.palette), self.era)
            self._backdrop = (key, surface)
        return self._backdrop[1]

    def set_era(self, era: int) -> None:
        """The app turns colder as surveillance grows: re-theme and rebuild when the era changes."""
        if era != self.era:
            self.era = era
            self.restyle()

    def set_text_size(self, name: str) -> None:
        if name != self.text_size:
            self.text_size = name
            self.resize(self.window.get_size())

    def restyle(self) -> None:
        self.tooltips.close()
        self.manager.get_theme().load_theme(self._theme())
        self.fonts.clear()
        for scene in self.stack:
            scene.build_root()
        for scene in self.stack[:-1]:
            scene.suspend()

    def resize(self, size: tuple[int, int]) -> None:
        size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        if self.window.get_size() != size:
            flags = pygame.FULLSCREEN if self.fullscreen else pygame.RESIZABLE
            self.window = pygame.display.set_mode(size, flags)
        if not self.fullscreen:
            self.windowed_size = size
        self.metrics = Metrics(*self.window.get_size(), text_scale_of(self.text_size))
        self.manager.set_window_resolution(self.window.get_size())
        self.restyle()

    def toggle_fullscreen(self) -> None:
        try:
            if self.fullscreen:
                self.fullscreen = False
                self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
            else:
                self.fullscreen = True
                self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        except pygame.error:
            self.fullscreen = False
        self.resize(self.window.get_size())

    # -- scenes ------------------------------------------------------------------------------------

    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def _make(self, name: str, **kwargs: Any) -> Scene:
        cls = scene_class(name)
        if cls is None:
            raise KeyError(f"no scene named '{name}'")
        return cls(self, **kwargs)

    def goto(self, name: str, **kwargs: Any) -> Scene:
        """Leave every open scene and open `name`."""
        scene = self._make(name, **kwargs)
        self.tooltips.close()
        while self.stack:
            self.stack.pop().exit()
        self.stack.append(scene)
        scene.enter()
        return scene

    def push(self, name: str, **kwargs: Any) -> Scene:
        """Open `name` on top of the current scene (an overlay, or a screen to come back from)."""
        scene = self._make(name, **kwargs)
        self.tooltips.close()
        if self.stack:
            self.stack[-1].suspend()
        self.stack.append(scene)
        scene.enter()
        return scene

    def pop(self) -> None:
        if len(self.stack) <= 1:
            return
        self.tooltips.close()
        self.stack.pop().exit()
        self.stack[-1].resume()

    def find(self, name: str) -> Scene | None:
        for scene in reversed(self.stack):
            if scene.name == name:
                return scene
        return None

    def defer(self, action: Callable[[], object]) -> None:
        """Run `action` once the current event is handled (so widgets are not killed mid-event)."""
        self._deferred.append(action)

    def _run_deferred(self) -> None:
        while self._deferred:
            self._deferred.pop(0)()

    def quit(self) -> None:
        self.running = False

    # -- frames ------------------------------------------------------------------------------------

    def typing(self) -> bool:
        return any(isinstance(e, UITextEntryLine) for e in self.manager.get_focus_set() or ())

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type == pygame.VIDEORESIZE:
            self.resize((event.w, event.h))
            return
        if self.manager.process_events(event):
            return
        if event.type == pygame.KEYDOWN and self._global_key(event):
            return
        top = self.top
        if top is not None:
            top.handle_event(event)

    def _global_key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_F11:
            self.toggle_fullscreen()
            return True
        if self.typing():
            return False
        if event.key == pygame.K_h or getattr(event, "unicode", "") == "?":
            self.toggle_help()
            return True
        return False

    def toggle_help(self) -> None:
        top = self.top
        if top is not None and top.name == "help":
            self.pop()
        elif top is not None:
            self.push("help")

    def step(self, dt: float) -> bool:
        """One frame: events, then time, then drawing. Returns False once the app should close."""
        self.last_dt = dt
        for event in pygame.event.get():
            self.handle(event)
            self._run_deferred()
            if not self.running:
                return False
        top = self.top
        if top is not None:
            top.update(dt)
            self.tooltips.update(
                dt, top.hotspots, pygame.mouse.get_pos(), self.manager.get_hovering_any_element()
            )
        self.manager.update(dt)
        self._run_deferred()
        self.draw()
        self.frames += 1
        if self.on_frame is not None:
            self.on_frame(self)
        return self.running

    def draw(self) -> None:
        visible: list[Scene] = []
        for scene in reversed(self.stack):
            visible.insert(0, scene)
            if scene.opaque:
                break
        if not visible or not visible[0].opaque:
            self.window.fill(self.palette.background)
        for scene in visible:
            scene.draw(self.window)
        self.manager.draw_ui(self.window)
        if self.top is not None:
            self.top.draw_over(self.window)
        pygame.display.flip()

    def run(self, max_frames: int = 0) -> int:
        """The frame loop with a real clock (60 frames a second at most)."""
        clock = self.clock or pygame.time.Clock()
        while self.running:
            dt = min(clock.tick(60) / 1000.0, 0.1)
            if not self.step(dt):
                break
            if max_frames and self.frames >= max_frames:
                break
        self.close()
        return 0

    def screenshot(self, path: str | Path) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.window, str(target))
        return target

    def close(self) -> None:
        while self.stack:
            self.stack.pop().exit()
        self.tooltips.close()
