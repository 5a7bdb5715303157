"""A scroll position over a page taller than its view, with a bar to see and drag it.

Wheel, arrows, Page Up/Down, Home/End and the bar (a click on the track moves a page, the thumb
drags) all move the same offset; it always stays within the page.
"""

from __future__ import annotations

import pygame

from ..palette import Colour


class Scroller:
    def __init__(self) -> None:
        self.offset = 0
        self.content = 0
        self.view = pygame.Rect(0, 0, 0, 0)
        self.dragging: int | None = None  # the mouse's distance from the thumb's top

    def set(self, content: int, view: pygame.Rect) -> None:
        self.content, self.view = content, view
        self.offset = self.clamp(self.offset)

    @property
    def limit(self) -> int:
        return max(0, self.content - self.view.h)

    @property
    def needed(self) -> bool:
        return self.limit > 0

    def clamp(self, offset: int) -> int:
        return max(0, min(self.limit, offset))

    def by(self, pixels: int) -> bool:
        """Scroll by some pixels; True if the offset changed."""
        before = self.offset
        self.offset = self.clamp(self.offset + pixels)
        return self.offset != before

    def page(self, pages: int) -> bool:
        return self.by(pages * max(1, int(self.view.h * 0.9)))

    def to(self, offset: int) -> bool:
        before = self.offset
        self.offset = self.clamp(offset)
        return self.offset != before

    # -- the bar -------------------------------------------------------------------------------

    def track(self, width: int) -> pygame.Rect:
        return pygame.Rect(self.view.right - width, self.view.y, width, self.view.h)

    def thumb(self, width: int) -> pygame.Rect:
        track = self.track(width)
        if not self.needed:
            return track
        h = max(width * 2, round(track.h * self.view.h / self.content))
        y = track.y + round((track.h - h) * self.offset / self.limit)
        return pygame.Rect(track.x, y, width, h)

    def press(self, pos: tuple[int, int], width: int) -> bool:
        """A click on the bar: on the thumb it starts a drag, above or below it moves a page."""
        if not self.needed or not self.track(width).collidepoint(pos):
            return False
        thumb = self.thumb(width)
        if thumb.collidepoint(pos):
            self.dragging = pos[1] - thumb.y
        else:
            self.page(-1 if pos[1] < thumb.y else 1)
        return True

    def drag(self, y: int, width: int) -> bool:
        if self.dragging is None or not self.needed:
            return False
        track = self.track(width)
        h = self.thumb(width).h
        share = (y - self.dragging - track.y) / max(1, track.h - h)
        return self.to(round(share * self.limit))

    def release(self) -> None:
        self.dragging = None

    def paint(self, surface: pygame.Surface, width: int, track: Colour, thumb: Colour) -> None:
        if not self.needed:
            return
        radius = width // 2
        pygame.draw.rect(surface, track, self.track(width), border_radius=radius)
        pygame.draw.rect(surface, thumb, self.thumb(width), border_radius=radius)
