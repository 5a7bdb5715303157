"""Bots by name: every kind the command line offers can be made, bad names are refused."""

from __future__ import annotations

import pytest

from game.bots import BOT_KINDS, DEFAULT_BOT, make_bot
from game.bots.search import STRENGTHS, SearchBot
from game.bots.temperament import TemperamentBot


def test_every_listed_kind_makes_a_bot() -> None:
    for kind in (*BOT_KINDS, "bot"):
        bot = make_bot(kind, seed=3)
        assert bot.name


def test_the_default_bot_is_the_balanced_temperament() -> None:
    assert DEFAULT_BOT == "balanced"
    bot = make_bot("bot")
    assert isinstance(bot, TemperamentBot) and bot.temperament.name == "balanced"


@pytest.mark.parametrize("kind", ["search", "search:easy", "search:hard", "search-hard"])
def test_search_strengths_are_chosen_after_a_colon_or_a_dash(kind: str) -> None:
    bot = make_bot(kind)
    assert isinstance(bot, SearchBot)
    assert bot.strength == (kind.split(":")[-1].split("-")[-1] if kind != "search" else "normal")
    assert bot.strength in STRENGTHS


@pytest.mark.parametrize(
    "kind,message",
    [
        ("genius", "unknown bot 'genius'"),
        ("search:legendary", "unknown strength 'legendary'"),
        ("loyal:hard", "takes no strength"),
    ],
)
def test_bad_names_are_refused_with_a_clear_message(kind: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_bot(kind)


def test_the_command_line_accepts_every_kind() -> None:
    from game.cli.common import parse_seats

    seats = parse_seats(",".join(["conformist", "dissident", "loyal", "search-easy", "bot"]))
    assert [s.bot for s in seats] == ["conformist", "dissident", "loyal", "search-easy", "bot"]
    for seat in seats:
        make_bot(seat.bot)
