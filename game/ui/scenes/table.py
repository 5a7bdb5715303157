"""The table: every seat's dial, the era track, the market, the friendship graph, the feed, and the
seated human's desk with its choices and their prices. Bots play here in the open.

This module holds the table's logic (its choices, input and time); how it is drawn is in
table_board.py (TableBoard, the class this scene extends).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from ...engine import END_TURN, Game
from ...i18n import _
from ..anim import Floater, Tween, number_badge
from ..menu import MAIN, MenuEntry, PriceBook, build_pages, person_page
from ..paint.common import signed
from ..paint.desk import (
    price_lines,
)
from ..paint.timer import paint_timer
from ..palette import BAD, GOOD
from ..session import SPEEDS, Change, TableSession, speed_label
from ..setup_model import SetupChoices
from ..table_layout import TableLayout, table_layout
from ..widgets import Hotspot
from . import register
from .table_board import Row, TableBoard

NUMBER_KEYS = {
    pygame.K_1: 0,
    pygame.K_2: 1,
    pygame.K_3: 2,
    pygame.K_4: 3,
    pygame.K_5: 4,
    pygame.K_6: 5,
    pygame.K_7: 6,
    pygame.K_8: 7,
    pygame.K_9: 8,
    pygame.K_0: 9,
    pygame.K_KP1: 0,
    pygame.K_KP2: 1,
    pygame.K_KP3: 2,
    pygame.K_KP4: 3,
    pygame.K_KP5: 4,
    pygame.K_KP6: 5,
    pygame.K_KP7: 6,
    pygame.K_KP8: 7,
    pygame.K_KP9: 8,
    pygame.K_KP0: 9,
}
END_DELAY = 1.6  # seconds the final table stays before the life review


@register
class TableScene(TableBoard):
    name = "table"

    def __init__(
        self,
        app: Any,
        game: Game,
        setup: SetupChoices | None = None,
        session: TableSession | None = None,
        demo: bool = False,
        **_kw: Any,
    ) -> None:
        super().__init__(app)
        self.setup = setup
        self.demo = demo
        # Classroom mode: teams, the teacher's controls, and maybe a turn timer.
        self.classroom = (
            setup.classroom if setup is not None else any(s.members for s in game.state.seats)
        )
        limit = float(setup.timer) if setup is not None and self.classroom else 0.0
        self.session = session or TableSession(
            game,
            autosaver=app.autosaver,
            threaded=app.threaded_bots,
            turn_limit=limit,
            classroom=self.classroom,
        )
        self.page = MAIN
        self.page_start = 0
        self.pages: dict[str, list[MenuEntry]] = {}
        self.prices = PriceBook()
        self.rows: list[Row] = []
        self.board: pygame.Surface | None = None
        self.dirty = True
        self.layout: TableLayout | None = None
        self.dial_rects: dict[int, pygame.Rect] = {}
        self.node_rects: dict[int, pygame.Rect] = {}
        self.banner_rect: pygame.Rect | None = None
        self.shown: dict[int, float] = {
            i: float(c.score) for i, c in enumerate(game.state.citizens)
        }
        self.tweens: dict[int, Tween] = {}
        self.floaters: list[Floater] = []
        self.end_clock = 0.0
        self.clock = 0.0
        self.handoff_open = False
        self.decision_key: tuple[int, int, int] | None = None
        self.pause_button: Any = None
        self.undo_button: Any = None
        self.timer_rect: pygame.Rect | None = None
        self._chrome: tuple[Any, pygame.Surface] | None = None
        self._layers: dict[str, tuple[object, pygame.Surface, Any]] = {}
        self._on_board: dict[str, Any] = {}  # what the board surface holds now, by layer
        self.speed_button: Any = None

    @property
    def game(self) -> Game:  # type: ignore[override]
        """The session's game (an undo replaces it with a new Game)."""
        return self.session.game

    # -- building ----------------------------------------------------------------------------------

    def enter(self) -> None:
        self.app.set_era(self.game.state.era)
        super().enter()

    def exit(self) -> None:
        super().exit()
        self.session.close()

    def resume(self) -> None:
        super().resume()
        self.handoff_open = False
        self.refresh_choices()

    def build(self) -> None:
        m = self.app.metrics
        self.layout = table_layout(m, self.game.num_players, self.game.state.options.public_shaming)
        self.build_header_buttons()
        self.rows = []
        self.decision_key = None
        self._layers = {}
        self._on_board = {}
        self._chrome = None
        self.refresh_choices()
        self.dirty = True

    def build_header_buttons(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        assert self.layout is not None
        header = self.layout.header
        size = m.fs(14)
        h = header.h - m.px(20)
        labels = [
            ("pause", self.pause_text(), self.toggle_pause, _("Pause or resume the bots (P)")),
            (
                "speed",
                self.speed_text(),
                self.faster,
                _("How fast bots play: −/+ keys. Click to change."),
            ),
            ("help", _("Help (H)"), self.app.toggle_help, _("The rules in short (H or ?)")),
            ("menu", _("Menu"), self.open_menu, _("Text size, full screen, new game, quit (Esc)")),
        ]
        if self.classroom:
            # the teacher's panel holds Pause (P still works), so the era track keeps its room
            labels[0] = (
                "teacher",
                _("Teacher (T)"),
                self.open_teacher,
                _("Pause, show everyone's private life, switch the scoring, end the game (T)"),
            )
        widths = [fonts.width(text, size, True) + m.px(26) for _k, text, _f, _t in labels]
        if not self.classroom:
            widths[0] = max(widths[0], fonts.width(_("Resume (P)"), size, True) + m.px(26))
        widths[1] = max(
            widths[1],
            max(
                fonts.width(_("Speed: {speed}").format(speed=speed_label(i)), size, True)
                for i in range(len(SPEEDS))
            )
            + m.px(26),
        )
        x = header.right - m.px(10) - sum(widths) - m.px(6) * (len(widths) - 1)
        self.header_buttons_x = x
        for (key, text, action, tip), w in zip(labels, widths, strict=True):
            rect = pygame.Rect(x, header.y + m.px(10), w, h)
            button = self.button(
                rect,
                text,
                action,
                tooltip=tip,
                kind="@tool",
                focus=True,
                adjust=self.speed_adjust if key == "speed" else None,
            )
            if key == "pause":
                self.pause_button = button
            elif key == "speed":
                self.speed_button = button
            x += w + m.px(6)

    def pause_text(self) -> str:
        return _("Resume (P)") if self.session.paused else _("Pause (P)")

    def speed_text(self) -> str:
        return _("Speed: {speed}").format(speed=speed_label(self.session.speed))

    # -- the choices -------------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Rebuild the choice buttons when the decision (or the page) changed."""
        if self.root is None:
            return
        session = self.session
        key = (
            len(self.game.state.actions_taken),
            -1 if session.viewer is None else session.viewer,
            hash((self.page, self.page_start)),
        )
        if key == self.decision_key:
            return
        self.decision_key = key
        old = [row.button for row in self.rows]
        if self.undo_button is not None:
            old.append(self.undo_button)
            self.undo_button = None
        for button in old:
            self.focus.items = [f for f in self.focus.items if f.element is not button]
            button.kill()
        self.rows = []
        self.dirty = True
        if not session.human_to_act():
            self.pages = {}
            return
        self.pages = build_pages(self.game)
        if self.page.startswith("person:"):
            self.pages[self.page] = person_page(self.game, int(self.page.split(":", 1)[1]))
            if not self.pages[self.page]:
                self.page = MAIN
        if self.page not in self.pages:
            self.page, self.page_start = MAIN, 0
        self.layout_rows()

    def layout_rows(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        area = self.actions_area()
        self.timer_rect = self.timer_strip(area)
        width = area.w - m.px(8)
        entries = list(self.pages.get(self.page, []))
        button_h = fonts.line_height(m.fs(16), True) + m.px(8)
        price_h = fonts.line_height(m.fs(12))
        gap = m.px(4)

        def priced(entry: MenuEntry) -> tuple[MenuEntry, str]:
            if entry.action is None:
                return entry, ""
            text = self.prices.text(self.game, entry.action)
            # ending a turn costs nothing unless the round ends with it: say nothing then
            return entry, "" if entry.action == END_TURN and text == _("no visible price") else text

        def height(item: tuple[MenuEntry, str]) -> int:
            return (
                button_h + gap + (price_lines(self.pen, width, item[1]) * price_h if item[1] else 0)
            )

        # what stays at the bottom of every page: "End your turn" on the main page, "Back" elsewhere
        pinned: list[tuple[MenuEntry, str]] = []
        if self.page == MAIN:
            pinned = [priced(e) for e in entries if e.action == END_TURN]
            entries = [e for e in entries if e.action != END_TURN]
        else:
            pinned = [
                (
                    MenuEntry(
                        "\u25c2 " + _("Back"), page=MAIN, help=_("Back to your choices (Esc)")
                    ),
                    "",
                )
            ]
        start = min(self.page_start, max(0, len(entries) - 1))
        if start > 0:
            pinned.insert(
                0,
                (
                    MenuEntry(
                        "\u25c2 " + _("First choices"),
                        page=f"{self.page}@0",
                        help=_("The first choices on this page"),
                    ),
                    "",
                ),
            )
        y = self.rows_top(area)
        bottom = area.bottom - sum(height(item) for item in pinned)
        chosen: list[tuple[MenuEntry, str]] = []
        index = start
        while index < len(entries):
            item = priced(entries[index])
            reserve = button_h + gap if index < len(entries) - 1 else 0
            if y + height(item) + reserve > bottom and chosen:
                break
            chosen.append(item)
            y += height(item)
            index += 1
        if index < len(entries):
            chosen.append(
                (
                    MenuEntry(
                        _("More choices") + " \u25b8",
                        page=f"{self.page}@{index}",
                        help=_("The next choices on this page"),
                    ),
                    "",
                )
            )
        chosen += pinned
        y = self.rows_top(area)
        for number, (entry, price) in enumerate(chosen, start=1):
            key = str(number % 10) if number <= 10 else ""
            text = f"{key}   {entry.label}" if key else entry.label
            if entry.page is not None and entry.count:
                text += f"   \u25b8 {entry.count}"
            rect = pygame.Rect(area.x, y, area.w, button_h)
            if number == len(chosen):
                # Undo sits beside the last row (End your turn, or Back), in the player's reach
                undo_w = max(
                    m.px(84), fonts.width("\u21b6 " + _("Undo"), m.fs(16), True) + m.px(28)
                )
                rect.w -= undo_w + m.px(6)
                self.undo_button = self.button(
                    pygame.Rect(rect.right + m.px(6), y, undo_w, button_h),
                    "\u21b6 " + _("Undo"),
                    self.undo,
                    tooltip=_("Take back your last action of this turn (Ctrl+Z)."),
                    kind="@action",
                )
            tip = entry.help
            if price:
                tip = (tip + "\n" if tip else "") + _("Price: {price}").format(price=price)
            button = self.button(
                rect, text, partial(self.pick, entry), tooltip=tip, kind="@action", shrink=True
            )
            y += button_h
            price_pos = (area.x + m.px(8), y + m.px(1))
            if price:
                y += price_lines(self.pen, area.w - m.px(8), price) * price_h
            y += gap
            self.rows.append(Row(button, entry, price, price_pos, area.w - m.px(8)))
        # choices first in the keyboard's order, then the header's buttons
        row_buttons = {id(r.button) for r in self.rows}
        self.focus.items.sort(key=lambda f: 0 if id(f.element) in row_buttons else 1)
        self.focus.index = 0
        self.refresh_undo()

    def pick(self, entry: MenuEntry) -> None:
        if not self.session.human_to_act():
            return
        if entry.page is not None:
            page, _sep, start = entry.page.partition("@")
            self.open_page(page, int(start) if start else 0)
            return
        if entry.action is not None and entry.action in self.game.legal_actions():
            self.page, self.page_start = MAIN, 0
            self.apply_change(self.session.choose(entry.action))

    def open_page(self, page: str, start: int = 0) -> None:
        self.page, self.page_start = page, start
        self.refresh_choices()

    def open_person(self, citizen: int) -> None:
        if (
            self.session.human_to_act()
            and self.game.state.phase == "turn"
            and person_page(self.game, citizen)
        ):
            self.open_page(f"person:{citizen}")

    def open_market(self) -> None:
        if self.session.human_to_act() and "buy" in self.pages:
            self.open_page("buy")

    # -- controls ----------------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        self.session.paused = not self.session.paused
        if self.pause_button is not None:
            self.pause_button.set_text(
                self.fit_label(self.pause_text(), "@tool", int(self.pause_button.get_abs_rect().w))
            )

    def speed_adjust(self, step: int) -> None:
        self.session.speed = max(0, min(len(SPEEDS) - 1, self.session.speed + step))
        if self.speed_button is not None:
            self.speed_button.set_text(
                self.fit_label(self.speed_text(), "@tool", int(self.speed_button.get_abs_rect().w))
            )

    def faster(self) -> None:
        self.session.speed = (self.session.speed + 1) % len(SPEEDS)
        if self.speed_button is not None:
            self.speed_button.set_text(
                self.fit_label(self.speed_text(), "@tool", int(self.speed_button.get_abs_rect().w))
            )

    def open_menu(self) -> None:
        self.app.push("menu")

    def open_teacher(self) -> None:
        if self.classroom and not self.game.is_over():
            self.app.push("teacher", table=self)

    def apply_change_quietly(self) -> None:
        """The teacher changed the game (scoring, or its end): draw it again, no animation."""
        self.decision_key = None
        self.page, self.page_start = MAIN, 0
        self.dirty = True

    # -- undo ------------------------------------------------------------------------------------

    def refresh_undo(self) -> None:
        """The Undo button is enabled only when the seated human may take an action back."""
        button = self.undo_button
        if button is None:
            return
        refusal = self.session.undo_refusal()
        if refusal is None and not button.is_enabled:
            button.enable()
        elif refusal is not None and button.is_enabled:
            button.disable()

    def undo(self) -> None:
        if self.session.undo() is None:
            return
        self.page, self.page_start = MAIN, 0
        self.shown = {i: float(c.score) for i, c in enumerate(self.game.state.citizens)}
        self.tweens = {}
        self.floaters = []
        self.decision_key = None
        self.refresh_choices()
        self.repaint()

    def paint_board(self, board: pygame.Surface) -> None:
        super().paint_board(board)
        # a disabled button shows no tooltip of its own: say why Undo is not possible now
        button = self.undo_button
        if button is not None and not button.is_enabled:
            refusal = self.session.undo_refusal() or ""
            self.hotspots.append(Hotspot(pygame.Rect(button.get_abs_rect()), refusal))

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            key = event.key
            if key in NUMBER_KEYS and not event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
                index = NUMBER_KEYS[key]
                if index < len(self.rows):
                    entry = self.rows[index].entry
                    self.app.defer(lambda: self.pick(entry))
                return True
            if key in (pygame.K_ESCAPE, pygame.K_BACKSPACE):
                if self.page != MAIN:
                    self.app.defer(lambda: self.open_page(MAIN))
                elif key == pygame.K_ESCAPE:
                    self.app.defer(self.open_menu)
                return True
            if key == pygame.K_p:
                self.toggle_pause()
                return True
            if key == pygame.K_z and event.mod & pygame.KMOD_CTRL:
                self.app.defer(self.undo)
                return True
            if key == pygame.K_t and self.classroom:
                self.app.defer(self.open_teacher)
                return True
            if key in (pygame.K_MINUS, pygame.K_KP_MINUS):
                self.speed_adjust(-1)
                return True
            if key in (pygame.K_EQUALS, pygame.K_PLUS, pygame.K_KP_PLUS):
                self.speed_adjust(1)
                return True
        return super().handle_event(event)

    # -- time --------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.timer_rect is not None and self.session.timer_running():
            paint_timer(
                surface, self.pen, self.timer_rect, self.session.time_left, self.session.turn_limit
            )

    def update(self, dt: float) -> None:
        self.clock += dt
        session = self.session
        if not self.demo and not self.handoff_open and session.handoff_needed() is not None:
            self.handoff_open = True
            seat = session.handoff_needed()
            self.app.push("handoff", session=session, seat=seat)
            return
        announced = session.pace.announced
        change = session.tick(dt)
        if change is not None:
            self.apply_change(change)
        elif announced is not session.pace.announced:
            self.dirty = True
        for index, tween in list(self.tweens.items()):
            self.shown[index] = tween.step(dt)
            if tween.done:
                del self.tweens[index]
        for floater in self.floaters:
            floater.step(dt)
        self.floaters = [f for f in self.floaters if not f.done]
        if self.game.is_over() and not self.demo:
            self.end_clock += dt
            if self.end_clock >= END_DELAY:
                self.app.goto("end", game=self.game, setup=self.setup)

    def apply_change(self, change: Change) -> None:
        """Animate what an action changed and refresh what depends on it."""
        m, fonts = self.app.metrics, self.app.fonts
        p = self.app.palette
        quick = SPEEDS[self.session.speed][1] < 0.3
        for index, delta in change.score.items():
            self.tweens[index] = Tween(
                self.shown.get(index, 0.0),
                float(self.game.state.citizens[index].score),
                0.35 if quick else 0.9,
            )
            colour = GOOD if delta > 0 else BAD
            places = []
            if index in self.dial_rects:
                rect = self.dial_rects[index]
                text = fonts.render(signed(delta), m.fs(20), colour, True)
                places.append(("dial", text, (rect.right, rect.y + rect.h // 4), rect.h // 4))
            if index in self.node_rects:
                rect = self.node_rects[index]
                text = fonts.render(signed(delta), m.fs(14), colour, True)
                places.append(("node", text, (rect.centerx, rect.y + m.px(8)), m.px(26)))
            for place, text, pos, rise in places:
                key = (place, index)
                self.floaters = [f for f in self.floaters if f.key != key]
                badge = number_badge(text, p.panel, colour, m.px(6))
                self.floaters.append(Floater(badge, pos, rise, key, duration=0.9 if quick else 1.6))
        if change.era_changed:
            self.app.set_era(self.game.state.era)  # rebuilds this scene in the new era's colours
        self.page, self.page_start = MAIN, 0
        self.refresh_choices()
        self.dirty = True
