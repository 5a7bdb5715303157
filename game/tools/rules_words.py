"""Words and small formats for the generated parts of rules.md: numbers, effects, conditions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from game.engine import Content, Ruleset
from game.engine.records import Condition, Effect

LENGTH_NAMES = ("short", "standard", "long")
SWITCH_NAMES = {
    "transparent": "transparent scoring",
    "appeals": "appeals",
    "data_protection": "data protection",
    "public_shaming": "public shaming",
}


class DocError(ValueError):
    """rules.md asks for something this script cannot generate."""


# -- small formats ---------------------------------------------------------------------------------


def num(value: float) -> str:
    """3, 0.3, 1.8: no trailing zeros, no float noise."""
    return f"{value:.6g}" if isinstance(value, float) else str(value)


def signed(value: float) -> str:
    return f"+{num(value)}" if value > 0 else f"-{num(-value)}" if value < 0 else "0"


def pct(value: float) -> str:
    return f"{num(round(value * 100, 4))}%"


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def per_ruleset(content: Content, show: Callable[[Ruleset], str]) -> str:
    """One value if every ruleset agrees, else each ruleset's value named."""
    values = [show(r) for r in content.rulesets.values()]
    if len(set(values)) == 1:
        return values[0]
    return ", ".join(
        f"{v} ({r.name})" for v, r in zip(values, content.rulesets.values(), strict=True)
    )


# -- effects and conditions in words ---------------------------------------------------------------


def effect_words(e: Effect) -> str:
    if e.op == "factor":
        return f"{signed(e.amount)} {e.factor}"
    if e.op == "stat":
        unit = "coin" if abs(e.amount) == 1 else "coins"
        return f"{signed(e.amount)} {unit}" if e.stat == "money" else f"{signed(e.amount)} {e.stat}"
    if e.op == "count":
        return f"*{e.counter}* {signed(e.amount)}"
    if e.op == "blacklist":
        return "onto the blacklist (eras with blacklists)"
    if e.op == "critic":
        return "marked a critic"
    if e.op == "campaign":
        return (
            f"campaign: factor changes of *{e.tag}* purchases x{num(e.multiplier)} "
            f"for {e.rounds} rounds"
        )
    if e.op == "neighbour_score":
        return f"{signed(e.amount)} to all four factors of the neighbour"
    if e.op == "neighbour_blacklist":
        return "the neighbour goes on the blacklist"
    if e.op == "rating":
        return f"rated {e.amount} stars (peer ratings)"
    raise DocError(f"no words for effect op '{e.op}': add them to game/tools/rules_tables.py")


def effects_words(effects: Sequence[Effect]) -> str:
    return ", ".join(effect_words(e) for e in effects) or "-"


def condition_words(k: Condition) -> str:
    words: dict[str, Callable[[], str]] = {
        "tier_at_least": lambda: f"tier {k.value}" if k.value >= 5 else f"tier {k.value} or higher",
        "tier_at_most": lambda: f"tier {k.value}" if k.value <= 1 else f"tier {k.value} or lower",
        "money_at_least": lambda: f"at least {k.value} coins",
        "money_below": lambda: f"fewer than {k.value} coins",
        "stat_at_least": lambda: (
            f"at least {k.value} coins" if k.stat == "money" else f"{k.stat} at least {k.value}"
        ),
        "friends_at_least": lambda: f"at least {k.value} friend{'' if k.value == 1 else 's'}",
        "friends_below": lambda: f"fewer than {k.value} friends",
        "has_low_friend": lambda: "a friend in tier 1 or 2",
        "blacklisted": lambda: "on the blacklist",
        "not_blacklisted": lambda: "not on the blacklist",
        "counter_at_least": lambda: f"*{k.counter}* at least {k.value}",
        "counter_at_most": lambda: (
            f"*{k.counter}* {'never' if k.value == 0 else f'at most {k.value}'}"
        ),
        "era_at_least": lambda: f"era {k.value} or later",
        "platform_at_least": lambda: f"{k.name} score at least {k.value}",
        "switch": lambda: f"{SWITCH_NAMES.get(k.name, k.name)} {'on' if k.value else 'off'}",
    }
    if k.test not in words:
        raise DocError(f"no words for condition '{k.test}': add them to game/tools/rules_tables.py")
    return words[k.test]()


def conditions_words(conditions: Sequence[Condition]) -> str:
    return "; ".join(condition_words(k) for k in conditions) or "-"


def card(name: str, entry_id: str) -> str:
    return f"{name} (`{entry_id}`)"
