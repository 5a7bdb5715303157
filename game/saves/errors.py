"""The one error this package raises on purpose: a file that cannot be used, and why."""

from __future__ import annotations

from ..engine import StateError


class SaveError(StateError):
    """A save or replay that is refused. The message is one sentence a player can act on.

    It is a StateError (so an EngineError), so a front end that already catches the engine's
    errors shows it without knowing this package.
    """
