"""Classroom mode's setup: 3 to 6 teams instead of individuals, each one seat with a team name and
(optionally) its members, and an optional turn timer. The rules stay those of the setup screen.

Members' names are shown only here and on the hand-off screen that calls a team to the keyboard;
the table, the wall of shame and the debrief name the team.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from ...i18n import _
from ..icons import icon
from ..paint.common import Pen, panel
from ..palette import mix
from ..setup_model import (
    MIN_TEAMS,
    TIMER_CHOICES,
    SetupChoices,
    kind_label,
    length_label,
    timer_label,
    win_label,
)
from . import register
from .seat_rows import SeatCard, SeatsScene, cycle


def team_kind_label(kind: str) -> str:
    return _("Team of students") if kind == "human" else kind_label(kind)


@register
class ClassroomScene(SeatsScene):
    name = "classroom"
    MIN_SEATS = MIN_TEAMS

    def __init__(self, app: Any, choices: SetupChoices | None = None, **_kw: Any) -> None:
        super().__init__(app, choices)
        self.choices.make_classroom()
        self.timer_row = pygame.Rect(0, 0, 0, 0)
        self.header_row = pygame.Rect(0, 0, 0, 0)

    # -- widgets -----------------------------------------------------------------------------------

    def build(self) -> None:
        m = self.app.metrics
        self.cyclers = []
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
            self.play,
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

    def build_teams(self, card: pygame.Rect) -> None:
        m = self.app.metrics
        area = self.inner(card)
        head_h = self.app.fonts.line_height(m.fs(12)) + m.px(4)
        self.header_row = pygame.Rect(area.x, area.y, area.w, head_h)
        words = SeatCard(
            kind_tip=_("A team of students, or a bot to play against (click or \u2190 \u2192)."),
            remove_tip=_("Remove this team"),
            add_label="+ " + _("Add a team"),
            add_tip=_("From 3 to 6 teams; each team plays one citizen."),
            kind_share=0.27,
            name_share=0.36,
        )
        # the rows start under the columns' headings (painted)
        rows = pygame.Rect(area.x, area.y + head_h, area.w, area.h - head_h)
        self.build_seat_rows(rows, words)

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

    def kind_name(self, kind: str) -> str:
        return team_kind_label(kind)

    def change_kind(self, index: int, step: int) -> None:
        # a rebuild, not a new label: a bot team's members entry goes off (and a human's on)
        self.reseat(partial(self.next_kind, index, step))

    def change_timer(self, step: int) -> None:
        self.choices.timer = cycle(list(TIMER_CHOICES), self.choices.timer, step)
        self.refresh()

    def add_seat(self) -> None:
        self.reseat(self.choices.add_team)

    def back(self) -> None:
        self.read_entries()
        choices = self.choices.copy()
        choices.classroom = False
        self.app.goto("setup", choices=choices)

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
        self.paint_seat_icons(surface)
        if self.seat_icons and self.name_entries and self.member_entries:
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
        self.paint_message(surface)
