"""The generated tables of the rules, one function per table, each reading the game's data.

Each table is written in the current document language (see rules_lang.speaking): headings and
phrases through `w()`, names as the game shows them, numbers in the language's format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine import Content, Game, Ruleset
from game.engine.rounds import era_for_round

from .rules_lang import shown_name, span, tag, w
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
    switch_words,
    table,
)

FACTORS = ("credit", "fulfilment", "identity", "behaviour", "connections")
OWN_FACTORS = FACTORS[:4]
CHANNELS = ("purchases", "speech", "records", "cameras")

# -- facts read from a fresh game (the engine's own arithmetic, not ours) ----------------------


def fresh_citizens(content: Content, ruleset_id: str) -> list[dict[str, Any]]:
    """Every citizen of a new one-seat game: their opening scores and tiers, era 1.

    The tables call these scores 'with no friends', which holds while the first era ignores
    friends; a ruleset that changes that needs new words here.
    """
    if content.rulesets[ruleset_id].eras[0].connections:
        raise DocError(
            f"ruleset '{ruleset_id}': friends count in the first era; reword the "
            "opening scores in game/tools/rules_blocks.py"
        )
    game = Game.new(1, ruleset=ruleset_id, seed=0, content=content)
    citizens: list[dict[str, Any]] = game.observe(0)["citizens"]
    return citizens


def tier_name(ruleset: Ruleset, rank: int) -> str:
    return shown_name(ruleset.tiers[rank - 1].name)


def yes_no(flag: bool) -> str:
    return w("yes") if flag else w("no")


def times(a: str, b: str) -> str:
    """'0.3 x credit' (a product in a formula)."""
    return w("{a} x {b}").format(a=a, b=b)


def slashed(*numbers: float) -> str:
    return " / ".join(num(n) for n in numbers)


# -- blocks --------------------------------------------------------------------------------------


def block_numbers(content: Content) -> str:
    rows: list[tuple[str, Callable[[Ruleset], str]]] = [
        ("Action points per turn", lambda r: num(r.action_points)),
        (
            "Start: coins / wellbeing / voice",
            lambda r: slashed(r.start_money, r.start_wellbeing, r.start_voice),
        ),
        ("Start: every factor", lambda r: num(r.factor_start)),
        ("Start: neighbour friends", lambda r: num(r.start_neighbour_friends)),
        (
            "Most coins / wellbeing / voice",
            lambda r: slashed(r.money_max, r.wellbeing_max, r.voice_max),
        ),
        ("Factor range", lambda r: span(r.factor_min, r.factor_max)),
        (
            "Rounds: short / standard / long",
            lambda r: slashed(*(r.lengths[n] for n in LENGTH_NAMES)),
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
        ("Appeal: coins / success", lambda r: f"{num(r.appeal_money)} / {pct(r.appeal_success)}"),
        (
            "Hacker: coins / credit bought",
            lambda r: f"{num(r.black_market_money)} / {signed(r.black_market_credit)}",
        ),
        (
            "Hacker: chance of being caught / credit then",
            lambda r: f"{pct(r.black_market_detection)} / {signed(r.black_market_caught_credit)}",
        ),
        (
            "Life points per wellbeing / voice / friend",
            lambda r: slashed(r.life_wellbeing, r.life_voice, r.life_friend),
        ),
        ("Coins per life point", lambda r: num(r.life_money_per_point)),
        ("Life points for the secret goal", lambda r: num(r.life_goal)),
        ("Score formula", lambda r: w(r.formula)),
        ("Score range", lambda r: span(r.score_min, r.score_max)),
        (
            "Score weights: credit / fulfilment / identity / behaviour / connections",
            lambda r: slashed(*(r.weights[f] for f in FACTORS)),
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
            lambda r: slashed(r.blacklist_below, r.blacklist_leave_at),
        ),
        (
            "Default switches",
            lambda r: w(", ").join(switch_words(n, r.switches[n]) for n in SWITCH_NAMES),
        ),
        (
            "Default length / win condition",
            lambda r: f"{w(r.default_length)} / {w(r.default_win_condition)}",
        ),
    ]
    rulesets = list(content.rulesets.values())
    header = ["", *(f"{shown_name(r.name)} (`{r.id}`)" for r in rulesets)]
    return table(header, [[w(label), *(show(r) for r in rulesets)] for label, show in rows])


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
                spans.append(span(rounds[0], rounds[-1]) if rounds else w("never"))
            rows.append(
                [
                    f"{number}. {shown_name(era.name)} (`{era.id}`)",
                    *spans,
                    yes_no(era.connections),
                    yes_no(era.blacklists),
                    *(pct(era.detection[c]) for c in CHANNELS),
                ]
            )
        parts.append(rows)
    header = [
        w("Era"),
        *(w("rounds ({length})").format(length=w(n)) for n in LENGTH_NAMES),
        w("friends count"),
        w("blacklists"),
        *(w(c) for c in CHANNELS),
    ]
    if all(p == parts[0] for p in parts):
        return table(header, parts[0])
    return "\n".join(
        w("{name}:").format(name=shown_name(r.name)) + "\n\n" + table(header, rows)
        for r, rows in zip(content.rulesets.values(), parts, strict=True)
    )


def block_scores(content: Content) -> str:
    lines = []
    for r in content.rulesets.values():
        wt = r.weights
        start = fresh_citizens(content, r.id)[0]
        if r.formula == "weighted":
            total = sum(wt.values()) or 1.0
            width = r.score_max - r.score_min
            mean = " + ".join(times(num(round(wt[f] / total, 6)), w(f)) for f in FACTORS)
            per = w(", ").join(
                f"{w(f)} {num(round(width * wt[f] / total / 100, 6))}" for f in FACTORS
            )
            lines.append(
                w(
                    "- **{name}** (weighted): score = {low} + {width} x ({mean}) / 100, rounded, "
                    "kept within {range}. One point of a factor is worth: {per} score points."
                ).format(
                    name=shown_name(r.name),
                    low=num(r.score_min),
                    width=num(width),
                    mean=mean,
                    range=span(r.score_min, r.score_max),
                    min=num(r.score_min),
                    max=num(r.score_max),
                    per=per,
                )
            )
        elif r.formula == "ledger":
            per = w(", ").join(f"{w(f)} {num(round(r.scale * wt[f], 6))}" for f in FACTORS)

            def offset(f: str, ruleset: Ruleset = r) -> str:
                gap = w("({factor} - {start})").format(factor=w(f), start=num(ruleset.factor_start))
                return gap if ruleset.weights[f] == 1 else times(num(ruleset.weights[f]), gap)

            lines.append(
                w(
                    "- **{name}** (ledger): score = {start} + {scale} x ({offsets}), rounded, "
                    "kept within {range}. One point of a factor is worth: {per} score points."
                ).format(
                    name=shown_name(r.name),
                    start=num(r.score_start),
                    scale=num(r.scale),
                    offsets=" + ".join(offset(f) for f in FACTORS),
                    range=span(r.score_min, r.score_max),
                    min=num(r.score_min),
                    max=num(r.score_max),
                    per=per,
                )
            )
        else:
            raise DocError(f"ruleset '{r.id}': no words for the '{r.formula}' score formula")
        lines.append(
            "  "
            + w(
                "With every factor at {start}, a citizen scores {score} (tier {tier}, {name})."
            ).format(
                start=num(r.factor_start),
                score=num(start["score"]),
                tier=num(start["tier"]),
                name=tier_name(r, start["tier"]),
            )
        )
    return "\n".join(lines) + "\n"


def block_tiers(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    header = [w("Tier"), *(shown_name(r.name) for r in rulesets)]
    rows = []
    for rank in range(1, 6):
        row = [num(rank)]
        for r in rulesets:
            tier = r.tiers[rank - 1]
            upper = r.tiers[rank].min - 1 if rank < 5 else r.score_max
            row.append(
                w("{tier}: {range}").format(tier=shown_name(tier.name), range=span(tier.min, upper))
            )
        rows.append(row)
    rows.append(
        [
            w("blacklist"),
            *(
                w("on below {below}, off at {leave}").format(
                    below=num(r.blacklist_below), leave=num(r.blacklist_leave_at)
                )
                for r in rulesets
            ),
        ]
    )
    return table(header, rows)


def block_connections(content: Content) -> str:
    def line(r: Ruleset) -> str:
        return w(
            "connections = {start} + sum over friends of (friend's level - {pivot}) x {per} "
            "- {penalty} for each friend who is a critic; kept within {range}"
        ).format(
            start=num(r.factor_start),
            pivot=num(r.connections_pivot),
            per=num(r.connections_per_friend),
            penalty=num(r.critic_penalty),
            range=span(r.factor_min, r.factor_max),
            min=num(r.factor_min),
            max=num(r.factor_max),
        )

    def level(r: Ruleset) -> str:
        weights = [r.weights[f] for f in OWN_FACTORS]
        if len(set(weights)) == 1:
            return f"({' + '.join(w(f) for f in OWN_FACTORS)}) / {num(len(OWN_FACTORS))}"
        terms = " + ".join(times(num(r.weights[f]), w(f)) for f in OWN_FACTORS)
        return f"({terms}) / {num(round(sum(weights), 6))}"

    def example(r: Ruleset) -> str:
        fresh = (r.factor_start - r.connections_pivot) * r.connections_per_friend
        high = (80 - r.connections_pivot) * r.connections_per_friend
        return w(
            "A friend at the opening level of {start} moves your connections by {fresh}; "
            "a friend at level {level} by {high}."
        ).format(
            start=num(r.factor_start),
            fresh=signed(round(fresh, 4)),
            level=num(80),
            high=signed(round(high, 4)),
        )

    lines = [f"> {per_ruleset(content, line)}", ""]
    for r in content.rulesets.values():
        lines.append(
            "- "
            + w("A friend's level in {name}: {formula}").format(
                name=shown_name(r.name), formula=level(r)
            )
        )
    lines.append(f"- {per_ruleset(content, example)}")
    return "\n".join(lines) + "\n"


def block_life(content: Content) -> str:
    def line(r: Ruleset) -> str:
        return w(
            "life points = {wellbeing} x wellbeing + {voice} x voice + {friend} x friends + "
            "coins / {money} (rounded down) + {goal} if the secret goal is achieved"
        ).format(
            wellbeing=num(r.life_wellbeing),
            voice=num(r.life_voice),
            friend=num(r.life_friend),
            money=num(r.life_money_per_point),
            goal=num(r.life_goal),
        )

    return f"> {per_ruleset(content, line)}\n"


def block_actions(content: Content) -> str:
    rows = [
        [
            card(a.name, a.id),
            w(a.kind),
            num(a.ap),
            w(a.channel),
            effects_words(a.effects),
            effects_words(a.target_effects),
            conditions_words(a.conditions),
        ]
        for a in content.actions.values()
    ]
    header = ["Action", "kind", "AP", "channel", "on you", "on the target", "only if"]
    return table([w(h) for h in header], rows)


def block_purchases(content: Content) -> str:
    rows = [
        [
            card(p.name, p.id),
            num(p.cost),
            num(p.copies),
            w(", ").join(tag(t) for t in p.tags) or "-",
            w(p.channel),
            effects_words(p.effects),
            conditions_words(p.conditions),
            w(p.label),
        ]
        for p in content.purchases.values()
    ]
    header = ["Purchase", "coins", "copies", "tags", "channel", "effects", "only if", "label"]
    return table([w(h) for h in header], rows)


def block_privileges(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    rows = [
        [
            card(p.name, p.id),
            f"{num(p.min_tier)} ({' / '.join(tier_name(r, p.min_tier) for r in rulesets)})",
            signed(-p.money) if p.money else "0",
            yes_no(p.blocked_by_blacklist),
            conditions_words(getattr(p, "conditions", ())),
            effects_words(p.effects),
            w(p.label),
        ]
        for p in content.privileges.values()
    ]
    header = [
        w("Privilege"),
        w("tier at least ({rulesets})").format(
            rulesets=" / ".join(shown_name(r.name) for r in rulesets)
        ),
        w("coins"),
        w("closed to the blacklisted"),
        w("only if"),
        w("effects"),
        w("label"),
    ]
    return table(header, rows)


def block_events(content: Content) -> str:
    rows = [
        [
            card(e.name, e.id),
            num(e.weight),
            num(e.era_min),
            w(e.target),
            w(e.channel),
            conditions_words(e.conditions),
            effects_words(e.effects),
            w(e.label),
        ]
        for e in content.events.values()
    ]
    header = ["Event", "copies", "from era", "strikes", "channel", "only if", "effects", "label"]
    return table([w(h) for h in header], rows)


def block_neighbours(content: Content) -> str:
    rulesets = list(content.rulesets.values())
    starts = {r.id: {c["ref"]: c for c in fresh_citizens(content, r.id)} for r in rulesets}
    rows = []
    for n in content.neighbours.values():
        opening = [
            f"{num(starts[r.id][n.id]['score'])} ({tier_name(r, starts[r.id][n.id]['tier'])})"
            for r in rulesets
        ]
        rows.append(
            [
                card(n.name, n.id),
                num(n.level),
                signed(n.drift) if n.drift else "0",
                yes_no(n.critic),
                *opening,
                w(n.label),
            ]
        )
    header = [
        w("Neighbour"),
        w("level"),
        w("drift per round"),
        w("critic"),
        *(w("opening score, {name}").format(name=shown_name(r.name)) for r in rulesets),
        w("label"),
    ]
    return table(header, rows)


def block_goals(content: Content) -> str:
    rows = [
        [card(g.name, g.id), conditions_words(g.conditions), shown_name(g.text)]
        for g in content.goals.values()
    ]
    return table([w("Goal"), w("achieved if, at the end"), w("card text")], rows)


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
