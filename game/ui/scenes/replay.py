"""The replay viewer: a saved game on the table, step by step, for a teacher to show "what
happened in round 3". Forward, back, a round back or ahead, straight to any round, or play.

It draws the real table (TableBoard) from a spectator's seat: public facts only, as the
`ReplayCursor` of game.saves gives them. Opened from the Replays list (setup screen, menu) or by
`python -m game replay FILE` through game.ui.launch.replay_table.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from ...engine import Game
from ...i18n import _
from ...narrate import action_label, citizen_name
from ...saves import ReplayCursor
from ..anim import Tween
from ..icons import blit_icon
from ..menu import MAIN, PriceBook
from ..paint.common import chip, panel_inner, signed
from ..paint.desk import paint_bot_banner, paint_public
from ..paint.seats import seat_colour, seat_shape
from ..session import TableSession, teacher_text
from ..setup_model import SetupChoices
from ..table_layout import table_layout
from . import register
from .base import SHRINK_STEPS
from .table_board import TableBoard

PLAY_STEP = 0.9  # seconds between steps when the replay plays by itself
ROUND_KEYS = {pygame.K_1 + i: i + 1 for i in range(9)} | {pygame.K_0: 10}
MAX_ROUND_BUTTONS = 16


def step_text(cursor: ReplayCursor) -> str:
    """Who did what to reach the cursor's position, in the game's words."""
    at = cursor.action_at(cursor.position)
    if at is None:
        return _("The start of the game.")
    seat, action = at
    game = cursor.game
    spec = game.action_spec(action)
    if spec.verb == "teacher":
        return teacher_text(spec.item)
    return _("{name} chooses: {action}").format(
        name=citizen_name(game, seat) if seat >= 0 else "?", action=action_label(game, action)
    )


@register
class ReplayScene(TableBoard):
    name = "replay"

    def __init__(
        self,
        app: Any,
        cursor: ReplayCursor,
        back: str = "setup",
        choices: SetupChoices | None = None,
        **_kw: Any,
    ) -> None:
        super().__init__(app)
        self.cursor = cursor
        self.back_to = back  # "setup", "replays", or "quit" (opened from the command line)
        self.choices = choices
        self.session = TableSession(cursor.game, threaded=False)
        self.session.viewer = None  # a spectator's view: nobody's private life
        self.session.rebuild_feed()
        self.rows = []
        self.page = MAIN
        self.prices = PriceBook()
        self.decision_key = None
        self.board = None
        self.dirty = True
        self.layout = None
        self.dial_rects = {}
        self.node_rects = {}
        self.banner_rect = None
        self.shown = {i: float(c.score) for i, c in enumerate(cursor.game.state.citizens)}
        self.tweens = {}
        self.floaters = []
        self.clock = 0.0
        self._chrome = None
        self._layers = {}
        self._on_board = {}
        self.playing = False
        self.play_clock = 0.0
        self.play_button: Any = None
        self.play_kind = "@action"
        self.info_top = 0
        self.round_rows = 0
        self.round_bottom = 0

    @property
    def game(self) -> Game:  # type: ignore[override]
        return self.session.game

    # -- widgets -----------------------------------------------------------------------------------

    def enter(self) -> None:
        self.app.set_era(self.game.state.era)
        super().enter()

    def build(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        self.layout = table_layout(m, self.game.num_players, self.game.state.options.public_shaming)
        self._layers, self._on_board, self._chrome = {}, {}, None
        self.dirty = True
        header = self.layout.header
        size = m.fs(14)
        close_label = _("Quit") if self.back_to == "quit" else "\u25c2 " + _("Close replay")
        tools = [
            (_("Help (H)"), self.app.toggle_help, _("The rules in short (H or ?)")),
            (close_label, self.close, _("Leave the replay.")),
        ]
        widths = [fonts.width(text, size, True) + m.px(26) for text, _a, _t in tools]
        x = header.right - m.px(10) - sum(widths) - m.px(6) * (len(widths) - 1)
        self.header_buttons_x = x
        for (text, action, tip), w in zip(tools, widths, strict=True):
            self.button(
                pygame.Rect(x, header.y + m.px(10), w, header.h - m.px(20)),
                text,
                action,
                tooltip=tip,
                kind="@tool",
            )
            x += w + m.px(6)
        self.build_controls()

    def build_controls(self) -> None:
        m, fonts = self.app.metrics, self.app.fonts
        area = self.actions_area()
        banner_h = fonts.line_height(m.fs(16), True) + 3 * fonts.line_height(m.fs(14)) + m.px(24)
        y = area.y + banner_h + m.px(8) + fonts.line_height(m.fs(15), True) + m.px(6)
        bh = fonts.line_height(m.fs(16), True) + m.px(10)
        gap = m.px(6)
        rows: list[list[tuple[str, Any, str]]] = [
            [
                ("|\u25c2", self.to_start, _("The start of the game (Home)")),
                ("\u25c2 " + _("Back"), self.back, _("One step back (\u2190)")),
                (_("Next") + " \u25b8", self.forward, _("One step forward (\u2192)")),
                ("\u25b8|", self.to_end, _("The end of the game (End)")),
            ],
            [
                (
                    "\u25c2\u25c2 " + _("Round"),
                    self.previous_round,
                    _("The round before (Page Up)"),
                ),
                (self.play_text(), self.toggle_play, _("Play the game step by step (Space)")),
                (_("Round") + " \u25b8\u25b8", self.next_round, _("The next round (Page Down)")),
            ],
        ]
        next_button = None
        for row in rows:
            # the ends of the first row (start, end) are narrow arrows; the rest share the room
            shares = [0.17, 0.33, 0.33, 0.17] if len(row) == 4 else [1 / len(row)] * len(row)
            room = area.w - gap * (len(row) - 1)
            # each label's own width first (a long word in French or Dutch), the rest shared
            needs = [
                fonts.width(
                    self.widest_play_text() if action == self.toggle_play else label,
                    m.fs(16),
                    True,
                )
                + m.px(30)
                for label, action, _tip in row
            ]
            spare = room - sum(needs)
            widths = (
                [round(need + spare * share) for need, share in zip(needs, shares, strict=True)]
                if spare >= 0
                else [round(room * share) for share in shares]
            )
            # one type for the whole row: the largest in which every label fits its button
            labels = [
                self.widest_play_text() if action == self.toggle_play else label
                for label, action, _tip in row
            ]
            kind = self.row_kind(labels, widths)
            x = area.x
            for (label, action, tip), w in zip(row, widths, strict=True):
                button = self.button(
                    pygame.Rect(x, y, w, bh), label, action, tooltip=tip, kind=kind
                )
                if action == self.toggle_play:
                    self.play_button, self.play_kind = button, kind
                if action == self.forward:
                    next_button = button
                x += w + gap
            y += bh + gap
        if next_button is not None:
            self.focus.focus_on(next_button)  # Enter steps forward from the start
        # straight to a round: one button per round played
        y += fonts.line_height(m.fs(13), True) + m.px(2)
        self.info_top = y
        rounds = min(self.cursor.rounds_played, MAX_ROUND_BUTTONS)
        per_row = min(rounds, 8) or 1
        w = (area.w - gap * (per_row - 1)) // per_row
        self.round_rows = -(-rounds // per_row)
        self.round_bottom = y + self.round_rows * (bh + gap)
        for number in range(1, rounds + 1):
            col, row_index = (number - 1) % per_row, (number - 1) // per_row
            rect = pygame.Rect(area.x + col * (w + gap), y + row_index * (bh + gap), w, bh)
            self.button(
                rect,
                str(number),
                partial(self.to_round, number),
                tooltip=_("Round {n} as it begins (key {key})").format(n=number, key=number % 10)
                if number <= 10
                else _("Round {n} as it begins").format(n=number),
                kind="@tool",
            )

    def row_kind(self, labels: list[str], widths: list[int]) -> str:
        """The action kind (normal or smaller type) in which every label fits its width."""
        steps = SHRINK_STEPS["@action"]
        needed = [
            steps.index(self.fitting_kind(label, "@action", w))
            for label, w in zip(labels, widths, strict=True)
        ]
        return steps[max(needed)]

    def widest_play_text(self) -> str:
        m, fonts = self.app.metrics, self.app.fonts
        texts = ("\u275a\u275a " + _("Pause"), "\u25b6 " + _("Play"))
        return max(texts, key=lambda text: fonts.width(text, m.fs(16), True))

    def play_text(self) -> str:
        return ("\u275a\u275a " + _("Pause")) if self.playing else ("\u25b6 " + _("Play"))

    # -- moving ----------------------------------------------------------------------------------

    def move(self, position: int, animate: bool = False) -> None:
        cursor = self.cursor
        before = [c.score for c in self.game.state.citizens]
        era = self.game.state.era
        cursor.jump_to(position)
        self.session.game = cursor.game
        self.session.rebuild_feed()
        after = [c.score for c in cursor.game.state.citizens]
        self.tweens = {}
        for index, score in enumerate(after):
            if animate and score != before[index]:
                self.tweens[index] = Tween(self.shown.get(index, float(score)), float(score), 0.5)
            else:
                self.shown[index] = float(score)
        self.floaters = []
        self.dirty = True
        if cursor.game.state.era != era:
            self.app.set_era(cursor.game.state.era)

    def forward(self) -> None:
        if self.cursor.position < self.cursor.length:
            self.move(self.cursor.position + 1, animate=True)
        else:
            self.stop()

    def back(self) -> None:
        self.move(self.cursor.position - 1)

    def to_start(self) -> None:
        self.stop()
        self.move(0)

    def to_end(self) -> None:
        self.stop()
        self.move(self.cursor.length)

    def to_round(self, number: int) -> None:
        self.move(self.cursor.start_of_round(number))

    def previous_round(self) -> None:
        cursor = self.cursor
        start = cursor.start_of_round(cursor.round)
        # at the start of a round already: the round before it
        self.move(cursor.start_of_round(cursor.round - 1) if cursor.position == start else start)

    def next_round(self) -> None:
        cursor = self.cursor
        if cursor.round >= cursor.rounds_played:
            self.move(cursor.length)
        else:
            self.move(cursor.start_of_round(cursor.round + 1))

    def toggle_play(self) -> None:
        self.playing = not self.playing and self.cursor.position < self.cursor.length
        self.play_clock = 0.0
        self.refresh_play_button()

    def stop(self) -> None:
        if self.playing:
            self.playing = False
            self.refresh_play_button()

    def refresh_play_button(self) -> None:
        if self.play_button is not None:
            width = int(self.play_button.get_abs_rect().w)
            self.play_button.set_text(self.fit_label(self.play_text(), self.play_kind, width))

    def close(self) -> None:
        if self.back_to == "quit":
            self.app.quit()
        elif self.back_to == "replays":
            self.app.goto("replays", choices=self.choices)
        else:
            self.app.goto("setup", choices=self.choices)

    # -- input and time ----------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and not event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
            keys = {
                pygame.K_RIGHT: self.forward,
                pygame.K_LEFT: self.back,
                pygame.K_PAGEDOWN: self.next_round,
                pygame.K_PAGEUP: self.previous_round,
                pygame.K_HOME: self.to_start,
                pygame.K_END: self.to_end,
                pygame.K_SPACE: self.toggle_play,
            }
            action = keys.get(event.key)
            if action is None and event.key in ROUND_KEYS:
                number = ROUND_KEYS[event.key]
                if number <= self.cursor.rounds_played:
                    action = partial(self.to_round, number)
            if action is not None:
                self.app.defer(action)
                return True
            if event.key == pygame.K_ESCAPE:
                self.app.defer(lambda: self.app.push("menu"))
                return True
        return super().handle_event(event)

    def update(self, dt: float) -> None:
        self.clock += dt
        for index, tween in list(self.tweens.items()):
            self.shown[index] = tween.step(dt)
            if tween.done:
                del self.tweens[index]
        if self.playing:
            self.play_clock += dt
            if self.play_clock >= PLAY_STEP:
                self.play_clock = 0.0
                self.forward()

    # -- drawing -----------------------------------------------------------------------------------

    def draw_thinking(self, surface: pygame.Surface) -> None:
        """Nobody thinks in a replay."""

    def paint_desk(self, board: pygame.Surface, obs: dict[str, Any]) -> None:
        assert self.layout is not None
        pen = self.pen
        m, fonts, p = pen.m, pen.fonts, pen.palette
        inner = panel_inner(pen, self.layout.desk, False)
        area = self.actions_area()
        cursor = self.cursor
        key = (cursor.position, self.playing)
        rect = pygame.Rect(inner.x, inner.y, inner.w, inner.bottom - inner.y)

        def desk(surface: pygame.Surface, local: pygame.Rect) -> None:
            paint_public(surface, pen, pygame.Rect(0, 0, local.w, area.y - inner.y))
            ax = area.x - inner.x
            y = area.y - inner.y
            banner_h = (
                fonts.line_height(m.fs(16), True) + 3 * fonts.line_height(m.fs(14)) + m.px(24)
            )
            at = cursor.action_at(cursor.position)
            seat = at[0] if at is not None and at[0] >= 0 else 0
            name = citizen_name(self.game, seat) if at is not None else _("The city")
            is_bot = self.game.state.seats[seat].kind != "human"
            paint_bot_banner(
                surface,
                pen,
                pygame.Rect(ax, y, area.w, banner_h),
                seat,
                name,
                is_bot and at is not None,
                step_text(cursor),
                "",
                "",
            )
            y += banner_h + m.px(8)
            title = _("Step {n} of {total} \u00b7 round {round} of {rounds}").format(
                n=cursor.position,
                total=cursor.length,
                round=cursor.round,
                rounds=cursor.rounds_played,
            )
            surface.blit(fonts.fit(title, m.fs(15), p.ink, area.w, bold=True), (ax, y))
            label_y = self.info_top - inner.y - fonts.line_height(m.fs(13), True) - m.px(2)
            surface.blit(
                fonts.fit(_("Straight to a round"), m.fs(13), p.ink_soft, area.w, bold=True),
                (ax, label_y),
            )
            self.paint_round_so_far(surface, ax, self.round_bottom - inner.y + m.px(8), area.w)
            hint = _(
                "\u2190 \u2192 step \u00b7 Page Up/Down a round \u00b7 1\u20139 a round \u00b7 "
                "Space play \u00b7 Home/End"
            )
            lines = fonts.wrap(hint, m.fs(12), area.w)
            hy = local.bottom - len(lines) * fonts.line_height(m.fs(12))
            fonts.blit_lines(surface, lines, (ax, hy), m.fs(12), p.ink_soft)

        self.layer(board, "desk", key, rect, desk)

    def paint_round_so_far(self, surface: pygame.Surface, x: int, y: int, width: int) -> None:
        """Each player's score now, and how it moved since the round began."""
        pen = self.pen
        m, fonts, p = pen.m, pen.fonts, pen.palette
        cursor = self.cursor
        start = cursor.game_at(cursor.start_of_round(cursor.round))
        title = _("Since round {round} began").format(round=cursor.round)
        surface.blit(fonts.fit(title, m.fs(13), p.ink_soft, width, bold=True), (x, y))
        y += fonts.line_height(m.fs(13), True) + m.px(2)
        size = m.fs(14)
        line = fonts.line_height(size)
        for index, seat in enumerate(self.game.state.seats):
            now = self.game.state.citizens[index].score
            moved = now - start.state.citizens[index].score
            blit_icon(
                surface,
                seat_shape(index),
                (x + line // 2, y + line // 2),
                line * 3 // 4,
                seat_colour(index),
            )
            surface.blit(
                fonts.fit(seat.name, size, p.ink, width // 2, bold=True), (x + line + m.px(4), y)
            )
            score = fonts.render(str(now), size, p.ink, True)
            surface.blit(score, (x + width * 3 // 5, y))
            if moved:
                chip(
                    surface,
                    pen,
                    (x + width * 3 // 5 + score.get_width() + m.px(8), y),
                    signed(moved),
                    moved,
                    m.fs(12),
                )
            y += line + m.px(3)
