"""A seat's belief about the other players' private lives, inferred from the public log only.

Money, wellbeing and voice are private, but the acts that move them are public: the log shows
who worked, bought, criticised, befriended or was hit by an event, and the cards say what those
do. So a careful player can keep a rough tally of everyone's life. The search bot writes these
guesses into its determinised copies (which otherwise start every rival from scratch). It reads
`game.log_for(seat)` and the public cards, never another seat's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..engine import Game
from ..engine.records import Effect, Ruleset


@dataclass(slots=True)
class Guess:
    """What one seat believes about another player's private stats."""

    money: int
    wellbeing: int
    voice: int
    friends: int
    counters: dict[str, int] = field(default_factory=dict)
    used: list[str] = field(default_factory=list)  # privileges used in round `used_round`
    used_round: int = 0


class Belief:
    """A running tally per other player, brought up to date from the log at each decision."""

    def __init__(self, game: Game, seat: int) -> None:
        self.seat = seat
        r = game.ruleset
        self.ruleset: Ruleset = r
        players = game.num_players
        self.guesses = {
            p: Guess(r.start_money, r.start_wellbeing, r.start_voice, r.start_neighbour_friends)
            for p in range(players)
            if p != seat
        }
        self.players = players
        self.read = 0  # log entries already read (as this seat sees the log)
        self.blacklisted: set[int] = set()

    def update(self, game: Game) -> dict[int, Guess]:
        # `start` and `seq` both count entries of the full log, secret ones included.
        for entry in game.log_for(self.seat, self.read):
            self._read(game, entry)
            self.read = entry["seq"] + 1
        return self.guesses

    def _read(self, game: Game, e: dict[str, Any]) -> None:
        kind = e["kind"]
        actor, target, item = e["actor"], e["target"], e["item"]
        content = game.content
        r = self.ruleset
        if kind == "action" and item in content.actions:
            self._apply(actor, content.actions[item].effects)
        elif kind == "buy" and item in content.purchases:
            card = content.purchases[item]
            self._move(actor, "money", -card.cost)
            self._apply(actor, card.effects)
        elif kind == "privilege" and item in content.privileges:
            priv = content.privileges[item]
            self._move(actor, "money", -priv.money)
            self._apply(actor, priv.effects)
            guess = self.guesses.get(actor)
            if guess is not None:
                if guess.used_round != e["round"]:
                    guess.used, guess.used_round = [], e["round"]
                guess.used.append(item)
        elif kind == "befriend" and "befriend" in content.actions:
            effects = content.actions["befriend"].effects
            self._apply(actor, effects)
            self._friends(actor, 1)
            if target < self.players:
                self._apply(target, effects)
                self._friends(target, 1)
        elif kind == "drop" and "drop" in content.actions:
            action = content.actions["drop"]
            self._apply(actor, action.effects)
            self._apply(target, action.target_effects)
            self._friends(actor, -1)
            self._friends(target, -1)
        elif kind == "report" and "report" in content.actions:
            self._apply(actor, content.actions["report"].effects)
            if e["detail"].get("friendship_ended"):
                self._friends(actor, -1)
                self._friends(target, -1)
        elif kind == "appeal":
            self._move(actor, "money", -r.appeal_money)
            self._count(actor, "appealed", 1)
        elif kind == "black_market":
            self._move(actor, "money", -r.black_market_money)
            self._count(actor, "hacked", 1)
            if e["detail"].get("blacklisted"):
                self._list(actor, True)
        elif kind == "event" and item in content.events and target >= 0:
            self._apply(target, content.events[item].effects)
            if e["detail"].get("blacklisted"):
                self._list(target, True)
        elif kind == "upkeep":
            self._upkeep(actor)
        elif kind == "blacklisted":
            self._list(actor, True)
        elif kind == "blacklist_left":
            self.blacklisted.discard(actor)

    def _upkeep(self, index: int) -> None:
        guess = self.guesses.get(index)
        if guess is None:
            return
        r = self.ruleset
        self._move(index, "money", -r.living_cost)
        if guess.friends > 0:
            gain = min(r.max_friend_wellbeing, r.friend_wellbeing * guess.friends)
        else:
            gain = r.lonely_wellbeing
        if index in self.blacklisted:
            gain += r.blacklist_wellbeing + r.shaming_wellbeing
        self._move(index, "wellbeing", gain)

    def _apply(self, index: int, effects: tuple[Effect, ...]) -> None:
        if index not in self.guesses:
            return
        for effect in effects:
            if effect.op == "stat":
                self._move(index, effect.stat, effect.amount)
            elif effect.op == "count":
                self._count(index, effect.counter, effect.amount)

    def _move(self, index: int, stat: str, amount: int) -> None:
        guess = self.guesses.get(index)
        if guess is None:
            return
        r = self.ruleset
        limit = {"money": r.money_max, "wellbeing": r.wellbeing_max, "voice": r.voice_max}[stat]
        setattr(guess, stat, max(0, min(limit, getattr(guess, stat) + amount)))

    def _count(self, index: int, counter: str, amount: int) -> None:
        guess = self.guesses.get(index)
        if guess is not None:
            guess.counters[counter] = guess.counters.get(counter, 0) + amount

    def _friends(self, index: int, delta: int) -> None:
        guess = self.guesses.get(index)
        if guess is not None:
            guess.friends = max(0, guess.friends + delta)

    def _list(self, index: int, listed: bool) -> None:
        if listed and index not in self.blacklisted:
            self.blacklisted.add(index)
            self._count(index, "blacklisted", 1)
