"""The reality check: which of this game's cards rest on a real fact, which exaggerate, which
are satire, with the fact's source; and the plain statement that no single national score exists.
"""

from __future__ import annotations

from typing import Any

from ..engine import Game
from ..i18n import _
from .model import CardUse, RealityCheck
from .texts import text
from .words import card_of

LABEL_ORDER: tuple[str, ...] = ("real", "exaggerated", "satire")
KIND_ORDER: dict[str, int] = {"event": 0, "action": 1, "purchase": 2, "privilege": 3}


def cards_played(game: Game, log: list[dict[str, Any]]) -> list[CardUse]:
    """Every card and verb that came up in this game, once each, with how often."""
    seen: dict[tuple[str, str], tuple[Any, int]] = {}
    for entry in log:
        if entry["kind"] == "offer":
            continue  # the befriend that follows an offer is the card that counts
        found = card_of(game, entry)
        if found is None:
            continue
        kind, record = found
        key = (kind, record.id)
        previous = seen.get(key)
        seen[key] = (record, previous[1] + 1 if previous else 1)
    uses = [
        CardUse(
            kind=kind,
            id=card_id,
            name=_(record.name),
            label=record.label,
            source=_(record.source) if record.source else "",
            times=times,
        )
        for (kind, card_id), (record, times) in seen.items()
    ]
    uses.sort(key=lambda u: (KIND_ORDER.get(u.kind, 9), -u.times, u.name))
    return uses


def reality_check(game: Game, log: list[dict[str, Any]]) -> RealityCheck:
    by_label: dict[str, list[CardUse]] = {label: [] for label in LABEL_ORDER}
    for use in cards_played(game, log):
        by_label.setdefault(use.label, []).append(use)
    return RealityCheck(statement=text("reality_statement"), by_label=by_label)
