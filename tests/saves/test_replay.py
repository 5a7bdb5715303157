"""Replay files: written, read back, stepped through; made with other content, they say so."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import default_content
from game.saves import (
    ReplayCursor,
    SaveError,
    make_replay,
    parse_replay,
    read_replay,
    save_replay,
)
from game.saves.replay import CHECKPOINT_EVERY

from .helpers import finished_game, new_game, play

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def game():  # type: ignore[no-untyped-def]
    return finished_game(seed=17)


def test_a_replay_holds_what_the_issue_lists(game, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(save_replay(game, tmp_path / "r.json").read_text(encoding="utf-8"))
    for key in ("ruleset", "content", "seats", "seed", "actions", "options", "format"):
        assert key in data
    assert data["actions"] == game.state.actions_taken


def test_the_cursor_walks_the_game_both_ways(game, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cursor = ReplayCursor(read_replay(save_replay(game, tmp_path / "r.json")))
    assert cursor.length == len(game.state.actions_taken)
    assert cursor.final == game
    for _ in range(cursor.length):
        cursor.forward()
    assert cursor.game == game and cursor.position == cursor.length
    cursor.forward()                     # past the end: stays at the end
    assert cursor.position == cursor.length
    for position in (cursor.length - 1, 3, CHECKPOINT_EVERY + 1, 0):
        cursor.jump_to(position)
        expected = type(game).replay(game.setup(), game.state.actions_taken[:position])
        assert cursor.game == expected
    cursor.jump_to(CHECKPOINT_EVERY * 2 + 3)
    cursor.back(5)
    assert cursor.position == CHECKPOINT_EVERY * 2 - 2
    assert cursor.game == cursor.game_at(cursor.position)


def test_jumping_to_a_round_and_what_happened_in_it(game) -> None:  # type: ignore[no-untyped-def]
    cursor = ReplayCursor(parse_replay(json.dumps(make_replay(game))))
    cursor.jump_to_round(3)
    assert cursor.round == 3 and cursor.rounds[cursor.position - 1] == 2
    entries = cursor.round_entries(3)
    assert entries and all(e["round"] == 3 for e in entries)
    public = [e["seq"] for e in entries]
    assert public == sorted(public)
    assert all(e["kind"] != "goal" for e in entries)       # secrets stay secret
    full = cursor.round_entries(1, full=True)
    assert any(e["kind"] == "goal" for e in full)
    assert cursor.end_of_round(cursor.rounds_played) == cursor.length


def test_a_save_file_can_be_replayed_too(game, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "save.json"
    path.write_text(game.to_json(), encoding="utf-8")
    cursor = ReplayCursor(read_replay(path))
    assert cursor.final == game


def test_a_replay_made_with_other_content_says_so(game) -> None:  # type: ignore[no-untyped-def]
    other = dataclasses.replace(default_content(), fingerprint="0000000000000000")
    replay = parse_replay(json.dumps(make_replay(game)), "class.json")
    with pytest.raises(SaveError, match="made with other content") as info:
        ReplayCursor(replay, other)
    assert str(info.value).startswith("class.json: ")


def test_a_replay_that_plays_out_differently_is_not_shown(game) -> None:  # type: ignore[no-untyped-def]
    data = make_replay(game)
    data["check"] = "0123456789abcdef"
    with pytest.raises(SaveError, match="plays out differently"):
        ReplayCursor(parse_replay(json.dumps(data)))
    data = make_replay(game)
    data["actions"] = data["actions"] + [0]
    with pytest.raises(SaveError, match="cannot be replayed"):
        ReplayCursor(parse_replay(json.dumps(data)))
    data = make_replay(game)
    data["seats"][0]["kind"] = 7
    with pytest.raises(SaveError, match="seats\\[0\\].kind"):
        parse_replay(json.dumps(data))


def test_an_unfinished_game_replays_up_to_where_it_stopped() -> None:
    game = play(new_game(seed=2), steps=20)
    cursor = ReplayCursor(parse_replay(json.dumps(make_replay(game))))
    assert cursor.length == 20 and cursor.final == game
    # No secrets before the end: the full record opens only when the game is over.
    assert cursor.round_entries(1, full=True) == cursor.round_entries(1)


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(ROOT / ".pytest_cache" / "xdg-replay")}
    return subprocess.run([sys.executable, "-m", "game", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=60, env=env)


def test_the_terminal_viewer_steps_and_jumps(game, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from game.cli.replay import TextReplay

    out = io.StringIO()
    cursor = ReplayCursor(parse_replay(json.dumps(make_replay(game))))
    viewer = TextReplay(cursor, out, io.StringIO("\n\nb\nr 3\nw\nr 99\ng 5\nhelp\ne\nq\n"))
    assert viewer.run() == 0
    text = out.getvalue()
    assert "Action 1/" in text and "Action 2/" in text
    assert "Round 3 begins" in text and "What happened in round 3:" in text
    assert "There is no round 99" in text and "Action 5/" in text
    assert f"Action {cursor.length}/{cursor.length}" in text


def test_replay_command_prints_a_round_and_refuses_other_content(
    game, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = save_replay(game, tmp_path / "class.json")
    shown = _cli("replay", str(path), "--text", "--round", "2", "--lang", "en")
    assert shown.returncode == 0, shown.stderr
    assert "What happened in round 2:" in shown.stdout
    everything = _cli("replay", str(path), "--text", "--all", "--lang", "en")
    assert everything.returncode == 0 and "Final scores:" in everything.stdout
    data = json.loads(path.read_text(encoding="utf-8"))
    data["content"] = "ffffffffffffffff"
    path.write_text(json.dumps(data), encoding="utf-8")
    refused = _cli("replay", str(path), "--text", "--lang", "en")
    assert refused.returncode == 2
    assert "made with other content" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_a_classroom_game_with_teacher_controls_replays() -> None:
    """A transparency switch and a skip to the review are in the action list and replay."""
    from game.engine import Game
    from game.saves.replay import ReplayCursor, parse_replay, replay_json

    game = Game.new(3, seed=8)
    game.teacher("opaque")
    game.apply(game.legal_actions()[-1])
    game.teacher("review")
    cursor = ReplayCursor(parse_replay(replay_json(game)))
    assert cursor.jump_to(cursor.length) == game
    assert not cursor.game_at(1).state.options.transparent
