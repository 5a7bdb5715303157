"""The debrief: after the life review, the pages a teacher walks the class through. The life
review again with the score beside it, the charts, the cause->effect trail, the twelve points with
their open questions, the reality check; and Export, which writes report.html and the charts.

Pages come from game.ui.review (drawn from game.debrief's data); a page taller than the screen
scrolls (wheel, arrows, Page Up/Down, Home/End, the bar). Left/Right or 1-8 change the page.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pygame
from pygame_gui.elements import UIButton

from ...debrief import DebriefError, build_debrief
from ...engine import Game
from ...i18n import _, ngettext
from ..paint.common import Pen
from ..palette import BAD, mix
from ..review.context import PageContext
from ..review.export import export_report
from ..review.flow import Page
from ..review.pages import PAGES, page_index
from ..review.scroll import Scroller
from ..setup_model import SetupChoices
from ..widgets import Hotspot
from . import register
from .base import Scene

PAGE_KEYS = {pygame.K_1 + i: i for i in range(len(PAGES))}
LINE_STEP = 48  # design pixels an arrow key scrolls


@register
class DebriefScene(Scene):
    name = "debrief"

    def __init__(
        self,
        app: Any,
        game: Game,
        setup: SetupChoices | None = None,
        page: str = "life",
        **_kw: Any,
    ) -> None:
        super().__init__(app)
        self.game = game
        self.setup = setup
        self.debrief = build_debrief(game)
        self.index = page_index(page)
        self.sub = 0  # the player whose trail is shown
        self.scroller = Scroller()
        self.page: Page | None = None
        self._page_key: tuple[object, ...] | None = None
        self.tabs: list[UIButton] = []
        self.subtabs: list[UIButton] = []
        self.view = pygame.Rect(0, 0, 0, 0)
        self.header = pygame.Rect(0, 0, 0, 0)
        self.status_rect = pygame.Rect(0, 0, 0, 0)
        self.message = ""
        self.message_bad = False
        self.export_path: Path | None = None
        self._chrome: pygame.Surface | None = None
        self._chrome_spots: list[Hotspot] = []

    # -- widgets -----------------------------------------------------------------------------------

    @property
    def spec(self) -> Any:
        return PAGES[self.index]

    def build(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        margin = m.px(16)
        self.header = pygame.Rect(0, 0, m.width, m.px(84))
        self._chrome = None
        self.page = None
        self._page_key = None
        # header: Export and Back at the right
        bh = m.px(46)
        labels = [
            (
                _("Export report"),
                self.export,
                _("Write report.html and the charts to a folder, to print or hand out."),
                "@primary",
            ),
            ("\u25c2 " + _("Life review"), self.back, _("Back to the life review."), "@action"),
        ]
        sizes = {"@primary": 20, "@action": 16}
        widths = [
            fonts.width(text, m.fs(sizes[kind]), True) + m.px(40) for text, _a, _t, kind in labels
        ]
        x = m.width - margin - sum(widths) - m.px(10) * (len(widths) - 1)
        self.header_buttons_x = x
        for (text, action, tip, kind), w in zip(labels, widths, strict=True):
            rect = pygame.Rect(x, (self.header.h - bh) // 2, w, bh)
            self.button(rect, text, action, tooltip=tip, kind=kind)
            x += w + m.px(10)
        # the tabs, one per page
        tab_h = m.px(46)
        y = self.header.bottom + m.px(10)
        gap = m.px(6)
        tab_w = (m.width - 2 * margin - gap * (len(PAGES) - 1)) // len(PAGES)
        self.tabs = []
        for number, spec in enumerate(PAGES):
            rect = pygame.Rect(margin + number * (tab_w + gap), y, tab_w, tab_h)
            tab = self.button(
                rect,
                spec.tab(),
                partial(self.show, number),
                tooltip=spec.intro() + "\n" + _("Key {n}, or \u2190 \u2192").format(n=number + 1),
            )
            self.tabs.append(tab)
        y += tab_h + m.px(10)
        # the players, on a page that has one sub-page each
        self.subtabs = []
        if self.spec.per_player:
            players = self.debrief.players
            sub_h = m.px(40)
            sub_w = min(
                m.px(220), (m.width - 2 * margin - gap * (len(players) - 1)) // len(players)
            )
            for seat, player in enumerate(players):
                rect = pygame.Rect(margin + seat * (sub_w + gap), y, sub_w, sub_h)
                button = self.button(
                    rect,
                    player.name,
                    partial(self.show_player, seat),
                    tooltip=_("{name}'s trail (Shift+\u2190 \u2192)").format(name=player.name),
                    kind="@tool",
                )
                self.subtabs.append(button)
            y += sub_h + m.px(8)
        status_h = 2 * fonts.line_height(m.fs(13)) + m.px(10)
        self.status_rect = pygame.Rect(margin, m.height - status_h, m.width - 2 * margin, status_h)
        self.view = pygame.Rect(margin, y, m.width - 2 * margin, self.status_rect.y - y - m.px(4))
        # the tabs come first in the keyboard's order
        self.focus.items.sort(key=lambda f: 0 if f.element in self.tabs else 1)

    def build_root(self) -> None:
        super().build_root()
        self.focus.index = self.index  # the keyboard starts on the page shown

    # -- the pages -------------------------------------------------------------------------------

    def context(self) -> PageContext:
        pen = Pen(self.app.fonts, self.app.metrics, self.app.palette)
        return PageContext(self.game, self.debrief, pen)

    def bar_width(self) -> int:
        return max(8, self.app.metrics.px(12))

    def page_width(self) -> int:
        return self.view.w - self.bar_width() - self.app.metrics.px(8)

    def current_page(self) -> Page:
        key = (self.index, self.sub, self.view.size, self.app.era, self.app.metrics)
        if self.page is None or key != self._page_key:
            spec = PAGES[self.index]
            self.page = spec.paint(self.context(), self.page_width(), self.view.h, self.sub)
            self._page_key = key
            self.scroller.set(self.page.surface.get_height(), self.view)
        return self.page

    def show(self, number: int) -> None:
        number %= len(PAGES)
        rebuild = PAGES[number].per_player != self.spec.per_player
        self.index = number
        self.scroller.to(0)
        self.page = None
        if rebuild:
            self.app.defer(self.build_root)
        else:
            self.focus.index = number
            self._chrome = None

    def show_player(self, seat: int) -> None:
        self.sub = seat % len(self.debrief.players)
        self.scroller.to(0)
        self.page = None
        self._chrome = None

    def repaint(self) -> None:
        self._chrome = None
        self.page = None

    def back(self) -> None:
        self.app.goto("end", game=self.game, setup=self.setup)

    def export(self) -> None:
        try:
            path = export_report(self.game)
        except (OSError, DebriefError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.message = _("The report could not be written: {error}").format(error=reason)
            self.message_bad = True
        else:
            self.export_path = path
            charts = len(list(path.parent.glob("*.png")))
            self.message = ngettext(
                "Report saved: {path} (and {n} chart picture beside it).",
                "Report saved: {path} (and {n} chart pictures beside it).",
                charts,
            ).format(path=path, n=charts)
            self.message_bad = False
        self._chrome = None

    # -- input -----------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> bool:
        m = self.app.metrics
        if event.type == pygame.MOUSEWHEEL:
            if self.scroller.by(-event.y * m.px(LINE_STEP)):
                self.refresh_spots()
            return True
        if (
            event.type == pygame.MOUSEBUTTONDOWN
            and event.button == 1
            and self.scroller.press(event.pos, self.bar_width())
        ):
            self.refresh_spots()
            return True
        if event.type == pygame.MOUSEMOTION and self.scroller.dragging is not None:
            if self.scroller.drag(event.pos[1], self.bar_width()):
                self.refresh_spots()
            return True
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            self.scroller.release()
        if event.type == pygame.KEYDOWN and self.key(event):
            return True
        return super().handle_event(event)

    def key(self, event: pygame.event.Event) -> bool:
        m = self.app.metrics
        key = event.key
        if event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
            return False
        if key in (pygame.K_LEFT, pygame.K_RIGHT):
            step = 1 if key == pygame.K_RIGHT else -1
            if event.mod & pygame.KMOD_SHIFT and self.spec.per_player:
                self.app.defer(lambda: self.show_player(self.sub + step))
            else:
                self.app.defer(lambda: self.show(self.index + step))
            return True
        if key in PAGE_KEYS:
            self.app.defer(lambda: self.show(PAGE_KEYS[key]))
            return True
        scrolls = {
            pygame.K_DOWN: lambda: self.scroller.by(m.px(LINE_STEP)),
            pygame.K_UP: lambda: self.scroller.by(-m.px(LINE_STEP)),
            pygame.K_PAGEDOWN: lambda: self.scroller.page(1),
            pygame.K_PAGEUP: lambda: self.scroller.page(-1),
            pygame.K_HOME: lambda: self.scroller.to(0),
            pygame.K_END: lambda: self.scroller.to(self.scroller.limit),
        }
        if key in scrolls:
            if scrolls[key]():
                self.refresh_spots()
            return True
        if key == pygame.K_ESCAPE:
            self.app.defer(lambda: self.app.push("menu"))
            return True
        return False

    # -- drawing ---------------------------------------------------------------------------------

    def refresh_spots(self) -> None:
        """The page's tooltips where the page now is on screen (only the visible part)."""
        spots = list(self._chrome_spots)
        if self.page is not None:
            shift = (self.view.x, self.view.y - self.scroller.offset)
            for spot in self.page.hotspots:
                rect = spot.rect.move(shift).clip(self.view)
                if rect.w > 0 and rect.h > 0:
                    spots.append(Hotspot(rect, spot.tooltip, spot.on_click))
        self.hotspots = spots

    def draw(self, surface: pygame.Surface) -> None:
        if self._chrome is None or self._chrome.get_size() != surface.get_size():
            self._chrome = pygame.Surface(surface.get_size()).convert()
            self._chrome_spots = []
            self.paint_chrome(self._chrome)
        fresh = self.page is None
        page = self.current_page()
        if fresh:
            self.refresh_spots()
        surface.blit(self._chrome, (0, 0))
        area = pygame.Rect(0, self.scroller.offset, page.surface.get_width(), self.view.h)
        surface.blit(page.surface, self.view.topleft, area)
        p = self.app.palette
        self.scroller.paint(surface, self.bar_width(), p.track, mix(p.ink_soft, p.panel, 0.2))

    def paint_chrome(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        surface.blit(self.app.backdrop(), (0, 0))
        pygame.draw.rect(surface, p.header, self.header)
        x = m.px(20)
        room = self.header_buttons_x - x - m.px(16)
        title = fonts.fit(_("Debrief"), m.fs(30), p.header_ink, room, bold=True)
        surface.blit(title, (x, m.px(8)))
        intro = fonts.fit(
            self.spec.intro(), m.fs(16), mix(p.header_ink, p.header, 0.2), room, min_size=m.fs(12)
        )
        surface.blit(intro, (x, m.px(12) + title.get_height()))
        # the page shown, and the player whose trail it is: a thick bar under their tabs, and
        # a notch pointing at it (a shape, not colour alone)
        for buttons, chosen in ((self.tabs, self.index), (self.subtabs, self.sub)):
            if 0 <= chosen < len(buttons):
                tab = buttons[chosen].get_abs_rect()
                bar = pygame.Rect(tab.x, tab.bottom + m.px(2), tab.w, m.px(6))
                pygame.draw.rect(surface, p.accent, bar, border_radius=m.px(3))
                notch = m.px(7)
                pygame.draw.polygon(
                    surface,
                    p.accent,
                    [
                        (tab.centerx - notch, bar.bottom - 1),
                        (tab.centerx + notch, bar.bottom - 1),
                        (tab.centerx, bar.bottom + notch - 2),
                    ],
                )
        pygame.draw.rect(surface, p.panel, self.view, border_radius=m.px(8))
        size = m.fs(13)
        if self.message:
            colour = BAD if self.message_bad else p.ink
            lines = fonts.wrap(self.message, size, self.status_rect.w, True)[:2]
            fonts.blit_lines(surface, lines, self.status_rect.topleft, size, colour, True)
            self._chrome_spots.append(Hotspot(self.status_rect.copy(), self.message))
        else:
            hint = _(
                "\u2190 \u2192 or 1\u20138: pages \u00b7 \u2191 \u2193, Page Up/Down, wheel: "
                "scroll \u00b7 Tab, Enter: buttons \u00b7 Esc: menu"
            )
            lines = fonts.wrap(hint, size, self.status_rect.w)[:2]
            fonts.blit_lines(surface, lines, self.status_rect.topleft, size, p.ink_soft)
