"""Animations a room can follow: dials that turn to a new score, numbers that rise and fade."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame


def ease_out(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return 1 - (1 - t) ** 3


@dataclass(slots=True)
class Tween:
    """A number moving from `start` to `end` over `duration` seconds."""

    start: float
    end: float
    duration: float = 0.9
    elapsed: float = 0.0

    def step(self, dt: float) -> float:
        self.elapsed += dt
        return self.value

    @property
    def value(self) -> float:
        return self.start + (self.end - self.start) * ease_out(self.elapsed / self.duration)

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration


@dataclass(slots=True)
class Floater:
    """A "+12" that rises from where the score changed and fades out."""

    image: pygame.Surface
    pos: tuple[int, int]
    rise: int
    key: tuple[object, ...] = ()
    duration: float = 1.6
    elapsed: float = 0.0
    delay: float = 0.0
    _alpha_image: pygame.Surface | None = field(default=None, repr=False)

    def step(self, dt: float) -> None:
        if self.delay > 0:
            self.delay -= dt
            return
        self.elapsed += dt

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration

    def draw(self, surface: pygame.Surface) -> None:
        if self.delay > 0:
            return
        t = self.elapsed / self.duration
        alpha = 255 if t < 0.45 else max(0, int(255 * (1 - (t - 0.45) / 0.55)))
        if self._alpha_image is None:
            self._alpha_image = self.image.copy()
        self._alpha_image.set_alpha(alpha)
        x, y = self.pos
        y -= int(self.rise * ease_out(t))
        surface.blit(self._alpha_image, self._alpha_image.get_rect(center=(x, y)))


def number_badge(
    text_image: pygame.Surface, face: tuple[int, int, int], edge: tuple[int, int, int], pad: int
) -> pygame.Surface:
    """A rising number on a small rounded badge, so it reads over dials, lines and faces."""
    w, h = text_image.get_width() + 2 * pad, text_image.get_height() + pad
    badge = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(badge, face, badge.get_rect(), border_radius=h // 2)
    pygame.draw.rect(badge, edge, badge.get_rect(), max(1, pad // 3), border_radius=h // 2)
    badge.blit(text_image, text_image.get_rect(center=(w // 2, h // 2)))
    return badge
