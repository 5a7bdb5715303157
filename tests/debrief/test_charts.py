"""Charts draw headless, at the size asked for, and are not blank."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.debrief import build_debrief  # noqa: E402
from game.debrief.charts import CHARTS, chart_size, movers_chart  # noqa: E402
from game.debrief.draw import NIGHT, PAPER  # noqa: E402

from .helpers import finished, quiet_game  # noqa: E402

SIZES = [(1200, 800), (640, 360), (200, 150)]


def colours(surface: pygame.Surface) -> dict[bytes, int]:
    data = pygame.image.tobytes(surface, "RGB")
    counts: dict[bytes, int] = {}
    for i in range(0, len(data), 3):
        pixel = data[i : i + 3]
        counts[pixel] = counts.get(pixel, 0) + 1
    return counts


def assert_drawn(surface: pygame.Surface, background: tuple[int, int, int]) -> None:
    counts = colours(surface)
    total = surface.get_width() * surface.get_height()
    inked = total - counts.get(bytes(background), 0)
    assert len(counts) >= 4, "a chart with fewer than four colours is as good as blank"
    assert inked >= total * 0.005, "almost nothing was drawn"


@pytest.fixture(scope="module")
def debrief():
    return build_debrief(finished(seed=1))


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_chart_draws_headless_at_the_size_asked(debrief, name, size):
    surface = CHARTS[name](debrief, size, PAPER)
    assert surface.get_size() == size
    assert_drawn(surface, PAPER.background)


@pytest.mark.parametrize("name", list(CHARTS))
def test_charts_draw_on_a_dark_table_too(debrief, name):
    surface = CHARTS[name](debrief, chart_size(name, debrief, 900), NIGHT)
    assert_drawn(surface, NIGHT.background)


@pytest.mark.parametrize("name", list(CHARTS))
def test_a_quiet_game_still_gets_readable_charts(name):
    quiet = build_debrief(quiet_game())
    assert_drawn(CHARTS[name](quiet, (600, 300), PAPER), PAPER.background)


def test_one_players_movers(debrief):
    surface = movers_chart(debrief, (500, 260), PAPER, seats=[1])
    assert_drawn(surface, PAPER.background)


def test_sizes_fit_every_player(debrief):
    six = build_debrief(finished(seed=2, players=6))
    for name in CHARTS:
        assert chart_size(name, six)[1] >= chart_size(name, debrief)[1]


def test_too_small_a_surface_is_refused(debrief):
    with pytest.raises(ValueError, match="at least"):
        CHARTS["score"](debrief, (40, 30), PAPER)
