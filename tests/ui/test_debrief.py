"""The debrief at the table: opened from the life review by click and by key, every page drawn
and on screen at projector and small-laptop sizes, its numbers the game's own, and Export."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.debrief import build_debrief
from game.engine import Game
from game.ui.app import App
from game.ui.review.pages import PAGES
from game.ui.scenes.debrief import DebriefScene

from .driver import Driver
from .games import finished_game
from .test_resize import assert_on_screen


@pytest.fixture(scope="module")
def game() -> Game:
    return finished_game(players=4, seed=2)


def open_debrief(drive: Driver, app: App, game: Game) -> DebriefScene:
    app.goto("end", game=game)
    drive.step()
    drive.click(drive.button("Debrief"))
    scene = drive.scene
    assert isinstance(scene, DebriefScene)
    return scene


def test_the_life_review_opens_the_debrief_by_click_and_by_key(
    drive: Driver, app: App, game: Game
) -> None:
    open_debrief(drive, app, game)
    app.goto("end", game=game)
    drive.step()
    focused = drive.scene.focus.current
    assert focused is not None and "Debrief" in focused.element.text
    drive.key(pygame.K_RETURN, "\r")
    assert isinstance(drive.scene, DebriefScene)
    # and back to the life review
    drive.click(drive.button("Life review"))
    assert drive.scene.name == "end"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 600)])
def test_every_page_is_drawn_and_on_screen(
    drive: Driver, app: App, game: Game, size: tuple[int, int]
) -> None:
    drive.resize(size)
    scene = open_debrief(drive, app, game)
    seen: list[str] = []
    for number, spec in enumerate(PAGES):
        if number:
            drive.key(pygame.K_RIGHT)  # the next page
        assert scene.index == number
        drive.step()
        page = scene.current_page()
        assert page.surface.get_width() <= scene.view.w
        assert_on_screen(drive, f"debrief page {spec.key} at {size}")
        # a long page scrolls all the way down with End, and back with Home
        drive.key(pygame.K_END)
        assert scene.scroller.offset == scene.scroller.limit
        assert scene.scroller.offset == max(0, page.surface.get_height() - scene.view.h)
        drive.key(pygame.K_HOME)
        assert scene.scroller.offset == 0
        seen.append(spec.key)
    assert seen == [spec.key for spec in PAGES]
    drive.key(pygame.K_1, "1")
    assert scene.index == 0


def test_the_life_page_shows_the_games_own_life_points(drive: Driver, app: App, game: Game) -> None:
    scene = open_debrief(drive, app, game)
    drawn = drive.texts_drawn()
    for result in game.results():
        review = scene.debrief.player(result.seat)
        assert (review.life_points, review.score, review.winner) == (
            result.life_points,
            result.score,
            result.winner,
        )
        assert result.name in drawn and str(result.life_points) in drawn
    winner = next(r for r in game.results() if r.winner)
    assert any(line.startswith("Winner") and winner.name in line for line in drawn)
    assert any(line.startswith("Model Citizen title") for line in drawn)


def test_the_trail_adds_up_for_every_player(drive: Driver, app: App, game: Game) -> None:
    scene = open_debrief(drive, app, game)
    drive.key(pygame.K_1 + [s.key for s in PAGES].index("trail"), "6")
    assert PAGES[scene.index].key == "trail"
    for result in game.results():
        assert scene.sub == result.seat
        drawn = drive.texts_drawn()
        trail = scene.debrief.player(result.seat).trail
        assert sum(step.delta for step in trail) == result.score == trail[-1].running
        assert any(result.name in line and "adds up to" in line for line in drawn)
        assert str(result.score) in drawn
        drive.key(pygame.K_RIGHT, mod=pygame.KMOD_SHIFT)  # the next player's trail


def test_the_opaque_trail_says_what_the_algorithm_weighed(drive: Driver, app: App) -> None:
    opaque = finished_game(players=3, seed=5, transparent=False)
    scene = open_debrief(drive, app, opaque)
    scene.show([s.key for s in PAGES].index("trail"))
    drawn = " ".join(drive.texts_drawn())
    assert "what the algorithm weighed" in drawn
    assert "formula weighed" in drawn


def test_export_writes_the_report_with_every_seat(
    drive: Driver, app: App, game: Game, data_home: Path
) -> None:
    scene = open_debrief(drive, app, game)
    drive.click(drive.button("Export report"))
    path = scene.export_path
    assert path is not None and path.name == "report.html"
    assert data_home in path.parents
    html = path.read_text(encoding="utf-8")
    for seat in game.state.seats:
        assert seat.name in html
    assert len(list(path.parent.glob("*.png"))) == 4
    drawn = " ".join(drive.texts_drawn())
    assert "Report saved" in drawn and "report.html" in drawn
    # the debrief's numbers are those of the report's source
    assert [p.life_points for p in build_debrief(game).players] == [
        p.life_points for p in scene.debrief.players
    ]


def test_the_debrief_scrolls_with_the_wheel_and_the_bar(
    drive: Driver, app: App, game: Game
) -> None:
    scene = open_debrief(drive, app, game)
    scene.show([s.key for s in PAGES].index("points"))
    drive.step()
    assert scene.scroller.needed
    pygame.event.post(
        pygame.event.Event(
            pygame.MOUSEWHEEL, x=0, y=-2, flipped=False, precise_x=0.0, precise_y=-2.0
        )
    )
    drive.step()
    assert scene.scroller.offset > 0
    track = scene.scroller.track(scene.bar_width())
    drive.click_at((track.centerx, track.bottom - 2))  # a click low on the bar: a page down
    assert scene.scroller.offset > scene.view.h // 2
