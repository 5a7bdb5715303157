"""Headless pygame for the table's tests: the dummy video and audio drivers, a fresh app each, and
a temporary data folder (saves, exported reports) so no test writes into the real one."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from game.i18n import set_language  # noqa: E402
from game.ui.app import App  # noqa: E402

from .driver import Driver  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs reads XDG_DATA_HOME at each call: saves and reports land in tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def app() -> Iterator[App]:
    set_language("en")
    application = App((1280, 720), threaded_bots=False, autosaver=None)
    yield application
    application.close()


@pytest.fixture
def drive(app: App) -> Driver:
    return Driver(app)
