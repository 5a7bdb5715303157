"""Saves at the table through real events: Undo (button and Ctrl+Z), the replay viewer (keys,
buttons, the Replays list), Continue, and the hooks `resume` and `replay` open the table with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

from game.engine import END_TURN
from game.saves import Autosaver, ReplayCursor, SaveStore, load, parse_replay, replay_json
from game.ui.app import App
from game.ui.scenes.replay import ReplayScene
from game.ui.scenes.table import TableScene

from .driver import Driver
from .games import choices_for, finished_game

ROOT = Path(__file__).resolve().parents[2]


def human_table(drive: Driver, app: App, seed: int = 4) -> TableScene:
    choices = choices_for(["human", "random", "random"], seed=seed)
    app.goto("table", game=choices.to_game(), setup=choices)
    drive.step()
    table = drive.scene
    assert isinstance(table, TableScene) and table.session.human_to_act()
    return table


def work_row(table: TableScene) -> object:
    """The choice "Work a shift": it draws no card and leaves nothing to chance."""
    rows = [r for r in table.rows if r.entry.action is not None and r.entry.action != END_TURN]
    for row in rows:
        if table.game.action_spec(row.entry.action).item == "work":
            return row.button
    raise AssertionError("no Work choice on the desk")


def test_undo_takes_back_the_last_action_by_button_and_by_ctrl_z(drive: Driver, app: App) -> None:
    table = human_table(drive, app)
    assert table.undo_button is not None and not table.undo_button.is_enabled
    refusal = [s for s in table.hotspots if s.rect == table.undo_button.get_abs_rect()]
    assert refusal and "Nothing has been played" in refusal[0].text()
    before = table.game.state.to_dict()
    drive.click(work_row(table))
    assert len(table.game.state.actions_taken) == 1
    assert table.undo_button.is_enabled
    drive.click(table.undo_button)
    assert table.game.state.to_dict() == before
    drive.click(work_row(table))
    drive.key(pygame.K_z, "z", mod=pygame.KMOD_CTRL)
    assert table.game.state.actions_taken == []
    assert table.game is table.session.game


def test_undo_keeps_saving_in_the_same_folder(drive: Driver, data_home: Path) -> None:
    app = drive.app
    app.autosaver = Autosaver()
    table = human_table(drive, app)
    drive.click(work_row(table))
    drive.key(pygame.K_z, "z", mod=pygame.KMOD_CTRL)
    table.session.close()  # waits for the saves made in the background
    slots = SaveStore().slots()
    assert len(slots) == 1
    newest = load(slots[0].saves()[0])
    assert newest.state.actions_taken == [] and newest == table.game


def test_the_replay_viewer_steps_with_keys_and_buttons(drive: Driver, app: App) -> None:
    game = finished_game(players=3, seed=6)
    cursor = ReplayCursor(parse_replay(replay_json(game)))
    app.goto("replay", cursor=cursor)
    drive.step()
    scene = drive.scene
    assert isinstance(scene, ReplayScene)
    for _ in range(3):
        drive.key(pygame.K_RIGHT)
    assert cursor.position == 3
    drive.key(pygame.K_LEFT)
    assert cursor.position == 2
    drive.key(pygame.K_3, "3")
    assert (cursor.round, cursor.position) == (3, cursor.start_of_round(3))
    drive.key(pygame.K_PAGEDOWN)
    assert cursor.round == 4
    drive.key(pygame.K_END)
    assert cursor.position == cursor.length and scene.game.is_over()
    drive.key(pygame.K_HOME)
    assert cursor.position == 0
    drive.click(drive.button("Next"))
    assert cursor.position == 1
    drive.click(drive.button("5"))
    assert cursor.round == 5
    drive.click(drive.button("Play"))
    drive.step(60)
    assert cursor.position > cursor.start_of_round(5)
    # the table shows the game at the cursor: the dials' numbers are its scores
    drive.key(pygame.K_SPACE, " ")
    drive.step(40)
    drawn = drive.texts_drawn()
    for citizen in scene.game.state.citizens[: game.num_players]:
        assert str(citizen.score) in drawn


def test_replays_are_listed_from_the_menu_and_open_in_the_viewer(drive: Driver, app: App) -> None:
    finished = finished_game(players=3, seed=7)
    SaveStore().autosave(finished)  # a finished game leaves its replay.json
    human_table(drive, app)
    drive.key(pygame.K_ESCAPE)  # the menu
    assert drive.scene.name == "menu"
    drive.click(drive.button("Replays"))
    assert drive.scene.name == "replays"
    drive.click(drive.button("finished"))
    scene = drive.scene
    assert isinstance(scene, ReplayScene)
    assert scene.cursor.length == len(finished.state.actions_taken)
    drive.click(drive.button("Close replay"))
    assert drive.scene.name == "replays"


def test_continue_on_the_setup_screen_resumes_the_saved_game(drive: Driver, app: App) -> None:
    store = Autosaver()
    choices = choices_for(["human", "random"], seed=9)
    game = choices.to_game()
    game.apply(game.legal_actions()[0])
    store.autosave(game)
    app.autosaver = store
    app.goto("setup")
    drive.step()
    drive.click(drive.button("Continue"))
    table = drive.scene
    assert isinstance(table, TableScene)
    assert table.game == game


def test_resume_and_replay_hooks_open_the_table(tmp_path: Path) -> None:
    """`python -m game resume/load/replay` without --text call these (in a fresh process, since
    they close pygame when the window closes)."""
    script = """
from game.engine import Game
from game.saves import ReplayCursor, SaveStore, parse_replay, replay_json
from game.ui.launch import replay_table, resume_table
from tests.ui.games import finished_game, choices_for
store = SaveStore()
game = choices_for(["human", "random"], seed=3).to_game()
game.apply(game.legal_actions()[0])
store.autosave(game)
resumed = store.resume()
print(resume_table(resumed.game, store, frames=3))
print(replay_table(ReplayCursor(parse_replay(replay_json(finished_game(2, 4)))), frames=3))
"""
    env = {
        **dict(__import__("os").environ),
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "0"]
    # the table went on saving into the resumed game's own folder
    assert len(SaveStore(tmp_path / "data" / "model-citizen" / "saves").slots()) == 1
