"""The engine's errors: each carries a message a player or an author can act on."""

from __future__ import annotations


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""


class ContentError(EngineError):
    """Content files that cannot be loaded; `problems` holds one `file: entry: what` per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the content files"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in problems))


class IllegalAction(EngineError):
    """An action that is not legal now; the game state is left unchanged."""


class StateError(EngineError):
    """A serialised game that cannot be restored (damaged, or made with other content)."""
