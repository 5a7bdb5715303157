"""The help overlay (H or ?): the rules in short and the keys, over whatever screen is open."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UITextBox

from ...i18n import _
from ..widgets import as_html
from . import register
from .overlay import CardOverlay


def rules_html() -> str:
    """The rules in short, as pygame_gui's HTML-like text."""
    sections = [
        (
            _("What this is"),
            _(
                "A city pilots a citizen trust score. Every citizen has a public score, a tier "
                "and the "
                "privileges the tier opens. Your money, wellbeing, voice and secret life goal are "
                "private."
            ),
        ),
        (
            _("A turn"),
            _(
                "Spend your action points: work, speak (praise, share, stay silent, criticise), "
                "buy from the "
                "market, befriend or drop a player or a neighbour, report someone, use a "
                "privilege, appeal a "
                "penalty or pay a hacker. Each choice shows its price before you make it."
            ),
        ),
        (
            _("The score"),
            _(
                "Four factors (credit, fulfilment, identity, behaviour) and your connections make "
                "the score. "
                "Your connections follow your friends' scores: a friend with a low score, or one "
                "who criticises "
                "the city, pulls you down."
            ),
        ),
        (
            _("Eras"),
            _(
                "The game moves from a voluntary pilot to data sharing to a mandatory score. Each "
                "era watches more "
                "(purchases, speech, records, cameras) and the last one has blacklists."
            ),
        ),
        (
            _("The end"),
            _(
                "The life review counts life points: wellbeing, voice, friends, money and your "
                "secret goal. "
                "The highest score earns the Model Citizen title; the best life wins (unless the "
                "table chose "
                "another win condition)."
            ),
        ),
        (
            _("Keys"),
            _(
                "Number keys choose an action \u00b7 Tab and the arrows move \u00b7 Enter "
                "confirms \u00b7 Esc goes "
                "back or opens the menu \u00b7 P pauses the bots \u00b7 \u2212 and + change their "
                "speed \u00b7 "
                "H or ? shows this help \u00b7 F11 switches full screen."
            ),
        ),
    ]
    return "<br>".join(
        f"<b>{as_html(title)}</b><br>{as_html(text)}<br>" for title, text in sections
    )


@register
class HelpScene(CardOverlay):
    name = "help"

    def build(self) -> None:
        m = self.app.metrics
        self.card = pygame.Rect(0, 0, min(m.width - m.px(40), m.px(900)), m.height - m.px(60))
        self.card.center = (m.width // 2, m.height // 2)
        title_h = self.app.fonts.line_height(m.fs(24), True) + m.px(24)
        button_h = m.px(46)
        box = pygame.Rect(
            self.card.x + m.px(20),
            self.card.y + title_h,
            self.card.w - m.px(40),
            self.card.h - title_h - button_h - m.px(36),
        )
        self.text = UITextBox(rules_html(), box, self.app.manager, container=self.root)
        close = pygame.Rect(0, 0, m.px(220), button_h)
        close.midbottom = (self.card.centerx, self.card.bottom - m.px(16))
        self.button(close, _("Close (Esc)"), self.close, kind="@primary")

    def handle_event(self, event: pygame.event.Event) -> bool:
        if (
            event.type == pygame.MOUSEBUTTONDOWN
            and event.button == 1
            and not self.card.collidepoint(event.pos)
        ):
            self.app.defer(self.close)  # a click beside the card closes it too
            return True
        return super().handle_event(event)

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        self.paint_card(surface)
        title = fonts.fit(
            _("How to play Model Citizen"), m.fs(24), p.ink, self.card.w - m.px(40), bold=True
        )
        surface.blit(title, (self.card.x + m.px(20), self.card.y + m.px(14)))
