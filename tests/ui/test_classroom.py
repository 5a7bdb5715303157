"""Classroom mode through real events: teams set up on their own page, the teacher's controls
(pause, reveal, the scoring switch at the next round start, skip to the review) and the timer."""

from __future__ import annotations

import pygame

from game.engine import END_TURN
from game.ui.app import App
from game.ui.scenes.classroom import ClassroomScene
from game.ui.scenes.table import TableScene
from game.ui.setup_model import SeatChoice, SetupChoices

from .driver import Driver

FAST = 3  # session.SPEEDS: "very fast"


def classroom(kinds: list[str], timer: int = 0, seed: int = 3) -> SetupChoices:
    choices = SetupChoices.default()
    choices.seats = [SeatChoice(kind, "") for kind in kinds]
    choices.seed = seed
    choices.make_classroom()
    for seat, kind in zip(choices.seats, kinds, strict=True):
        seat.kind = kind
    choices.seats[0].members = ("Zora Quill", "Yann Roe")
    choices.timer = timer
    return choices


def start(drive: Driver, app: App, choices: SetupChoices) -> TableScene:
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    if drive.scene.name == "handoff":
        drive.key(pygame.K_RETURN, "\r")
    table = drive.scene
    assert isinstance(table, TableScene) and table.classroom
    table.session.speed = FAST
    return table


def test_the_classroom_page_sets_up_teams_members_and_a_timer(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    drive.click(drive.button("Classroom mode"))
    scene = drive.scene
    assert isinstance(scene, ClassroomScene)
    assert len(scene.choices.seats) >= 3
    assert all(seat.kind == "human" for seat in scene.choices.seats)
    # members of the first team, typed
    entry = scene.member_entries[0]
    drive.click(entry)
    drive.type("Ana, Bram")
    drive.click(drive.button("No timer"))  # the timer cycles: 30 s
    assert scene.choices.timer == 30
    drive.click(drive.button("Start the lesson"))
    table = drive.scene if drive.scene.name == "table" else app.find("table")
    assert isinstance(table, TableScene)
    seats = table.game.state.seats
    assert seats[0].members == ("Ana", "Bram")
    assert seats[0].name == "Circles"
    assert table.classroom and table.session.turn_limit == 30


def test_pause_stops_the_bots_and_resume_lets_them_play(drive: Driver, app: App) -> None:
    table = start(drive, app, classroom(["random", "random", "random"]))
    drive.step(10)
    drive.key(pygame.K_t, "t")
    assert drive.scene.name == "teacher"
    drive.click(drive.button("Pause the game"))
    assert table.session.paused
    drive.key(pygame.K_ESCAPE)
    assert drive.scene is table
    before = len(table.game.state.actions_taken)
    drive.step(120)
    assert len(table.game.state.actions_taken) == before
    drive.key(pygame.K_t, "t")
    drive.key(pygame.K_1, "1")  # "1   Resume the game"
    assert not table.session.paused
    drive.key(pygame.K_ESCAPE)
    drive.step(60)
    assert len(table.game.state.actions_taken) > before


def test_reveal_shows_every_private_life_and_hides_it_again(drive: Driver, app: App) -> None:
    table = start(drive, app, classroom(["human", "random", "random"]))
    views = table.game.private_views()
    goals = [table.game.content.goals[view["goal"]].name for view in views]
    assert table.session.viewer == 0
    hidden = set(goals[1:]) - {goals[0]}  # the other teams' goals: not on the table's desk
    drive.key(pygame.K_t, "t")
    drive.click(drive.button("Show everyone's private life"))
    assert drive.scene.name == "reveal"
    drawn = " ".join(drive.texts_drawn())
    for goal in goals:
        assert goal in drawn
    drive.key(pygame.K_ESCAPE)
    assert drive.scene is table
    drawn = " ".join(drive.texts_drawn())
    assert hidden and all(goal not in drawn for goal in hidden)


def test_the_scoring_switch_waits_for_the_next_round(drive: Driver, app: App) -> None:
    table = start(drive, app, classroom(["human", "random", "random"]))
    game = table.game
    assert table.session.human_to_act() and game.state.round == 1
    drive.key(pygame.K_1, "1")  # the team acts first, so the round is no longer at its start
    assert len(game.state.actions_taken) == 1 and not game.can_teach("opaque")
    assert "Factors hidden" not in drive.texts_drawn()
    drive.key(pygame.K_t, "t")
    drive.click(drive.button("Switch to opaque scoring"))
    assert table.session.queued_switch == "opaque"
    assert game.state.options.transparent
    drive.key(pygame.K_ESCAPE)
    # the team ends its turn; the bots play the rest of the round
    end_turn = [row for row in table.rows if row.entry.action == END_TURN]
    while not end_turn:
        drive.key(pygame.K_1, "1")
        end_turn = [row for row in table.rows if row.entry.action == END_TURN]
    drive.click(end_turn[0].button)
    for _ in range(3000):  # the bots play; the team answers any friendship offer
        if table.game.state.round == 2:
            break
        if table.session.human_to_act():
            drive.key(pygame.K_1, "1")
        drive.step()
    assert table.game.state.round == 2
    assert not table.game.state.options.transparent
    assert table.session.queued_switch is None
    switch = [e for e in table.game.public_log() if e["kind"] == "teacher"]
    assert [(e["round"], e["item"]) for e in switch] == [(2, "opaque")]
    drawn = drive.texts_drawn()
    assert "Factors hidden" in drawn  # the seat cards no longer draw factor bars


def test_skip_to_the_review_ends_the_game(drive: Driver, app: App) -> None:
    table = start(drive, app, classroom(["human", "random", "random"]))
    drive.key(pygame.K_t, "t")
    drive.key(pygame.K_4, "4")
    assert not table.game.is_over()  # the first press asks to confirm
    drive.key(pygame.K_4, "4")
    assert table.game.is_over()
    drive.until(lambda: drive.scene.name == "end", frames=200)


def test_the_timer_ends_a_turn(drive: Driver, app: App) -> None:
    dt = 0.5
    table = start(drive, app, classroom(["human", "random", "random"], timer=30))
    session = table.session
    assert session.timer_running()
    drive.step(4, dt=dt)
    assert 27 <= session.time_left <= 29
    assert "0:28" in drive.texts_drawn() or "0:29" in drive.texts_drawn()
    drive.key(pygame.K_t, "t")  # the teacher's panel is open: the clock waits
    drive.step(20, dt=dt)
    drive.key(pygame.K_ESCAPE)
    assert session.time_left > 20
    drive.until(lambda: not session.human_to_act(), frames=100, dt=dt)
    assert table.game.state.actions_taken == [END_TURN]
    assert any("Time is up" in line.text for line in session.feed)


def test_the_wall_of_shame_shows_team_names_never_members(drive: Driver, app: App) -> None:
    choices = classroom(["random", "random", "random"])
    table = start(drive, app, choices)
    table.session.paused = True
    table.game.state.citizens[0].blacklisted = True  # put the first team on the wall
    table.repaint()
    drawn = " ".join(drive.texts_drawn())
    assert f"{table.game.state.seats[0].name} " in drawn
    for member in choices.seats[0].members:
        assert member not in drawn


def test_the_teachers_panel_opens_over_a_hand_off_and_can_end_the_game(
    drive: Driver, app: App
) -> None:
    choices = classroom(["human", "human", "random"])
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    assert drive.scene.name == "handoff"
    handoff = drive.scene
    drive.key(pygame.K_t, "t")
    assert drive.scene.name == "teacher"
    drive.key(pygame.K_ESCAPE)
    assert drive.scene is handoff  # closing the panel leaves the card up: nobody's desk shows
    drive.key(pygame.K_t, "t")
    drive.key(pygame.K_4, "4")
    drive.key(pygame.K_4, "4")  # confirmed: the game ends at once
    table = app.find("table")
    assert isinstance(table, TableScene) and table.game.is_over()
    drive.until(lambda: drive.scene.name == "end", frames=200)


def test_a_resumed_lesson_keeps_its_teams_and_its_timer(drive: Driver, app: App) -> None:
    from game.saves import Autosaver

    app.autosaver = Autosaver()
    table = start(drive, app, classroom(["human", "random", "random"], timer=45))
    drive.key(pygame.K_1, "1")  # the team acts: the table saves the game, and its settings
    table.session.close()  # waits for the save in progress
    app.goto("setup")
    drive.step()
    drive.click(drive.button("Continue"))
    resumed = drive.scene if drive.scene.name == "table" else app.find("table")
    assert isinstance(resumed, TableScene)
    assert resumed.game.state.actions_taken == table.game.state.actions_taken
    assert resumed.classroom and resumed.session.turn_limit == 45
