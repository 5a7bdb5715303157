"""The numbers and card tables of the rules, generated from the game's data so they stay true.

rules.md, rules.fr.md and rules.nl.md mark what this script owns in two ways:

    <!-- BEGIN GENERATED purchases -->  ...a whole table...  <!-- END GENERATED purchases -->
    <!--v:ruleset.action_points-->3<!--/v-->               (one number quoted in a sentence)

    python -m game.tools.rules_tables            print every generated table (--lang fr: in French)
    python -m game.tools.rules_tables --check    exit 1 if a rules file is out of date, naming what
    python -m game.tools.rules_tables --write    bring every rules file up to date in place

A file's language comes from its name (rules.fr.md is French); its tables are written in that
language (game/tools/rules_lang.py), and a translation is also checked against rules.md: the
same tables, the same quoted values, the same numbered sections.

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
from .rules_lang import (
    doc_languages,
    drift,
    english_source,
    language_of,
    shown_name,
    speaking,
    w,
)
from .rules_words import (
    DocError,
    conditions_words,
    effects_words,
    num,
    pct,
    per_ruleset,
    signed,
)

__all__ = [
    "BLOCKS",
    "RULES_DOCS",
    "DocError",
    "eras_by_round",
    "main",
    "render",
    "stale_parts",
    "value",
]

ROOT = Path(__file__).resolve().parents[2]
RULES_MD = ROOT / "rules.md"
RULES_DOCS = {
    lang: RULES_MD if lang == "en" else ROOT / f"rules.{lang}.md" for lang in doc_languages()
}
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
        return w("on") if value else w("off")
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
    return num(value) if isinstance(value, int | float) else shown_name(str(value))


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
            "ap": lambda: num(action.ap),
            "name": lambda: shown_name(action.name),
            "channel": lambda: w(action.channel),
        }.get(part)
        if text is None or len(rest) > 2:
            raise DocError(
                f"value '{key}': use action.<id>, .ap, .target, .conditions, .name or .channel"
            )
        return text()
    if head in ("start_score", "start_tier") and len(rest) == 1 and rest[0] in content.rulesets:
        me = fresh_citizens(content, rest[0])[0]
        ruleset = content.rulesets[rest[0]]
        return num(me["score"]) if head == "start_score" else tier_name(ruleset, me["tier"])
    if head == "events_if" and len(rest) == 2 and rest[1] in ("on", "off"):
        wanted = int(rest[1] == "on")
        names = [
            f"*{shown_name(e.name)}*"
            for e in content.events.values()
            if any(
                k.test == "switch" and k.name == rest[0] and k.value == wanted for k in e.conditions
            )
        ]
        if not names:
            return w("no event")
        return w(" and ").join(w(", ").join(names).rsplit(w(", "), 1))
    if key == "deck.purchases":
        return num(sum(p.copies for p in content.purchases.values()))
    if key == "deck.events":
        return num(sum(e.weight for e in content.events.values()))
    if head == "count" and len(rest) == 1 and hasattr(content, rest[0]):
        return num(len(getattr(content, rest[0])))
    if key == "max_seats":
        return num(MAX_SEATS)
    raise DocError(f"unknown value '{key}'")


# -- the document --------------------------------------------------------------------------------


def render(text: str, content: Content, lang: str = "en") -> str:
    """A rules file (or a kit page) in `lang` with every generated part brought up to date."""

    def block(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in BLOCKS:
            raise DocError(f"unknown generated table '{name}' (known: {', '.join(BLOCKS)})")
        return match.group(1) + BLOCKS[name](content) + match.group(4)

    def inline(match: re.Match[str]) -> str:
        return match.group(1) + value(content, match["key"]) + match.group(4)

    with speaking(lang):
        return VALUE.sub(inline, BLOCK.sub(block, text))


def stale_parts(text: str, content: Content, lang: str = "en") -> list[str]:
    """Names of the generated parts of `text` that differ from what the data says now."""
    stale = []
    with speaking(lang):
        for match in BLOCK.finditer(text):
            name = match["name"]
            if name not in BLOCKS:
                raise DocError(f"unknown generated table '{name}' (known: {', '.join(BLOCKS)})")
            if match["body"] != BLOCKS[name](content):
                stale.append(f"table '{name}'")
        for match in VALUE.finditer(text):
            now = value(content, match["key"])
            if match["body"] != now:
                stale.append(f"value '{match['key']}' ({match['body']!r} -> {now!r})")
    return stale


def out_of_step(path: Path, text: str) -> list[str]:
    """How a translation's markers and sections differ from its English source."""
    source = english_source(path)
    if source is None:
        return []
    try:
        english = source.read_text(encoding="utf-8")
    except OSError as exc:
        return [f"cannot read its English source {source}: {exc.strerror}"]
    return [f"not in step with {source.name}: {problem}" for problem in drift(english, text)]


def all_blocks(content: Content, lang: str = "en") -> str:
    with speaking(lang):
        return "\n".join(f"## {name}\n\n{fn(content)}" for name, fn in BLOCKS.items())


def check_or_write(path: Path, content: Content, write: bool, lang: str | None) -> int:
    """0 if the file is (now) up to date and in step with English, 1 if not, 2 if unusable."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"rules_tables: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    lang = lang or language_of(path)
    try:
        status = update(path, text, content, write, lang)
    except DocError as exc:
        print(f"rules_tables: {path}: {exc}", file=sys.stderr)
        return 2
    for problem in out_of_step(path, text):
        print(f"{path}: {problem}")
        status = 1
    return status


def update(path: Path, text: str, content: Content, write: bool, lang: str) -> int:
    status = 0
    if write:
        new = render(text, content, lang)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: updated")
        else:
            print(f"{path}: already up to date")
    else:
        stale = stale_parts(text, content, lang)
        for part in stale:
            print(f"{path}: out of date: {part}")
        if stale:
            print(f"Run: {REGENERATE}")
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.rules_tables",
        description="Generate the numbers and card tables of the rules from the game's data.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    mode.add_argument("--write", action="store_true", help="update the files in place")
    parser.add_argument(
        "--lang",
        choices=doc_languages(),
        help="the files' language (default: from the file name, rules.fr.md is French)",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help=f"default: {', '.join(p.name for p in RULES_DOCS.values())}",
    )
    args = parser.parse_args(argv)
    content = default_content()
    try:
        if not (args.check or args.write):
            sys.stdout.write(all_blocks(content, args.lang or "en"))
            return 0
        paths = args.paths or list(RULES_DOCS.values())
        return max(check_or_write(p, content, args.write, args.lang) for p in paths)
    except DocError as exc:
        print(f"rules_tables: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
