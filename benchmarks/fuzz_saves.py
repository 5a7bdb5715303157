"""Fuzz saves, replays and content files: every damaged file must be refused cleanly.

    .venv/bin/python benchmarks/fuzz_saves.py              # 10,000 cases on every core
    .venv/bin/python benchmarks/fuzz_saves.py --cases 500 --seed 3 --jobs 1

Each case takes a good file (saves at several points of several games, an old-format save,
replays, and each content TOML file in a temporary copy of assets/), damages it at random
(tests/saves/mutations.py: bytes flipped, cut short, fields changed, huge numbers, deep
nesting) and loads it:
  refused  - a clean refusal: SaveError for saves and replays, ContentError for content
  valid    - it loaded, and the result held up (saved and loaded again, played on, replayed)
  other    - anything else: a bug. Must be zero. Each is written to out/fuzz_saves/ to replay.
Not run in CI (tests/saves/test_fuzz.py runs a quick Hypothesis version of the same).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine import (  # noqa: E402
    ASSETS_ROOT,
    ContentError,
    Game,
    Seat,
    default_content,
    default_options,
    load_content,
    validate_path,
)
from game.engine.rng import Rng  # noqa: E402
from game.saves import (  # noqa: E402
    ReplayCursor,
    SaveError,
    make_replay,
    parse_replay,
    restore,
)
from game.saves.safe_json import parse  # noqa: E402
from tests.saves.mutations import (  # noqa: E402
    CONTENT_MUTATIONS,
    SAVE_MUTATIONS,
    mutate,
)

OUT = ROOT / "out" / "fuzz_saves"
MAX_PLAY = 3000   # actions in a game played with fuzzed content (a game never needs as many)


# -- the good files ---------------------------------------------------------------------------


def corpus_games() -> list[Game]:
    content = default_content()
    games = []
    for seed, seats, steps in ((1, "human,bot,bot", 0), (2, "human,human", 9),
                               (3, "bot,bot,bot,bot", 40), (4, "human,bot", None),
                               (5, "human,human,human", 25)):
        options = default_options(content.rulesets["sesame"], length="short")
        chairs = [Seat(f"P{i}", kind, "random") for i, kind in enumerate(seats.split(","))]
        game = Game.new(chairs, ruleset="sesame", seed=seed, options=options)
        rng = Rng.from_seed(seed)
        done = 0
        while not game.is_over() and (steps is None or done < steps):
            game.apply(rng.choice(game.legal_actions()))
            done += 1
        games.append(game)
    return games


def corpus() -> dict[str, list[str]]:
    games = corpus_games()
    saves = [g.to_json() for g in games]
    old = json.loads(saves[2])
    saves.append(json.dumps({
        "format": 0, "content": old["content"], "ruleset": old["setup"]["ruleset"],
        "seats": old["setup"]["seats"], "seed": old["setup"]["seed"],
        "options": {k: v for k, v in old["setup"]["options"].items() if k != "win_condition"},
        "moves": old["actions"],
    }))
    replays = [json.dumps(make_replay(g)) for g in games]
    content = [p.relative_to(ASSETS_ROOT).as_posix()
               for p in sorted(ASSETS_ROOT.rglob("*.toml"))
               if p.parts[-2] in ("content", "rulesets") or p.name == "pack.toml"]
    return {"save": saves, "replay": replays, "content": content}


# -- one case of each kind --------------------------------------------------------------------


def check_save(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
        game = restore(parse(text, "fuzz.json"), "fuzz.json")
    except UnicodeDecodeError:
        return "refused"
    except SaveError as exc:
        if "\n" in str(exc):
            raise AssertionError(f"a refusal of more than one line: {exc!r}") from None
        return "refused"
    again = restore(parse(game.to_json(), "again"), "again")
    assert again == game, "a loaded save does not load back to itself"
    if not game.is_over():
        game.apply(game.legal_actions()[0])
    return "valid"


def check_replay(raw: bytes) -> str:
    try:
        cursor = ReplayCursor(parse_replay(raw.decode("utf-8"), "fuzz.json"))
    except UnicodeDecodeError:
        return "refused"
    except SaveError as exc:
        if "\n" in str(exc):
            raise AssertionError(f"a refusal of more than one line: {exc!r}") from None
        return "refused"
    cursor.jump_to_round(2)
    cursor.back()
    cursor.round_entries(1)
    cursor.jump_to(cursor.length)
    assert cursor.game == cursor.final
    return "valid"


class ContentCase:
    """A temporary copy of assets/ in which one file at a time is damaged and put back."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fuzz-content-"))
        self.root = self.dir / "assets"
        shutil.copytree(ASSETS_ROOT, self.root, ignore=shutil.ignore_patterns("locale", "ui"))

    def run(self, rel: str, raw: bytes) -> str:
        path = self.root / rel
        original = (ASSETS_ROOT / rel).read_bytes()
        path.write_bytes(raw)
        try:
            return self._load(path)
        finally:
            path.write_bytes(original)

    def _load(self, path: Path) -> str:
        problems_file = validate_path(path)      # one file alone: must not raise
        assert isinstance(problems_file, list)
        rel = path.relative_to(self.root).parts
        packs = [self.root / "scenarios" / rel[1]] if rel[0] == "scenarios" else []
        problems = validate_path(packs[0] if packs else self.root)
        try:
            content = load_content(self.root, packs=packs)
        except ContentError as exc:
            assert problems, "load_content refuses what validate_path accepts"
            assert exc.problems, "a ContentError with no problem named"
            return "refused"
        assert not problems, "validate_path refuses what load_content accepts"
        play_with(content)
        return "valid"


def play_with(content: Any) -> None:
    """Content that loads must play: a short random game with every ruleset."""
    for ruleset in content.rulesets:
        options = default_options(content.rulesets[ruleset], length="short")
        game = Game.new(3, ruleset=ruleset, seed=1, options=options, content=content)
        rng = Rng.from_seed(2)
        for _ in range(MAX_PLAY):
            if game.is_over():
                break
            action = rng.choice(game.legal_actions())
            game.price(action)
            game.apply(action)
        assert game.is_over(), f"a game with ruleset '{ruleset}' did not end in {MAX_PLAY} actions"
        game.results()
        restore(parse(game.to_json(), "x"), "x", content)


# -- the run ----------------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init() -> None:
    _STATE["corpus"] = corpus()
    _STATE["content"] = ContentCase()


def run_case(number_and_seed: tuple[int, int]) -> tuple[str, str, str]:
    number, seed = number_and_seed
    rng = random.Random(seed * 1_000_003 + number)
    files = _STATE["corpus"]
    kind = rng.choices(["save", "replay", "content"], weights=[45, 25, 30])[0]
    if kind == "content":
        rel = rng.choice(files["content"])
        raw = mutate((ASSETS_ROOT / rel).read_text(encoding="utf-8"), rng, CONTENT_MUTATIONS)
        label = f"content:{rel}"
    else:
        raw = mutate(rng.choice(files[kind]), rng, SAVE_MUTATIONS)
        label = kind
    try:
        if kind == "save":
            outcome = check_save(raw)
        elif kind == "replay":
            outcome = check_replay(raw)
        else:
            outcome = _STATE["content"].run(rel, raw)
        return kind, outcome, ""
    except Exception as exc:  # the point of fuzzing: anything else is a finding
        OUT.mkdir(parents=True, exist_ok=True)
        name = f"case{number}-{label.replace('/', '_').replace(':', '-')}"
        (OUT / name).write_bytes(raw)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        place = f"{Path(where.filename).name}:{where.lineno}"
        detail = f"{type(exc).__name__}: {str(exc)[:200]} at {place}"
        return kind, "other", f"{name}: {detail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    start = time.perf_counter()
    jobs = [(n, args.seed) for n in range(args.cases)]
    tally: Counter[tuple[str, str]] = Counter()
    findings: list[str] = []
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs, initializer=_init) as pool:
            results = pool.imap_unordered(run_case, jobs, chunksize=25)
            for kind, outcome, detail in results:
                tally[kind, outcome] += 1
                if detail:
                    findings.append(detail)
    else:
        _init()
        for job in jobs:
            kind, outcome, detail = run_case(job)
            tally[kind, outcome] += 1
            if detail:
                findings.append(detail)
    seconds = time.perf_counter() - start
    print(f"{args.cases} cases, seed {args.seed}, {args.jobs} jobs, {seconds:.1f} s")
    print(f"{'kind':<8} {'refused':>8} {'valid':>8} {'other':>8}")
    outcomes = ("refused", "valid", "other")
    for kind in ("save", "replay", "content"):
        print(f"{kind:<8} " + " ".join(f"{tally[kind, o]:>8}" for o in outcomes))
    total = {o: sum(v for (_k, oo), v in tally.items() if oo == o) for o in outcomes}
    print(f"{'all':<8} {total['refused']:>8} {total['valid']:>8} {total['other']:>8}")
    for line in sorted(set(f.split(": ", 1)[1] for f in findings)):
        count = sum(1 for f in findings if f.endswith(line))
        print(f"  other x{count}: {line}")
    if findings:
        print(f"  inputs written to {OUT.relative_to(ROOT)}/")
    return 1 if total["other"] else 0


if __name__ == "__main__":
    sys.exit(main())
