"""The simulator end to end: its JSON has the promised keys, and the same seed gives the same
figures, whatever the number of worker processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import default_content, default_options
from game.sim import SimSpec
from game.sim.pool import simulate

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("conformist", "dissident", "loyal", "balanced")
KEYS = {
    "games",
    "seed",
    "seats",
    "win_rate",
    "win_rate_ci95",
    "mean_score",
    "mean_life_points",
    "title_holder_wins_rate",
    "mean_rounds",
    "mean_decisions",
    "games_per_second",
    "decisions_per_second",
}
TIMINGS = {"games_per_second", "decisions_per_second", "seconds", "jobs"}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", "simulate", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "120"},
    )


def spec(seed: int = 3, ruleset: str = "sesame", **switches: object) -> SimSpec:
    content = default_content()
    options = default_options(content.rulesets[ruleset], **switches).to_dict()
    return SimSpec(KINDS, ruleset, options, seed)


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    return simulate(spec(), 60, jobs=1).figures()


def test_figures_have_every_seat_and_sensible_ranges(figures: dict[str, object]) -> None:
    assert figures["games"] == 60 and figures["seed"] == 3
    assert figures["seats"] == list(KINDS)
    win_rate = figures["win_rate"]
    ci = figures["win_rate_ci95"]
    assert isinstance(win_rate, dict) and isinstance(ci, dict)
    for kind in KINDS:
        low, high = ci[kind]
        assert 0.0 <= low <= win_rate[kind] <= high <= 1.0
    # Somebody wins every game; ties give more than one winner.
    assert 1.0 <= sum(win_rate.values()) <= 1.0 + float(figures["shared_win_rate"]) * 3 + 1e-9
    assert figures["mean_rounds"] == 8
    assert 0.0 <= float(figures["title_holder_wins_rate"]) <= 1.0


def test_same_seed_same_figures_with_one_or_two_processes(figures: dict[str, object]) -> None:
    assert simulate(spec(), 60, jobs=2).figures() == figures


def test_another_seed_gives_other_games(figures: dict[str, object]) -> None:
    assert simulate(spec(seed=4), 60, jobs=1).figures() != figures


def test_the_command_prints_one_json_object_with_the_promised_keys() -> None:
    args = (
        "--games",
        "30",
        "--seats",
        ",".join(KINDS),
        "--ruleset",
        "booklet",
        "--opaque",
        "--no-appeals",
        "--seed",
        "11",
        "--jobs",
        "2",
        "--json",
    )
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert set(data) >= KEYS
    assert data["games"] == 30 and data["seed"] == 11
    assert data["options"]["transparent"] is False and data["options"]["appeals"] is False
    second = json.loads(run_cli(*args).stdout)
    strip = lambda d: {k: v for k, v in d.items() if k not in TIMINGS}  # noqa: E731
    assert strip(second) == strip(data)


def test_the_table_names_every_seat() -> None:
    result = run_cli("--games", "8", "--seats", "random,balanced", "--seed", "2")
    assert result.returncode == 0, result.stderr
    assert "random" in result.stdout and "balanced" in result.stdout
    assert "title holder" in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (("--seats", "human,balanced"), "bots only"),
        (("--games", "0"), "at least 1"),
        (("--seats", "genius,balanced"), "genius"),
        (("--ruleset", "nope"), "unknown ruleset"),
    ],
)
def test_bad_input_gets_a_message_not_a_traceback(args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("scenario", ["nosedive", "data-economy"])
def test_scenario_packs_play_with_every_temperament(scenario: str) -> None:
    result = run_cli(
        "--games",
        "6",
        "--scenario",
        scenario,
        "--seats",
        "conformist,dissident,loyal,opportunist",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["packs"] == [scenario]
    assert data["games"] == 6 and sum(data["win_rate"].values()) >= 1.0
