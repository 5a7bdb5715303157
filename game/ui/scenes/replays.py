"""The list of saved games to replay (from the setup screen and the menu): newest first, finished
or not. Choosing one opens the replay viewer; a file that cannot be shown says why in one line.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from ...i18n import _
from ...saves import GameSlot, ReplayCursor, SaveError, SaveStore, read_replay
from ...saves.store import REPLAY_NAME
from ..icons import blit_icon
from ..paint.common import Pen, panel
from ..palette import BAD, mix
from ..setup_model import SetupChoices
from . import register
from .base import Scene

ROWS_MAX = 8


def slot_title(slot: GameSlot, info: dict[str, Any]) -> str:
    """'14 Jan 2025, 10:15 · Ana, Bram, Chloé · round 8 of 8 · finished' from the index."""
    stamp = slot.game_id
    when = f"{stamp[6:8]}/{stamp[4:6]}/{stamp[0:4]} {stamp[9:11]}:{stamp[11:13]}"
    seats = info.get("seats")
    names = ", ".join(str(s) for s in seats) if isinstance(seats, list) else ""
    parts = [when]
    if names:
        parts.append(names)
    if isinstance(info.get("round"), int) and isinstance(info.get("rounds"), int):
        parts.append(
            _("round {round} of {rounds}").format(round=info["round"], rounds=info["rounds"])
        )
    over = info.get("over") is True or (slot.directory / REPLAY_NAME).is_file()
    parts.append(_("finished") if over else _("unfinished"))
    return " \u00b7 ".join(parts)


@register
class ReplaysScene(Scene):
    name = "replays"

    def __init__(self, app: Any, choices: SetupChoices | None = None, **_kw: Any) -> None:
        super().__init__(app)
        self.choices = choices
        self.store: SaveStore = app.autosaver if app.autosaver is not None else SaveStore()
        try:
            self.slots = self.store.slots()
            self.index = self.store.index()
        except OSError:
            self.slots, self.index = [], {}
        self.start = 0
        self.message = ""
        self.card = pygame.Rect(0, 0, 0, 0)

    def enter(self) -> None:
        self.app.set_era(1)  # the city before the pilot: the first era's colours
        super().enter()

    def build(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        self.card = pygame.Rect(m.px(30), m.px(24), m.width - m.px(60), m.height - m.px(48))
        title_h = fonts.line_height(m.fs(28), True) + fonts.line_height(m.fs(14)) + m.px(30)
        bottom_h = m.px(60)
        area = pygame.Rect(
            self.card.x + m.px(20),
            self.card.y + title_h,
            self.card.w - m.px(40),
            self.card.h - title_h - bottom_h - m.px(10),
        )
        bh = fonts.line_height(m.fs(16), True) + m.px(14)
        gap = m.px(8)
        per_page = max(1, min(ROWS_MAX, (area.h + gap) // (bh + gap)))
        shown = self.slots[self.start : self.start + per_page]
        y = area.y
        for slot in shown:
            info = self.index.get(slot.game_id, {})
            self.button(
                pygame.Rect(area.x, y, area.w, bh),
                slot_title(slot, info),
                partial(self.open, slot),
                tooltip=_("Watch this game again, step by step."),
            )
            y += bh + gap
        bw = m.px(200)
        by = self.card.bottom - bottom_h + m.px(6)
        back = pygame.Rect(self.card.x + m.px(20), by, bw, bottom_h - m.px(20))
        self.button(back, "\u25c2 " + _("Back"), self.back, kind="@tool", tooltip=_("Esc"))
        if self.start > 0:
            self.button(
                pygame.Rect(self.card.right - m.px(20) - 2 * bw - m.px(10), by, bw, back.h),
                "\u25c2 " + _("Newer"),
                partial(self.page, -per_page),
                kind="@tool",
            )
        if self.start + per_page < len(self.slots):
            self.button(
                pygame.Rect(self.card.right - m.px(20) - bw, by, bw, back.h),
                _("Older") + " \u25b8",
                partial(self.page, per_page),
                kind="@tool",
            )

    def page(self, step: int) -> None:
        self.start = max(0, min(len(self.slots) - 1, self.start + step))
        self.app.defer(self.build_root)

    def open(self, slot: GameSlot) -> None:
        replay = slot.directory / REPLAY_NAME
        saves = slot.saves()
        path = replay if replay.is_file() else (saves[0] if saves else None)
        if path is None:
            self.message = _("This game has no save left to replay.")
            self.repaint()
            return
        try:
            cursor = ReplayCursor(read_replay(path))
        except SaveError as exc:
            self.message = str(exc)
            self.repaint()
            return
        self.app.goto("replay", cursor=cursor, back="replays", choices=self.choices)

    def back(self) -> None:
        self.app.goto("setup", choices=self.choices)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.app.defer(self.back)
            return True
        return super().handle_event(event)

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        surface.blit(self.app.backdrop(), (0, 0))
        panel(surface, Pen(fonts, m, p), self.card)
        size = m.fs(28)
        line = fonts.line_height(size, True)
        x, y = self.card.x + m.px(20), self.card.y + m.px(14)
        blit_icon(surface, "play", (x + line // 2, y + line // 2), int(line * 0.8), p.accent)
        surface.blit(
            fonts.fit(_("Replays"), size, p.ink, self.card.w - line - m.px(60), bold=True),
            (x + line + m.px(10), y),
        )
        y += line
        note = (
            _("Saved games on this computer, newest first. Choose one to step through it.")
            if self.slots
            else _("No saved game yet: every game saves itself, so play one first.")
        )
        surface.blit(fonts.fit(note, m.fs(14), p.ink_soft, self.card.w - m.px(40)), (x, y))
        if self.message:
            warn = fonts.fit(self.message, m.fs(14), BAD, self.card.w - m.px(40), bold=True)
            rect = warn.get_rect(midbottom=(self.card.centerx, self.card.bottom - m.px(66)))
            pygame.draw.rect(surface, mix(p.panel, BAD, 0.1), rect.inflate(m.px(16), m.px(8)))
            surface.blit(warn, rect)
