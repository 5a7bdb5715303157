"""The teacher's reveal (classroom mode): every seat's private life at once, on the big screen.

What each seat hid all game (money, wellbeing, voice, secret goal, penalties, privileges used) is
read from `game.private_views()`. It covers the table until the teacher hides it again (Esc, R or
the button); the table waits meanwhile.
"""

from __future__ import annotations

from typing import Any

import pygame

from ...engine import Game
from ...i18n import _
from ..icons import blit_icon, icon
from ..paint.common import Pen, bar
from ..paint.seats import seat_colour, seat_shape
from ..palette import BAD, STAT_COLOURS, mix
from ..widgets import Hotspot
from . import register
from .overlay import CardOverlay


@register
class RevealScene(CardOverlay):
    name = "reveal"
    close_keys = (pygame.K_ESCAPE, pygame.K_r)

    def __init__(self, app: Any, game: Game, **_kw: Any) -> None:
        super().__init__(app)
        self.game = game
        self.views = game.private_views()

    def build(self) -> None:
        m = self.app.metrics
        self.card = pygame.Rect(0, 0, m.width - m.px(40), m.height - m.px(40))
        self.card.center = (m.width // 2, m.height // 2)
        rect = pygame.Rect(0, 0, m.px(220), m.px(48))
        rect.bottomright = (self.card.right - m.px(20), self.card.bottom - m.px(14))
        self.button(
            rect,
            _("Hide (Esc)"),
            self.close,
            kind="@primary",
            tooltip=_("Private lives go back into hiding (Esc or R)."),
        )

    # -- drawing ---------------------------------------------------------------------------------

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        pen = Pen(fonts, m, p)
        self.paint_card(surface)
        card = self.card
        size = m.fs(28)
        line = fonts.line_height(size, True)
        x = card.x + m.px(24)
        y = card.y + m.px(14)
        blit_icon(surface, "eye", (x + line // 2, y + line // 2), line, p.accent)
        title = fonts.fit(
            _("Everyone's private life"), size, p.ink, card.w - line - m.px(60), bold=True
        )
        surface.blit(title, (x + line + m.px(10), y))
        y += line
        sub = fonts.fit(
            _("Shown by the teacher. The score never saw any of this."),
            m.fs(15),
            p.ink_soft,
            card.w - m.px(48),
        )
        surface.blit(sub, (x, y))
        y += sub.get_height() + m.px(10)
        bottom = card.bottom - m.px(72)
        count = max(1, len(self.views))
        row_h = min(m.px(110), (bottom - y) // count)
        self.hotspots = []
        for seat, view in enumerate(self.views):
            rect = pygame.Rect(x, y, card.w - m.px(48), row_h - m.px(6))
            self.paint_row(surface, pen, rect, seat, view)
            y += row_h

    def paint_row(
        self, surface: pygame.Surface, pen: Pen, rect: pygame.Rect, seat: int, view: dict[str, Any]
    ) -> None:
        p, m, fonts = pen.palette, pen.m, pen.fonts
        game = self.game
        ruleset = game.ruleset
        colour = seat_colour(seat)
        pygame.draw.rect(surface, mix(p.panel, colour, 0.08), rect, border_radius=m.px(10))
        pygame.draw.rect(surface, colour, rect, max(2, m.px(2)), border_radius=m.px(10))
        pad = m.px(10)
        size = m.fs(20)
        line = fonts.line_height(size, True)
        small = m.fs(15)
        sline = fonts.line_height(small)
        x = rect.x + pad
        cy = rect.y + pad + line // 2
        blit_icon(surface, seat_shape(seat), (x + line // 2, cy), line, colour)
        name_w = int(rect.w * 0.2)
        surface.blit(
            fonts.fit(game.state.seats[seat].name, size, p.ink, name_w - line - m.px(8), True),
            (x + line + m.px(8), rect.y + pad),
        )
        # money, wellbeing, voice: numbers big, bars beside
        col = rect.x + name_w
        stats_w = int(rect.w * 0.36)
        stat_h = max(sline, (rect.h - 2 * pad) // 3)
        stats = [
            ("money", _("money"), view["money"], 0),
            ("wellbeing", _("wellbeing"), view["wellbeing"], ruleset.wellbeing_max),
            ("voice", _("voice"), view["voice"], ruleset.voice_max),
        ]
        sy = rect.y + pad
        number_w = fonts.width("00/00", small, True) + m.px(8)
        label_w = max(fonts.width(label, small) for _k, label, _v, _t in stats) + m.px(10)
        for key, label, value, top in stats:
            tint = STAT_COLOURS[key]
            ic = min(stat_h - m.px(2), sline)
            mid = sy + stat_h // 2
            blit_icon(surface, key, (col + ic // 2, mid), ic, tint)
            shown = f"{value}/{top}" if top else str(value)
            number = fonts.render(shown, small, p.ink, True)
            surface.blit(number, number.get_rect(midleft=(col + ic + m.px(6), mid)))
            lx = col + ic + m.px(6) + number_w
            word = fonts.fit(label, small, p.ink_soft, label_w)
            surface.blit(word, word.get_rect(midleft=(lx, mid)))
            bx = lx + label_w
            if top and stats_w - (bx - col) > m.px(20):
                track = pygame.Rect(bx, mid - m.px(5), stats_w - (bx - col), m.px(10))
                bar(surface, pen, track, value, top, tint)
            sy += stat_h
        # the secret goal, what stands on record, the privileges used
        gx = col + stats_w + m.px(16)
        gw = rect.right - pad - gx
        goal = game.content.goals[view["goal"]]
        gy = rect.y + pad
        title = fonts.fit(
            _("Secret goal: {goal}").format(goal=_(goal.name)), small, p.ink, gw, bold=True
        )
        surface.blit(title, (gx, gy))
        gy += sline
        room = rect.bottom - pad - gy - sline
        lines, size = fonts.wrap_box(_(goal.text), m.fs(13), gw, room, min_size=9)
        max_lines = max(1, room // fonts.line_height(size))
        gy = fonts.blit_lines(surface, lines, (gx, gy), size, p.ink_soft, max_lines=max_lines)
        penalties = len(view["penalties"])
        record = _("Penalties on record: {n}").format(n=penalties)
        image = fonts.fit(record, m.fs(13), BAD if penalties else p.ink_soft, gw // 2, True)
        by = rect.bottom - pad - image.get_height()
        surface.blit(image, (gx, by))
        px = gx + image.get_width() + m.px(12)
        used = view["used_privileges"]
        ic = image.get_height()
        for priv in used:
            if px + ic > rect.right - pad:
                break
            surface.blit(icon(priv, ic, p.ink_soft), (px, by))
            px += ic + m.px(3)
        tip = "\n".join(
            [
                game.state.seats[seat].name,
                _("Secret goal: {goal}").format(goal=_(goal.name)) + " \u2014 " + _(goal.text),
                _("Privileges used: {list}").format(
                    list=", ".join(_(game.content.privileges[u].name) for u in used) or "\u2014"
                ),
            ]
        )
        self.hotspots.append(Hotspot(rect, tip))
