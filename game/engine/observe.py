"""What one seat may see: everything public, its own private life, nobody else's."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .records import Ruleset
from .state import LogEntry, State

PRIVATE_DETAIL: tuple[str, ...] = ("late_payment",)


def citizen_view(state: State, index: int, transparent: bool) -> dict[str, Any]:
    c = state.citizens[index]
    view: dict[str, Any] = {
        "index": index,
        "name": c.name,
        "ref": c.ref,
        "is_player": c.is_player,
        "score": c.score,
        "tier": c.tier,
        "blacklisted": c.blacklisted,
        "critic": c.critic_until >= state.round,
        "friends": list(c.friends),
    }
    if c.ratings:
        view["ratings"] = list(c.ratings)
    if c.platforms:
        view["platforms"] = dict(c.platforms)
    if transparent:
        view["factors"] = dict(c.factors)
        view["factors"]["connections"] = round(c.connections, 1)
    return view


def private_view(state: State, index: int) -> dict[str, Any]:
    c = state.citizens[index]
    return {
        "money": c.money,
        "wellbeing": c.wellbeing,
        "voice": c.voice,
        "goal": c.goal,
        "counters": dict(sorted(c.counters.items())),
        "penalties": [p.to_dict() for p in c.penalties],
        "used_privileges": list(c.used_privileges),
    }


def entry_view(entry: LogEntry, seat: int | None, transparent: bool) -> dict[str, Any] | None:
    """One log entry as `seat` may read it; None if it is someone else's secret.

    seat None is the full record (for the debrief once the game is over).
    """
    if entry.secret and seat is not None and entry.actor != seat:
        return None
    detail = entry.detail_dict()
    if not transparent and seat is not None:
        detail.pop("detected", None)
    if seat is not None and seat != entry.actor:
        # How many coins someone lacked is their own business.
        for key in PRIVATE_DETAIL:
            detail.pop(key, None)
    view: dict[str, Any] = {
        "seq": entry.seq,
        "round": entry.round,
        "kind": entry.kind,
        "actor": entry.actor,
        "target": entry.target,
        "item": entry.item,
        "detail": detail,
        "score": {i: d for i, d in entry.score},
    }
    if transparent or seat is None:
        view["factors"] = [list(f) for f in entry.factors]
    if seat is None:
        view["private"] = [list(p) for p in entry.private]
    else:
        mine: dict[str, int] = {}
        for i, stat, delta in entry.private:
            if i == seat:
                mine[stat] = mine.get(stat, 0) + delta
        view["private"] = mine
    return view


def log_view(
    state: State, seat: int | None, start: int = 0, kinds: Collection[str] | None = None
) -> list[dict[str, Any]]:
    transparent = state.options.transparent or state.phase == "over"
    out = []
    for entry in state.log[start:]:
        if kinds is not None and entry.kind not in kinds:
            continue
        view = entry_view(entry, seat, transparent)
        if view is not None:
            out.append(view)
    return out


def observe(
    ruleset: Ruleset, state: State, seat: int, legal: list[int], *, history: bool = True
) -> dict[str, Any]:
    """The observation of one seat: a plain, JSON-ready dict (its history left empty when
    `history` is False)."""
    transparent = state.options.transparent
    current = state.current_seat()
    rounds = [
        [list(row) if i == seat else [row[0]] for i, row in enumerate(rnd)]
        for rnd in (state.history if history else ())
    ]
    return {
        "seat": seat,
        "ruleset": state.ruleset,
        "options": state.options.to_dict(),
        "round": state.round,
        "rounds": state.rounds,
        "era": state.era,
        "era_id": ruleset.eras[state.era - 1].id,
        "phase": state.phase,
        "current_seat": current,
        "ap_left": state.ap_left if state.phase == "turn" else 0,
        "pending": list(state.pending) if state.pending is not None else None,
        # During ratings: [rater, rated] for the rating asked now (public: the table sees it).
        "rating": list(state.rating_queue[0]) if state.phase == "rating" else None,
        "market": list(state.market),
        "decks": {"purchases": len(state.purchase_deck), "events": len(state.event_deck)},
        "campaigns": [[tag, mult, last] for tag, mult, last in state.campaigns],
        "citizens": [citizen_view(state, i, transparent) for i in range(len(state.citizens))],
        "me": private_view(state, seat),
        "legal_actions": list(legal) if current == seat else [],
        "history": rounds,
    }
