"""Options shared by the commands that start a game: seats, ruleset, switches, seed, language."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from ..bots import BOT_KINDS
from ..engine import (
    Content,
    EngineError,
    Options,
    Seat,
    content_for,
    default_options,
    list_scenarios,
)
from ..engine.packs import read_pack_info, resolve_pack
from ..engine.schema import Problems
from ..i18n import LANGUAGES, _, set_language, system_language

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
    parser.add_argument(
        "--ruleset",
        default=None,
        help="ruleset id (sesame, booklet, ...; default: the scenario's own, else sesame)",
    )
    parser.add_argument(
        "--scenario",
        choices=list_scenarios(),
        default=None,
        help="a scenario pack that ships with the game (" + ", ".join(list_scenarios()) + ")",
    )
    parser.add_argument(
        "--pack",
        dest="packs",
        action="append",
        default=[],
        metavar="PATH",
        help="a pack folder of your own, laid over the game's cards (may be given more than once)",
    )
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


DEFAULT_RULESET = "sesame"


@dataclass(frozen=True)
class GameSetup:
    seats: list[Seat]
    ruleset: str
    seed: int
    options: Options
    packs: tuple[str, ...] = field(default=())  # scenario ids and pack folders, in layer order


def parse_seats(text: str) -> list[Seat]:
    seats: list[Seat] = []
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for index, part in enumerate(parts):
        kind, _sep, name = part.partition(":")
        kind = kind.strip().lower()
        # `search:hard` names a strength, not a citizen; `search:hard:Zoe` does both.
        strength, _sep, rest = name.partition(":")
        if f"{kind}-{strength.strip().lower()}" in BOT_KINDS:
            kind, name = f"{kind}-{strength.strip().lower()}", rest
        if kind == "human":
            default = _("Player {n}").format(n=index + 1)
            seats.append(Seat(name.strip() or default, "human", ""))
        elif kind == "bot" or kind in BOT_KINDS:
            seats.append(Seat(name.strip() or BOT_NAMES[index % len(BOT_NAMES)], "bot", kind))
        else:
            raise EngineError(
                _("seat {n}: '{kind}' is not human, bot or a bot kind ({kinds})").format(
                    n=index + 1, kind=kind, kinds=", ".join(BOT_KINDS)
                )
            )
    if not 1 <= len(seats) <= 6:
        raise EngineError(_("a game has 1 to 6 seats, not {n}").format(n=len(seats)))
    return seats


def packs_from_args(args: argparse.Namespace) -> tuple[str, ...]:
    """The scenario first, then each --pack folder, as absolute paths so a save finds them."""
    packs: list[str] = []
    scenario = getattr(args, "scenario", None)
    if scenario:
        packs.append(scenario)
    for text in getattr(args, "packs", None) or []:
        folder = Path(text).expanduser()
        if not folder.is_dir():
            raise EngineError(_("--pack {path}: no such folder").format(path=text))
        if not (folder / "pack.toml").is_file():
            raise EngineError(
                _("--pack {path}: this folder has no pack.toml (see docs/content-format.md)")
                .format(path=text)
            )
        packs.append(str(folder.resolve()))
    return tuple(packs)


def pack_ruleset(packs: tuple[str, ...]) -> str | None:
    """The default ruleset the packs name in their pack.toml: the last pack that names one."""
    chosen: str | None = None
    for ref in packs:
        info = read_pack_info(resolve_pack(ref), Problems())
        if info is not None and info.ruleset:
            chosen = info.ruleset
    return chosen


def content_from_args(args: argparse.Namespace) -> tuple[Content, tuple[str, ...]]:
    """The content the command line asks for; a broken pack is refused with its problems."""
    packs = packs_from_args(args)
    return content_for(packs), packs


def setup_from_args(args: argparse.Namespace) -> GameSetup:
    content, packs = content_from_args(args)
    ruleset = getattr(args, "ruleset", None) or pack_ruleset(packs) or DEFAULT_RULESET
    if ruleset not in content.rulesets:
        raise EngineError(
            _("unknown ruleset '{ruleset}' (known: {known})").format(
                ruleset=ruleset, known=", ".join(sorted(content.rulesets))
            )
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
    options = default_options(content.rulesets[ruleset], **overrides)
    seed = 1 if args.seed is None else args.seed
    if not 0 <= seed < 2**63:
        raise EngineError(_("the seed should be a whole number from 0 to 2**63 - 1"))
    return GameSetup(parse_seats(args.seats), ruleset, seed, options, packs)
