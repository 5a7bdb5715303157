"""Every damaged save is refused with one sentence saying what is wrong, and no file moves."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from game.engine import default_content
from game.saves import SaveError, SaveStore, load, loads

from .helpers import new_game, play, snapshot

Edit = Callable[[dict[str, Any]], Any]


def _set(path: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> Any:
        target: Any = data
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
        return data

    return edit


def _drop(key: str) -> Edit:
    def edit(data: dict[str, Any]) -> Any:
        del data[key]
        return data

    return edit


def _deep(data: dict[str, Any]) -> Any:
    nested: Any = 0
    for _ in range(60):
        nested = [nested]
    data["state"]["extra"] = nested
    return data


# (name, how the data is damaged, words the refusal must contain)
DATA_CASES: list[tuple[str, Edit, str]] = [
    ("not a save", lambda d: [1, 2, 3], "not a Model Citizen save"),
    ("other game", _set("game", "chess"), "not a Model Citizen save"),
    ("future format", _set("format", 99), "newer version"),
    ("format as text", _set("format", "1"), "format should be a whole number"),
    ("seed as text", _set("setup.seed", "seven"), "'setup.seed' should be a whole number"),
    ("negative seed", _set("setup.seed", -1), "'setup.seed'"),
    ("huge seed", _set("setup.seed", 10**40), "'setup.seed'"),
    ("seats not a list", _set("setup.seats", "Ana"), "'setup.seats' should be a list"),
    ("seven seats", lambda d: _set("setup.seats", d["setup"]["seats"] * 3)(d), "'setup.seats'"),
    ("seat kind", _set("setup.seats.0.kind", "wizard"), "'setup.seats[0].kind'"),
    ("seat name type", _set("setup.seats.1.name", {"x": 1}), "'setup.seats[1].name'"),
    ("unknown bot", _set("setup.seats.1.bot", "wizard"), "kind of bot this version does not"),
    ("options a list", _set("setup.options", [True]), "'setup.options' should be a table"),
    ("option wrong", _set("setup.options.transparent", "yes"), "transparent"),
    ("action as text", _set("actions.0", "buy"), "'actions[0]' should be a whole number"),
    ("action a bool", _set("actions.0", True), "'actions[0]'"),
    ("action huge", _set("actions.0", 2**70), "'actions[0]'"),
    ("action unknown", _set("actions.1", 999_999), "cannot be replayed"),
    ("pack path", _set("setup.packs", ["//server/share/pack"]), "not installed here"),
    ("pack unknown", _set("setup.packs", ["atlantis"]), "not installed here"),
    ("pack relative", _set("setup.packs", ["../../etc"]), "not installed here"),
    ("packs a dict", _set("setup.packs", {"a": 1}), "'setup.packs' should be a list"),
    ("missing actions", _drop("actions"), "'actions' is missing"),
    ("missing setup", _drop("setup"), "'setup' is missing"),
    ("state edited", _set("state.citizens.0.score", 999), "does not match its own actions"),
    ("money edited", _set("state.citizens.0.money", 10**6), "does not match its own actions"),
    ("state a list", _set("state", []), "'state' should be a table"),
    ("unknown ruleset", _set("setup.ruleset", "monopoly"), "unknown ruleset"),
    ("content changed", _set("content", "0123456789abcdef"), "other content"),
    ("deep nesting", _deep, "nested more than"),
]

TEXT_CASES: list[tuple[str, Callable[[str], str], str]] = [
    ("truncated", lambda t: t[: len(t) // 2], "not valid JSON"),
    ("empty", lambda t: "", "not valid JSON"),
    ("garbage", lambda t: "this is a letter, not a save", "not valid JSON"),
    ("NaN", lambda t: t.replace('"connections":50.0', '"connections":NaN', 1), "no game can hold"),
    ("Infinity", lambda t: t.replace('"seed":', '"seed":Infinity,"x":', 1), "no game can hold"),
    ("huge integer", lambda t: t.replace('"seed":', '"seed":' + "9" * 5000 + ',"x":', 1),
     "no game can hold"),
    ("very deep", lambda t: "[" * 100_000 + "]" * 100_000, "nested more than"),
]


@pytest.fixture(scope="module")
def saved_text() -> str:
    return play(new_game(seed=21), seed=3, steps=12).to_json()


def _one_sentence(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith("."), message


@pytest.mark.parametrize(("name", "edit", "words"), DATA_CASES, ids=[c[0] for c in DATA_CASES])
def test_a_damaged_field_is_named(saved_text: str, name: str, edit: Edit, words: str) -> None:
    data = edit(json.loads(saved_text))
    with pytest.raises(SaveError) as info:
        loads(json.dumps(data), where="game.json")
    assert words in str(info.value)
    assert str(info.value).startswith("game.json: ")
    _one_sentence(str(info.value))


@pytest.mark.parametrize(("name", "edit", "words"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_damaged_text_is_refused(saved_text: str, name: str, edit: Callable[[str], str],
                                 words: str) -> None:
    text = edit(saved_text)
    assert text != saved_text
    with pytest.raises(SaveError) as info:
        loads(text, where="game.json")
    assert words in str(info.value)
    _one_sentence(str(info.value))


def test_file_level_refusals(tmp_path: Path, saved_text: str) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(SaveError, match="no such file"):
        load(missing)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    with pytest.raises(SaveError, match="not UTF-8"):
        load(binary)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (5 * 1024 * 1024 + 1))
    with pytest.raises(SaveError, match="larger than 5 MB"):
        load(huge)
    with pytest.raises(SaveError, match="folder"):
        load(tmp_path)


def test_a_save_made_with_other_content_is_refused(tmp_path: Path, saved_text: str) -> None:
    other = dataclasses.replace(default_content(), fingerprint="feedfacefeedface")
    path = tmp_path / "game.json"
    path.write_text(saved_text, encoding="utf-8")
    with pytest.raises(SaveError, match="made with other content"):
        load(path, content=other)


def test_a_byte_order_mark_from_a_text_editor_is_fine(tmp_path: Path, saved_text: str) -> None:
    path = tmp_path / "game.json"
    path.write_bytes(b"\xef\xbb\xbf" + saved_text.encode())
    assert load(path).to_json() == saved_text


@pytest.mark.parametrize(("name", "edit", "words"), DATA_CASES[:6] + DATA_CASES[-6:],
                         ids=[c[0] for c in DATA_CASES[:6] + DATA_CASES[-6:]])
def test_refusing_changes_no_file_and_resume_falls_back(
    tmp_path: Path, name: str, edit: Edit, words: str
) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=5)
    for _ in range(3):
        play(game, seed=len(game.state.actions_taken), steps=1)
        newest = store.autosave(game)
    newest.write_text(json.dumps(edit(json.loads(newest.read_text(encoding="utf-8")))),
                      encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(SaveError) as info:
        load(newest)
    assert words in str(info.value)
    resumed = SaveStore(tmp_path).resume()
    assert resumed.path != newest and len(resumed.game.state.actions_taken) == 2
    assert words in resumed.skipped[0]
    assert snapshot(tmp_path) == before
    # Playing on writes a new save; the refused one is never overwritten.
    store2 = SaveStore(tmp_path)
    store2.attach(resumed.game, resumed.slot)
    written = store2.autosave(play(resumed.game, steps=1))
    assert written.name == "000004.json"
    assert newest.read_bytes() == before[str(newest.relative_to(tmp_path))][0]
