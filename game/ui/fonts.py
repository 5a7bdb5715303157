"""Text for the painted parts of the table: cached fonts, cached text surfaces, wrapping, fitting.

Rendering text is the costliest thing a frame does, so every (text, size, colour) is rendered
once and kept. `seen` records what was drawn since it was last cleared: tests use it to check that
a private string never reaches the screen.
"""

from __future__ import annotations

from collections import OrderedDict

import pygame

from .palette import Colour
from .theme import FONT_BOLD, FONT_REGULAR

ELLIPSIS = "\u2026"


class FontBook:
    """Fonts by (pixel size, bold), and a bounded cache of rendered text."""

    def __init__(self, cache_size: int = 4096) -> None:
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._texts: OrderedDict[tuple[str, int, bool, Colour], pygame.Surface] = OrderedDict()
        self._wraps: dict[tuple[str, int, bool, int], list[str]] = {}
        self._cache_size = cache_size
        self.seen: set[str] | None = None  # set to a set() to record every string drawn

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        size = max(6, int(size))
        key = (size, bold)
        found = self._fonts.get(key)
        if found is None:
            found = pygame.font.Font(str(FONT_BOLD if bold else FONT_REGULAR), size)
            self._fonts[key] = found
        return found

    def line_height(self, size: int, bold: bool = False) -> int:
        return int(self.font(size, bold).get_linesize())

    def width(self, text: str, size: int, bold: bool = False) -> int:
        return int(self.font(size, bold).size(text)[0])

    def render(self, text: str, size: int, colour: Colour, bold: bool = False) -> pygame.Surface:
        if self.seen is not None:
            self.seen.add(text)
        key = (text, int(size), bold, colour)
        surface = self._texts.get(key)
        if surface is not None:
            self._texts.move_to_end(key)
            return surface
        surface = self.font(size, bold).render(text, True, colour)
        self._texts[key] = surface
        if len(self._texts) > self._cache_size:
            self._texts.popitem(last=False)
        return surface

    def fit(
        self,
        text: str,
        size: int,
        colour: Colour,
        width: int,
        bold: bool = False,
        min_size: int = 0,
    ) -> pygame.Surface:
        """The text in at most `width` pixels: a smaller size first (down to min_size), then cut."""
        min_size = min_size or max(8, int(size * 0.8))
        current = size
        while current > min_size and self.width(text, current, bold) > width:
            current -= 1
        if self.width(text, current, bold) <= width:
            return self.render(text, current, colour, bold)
        return self.render(self.cut(text, current, width, bold), current, colour, bold)

    def cut(self, text: str, size: int, width: int, bold: bool = False) -> str:
        """The longest beginning of text that fits in width, with an ellipsis."""
        if self.width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            mid = (low + high + 1) // 2
            if self.width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        """Lines of at most `width` pixels, broken at spaces (a too-long word is cut)."""
        key = (text, int(size), bold, int(width))
        found = self._wraps.get(key)
        if found is not None:
            return found
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if self.width(candidate, size, bold) <= width or not line:
                    line = candidate
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
        lines = [self.cut(line, size, width, bold) for line in lines]
        if len(self._wraps) > self._cache_size:
            self._wraps.clear()
        self._wraps[key] = lines
        return lines

    def wrap_fit(
        self,
        text: str,
        size: int,
        width: int,
        max_lines: int,
        bold: bool = False,
        min_size: int = 8,
    ) -> tuple[list[str], int]:
        """Wrapped lines and the largest size (down to min_size) at which the text fits whole."""
        current = size
        while current > min_size:
            words_fit = all(self.width(w, current, bold) <= width for w in text.split())
            lines = self.wrap(text, current, width, bold)
            if words_fit and len(lines) <= max_lines:
                return lines, current
            current -= 1
        return self.wrap(text, current, width, bold), current

    def blit_lines(
        self,
        surface: pygame.Surface,
        lines: list[str],
        pos: tuple[int, int],
        size: int,
        colour: Colour,
        bold: bool = False,
        max_lines: int = 0,
    ) -> int:
        """Draw wrapped lines from pos; returns the y below the last line drawn."""
        x, y = pos
        height = self.line_height(size, bold)
        if max_lines and len(lines) > max_lines:
            lines = lines[: max_lines - 1] + [lines[max_lines - 1].rstrip(ELLIPSIS) + ELLIPSIS]
        for line in lines:
            surface.blit(self.render(line, size, colour, bold), (x, y))
            y += height
        return y

    def clear(self) -> None:
        self._texts.clear()
        self._wraps.clear()
