"""Carry out one happening (an action, an event, upkeep) and log it with its effects."""

from __future__ import annotations

from collections.abc import Callable

from .effects import Context
from .records import Ruleset
from .scoring import recompute, refresh
from .state import LogEntry, Penalty, State


def happen(
    state: State,
    ruleset: Ruleset,
    kind: str,
    body: Callable[[Context], None],
    # Not keyword-only, though always passed by name: filling in defaults of keyword-only
    # parameters costs more, and this runs at every happening.
    actor: int = -1,
    target: int = -1,
    item: str = "",
    force_detection: bool = False,
    secret: bool = False,
) -> LogEntry:
    """Run `body`, recompute the scores it touched, and log what moved, with the cause named.

    Every score change in a game goes through here, so the log's score deltas always add up to
    the scores on the table: the cause-and-effect trail of the debrief.
    """
    ctx = Context(state, ruleset, force_detection or state.preview)
    body(ctx)
    if ctx.everyone:
        score = tuple(recompute(ruleset, state))
    elif ctx.affected:
        score = tuple(refresh(ruleset, state, ctx.affected, ctx.moved))
    else:
        score = ()
    if ctx.luck is not None:  # luck was drawn: the game's generator moves on
        state.rng = ctx.luck.state
    log = state.log
    seq = len(log)
    if ctx.penalties:
        cause = f"{kind}:{item}"
        for index, deltas in ctx.penalties.items():
            state.citizens[index].penalties.append(
                Penalty(seq=seq, round=state.round, cause=cause, factors=tuple(deltas))
            )
    detail = ctx.detail
    if ctx.detected:
        detail["detected"] = dict(sorted(ctx.detected.items()))
    entry = LogEntry(
        seq,
        state.round,
        kind,
        actor,
        target,
        item,
        tuple(sorted(detail.items())) if detail else (),
        score,
        tuple(ctx.factors),
        tuple(ctx.private),
        secret,
    )
    log.append(entry)
    return entry
