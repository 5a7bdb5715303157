"""`python -m game resume` and `load`: a game stopped in the terminal goes on where it stopped."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import resume as resume_command
from game.saves import SaveStore

from .helpers import new_game, play

ROOT = Path(__file__).resolve().parents[2]


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "game", *args, "--lang", "en"], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)


def test_quit_then_resume_goes_on_where_the_game_stopped(tmp_path: Path) -> None:
    first = cli(tmp_path, "play", "--text", "--seats", "human:Ana,bot", "--seed", "4",
                stdin="1\n1\nq\n")
    assert first.returncode == 0, first.stderr
    assert "The game is saved" in first.stderr and "resume" in first.stderr
    assert "saved" not in first.stdout.lower()        # the transcript says nothing of saving
    store = SaveStore(tmp_path / "model-citizen" / "saves")
    before = store.latest()
    assert before is not None
    played = len(before.game.state.actions_taken)
    assert played >= 2

    again = cli(tmp_path, "resume", "--text", stdin="1\nq\n")
    assert again.returncode == 0, again.stderr
    assert "MODEL CITIZEN" in again.stdout and "Choose 1-" in again.stdout
    after = SaveStore(tmp_path / "model-citizen" / "saves").latest()
    assert after is not None and after.slot.game_id == before.slot.game_id
    assert after.game.state.actions_taken[:played] == before.game.state.actions_taken
    assert len(after.game.state.actions_taken) > played


def test_nothing_to_resume_is_one_clear_line(tmp_path: Path) -> None:
    result = cli(tmp_path, "resume", "--text")
    assert result.returncode == 2
    assert result.stderr == (
        "model-citizen: There is no unfinished saved game to continue.\n"
    )


def test_load_plays_on_from_a_file_and_never_changes_it(tmp_path: Path) -> None:
    path = tmp_path / "from-a-friend.json"
    game = play(new_game(seed=6, seats="human,bot"), steps=5)
    path.write_text(game.to_json(), encoding="utf-8")
    before = path.read_bytes()
    result = cli(tmp_path / "home", "load", str(path), "--text", stdin="1\nq\n")
    assert result.returncode == 0, result.stderr
    assert "Choose 1-" in result.stdout
    assert path.read_bytes() == before
    resumed = SaveStore(tmp_path / "home" / "model-citizen" / "saves").latest()
    assert resumed is not None and resumed.slot.game_id
    taken = resumed.game.state.actions_taken
    assert len(taken) > 5 and taken[:5] == game.state.actions_taken


@pytest.mark.parametrize(("text", "words"), [
    ('{"format": 1, "game": "model-citizen"', "not valid JSON"),
    ("[]", "not a Model Citizen save"),
])
def test_load_refuses_a_bad_file_in_one_line(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = cli(tmp_path, "load", str(path), "--text")
    assert result.returncode == 2
    assert words in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == text


def test_without_the_table_the_terminal_plays_after_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=2, seats="human,bot"), steps=3)
    store.autosave(game)
    monkeypatch.setattr(resume_command, "Autosaver", lambda: SaveStore(tmp_path))
    monkeypatch.setattr(resume_command, "_table_entry", lambda: None)
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    assert resume_command.run(argparse.Namespace(text=False, lang="en")) == 0
    captured = capsys.readouterr()
    assert "The table is not available here" in captured.err
    assert "Choose 1-" in captured.out
