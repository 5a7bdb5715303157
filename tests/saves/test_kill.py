"""Kill a bot game at random moments (SIGKILL): the newest save always loads and, played on by
the same bots, reaches the same end as the game that was never interrupted."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.saves import SaveStore
from game.text.play import play_game

ROOT = Path(__file__).resolve().parents[2]
# Random bots draw luck of their own at every decision: the case that needs care on resume.
GAME = ["play", "--text", "--seats", "random,bot,random", "--seed", "23", "--lang", "en"]
KILLS = 8

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def start(data_home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.Popen([sys.executable, "-m", "game", *GAME], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def newest_number(saves: Path) -> int:
    numbers = [int(p.stem) for p in saves.glob("*/0*.json") if p.stem.isdigit()]
    return max(numbers, default=0)


def store_in(data_home: Path) -> SaveStore:
    return SaveStore(data_home / "model-citizen" / "saves")


def test_a_killed_game_resumes_to_the_same_end(tmp_path: Path) -> None:
    reference_home = tmp_path / "reference"
    whole = start(reference_home)
    assert whole.wait(timeout=60) == 0, whole.stderr.read() if whole.stderr else ""
    reference = store_in(reference_home).latest(include_finished=True)
    assert reference is not None and reference.game.is_over()
    final = reference.game.state.to_dict()
    length = len(reference.game.state.actions_taken)

    rng = random.Random(7)
    interrupted = 0
    for trial in range(KILLS):
        home = tmp_path / f"run{trial}"
        process = start(home)
        saves = home / "model-citizen" / "saves"
        deadline = time.monotonic() + 30
        while not any(saves.glob("*/0*.json")) and process.poll() is None:
            assert time.monotonic() < deadline, "the game never saved"
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            interrupted += 1
        process.wait(timeout=30)

        store = store_in(home)
        resumed = store.latest(include_finished=True)
        assert resumed is not None, f"trial {trial}: no save loads"
        assert resumed.skipped == [], f"trial {trial}: a save was damaged: {resumed.skipped}"
        assert resumed.path == resumed.slot.saves()[0], "the newest save is the one that loads"
        at = len(resumed.game.state.actions_taken)
        assert 0 <= at <= length
        play_game(resumed.game, out=io.StringIO(), inp=io.StringIO(""))
        assert resumed.game.state.to_dict() == final, f"trial {trial}: resumed at {at}, other end"
    assert interrupted >= KILLS // 2, "too few kills landed mid-game to mean anything"
