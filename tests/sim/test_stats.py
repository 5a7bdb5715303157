"""The simulator's arithmetic: Wilson intervals, seat labels, and how records add up."""

from __future__ import annotations

import pytest

from game.sim import GameRecord, SeatRecord, SimSpec, seat_labels, summarise, wilson


def test_wilson_interval_matches_known_values() -> None:
    low, high = wilson(40, 100)
    assert low == pytest.approx(0.3094, abs=1e-4)
    assert high == pytest.approx(0.4980, abs=1e-4)
    assert wilson(0, 10)[0] == 0.0 and 0.0 < wilson(0, 10)[1] < 0.35
    assert wilson(10, 10)[1] == pytest.approx(1.0) and wilson(10, 10)[0] > 0.65
    assert wilson(0, 0) == (0.0, 1.0)


def test_a_kind_seated_twice_is_numbered() -> None:
    assert seat_labels(("loyal", "balanced", "loyal")) == ["loyal#1", "balanced", "loyal#2"]
    assert seat_labels(("a", "b")) == ["a", "b"]


def seat(score: int, life: int, *, winner: bool = False, title: bool = False) -> SeatRecord:
    return SeatRecord(
        score=score,
        life_points=life,
        winner=winner,
        model_citizen=title,
        goal_achieved=False,
        blacklisted=False,
    )


def test_ties_count_as_a_win_for_every_tied_seat_and_title_wins_are_counted() -> None:
    spec = SimSpec(("conformist", "dissident"), "sesame", {}, seed=5)
    records = [
        GameRecord(5, 8, 90, 0.1, (seat(700, 50, title=True), seat(500, 60, winner=True))),
        GameRecord(
            6, 8, 80, 0.1, (seat(700, 60, winner=True, title=True), seat(500, 60, winner=True))
        ),
        GameRecord(7, 8, 100, 0.1, (seat(600, 70, winner=True, title=True), seat(500, 40))),
    ]
    summary = summarise(spec, records, seconds=2.0)
    assert summary.win_rate == {
        "conformist": pytest.approx(2 / 3, abs=1e-4),
        "dissident": pytest.approx(2 / 3, abs=1e-4),
    }
    assert summary.title_holder_wins_rate == pytest.approx(2 / 3, abs=1e-4)
    assert summary.shared_win_rate == pytest.approx(1 / 3, abs=1e-4)
    assert summary.mean_score["conformist"] == pytest.approx(666.6667, abs=1e-3)
    assert summary.mean_decisions == 90
    assert summary.games_per_second == pytest.approx(1.5)
    assert summary.decisions_per_second == pytest.approx(135.0)
