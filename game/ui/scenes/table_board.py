"""How the table is drawn: a board surface made of parts that are painted again only when their
data changed, plus what moves each frame (dials turning, numbers rising, the thinking dots).

TableBoard is the drawing half of the table scene (scenes/table.py holds its logic: choices,
input, time). Each part of the board is a `layer` with a key; a frame blits the board and draws
the dials, the rising numbers and the dots on top.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pygame

from ...bots import DEFAULT_BOT
from ...engine import Game
from ...i18n import _, ngettext
from ...narrate import citizen_name, era_name, factor_name, stat_name, tier_name
from ..anim import Floater, Tween
from ..menu import MAIN, MenuEntry, PriceBook, page_title
from ..paint.common import Pen, panel, panel_inner, signed
from ..paint.desk import (
    PrivateLife,
    paint_bot_banner,
    paint_price,
    paint_private,
    paint_public,
    paint_score_recipe,
    paint_turn_header,
    private_height,
    public_height,
)
from ..paint.dial import dial, tier_colour
from ..paint.feed import paint_feed
from ..paint.graph import Node, node_tooltip, paint_graph
from ..paint.market import card_grid, card_tooltip, paint_card
from ..paint.seats import SeatInfo, paint_seat
from ..paint.shame import paint_shame
from ..paint.topbar import paint_channels, paint_logo, paint_track
from ..palette import BAD
from ..session import TableSession
from ..setup_model import bot_name
from ..table_layout import TableLayout
from ..widgets import Hotspot
from .base import Scene


class Row:
    """One visible choice: its button, what it does, and where its price is painted."""

    def __init__(
        self, button: Any, entry: MenuEntry, price: str, price_pos: tuple[int, int], width: int
    ) -> None:
        self.button = button
        self.entry = entry
        self.price = price
        self.price_pos = price_pos
        self.width = width


class TableBoard(Scene):
    """The drawing half of the table scene; the attributes below are set by TableScene."""

    game: Game
    session: TableSession
    layout: TableLayout | None
    rows: list[Row]
    page: str
    prices: PriceBook
    decision_key: tuple[int, int, int] | None
    board: pygame.Surface | None
    dirty: bool
    dial_rects: dict[int, pygame.Rect]
    node_rects: dict[int, pygame.Rect]
    banner_rect: pygame.Rect | None
    shown: dict[int, float]
    tweens: dict[int, Tween]
    floaters: list[Floater]
    clock: float
    header_buttons_x: int
    _chrome: tuple[Any, pygame.Surface] | None
    _layers: dict[str, tuple[object, pygame.Surface, Any]]
    _on_board: dict[str, Any]

    def open_person(self, citizen: int) -> None:
        """A click on a citizen (TableScene opens their page)."""

    def open_market(self) -> None:
        """A click on the market (TableScene opens the Buy page)."""

    def repaint(self) -> None:
        """Paint every part of the board again on the next frame (nothing kept from before)."""
        self._layers = {}
        self._on_board = {}
        self._chrome = None
        self.dirty = True

    @property
    def pen(self) -> Pen:
        return Pen(self.app.fonts, self.app.metrics, self.app.palette)

    def actions_area(self) -> pygame.Rect:
        assert self.layout is not None
        m = self.app.metrics
        inner = self.layout.desk.inflate(-2 * m.px(10), -2 * m.px(10))
        top = (
            private_height(self.pen, inner.w)
            if self.session.viewer is not None
            else public_height(self.pen)
        )
        return pygame.Rect(inner.x, inner.y + top + m.px(8), inner.w, inner.h - top - m.px(8))

    def rows_top(self, area: pygame.Rect) -> int:
        """Where the choice buttons begin: below the turn's header, the opaque-scoring note and
        the turn timer (classroom mode)."""
        strip = self.timer_strip(area)
        return strip.bottom + self.app.metrics.px(6) if strip is not None else self.header_end(area)

    def header_end(self, area: pygame.Rect) -> int:
        m, fonts = self.app.metrics, self.app.fonts
        top = area.y + fonts.line_height(m.fs(14), True) + fonts.line_height(m.fs(11)) + m.px(6)
        if not self.game.state.options.transparent:
            top += fonts.line_height(m.fs(11)) + m.px(2)
        return top

    def timer_strip(self, area: pygame.Rect) -> pygame.Rect | None:
        """The turn timer's countdown, above the choices, when the classroom has a timer."""
        if self.session.turn_limit <= 0:
            return None
        m, fonts = self.app.metrics, self.app.fonts
        height = fonts.line_height(m.fs(22), True) + m.px(8)
        return pygame.Rect(area.x, self.header_end(area), area.w, height)

    # -- drawing -----------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        size = surface.get_size()
        if self.board is None or self.board.get_size() != size:
            self.board = pygame.Surface(size).convert()
            self._on_board = {}
            self.dirty = True
        if self.dirty:
            self.paint_board(self.board)
            self.dirty = False
        surface.blit(self.board, (0, 0))
        self.draw_dials(surface)
        self.draw_thinking(surface)
        for floater in self.floaters:
            floater.draw(surface)

    def layer(
        self,
        board: pygame.Surface,
        name: str,
        key: object,
        area: pygame.Rect,
        paint: Callable[[pygame.Surface, pygame.Rect], Any],
    ) -> Any:
        """One part of the board, painted again (and put on the board) only when its key changed.

        `paint` draws into a surface the size of `area` (its rect starts at 0, 0) over the chrome
        beneath, and returns whatever it measured (in the layer's own coordinates)."""
        entry = self._layers.get(name)
        if entry is None or entry[0] != key or entry[1].get_size() != area.size:
            surface = pygame.Surface(area.size, 0, board)
            surface.blit(self.chrome_layer(), (0, 0), area)
            entry = (key, surface, paint(surface, pygame.Rect(0, 0, area.w, area.h)))
            self._layers[name] = entry
        if self._on_board.get(name) != (key, area.topleft):
            board.blit(entry[1], area.topleft)
            self._on_board[name] = (key, area.topleft)
        return entry[2]

    def add_spots(self, spots: list[Hotspot], origin: tuple[int, int]) -> None:
        for spot in spots:
            self.hotspots.append(Hotspot(spot.rect.move(origin), spot.tooltip, spot.on_click))

    def paint_board(self, board: pygame.Surface) -> None:
        assert self.layout is not None
        game, session, pen = self.game, self.session, self.pen
        m = pen.m
        lay = self.layout
        self.hotspots = []
        chrome = self.chrome_layer()
        if self._on_board.get("chrome") is not chrome:
            board.blit(chrome, (0, 0))
            self._on_board = {"chrome": chrome}
        state = game.state
        spectator = session.viewer if session.viewer is not None else (game.current_seat or 0)
        obs = game.observe(spectator)
        citizens = obs["citizens"]
        names = {c["index"]: citizen_name(game, c["index"]) for c in citizens}
        transparent = state.options.transparent
        # header: the era track and the detection chances
        logo_w = max(m.px(190), int(lay.header.w * 0.17))
        channels_w = min(m.px(230), int(lay.header.w * 0.16))
        left = lay.header.x + m.px(26) + logo_w
        area = pygame.Rect(
            left, lay.header.y, self.header_buttons_x - m.px(14) - left, lay.header.h
        )

        def header(surface: pygame.Surface, rect: pygame.Rect) -> list[Hotspot]:
            channels = pygame.Rect(
                rect.right - channels_w, rect.y + m.px(4), channels_w, rect.h - m.px(8)
            )
            track = pygame.Rect(
                rect.x, rect.y + m.px(2), channels.x - rect.x - m.px(16), rect.h - m.px(4)
            )
            era = game.ruleset.eras[state.era - 1]
            spots = [
                Hotspot(t.rect, t.tooltip)
                for t in paint_track(
                    surface,
                    pen,
                    track,
                    game.ruleset.eras,
                    [era_name(game, i) for i in range(1, len(game.ruleset.eras) + 1)],
                    state.round,
                    state.rounds,
                    state.era,
                    transparent,
                )
            ]
            spots += [
                Hotspot(t.rect, t.tooltip)
                for t in paint_channels(surface, pen, channels, era, transparent)
            ]
            return spots

        self.add_spots(
            self.layer(board, "header", (state.round, state.era, transparent), area, header),
            area.topleft,
        )
        self.paint_desk(board, obs)
        self.paint_seats(board, citizens)
        # the friendship graph
        area = panel_inner(pen, lay.graph, True)
        nodes = [
            Node(
                c["index"],
                names[c["index"]],
                c["ref"],
                c["score"],
                c["is_player"],
                c["blacklisted"],
                c["critic"],
                tuple(c["friends"]),
            )
            for c in citizens
        ]

        def graph(surface: pygame.Surface, rect: pygame.Rect) -> dict[int, pygame.Rect]:
            return paint_graph(surface, pen, rect, nodes, session.viewer, game.current_seat)

        local = self.layer(
            board, "graph", (tuple(nodes), session.viewer, game.current_seat), area, graph
        )
        self.node_rects = {i: r.move(area.topleft) for i, r in local.items()}
        for node in nodes:
            tip = node_tooltip(node, tier_name(game, citizens[node.index]["tier"]), names)
            self.hotspots.append(
                Hotspot(self.node_rects[node.index], tip, partial(self.open_person, node.index))
            )
        # the market
        area = panel_inner(pen, lay.market, True)
        legal = set(game.legal_actions()) if session.human_to_act() else set()
        cards = list(obs["market"])
        buyable = tuple(game.action_id(f"buy:{card_id}") in legal for card_id in cards)

        def market(surface: pygame.Surface, rect: pygame.Rect) -> list[Hotspot]:
            spots = []
            for box, card_id, can in zip(
                card_grid(rect, len(cards), m.px(6)), cards, buyable, strict=False
            ):
                card = game.content.purchases[card_id]
                paint_card(surface, pen, box, card, can)
                spots.append(Hotspot(box, card_tooltip(card), self.open_market))
            return spots

        self.add_spots(
            self.layer(board, "market", (tuple(cards), buyable), area, market), area.topleft
        )
        # the wall of shame
        if lay.shame is not None:
            shamed = [
                (names[c["index"]], c["ref"], c["score"]) for c in citizens if c["blacklisted"]
            ]
            area = pygame.Rect(lay.shame.x, lay.shame.y, lay.shame.w, lay.shame.h + m.px(4))

            def shame(surface: pygame.Surface, rect: pygame.Rect) -> None:
                paint_shame(surface, pen, pygame.Rect(0, 0, rect.w, rect.h - m.px(4)), shamed)

            self.layer(board, "shame", tuple(shamed), area, shame)
            self.hotspots.append(
                Hotspot(
                    lay.shame,
                    _(
                        "Public shaming is on: the faces of blacklisted citizens are shown on "
                        "roadside screens, "
                        "and it costs them wellbeing every round."
                    ),
                )
            )
        # the feed
        area = panel_inner(pen, lay.feed, True)

        def feed(surface: pygame.Surface, rect: pygame.Rect) -> None:
            paint_feed(surface, pen, rect, session.feed, lambda i: names.get(i, "?"), stat_name)
            if session.save_error:
                warn = pen.fonts.fit(session.save_error, m.fs(11), BAD, rect.w)
                surface.blit(warn, (rect.x, rect.bottom - warn.get_height()))

        last = session.feed[-1] if session.feed else None
        self.layer(
            board,
            "feed",
            (len(session.feed), id(last), session.viewer, session.save_error),
            area,
            feed,
        )

    def chrome_layer(self) -> pygame.Surface:
        """What does not change during a game: backdrop, header band, logo, empty panels, titles."""
        key = (self.app.window.get_size(), self.app.era, self.app.metrics)
        if self._chrome is not None and self._chrome[0] == key:
            return self._chrome[1]
        assert self.layout is not None
        pen, lay = self.pen, self.layout
        surface = self.app.backdrop().copy()
        pygame.draw.rect(surface, pen.palette.header, lay.header)
        m = pen.m
        logo = pygame.Rect(
            lay.header.x + m.px(10),
            lay.header.y,
            max(m.px(190), int(lay.header.w * 0.17)),
            lay.header.h,
        )
        paint_logo(
            surface,
            pen,
            logo,
            _("Trust score pilot \u00b7 {ruleset}").format(ruleset=_(self.game.ruleset.name)),
        )
        panel(surface, pen, lay.desk)
        panel(surface, pen, lay.graph, _("Who is friends with whom"), "connections")
        panel(surface, pen, lay.market, _("Market"), "purchases")
        panel(surface, pen, lay.feed, _("City feed"), "speech")
        self._chrome = (key, surface)
        return surface

    def paint_desk(self, board: pygame.Surface, obs: dict[str, Any]) -> None:
        assert self.layout is not None
        game, session, pen = self.game, self.session, self.pen
        m = pen.m
        inner = panel_inner(pen, self.layout.desk, False)
        area = self.actions_area()
        top = pygame.Rect(inner.x, inner.y, inner.w, area.y - m.px(6) - inner.y)
        me = obs["me"]
        key = (
            session.viewer,
            me["money"],
            me["wellbeing"],
            me["voice"],
            me["goal"],
            len(me["penalties"]),
        )

        def private(surface: pygame.Surface, rect: pygame.Rect) -> list[Hotspot]:
            if session.viewer is None:
                paint_public(surface, pen, rect)
                return []
            goal = game.content.goals[me["goal"]]
            r = game.ruleset
            life = PrivateLife(
                seat=session.viewer,
                name=citizen_name(game, session.viewer),
                ref=f"p{session.viewer}",
                money=me["money"],
                wellbeing=me["wellbeing"],
                voice=me["voice"],
                wellbeing_max=r.wellbeing_max,
                voice_max=r.voice_max,
                goal_name=_(goal.name),
                goal_text=_(goal.text),
                penalties=len(me["penalties"]),
            )
            return [Hotspot(spot, tip) for spot, tip in paint_private(surface, pen, rect, life)]

        self.add_spots(self.layer(board, "private", key, top, private), top.topleft)
        below = pygame.Rect(area.x, area.y - m.px(6), area.w, area.h + m.px(6))
        origin = below.topleft
        watch: tuple[object, ...]
        if session.human_to_act():
            watch = ("human", self.decision_key, tuple(id(r.button) for r in self.rows))
        else:
            announced = session.pace.announced
            watch = (
                "watch",
                game.current_seat,
                announced.label if announced else "",
                announced.decision.reason if announced else "",
                session.paused,
            )

        def actions(surface: pygame.Surface, rect: pygame.Rect) -> pygame.Rect | None:
            pygame.draw.line(
                surface,
                pen.palette.panel_edge,
                (rect.x, rect.y + m.px(1)),
                (rect.right, rect.y + m.px(1)),
                max(1, m.px(1)),
            )
            return self.paint_actions(surface, area.move(-origin[0], -origin[1]), origin)

        banner = self.layer(board, "actions", watch, below, actions)
        self.banner_rect = banner.move(origin) if banner is not None else None

    def paint_actions(
        self, surface: pygame.Surface, area: pygame.Rect, origin: tuple[int, int]
    ) -> pygame.Rect | None:
        """The choices with their prices, or whose turn it is; returns the banner's rect if any."""
        game, session, pen = self.game, self.session, self.pen
        m, fonts = pen.m, pen.fonts
        if session.human_to_act():
            consent = game.state.phase == "consent"
            hint = _("Number keys choose \u00b7 Tab moves \u00b7 Enter confirms")
            if self.page != MAIN:
                hint = _("Esc: back to your choices")
            ap_total = 0 if consent else game.ruleset.action_points
            ap_left = 0 if consent else game.state.ap_left
            title = page_title(game, self.page)
            if self.page == MAIN and not consent:
                title = ngettext(
                    "Your turn: {n} action point left", "Your turn: {n} action points left", ap_left
                ).format(n=ap_left)
            paint_turn_header(surface, pen, area, title, ap_left, ap_total, hint)
            if not game.state.options.transparent:
                y = (
                    area.y
                    + fonts.line_height(m.fs(14), True)
                    + fonts.line_height(m.fs(11))
                    + m.px(2)
                )
                note = fonts.fit(
                    _("Opaque scoring: the city does not say what counts."),
                    m.fs(11),
                    pen.palette.ink_soft,
                    area.w,
                )
                surface.blit(note, (area.x, y))
            their = self.target_price_label()
            for row in self.rows:
                if row.price:
                    pos = (row.price_pos[0] - origin[0], row.price_pos[1] - origin[1])
                    paint_price(
                        surface, pen, pos, row.width, row.price, their.get(row.entry.action, "")
                    )
            return None
        seat = game.current_seat
        banner_h = fonts.line_height(m.fs(16), True) + 5 * fonts.line_height(m.fs(14)) + m.px(28)
        banner = pygame.Rect(area.x, area.y, area.w, min(area.h, banner_h))
        if seat is None:
            paint_bot_banner(
                surface, pen, banner, 0, _("Nobody"), False, _("The game is over."), "", ""
            )
            return banner
        announced = session.pace.announced
        is_bot = seat in session.bots
        choice = reason = ""
        if announced is not None and announced.seat == seat:
            choice = _("chooses: {action}").format(action=announced.label)
            reason = announced.decision.reason
        waiting = (
            _("is thinking")
            if is_bot
            else _("Waiting for {name}.").format(name=citizen_name(game, seat))
        )
        paint_bot_banner(
            surface, pen, banner, seat, citizen_name(game, seat), is_bot, choice, reason, waiting
        )
        y = banner.bottom + m.px(10)
        if session.paused:
            text = fonts.fit(
                _("Paused. Press P to go on."), m.fs(14), pen.palette.ink, area.w, bold=True
            )
            surface.blit(text, (area.x, y))
            y += text.get_height() + m.px(8)
        recipe = pygame.Rect(area.x, y, area.w, area.bottom - y)
        paint_score_recipe(
            surface,
            pen,
            recipe,
            dict(game.ruleset.weights),
            {f: factor_name(f) for f in game.ruleset.weights},
            [(_(t.name), t.min) for t in game.ruleset.tiers],
            game.state.options.transparent,
        )
        return banner

    def target_price_label(self) -> dict[int | None, str]:
        """For each visible row, the price part about the target's score (drawn neutral)."""
        out: dict[int | None, str] = {}
        for row in self.rows:
            if row.entry.action is None or not row.price:
                continue
            price = self.prices.price(self.game, row.entry.action)
            if price.target_score:
                out[row.entry.action] = _("{delta} to their score").format(
                    delta=signed(price.target_score)
                )
        return out

    def paint_seats(self, board: pygame.Surface, citizens: list[dict[str, Any]]) -> None:
        assert self.layout is not None
        game, session, pen = self.game, self.session, self.pen
        self.dial_rects = {}
        privileges = list(game.content.privileges.values())
        shadow = pen.m.px(4)
        for index, rect in enumerate(self.layout.seat_cards):
            c = citizens[index]
            seat = game.state.seats[index]
            opened = tuple(
                p.id
                for p in privileges
                if p.min_tier <= c["tier"] and not (p.blocked_by_blacklist and c["blacklisted"])
            )
            factors = c.get("factors")
            info = SeatInfo(
                index=index,
                name=c["name"],
                kind=seat.kind if seat.kind == "human" else seat.bot,
                tier_name=tier_name(game, c["tier"]),
                blacklisted=c["blacklisted"],
                critic=c["critic"],
                friends=len(c["friends"]),
                factors=factors,
                privileges=opened,
                current=index == game.current_seat,
                viewer=index == session.viewer,
            )
            area = pygame.Rect(rect.x, rect.y, rect.w, rect.h + shadow)
            key = (
                info.name,
                info.kind,
                info.tier_name,
                info.blacklisted,
                info.critic,
                info.friends,
                tuple(sorted(factors.items())) if factors else None,
                opened,
                info.current,
                info.viewer,
            )

            def card(
                surface: pygame.Surface, local: pygame.Rect, info: SeatInfo = info
            ) -> pygame.Rect:
                return paint_seat(
                    surface, pen, pygame.Rect(0, 0, local.w, local.h - shadow), info
                ).dial

            self.dial_rects[index] = self.layer(board, f"seat{index}", key, area, card).move(
                area.topleft
            )
            self.hotspots.append(
                Hotspot(rect, partial(self.seat_tooltip, index), partial(self.open_person, index))
            )

    def seat_tooltip(self, index: int) -> str:
        game = self.game
        c = game.state.citizens[index]
        seat = game.state.seats[index]
        who = (
            _("human")
            if seat.kind == "human"
            else _("bot ({kind})").format(kind=bot_name(seat.bot or DEFAULT_BOT))
        )
        lines = [
            f"{c.name} ({who})",
            _("Score {score}, tier {tier}").format(score=c.score, tier=tier_name(game, c.tier)),
        ]
        obs = game.observe(index if self.session.viewer is None else self.session.viewer)[
            "citizens"
        ][index]
        if "factors" in obs:
            lines.append(
                ", ".join(f"{factor_name(k)} {round(v)}" for k, v in obs["factors"].items())
            )
        opened = [_(p.name) for p in game.content.privileges.values() if p.min_tier <= c.tier]
        if opened:
            lines.append(_("Privileges open: {list}").format(list=", ".join(opened)))
        if c.blacklisted:
            lines.append(_("On the blacklist: many doors are closed."))
        return "\n".join(lines)

    def draw_dials(self, surface: pygame.Surface) -> None:
        game, pen = self.game, self.pen
        lo, hi = game.score_bounds()
        tiers = game.ruleset.tiers
        thresholds = tuple(t.min for t in tiers[1:])
        for index, rect in self.dial_rects.items():
            shown = self.shown.get(index, 0.0)
            value = round(shown)
            tier = sum(1 for t in tiers if value >= t.min) or 1
            image = dial(
                pen.fonts,
                pen.palette,
                rect.w,
                value,
                (lo, hi),
                thresholds,
                tier_colour(tier, len(tiers)),
                str(value),
                tier_name(game, tier),
                min(pen.m.fs(12), max(8, int(rect.w * 0.12))),
            )
            surface.blit(image, rect)

    def draw_thinking(self, surface: pygame.Surface) -> None:
        """Three dots that breathe while a bot thinks (drawn each frame, outside the board)."""
        session = self.session
        seat = self.game.current_seat
        if (
            self.banner_rect is None
            or seat is None
            or seat not in session.bots
            or session.pace.announced
        ):
            return
        if session.paused:
            return
        m = self.app.metrics
        r = max(2, m.px(4))
        base_x = self.banner_rect.x + m.px(8)
        y = (
            self.banner_rect.y
            + self.app.fonts.line_height(m.fs(16), True)
            + self.app.fonts.line_height(m.fs(14))
            + m.px(18)
        )
        for i in range(3):
            phase = (self.clock * 3 - i * 0.4) % 2
            grow = 1 + 0.5 * max(0.0, 1 - abs(phase - 0.5) * 2)
            pygame.draw.circle(
                surface, self.app.palette.accent, (base_x + i * r * 4, y), int(r * grow)
            )
