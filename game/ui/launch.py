"""Opening the window from the command line: the setup screen, a table for a given setup, a saved
game going on (`resume_table`, for `python -m game resume` and `load`), or a replay
(`replay_table`, for `python -m game replay FILE`). Each raises DisplayUnavailable where no
window can open, so the command line falls back to the terminal."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pygame

from ..cli.common import GameSetup
from ..engine import Game
from ..saves import Autosaver, ReplayCursor, SaveStore
from .app import App, DisplayUnavailable
from .setup_model import SetupChoices

__all__ = ["DisplayUnavailable", "choices_from", "launch", "replay_table", "resume_table"]


def choices_from(setup: GameSetup) -> SetupChoices:
    return SetupChoices.from_seats(
        list(setup.seats), setup.ruleset, setup.seed, setup.options.to_dict()
    )


def _run(app: App, start: Callable[[App], object], frames: int = 0) -> int:
    try:
        start(app)
        return app.run(max_frames=frames)
    finally:
        app.close()
        pygame.quit()


def launch(
    setup: GameSetup | None,
    *,
    size: tuple[int, int] = (1280, 720),
    fullscreen: bool = False,
    text_size: str = "normal",
    autosave: bool = True,
    frames: int = 0,
    screenshot: Path | None = None,
) -> int:
    """Run the table until the window closes. Raises DisplayUnavailable where no window opens."""
    app = App(
        size,
        fullscreen=fullscreen,
        text_size=text_size,
        autosaver=Autosaver() if autosave else None,
    )

    def start(application: App) -> None:
        if setup is None:
            application.goto("setup")
        else:
            choices = choices_from(setup)
            application.goto("table", game=choices.to_game(), setup=choices)
        if screenshot is not None and frames:
            target = screenshot

            def capture(running: App) -> None:
                if running.frames == frames:
                    running.screenshot(target)

            application.on_frame = capture

    return _run(app, start, frames)


def resume_table(
    game: Game,
    store: SaveStore,
    *,
    table: Mapping[str, Any] | None = None,
    frames: int = 0,
) -> int:
    """A loaded game goes on at the table, saving into the same game folder as before (the store
    already knows the game: SaveStore.resume/open attached it). `table`: the settings saved
    with it (Resumed.table): a lesson resumes as a lesson, with its turn timer."""
    choices = SetupChoices.of_game(game, table)
    app = App(autosaver=store)
    return _run(app, lambda a: a.goto("table", game=game, setup=choices), frames)


def replay_table(cursor: ReplayCursor, *, frames: int = 0) -> int:
    """Step through a replay on the table; closing the viewer closes the window."""
    app = App(autosaver=None)
    return _run(app, lambda a: a.goto("replay", cursor=cursor, back="quit"), frames)
