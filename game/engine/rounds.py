"""The flow of play: turns in a round, the end of a round (events, upkeep, blacklists), eras."""

from __future__ import annotations

from .effects import Context, apply_effects, holds, pay_stat, put_on_blacklist
from .happen import happen
from .records import Content, EventDef, Ruleset
from .review import life_review
from .rng import Rng
from .setup import snapshot
from .state import Citizen, State


def era_for_round(ruleset: Ruleset, round_number: int, rounds: int) -> int:
    """The era (1-3) a round belongs to: the last era whose start the game has reached."""
    progress = (round_number - 1) / rounds
    era = 1
    for index, e in enumerate(ruleset.eras, start=1):
        if progress >= e.starts_at - 1e-9:
            era = index
    return era


def end_turn(content: Content, ruleset: Ruleset, state: State) -> None:
    state.turn += 1
    state.ap_left = ruleset.action_points
    if state.turn >= len(state.order):
        end_round(content, ruleset, state)


def end_round(content: Content, ruleset: Ruleset, state: State) -> None:
    draw_events(content, ruleset, state)
    upkeep(ruleset, state)
    neighbours_drift(ruleset, state)
    check_blacklists(ruleset, state)
    state.campaigns = [c for c in state.campaigns if c[2] > state.round]
    rotate_market(ruleset, state)
    state.history.append(snapshot(state))
    for citizen in state.citizens:
        citizen.used_privileges.clear()
    if state.round >= state.rounds:
        finish(content, ruleset, state)
        return
    state.round += 1

    def new_round(ctx: Context) -> None:
        # Criticism fades with the round that passed: the friends of those who spoke out two
        # rounds ago get their connections back.
        if ctx.spreads:
            faded = state.round - 1
            for citizen in state.citizens:
                if citizen.critic_until == faded:
                    ctx.affected.update(citizen.friends)

    happen(state, ruleset, "round", new_round, item=str(state.round))
    era = era_for_round(ruleset, state.round, state.rounds)
    if era != state.era:
        state.era = era

        def new_era(ctx: Context) -> None:
            ctx.everyone = True

        happen(state, ruleset, "era", new_era, item=ruleset.eras[era - 1].id)
    players = len(state.seats)
    first = (state.round - 1) % players
    state.order = [(first + i) % players for i in range(players)]
    state.turn = 0
    state.ap_left = ruleset.action_points


def finish(content: Content, ruleset: Ruleset, state: State) -> None:
    state.phase = "over"
    state.pending = None
    state.rating_queue = []
    life_review(content, ruleset, state)


def finish_now(content: Content, ruleset: Ruleset, state: State) -> None:
    """The teacher skips to the life review: the round in progress is the last one."""
    state.history.append(snapshot(state))
    finish(content, ruleset, state)


def draw_events(content: Content, ruleset: Ruleset, state: State) -> None:
    drawn = 0
    tries = len(state.event_deck) + len(state.event_discard)
    while drawn < ruleset.events_per_round and tries > 0:
        tries -= 1
        if not state.event_deck:
            if not state.event_discard:
                return
            rng = Rng(state.rng)
            state.event_deck = state.event_discard
            state.event_discard = []
            rng.shuffle(state.event_deck)
            state.rng = rng.state
        event = content.events[state.event_deck.pop()]
        state.event_discard.append(event.id)
        if event.era_min > state.era:
            continue
        drawn += 1
        run_event(ruleset, state, event)


def event_targets(ruleset: Ruleset, state: State, event: EventDef) -> list[int]:
    """Who an event strikes, chosen by its `target` rule among those meeting its conditions."""
    neighbours = event.target == "neighbour"
    conditions = event.conditions
    pool = [
        i
        for i, c in enumerate(state.citizens)
        if c.is_player != neighbours and (not conditions or holds(state, ruleset, c, conditions))
    ]
    if not pool:
        return []
    if event.target == "each":
        return pool
    if event.target == "lowest":
        return [min(pool, key=lambda i: (state.citizens[i].score, i))]
    if event.target == "highest":
        return [max(pool, key=lambda i: (state.citizens[i].score, -i))]
    rng = Rng(state.rng)
    chosen = rng.choice(pool)
    state.rng = rng.state
    return [chosen]


def run_event(ruleset: Ruleset, state: State, event: EventDef) -> None:
    targets = event_targets(ruleset, state, event)
    if not targets:
        happen(state, ruleset, "event", lambda ctx: ctx.detail.update(nobody=True), item=event.id)
        return
    for target in targets:

        def strike(ctx: Context, t: int = target) -> None:
            apply_effects(ctx, t, event.effects, event.channel)

        happen(state, ruleset, "event", strike, target=target, item=event.id)


def upkeep(ruleset: Ruleset, state: State) -> None:
    """Living costs, what friends give, what the list and the wall of shame take."""
    for index, citizen in enumerate(state.citizens):
        if not citizen.is_player:
            continue

        def body(ctx: Context, i: int = index, c: Citizen = citizen) -> None:
            pay_stat(ctx, i, "money", -ruleset.living_cost)  # late if the player cannot pay
            if c.friends:
                gain = min(ruleset.max_friend_wellbeing, ruleset.friend_wellbeing * len(c.friends))
                ctx.move_stat(i, "wellbeing", gain)
            else:
                ctx.move_stat(i, "wellbeing", ruleset.lonely_wellbeing)
            if c.blacklisted:
                ctx.move_stat(i, "wellbeing", ruleset.blacklist_wellbeing)
                if state.options.public_shaming:
                    ctx.move_stat(i, "wellbeing", ruleset.shaming_wellbeing)
                    ctx.detail["shamed"] = True

        happen(state, ruleset, "upkeep", body, actor=index)


def neighbours_drift(ruleset: Ruleset, state: State) -> None:
    if not any(c.drift for c in state.citizens if not c.is_player):
        return

    def body(ctx: Context) -> None:
        for index, citizen in enumerate(state.citizens):
            if not citizen.is_player and citizen.drift:
                ctx.move_all_factors(index, citizen.drift)

    happen(state, ruleset, "drift", body)


def check_blacklists(ruleset: Ruleset, state: State) -> None:
    if not ruleset.eras[state.era - 1].blacklists:
        return
    for index, citizen in enumerate(state.citizens):
        if not citizen.is_player:
            continue
        if not citizen.blacklisted and citizen.score < ruleset.blacklist_below:

            def list_them(ctx: Context, i: int = index) -> None:
                put_on_blacklist(ctx, i)

            happen(
                state,
                ruleset,
                "blacklisted",
                list_them,
                actor=index,
            )
        elif citizen.blacklisted and citizen.score >= ruleset.blacklist_leave_at:
            leave_blacklist(ruleset, state, index)


def leave_blacklist(ruleset: Ruleset, state: State, index: int) -> None:
    def body(ctx: Context) -> None:
        state.citizens[index].blacklisted = False
        ctx.detail["left"] = True

    happen(state, ruleset, "blacklist_left", body, actor=index)


def refill_market(ruleset: Ruleset, state: State) -> None:
    rng = Rng(state.rng)
    while len(state.market) < ruleset.market_size:
        if not state.purchase_deck:
            if not state.purchase_discard:
                break
            state.purchase_deck = state.purchase_discard
            state.purchase_discard = []
            rng.shuffle(state.purchase_deck)
        state.market.append(state.purchase_deck.pop())
    state.rng = rng.state


def rotate_market(ruleset: Ruleset, state: State) -> None:
    """The oldest card in the market goes at the end of each round, so the market keeps moving."""
    if state.market and (state.purchase_deck or state.purchase_discard):
        state.purchase_discard.append(state.market.pop(0))
        refill_market(ruleset, state)
