"""Options shared by the commands that start a game: seats, ruleset, switches, seed, language."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from ..bots import BOT_KINDS
from ..engine import EngineError, Options, Seat, default_content, default_options
from ..i18n import LANGUAGES, set_language, system_language

BOT_NAMES = ("Ana", "Bram", "Chloé", "Daan", "Elif", "Finn")


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the system's)")


def apply_language(args: argparse.Namespace) -> None:
    set_language(getattr(args, "lang", None) or system_language())


def add_game_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seats",
        default="human,bot,bot,bot",
        help="comma-separated seats: human, bot, or a bot kind ("
        + ", ".join(BOT_KINDS)
        + "); a name may follow a colon, e.g. human:Ana,bot (default: human,bot,bot,bot)",
    )
    parser.add_argument("--ruleset", default="sesame", help="ruleset id (sesame, booklet, ...)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: 1)")
    parser.add_argument("--length", choices=("short", "standard", "long"), default=None)
    parser.add_argument(
        "--win", choices=("life", "score", "goals"), default=None, help="win condition"
    )
    scoring = parser.add_mutually_exclusive_group()
    scoring.add_argument(
        "--transparent",
        dest="transparent",
        action="store_true",
        default=None,
        help="show how the score is made (default of most rulesets)",
    )
    scoring.add_argument(
        "--opaque",
        dest="transparent",
        action="store_false",
        help="hide the factors: you see the number move, never why",
    )
    for name, flag in (
        ("appeals", "appeals"),
        ("data_protection", "data-protection"),
        ("public_shaming", "shaming"),
    ):
        group = parser.add_mutually_exclusive_group()
        group.add_argument(f"--{flag}", dest=name, action="store_true", default=None)
        group.add_argument(f"--no-{flag}", dest=name, action="store_false")
    add_language(parser)


@dataclass(frozen=True)
class GameSetup:
    seats: list[Seat]
    ruleset: str
    seed: int
    options: Options


def parse_seats(text: str) -> list[Seat]:
    seats: list[Seat] = []
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for index, part in enumerate(parts):
        kind, _, name = part.partition(":")
        kind = kind.strip().lower()
        if kind == "human":
            seats.append(Seat(name.strip() or f"Player {index + 1}", "human", ""))
        elif kind == "bot" or kind in BOT_KINDS:
            seats.append(Seat(name.strip() or BOT_NAMES[index % len(BOT_NAMES)], "bot", kind))
        else:
            raise EngineError(
                f"seat {index + 1}: '{kind}' is not human, bot or a bot kind "
                f"({', '.join(BOT_KINDS)})"
            )
    if not 1 <= len(seats) <= 6:
        raise EngineError(f"a game has 1 to 6 seats, not {len(seats)}")
    return seats


def setup_from_args(args: argparse.Namespace) -> GameSetup:
    content = default_content()
    if args.ruleset not in content.rulesets:
        raise EngineError(
            f"unknown ruleset '{args.ruleset}' (known: {', '.join(sorted(content.rulesets))})"
        )
    overrides = {}
    for name in ("transparent", "appeals", "data_protection", "public_shaming"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = value
    if args.length:
        overrides["length"] = args.length
    if args.win:
        overrides["win_condition"] = args.win
    options = default_options(content.rulesets[args.ruleset], **overrides)
    seed = 1 if args.seed is None else args.seed
    if not 0 <= seed < 2**63:
        raise EngineError("the seed should be a whole number from 0 to 2**63 - 1")
    return GameSetup(parse_seats(args.seats), args.ruleset, seed, options)
