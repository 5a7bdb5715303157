"""The cause->effect trail: every change of every player's score, traced to its log entry.

The engine logs each score change with the happening that caused it (game.engine.happen), and
the opening score as a change from zero, so a player's trail adds up to their final score.
What the log does not say is *why* a score moved when the player's own factors did not: that is
the connections factor (guilt by association). To name the friend behind it we rebuild who was
friends with whom at each point, from the setup and the log's befriend/drop/report entries.
"""

from __future__ import annotations

from typing import Any

from ..engine import Game
from ..i18n import _
from ..narrate import citizen_name
from .model import ScoreStep
from .words import cause_text, rule_id, rule_text

FRIENDSHIP_KINDS = ("befriend", "drop", "report")


class FriendBook:
    """Who is friends with whom, replayed entry by entry along the full log."""

    def __init__(self, game: Game) -> None:
        opening = Game.from_setup(game.setup(), game.content)
        self.friends: list[set[int]] = [set(c.friends) for c in opening.state.citizens]

    def apply(self, entry: dict[str, Any]) -> tuple[int, int, bool] | None:
        """Update for one entry; returns (a, b, began) when a friendship began or ended."""
        kind, a, b = entry["kind"], entry["actor"], entry["target"]
        if kind == "befriend":
            self.friends[a].add(b)
            self.friends[b].add(a)
            return a, b, True
        ended = kind == "drop" or (kind == "report" and entry["detail"].get("friendship_ended"))
        if ended:
            self.friends[a].discard(b)
            self.friends[b].discard(a)
            return a, b, False
        return None


def own_factors(entry: dict[str, Any], index: int) -> tuple[tuple[str, int], ...]:
    """One citizen's factor moves in an entry, summed per factor, in the order they happened."""
    totals: dict[str, int] = {}
    for who, factor, delta in entry.get("factors", []):
        if who == index:
            totals[factor] = totals.get(factor, 0) + delta
    return tuple((f, d) for f, d in totals.items() if d)


def connections_reason(
    game: Game,
    entry: dict[str, Any],
    seat: int,
    friends_before: set[int],
    friends_after: set[int],
    change: tuple[int, int, bool] | None,
) -> tuple[str, bool]:
    """Why the connections factor may have moved for `seat` in this entry, in a few words,
    and whether the entry names a cause (a friendship, a friend's move, a new era)."""
    if change is not None and seat in change[:2]:
        other = change[1] if change[0] == seat else change[0]
        if change[2]:
            text = _("connections: new friendship with {name}")
        else:
            text = _("connections: friendship with {name} ended")
        return text.format(name=citizen_name(game, other)), True
    if entry["kind"] == "era":
        return _("connections: from this era on, friends count"), True
    movers = {who for who, _f, _d in entry.get("factors", []) if who != seat}
    moved_friends = sorted(movers & (friends_before | friends_after))
    if moved_friends:
        names = ", ".join(citizen_name(game, f) for f in moved_friends)
        return _("connections: the score of {names} moved").format(names=names), True
    return _("connections: a friend's standing changed"), False


def build_trails(game: Game, log: list[dict[str, Any]]) -> list[list[ScoreStep]]:
    """One trail per seat: every score change, its cause, its rule and the running score."""
    seats = game.num_players
    book = FriendBook(game)
    trails: list[list[ScoreStep]] = [[] for _ in range(seats)]
    running = [0] * seats
    for entry in log:
        before = [set(book.friends[s]) for s in range(seats)]
        change = book.apply(entry)
        for seat, delta in entry["score"].items():
            if seat >= seats or not delta:
                continue
            running[seat] += delta
            factors = own_factors(entry, seat)
            via = False
            connections = ""
            if entry["kind"] != "start":
                reason, named = connections_reason(
                    game, entry, seat, before[seat], book.friends[seat], change
                )
                # With no factor of its own moved, the score can only have moved by connections.
                if named or not factors:
                    via = True
                    connections = reason
            trails[seat].append(
                ScoreStep(
                    seq=entry["seq"],
                    round=entry["round"],
                    kind=entry["kind"],
                    item=entry["item"],
                    actor=entry["actor"],
                    target=entry["target"],
                    delta=delta,
                    running=running[seat],
                    cause=cause_text(game, entry),
                    rule=rule_text(game, entry, factors, connections),
                    rule_id=rule_id(entry),
                    factors=factors,
                    via_connections=via,
                )
            )
    return trails


def top_movers(trail: list[ScoreStep], count: int = 5) -> list[ScoreStep]:
    """The changes that moved a score most, largest first (the opening score is not a move)."""
    moves = [step for step in trail if step.kind != "start"]
    return sorted(moves, key=lambda s: (-abs(s.delta), s.seq))[:count]
