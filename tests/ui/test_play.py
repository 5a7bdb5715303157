"""Whole games through the real scenes: with the mouse, and with the keyboard alone."""

from __future__ import annotations

import random
from pathlib import Path

import pygame

from game.ui.app import App
from game.ui.scenes.end import EndScene
from game.ui.scenes.setup import SetupScene
from game.ui.scenes.table import TableScene

from .driver import Driver


def test_setup_defaults_are_one_human_against_three_bots(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    scene = drive.scene
    assert isinstance(scene, SetupScene)
    kinds = [s.kind for s in scene.choices.seats]
    assert kinds[0] == "human" and len(kinds) == 4
    assert all(k != "human" for k in kinds[1:])
    # Play has the keyboard focus, so a single Enter starts the game
    assert scene.focus.current is not None and "Play" in scene.focus.current.element.text


def test_a_full_game_with_the_mouse(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    drive.click(drive.button("Play"))
    table = drive.scene
    assert isinstance(table, TableScene)
    assert table.session.viewer == 0
    # two clicks on the speed button: normal, fast, very fast
    drive.click(drive.button("Speed"))
    drive.click(drive.button("Speed"))
    assert table.session.speed == 3
    rng = random.Random(4)
    human_moves = 0
    for _ in range(6000):
        if isinstance(drive.scene, EndScene):
            break
        if table.session.human_to_act():
            rows = [row.button for row in table.rows]
            assert rows, "the human has choices on screen"
            drive.click(rng.choice(rows))
            human_moves += 1
        else:
            drive.step()
    assert isinstance(drive.scene, EndScene), "the game reached the life review"
    assert human_moves > 8
    end = drive.scene
    assert any(r.winner for r in end.results)
    drawn = drive.texts_drawn()
    assert "Life review" in drawn
    assert any(t.startswith("Winner") for t in drawn)


def test_a_full_game_with_the_keyboard_only(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    drive.key(pygame.K_RETURN, "\r")  # Play has the focus
    table = drive.scene
    assert isinstance(table, TableScene)
    drive.key(pygame.K_EQUALS, "=")
    drive.key(pygame.K_EQUALS, "=")
    assert table.session.speed == 3
    presses = 0
    for turn in range(6000):
        if isinstance(drive.scene, EndScene):
            break
        if table.session.human_to_act():
            if turn % 5 == 0:
                drive.key(pygame.K_TAB)  # move the focus, then confirm the focused choice
                drive.key(pygame.K_RETURN, "\r")
            else:
                drive.key(pygame.K_1, "1")  # the first choice (or the first group, then its first)
            presses += 1
        else:
            drive.step()
    assert isinstance(drive.scene, EndScene)
    assert presses > 8
    # from the life review, Tab to "New game" and Enter opens the setup again
    for _ in range(len(drive.scene.focus.items)):
        current = drive.scene.focus.current
        assert current is not None
        if "New game" in current.element.text:
            break
        drive.key(pygame.K_TAB)
    drive.key(pygame.K_RETURN, "\r")
    assert isinstance(drive.scene, SetupScene)


def test_number_keys_open_a_group_and_escape_goes_back(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    drive.key(pygame.K_RETURN, "\r")
    table = drive.scene
    assert isinstance(table, TableScene)
    drive.until(table.session.human_to_act)
    groups = [i for i, row in enumerate(table.rows) if row.entry.page is not None]
    assert groups
    index = groups[0]
    drive.key(pygame.K_1 + index, str(index + 1))
    assert table.page != "main"
    assert all(row.entry.action is not None or row.entry.page is not None for row in table.rows)
    drive.key(pygame.K_ESCAPE)
    assert table.page == "main"


def test_help_overlay_opens_and_closes(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    drive.key(pygame.K_h, "h")
    assert drive.scene.name == "help"
    drive.key(pygame.K_ESCAPE)
    assert drive.scene.name == "setup"
    drive.key(pygame.K_SLASH, "?", pygame.KMOD_SHIFT)
    assert drive.scene.name == "help"
    drive.click(drive.button("Close"))
    assert drive.scene.name == "setup"


def test_setup_choices_reach_the_game(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    scene = drive.scene
    assert isinstance(scene, SetupScene)
    drive.click(drive.button("Add a citizen"))
    assert len(scene.choices.seats) == 5
    drive.click(drive.button("Transparent"))  # scoring: transparent -> opaque
    assert scene.choices.transparent is False
    entry = scene.name_entries[0]
    drive.click(entry)
    entry.set_text("")
    drive.type("Zoé")
    seed = scene.seed_entry
    assert seed is not None
    seed.set_text("")
    drive.click(seed)
    drive.type("4242")
    drive.click(drive.button("Play"))
    table = drive.scene
    assert isinstance(table, TableScene)
    game = table.game
    assert game.num_players == 5
    assert game.state.seats[0].name == "Zoé"
    assert game.state.seed == 4242
    assert game.state.options.transparent is False
    assert all("factors" not in c for c in game.observe(0)["citizens"])


def test_continue_resumes_the_latest_autosave(tmp_path: Path) -> None:
    from game.saves import Autosaver
    from game.ui.setup_model import SetupChoices

    store = Autosaver(tmp_path)
    earlier = SetupChoices.default()
    earlier.seed = 77
    game = earlier.to_game()
    game.apply(game.legal_actions()[1])
    store.save(game)
    app = App((1280, 720), threaded_bots=False, autosaver=Autosaver(tmp_path))
    try:
        drive = Driver(app)
        app.goto("setup")
        drive.step()
        drive.click(drive.button("Continue"))
        table = drive.scene
        assert isinstance(table, TableScene)
        assert table.game.state.seed == 77
        assert table.game.state.actions_taken == game.state.actions_taken
    finally:
        app.close()


def test_removing_a_seat_keeps_every_other_seat_s_name(drive: Driver, app: App) -> None:
    app.goto("setup")
    drive.step()
    scene = drive.scene
    assert isinstance(scene, SetupScene)
    for entry, name in zip(scene.name_entries, ["Ana", "Bo", "Cy", "Dee"], strict=True):
        entry.set_text(name)
    removes = [b for b in drive.buttons() if b.text == "\u2717"]
    drive.click(removes[1])  # Bo leaves
    drive.step()
    assert [s.name for s in scene.choices.seats] == ["Ana", "Cy", "Dee"]
    assert [e.get_text() for e in scene.name_entries] == ["Ana", "Cy", "Dee"]
