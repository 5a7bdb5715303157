"""The hand-off: between two human seats, a screen that shows nobody's private life.

It covers the whole window (the table is not painted under it) and names only the next player.
Confirming gives the screen to that player; the table then shows their desk.
"""

from __future__ import annotations

from typing import Any

import pygame

from ...i18n import _
from ...narrate import citizen_name
from ..icons import icon, portrait
from ..paint.seats import seat_colour, seat_shape
from ..palette import mix
from ..session import TableSession
from . import register
from .base import Scene
from .table import TableScene


@register
class HandoffScene(Scene):
    name = "handoff"

    def __init__(self, app: Any, session: TableSession, seat: int, **_kw: Any) -> None:
        super().__init__(app)
        self.session = session
        self.seat = seat
        self.card = pygame.Rect(0, 0, 0, 0)

    @property
    def player(self) -> str:
        return citizen_name(self.session.game, self.seat)

    def build(self) -> None:
        m = self.app.metrics
        w = min(m.width - m.px(80), m.px(720))
        h = min(m.height - m.px(60), m.px(440))
        self.card = pygame.Rect(0, 0, w, h)
        self.card.center = (m.width // 2, m.height // 2)
        bh = m.px(58)
        rect = pygame.Rect(0, 0, min(w - m.px(60), m.px(480)), bh)
        rect.midbottom = (self.card.centerx, self.card.bottom - m.px(30))
        self.button(
            rect,
            _("I am {name}: show my desk").format(name=self.player),
            self.confirm,
            tooltip=_("Only {name} should look at the screen now.").format(name=self.player),
            kind="@primary",
        )

    def confirm(self) -> None:
        self.session.take_seat(self.seat)
        self.app.pop()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.app.defer(lambda: self.app.push("menu"))
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_t:
            # The teacher's panel opens over the hand-off too: a lesson is often paused or
            # switched between two teams' turns. It shows nobody's desk.
            table = self.app.find("table")
            if isinstance(table, TableScene) and table.classroom:
                self.app.defer(table.open_teacher)
                return True
        return super().handle_event(event)

    def resume(self) -> None:
        super().resume()
        if self.session.handoff_needed() != self.seat:
            # The teacher ended the game (or the turn moved on) while the card was up.
            self.app.defer(self.app.pop)

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        surface.blit(self.app.backdrop(), (0, 0))
        card = self.card
        pygame.draw.rect(surface, p.shadow, card.move(0, m.px(5)), border_radius=m.px(16))
        pygame.draw.rect(surface, p.panel, card, border_radius=m.px(16))
        pygame.draw.rect(surface, seat_colour(self.seat), card, m.px(4), border_radius=m.px(16))
        face_size = m.px(110)
        face = portrait(
            f"p{self.seat}",
            face_size,
            seat_colour(self.seat),
            mix(p.panel, seat_colour(self.seat), 0.3),
        )
        surface.blit(face, face.get_rect(midtop=(card.centerx, card.y + m.px(28))))
        badge = icon(seat_shape(self.seat), m.px(34), seat_colour(self.seat))
        surface.blit(badge, (card.centerx + face_size // 2 - m.px(14), card.y + m.px(22)))
        y = card.y + m.px(28) + face_size + m.px(16)
        title = fonts.fit(
            _("Pass the screen to {name}").format(name=self.player),
            m.fs(30),
            p.ink,
            card.w - m.px(40),
            bold=True,
        )
        surface.blit(title, title.get_rect(midtop=(card.centerx, y)))
        y += title.get_height() + m.px(12)
        game = self.session.game
        lines = [
            _(
                "Everyone else, please look away: {name}'s private life and secret goal come next."
            ).format(name=self.player)
        ]
        if game.state.phase == "consent" and game.state.pending is not None:
            lines.insert(
                0,
                _("{proposer} offers {name} friendship: the answer is {name}'s.").format(
                    proposer=citizen_name(game, game.state.pending[0]), name=self.player
                ),
            )
        members = game.state.seats[self.seat].members
        if members:
            lines.insert(0, _("Team: {names}").format(names=", ".join(members)))
        size = m.fs(16)
        for text in lines:
            wrapped = fonts.wrap(text, size, card.w - m.px(80))
            for line in wrapped:
                image = fonts.render(line, size, p.ink_soft)
                surface.blit(image, image.get_rect(midtop=(card.centerx, y)))
                y += fonts.line_height(size)
            y += m.px(6)
