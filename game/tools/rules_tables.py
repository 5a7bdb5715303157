"""The numbers and card tables of rules.md, generated from the game's data so they stay true.

rules.md marks what this script owns in two ways:

    <!-- BEGIN GENERATED purchases -->  ...a whole table...  <!-- END GENERATED purchases -->
    <!--v:ruleset.action_points-->3<!--/v-->               (one number quoted in a sentence)

    python -m game.tools.rules_tables            print every generated table
    python -m game.tools.rules_tables --check    exit 1 if rules.md is out of date, naming what
    python -m game.tools.rules_tables --write    bring rules.md up to date in place

A value key is a dotted path: `ruleset.<field>` (every ruleset; one value if they agree),
`<ruleset id>.<field>`, `action.<id>[.ap|.target|.conditions|.name|.channel|.chance.<era>]`,
`start_score.<ruleset id>`, `start_tier.<ruleset id>`, `deck.<purchases|events>`,
`count.<kind>`, `max_seats`, `events_if.<switch>.<on|off>` (the events that need that switch
so); an optional `:pct`, `:abs` or `:signed` after it formats the number.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from game.engine import Content, default_content
from game.engine.setup import MAX_SEATS

from .rules_blocks import BLOCKS, eras_by_round, fresh_citizens, tier_name
from .rules_words import (
    DocError,
    conditions_words,
    effects_words,
    num,
    pct,
    per_ruleset,
    signed,
)

__all__ = ["BLOCKS", "DocError", "eras_by_round", "main", "render", "stale_parts", "value"]

RULES_MD = Path(__file__).resolve().parents[2] / "rules.md"
REGENERATE = "python -m game.tools.rules_tables --write"

BLOCK = re.compile(
    r"(<!-- BEGIN GENERATED (?P<name>[a-z_]+) -->\n)(?P<body>.*?)"
    r"(<!-- END GENERATED (?P=name) -->)",
    re.DOTALL,
)
VALUE = re.compile(r"(<!--v:(?P<key>[a-z0-9_.:]+)-->)(?P<body>.*?)(<!--/v-->)", re.DOTALL)


# -- single values -------------------------------------------------------------------------------


def walk(obj: Any, path: Sequence[str], key: str) -> Any:
    for part in path:
        if isinstance(obj, dict) and part in obj:
            obj = obj[part]
        elif isinstance(obj, tuple | list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        elif not isinstance(obj, dict | tuple | list) and hasattr(obj, part):
            obj = getattr(obj, part)
        else:
            raise DocError(f"value '{key}': nothing called '{part}' there")
    return obj


def shown(value: Any, fmt: str, key: str) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if fmt and not isinstance(value, int | float):
        raise DocError(f"value '{key}': ':{fmt}' needs a number")
    if fmt == "pct":
        return pct(value)
    if fmt == "abs":
        return num(abs(value))
    if fmt == "signed":
        return signed(value)
    if fmt:
        raise DocError(f"value '{key}': unknown format ':{fmt}' (pct, abs or signed)")
    return num(value) if isinstance(value, int | float) else str(value)


def value(content: Content, key: str) -> str:
    """The text a `<!--v:key-->` marker stands for."""
    path_text, _, fmt = key.partition(":")
    path = path_text.split(".")
    head, rest = path[0], path[1:]
    if head == "ruleset":
        return per_ruleset(content, lambda r: shown(walk(r, rest, key), fmt, key))
    if head in content.rulesets:
        return shown(walk(content.rulesets[head], rest, key), fmt, key)
    if head == "action" and rest and rest[0] in content.actions:
        action = content.actions[rest[0]]
        part = rest[1] if len(rest) > 1 else "effects"
        if part == "chance" and len(rest) == 3 and rest[2] in ("1", "2", "3"):
            era = int(rest[2]) - 1
            return per_ruleset(content, lambda r: pct(r.eras[era].detection[action.channel]))
        text = {
            "effects": lambda: effects_words(action.effects),
            "target": lambda: effects_words(action.target_effects),
            "conditions": lambda: conditions_words(action.conditions),
            "ap": lambda: str(action.ap),
            "name": lambda: action.name,
            "channel": lambda: action.channel,
        }.get(part)
        if text is None or len(rest) > 2:
            raise DocError(
                f"value '{key}': use action.<id>, .ap, .target, .conditions, .name or .channel"
            )
        return text()
    if head in ("start_score", "start_tier") and len(rest) == 1 and rest[0] in content.rulesets:
        me = fresh_citizens(content, rest[0])[0]
        ruleset = content.rulesets[rest[0]]
        return str(me["score"]) if head == "start_score" else tier_name(ruleset, me["tier"])
    if head == "events_if" and len(rest) == 2 and rest[1] in ("on", "off"):
        wanted = int(rest[1] == "on")
        names = [
            f"*{e.name}*"
            for e in content.events.values()
            if any(
                k.test == "switch" and k.name == rest[0] and k.value == wanted for k in e.conditions
            )
        ]
        return " and ".join(", ".join(names).rsplit(", ", 1)) if names else "no event"
    if key == "deck.purchases":
        return str(sum(p.copies for p in content.purchases.values()))
    if key == "deck.events":
        return str(sum(e.weight for e in content.events.values()))
    if head == "count" and len(rest) == 1 and hasattr(content, rest[0]):
        return str(len(getattr(content, rest[0])))
    if key == "max_seats":
        return str(MAX_SEATS)
    raise DocError(f"unknown value '{key}'")


# -- the document --------------------------------------------------------------------------------


def render(text: str, content: Content) -> str:
    """rules.md with every generated part brought up to date."""

    def block(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in BLOCKS:
            raise DocError(f"unknown generated table '{name}' (known: {', '.join(BLOCKS)})")
        return match.group(1) + BLOCKS[name](content) + match.group(4)

    def inline(match: re.Match[str]) -> str:
        return match.group(1) + value(content, match["key"]) + match.group(4)

    return VALUE.sub(inline, BLOCK.sub(block, text))


def stale_parts(text: str, content: Content) -> list[str]:
    """Names of the generated parts of `text` that differ from what the data says now."""
    stale = []
    for match in BLOCK.finditer(text):
        name = match["name"]
        if name not in BLOCKS:
            raise DocError(f"unknown generated table '{name}' (known: {', '.join(BLOCKS)})")
        if match["body"] != BLOCKS[name](content):
            stale.append(f"table '{name}'")
    for match in VALUE.finditer(text):
        if match["body"] != value(content, match["key"]):
            stale.append(
                f"value '{match['key']}' ({match['body']!r} -> {value(content, match['key'])!r})"
            )
    return stale


def all_blocks(content: Content) -> str:
    return "\n".join(f"## {name}\n\n{fn(content)}" for name, fn in BLOCKS.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.rules_tables",
        description="Generate the numbers and card tables of rules.md from the game's data.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    mode.add_argument("--write", action="store_true", help="update the file in place")
    parser.add_argument("path", nargs="?", type=Path, default=RULES_MD, help="default: rules.md")
    args = parser.parse_args(argv)
    content = default_content()
    try:
        if not (args.check or args.write):
            sys.stdout.write(all_blocks(content))
            return 0
        try:
            text = args.path.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"rules_tables: cannot read {args.path}: {exc.strerror}", file=sys.stderr)
            return 2
        if args.check:
            stale = stale_parts(text, content)
            for part in stale:
                print(f"{args.path}: out of date: {part}")
            if stale:
                print(f"Run: {REGENERATE}")
            return 1 if stale else 0
        new = render(text, content)
        if new != text:
            args.path.write_text(new, encoding="utf-8")
            print(f"{args.path}: updated")
        else:
            print(f"{args.path}: already up to date")
        return 0
    except DocError as exc:
        print(f"rules_tables: {args.path}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
