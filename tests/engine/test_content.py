"""Content loading: the game's own files are sound; broken files are named, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import ASSETS_ROOT, ContentError, load_content

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def assets(tmp_path: Path) -> Path:
    target = tmp_path / "assets"
    shutil.copytree(ASSETS_ROOT / "rulesets", target / "rulesets")
    shutil.copytree(ASSETS_ROOT / "content", target / "content")
    return target


def problems_after(assets: Path, file: str, old: str, new: str) -> list[str]:
    path = assets / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: '{old}' not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_content(assets)
    return info.value.problems


def test_game_content_loads_with_enough_entries() -> None:
    content = load_content()
    entries = (
        len(content.actions)
        + len(content.purchases)
        + len(content.events)
        + len(content.privileges)
        + len(content.neighbours)
        + len(content.goals)
    )
    assert entries >= 60
    assert {"sesame", "booklet"} <= set(content.rulesets)
    for kind in (content.purchases, content.events, content.privileges, content.actions):
        for entry in kind.values():
            assert entry.label in ("real", "exaggerated", "satire")
            assert entry.label != "real" or entry.source


def test_unknown_effect_is_named_with_file_and_entry(assets: Path) -> None:
    problems = problems_after(assets, "content/actions.toml", 'op = "critic"', 'op = "explode"')
    assert any("actions.toml: action 'criticise'" in p and "'explode'" in p for p in problems)


def test_bad_type_is_named(assets: Path) -> None:
    problems = problems_after(assets, "content/actions.toml", "ap = 1", 'ap = "one"')
    assert any(
        "action 'work'" in p and "field 'ap' should be a whole number" in p for p in problems
    )


def test_missing_text_is_named(assets: Path) -> None:
    problems = problems_after(
        assets, "content/actions.toml", 'name = "Work a shift"', 'title = "Work a shift"'
    )
    assert any("action 'work'" in p and "missing field 'name'" in p for p in problems)
    assert any("unknown field 'title'" in p for p in problems)


def test_duplicate_id_is_named(assets: Path) -> None:
    problems = problems_after(assets, "content/actions.toml", 'id = "share"', 'id = "praise"')
    assert any("duplicate id 'praise'" in p for p in problems)


def test_reference_to_nothing_is_named(assets: Path) -> None:
    goals = (assets / "content/goals.toml").read_text(encoding="utf-8")
    counter = goals.split('counter = "', 1)[1].split('"', 1)[0]
    problems = problems_after(
        assets, "content/goals.toml", f'counter = "{counter}"', 'counter = "unicorns"'
    )
    assert any("counter 'unicorns' is never raised" in p for p in problems)


def test_toml_syntax_error_names_the_file(assets: Path) -> None:
    (assets / "content/events.toml").write_text("[[event]\nid = ", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_content(assets)
    assert any("events.toml" in p and "not valid TOML" in p for p in info.value.problems)


def test_real_label_needs_a_source(assets: Path) -> None:
    text = (assets / "content/actions.toml").read_text(encoding="utf-8")
    work = text.split('id = "work"', 1)[1]
    source_line = next(line for line in work.splitlines() if line.startswith("source ="))
    problems = problems_after(assets, "content/actions.toml", source_line, 'source = ""')
    assert any("action 'work'" in p and "needs its source" in p for p in problems)


def run_validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_validate_command_exit_codes(assets: Path) -> None:
    ok = run_validate(assets)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    single = run_validate(assets / "content" / "events.toml")
    assert single.returncode == 0, single.stdout
    (assets / "content/purchases.toml").write_text('[[purchase]]\nid = "X y"\n', encoding="utf-8")
    bad = run_validate(assets)
    assert bad.returncode == 2
    assert "purchases.toml" in bad.stdout and "Traceback" not in bad.stdout + bad.stderr
    missing = run_validate(assets / "nope.toml")
    assert missing.returncode == 2 and "no such file" in missing.stdout
