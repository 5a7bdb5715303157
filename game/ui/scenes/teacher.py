"""The teacher's controls (classroom mode, T at the table): pause, show everyone's private life,
switch transparent/opaque scoring as a lesson beat, end the game and go to the life review.

An overlay on the table: while it is open the table waits (only the top scene gets time). The
scoring switch and the skip go through the engine (`game.teacher`), so a replay of the game shows
them exactly where they happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from ...i18n import _
from ..icons import blit_icon
from ..palette import BAD, mix
from ..setup_model import timer_label
from . import register
from .overlay import CardOverlay

if TYPE_CHECKING:
    from .table import TableScene

NUMBER_KEYS = (pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5)


def scoring_name(transparent: bool) -> str:
    return _("transparent") if transparent else _("opaque")


@register
class TeacherScene(CardOverlay):
    name = "teacher"
    close_keys = (pygame.K_ESCAPE, pygame.K_t)

    def __init__(self, app: Any, table: TableScene, **_kw: Any) -> None:
        super().__init__(app)
        self.table = table
        self.confirm_review = False
        self.message = ""
        self.actions: list[Callable[[], None]] = []

    @property
    def session(self) -> Any:
        return self.table.session

    # -- widgets -----------------------------------------------------------------------------------

    def entries(self) -> list[tuple[str, Callable[[], None], str]]:
        session = self.session
        game = session.game
        transparent = game.state.options.transparent
        if session.queued_switch is not None:
            switch = _("Cancel the switch to {mode} scoring").format(
                mode=scoring_name(session.queued_switch == "transparent")
            )
            switch_tip = _("Scoring stays {mode}.").format(mode=scoring_name(transparent))
        else:
            switch = _("Switch to {mode} scoring").format(mode=scoring_name(not transparent))
            switch_tip = _(
                "A lesson beat: the switch takes effect as the next round begins (at once if a "
                "round is just beginning)."
            )
        review = (
            _("Press again to end the game now")
            if self.confirm_review
            else _("Skip to the life review")
        )
        return [
            (
                _("Resume the game") if session.paused else _("Pause the game"),
                self.pause,
                _("Stops the bots and the turn timer (P at the table)."),
            ),
            (
                _("Show everyone's private life"),
                self.reveal,
                _("Money, wellbeing, voice and secret goals of every seat, on the big screen."),
            ),
            (switch, self.switch, switch_tip),
            (
                review,
                self.review,
                _("The round in progress becomes the last one; the life review follows."),
            ),
            (_("Close (Esc)"), self.close, _("Back to the table (Esc or T).")),
        ]

    def build(self) -> None:
        m = self.app.metrics
        entries = self.entries()
        fonts = self.app.fonts
        bh = m.px(50)
        gap = m.px(10)
        width = min(m.width - m.px(100), m.px(620))
        title_h = fonts.line_height(m.fs(26), True) + m.px(26)
        status_h = 3 * fonts.line_height(m.fs(15)) + m.px(16)
        height = title_h + status_h + len(entries) * (bh + gap) + m.px(16)
        height = min(height, m.height - m.px(20))
        bh = min(bh, (height - title_h - status_h - m.px(16)) // len(entries) - gap)
        self.card = pygame.Rect(0, 0, width + m.px(60), height)
        self.card.center = (m.width // 2, m.height // 2)
        y = self.card.y + title_h + status_h
        self.actions = []
        for number, (label, action, tip) in enumerate(entries, start=1):
            rect = pygame.Rect(self.card.x + m.px(30), y, width, bh)
            button = self.button(
                rect,
                f"{number}   {label}",
                action,
                tooltip=tip,
                kind="@primary" if action == self.close else "@action",
            )
            if action == self.switch and self.session.game.is_over():
                button.disable()
            self.actions.append(action)
            y += bh + gap

    # -- the controls ----------------------------------------------------------------------------

    def pause(self) -> None:
        self.table.toggle_pause()
        self.rebuild()

    def reveal(self) -> None:
        self.app.pop()
        self.app.push("reveal", game=self.session.game)

    def switch(self) -> None:
        session = self.session
        round_now = session.game.state.round
        if session.switch_scoring():
            self.table.apply_change_quietly()
            self.message = _("Scoring is now {mode}.").format(
                mode=scoring_name(session.game.state.options.transparent)
            )
        elif session.queued_switch is not None and round_now >= session.game.state.rounds:
            session.queued_switch = None
            self.message = _("This is the last round: there is no next round to switch in.")
        elif session.queued_switch == "opaque":
            self.message = _("Opaque scoring begins with round {round}.").format(
                round=round_now + 1
            )
        elif session.queued_switch == "transparent":
            self.message = _("Transparent scoring begins with round {round}.").format(
                round=round_now + 1
            )
        else:
            self.message = _("The switch is cancelled.")
        self.confirm_review = False
        self.rebuild()

    def review(self) -> None:
        if not self.confirm_review:
            self.confirm_review = True
            self.rebuild()
            return
        self.session.skip_to_review()
        self.table.apply_change_quietly()
        self.app.pop()

    def rebuild(self) -> None:
        self.app.defer(self.build_root)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if (
            event.type == pygame.KEYDOWN
            and event.key in NUMBER_KEYS
            and not event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT)
        ):
            index = NUMBER_KEYS.index(event.key)
            if index < len(self.actions):
                self.app.defer(self.actions[index])
            return True
        return super().handle_event(event)

    # -- drawing ---------------------------------------------------------------------------------

    def status_lines(self) -> list[str]:
        session = self.session
        state = session.game.state
        lines = [
            _("Round {round} of {rounds} \u00b7 scoring: {mode}").format(
                round=state.round, rounds=state.rounds, mode=scoring_name(state.options.transparent)
            ),
            _("Turn timer: {timer}").format(timer=timer_label(round(session.turn_limit)))
            + " \u00b7 "
            + (_("the game is paused") if session.paused else _("the game is running")),
        ]
        if self.message:
            lines.append(self.message)
        elif session.queued_switch is not None:
            lines.append(
                _("Waiting: {mode} scoring from the start of the next round.").format(
                    mode=scoring_name(session.queued_switch == "transparent")
                )
            )
        return lines

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        self.paint_card(surface)
        card = self.card
        size = m.fs(26)
        line = fonts.line_height(size, True)
        x = card.x + m.px(30)
        blit_icon(surface, "teacher", (x + line // 2, card.y + m.px(14) + line // 2), line, p.ink)
        title = fonts.fit(
            _("Teacher's controls"), size, p.ink, card.right - x - line - m.px(40), bold=True
        )
        surface.blit(title, (x + line + m.px(10), card.y + m.px(14)))
        y = card.y + line + m.px(26)
        small = m.fs(15)
        for number, text in enumerate(self.status_lines()):
            colour = p.ink if number < 2 else mix(p.ink, BAD, 0.5)
            image = fonts.fit(text, small, colour, card.w - m.px(60), bold=number == 2)
            surface.blit(image, (x, y))
            y += fonts.line_height(small)
