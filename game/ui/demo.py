"""Bots on every seat of the real table: screenshots for the README, and an attract mode.

`play_and_capture` steps the app with a fixed time step (no clock), so the same seed gives the
same pictures (the table mid-game, the life review, the debrief's twelve points); `attract` loops
games in a window until it is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..bots import BOT_KINDS, DEFAULT_BOT
from ..i18n import _
from .app import App
from .scenes.table import TableScene
from .session import SPEEDS
from .setup_model import DEFAULT_NAMES, SeatChoice, SetupChoices

STEP = 1 / 30
DEMO_SPEED = 2  # "fast" in session.SPEEDS
END_PAUSE = 10.0  # seconds the life review stays up in attract mode
DEBRIEF_PAGE = "points"  # the debrief's page in the pictures: the twelve points and questions


def demo_choices(
    seed: int, players: int = 4, ruleset: str = "sesame", varied: bool = False
) -> SetupChoices:
    """Bot seats only. varied=True gives each seat a different bot kind where there are several."""
    kinds = list(BOT_KINDS) if varied and BOT_KINDS else [DEFAULT_BOT]
    choices = SetupChoices.default()
    choices.seats = [
        SeatChoice(kinds[i % len(kinds)], DEFAULT_NAMES[i % len(DEFAULT_NAMES)])
        for i in range(players)
    ]
    choices.ruleset = ruleset
    choices.apply_ruleset_defaults(choices.to_game().content)
    choices.seed = seed
    return choices


def start_demo_game(app: App, choices: SetupChoices) -> TableScene:
    scene = app.goto("table", game=choices.to_game(), setup=choices, demo=True)
    assert isinstance(scene, TableScene)
    scene.session.speed = DEMO_SPEED
    return scene


@dataclass(frozen=True)
class Captured:
    middle: Path | None
    end: Path | None
    frames: int
    summary: str
    debrief: Path | None = None


def end_path(path: Path, part: str = "end") -> Path:
    return path.with_name(f"{path.stem}-{part}{path.suffix or '.png'}")


def play_and_capture(
    app: App, choices: SetupChoices, path: Path | None, max_frames: int = 60_000
) -> Captured:
    """Play one bots-only game on the table; with a path, save it mid-game (PATH) and the life
    review (PATH-end)."""
    table = start_demo_game(app, choices)
    game = table.game
    middle_round = game.state.rounds // 2 + 1
    middle: Path | None = None
    frames = 0
    while not game.is_over() and frames < max_frames:
        app.step(STEP)
        frames += 1
        # the middle shot waits for a score change on screen, so the picture shows play in motion
        if (
            path is not None
            and middle is None
            and game.state.round >= middle_round
            and table.floaters
            and table.session.pace.announced
        ):
            middle = app.screenshot(path)
    if path is not None and middle is None:
        middle = app.screenshot(path)
    for _step in range(round(1.0 / STEP)):
        app.step(STEP)
    app.goto("end", game=game, setup=choices)
    for _step in range(5):
        app.step(STEP)
    end = app.screenshot(end_path(path)) if path is not None else None
    debrief = None
    if path is not None and game.is_over():
        app.goto("debrief", game=game, setup=choices, page=DEBRIEF_PAGE)
        for _step in range(3):
            app.step(STEP)
        debrief = app.screenshot(end_path(path, "debrief"))
    winners = ", ".join(r.name for r in game.results() if r.winner) if game.is_over() else "-"
    summary = _("Game over after {frames} frames: {names} won.").format(
        frames=frames, names=winners
    )
    return Captured(middle, end, frames, summary, debrief)


class Attract:
    """The attract mode's director, called after every frame: game, life review, next game."""

    def __init__(self, app: App, seed: int, players: int = 4, ruleset: str = "sesame") -> None:
        self.seed = seed
        self.players = players
        self.ruleset = ruleset
        self.clock = 0.0
        self.games = 0
        self.reviews = 0
        self.start(app)

    def start(self, app: App) -> None:
        start_demo_game(app, demo_choices(self.seed, self.players, self.ruleset, varied=True))
        self.games += 1
        self.clock = 0.0

    def __call__(self, app: App) -> None:
        top = app.top
        if isinstance(top, TableScene) and top.game.is_over():
            self.clock += app.last_dt
            if self.clock > 2.0:
                self.clock = 0.0
                self.reviews += 1
                app.goto("end", game=top.game, setup=top.setup)
        elif top is not None and top.name == "end":
            self.clock += app.last_dt
            if self.clock > END_PAUSE:
                self.seed += 1
                self.start(app)


def attract(app: App, seed: int, players: int = 4, ruleset: str = "sesame") -> int:
    """Games after games in the window (each with the next seed), until it is closed."""
    app.on_frame = Attract(app, seed, players, ruleset)
    pygame_caption(_("Model Citizen \u2014 demo"))
    return app.run()


def pygame_caption(text: str) -> None:
    import pygame

    pygame.display.set_caption(text)


__all__ = [
    "SPEEDS",
    "Attract",
    "Captured",
    "attract",
    "demo_choices",
    "end_path",
    "play_and_capture",
]
