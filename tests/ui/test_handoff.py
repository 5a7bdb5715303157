"""Hot seat: between two humans a hand-off screen hides every private life (state and pixels)."""

from __future__ import annotations

import pygame

from game.engine import Game
from game.narrate import goal_text
from game.ui.app import App
from game.ui.scenes.handoff import HandoffScene
from game.ui.scenes.table import TableScene
from game.ui.setup_model import SeatChoice, SetupChoices

from .driver import Driver


def two_humans(seed: int = 11) -> SetupChoices:
    choices = SetupChoices.default()
    choices.seats = [
        SeatChoice("human", "Ana"),
        SeatChoice("human", "Bram"),
        SeatChoice("random", "Chloé"),
    ]
    choices.seed = seed
    return choices


def private_strings(game: Game, seat: int) -> set[str]:
    me = game.observe(seat)["me"]
    goal = game.content.goals[me["goal"]]
    return {
        goal.name,
        goal.text,
        goal_text(game, me["goal"]),
        f"{me['money']} coins",
        f"Secret goal: {goal.name}",
        f"{game.state.citizens[seat].name}'s desk",
    }


def start(drive: Driver, app: App) -> TableScene:
    choices = two_humans()
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    table = app.find("table")
    assert isinstance(table, TableScene)
    return table


def test_the_first_human_gets_a_handoff_before_seeing_anything(drive: Driver, app: App) -> None:
    table = start(drive, app)
    assert isinstance(drive.scene, HandoffScene)
    assert table.session.viewer is None
    drawn = drive.texts_drawn()
    assert "Pass the screen to Ana" in drawn
    for seat in (0, 1):
        assert not private_strings(table.game, seat) & drawn


def test_handoff_between_two_humans_hides_private_stats(drive: Driver, app: App) -> None:
    table = start(drive, app)
    game = table.game
    drive.click(drive.button("I am Ana"))
    assert drive.scene is table and table.session.viewer == 0
    assert private_strings(game, 0) & drive.texts_drawn(), "Ana sees her own desk"
    # Ana ends her turn: the last choice of the main page
    end_turn = [row for row in table.rows if row.entry.action == 0]
    assert end_turn
    drive.click(end_turn[0].button)
    # Bram is next: the hand-off screen comes first, and nobody is seated
    assert game.current_seat == 1
    assert isinstance(drive.scene, HandoffScene)
    assert table.session.viewer is None
    drawn = drive.texts_drawn()
    assert "Pass the screen to Bram" in drawn
    assert not private_strings(game, 0) & drawn
    assert not private_strings(game, 1) & drawn
    # on the pixels: outside the hand-off card there is only the plain background, so nothing of
    # Ana's desk (left column) or anyone's seat is left on screen
    handoff = drive.scene
    assert isinstance(handoff, HandoffScene)
    screen = app.window
    backdrop = app.backdrop()
    assert table.layout is not None
    desk = table.layout.desk
    strip = pygame.Rect(desk.x, desk.y, min(desk.w, handoff.card.x - desk.x), desk.h)
    assert strip.w > 50
    assert pygame.image.tobytes(screen.subsurface(strip), "RGB") == pygame.image.tobytes(
        backdrop.subsurface(strip), "RGB"
    )
    # Bram takes the seat and sees his own life, not Ana's
    drive.key(pygame.K_RETURN, "\r")
    assert drive.scene is table and table.session.viewer == 1
    drawn = drive.texts_drawn()
    assert private_strings(game, 1) & drawn
    assert not (private_strings(game, 0) - private_strings(game, 1)) & drawn


def test_a_friendship_offer_to_another_human_hands_the_screen_over(drive: Driver, app: App) -> None:
    table = start(drive, app)
    game = table.game
    drive.key(pygame.K_RETURN, "\r")
    assert table.session.viewer == 0
    groups = [i for i, row in enumerate(table.rows) if row.entry.page == "befriend"]
    assert groups, "Ana can befriend someone"
    drive.key(pygame.K_1 + groups[0], str(groups[0] + 1))
    offers = [row for row in table.rows if row.entry.action == game.action_id("befriend:p1")]
    assert offers, "Bram is on the befriend page"
    drive.click(offers[0].button)
    assert game.state.phase == "consent" and game.current_seat == 1
    assert isinstance(drive.scene, HandoffScene)
    drawn = drive.texts_drawn()
    assert any("offers Bram friendship" in t for t in drawn)
    assert not private_strings(game, 0) & drawn
    drive.key(pygame.K_RETURN, "\r")
    assert table.session.viewer == 1
    # Bram's choices are accept and decline; he accepts with the number key 1
    labels = [row.entry.label for row in table.rows]
    assert any("Accept" in label for label in labels)
    drive.key(pygame.K_1, "1")
    assert 1 in game.state.citizens[0].friends
    # back to Ana, through another hand-off
    assert game.current_seat == 0
    assert isinstance(drive.scene, HandoffScene)
    assert table.session.viewer is None


def test_one_human_never_needs_a_handoff(drive: Driver, app: App) -> None:
    choices = SetupChoices.default()
    choices.seed = 3
    app.goto("table", game=choices.to_game(), setup=choices)
    table = drive.scene
    assert isinstance(table, TableScene)
    table.session.speed = 3
    for _ in range(400):
        assert not isinstance(drive.scene, HandoffScene)
        if table.session.human_to_act():
            drive.key(pygame.K_1, "1")
        else:
            drive.step()
    assert table.session.viewer == 0
