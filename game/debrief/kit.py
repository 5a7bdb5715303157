"""`python -m game.debrief.kit`: keep the numbers in the teacher's kit true to the game's data.

The kit's Markdown (docs/teachers/<lang>/*.md) quotes numbers with the same markers as rules.md,
`<!--v:ruleset.start_money-->8<!--/v-->`, and this fills them in from the data, in each folder's
language (numbers and card names as the game shows them in French or Dutch), so a balance
change never leaves a printed handout wrong. --check (the default) exits 1 and names every
stale number, and every translated page whose markers or sections no longer follow its English
page; --write brings the numbers up to date in place.

Besides every value of the rules (game/tools/rules_tables.py), the kit has its own, for the
lesson plan's sums and the settings page's privilege list:

    kit.privileges_by_tier        tier 3: *A crèche place*, ...; tier 4: ...
    kit.choices.<length>.<teams>  choices in a game: rounds x teams x action points (72)
    kit.minutes.<length>.<teams>  minutes those choices take at 15-20 seconds each (18-24)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..engine import Content, default_content
from ..engine.records import LENGTHS, Ruleset
from ..tools import rules_tables
from ..tools.rules_lang import DocError, language_of, num, shown_name, span, speaking, w
from ..tools.rules_tables import VALUE, out_of_step
from ..tools.rules_words import per_ruleset

KIT = Path(__file__).resolve().parents[2] / "docs" / "teachers"
REGENERATE = "python -m game.debrief.kit --write"
KIT_PREFIX = "kit."
# The lesson plan's pace: seconds a team takes over one choice, quick and slow.
SECONDS_PER_CHOICE = (15, 20)
# A kit value's opening marker, hidden from the rules' generator (which knows no kit values).
KIT_OPENING = re.compile(r"<!--v:(?=kit\.)")
HIDDEN_OPENING = "<!--kit-v:"


def privileges_by_tier(content: Content) -> str:
    """'tier 3: *A crèche place*, *Deposit-free bike*; tier 4: ...' in the document's language."""
    by_tier: dict[int, list[str]] = {}
    for privilege in content.privileges.values():
        by_tier.setdefault(privilege.min_tier, []).append(f"*{shown_name(privilege.name)}*")
    return w("; ").join(
        w("{tier}: {range}").format(
            tier=w("tier {n}").format(n=num(tier)), range=w(", ").join(names)
        )
        for tier, names in sorted(by_tier.items())
    )


def choices(ruleset: Ruleset, length: str, teams: int) -> int:
    """How many choices a game of this length asks of this many teams: rounds x teams x AP."""
    return ruleset.lengths[length] * teams * ruleset.action_points


def minutes(ruleset: Ruleset, length: str, teams: int) -> str:
    """The minutes those choices take, quick to slow: '18-24'."""
    quick, slow = (round(choices(ruleset, length, teams) * s / 60) for s in SECONDS_PER_CHOICE)
    return span(quick, slow)


def kit_value(content: Content, key: str) -> str:
    """The text a `<!--v:kit....-->` marker stands for."""
    parts = key.removeprefix(KIT_PREFIX).split(".")
    if parts == ["privileges_by_tier"]:
        return privileges_by_tier(content)
    if (
        len(parts) == 3
        and parts[0] in ("choices", "minutes")
        and parts[1] in LENGTHS
        and parts[2].isdigit()
        and int(parts[2]) > 0
    ):
        what, length, teams = parts[0], parts[1], int(parts[2])
        if what == "choices":
            return per_ruleset(content, lambda r: num(choices(r, length, teams)))
        return per_ruleset(content, lambda r: minutes(r, length, teams))
    raise DocError(
        f"unknown value '{key}' (kit values: kit.privileges_by_tier, "
        "kit.choices.<length>.<teams>, kit.minutes.<length>.<teams>)"
    )


def _hide_kit_values(text: str) -> str:
    return KIT_OPENING.sub(HIDDEN_OPENING, text)


def _show_kit_values(text: str) -> str:
    return text.replace(HIDDEN_OPENING, "<!--v:")


def render(text: str, content: Content, lang: str = "en") -> str:
    """A kit page in `lang` with every generated number, the rules' and the kit's, up to date."""
    with speaking(lang):
        text = VALUE.sub(
            lambda m: m.group(1) + kit_value(content, m["key"]) + m.group(4)
            if m["key"].startswith(KIT_PREFIX)
            else m.group(0),
            text,
        )
    return _show_kit_values(rules_tables.render(_hide_kit_values(text), content, lang))


def stale_parts(text: str, content: Content, lang: str = "en") -> list[str]:
    """Names of the generated parts of a kit page that differ from what the data says now."""
    stale = []
    with speaking(lang):
        for match in VALUE.finditer(text):
            if match["key"].startswith(KIT_PREFIX):
                now = kit_value(content, match["key"])
                if match["body"] != now:
                    stale.append(f"value '{match['key']}' ({match['body']!r} -> {now!r})")
    return stale + rules_tables.stale_parts(_hide_kit_values(text), content, lang)


def kit_files(root: Path = KIT) -> list[Path]:
    return sorted(root.glob("*/*.md"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.debrief.kit", description=__doc__)
    parser.add_argument("--write", action="store_true", help="update the files in place")
    args = parser.parse_args(argv)
    content = default_content()
    stale_files = 0
    out_of_step_files = 0
    for path in kit_files():
        text = path.read_text(encoding="utf-8")
        lang = language_of(path)
        try:
            stale = stale_parts(text, content, lang)
            if stale and args.write:
                path.write_text(render(text, content, lang), encoding="utf-8")
                print(f"{path}: updated ({len(stale)} numbers)")
        except DocError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        if stale and not args.write:
            stale_files += 1
            for part in stale:
                print(f"{path}: {part}")
        problems = out_of_step(path, text)
        out_of_step_files += bool(problems)
        for problem in problems:
            print(f"{path}: {problem}")
    if stale_files:
        print(f"Run: {REGENERATE}")
    return 1 if stale_files or out_of_step_files else 0


if __name__ == "__main__":
    sys.exit(main())
