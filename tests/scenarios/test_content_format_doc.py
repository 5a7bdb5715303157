"""docs/content-format.md stays complete and true: every mechanic documented, every one-line
example valid, and the tutorial's walkthrough the same as the tutorial pack."""

from __future__ import annotations

import re
import tomllib

import pytest

from game.engine.loader import CONDITION_FIELDS, EFFECT_FIELDS, _conditions, _effects
from game.engine.records import ACTION_KINDS, CHANNELS, EVENT_TARGETS, LABELS, SWITCHES
from game.engine.schema import Problems, Reader

from .helpers import ROOT, TUTORIAL_PACK

DOC = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
ONE_LINERS = re.findall(r"^((?:effects|conditions) = \[\{.*\}\])", DOC, re.MULTILINE)


@pytest.mark.parametrize(
    "names",
    [EFFECT_FIELDS, CONDITION_FIELDS, EVENT_TARGETS, ACTION_KINDS, CHANNELS, LABELS, SWITCHES],
    ids=["effects", "conditions", "targets", "kinds", "channels", "labels", "switches"],
)
def test_every_mechanic_is_documented(names: object) -> None:
    missing = [name for name in names if f"`{name}`" not in DOC]  # type: ignore[attr-defined]
    assert not missing, f"docs/content-format.md does not document {missing}"


def test_every_effect_and_condition_has_a_one_line_example() -> None:
    shown = " ".join(ONE_LINERS)
    for op in EFFECT_FIELDS:
        assert f'op = "{op}"' in shown, op
    for test in CONDITION_FIELDS:
        assert f'test = "{test}"' in shown, test


@pytest.mark.parametrize("line", ONE_LINERS)
def test_one_line_examples_are_valid(line: str) -> None:
    data = tomllib.loads(line)
    problems = Problems()
    reader = Reader(data, "example", problems)
    key = next(iter(data))
    parsed = _effects(reader, key) if key == "effects" else _conditions(reader, key)
    assert parsed and not problems.items, problems.items


@pytest.mark.parametrize("file", ["purchases.toml", "events.toml", "neighbours.toml"])
def test_tutorial_walkthrough_matches_the_tutorial_pack(file: str) -> None:
    text = (TUTORIAL_PACK / "content" / file).read_text(encoding="utf-8")
    entry = text[text.index("[["):].strip()
    assert entry in DOC, f"the walkthrough's {file} differs from docs/tutorial-pack"
