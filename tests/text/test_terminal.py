"""The terminal mode: bot-only games play to the end alone; humans' bad input is answered."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from game.cli.common import GameSetup, parse_seats
from game.engine import default_content, default_options
from game.text.play import play_text

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(ROOT / ".pytest_cache" / "xdg")}
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )


def test_bot_only_game_plays_to_the_end_with_stdin_closed_and_is_reproducible() -> None:
    args = ("play", "--text", "--seats", "bot,bot,bot,bot", "--seed", "11", "--lang", "en")
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert "LIFE REVIEW" in first.stdout
    assert "Traceback" not in first.stderr
    second = run_cli(*args)
    assert second.stdout == first.stdout, "same seed, same transcript"
    other = run_cli("play", "--text", "--seats", "bot,bot,bot,bot", "--seed", "12")
    assert other.stdout != first.stdout


def setup(seats: str, **switches: object) -> GameSetup:
    content = default_content()
    options = default_options(content.rulesets["sesame"], length="short", **switches)
    return GameSetup(parse_seats(seats), "sesame", 3, options)


def test_human_bad_input_is_answered_then_the_game_goes_on() -> None:
    out = io.StringIO()
    answers = "banana\n0\n999\nd 1\nd 99\n" + "1\n" * 400
    code = play_text(setup("human,bot"), out=out, inp=io.StringIO(answers))
    text = out.getvalue()
    assert code == 0
    assert "Please type a number from 1 to" in text
    assert "Type d and a number" in text
    assert "LIFE REVIEW" in text


def test_closed_input_stops_cleanly() -> None:
    out = io.StringIO()
    assert play_text(setup("human,bot"), out=out, inp=io.StringIO("")) == 0
    assert "Input closed" in out.getvalue()


def test_prices_are_shown_in_transparent_mode_only() -> None:
    clear, opaque = io.StringIO(), io.StringIO()
    play_text(setup("human,bot"), out=clear, inp=io.StringIO("q\n"))
    play_text(setup("human,bot", transparent=False), out=opaque, inp=io.StringIO("q\n"))
    assert "score" in clear.getvalue().split("Choose")[0]
    assert "(if detected" not in opaque.getvalue()
    assert "Opaque scoring" in opaque.getvalue()


def test_two_humans_get_a_hand_off_and_see_only_their_own_goal() -> None:
    out = io.StringIO()
    play_text(setup("human:Ana,human:Ben"), out=out, inp=io.StringIO("1\n\nq\n"))
    text = out.getvalue()
    assert "Pass the keyboard to Ben" in text
    before, after = text.split("Pass the keyboard to Ben")
    assert before.count("Secret goal:") == 1 and after.count("Secret goal:") == 1


def test_bad_options_give_a_message_not_a_traceback() -> None:
    bad = run_cli("play", "--text", "--seats", "human,wizard")
    assert bad.returncode == 2
    assert "wizard" in bad.stderr and "Traceback" not in bad.stderr
    unknown = run_cli("play", "--text", "--ruleset", "nope", "--seats", "bot")
    assert unknown.returncode == 2 and "unknown ruleset" in unknown.stderr
