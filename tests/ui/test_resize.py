"""Every widget and painted region stays on screen at projector and small-laptop sizes."""

from __future__ import annotations

import pygame
import pytest

from game.bots import make_bot
from game.engine import Game
from game.ui.app import App
from game.ui.scenes.table import TableScene
from game.ui.setup_model import SeatChoice, SetupChoices

from .driver import Driver

SIZES = [(1920, 1080), (1024, 600)]


def finished(choices: SetupChoices) -> Game:
    """The same table played to its end by random bots."""
    game = choices.to_game()
    bots = [make_bot("random", seat) for seat in range(game.num_players)]
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        game.apply(bots[seat].choose(game, seat).action)
    return game


def assert_on_screen(drive: Driver, where: str) -> None:
    screen = drive.app.window.get_rect()
    widgets = drive.visible()
    assert widgets, f"{where}: nothing on screen"
    for element in widgets:
        rect = element.get_abs_rect()
        assert screen.contains(rect), (
            f"{where}: {type(element).__name__} {getattr(element, 'text', '')!r} "
            f"at {rect} leaves the {screen.size} window"
        )
    for spot in drive.scene.hotspots:
        assert screen.contains(spot.rect), (
            f"{where}: a painted region at {spot.rect} leaves the window"
        )


def assert_rows_apart(table: TableScene) -> None:
    """The choice buttons do not overlap one another, nor leave the desk."""
    assert table.layout is not None
    rects = [row.button.get_abs_rect() for row in table.rows]
    for i, a in enumerate(rects):
        assert table.layout.desk.contains(a)
        for b in rects[i + 1 :]:
            assert not a.colliderect(b)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text_size", ["normal", "huge"])
def test_every_scene_fits(drive: Driver, app: App, size: tuple[int, int], text_size: str) -> None:
    app.set_text_size(text_size)
    drive.resize(size)
    assert app.window.get_size() == size
    app.goto("setup")
    drive.step()
    assert_on_screen(drive, "setup")
    for _ in range(2):  # six seats: the longest setup
        drive.click(drive.button("Add a citizen"))
    assert_on_screen(drive, "setup, six seats")
    choices = SetupChoices.default()
    choices.seats = [SeatChoice("human", "Ana"), SeatChoice("human", "Bram")] + [
        SeatChoice("random", n) for n in ("Chloé", "Daan", "Elif", "Finn")
    ]
    choices.seed = 2
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    assert drive.scene.name == "handoff"
    assert_on_screen(drive, "handoff")
    drive.key(pygame.K_RETURN, "\r")
    table = drive.scene
    assert isinstance(table, TableScene) and table.session.human_to_act()
    assert_on_screen(drive, "table")
    assert_rows_apart(table)
    for page in ("befriend", "report", "use"):
        if page in table.pages:
            table.open_page(page)
            drive.step()
            assert_on_screen(drive, f"table, page {page}")
            assert_rows_apart(table)
    drive.key(pygame.K_ESCAPE)
    drive.key(pygame.K_ESCAPE)
    assert drive.scene.name == "menu"
    assert_on_screen(drive, "menu")
    drive.key(pygame.K_ESCAPE)
    drive.key(pygame.K_h, "h")
    assert_on_screen(drive, "help")
    drive.key(pygame.K_ESCAPE)
    # a watching turn (a bot plays) and the life review of a six-seat game
    drive.click([row for row in table.rows if row.entry.action == 0][0].button)
    drive.until(lambda: drive.scene.name == "handoff" or not table.session.human_to_act())
    assert_on_screen(drive, "table, a bot's turn")
    app.goto("end", game=finished(choices))
    drive.step()
    assert_on_screen(drive, "end")


def test_resizing_during_play_rebuilds_the_table(drive: Driver, app: App) -> None:
    choices = SetupChoices.default()
    choices.seed = 5
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    table = drive.scene
    assert isinstance(table, TableScene)
    for size in [(1920, 1080), (1024, 600), (1280, 720)]:
        drive.resize(size)
        assert table.layout is not None and table.layout.header.w == size[0]
        assert_on_screen(drive, f"table at {size}")
