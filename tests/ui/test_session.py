"""The table's logic without a window: whose eyes the screen shows, the feed, pacing, menus."""

from __future__ import annotations

from pathlib import Path

from game.bots import Bot, Decision
from game.engine import END_TURN, Game, Seat
from game.saves import Autosaver
from game.ui.menu import MAIN, PriceBook, build_pages, group_of, person_page
from game.ui.session import SPEEDS, TableSession


def game_of(*kinds: str, seed: int = 4) -> Game:
    names = ["Ana", "Bram", "Chloé", "Daan", "Elif", "Finn"]
    seats = [
        Seat(names[i], "human", "") if k == "human" else Seat(names[i], "bot", k)
        for i, k in enumerate(kinds)
    ]
    return Game.new(seats, seed=seed)


def test_one_human_owns_the_screen_from_the_start() -> None:
    session = TableSession(game_of("human", "random", "random"), threaded=False)
    assert session.viewer == 0
    assert session.handoff_needed() is None
    assert session.human_to_act() == (session.current == 0)


def test_several_humans_share_the_screen_only_through_handoffs() -> None:
    session = TableSession(game_of("human", "human", "random"), threaded=False)
    assert session.viewer is None
    first = session.current
    assert session.handoff_needed() == first
    session.take_seat(first)
    assert session.viewer == first and session.human_to_act()
    session.choose(END_TURN)
    # the turn passed on: nobody's private life stays on screen
    assert session.current != first
    assert session.viewer is None
    assert all(line.kind != "goal" for line in session.feed), "the public feed shows no secret goal"


def test_the_feed_announces_bot_choices_with_their_reasons() -> None:
    class Talkative(Bot):
        name = "talkative"

        def choose(self, game: Game, seat: int) -> Decision:
            return Decision(game.legal_actions()[-1], "because the app said so")

    session = TableSession(
        game_of("random", "random"), threaded=False, bot_maker=lambda game, seat: Talkative()
    )
    session.step_bot_now()
    choices = [line for line in session.feed if line.kind == "choice"]
    assert choices and choices[0].reason == "because the app said so"
    position = session.feed.index(choices[0])
    assert session.feed[position + 1].kind != "choice", (
        "the choice comes just before what it caused"
    )


def test_bots_play_at_the_chosen_speed_and_wait_when_paused() -> None:
    session = TableSession(game_of("random", "random"), threaded=False)
    delay = SPEEDS[session.speed][1]
    session.paused = True
    assert session.tick(delay * 5) is None
    assert session.game.state.actions_taken == []
    session.paused = False
    assert session.tick(delay * 0.44) is None  # still thinking
    assert session.pace.announced is None
    assert session.tick(delay * 0.02) is None  # the choice is announced, not yet played
    assert session.pace.announced is not None
    change = session.tick(delay)
    assert change is not None and len(session.game.state.actions_taken) == 1


def test_a_broken_bot_passes_instead_of_crashing_the_table() -> None:
    class Broken(Bot):
        name = "broken"

        def choose(self, game: Game, seat: int) -> Decision:
            raise RuntimeError("out of ideas")

    session = TableSession(
        game_of("random", "random"), threaded=False, bot_maker=lambda game, seat: Broken()
    )
    session.step_bot_now()
    assert session.game.state.actions_taken == [END_TURN]


def test_the_game_saves_itself_after_every_action(tmp_path: Path) -> None:
    session = TableSession(
        game_of("human", "random"), autosaver=Autosaver(tmp_path), threaded=False
    )
    session.choose(session.game.legal_actions()[1])
    session.close()
    resumed = Autosaver(tmp_path).latest()
    assert resumed is not None
    assert resumed.game.state.actions_taken == session.game.state.actions_taken


def test_menu_pages_fit_the_number_keys() -> None:
    game = game_of("human", "random", "random", "random")
    pages = build_pages(game)
    main = pages[MAIN]
    assert len(main) <= 10
    assert main[-1].action == END_TURN
    legal = set(game.legal_actions())
    listed = {e.action for page in pages.values() for e in page if e.action is not None}
    assert listed == legal, "every legal action is on exactly one page"
    for page, entries in pages.items():
        if page != MAIN:
            assert all(group_of(game, e.action) == page for e in entries if e.action is not None)
    neighbour = game.num_players  # the first neighbour
    assert {
        game.action_spec(e.action).verb
        for e in person_page(game, neighbour)
        if e.action is not None
    } <= {"befriend", "drop", "report"}


def test_prices_are_the_engines() -> None:
    game = game_of("human", "random")
    book = PriceBook()
    action = game.legal_actions()[1]
    assert book.price(game, action) == game.price(action)
    assert book.text(game, action)
