"""Every screen of the table, in every language, at the smallest and a large window: no text is
cut off or runs out of its box, and no English text reaches a French or Dutch screen.

The walk visits setup, classroom setup, the table mid-game (every page of choices, the menu, the
help, the teacher's controls, everyone's private life), the hand-off, the life review, every
debrief page, the list of replays and the replay viewer. On each screen it paints one fresh frame
while the table's own text helpers record what they had to shorten (`FontBook.clipped`, and the
debrief charts' `fit`), and checks every button's label against the button's width.

French and Dutch are longer than English: a translation that does not fit fails here, with the
screen, the text and the room it had. Shorten the translation (docs/translating.md) or give the
text more room in game/ui.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pygame
import pytest
from pygame_gui.elements import UIButton

import game.debrief.draw as chart_draw
from game.engine import Game
from game.i18n import LANGUAGES as ALL_LANGUAGES
from game.i18n import SOURCE_LANGUAGE, load_catalog, set_language
from game.saves import ReplayCursor, SaveStore, parse_replay, replay_json
from game.ui.app import App
from game.ui.fonts import ELLIPSIS, Clip
from game.ui.review.pages import PAGES
from game.ui.scenes.base import BUTTON_FONTS
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.table import TableScene
from game.ui.setup_model import SeatChoice, SetupChoices

from .driver import Driver
from .games import NAMES, play_out

SIZES = [(1024, 600), (1920, 1080)]
LANGUAGES = list(ALL_LANGUAGES)  # English, French, Dutch and any language added later


@dataclass
class Screen:
    """What one screen drew: texts cut short, buttons too narrow, every string shown."""

    name: str
    clips: list[Clip] = field(default_factory=list)
    narrow_buttons: list[str] = field(default_factory=list)
    drawn: set[str] = field(default_factory=set)


@dataclass
class Walk:
    lang: str
    size: tuple[int, int]
    screens: list[Screen] = field(default_factory=list)


# -- games to show ---------------------------------------------------------------------------------


def hot_seat_choices(classroom: bool = False) -> SetupChoices:
    """Six seats, two of them people (the longest table), or six classroom teams."""
    choices = SetupChoices.default()
    choices.seats = [SeatChoice("human", NAMES[0]), SeatChoice("human", NAMES[1])] + [
        SeatChoice("random", name) for name in NAMES[2:]
    ]
    choices.seed = 4
    if classroom:
        choices.transparent = False  # opaque: the seats say their factors are hidden
        choices.make_classroom()
        choices.seats[0].members = ("Zora Quill", "Yann Roe", "Ada Lindqvist")
        choices.timer = 90
    return choices


def played_until(choices: SetupChoices, wanted: Callable[[Game, int], bool]) -> Game | None:
    """The game played by random bots until a person is to act and `wanted` holds (or None)."""
    from game.bots import make_bot

    game = choices.to_game()
    bots = [make_bot("random", seat) for seat in range(game.num_players)]
    humans = {i for i, seat in enumerate(choices.seats) if seat.kind == "human"}
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        if seat in humans and wanted(game, seat):
            return game
        game.apply(bots[seat].choose(game, seat).action)
    return None


def mid_game(choices: SetupChoices) -> Game:
    """The game in its last era, at a person's turn, with a full feed and maybe a blacklist."""
    game = played_until(
        choices,
        lambda g, _seat: g.state.round >= g.state.rounds - 1 and g.state.phase == "turn",
    )
    assert game is not None, "the game ended before a person's turn in its last era"
    return game


# -- looking at a screen -------------------------------------------------------------------------


def button_kind(button: UIButton) -> str:
    """The table's kind of a button (@action, @tool...); '' for pygame_gui's own (scroll bars)."""
    kinds = [c for c in getattr(button, "class_ids", []) or [] if c in BUTTON_FONTS]
    return kinds[-1] if kinds else ""


def narrow_buttons(drive: Driver) -> list[str]:
    """The table's buttons whose label is wider than the button (pygame_gui would clip it)."""
    m, fonts = drive.app.metrics, drive.app.fonts
    found = []
    for element in drive.visible():
        if not isinstance(element, UIButton) or not element.text or not button_kind(element):
            continue
        size, bold = BUTTON_FONTS[button_kind(element)]
        room = element.get_abs_rect().w - m.px(4)
        need = fonts.width(element.text, m.fs(size), bold)
        if need > room:
            found.append(f"{element.text!r} needs {need} px, the button has {room}")
        elif element.text.endswith(ELLIPSIS):  # cut to fit when the button was made
            found.append(f"{element.text!r} is cut short ({room} px)")
    return found


def look(drive: Driver, walk: Walk, name: str) -> None:
    """Paint one fresh frame of every scene on the stack, recording what did not fit."""
    app, fonts = drive.app, drive.app.fonts
    fonts.clear()  # wrapped lines are cached: every text is measured again
    fonts.clipped, fonts.seen = [], set()
    chart_clips: list[Clip] = []
    chart_fit = chart_draw.fit

    def recording_fit(text: str, face: pygame.font.Font, width: int) -> str:
        fitted = chart_fit(text, face, width)
        if fitted != text:
            chart_clips.append(Clip(text, width, "cut"))
        return fitted

    chart_draw.fit = recording_fit
    try:
        for scene in app.stack:
            scene.repaint()
        drive.step()
    finally:
        chart_draw.fit = chart_fit
    screen = Screen(f"{name} ({walk.lang}, {walk.size[0]}x{walk.size[1]})")
    screen.clips = list(fonts.clipped) + chart_clips
    screen.narrow_buttons = narrow_buttons(drive)
    screen.drawn = set(fonts.seen) | {getattr(e, "text", "") or "" for e in drive.visible()}
    fonts.clipped, fonts.seen = None, None
    walk.screens.append(screen)


# -- the walk --------------------------------------------------------------------------------------


def walk_setup(drive: Driver, app: App, walk: Walk) -> None:
    app.goto("setup")
    drive.step()
    look(drive, walk, "setup")
    app.goto("replays")
    drive.step()
    look(drive, walk, "replays, none yet")
    unfinished = hot_seat_choices().to_game()
    unfinished.apply(unfinished.legal_actions()[0])
    SaveStore().autosave(unfinished)  # the setup screen offers to continue it
    app.goto("setup")
    drive.step()
    look(drive, walk, "setup, with a game to continue")
    scene = drive.scene
    while len(scene.choices.seats) < 6:
        scene.choices.add_seat()
    scene.build_root()
    look(drive, walk, "setup, six seats")
    app.goto("classroom")
    drive.step()
    look(drive, walk, "classroom setup")
    scene = drive.scene
    while len(scene.choices.seats) < 6:
        scene.choices.add_team()
    scene.build_root()
    look(drive, walk, "classroom setup, six teams")


def walk_table(drive: Driver, app: App, walk: Walk) -> None:
    choices = hot_seat_choices()
    app.goto("table", game=mid_game(choices), setup=choices)
    drive.step()
    assert drive.scene.name == "handoff"
    look(drive, walk, "hand-off")
    drive.key(pygame.K_RETURN, "\r")
    table = drive.scene
    assert isinstance(table, TableScene) and table.session.human_to_act()
    look(drive, walk, "table")
    # every purchase card of the game, a market's worth at a time
    market = table.game.state.market
    shown = list(market)
    cards = sorted(table.game.content.purchases)
    for start in range(0, len(cards), len(shown)):
        market[:] = (cards[start:] + cards)[: len(shown)]
        look(drive, walk, f"table, market from {cards[start]}")
    market[:] = shown
    for page in list(table.pages):
        table.open_page(page)
        drive.step()
        look(drive, walk, f"table, page {page}")
    table.open_page("main")
    drive.step()
    table.open_menu()
    drive.step()
    look(drive, walk, "menu")
    app.pop()
    app.toggle_help()
    drive.step()
    look(drive, walk, "help")
    app.pop()
    drive.step()


def walk_questions(drive: Driver, app: App, walk: Walk) -> None:
    """A person answering an offer of friendship, and a person rating a neighbour's service."""
    choices = hot_seat_choices()
    for phase in ("consent", "rating"):
        game = played_until(choices, lambda g, _seat, phase=phase: g.state.phase == phase)
        if game is None:
            continue
        app.goto("table", game=game, setup=choices)
        drive.step()
        if drive.scene.name == "handoff":
            look(drive, walk, f"hand-off, {phase}")
            drive.key(pygame.K_RETURN, "\r")
        look(drive, walk, f"table, {phase}")


def walk_classroom_table(drive: Driver, app: App, walk: Walk) -> None:
    choices = hot_seat_choices(classroom=True)
    app.goto("table", game=mid_game(choices), setup=choices)
    drive.step()
    look(drive, walk, "classroom hand-off")
    if drive.scene.name == "handoff":
        drive.key(pygame.K_RETURN, "\r")
    table = drive.scene
    assert isinstance(table, TableScene) and table.classroom
    look(drive, walk, "classroom table")
    table.open_teacher()
    drive.step()
    look(drive, walk, "teacher's controls")
    app.push("reveal", game=table.game)
    drive.step()
    look(drive, walk, "everyone's private life")
    app.pop()
    app.pop()
    drive.step()


def walk_end(drive: Driver, app: App, walk: Walk, finished: Game) -> None:
    app.goto("end", game=finished)
    drive.step()
    look(drive, walk, "life review")
    app.goto("debrief", game=finished)
    drive.step()
    scene = drive.scene
    assert isinstance(scene, DebriefScene)
    for number, spec in enumerate(PAGES):
        scene.show(number)
        drive.step()
        look(drive, walk, f"debrief page {spec.key}")
        if spec.per_player:
            for seat in range(1, len(scene.debrief.players)):
                scene.show_player(seat)
                drive.step()
                look(drive, walk, f"debrief page {spec.key}, player {seat + 1}")


def walk_replays(drive: Driver, app: App, walk: Walk, finished: Game) -> None:
    SaveStore().autosave(finished)
    app.goto("replays")
    drive.step()
    look(drive, walk, "replays")
    app.goto("replay", cursor=ReplayCursor(parse_replay(replay_json(finished))))
    drive.step()
    look(drive, walk, "replay viewer, start")
    for _ in range(40):
        drive.key(pygame.K_RIGHT)
    look(drive, walk, "replay viewer, mid-game")
    drive.key(pygame.K_END)
    look(drive, walk, "replay viewer, end")


def walk_everything(lang: str, size: tuple[int, int], finished: Game) -> Walk:
    set_language(lang)
    app = App(size, threaded_bots=False, autosaver=None)
    drive = Driver(app)
    walk = Walk(lang, size)
    try:
        walk_setup(drive, app, walk)
        walk_table(drive, app, walk)
        walk_questions(drive, app, walk)
        walk_classroom_table(drive, app, walk)
        walk_end(drive, app, walk, finished)
        walk_replays(drive, app, walk, finished)
    finally:
        app.close()
        set_language(SOURCE_LANGUAGE)
    return walk


@pytest.fixture(scope="module")
def finished() -> Game:
    return play_out(hot_seat_choices().to_game())


@pytest.fixture(scope="module")
def walks(
    finished: Game, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[tuple[str, tuple[int, int]], Walk]]:
    """Each language at each size, walked once, for the tests below."""
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        for lang in LANGUAGES:
            for size in SIZES:
                # saves land in a folder of the walk's own: each walk starts with none
                patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
                found[(lang, size)] = walk_everything(lang, size, finished)
        yield found


# -- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_cut_off_or_overflows(
    walks: dict[tuple[str, tuple[int, int]], Walk], lang: str, size: tuple[int, int]
) -> None:
    walk = walks[(lang, size)]
    assert len(walk.screens) > 30, "the walk missed screens"
    problems = []
    for screen in walk.screens:
        for clip in screen.clips:
            what = "cut short" if clip.how == "cut" else "more lines than its box holds"
            problems.append(f"{screen.name}: {clip.text!r} is {what} (box {clip.width} px)")
        for button in screen.narrow_buttons:
            problems.append(f"{screen.name}: button {button}")
    shown = "\n".join(dict.fromkeys(problems))
    assert not problems, f"{len(problems)} texts do not fit:\n{shown}"


def english_only(lang: str) -> set[str]:
    """English messages whose translation in `lang` differs: on screen they are untranslated."""
    table = load_catalog(lang)
    found = {english for english, text in table.singular.items() if text != english}
    for singular, forms in table.plural.items():
        if singular not in forms:
            found.add(singular)
    # one-word messages that are also names or symbols (OK, Menu, Bot) are no evidence
    return {text for text in found if len(text) > 3 and not text.isupper()}


# Arrows and marks the table puts around a label ("◂ Back", "Next ▸", "↶ Undo").
MARKS = " \u25c2\u25b8\u25b6\u25c0\u21b6\u2605|"


def english_on_screen(walk: Walk, english: set[str]) -> list[str]:
    """Strings drawn that are an English message, or hold a long one (a sentence left over)."""
    sentences = [text for text in english if len(text) >= 20 and "{" not in text]
    problems = []
    for screen in walk.screens:
        for text in sorted(screen.drawn):
            bare = text.strip(MARKS)
            if bare in english or any(sentence in bare for sentence in sentences):
                problems.append(f"{screen.name}: {text!r}")
    return problems


@pytest.mark.parametrize("size", SIZES[:1], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE])
def test_no_screen_shows_english_in_french_or_dutch(
    walks: dict[tuple[str, tuple[int, int]], Walk], lang: str, size: tuple[int, int]
) -> None:
    english = english_only(lang)
    # the check sees English where there is English: the English walk is full of it
    assert len(english_on_screen(walks[("en", size)], english)) > 50
    problems = english_on_screen(walks[(lang, size)], english)
    shown = "\n".join(dict.fromkeys(problems))
    assert not problems, f"English text on a {lang} screen:\n{shown}"
