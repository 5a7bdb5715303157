"""Undo for human seats: take back the last action of one's own turn, if it revealed nothing.

    if can_undo(game, seat):
        game = undo(game)          # a new Game: the action log replayed without its last action

An action can be taken back only when all of these hold:
  * the seat is a human's, and it is still that seat's own turn (not a friendship answer);
  * the last action was that seat's, taken in this same turn (the turn did not end with it);
  * it revealed nothing hidden: no card came from a deck (buying refills the market), no luck
    was drawn (a detection roll, an appeal, the black market: trying again would show what the
    dice hold), no other seat was asked anything (a friendship offer waits for an answer).
Events are drawn only when a round ends, which is never inside one turn.

Built on the same log as saves and replays: the previous state is the setup replayed with all
actions but the last, so an undo is exactly the game as it was.
"""

from __future__ import annotations

from ..engine import EngineError, Game
from ..i18n import _


class UndoError(EngineError):
    """There is nothing the seat may take back."""


def _before_last(game: Game) -> Game:
    actions = game.state.actions_taken[:-1]
    earlier = Game.replay(game.setup(), actions, game.content)
    # The same lineage as the game it replaces: it is the same game, and the save store keeps
    # saving it in the same slot.
    return Game(game.content, earlier.state, game.rules, game.lineage)


def undo_refusal(game: Game, seat: int) -> str | None:
    """Why `seat` may not undo now, as a sentence; None when it may."""
    s = game.state
    if game.is_over():
        return _("The game is over.")
    if not isinstance(seat, int) or not 0 <= seat < len(s.seats):
        return _("There is no such seat.")
    if s.seats[seat].kind != "human":
        return _("Only a human seat can take an action back.")
    if game.current_seat != seat or s.phase != "turn":
        return _("You can take back an action only during your own turn.")
    if not s.actions_taken:
        return _("Nothing has been played yet.")
    before = _before_last(game)
    b = before.state
    if before.current_seat != seat or b.phase != "turn":
        return _("The last action was not yours.")
    if (b.round, b.turn) != (s.round, s.turn):
        return _("The last action was not taken in this turn.")
    if (
        b.market != s.market
        or b.purchase_deck != s.purchase_deck
        or b.purchase_discard != s.purchase_discard
        or b.event_deck != s.event_deck
    ):
        return _("That action turned up a new card, so it cannot be taken back.")
    if b.rng != s.rng:
        return _("That action was left to chance, so it cannot be taken back.")
    return None


def can_undo(game: Game, seat: int) -> bool:
    """True when `seat` may take back the last action (see the module's rules)."""
    return undo_refusal(game, seat) is None


def undo(game: Game, seat: int | None = None) -> Game:
    """The game as it was before its last action (a new Game; `game` is unchanged).

    `seat` defaults to the seat whose turn it is. Raises UndoError with the reason if the
    action may not be taken back.
    """
    if seat is None:
        seat = game.current_seat if game.current_seat is not None else -1
    reason = undo_refusal(game, seat)
    if reason is not None:
        raise UndoError(reason)
    return _before_last(game)
