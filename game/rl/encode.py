"""One seat's observation as a fixed-size vector of numbers in [0, 1], for learning agents.

Built only from `game.observe(seat)` (what that seat may see), so an agent trained on it never
reads another player's private life. The layout depends on the content, the ruleset and the number
of seats, never on the state: every observation of one game has the same length, and `names`
says what each number means.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from ..engine import Content, Game
from ..engine.loader import ENGINE_COUNTERS
from ..engine.records import FACTORS, SWITCHES
from ..engine.state import PHASES

TIERS = 5
COUNTER_CAP = 5        # counters and penalties are read up to this many, then saturate
MARKET_CAP = 2         # copies of one card in the market


def counters_of(content: Content) -> list[str]:
    """Every life counter a card can raise, and those the engine keeps itself."""
    names = set(ENGINE_COUNTERS)
    for table in (
        content.actions,
        content.purchases,
        content.events,
        content.privileges,
    ):
        for entry in table.values():
            for attr in ("effects", "target_effects"):
                for effect in getattr(entry, attr, ()):
                    if effect.op == "count":
                        names.add(effect.counter)
    return sorted(names)


def _clip(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


class ObservationEncoder:
    """Turns observations of one game set-up (content, ruleset, seats) into float32 vectors."""

    def __init__(self, game: Game) -> None:
        content = game.content
        ruleset = game.ruleset
        self.players = game.num_players
        self.citizens = self.players + len(content.neighbours)
        self.goals = list(content.goals)
        self.counters = counters_of(content)
        self.privileges = list(content.privileges)
        self.purchases = list(content.purchases)
        self.tags = sorted({t for p in content.purchases.values() for t in p.tags})
        self.platforms = [(p.id, p.min, p.max) for p in ruleset.platforms]
        self.score_min, self.score_max = ruleset.score_min, ruleset.score_max
        self.ratings_window = ruleset.ratings.window if ruleset.ratings is not None else 0
        self.action_points = ruleset.action_points
        self.limits = {
            "money": ruleset.money_max,
            "wellbeing": ruleset.wellbeing_max,
            "voice": ruleset.voice_max,
        }
        self.deck_sizes = (
            max(1, sum(p.copies for p in content.purchases.values())),
            max(1, sum(e.weight for e in content.events.values())),
        )
        self.names = list(self._layout())
        self.size = len(self.names)

    # -- the layout: one name per number, in order -----------------------------------------------

    def _layout(self) -> Iterator[str]:
        yield "progress"
        yield from (f"era_{i}" for i in (1, 2, 3))
        yield from (f"phase_{p}" for p in PHASES)
        yield "my_decision"
        yield "ap_left"
        for role in ("me", "current", "proposer", "rated"):
            yield from (f"{role}_is_p{i}" for i in range(self.players))
        yield from (f"switch_{s}" for s in SWITCHES)
        yield from ("money", "wellbeing", "voice", "appealable_penalties")
        yield from (f"goal_{g}" for g in self.goals)
        yield from (f"counter_{c}" for c in self.counters)
        yield from (f"used_{p}" for p in self.privileges)
        for i in range(self.citizens):
            yield f"c{i}_score"
            yield from (f"c{i}_tier_{t}" for t in range(1, TIERS + 1))
            yield from (f"c{i}_{k}" for k in ("blacklisted", "critic", "my_friend", "friends"))
            yield from (f"c{i}_factor_{f}" for f in FACTORS)
            yield from (f"c{i}_platform_{p}" for p, _, _ in self.platforms)
            if self.ratings_window:
                yield from (f"c{i}_ratings", f"c{i}_last_rating")
        yield from (f"market_{p}" for p in self.purchases)
        yield from (f"campaign_{t}" for t in self.tags)
        yield from ("deck_purchases", "deck_events")

    # -- encoding --------------------------------------------------------------------------------

    def encode(self, obs: dict[str, Any]) -> np.ndarray:
        """The vector for one observation (a dict from `Game.observe`)."""
        out: list[float] = []
        add = out.append
        seat = obs["seat"]
        add(_clip((obs["round"] - 1) / max(1, obs["rounds"])))
        out.extend(1.0 if obs["era"] == i else 0.0 for i in (1, 2, 3))
        out.extend(1.0 if obs["phase"] == p else 0.0 for p in PHASES)
        add(1.0 if obs["current_seat"] == seat else 0.0)
        add(_clip(obs["ap_left"] / self.action_points))
        pending = obs.get("pending")
        proposer = pending[0] if pending else -1
        rated = obs.get("rated", -1)
        for who in (seat, obs["current_seat"], proposer, rated):
            out.extend(1.0 if who == i else 0.0 for i in range(self.players))
        options = obs["options"]
        out.extend(1.0 if options[s] else 0.0 for s in SWITCHES)

        me = obs["me"]
        for stat in ("money", "wellbeing", "voice"):
            add(_clip(me[stat] / self.limits[stat]))
        appealable = sum(1 for p in me["penalties"] if p.get("appealable"))
        add(min(appealable, COUNTER_CAP) / COUNTER_CAP)
        out.extend(1.0 if me["goal"] == g else 0.0 for g in self.goals)
        counters = me["counters"]
        out.extend(min(counters.get(c, 0), COUNTER_CAP) / COUNTER_CAP for c in self.counters)
        used = set(me["used_privileges"])
        out.extend(1.0 if p in used else 0.0 for p in self.privileges)

        span = max(1, self.score_max - self.score_min)
        my_friends = set(obs["citizens"][seat]["friends"])
        for citizen in obs["citizens"][: self.citizens]:
            add(_clip((citizen["score"] - self.score_min) / span))
            out.extend(1.0 if citizen["tier"] == t else 0.0 for t in range(1, TIERS + 1))
            add(1.0 if citizen["blacklisted"] else 0.0)
            add(1.0 if citizen["critic"] else 0.0)
            add(1.0 if citizen["index"] in my_friends else 0.0)
            add(_clip(len(citizen["friends"]) / max(1, self.citizens - 1)))
            factors = citizen.get("factors", {})   # only in transparent mode
            out.extend(_clip(factors.get(f, 0.0) / 100.0) for f in FACTORS)
            platforms = citizen.get("platforms", {})
            for platform, low, high in self.platforms:
                value = platforms.get(platform, low)
                add(_clip((value - low) / max(1, high - low)))
            if self.ratings_window:
                stars = citizen.get("ratings", [])
                add(min(len(stars), self.ratings_window) / self.ratings_window)
                add(stars[-1] / 5.0 if stars else 0.0)

        market = obs["market"]
        out.extend(min(market.count(p), MARKET_CAP) / MARKET_CAP for p in self.purchases)
        active = {tag for tag, _, _ in obs["campaigns"]}
        out.extend(1.0 if t in active else 0.0 for t in self.tags)
        decks = obs["decks"]
        add(_clip(decks["purchases"] / self.deck_sizes[0]))
        add(_clip(decks["events"] / self.deck_sizes[1]))
        vector = np.asarray(out, dtype=np.float32)
        assert vector.shape == (self.size,), "the observation layout and its encoding disagree"
        return vector
