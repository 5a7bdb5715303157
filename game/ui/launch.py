"""Opening the window from the command line: the setup screen, or a table for a given setup."""

from __future__ import annotations

from pathlib import Path

import pygame

from ..cli.common import GameSetup
from ..saves import Autosaver
from .app import App, DisplayUnavailable
from .setup_model import SetupChoices

__all__ = ["DisplayUnavailable", "choices_from", "launch"]


def choices_from(setup: GameSetup) -> SetupChoices:
    return SetupChoices.from_seats(
        list(setup.seats), setup.ruleset, setup.seed, setup.options.to_dict()
    )


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
    try:
        if setup is None:
            app.goto("setup")
        else:
            choices = choices_from(setup)
            app.goto("table", game=choices.to_game(), setup=choices)
        if screenshot is not None and frames:
            target = screenshot

            def capture(application: App) -> None:
                if application.frames == frames:
                    application.screenshot(target)

            app.on_frame = capture
        return app.run(max_frames=frames)
    finally:
        app.close()
        pygame.quit()
