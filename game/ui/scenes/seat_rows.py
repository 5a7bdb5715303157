"""The seats' card that the setup screen and classroom mode share.

Both pages list the seats as rows (the seat's shape, a kind cycler, a name, in classroom mode the
team's members, a remove button) with an add button below; both read what was typed back into the
choices before any rebuild, and start the game the same way. What differs between them (words,
widths, the members column, how few seats may remain, what a change of kind does) is a `SeatCard`
and a few methods each page fills in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar

import pygame
from pygame_gui.elements import UIButton, UITextEntryLine

from ...engine import EngineError, default_content
from ..icons import icon
from ..paint.seats import seat_colour, seat_shape
from ..palette import BAD
from ..setup_model import MAX_SEATS, MEMBERS_LIMIT, SetupChoices, parse_members, seat_kinds
from .base import Scene

NAME_LIMIT = 18  # characters of a seat's name, as typed and as kept


def cycle(values: list[Any], current: Any, step: int) -> Any:
    index = values.index(current) if current in values else 0
    return values[(index + step) % len(values)]


@dataclass(frozen=True)
class SeatCard:
    """What one page's seat rows say, and how a row shares its width."""

    kind_tip: str
    remove_tip: str
    add_label: str
    add_tip: str
    kind_share: float  # the kind cycler's part of the row beside the icon
    # With a members column: the name's part of the room the kind and remove buttons leave (the
    # members get the rest). None: no members column, the name takes all that room.
    name_share: float | None = None


class SeatsScene(Scene):
    """A setup page with a card of seat rows. Subclasses build the page around `build_seat_rows`
    and say what a seat's kind is called, what changing it does, and how a seat is added."""

    MIN_SEATS: ClassVar[int] = 1  # the remove buttons are off at this many seats

    def __init__(self, app: Any, choices: SetupChoices | None = None) -> None:
        super().__init__(app)
        self.content = default_content()
        self.choices = choices.copy() if choices is not None else SetupChoices.default(self.content)
        self.name_entries: list[UITextEntryLine] = []
        self.member_entries: list[UITextEntryLine] = []
        self.cyclers: list[tuple[UIButton, Callable[[], str]]] = []
        self.seat_icons: list[pygame.Rect] = []
        self.cards = (pygame.Rect(0, 0, 0, 0), pygame.Rect(0, 0, 0, 0))
        self.banner = pygame.Rect(0, 0, 0, 0)
        self.message = ""

    # -- what each page says -----------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        """The words for a seat's kind on this page."""
        raise NotImplementedError

    def change_kind(self, index: int, step: int) -> None:
        raise NotImplementedError

    def add_seat(self) -> None:
        raise NotImplementedError

    # -- widgets -----------------------------------------------------------------------------------

    def enter(self) -> None:
        self.app.set_era(1)  # the city before the pilot: the first era's colours
        super().enter()

    def build_root(self) -> None:
        self.read_entries()  # the widgets go: keep what was typed in them
        super().build_root()

    def inner(self, card: pygame.Rect) -> pygame.Rect:
        """A card's room under its title."""
        m = self.app.metrics
        title = self.app.fonts.line_height(m.fs(15), True) + m.px(6)
        return pygame.Rect(
            card.x + m.px(14),
            card.y + m.px(12) + title,
            card.w - m.px(28),
            card.h - m.px(24) - title,
        )

    def build_seat_rows(self, area: pygame.Rect, card: SeatCard) -> None:
        """One row a seat from the top of `area`, then the add button; the area always has room
        for MAX_SEATS rows and the button, so the rows keep their size as seats come and go."""
        m = self.app.metrics
        self.name_entries, self.member_entries, self.seat_icons = [], [], []
        row_h = min(m.px(48), area.h // (MAX_SEATS + 1))
        h = row_h - m.px(8)
        icon_w = h
        kind_w = int((area.w - icon_w) * card.kind_share)
        remove_w = h + m.px(6)
        room = area.w - icon_w - kind_w - remove_w
        if card.name_share is None:
            name_w, members_w = room - m.px(18), 0  # three gaps between four columns
        else:
            name_w = int(room * card.name_share)
            members_w = room - name_w - m.px(24)  # four gaps between five columns
        y = area.y
        for index, seat in enumerate(self.choices.seats):
            self.seat_icons.append(pygame.Rect(area.x, y, icon_w, h))
            x = area.x + icon_w + m.px(6)
            self.kind_cycler(pygame.Rect(x, y, kind_w, h), index, card.kind_tip)
            x += kind_w + m.px(6)
            name = self.entry(pygame.Rect(x, y, name_w, h), seat.name, NAME_LIMIT)
            self.name_entries.append(name)
            x += name_w + m.px(6)
            if card.name_share is not None:
                members = self.entry(
                    pygame.Rect(x, y, members_w, h), ", ".join(seat.members), MEMBERS_LIMIT
                )
                if seat.kind != "human":
                    members.disable()  # a bot team has no members to type
                self.member_entries.append(members)
                x += members_w + m.px(6)
            remove = self.button(
                pygame.Rect(x, y, remove_w, h),
                "\u2717",
                partial(self.remove_seat, index),
                kind="@tool",
                tooltip=card.remove_tip,
            )
            if len(self.choices.seats) <= self.MIN_SEATS:
                remove.disable()
            y += row_h
        add = self.button(
            pygame.Rect(area.x + icon_w + m.px(6), y, kind_w + name_w + m.px(6), h),
            card.add_label,
            self.add_seat,
            kind="@action",
            tooltip=card.add_tip,
        )
        if len(self.choices.seats) >= MAX_SEATS:
            add.disable()

    def kind_cycler(self, rect: pygame.Rect, index: int, tooltip: str) -> None:
        button = self.button(
            rect,
            f"\u25c2 {self.kind_text(index)} \u25b8",
            partial(self.change_kind, index, 1),
            kind="@cycler",
            tooltip=tooltip,
            adjust=partial(self.change_kind, index),
        )
        self.cyclers.append((button, partial(self.kind_text, index)))

    def entry(self, rect: pygame.Rect, text: str, limit: int) -> UITextEntryLine:
        """A text entry in the keyboard's round (Tab reaches it like a button)."""
        entry = UITextEntryLine(rect, self.app.manager, container=self.root, initial_text=text)
        entry.set_text_length_limit(limit)
        self.focus.add(entry, partial(self.app.manager.set_focus_set, entry))
        return entry

    # -- changes -----------------------------------------------------------------------------------

    def kind_text(self, index: int) -> str:
        return self.kind_name(self.choices.seats[index].kind)

    def next_kind(self, index: int, step: int) -> None:
        seat = self.choices.seats[index]
        seat.kind = cycle(list(seat_kinds()), seat.kind, step)

    def read_entries(self) -> None:
        """Copy what was typed into the choices (before widgets are rebuilt, and before playing)."""
        for seat, entry in zip(self.choices.seats, self.name_entries, strict=False):
            seat.name = entry.get_text().strip()[:NAME_LIMIT]
        for seat, entry in zip(self.choices.seats, self.member_entries, strict=False):
            seat.members = parse_members(entry.get_text()) if seat.kind == "human" else ()

    def refresh(self) -> None:
        """New values on the same controls: change the texts, keep the widgets (and the focus)."""
        for button, text in self.cyclers:
            label = self.fit_label(
                f"\u25c2 {text()} \u25b8", "@cycler", int(button.get_abs_rect().w)
            )
            if button.text != label:
                button.set_text(label)
        self.repaint()

    def reseat(self, change: Callable[[], object]) -> None:
        """Change the seats, then build the rows again after this event."""
        self.read_entries()
        # The old boxes are read now: once a seat is gone they would name the wrong seats.
        self.name_entries, self.member_entries = [], []
        change()
        self.app.defer(self.build_root)

    def remove_seat(self, index: int) -> None:
        def remove() -> None:
            if len(self.choices.seats) > self.MIN_SEATS:
                self.choices.remove_seat(index)

        self.reseat(remove)

    def play(self) -> None:
        self.read_entries()
        try:
            game = self.choices.to_game(self.content)
        except EngineError as exc:
            self.message = str(exc)
            self.repaint()
            return
        self.app.goto("table", game=game, setup=self.choices.copy())

    # -- drawing -----------------------------------------------------------------------------------

    def paint_seat_icons(self, surface: pygame.Surface) -> None:
        for index, rect in enumerate(self.seat_icons):
            surface.blit(icon(seat_shape(index), rect.h, seat_colour(index)), rect)

    def paint_message(self, surface: pygame.Surface) -> None:
        """Why the game could not start, over the bottom buttons."""
        if self.message:
            m = self.app.metrics
            warn = self.app.fonts.fit(self.message, m.fs(14), BAD, m.width - m.px(60), bold=True)
            surface.blit(warn, warn.get_rect(midbottom=(m.width // 2, m.height - m.px(80))))
