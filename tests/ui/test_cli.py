"""The commands that open the table: `python -m game [play]` and `python -m game demo`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def headless_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", XDG_DATA_HOME=str(tmp_path / "data")
    )
    return env


def test_play_opens_the_setup_and_the_table(tmp_path: Path) -> None:
    env = headless_env(tmp_path)
    assert run("play", "--frames", "3", env=env).returncode == 0
    table = run("play", "--seed", "3", "--seats", "human:Zoé,bot", "--frames", "3", env=env)
    assert table.returncode == 0, table.stderr
    assert table.stdout == ""


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the display check reads X11/Wayland variables"
)
def test_without_a_display_one_clear_line_and_no_traceback(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")
    }
    result = run(env=env)
    assert result.returncode == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == ["No display available: play in the terminal with `python -m game play --text`"]


def test_bad_size_is_one_message(tmp_path: Path) -> None:
    result = run("play", "--size", "huge", env=headless_env(tmp_path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "--size" in result.stderr


def test_demo_saves_the_table_and_the_end(tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "table.png"
    result = run(
        "demo",
        "--seed",
        "2",
        "--players",
        "2",
        "--size",
        "900x540",
        "--screenshot",
        str(shot),
        env=headless_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    end = tmp_path / "shots" / "table-end.png"
    debrief = tmp_path / "shots" / "table-debrief.png"
    for path in (shot, end, debrief):
        image = pygame.image.load(str(path))
        assert image.get_size() == (900, 540)
    assert "won" in result.stdout


def test_attract_mode_loops_games() -> None:
    from game.i18n import set_language
    from game.ui.app import App
    from game.ui.demo import Attract

    set_language("en")
    app = App((800, 480), threaded_bots=False, autosaver=None)
    director = Attract(app, seed=5, players=2)
    app.on_frame = director
    scenes: set[str] = set()
    try:
        for _ in range(20_000):
            app.step(0.1)
            assert app.top is not None
            scenes.add(app.top.name)
            if director.games >= 2:
                break
    finally:
        app.close()
    assert director.reviews >= 1 and director.games >= 2 and director.seed == 6
    assert {"table", "end"} <= scenes


@pytest.mark.parametrize(("flags", "saved"), [([], True), (["--no-autosave"], False)])
def test_play_text_honours_no_autosave(
    monkeypatch: pytest.MonkeyPatch, flags: list[str], saved: bool
) -> None:
    import game.text.play as text_play
    from game.__main__ import main

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(text_play, "play_text", lambda setup, **kwargs: calls.append(kwargs) or 0)
    assert main(["play", "--text", "--seed", "3", *flags]) == 0
    assert calls == [{"autosave": saved}]
