"""Games to save: played by the engine's own seeded generator, so they do not depend on bots."""

from __future__ import annotations

import hashlib
from pathlib import Path

from game.engine import Game, Seat, default_content, default_options
from game.engine.rng import Rng

DATA = Path(__file__).resolve().parent / "data"


def new_game(seed: int = 7, seats: str = "human,bot,bot", length: str = "short") -> Game:
    content = default_content()
    options = default_options(content.rulesets["sesame"], length=length)
    chairs = [
        Seat(f"{kind.title()} {i + 1}", kind, "" if kind == "human" else "random")
        for i, kind in enumerate(seats.split(","))
    ]
    return Game.new(chairs, ruleset="sesame", seed=seed, options=options)


def play(game: Game, seed: int = 1, steps: int | None = None) -> Game:
    """Random legal actions, to the end or for `steps` actions."""
    rng = Rng.from_seed(seed)
    done = 0
    while not game.is_over() and (steps is None or done < steps):
        game.apply(rng.choice(game.legal_actions()))
        done += 1
    return game


def finished_game(seed: int = 7, seats: str = "human,bot,bot") -> Game:
    return play(new_game(seed, seats), seed)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time (to prove nothing moved)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
