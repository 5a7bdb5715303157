"""Words and small formats for the generated parts of the rules: numbers, effects, conditions.

Every phrase goes through `w()` (rules_lang), so the same code writes rules.md, rules.fr.md and
rules.nl.md: English phrases are the keys, each language's vocabulary file the values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from game.engine import Content, Ruleset
from game.engine.records import Condition, Effect

from .rules_lang import DocError, counter, num, pct, shown_name, signed, span, tag, w

__all__ = [
    "LENGTH_NAMES",
    "SWITCH_NAMES",
    "DocError",
    "card",
    "cell",
    "conditions_words",
    "effects_words",
    "num",
    "pct",
    "per_ruleset",
    "signed",
    "span",
    "switch_words",
    "table",
]

LENGTH_NAMES = ("short", "standard", "long")
SWITCH_NAMES = {
    "transparent": "transparent scoring",
    "appeals": "appeals",
    "data_protection": "data protection",
    "public_shaming": "public shaming",
}


# -- small formats ---------------------------------------------------------------------------------


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
    named = zip(values, content.rulesets.values(), strict=True)
    return w(", ").join(f"{v} ({shown_name(r.name)})" for v, r in named)


def switch_words(name: str, on: bool) -> str:
    """'appeals on', 'data protection off': a whole phrase, so each language can agree it."""
    return w(f"{SWITCH_NAMES.get(name, name)} {'on' if on else 'off'}")


# -- effects and conditions in words ---------------------------------------------------------------


def effect_words(e: Effect) -> str:
    if e.op == "factor":
        return w("{amount} {factor}").format(amount=signed(e.amount), factor=w(e.factor))
    if e.op == "stat":
        coins = w("coin") if abs(e.amount) == 1 else w("coins")
        unit = coins if e.stat == "money" else w(e.stat)
        return w("{amount} {factor}").format(amount=signed(e.amount), factor=unit)
    if e.op == "count":
        return f"*{counter(e.counter)}* {signed(e.amount)}"
    if e.op == "blacklist":
        return w("onto the blacklist (eras with blacklists)")
    if e.op == "critic":
        return w("marked a critic")
    if e.op == "campaign":
        phrase = w("campaign: factor changes of *{tag}* purchases x{times} for {rounds} rounds")
        return phrase.format(tag=tag(e.tag), times=num(e.multiplier), rounds=num(e.rounds))
    if e.op == "neighbour_score":
        return w("{amount} to all four factors of the neighbour").format(amount=signed(e.amount))
    if e.op == "neighbour_blacklist":
        return w("the neighbour goes on the blacklist")
    if e.op == "rating":
        return w("rated {stars} stars (peer ratings)").format(stars=num(e.amount))
    raise DocError(f"no words for effect op '{e.op}': add them to game/tools/rules_words.py")


def effects_words(effects: Sequence[Effect]) -> str:
    return w(", ").join(effect_words(e) for e in effects) or "-"


def condition_words(k: Condition) -> str:
    n = num(k.value)
    words: dict[str, Callable[[], str]] = {
        "tier_at_least": lambda: (
            w("tier {n}") if k.value >= 5 else w("tier {n} or higher")
        ).format(n=n),
        "tier_at_most": lambda: (w("tier {n}") if k.value <= 1 else w("tier {n} or lower")).format(
            n=n
        ),
        "money_at_least": lambda: w("at least {n} coins").format(n=n),
        "money_below": lambda: w("fewer than {n} coins").format(n=n),
        "stat_at_least": lambda: (
            w("at least {n} coins").format(n=n)
            if k.stat == "money"
            else w("{stat} at least {n}").format(stat=w(k.stat), n=n)
        ),
        "friends_at_least": lambda: (
            w("at least {n} friend") if k.value == 1 else w("at least {n} friends")
        ).format(n=n),
        "friends_below": lambda: w("fewer than {n} friends").format(n=n),
        "has_low_friend": lambda: w("a friend in tier 1 or 2"),
        "blacklisted": lambda: w("on the blacklist"),
        "not_blacklisted": lambda: w("not on the blacklist"),
        "counter_at_least": lambda: w("*{counter}* at least {n}").format(
            counter=counter(k.counter), n=n
        ),
        "counter_at_most": lambda: (
            w("*{counter}* never") if k.value == 0 else w("*{counter}* at most {n}")
        ).format(counter=counter(k.counter), n=n),
        "era_at_least": lambda: w("era {n} or later").format(n=n),
        "platform_at_least": lambda: w("{platform} score at least {n}").format(
            platform=k.name, n=n
        ),
        "switch": lambda: switch_words(k.name, bool(k.value)),
    }
    if k.test not in words:
        raise DocError(f"no words for condition '{k.test}': add them to game/tools/rules_words.py")
    return words[k.test]()


def conditions_words(conditions: Sequence[Condition]) -> str:
    return w("; ").join(condition_words(k) for k in conditions) or "-"


def card(name: str, entry_id: str) -> str:
    """A card as a table row names it: its name on screen, then its id."""
    text = shown_name(name)
    return f"{text[:1].upper()}{text[1:]} (`{entry_id}`)"
