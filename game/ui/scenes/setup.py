"""Title and setup: who sits at the table, which rules the city runs, and one big Play button.

The defaults make a game in one click (or one Enter): one human against three bots. Every choice
is a button that cycles through its values (click, or Left/Right when it has the keyboard focus),
so the whole screen works with the keyboard alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pygame
from pygame_gui.elements import UITextEntryLine

from ...engine.records import LENGTHS, WIN_CONDITIONS
from ...i18n import LANGUAGE_NAMES, LANGUAGES, _, ngettext, set_language
from ...saves import Resumed, SaveError
from ..icons import blit_icon
from ..metrics import TEXT_SIZES
from ..paint.common import Pen, panel
from ..palette import mix, readable_on
from ..setup_model import SetupChoices, kind_label, length_label, new_seed, win_label
from . import register
from .menu import text_size_label
from .seat_rows import SeatCard, SeatsScene, cycle


def on_off(value: bool) -> str:
    return ("\u2713 " + _("On")) if value else ("\u2717 " + _("Off"))


@register
class SetupScene(SeatsScene):
    name = "setup"

    def __init__(self, app: Any, choices: SetupChoices | None = None, **_kw: Any) -> None:
        super().__init__(app, choices)
        self.seed_entry: UITextEntryLine | None = None
        self.labels: list[tuple[pygame.Rect, str]] = []
        self.resumable = self.find_resumable()

    # -- widgets -----------------------------------------------------------------------------------

    def build(self) -> None:
        m = self.app.metrics
        self.labels = []
        self.cyclers = []
        self.banner = pygame.Rect(0, 0, m.width, m.px(132))
        play_h = m.px(58)
        bottom = m.height - play_h - m.px(24)
        top = self.banner.bottom + m.px(16)
        gap = m.px(24)
        card_w = (m.width - 2 * m.px(30) - gap) // 2
        left = pygame.Rect(m.px(30), top, card_w, bottom - top - m.px(14))
        right = pygame.Rect(left.right + gap, top, card_w, left.h)
        self.cards = (left, right)
        # Play first: it has the keyboard focus, so Enter starts a game at once
        play = pygame.Rect(0, 0, m.px(320), play_h)
        play.midbottom = (m.width // 2, m.height - m.px(16))
        self.button(
            play,
            _("Play"),
            self.play,
            kind="@primary",
            tooltip=_("Start the game with these citizens and rules (Enter)."),
        )
        if self.resumable is not None:
            state = self.resumable.game.state
            label = _("Continue: round {round} of {rounds}").format(
                round=state.round, rounds=state.rounds
            )
            width = self.app.fonts.width(label, m.fs(16), True) + m.px(40)
            resume = pygame.Rect(0, 0, width, m.px(46))
            resume.midright = (play.x - m.px(16), play.centery)
            self.button(
                resume,
                label,
                self.resume,
                kind="@action",
                tooltip=_("Go on with the last unfinished game: it was saved after every action."),
            )
        self.build_seats(left)
        self.build_rules(right)
        small = pygame.Rect(0, 0, m.px(150), m.px(40))
        small.bottomleft = (m.px(30), m.height - m.px(24))
        self.button(
            small,
            _("Help (H)"),
            self.app.toggle_help,
            kind="@tool",
            tooltip=_("The rules in short."),
        )
        quit_rect = small.copy()
        quit_rect.bottomright = (m.width - m.px(30), m.height - m.px(24))
        replays = quit_rect.copy()
        replays.right = quit_rect.x - m.px(10)
        replays.x = max(replays.x, play.right + m.px(10))
        replays.w = quit_rect.x - m.px(10) - replays.x
        if replays.w >= m.px(80):
            self.button(
                replays,
                _("Replays"),
                self.open_replays,
                kind="@tool",
                tooltip=_("Step through a saved game: forward, back, or straight to a round."),
            )
        # classroom mode: in the corner of the seats' card, since it turns seats into teams
        label = _("Classroom mode") + " \u25b8"
        width = self.app.fonts.width(label, m.fs(14), True) + m.px(30)
        corner = pygame.Rect(0, 0, width, self.app.fonts.line_height(m.fs(15), True) + m.px(8))
        corner.topright = (left.right - m.px(10), left.y + m.px(6))
        self.button(
            corner,
            label,
            self.open_classroom,
            kind="@tool",
            tooltip=_("3 to 6 teams instead of players, a turn timer, and the teacher's controls."),
        )
        self.button(quit_rect, _("Quit"), self.app.quit, kind="@tool")

    def build_seats(self, card: pygame.Rect) -> None:
        words = SeatCard(
            kind_tip=_(
                "Who plays this seat: a person, or a bot of some kind (click or \u2190 \u2192)."
            ),
            remove_tip=_("Remove this seat"),
            add_label="+ " + _("Add a citizen"),
            add_tip=_("Up to six citizens: humans and bots in any mix."),
            kind_share=0.42,
        )
        self.build_seat_rows(self.inner(card), words)

    def settings(self) -> list[tuple[str, str, Callable[[int], None], str]]:
        """(label, current value, change, tooltip) for every rule the table can choose."""
        c = self.choices
        ruleset = self.content.rulesets[c.ruleset]
        return [
            (_("Ruleset"), _(ruleset.name), self.change_ruleset, _(ruleset.description)),
            (
                _("Scoring"),
                _("Transparent") if c.transparent else _("Opaque"),
                self.flip("transparent"),
                _(
                    "Transparent: you see how the score is made and each choice's price. Opaque: "
                    "you see the "
                    "number move, never why."
                ),
            ),
            (
                _("Appeals"),
                on_off(c.appeals),
                self.flip("appeals"),
                _("Whether a citizen may appeal a penalty."),
            ),
            (
                _("Data protection"),
                on_off(c.data_protection),
                self.flip("data_protection"),
                _("Off: data leaks happen, and a hacker can edit your score for money."),
            ),
            (
                _("Public shaming"),
                on_off(c.public_shaming),
                self.flip("public_shaming"),
                _("On: blacklisted citizens appear on a wall of shame, and it hurts."),
            ),
            (
                _("Game length"),
                length_label(c.length, ruleset.lengths.get(c.length, 0)),
                self.change_length,
                _("How many rounds the game lasts."),
            ),
            (
                _("Win condition"),
                win_label(c.win_condition),
                self.change_win,
                _(
                    "The best life (the default), the best score, or the best life among those "
                    "who reached "
                    "their secret goal."
                ),
            ),
            (
                _("Language"),
                LANGUAGE_NAMES.get(c.language, c.language),
                self.change_language,
                _("The language of the whole game."),
            ),
            (
                _("Text size"),
                text_size_label(self.app.text_size),
                self.change_text_size,
                _("Larger letters for a projector at the back of a classroom."),
            ),
        ]

    def kind_name(self, kind: str) -> str:
        return kind_label(kind)

    def setting_text(self, number: int) -> str:
        return self.settings()[number][1]

    def build_rules(self, card: pygame.Rect) -> None:
        m = self.app.metrics
        area = self.inner(card)
        rows = self.settings()
        row_h = min(m.px(44), area.h // (len(rows) + 1))
        h = row_h - m.px(6)
        label_w = int(area.w * 0.4)
        y = area.y
        for number, (label, value, change, tip) in enumerate(rows):
            self.labels.append((pygame.Rect(area.x, y, label_w, h), label))
            button = self.button(
                pygame.Rect(area.x + label_w, y, area.w - label_w, h),
                f"\u25c2 {value} \u25b8",
                partial(change, 1),
                kind="@cycler",
                tooltip=tip,
                adjust=change,
            )
            self.cyclers.append((button, partial(self.setting_text, number)))
            y += row_h
        # the seed: a number anyone can type to replay the same deal
        self.labels.append((pygame.Rect(area.x, y, label_w, h), _("Seed")))
        new_w = m.px(96)
        entry = UITextEntryLine(
            pygame.Rect(area.x + label_w, y, area.w - label_w - new_w - m.px(6), h),
            self.app.manager,
            container=self.root,
            initial_text=str(self.choices.seed),
        )
        entry.set_allowed_characters("numbers")
        entry.set_text_length_limit(18)
        self.seed_entry = entry
        self.focus.add(entry, lambda: self.app.manager.set_focus_set(entry))
        self.button(
            pygame.Rect(area.right - new_w, y, new_w, h),
            _("New"),
            self.reseed,
            kind="@tool",
            tooltip=_("A new random seed. The same seed deals the same game."),
        )

    # -- changes -----------------------------------------------------------------------------------

    def read_entries(self) -> None:
        super().read_entries()
        if self.seed_entry is not None:
            text = self.seed_entry.get_text().strip()
            if text.isdigit():
                self.choices.seed = int(text) % 2**63

    def change_kind(self, index: int, step: int) -> None:
        self.next_kind(index, step)
        self.refresh()  # same controls, new label: the focus stays on the cycler

    def add_seat(self) -> None:
        self.reseat(self.choices.add_seat)

    def change_ruleset(self, step: int) -> None:
        self.choices.ruleset = cycle(sorted(self.content.rulesets), self.choices.ruleset, step)
        self.choices.apply_ruleset_defaults(self.content)
        self.refresh()

    def flip(self, name: str) -> Callable[[int], None]:
        def change(_step: int) -> None:
            setattr(self.choices, name, not getattr(self.choices, name))
            self.refresh()

        return change

    def change_length(self, step: int) -> None:
        self.choices.length = cycle(list(LENGTHS), self.choices.length, step)
        self.refresh()

    def change_win(self, step: int) -> None:
        self.choices.win_condition = cycle(list(WIN_CONDITIONS), self.choices.win_condition, step)
        self.refresh()

    def change_language(self, step: int) -> None:
        self.read_entries()
        self.choices.language = cycle(list(LANGUAGES), self.choices.language, step)
        set_language(self.choices.language)
        pygame.display.set_caption(_("Model Citizen"))
        self.app.defer(self.app.restyle)

    def change_text_size(self, step: int) -> None:
        self.read_entries()
        names = [n for n, _scale in TEXT_SIZES]
        self.app.defer(lambda: self.app.set_text_size(cycle(names, self.app.text_size, step)))

    def reseed(self) -> None:
        self.choices.seed = new_seed()
        if self.seed_entry is not None:
            self.seed_entry.set_text(str(self.choices.seed))

    def find_resumable(self) -> Resumed | None:
        store = self.app.autosaver
        if store is None:
            return None
        try:
            return store.latest()
        except (OSError, ValueError, SaveError):
            return None

    def open_classroom(self) -> None:
        self.read_entries()
        self.app.goto("classroom", choices=self.choices)

    def open_replays(self) -> None:
        self.read_entries()
        self.app.goto("replays", choices=self.choices)

    def resume(self) -> None:
        if self.resumable is None:
            return
        resumed = self.resumable
        choices = SetupChoices.of_game(resumed.game, resumed.table)
        self.app.goto("table", game=resumed.game, setup=choices)

    # -- drawing -----------------------------------------------------------------------------------

    def paint(self, surface: pygame.Surface) -> None:
        m, fonts, p = self.app.metrics, self.app.fonts, self.app.palette
        pen = Pen(fonts, m, p)
        surface.blit(self.app.backdrop(), (0, 0))
        banner = self.banner
        pygame.draw.rect(surface, p.header, banner)
        badge = banner.h - m.px(36)
        centre = (m.px(40) + badge // 2, banner.centery)
        pygame.draw.circle(surface, p.accent, centre, badge // 2)
        blit_icon(surface, "eye", centre, int(badge * 0.68), readable_on(p.accent))
        x = centre[0] + badge // 2 + m.px(22)
        title = fonts.fit(
            _("MODEL CITIZEN"), m.fs(46), p.header_ink, m.width - x - m.px(30), bold=True
        )
        tag = fonts.fit(
            _("A game about a public trust score, and what every point of it costs."),
            m.fs(17),
            p.header_ink,
            m.width - x - m.px(30),
        )
        small = fonts.fit(
            _("Participation is voluntary. For now."),
            m.fs(14),
            mix(p.header_ink, p.header, 0.3),
            m.width - x - m.px(30),
        )
        y = banner.centery - (title.get_height() + tag.get_height() + small.get_height()) // 2
        for image in (title, tag, small):
            surface.blit(image, (x, y))
            y += image.get_height()
        left, right = self.cards
        panel(surface, pen, left, _("Citizens at the table"), "friends")
        panel(surface, pen, right, _("Rules of the city"), "records")
        self.paint_seat_icons(surface)
        size = m.fs(15)
        for rect, label in self.labels:
            image = fonts.fit(label, size, p.ink, rect.w - m.px(8), bold=True)
            surface.blit(image, image.get_rect(midleft=(rect.x, rect.centery)))
        humans = sum(1 for s in self.choices.seats if s.kind == "human")
        note = (
            ngettext(
                "Hot seat: {n} human shares this screen; it hides each one's private life from "
                "the others.",
                "Hot seat: {n} humans share this screen; it hides each one's private life from the "
                "others.",
                humans,
            ).format(n=humans)
            if humans > 1
            else _("Bots only: sit back and watch the city score itself.")
            if humans == 0
            else _("One human against the bots.")
        )
        inner = self.inner(left)
        lines = fonts.wrap(note, m.fs(13), inner.w)
        fonts.blit_lines(
            surface,
            lines,
            (inner.x, inner.bottom - len(lines) * fonts.line_height(m.fs(13))),
            m.fs(13),
            p.ink_soft,
        )
        self.paint_message(surface)
