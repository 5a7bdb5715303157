"""Players that are programs. Each sees only its seat's observation (see base.Bot)."""

from __future__ import annotations

from .base import Bot, Decision
from .registry import BOT_KINDS, DEFAULT_BOT, make_bot

__all__ = ["BOT_KINDS", "DEFAULT_BOT", "Bot", "Decision", "make_bot"]
