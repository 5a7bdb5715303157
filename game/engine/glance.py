"""A seat's glance at the table: the facts of observe(seat, brief=True), as compact columns.

Bots decide thousands of times a second and read the same few facts each time. A glance gives
them those facts without building a dict per citizen: one tuple per fact, indexed by citizen
(players first, then neighbours), read from the state in one pass. Like an observation, it holds
only what the seat may see: everyone's public standing, its own private life, nobody else's.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from .records import Ruleset
from .state import Options, Penalty, State


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to build, and bots build many
class Glance:
    """What `seat` sees now. Per-citizen facts are tuples indexed by citizen; `factors` and
    `connections` are None in opaque scoring (the seat sees the numbers move, never why).
    Every part is a copy or immutable: changing a glance cannot change the game."""

    seat: int
    round: int
    rounds: int
    era: int
    phase: str
    ap_left: int  # 0 outside the seat's own turn phase
    pending: tuple[int, int] | None  # (proposer, target) of a friendship offer awaiting an answer
    rating: tuple[int, int] | None  # (rater, rated) of the rating asked now
    options: Options
    market: tuple[str, ...]
    campaigns: tuple[tuple[str, float, int], ...]
    players: int  # citizens 0 .. players-1 are the players; the rest are neighbours
    refs: tuple[str, ...]
    scores: tuple[int, ...]
    tiers: tuple[int, ...]
    blacklisted: tuple[bool, ...]
    critics: tuple[bool, ...]  # speaking out this round or last: their friends pay for it
    friends: tuple[tuple[int, ...], ...]
    factors: tuple[tuple[int, int, int, int], ...] | None  # credit, fulfilment, identity, behaviour
    connections: tuple[float, ...] | None
    # the seat's own private life
    money: int
    wellbeing: int
    voice: int
    goal: str
    counters: MappingProxyType[str, int]
    penalties: tuple[Penalty, ...]
    used_privileges: tuple[str, ...]


def glance(ruleset: Ruleset, state: State, seat: int) -> Glance:
    citizens = state.citizens
    me = citizens[seat]
    round_now = state.round
    # One row per citizen, turned into columns by zip: a comprehension's attribute reads are
    # specialised by the interpreter, and cost half what attrgetter's do, column by column.
    refs, scores, tiers, blacklisted, critics, friends, factors, connections = zip(
        *[
            (
                c.ref,
                c.score,
                c.tier,
                c.blacklisted,
                round_now <= c.critic_until,
                tuple(c.friends),
                c.factor_row,  # kept by scoring.refresh whenever the factors move
                c.connections,
            )
            for c in citizens
        ],
        strict=True,
    )
    transparent = state.options.transparent
    # Positional, in the order of the fields: keyword matching would cost a third of the time.
    return Glance(
        seat,
        round_now,
        state.rounds,
        state.era,
        state.phase,
        state.ap_left if state.phase == "turn" else 0,
        state.pending,
        state.rating_queue[0] if state.phase == "rating" and state.rating_queue else None,
        state.options,
        tuple(state.market),
        tuple(state.campaigns),
        len(state.seats),
        refs,
        scores,
        tiers,
        blacklisted,
        critics,
        friends,
        factors if transparent else None,
        connections if transparent else None,
        me.money,
        me.wellbeing,
        me.voice,
        me.goal,
        MappingProxyType(dict(me.counters)),
        tuple(me.penalties),
        tuple(me.used_privileges),
    )
