"""`python -m game debrief FILE --out DIR`: reports from saves and replays, clean refusals."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.__main__ import main  # noqa: E402

from .helpers import finished, new_game, play_out  # noqa: E402


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["debrief", *args, "--lang", "en"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_a_finished_save_makes_a_report(tmp_path, capsys):
    save = tmp_path / "game.json"
    save.write_text(finished(seed=1).to_json(), encoding="utf-8")
    code, out, _ = run(capsys, str(save), "--out", str(tmp_path / "report"))
    assert code == 0
    assert (tmp_path / "report" / "report.html").exists()
    assert "report.html" in out


def test_a_replay_of_setup_and_actions_makes_the_same_report(tmp_path, capsys):
    game = finished(seed=1)
    replay = tmp_path / "replay.json"
    replay.write_text(json.dumps({"setup": game.setup(), "actions": game.state.actions_taken}))
    save = tmp_path / "save.json"
    save.write_text(game.to_json())
    assert run(capsys, str(replay), "--out", str(tmp_path / "a"))[0] == 0
    assert run(capsys, str(save), "--out", str(tmp_path / "b"))[0] == 0
    first = (tmp_path / "a" / "report.html").read_text(encoding="utf-8")
    assert first == (tmp_path / "b" / "report.html").read_text(encoding="utf-8")


def test_a_replay_file_as_the_saves_write_it(tmp_path, capsys):
    game = finished(seed=3, players=1)
    setup = game.setup()
    data = {
        "format": 1,
        "game": "model-citizen",
        "kind": "replay",
        "content": game.content.fingerprint,
        **setup,
        "actions": game.state.actions_taken,
    }
    path = tmp_path / "game.replay.json"
    path.write_text(json.dumps(data))
    assert run(capsys, str(path), "--out", str(tmp_path / "out"))[0] == 0


def test_an_unfinished_game_is_refused_with_a_reason(tmp_path, capsys):
    save = tmp_path / "unfinished.json"
    save.write_text(play_out(new_game(seed=4), seed=4, steps=12).to_json())
    code, _, err = run(capsys, str(save), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "not over yet" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "not valid JSON"),
        (b"[1, 2, 3]", "not a saved game or a replay"),
        (b'{"hello": "world"}', "not a saved game or a replay"),
        (b'{"setup": {"seats": 3}, "actions": []}', "setup is damaged"),
        (b'{"setup": {}, "actions": "many"}', "damaged"),
        (b"\xff\xfe\x00\x01binary", "not a text file"),
        (b'{"game": "model-citizen", "format": 99}', "format"),
        (b"[" * 100000 + b"]" * 100000, "not valid JSON"),
    ],
    ids=["text", "list", "object", "bad-setup", "bad-actions", "binary", "format", "deep"],
)
def test_bad_files_are_refused_cleanly(tmp_path, capsys, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, _, err = run(capsys, str(path), "--out", str(tmp_path / "out"))
    assert code == 2
    assert message in err
    assert str(path) in err


def test_an_edited_action_list_is_refused(tmp_path, capsys):
    game = finished(seed=1)
    actions = list(game.state.actions_taken)
    actions[5] = 10_000
    path = tmp_path / "edited.json"
    path.write_text(json.dumps({"setup": game.setup(), "actions": actions}))
    code, _, err = run(capsys, str(path), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "action 6" in err


def test_missing_files_and_folders_are_refused(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path / "nothing.json"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and "folder" in err
