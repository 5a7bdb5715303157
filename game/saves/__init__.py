"""Saves: the game writes itself to disk after every action, atomically, keeping the last few."""

from __future__ import annotations

from .autosave import Autosaver, default_save_dir

__all__ = ["Autosaver", "default_save_dir"]
