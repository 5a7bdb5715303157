"""Classroom mode's setup: 3 to 6 teams instead of individuals, each one seat with a team name and
(optionally) its members, and an optional turn timer. The rules stay those of the setup screen.

Members' names are shown only here and on the hand-off screen that calls a team to the keyboard;
the table, the wall of shame and the debrief name the team.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pygame
from pygame_gui.elements import UIButton, UITextEntryLine

from ...engine import EngineError, default_content
from ...i18n import _
from ..icons import icon
from ..paint.common import Pen, panel
from ..paint.seats import seat_colour, seat_shape
from ..palette import BAD, mix
from ..setup_model import (
    MAX_SEATS,
    MEMBERS_LIMIT,
    MIN_TEAMS,
    TIMER_CHOICES,
    SetupChoices,
    kind_label,
    length_label,
    parse_members,
    seat_kinds,
    timer_label,
    win_label,
)
from . import register
from .base import Scene
from .setup import cycle


def team_kind_label(kind: str) -> str:
    return _("Team of students") if kind == "human" else kind_label(kind)


@register
class ClassroomScene(Scene):
    name = "classroom"

    def __init__(self, app: Any, choices: SetupChoices | None = None, **_kw: Any) -> None:
        super().__init__(app)
        self.content = default_content()
        self.choices = choices.copy() if choices is not None else SetupChoices.default(self.content)
        self.choices.make_classroom()
        self.name_entries: list[UITextEntryLine] = []
        self.member_entries: list[UITextEntryLine] = []
        self.cyclers: list[tuple[UIButton, Callable[[], str]]] = []
        self.rows: list[pygame.Rect] = []
        self.cards = (pygame.Rect(0, 0, 0, 0), pygame.Rect(0, 0, 0, 0))
        self.banner = pygame.Rect(0, 0, 0, 0)
        self.timer_row = pygame.Rect(0, 0, 0, 0)
        self.header_row = pygame.Rect(0, 0, 0, 0)
        self.message = ""

    # -- widgets -----------------------------------------------------------------------------------

    def enter(self) -> None:
        self.app.set_era(1)  # the city before the pilot: the first era's colours
        super().enter()

    def build_root(self) -> None:
        self.read_entries()
        super().build_root()

    def build(self) -> None:
        m = self.app.metrics
        self.name_entries, self.member_entries, self.cyclers, self.rows = [], [], [], []
        self.banner = pygame.Rect(0, 0, m.width, m.px(96))
        bottom_h = m.px(56)
        top = self.banner.bottom + m.px(14)
        gap = m.px(20)
        left_w = int((m.width - 2 * m.px(30) - gap) * 0.64)
        height = m.height - top - bottom_h - m.px(36)
        left = pygame.Rect(m.px(30), top, left_w, height)
        right = pygame.Rect(left.right + gap, top, m.width - m.px(30) - left.right - gap, height)
        self.cards = (left, right)
        start = pygame.Rect(0, 0, m.px(340), bottom_h)
        start.midbottom = (m.width // 2, m.height - m.px(16))
        self.button(
            start,
            _("Start the lesson"),
            self.start,
            kind="@primary",
            tooltip=_("The teams take their seats; the teacher's controls are on T."),
        )
        self.build_teams(left)
        self.build_lesson(right)
        back = pygame.Rect(0, 0, m.px(170), m.px(44))
        back.bottomleft = (m.px(30), m.height - m.px(22))
        self.button(
            back,
            "\u25c2 " + _("Back"),
            self.back,
            kind="@tool",
            tooltip=_("Back to the setup screen (Esc)."),
        )

    def inner(self, card: pygame.Rect) -> pygame.Rect:
        m = self.app.metrics
        title = self.app.fonts.line_height(m.fs(15), True) + m.px(6)
        return pygame.Rect(
            card.x + m.px(14),
            card.y + m.px(12) + title,
            card.w - m.px(28),
            card.h - m.px(24) - title,
        )

    def build_teams(self, card: pygame.Rect) -> None:
        m = self.app.metrics
        area = self.inner(card)
        head_h = self.app.fonts.line_height(m.fs(12)) + m.px(4)
        self.header_row = pygame.Rect(area.x, area.y, area.w, head_h)
        rows = MAX_SEATS + 1
        row_h = min(m.px(48), (area.h - head_h) // rows)
        h = row_h - m.px(8)
        icon_w = h
        kind_w = int((area.w - icon_w) * 0.27)
        remove_w = h + m.px(6)
        name_w = int((area.w - icon_w - kind_w - remove_w) * 0.36)
        members_w = area.w - icon_w - kind_w - name_w - remove_w - m.px(24)
        y = area.y + head_h
        for index, seat in enumerate(self.choices.seats):
            self.rows.append(pygame.Rect(area.x, y, icon_w, h))
            x = area.x + icon_w + m.px(6)
            button = self.button(
                pygame.Rect(x, y, kind_w, h),
                f"\u25c2 {team_kind_label(seat.kind)} \u25b8",
                partial(self.change_kind, index, 1),
                kind="@cycler",
                tooltip=_("A team of students, or a bot to play against (click or \u2190 \u2192)."),
                adjust=partial(self.change_kind, index),
            )
            self.cyclers.append((button, partial(self.kind_text, index)))
            x += kind_w + m.px(6)
            name = UITextEntryLine(
                pygame.Rect(x, y, name_w, h),
                self.app.manager,
                container=self.root,
                initial_text=seat.name,
            )
            name.set_text_length_limit(18)
            self.name_entries.append(name)
            self.focus.add(name, partial(self.app.manager.set_focus_set, name))
            x += name_w + m.px(6)
            members = UITextEntryLine(
                pygame.Rect(x, y, members_w, h),
                self.app.manager,
                container=self.root,
                initial_text=", ".join(seat.members),
            )
            members.set_text_length_limit(MEMBERS_LIMIT)
            if seat.kind != "human":
                members.disable()
            self.member_entries.append(members)
            self.focus.add(members, partial(self.app.manager.set_focus_set, members))
            x += members_w + m.px(6)
            remove = self.button(
                pygame.Rect(x, y, remove_w, h),
                "\u2717",
                partial(self.remove_team, index),
                kind="@tool",
                tooltip=_("Remove this team"),
            )
            if len(self.choices.seats) <= MIN_TEAMS:
                remove.disable()
            y += row_h
        add = self.button(
            pygame.Rect(area.x + icon_w + m.px(6), y, kind_w + name_w + m.px(6), h),
            "+ " + _("Add a team"),
            self.add_team,
            kind="@action",
            tooltip=_("From 3 to 6 teams; each team plays one citizen."),
        )
        if len(self.choices.seats) >= MAX_SEATS:
            add.disable()

    def build_lesson(self, card: pygame.Rect) -> None:
        m = self.app.metrics
        area = self.inner(card)
        label_h = self.app.fonts.line_height(m.fs(15), True) + m.px(4)
        self.timer_row = pygame.Rect(area.x, area.y, area.w, label_h)
        button = self.button(
            pygame.Rect(area.x, area.y + label_h, area.w, m.px(44)),
            f"\u25c2 {timer_label(self.choices.timer)} \u25b8",
            partial(self.change_timer, 1),
            kind="@cycler",
            tooltip=_(
                "When time is up, the team's turn ends. The teacher's pause stops the clock."
            ),
            adjust=self.change_timer,
        )
        self.cyclers.append((button, lambda: timer_label(self.choices.timer)))

    # -- changes -----------------------------------------------------------------------------------

    def read_entries(self) -> None:
        for seat, entry in zip(self.choices.seats, self.name_entries, strict=False):
            seat.name = entry.get_text().strip()[:18]
        for seat, entry in zip(self.choices.seats, self.member_entries, strict=False):
            seat.members = parse_members(entry.get_text()) if seat.kind == "human" else ()

    def refresh(self) -> None:
        for button, text in self.cyclers:
            label = self.fit_label(
                f"\u25c2 {text()} \u25b8", "@cycler", int(button.get_abs_rect().w)
            )
            if button.text != label:
                button.set_text(label)
        self.repaint()

    def kind_text(self, index: int) -> str:
        return team_kind_label(self.choices.seats[index].kind)

    def change_kind(self, index: int, step: int) -> None:
        self.read_entries()
        seat = self.choices.seats[index]
        seat.kind = cycle(list(seat_kinds()), seat.kind, step)
        self.app.defer(self.build_root)  # a bot team has no members to type

    def change_timer(self, step: int) -> None:
        self.choices.timer = cycle(list(TIMER_CHOICES), self.choices.timer, step)
        self.refresh()

    def add_team(self) -> None:
        self.read_entries()
        self.choices.add_team()
        self.app.defer(self.build_root)

    def remove_team(self, index: int) -> None:
        self.read_entries()
        if len(self.choices.seats) > MIN_TEAMS:
            self.choices.remove_seat(index)
        self.app.defer(self.build_root)

    def back(self) -> None:
        self.read_entries()
        choices = self.choices.copy()
        choices.classroom = False
        self.app.goto("setup", choices=choices)

    def start(self) -> None:
        self.read_entries()
        try:
            game = self.choices.to_game(self.content)
        except EngineError as exc:
            self.message = str(exc)
            self.repaint()
            return
        self.app.goto("table", game=game, setup=self.choices.copy())

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE and not self.app.typing():
            self.app.defer(self.back)
            return True
        return super().handle_event(event)

    # -- drawing -----------------------------------------------------------------------------------

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        pen = Pen(fonts, m, p)
        surface.blit(self.app.backdrop(), (0, 0))
        pygame.draw.rect(surface, p.header, self.banner)
        x = m.px(30)
        size = m.fs(34)
        line = fonts.line_height(size, True)
        surface.blit(icon("teacher", line, p.header_ink), (x, m.px(12)))
        title = fonts.fit(
            _("Classroom mode"), size, p.header_ink, m.width - x - line - m.px(40), True
        )
        surface.blit(title, (x + line + m.px(12), m.px(12)))
        sub = fonts.fit(
            _(
                "Teams instead of players: each team is one citizen. The teacher keeps the "
                "keyboard."
            ),
            m.fs(16),
            mix(p.header_ink, p.header, 0.2),
            m.width - 2 * x,
        )
        surface.blit(sub, (x, m.px(12) + line + m.px(4)))
        left, right = self.cards
        panel(surface, pen, left, _("Teams"), "friends")
        panel(surface, pen, right, _("The lesson"), "teacher")
        small = m.fs(12)
        head = self.header_row
        for index, rect in enumerate(self.rows):
            surface.blit(icon(seat_shape(index), rect.h, seat_colour(index)), rect)
        if self.rows and self.name_entries and self.member_entries:
            for entry, word in (
                (self.name_entries[0], _("team name")),
                (
                    self.member_entries[0],
                    _("members, optional (shown only here and at the hand-off)"),
                ),
            ):
                ex = entry.get_abs_rect().x
                image = fonts.fit(word, small, p.ink_soft, int(entry.get_abs_rect().w))
                surface.blit(image, (ex, head.y))
        label = fonts.fit(_("Turn timer"), m.fs(15), p.ink, self.timer_row.w, bold=True)
        surface.blit(label, self.timer_row.topleft)
        inner = self.inner(right)
        y = self.timer_row.bottom + m.px(54)
        c = self.choices
        ruleset = self.content.rulesets[c.ruleset]
        notes = [
            (
                _("Rules: {ruleset}, {scoring} scoring, {length}, win: {win}.").format(
                    ruleset=_(ruleset.name),
                    scoring=_("transparent") if c.transparent else _("opaque"),
                    length=length_label(c.length, ruleset.lengths.get(c.length, 0)),
                    win=win_label(c.win_condition),
                ),
                p.ink,
            ),
            (_("Change the rules on the setup screen."), p.ink_soft),
            (
                _(
                    "At the table, T opens the teacher's controls: pause, show everyone's private "
                    "life, switch the scoring between rounds, skip to the life review."
                ),
                p.ink_soft,
            ),
            (
                _(
                    "The wall of shame shows team names, never the students' own names (unless "
                    "typed in as a team name)."
                ),
                p.ink_soft,
            ),
        ]
        size = m.fs(14)
        for text, colour in notes:
            lines = fonts.wrap(text, size, inner.w)
            if y + len(lines) * fonts.line_height(size) > inner.bottom:
                break
            y = fonts.blit_lines(surface, lines, (inner.x, y), size, colour) + m.px(8)
        if self.message:
            warn = fonts.fit(self.message, m.fs(14), BAD, m.width - m.px(60), bold=True)
            surface.blit(warn, warn.get_rect(midbottom=(m.width // 2, m.height - m.px(80))))
