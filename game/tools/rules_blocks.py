"""The generated tables of rules.md, one function per table, each reading the game's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine import Content, Game, Ruleset
from game.engine.rounds import era_for_round

from .rules_words import (
    LENGTH_NAMES,
    SWITCH_NAMES,
    DocError,
    card,
    conditions_words,
    effects_words,
    num,
    pct,
    per_ruleset,
    signed,
    table,
)

# -- facts read from a fresh game (the engine's own arithmetic, not ours) ----------------------


def fresh_citizens(content: Content, ruleset_id: str) -> list[dict[str, Any]]:
    """Every citizen of a new one-seat game: their opening scores and tiers, era 1.

    The tables call these scores 'with no friends', which holds while the first era ignores
    friends; a ruleset that changes that needs new words here.
    """
    if content.rulesets[ruleset_id].eras[0].connections:
        raise DocError(
            f"ruleset '{ruleset_id}': friends count in the first era; reword the "
            "opening scores in game/tools/rules_tables.py"
        )
    game = Game.new(1, ruleset=ruleset_id, seed=0, content=content)
    citizens: list[dict[str, Any]] = game.observe(0)["citizens"]
    return citizens


def tier_name(ruleset: Ruleset, rank: int) -> str:
    return ruleset.tiers[rank - 1].name


# -- blocks --------------------------------------------------------------------------------------


def block_numbers(content: Content) -> str:
    rows: list[tuple[str, Callable[[Ruleset], str]]] = [
        ("Action points per turn", lambda r: num(r.action_points)),
        (
            "Start: coins / wellbeing / voice",
            lambda r: f"{r.start_money} / {r.start_wellbeing} / {r.start_voice}",
        ),
        ("Start: every factor", lambda r: num(r.factor_start)),
        ("Start: neighbour friends", lambda r: num(r.start_neighbour_friends)),
        (
            "Most coins / wellbeing / voice",
            lambda r: f"{r.money_max} / {r.wellbeing_max} / {r.voice_max}",
        ),
        ("Factor range", lambda r: f"{r.factor_min}-{r.factor_max}"),
        (
            "Rounds: short / standard / long",
            lambda r: " / ".join(str(r.lengths[n]) for n in LENGTH_NAMES),
        ),
        ("Market cards", lambda r: num(r.market_size)),
        ("Events per round", lambda r: num(r.events_per_round)),
        ("Living cost (coins per round)", lambda r: num(r.living_cost)),
        (
            "Wellbeing per friend per round (most)",
            lambda r: f"{signed(r.friend_wellbeing)} ({signed(r.max_friend_wellbeing)})",
        ),
        ("Wellbeing in a round without friends", lambda r: signed(r.lonely_wellbeing)),
        ("Credit per unpaid coin (late payment)", lambda r: signed(r.late_payment_credit)),
        ("Wellbeing per round on the blacklist", lambda r: signed(r.blacklist_wellbeing)),
        ("... and on the wall of shame", lambda r: signed(r.shaming_wellbeing)),
        ("Appeal: coins / success", lambda r: f"{r.appeal_money} / {pct(r.appeal_success)}"),
        (
            "Hacker: coins / credit bought",
            lambda r: f"{r.black_market_money} / {signed(r.black_market_credit)}",
        ),
        (
            "Hacker: chance of being caught / credit then",
            lambda r: f"{pct(r.black_market_detection)} / {signed(r.black_market_caught_credit)}",
        ),
        (
            "Life points per wellbeing / voice / friend",
            lambda r: f"{r.life_wellbeing} / {r.life_voice} / {r.life_friend}",
        ),
        ("Coins per life point", lambda r: num(r.life_money_per_point)),
        ("Life points for the secret goal", lambda r: num(r.life_goal)),
        ("Score formula", lambda r: r.formula),
        ("Score range", lambda r: f"{r.score_min}-{r.score_max}"),
        (
            "Score weights: credit / fulfilment / identity / behaviour / connections",
            lambda r: " / ".join(
                num(r.weights[f])
                for f in ("credit", "fulfilment", "identity", "behaviour", "connections")
            ),
        ),
        (
            "Connections: pivot / per friend / per critic friend",
            lambda r: (
                f"{num(r.connections_pivot)} / {num(r.connections_per_friend)} / "
                f"{signed(-r.critic_penalty)}"
            ),
        ),
        (
            "Blacklist: enter below / leave at",
            lambda r: f"{r.blacklist_below} / {r.blacklist_leave_at}",
        ),
        (
            "Default switches",
            lambda r: ", ".join(
                f"{SWITCH_NAMES[n]} {'on' if r.switches[n] else 'off'}" for n in SWITCH_NAMES
            ),
        ),
        (
            "Default length / win condition",
            lambda r: f"{r.default_length} / {r.default_win_condition}",
        ),
    ]
    rulesets = list(content.rulesets.values())
    header = ["", *(f"{r.name} (`{r.id}`)" for r in rulesets)]
    return table(header, [[label, *(show(r) for r in rulesets)] for label, show in rows])


def eras_by_round(ruleset: Ruleset, length: str) -> list[int]:
    """The era (1-3) of each round of a game of this length, round 1 first."""
    total = ruleset.lengths[length]
    return [era_for_round(ruleset, n, total) for n in range(1, total + 1)]


def block_eras(content: Content) -> str:
    parts = []
    for r in content.rulesets.values():
        rows = []
        for number, era in enumerate(r.eras, start=1):
            spans = []
            for name in LENGTH_NAMES:
                eras = eras_by_round(r, name)
                rounds = [n for n, e in enumerate(eras, start=1) if e == number]
                spans.append(f"{rounds[0]}-{rounds[-1]}" if rounds else "never")
            rows.append(
                [
                    f"{number}. {era.name} (`{era.id}`)",
                    *spans,
                    "yes" if era.connections else "no",
                    "yes" if era.blacklists else "no",
                    *(pct(era.detection[c]) for c in ("purchases", "speech", "records", "cameras")),
                ]
            )
        parts.append(rows)
    header = [
        "Era",
        *(f"rounds ({n})" for n in LENGTH_NAMES),
        "friends count",
        "blacklists",
        "purchases",
        "speech",
        "records",
        "cameras",
    ]
    if all(p == parts[0] for p in parts):
        return table(header, parts[0])
    return "\n".join(
        f"{r.name}:\n\n" + table(header, rows)
        for r, rows in zip(content.rulesets.values(), parts, strict=True)
    )


def block_scores(content: Content) -> str:
    lines = []
    factors = ("credit", "fulfilment", "identity", "behaviour", "connections")
    for r in content.rulesets.values():
        w = r.weights
        start = fresh_citizens(content, r.id)[0]
        if r.formula == "weighted":
            total = sum(w.values()) or 1.0
            span = r.score_max - r.score_min
            mean = " + ".join(f"{num(round(w[f] / total, 6))} x {f}" for f in factors)
            per = ", ".join(f"{f} {num(round(span * w[f] / total / 100, 6))}" for f in factors)
            lines.append(
                f"- **{r.name}** (weighted): score = {r.score_min} + {span} x "
                f"({mean}) / 100, rounded, kept within {r.score_min}-{r.score_max}. "
                f"One point of a factor is worth: {per} score points."
            )
        elif r.formula == "ledger":
            per = ", ".join(f"{f} {num(round(r.scale * w[f], 6))}" for f in factors)
            offsets = " + ".join(
                f"{'' if w[f] == 1 else num(w[f]) + ' x '}({f} - {r.factor_start})" for f in factors
            )
            lines.append(
                f"- **{r.name}** (ledger): score = {r.score_start} + {num(r.scale)} x "
                f"({offsets}), rounded, kept within {r.score_min}-{r.score_max}. "
                f"One point of a factor is worth: {per} score points."
            )
        else:
            raise DocError(f"ruleset '{r.id}': no words for the '{r.formula}' score formula")
        lines.append(
            f"  With every factor at {r.factor_start}, a citizen scores {start['score']} "
            f"(tier {start['tier']}, {tier_name(r, start['tier'])})."
        )
    return "\n".join(lines) + "\n"


def block_tiers(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    header = ["Tier", *(f"{r.name}" for r in rulesets)]
    rows = []
    for rank in range(1, 6):
        row = [str(rank)]
        for r in rulesets:
            tier = r.tiers[rank - 1]
            upper = r.tiers[rank].min - 1 if rank < 5 else r.score_max
            row.append(f"{tier.name}: {tier.min}-{upper}")
        rows.append(row)
    rows.append(
        [
            "blacklist",
            *(f"on below {r.blacklist_below}, off at {r.blacklist_leave_at}" for r in rulesets),
        ]
    )
    return table(header, rows)


def block_connections(content: Content) -> str:
    own = ("credit", "fulfilment", "identity", "behaviour")

    def line(r: Ruleset) -> str:
        return (
            f"connections = {r.factor_start} + sum over friends of "
            f"(friend's level - {num(r.connections_pivot)}) x {num(r.connections_per_friend)} "
            f"- {num(r.critic_penalty)} for each friend who is a critic; "
            f"kept within {r.factor_min}-{r.factor_max}"
        )

    def level(r: Ruleset) -> str:
        weights = [r.weights[f] for f in own]
        if len(set(weights)) == 1:
            return f"({' + '.join(own)}) / {len(own)}"
        terms = " + ".join(f"{num(r.weights[f])} x {f}" for f in own)
        return f"({terms}) / {num(round(sum(weights), 6))}"

    def example(r: Ruleset) -> str:
        fresh = (r.factor_start - r.connections_pivot) * r.connections_per_friend
        return (
            f"A friend at the opening level of {r.factor_start} moves your connections by "
            f"{signed(round(fresh, 4))}; a friend at level 80 by "
            f"{signed(round((80 - r.connections_pivot) * r.connections_per_friend, 4))}."
        )

    lines = [f"> {per_ruleset(content, line)}", ""]
    for r in content.rulesets.values():
        lines.append(f"- A friend's level in {r.name}: {level(r)}")
    lines.append(f"- {per_ruleset(content, example)}")
    return "\n".join(lines) + "\n"


def block_life(content: Content) -> str:
    def line(r: Ruleset) -> str:
        return (
            f"life points = {r.life_wellbeing} x wellbeing + {r.life_voice} x voice + "
            f"{r.life_friend} x friends + coins / {r.life_money_per_point} (rounded down) "
            f"+ {r.life_goal} if the secret goal is achieved"
        )

    return f"> {per_ruleset(content, line)}\n"


def block_actions(content: Content) -> str:
    rows = [
        [
            card(a.name, a.id),
            a.kind,
            str(a.ap),
            a.channel,
            effects_words(a.effects),
            effects_words(a.target_effects),
            conditions_words(a.conditions),
        ]
        for a in content.actions.values()
    ]
    header = ["Action", "kind", "AP", "channel", "on you", "on the target", "only if"]
    return table(header, rows)


def block_purchases(content: Content) -> str:
    rows = [
        [
            card(p.name, p.id),
            str(p.cost),
            str(p.copies),
            ", ".join(p.tags) or "-",
            p.channel,
            effects_words(p.effects),
            conditions_words(p.conditions),
            p.label,
        ]
        for p in content.purchases.values()
    ]
    header = ["Purchase", "coins", "copies", "tags", "channel", "effects", "only if", "label"]
    return table(header, rows)


def block_privileges(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    rows = [
        [
            card(p.name, p.id),
            f"{p.min_tier} ({' / '.join(tier_name(r, p.min_tier) for r in rulesets)})",
            signed(-p.money) if p.money else "0",
            "yes" if p.blocked_by_blacklist else "no",
            conditions_words(getattr(p, "conditions", ())),
            effects_words(p.effects),
            p.label,
        ]
        for p in content.privileges.values()
    ]
    header = [
        "Privilege",
        f"tier at least ({' / '.join(r.name for r in rulesets)})",
        "coins",
        "closed to the blacklisted",
        "only if",
        "effects",
        "label",
    ]
    return table(header, rows)


def block_events(content: Content) -> str:
    rows = [
        [
            card(e.name, e.id),
            str(e.weight),
            str(e.era_min),
            e.target,
            e.channel,
            conditions_words(e.conditions),
            effects_words(e.effects),
            e.label,
        ]
        for e in content.events.values()
    ]
    header = ["Event", "copies", "from era", "strikes", "channel", "only if", "effects", "label"]
    return table(header, rows)


def block_neighbours(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    starts = {r.id: {c["ref"]: c for c in fresh_citizens(content, r.id)} for r in rulesets}
    rows = []
    for n in content.neighbours.values():
        opening = [
            f"{starts[r.id][n.id]['score']} ({tier_name(r, starts[r.id][n.id]['tier'])})"
            for r in rulesets
        ]
        rows.append(
            [
                card(n.name, n.id),
                str(n.level),
                signed(n.drift) if n.drift else "0",
                "yes" if n.critic else "no",
                *opening,
                n.label,
            ]
        )
    header = [
        "Neighbour",
        "level",
        "drift per round",
        "critic",
        *(f"opening score, {r.name}" for r in rulesets),
        "label",
    ]
    return table(header, rows)


def block_goals(content: Content) -> str:
    rows = [
        [card(g.name, g.id), conditions_words(g.conditions), g.text] for g in content.goals.values()
    ]
    return table(["Goal", "achieved if, at the end", "card text"], rows)


BLOCKS: dict[str, Callable[[Content], str]] = {
    "numbers": block_numbers,
    "eras": block_eras,
    "scores": block_scores,
    "tiers": block_tiers,
    "connections": block_connections,
    "life": block_life,
    "actions": block_actions,
    "purchases": block_purchases,
    "privileges": block_privileges,
    "events": block_events,
    "neighbours": block_neighbours,
    "goals": block_goals,
}
