"""Tens of thousands of random clicks and keys across every screen raise nothing."""

from __future__ import annotations

import random
from collections.abc import Callable

import pygame

from game.bots import make_bot
from game.engine import Game
from game.i18n import set_language
from game.saves import ReplayCursor, parse_replay, replay_json
from game.ui.app import App
from game.ui.setup_model import SeatChoice, SetupChoices

EVENTS = 20_000  # about 20 s on one core of a 2020s laptop
KEYS = [
    *range(pygame.K_0, pygame.K_9 + 1),
    pygame.K_TAB,
    pygame.K_RETURN,
    pygame.K_ESCAPE,
    pygame.K_BACKSPACE,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_SPACE,
    pygame.K_h,
    pygame.K_p,
    pygame.K_MINUS,
    pygame.K_EQUALS,
    pygame.K_SLASH,
    pygame.K_a,
    pygame.K_e,
    pygame.K_z,
    pygame.K_KP_ENTER,
    pygame.K_PAGEDOWN,
    pygame.K_PAGEUP,
    pygame.K_HOME,
    pygame.K_END,
    pygame.K_DELETE,
    pygame.K_t,
    pygame.K_r,
]


def random_event(rng: random.Random, app: App) -> pygame.event.Event:
    w, h = app.window.get_size()
    roll = rng.random()
    if roll < 0.45:
        buttons = [
            e
            for e in app.manager.get_sprite_group().sprites()
            if getattr(e, "visible", False) and type(e).__name__ == "UIButton"
        ]
        if buttons and rng.random() < 0.6:
            rect = rng.choice(buttons).get_abs_rect()
            pos = (
                rng.randint(rect.left, max(rect.left, rect.right - 1)),
                rng.randint(rect.top, max(rect.top, rect.bottom - 1)),
            )
        else:
            pos = (rng.randrange(w), rng.randrange(h))
        kind = pygame.MOUSEBUTTONDOWN if rng.random() < 0.5 else pygame.MOUSEBUTTONUP
        return pygame.event.Event(kind, pos=pos, button=rng.choice([1, 1, 1, 3]))
    if roll < 0.9:
        key = rng.choice(KEYS)
        roll_mod = rng.random()
        mod = pygame.KMOD_SHIFT if roll_mod < 0.1 else pygame.KMOD_CTRL if roll_mod < 0.15 else 0
        unicode = (
            "?"
            if key == pygame.K_SLASH and mod
            else (chr(key) if key < 128 and chr(key).isprintable() else "")
        )
        return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)
    if roll < 0.97:
        return pygame.event.Event(pygame.TEXTINPUT, text=rng.choice("aZé9 -ç?"))
    if roll < 0.9985:
        return pygame.event.Event(
            pygame.MOUSEWHEEL,
            x=0,
            y=rng.choice([-1, 1]),
            flipped=False,
            precise_x=0.0,
            precise_y=float(rng.choice([-1, 1])),
        )
    size = (rng.randint(800, 1920), rng.randint(480, 1080))
    return pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size)


def finished_game() -> Game:
    choices = SetupChoices.default()
    choices.seats = [SeatChoice("random", n) for n in ("Ana", "Bram", "Chloé")]
    choices.seed = 8
    game = choices.to_game()
    bots = [make_bot("random", seat) for seat in range(3)]
    while not game.is_over():
        seat = game.current_seat
        assert seat is not None
        game.apply(bots[seat].choose(game, seat).action)
    return game


def hot_seat() -> SetupChoices:
    choices = SetupChoices.default()
    choices.seats = [
        SeatChoice("human", "Ana"),
        SeatChoice("human", "Bram"),
        SeatChoice("random", "Chloé"),
    ]
    choices.seed = 9
    return choices


def classroom() -> SetupChoices:
    choices = hot_seat()
    choices.make_classroom()
    choices.seats[2].kind = "random"
    choices.timer = 30
    return choices


def test_random_clicks_and_keys_raise_nothing() -> None:
    set_language("en")
    app = App((1280, 720), threaded_bots=True, autosaver=None)
    rng = random.Random(20240611)
    scenes_seen: set[str] = set()
    starts: list[Callable[[], object]] = [
        lambda: app.goto("setup"),
        lambda: app.goto("table", game=hot_seat().to_game(), setup=hot_seat()),
        lambda: app.goto("end", game=finished_game()),
        lambda: app.goto("table", game=classroom().to_game(), setup=classroom()),
        lambda: app.goto("debrief", game=finished_game()),
        lambda: app.goto("replay", cursor=ReplayCursor(parse_replay(replay_json(finished_game())))),
    ]
    try:
        for phase in range(len(starts) * 2):
            starts[phase % len(starts)]()
            assert app.top is not None
            scenes_seen.add(app.top.name)
            for _step in range(EVENTS // 10 // (len(starts) * 2)):
                if not app.running:  # someone clicked Quit: open the setup again and go on
                    app.running = True
                    app.goto("setup")
                for _ in range(10):
                    pygame.event.post(random_event(rng, app))
                app.step(rng.choice([1 / 60, 1 / 30, 0.25]))
                assert app.top is not None
                scenes_seen.add(app.top.name)
    finally:
        app.close()
        set_language("en")
    assert {
        "setup",
        "table",
        "handoff",
        "help",
        "menu",
        "end",
        "debrief",
        "replay",
        "teacher",
    } <= scenes_seen, scenes_seen
