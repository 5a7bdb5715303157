"""The twelve points: the data table is sound, and every game gets twelve questions of its own."""

from __future__ import annotations

import copy
import re

from game.debrief import build_debrief
from game.debrief.twelve_points import check_points, load_points
from game.engine import default_content

from .helpers import finished, quiet_game

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_the_table_names_only_real_cards_kinds_and_switches():
    assert check_points(default_content()) == []


def test_the_checker_finds_mistakes():
    points = copy.deepcopy(load_points())
    points[0]["case"][0]["items"] = ["no_such_card"]
    points[1]["case"][0]["kinds"] = ["teleport"]
    points[2]["case"][0]["colour"] = "red"
    points[3]["case"].append({"kinds": ["buy"], "question": "?"})
    del points[4]["explanation"]
    problems = "\n".join(check_points(default_content(), points))
    assert "unknown item 'no_such_card'" in problems
    assert "unknown kind 'teleport'" in problems
    assert "unknown key 'colour'" in problems
    assert "point 4: the last case should be a fallback" in problems
    assert "point 5: no explanation" in problems


def test_every_game_gets_twelve_points_with_a_question_each():
    for seed in range(20, 32):
        options = {"transparent": seed % 2 == 0, "appeals": seed % 3 != 0}
        debrief = build_debrief(finished(seed=seed, players=2 + seed % 5, **options))
        assert [p.number for p in debrief.points] == list(range(1, 13))
        for point in debrief.points:
            assert point.name and point.explanation and point.status
            assert point.question.endswith("?"), point.question
            assert not PLACEHOLDER.search(point.question), point.question
            assert len(point.evidence) <= 4
            assert point.count >= len(point.evidence)


def test_questions_use_the_games_own_events():
    game = finished(seed=1)
    debrief = build_debrief(game)
    log = game.log_for(None)
    reports = [e for e in log if e["kind"] == "report"]
    assert reports, "the sample game should have reports"
    point = next(p for p in debrief.points if p.id == "ethical_monitoring")
    top = max(reports, key=lambda e: (abs(e["score"].get(e["actor"], 0)), -e["seq"]))
    reporter = debrief.citizen_names[top["actor"]]
    assert point.question.startswith(f"{reporter} reported ")
    assert f"in round {top['round']}" in point.question
    target = debrief.citizen_names[top["target"]]
    assert point.evidence[0].startswith(f"Round {top['round']}: {reporter} reports {target}")


def test_a_quiet_game_falls_back_to_general_questions():
    debrief = build_debrief(quiet_game())
    by_id = {p.id: p for p in debrief.points}
    assert by_id["algorithms"].evidence == []
    assert by_id["algorithms"].question.startswith("The score was a formula")
    assert by_id["appeals"].question == (
        "Appeals were possible, for a coin and an action, yet nobody appealed. Why not?"
    )
    assert "formula weighed" in by_id["algorithms"].status


def test_switches_decide_the_status_lines():
    on = build_debrief(finished(seed=6, data_protection=True, public_shaming=False, length="long"))
    off = build_debrief(finished(seed=1))
    assert next(p for p in on.points if p.id == "data_protection").status.startswith(
        "Data protection was on"
    )
    assert next(p for p in off.points if p.id == "data_protection").status.startswith(
        "Data protection was off"
    )
