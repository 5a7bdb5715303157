"""Text for the painted parts of the table: cached fonts, cached text surfaces, wrapping, fitting.

Rendering text is the costliest thing a frame does, so every (text, size, colour) is rendered
once and kept. `seen` records what was drawn since it was last cleared: tests use it to check that
a private string never reaches the screen. `clipped` records every text that did not fit the box
it was given (cut with an ellipsis, or more lines than the box holds): tests use it to check that
no label, in any language, is cut off at the window sizes the table supports.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

import pygame

from .palette import Colour
from .theme import FONT_BOLD, FONT_REGULAR

ELLIPSIS = "\u2026"
# A line may break after a hyphen inside a word too: Dutch "VPN-" / "abonnement".
AFTER_HYPHEN = re.compile(r"(?<=\w-)(?=\w)")


def word_parts(word: str) -> list[str]:
    """The pieces of a word a line may break between: 'Alles-in-één' -> 'Alles-', 'in-', 'één'."""
    return AFTER_HYPHEN.split(word)


@dataclass(frozen=True, slots=True)
class Clip:
    """A text that did not fit its box: how wide the box was, and what happened to the text."""

    text: str
    width: int
    how: str  # "cut" (ended with an ellipsis) or "lines" (more lines than the box holds)


class FontBook:
    """Fonts by (pixel size, bold), and a bounded cache of rendered text."""

    def __init__(self, cache_size: int = 4096) -> None:
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._texts: OrderedDict[tuple[str, int, bool, Colour], pygame.Surface] = OrderedDict()
        # wrapped lines, and whether a word too long for the width had to be cut
        self._wraps: dict[tuple[str, int, bool, int], tuple[list[str], bool]] = {}
        self._cache_size = cache_size
        self.seen: set[str] | None = None  # set to a set() to record every string drawn
        self.clipped: list[Clip] | None = None  # set to a list to record every text cut short

    def _clip(self, text: str, width: int, how: str) -> None:
        if self.clipped is not None:
            self.clipped.append(Clip(text, int(width), how))

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
        self._clip(text, width, "cut")
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
            if found[1]:
                self._clip(text, width, "cut")
            return found[0]
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                for index, part in enumerate(word_parts(word)):
                    joined = f"{line}{part}" if index else f"{line} {part}"
                    candidate = joined if line else part
                    if self.width(candidate, size, bold) <= width or not line:
                        line = candidate
                    else:
                        lines.append(line)
                        line = part
            lines.append(line)
        fitted = [self.cut(line, size, width, bold) for line in lines]
        if len(self._wraps) > self._cache_size:
            self._wraps.clear()
        self._wraps[key] = (fitted, fitted != lines)
        return fitted

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
            # a size at which a word is too long is no candidate (wrapping would cut the word)
            parts = (part for word in text.split() for part in word_parts(word))
            if all(self.width(part, current, bold) <= width for part in parts):
                lines = self.wrap(text, current, width, bold)
                if len(lines) <= max_lines:
                    return lines, current
            current -= 1
        lines = self.wrap(text, current, width, bold)
        if len(lines) > max_lines:
            self._clip(text, width, "lines")
        return lines, current

    def wrap_box(
        self,
        text: str,
        size: int,
        width: int,
        height: int,
        bold: bool = False,
        min_size: int = 8,
    ) -> tuple[list[str], int]:
        """Wrapped lines and the largest size (down to min_size) at which they fill at most
        `width` x `height` pixels; at min_size, as many lines as the box holds."""
        current = size
        while current > min_size:
            rows = max(1, height // self.line_height(current, bold))
            parts = (part for word in text.split() for part in word_parts(word))
            if all(self.width(part, current, bold) <= width for part in parts):
                lines = self.wrap(text, current, width, bold)
                if len(lines) <= rows:
                    return lines, current
            current -= 1
        rows = max(1, height // self.line_height(current, bold))
        return self.wrap_fit(text, current, width, rows, bold, current)

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
            self._clip(" ".join(lines), 0, "lines")
            lines = lines[: max_lines - 1] + [lines[max_lines - 1].rstrip(ELLIPSIS) + ELLIPSIS]
        for line in lines:
            surface.blit(self.render(line, size, colour, bold), (x, y))
            y += height
        return y

    def clear(self) -> None:
        self._texts.clear()
        self._wraps.clear()
