"""The store: one folder per game, rotation, an index, resume finds the newest good save."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from game.saves import NothingToResume, SaveStore, can_undo, default_save_dir, undo
from game.saves.store import INDEX_NAME, REPLAY_NAME

from .helpers import new_game, play, snapshot


def test_the_data_folder_follows_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_DATA_HOME is the Linux convention")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_save_dir() == tmp_path / "model-citizen" / "saves"
    assert SaveStore().root == tmp_path / "model-citizen" / "saves"


def test_only_the_last_few_saves_are_kept_and_numbers_only_grow(tmp_path: Path) -> None:
    store = SaveStore(tmp_path, keep=3)
    game = new_game(seed=2)
    paths = []
    for _ in range(8):
        play(game, seed=len(paths), steps=1)
        paths.append(store.autosave(game))
    slot = store.slot_of(game)
    assert slot is not None
    assert slot.saves() == paths[::-1][:3]
    assert [p.name for p in paths] == [f"{n:06d}.json" for n in range(1, 9)]


def test_two_games_never_share_a_folder(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    first, second = new_game(seed=1), new_game(seed=1)   # the very same setup
    a = store.autosave(first)
    b = store.autosave(second)
    assert a.parent != b.parent
    play(first, steps=3)
    store.autosave(first)
    assert len(store.slots()) == 2
    assert {s.game_id for s in store.slots()} == set(store.index())


def test_the_index_lists_each_game_with_a_summary(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=6), steps=5)
    store.autosave(game)
    (entry,) = store.index().values()
    assert entry["actions"] == 5 and entry["over"] is False
    assert entry["seats"] == [s.name for s in game.state.seats]


def test_resume_takes_the_newest_unfinished_game(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    older = play(new_game(seed=1), steps=4)
    store.autosave(older)
    newer = play(new_game(seed=2), steps=9)
    store.autosave(newer)
    finished = play(new_game(seed=3))
    store.autosave(finished)
    resumed = store.resume()
    assert resumed.game == newer
    assert resumed.slot.game_id == store.slot_of(newer).game_id  # type: ignore[union-attr]
    assert store.latest(include_finished=True).game == finished  # type: ignore[union-attr]
    assert (store.slot_of(finished).directory / REPLAY_NAME).exists()  # type: ignore[union-attr]


def test_a_resumed_game_keeps_saving_in_its_own_folder(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=8), steps=6)
    first = store.autosave(game)
    other = SaveStore(tmp_path)            # a new process
    resumed = other.resume()
    play(resumed.game, steps=1)
    nxt = other.autosave(resumed.game)
    assert nxt.parent == first.parent and nxt.name == "000002.json"


def test_a_damaged_newest_save_is_skipped_and_left_alone(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=4)
    for _ in range(3):
        play(game, steps=1)
        newest = store.autosave(game)
    good = game.clone()
    newest.write_text(newest.read_text(encoding="utf-8")[:500], encoding="utf-8")
    before = snapshot(tmp_path)
    resumed = SaveStore(tmp_path).resume()
    assert snapshot(tmp_path) == before
    assert resumed.path.name == "000002.json"
    assert len(resumed.game.state.actions_taken) == len(good.state.actions_taken) - 1
    assert resumed.skipped and "not valid JSON" in resumed.skipped[0]


def test_nothing_to_resume_says_why(tmp_path: Path) -> None:
    empty = SaveStore(tmp_path / "none")
    with pytest.raises(NothingToResume, match="no unfinished saved game"):
        empty.resume()
    store = SaveStore(tmp_path / "bad")
    path = store.autosave(play(new_game(seed=4), steps=2))
    path.write_text("{", encoding="utf-8")
    with pytest.raises(NothingToResume, match="could be continued") as info:
        store.resume()
    assert info.value.skipped


def test_a_lost_or_damaged_index_costs_nothing(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=5), steps=3)
    store.autosave(game)
    (tmp_path / INDEX_NAME).write_text("[[[", encoding="utf-8")
    assert store.index() == {}
    assert store.resume().game == game
    (tmp_path / INDEX_NAME).unlink()
    assert store.resume().game == game
    store.autosave(play(game, steps=1))
    assert len(json.loads((tmp_path / INDEX_NAME).read_text())["games"]) == 1


def test_a_temporary_file_left_by_a_kill_is_ignored(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=5), steps=3)
    path = store.autosave(game)
    (path.parent / "000002.json.abc.tmp").write_text('{"half": ', encoding="utf-8")
    assert store.resume().path == path


def test_opening_a_file_from_elsewhere_copies_it_and_leaves_it_untouched(tmp_path: Path) -> None:
    outside = tmp_path / "mail" / "game.json"
    outside.parent.mkdir()
    game = play(new_game(seed=9), steps=7)
    outside.write_text(game.to_json(), encoding="utf-8")
    before = outside.read_bytes()
    store = SaveStore(tmp_path / "saves")
    resumed = store.open(outside)
    assert resumed.game == game and outside.read_bytes() == before
    assert store.resume().game == game          # it is in the store now
    own = store.open(store.slots()[0].saves()[0])
    assert own.slot.game_id == resumed.slot.game_id


def test_after_an_undo_the_game_keeps_its_folder(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=10, seats="human,human")
    store.autosave(game)
    for _ in range(200):
        if can_undo(game, game.current_seat):  # type: ignore[arg-type]
            break
        play(game, seed=len(game.state.actions_taken), steps=1)
        store.autosave(game)
    else:
        pytest.fail("no undoable position in 200 actions")
    earlier = undo(game)
    path = store.autosave(earlier, continues=game)
    assert path.parent == store.slot_of(game).directory  # type: ignore[union-attr]
    assert store.resume().game == earlier


def test_clones_saved_from_another_thread_share_their_game_s_folder(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from game.saves import Autosaver

    saver = Autosaver(tmp_path)
    game, other = new_game(seed=1), new_game(seed=1)
    with ThreadPoolExecutor(1) as pool:
        for _ in range(4):
            play(game, seed=len(game.state.actions_taken), steps=1)
            pool.submit(saver.save, game.clone()).result()
        pool.submit(saver.save, other.clone()).result()
    assert sorted(len(s.saves()) for s in saver.slots()) == [1, 4]
    assert saver.resume().game == other          # the newest game


def test_the_single_file_autosave_still_works(tmp_path: Path) -> None:
    from game.saves import Autosaver, load

    game = play(new_game(seed=3), steps=4)
    path = Autosaver(tmp_path).save(game, "autosave")
    assert path == tmp_path / "autosave.json" and load(path) == game


def test_an_undo_saves_in_the_same_folder_by_itself(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=10, seats="human,human")
    store.autosave(game)
    while not can_undo(game, game.current_seat):  # type: ignore[arg-type]
        play(game, seed=len(game.state.actions_taken), steps=1)
        store.autosave(game)
    path = store.autosave(undo(game))
    assert path.parent == store.slot_of(game).directory  # type: ignore[union-attr]
    assert len(store.slots()) == 1


def test_odd_values_in_the_index_are_ignored(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=5), steps=2)
    slot_id = store.autosave(game).parent.name
    for odd in (10**400, "yesterday", True, -5, [1]):
        text = json.dumps({"format": 1, "games": {slot_id: {"updated": odd}, "../x": {}}})
        (tmp_path / INDEX_NAME).write_text(text, encoding="utf-8")
        assert store.resume().game == game


def test_only_the_newest_finished_games_are_kept(tmp_path: Path) -> None:
    store = SaveStore(tmp_path, keep_finished=2)
    unfinished = play(new_game(seed=1), steps=3)
    store.autosave(unfinished)
    for seed in range(2, 6):
        store.autosave(play(new_game(seed=seed)))
    store.new_slot()
    finished = [s for s in store.slots() if (s.directory / REPLAY_NAME).exists()]
    assert len(finished) == 2
    assert store.resume().game == unfinished


def test_two_handles_on_one_game_never_write_the_same_number(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = new_game(seed=4)
    for _ in range(3):
        play(game, seed=len(game.state.actions_taken), steps=1)
        store.autosave(game)
    reloaded = store.open(store.slot_of(game).saves()[1]).game  # type: ignore[union-attr]
    written = [store.autosave(game), store.autosave(reloaded), store.autosave(game)]
    assert [p.name for p in written] == ["000004.json", "000005.json", "000006.json"]
    assert len({p.parent for p in written}) == 1


def test_the_tables_settings_are_kept_beside_the_game_and_read_leniently(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    game = play(new_game(seed=4), steps=3)
    path = store.autosave(game, table={"classroom": True, "timer": 45, "colour": "red"})
    assert json.loads(path.read_text(encoding="utf-8"))["table"] == {
        "classroom": True,
        "timer": 45,
    }
    resumed = store.resume()
    assert resumed.game == game and resumed.table == {"classroom": True, "timer": 45}
    # a damaged block loses the settings, never the game
    data = json.loads(path.read_text(encoding="utf-8"))
    data["table"] = {"classroom": "yes", "timer": -3}
    path.write_text(json.dumps(data), encoding="utf-8")
    resumed = store.resume()
    assert resumed.game == game and resumed.table == {}
    assert store.open(path).table == {}
