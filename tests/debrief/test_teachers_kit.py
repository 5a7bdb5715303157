"""The teacher's kit says what the game does: its numbers are the data's, its links resolve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.engine import default_content

ROOT = Path(__file__).resolve().parents[2]
KIT = ROOT / "docs" / "teachers"
FILES = (
    "guide.md",
    "settings.md",
    "debrief-questions.md",
    "rules-summary.md",
    "glossary.md",
    "background.md",
)
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def text(name: str) -> str:
    return (KIT / "en" / name).read_text(encoding="utf-8")


def pct(chance: float) -> str:
    return f"{round(chance * 100)}%"


@pytest.mark.parametrize("name", FILES)
def test_every_file_exists_and_its_links_resolve(name):
    path = KIT / "en" / name
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        if "://" not in target:
            assert (path.parent / target).resolve().exists(), f"{name}: broken link {target}"


@pytest.mark.parametrize("name", FILES)
def test_every_number_in_the_kit_is_the_datas(name):
    from game.tools.rules_tables import stale_parts

    stale = stale_parts(text(name), default_content())
    assert stale == [], f"{name}: run python -m game.debrief.kit --write ({'; '.join(stale)})"


def test_the_handouts_quote_their_numbers_from_the_data():
    summary = text("rules-summary.md")
    for key in (
        "ruleset.start_wellbeing",
        "ruleset.action_points",
        "ruleset.life_wellbeing",
        "ruleset.living_cost",
        "ruleset.eras.0.detection.speech:pct",
        "action.report",
        "ruleset.black_market_detection:pct",
        "ruleset.appeal_success:pct",
    ):
        assert f"<!--v:{key}-->" in summary, key
    settings = text("settings.md")
    for key in ("sesame.tiers.1.min", "booklet.blacklist_below", "sesame.weights.credit:pct"):
        assert f"<!--v:{key}-->" in settings, key


def test_the_background_quotes_the_sesame_weights():
    sesame = default_content().rulesets["sesame"]
    weights = "/".join(
        str(round(100 * sesame.weights[f]))
        for f in ("credit", "fulfilment", "identity", "behaviour", "connections")
    )
    assert f"Sesame weighs them {weights}" in " ".join(text("background.md").split())


def test_the_kit_command_checks_and_writes(tmp_path, monkeypatch, capsys):
    from game.debrief import kit

    (tmp_path / "en").mkdir()
    page = tmp_path / "en" / "page.md"
    page.write_text("You start with <!--v:ruleset.start_money-->0<!--/v--> coins.\n")
    monkeypatch.setattr(kit, "KIT", tmp_path)
    monkeypatch.setattr(kit, "kit_files", lambda root=tmp_path: sorted(root.glob("*/*.md")))
    assert kit.main([]) == 1
    assert "ruleset.start_money" in capsys.readouterr().out
    assert kit.main(["--write"]) == 0
    money = default_content().rulesets["sesame"].start_money
    assert f"-->{money}<!--" in page.read_text()
    assert kit.main([]) == 0


def test_the_guide_names_real_commands_and_options():
    from game.__main__ import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    kit = " ".join(text(name) for name in FILES)
    for command in re.findall(r"python -m game (\w+)", kit):
        assert command in commands, command
    play_options = {o for a in commands["play"]._actions for o in a.option_strings}  # noqa: SLF001
    for option in set(re.findall(r"`(--[a-z-]+)", kit)):
        assert option in play_options or option in ("--out", "--lang"), option
