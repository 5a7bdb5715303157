"""Scenes by name: setup, table, handoff, end, help, menu, and any scene added later.

Every module in this package is imported once, and each Scene subclass it marks with
`@register` is known by its `name`. Adding a screen (the debrief, a classroom mode) means adding
a module here with a registered Scene subclass; `App.goto(name, **kwargs)` or
`App.push(name, **kwargs)` then opens it. Code elsewhere can call `register` too.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import TypeVar

from .base import Scene

SCENES: dict[str, type[Scene]] = {}
_discovered = False

S = TypeVar("S", bound=type[Scene])


def register(cls: S) -> S:
    """Class decorator: make a scene known by its `name`."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no scene name")
    SCENES[cls.name] = cls
    return cls


def discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name != "base" and not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


def scene_class(name: str) -> type[Scene] | None:
    discover()
    return SCENES.get(name)


def has_scene(name: str) -> bool:
    return scene_class(name) is not None


__all__ = ["SCENES", "Scene", "discover", "has_scene", "register", "scene_class"]
