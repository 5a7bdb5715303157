"""The example learner runs end to end on a tiny budget and reports win rates."""

from __future__ import annotations

import pytest

pytest.importorskip("pettingzoo", reason="the [rl] extra is not installed")

from game.rl import example  # noqa: E402


def test_example_trains_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    code = example.main(["--minutes", "0.01", "--eval-games", "2", "--players", "3",
                         "--opponents", "random", "--scenario", "nosedive"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("win rate") == 2 and "Trained for" in out


def test_example_refuses_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert example.main(["--players", "9"]) == 2
    assert example.main(["--opponents", "nobody", "--minutes", "0"]) == 2
    assert "unknown bot" in capsys.readouterr().err
