"""Bots with a temperament: they appraise every legal action from the cards and pick the one
their character values most. Fast (no cloning), and recognisable at the table."""

from __future__ import annotations

from typing import NamedTuple

from ..engine import ACCEPT, Game
from ..engine.rng import Rng
from .appraise import TARGET_KINDS, Appraiser, Facts, Outcome, appraisal
from .base import Bot, Decision
from .explain import explain
from .values import TEMPERAMENTS, Judge, Temperament, valuer_for
from .view import SeatView

# A tiny seeded jitter breaks ties, so two bots of one temperament do not play in lockstep.
JITTER = 0.05
# Rounds a bot waits before offering its friendship again to a player who turned it down.
SNUB_MEMORY = 3
# Every player a bot may befriend is appraised (they may say no), not only the best one.
BEFRIEND_PLAYER = TARGET_KINDS[("befriend", True)]


class Valued(NamedTuple):
    """What a decision weighs: each action worth considering, its facts and its value, in the
    order weighed (which breaks exact ties); what it knew to judge; and the decision's salt
    for the jitter (see `worth`)."""

    view: SeatView
    judge: Judge
    actions: list[int]
    facts: list[Facts]
    values: list[float]
    salt: int

    def worth(self, index: int) -> float:
        """An action's value with its jitter: what the bot ranks actions by."""
        return self.values[index] + jitter(self.salt, self.actions[index])

    def worths(self) -> list[float]:
        salt = self.salt
        return [
            value + jitter(salt, action)
            for value, action in zip(self.values, self.actions, strict=True)
        ]

    def best(self) -> int:
        """The index of the action worth most, the first of equals. The jitter adds less than
        JITTER, so an action valued more than twice that below the best value cannot come
        first: only the few near the top are jittered."""
        values, actions, salt = self.values, self.actions, self.salt
        floor = max(values) - 2 * JITTER
        best = -1
        top = 0.0
        for index, value in enumerate(values):
            if value >= floor:
                worth = value + jitter(salt, actions[index])
                if best < 0 or worth > top:
                    best, top = index, worth
        return best


def jitter(salt: int, action: int) -> float:
    """A small seeded tie-breaker per action: one random draw a decision, not one an action.

    It reads bits 7 to 22 of (salt ^ action * 0x9E3779B1) * 0x85EBCA6B; those depend only on
    the low 23 bits of the factors, so it masks them first and multiplies small numbers."""
    mixed = ((salt ^ action * 0x9E3779B1) & 0x7FFFFF) * 0x85EBCA6B
    return JITTER * ((mixed >> 7) & 0xFFFF) / 0x10000


def snubbed_by(game: Game, seat: int, rounds: int, now: int | None = None) -> set[int]:
    """Players who turned down this seat's friendship in the last `rounds` rounds (public log).

    Bots keep no memory between decisions (a resumed game makes them afresh), so they read
    the refusals from the log, and only when they are about to ask someone again: only the
    refusals of the log's last rounds. `now` is the current round, if known."""
    if now is None:
        now = game.glance(seat).round
    start = game.log_start(now - rounds + 1)
    return {
        entry["actor"]
        for entry in game.log_for(seat, start, kinds=("declined",))
        if entry["target"] == seat and now - entry["round"] < rounds
    }


class TemperamentBot(Bot):
    """A heuristic player: the legal action with the best value for its temperament.

    Before offering its friendship to a player again, it looks in the log for a recent refusal
    by that player, and asks someone else instead.
    """

    temperament: Temperament = TEMPERAMENTS["balanced"]

    def __init__(
        self,
        seed: int = 0,
        temperament: Temperament | None = None,
        *,
        memory: bool = True,
    ) -> None:
        super().__init__(seed)
        if temperament is not None:
            self.temperament = temperament
        self.name = self.temperament.name
        self.rng = Rng.from_seed(seed)
        self.appraiser = Appraiser()
        self.valuer = valuer_for(self.temperament)
        self._never = _never_done(self.temperament)
        # Rollouts on imagined worlds (whose log is empty) skip reading refusals.
        self.memory = memory

    def _considered(self, game: Game, view: SeatView) -> tuple[list[int], list[Facts]]:
        """The legal actions worth appraising, with their facts, in the order they are weighed
        (which breaks exact ties)."""
        appraiser = self.appraiser
        table = appraiser.table(game)
        # Targeted acts are alike but for their target: keep the most telling target of each
        # kind (befriend the best-placed neighbour, drop the costliest friend, report the
        # best-placed rival), so a decision appraises a dozen actions, not forty. (Keeping the
        # best two changed about one decision in a thousand, and cost a twentieth more time.)
        # Each kind's (key, action) pairs: the best so far, or every one for befriending a
        # player (they may say no).
        targeted: dict[int, list[tuple[float, int]]] = {}
        look = view.look
        scores = look.scores
        friends = look.friends[view.seat]
        bond = view.bond
        bonds = view.bonds  # bond's own cache, filled here for the valuation to read
        # What bond() looks up first (a bond by what is shown of the citizen and their critic
        # mark), read here: a call for each target costs more.
        critics = look.critics
        shown = view.shown
        known = view.model.bonds
        # Acts this character never does are not worth appraising.
        never = self._never
        actions = []
        facts_of = []
        for action in game.legal_actions():
            facts = table[action] or appraiser.facts(game, action)
            kind = facts.target_kind
            if kind:
                verb = facts.verb
                if verb in never:
                    continue
                target = facts.target
                if verb == "report":
                    key = float(scores[target])
                else:
                    key = known.get((shown[target], critics[target]))
                    if key is None:
                        key = bond(target)
                    else:
                        bonds[target] = key
                    if verb != "befriend":
                        key = -key
                # Alike: the same kind of act, at a friend or not.
                alike = 2 * kind + (target in friends)
                keyed = targeted.get(alike)
                if keyed is None:
                    targeted[alike] = [(key, action)]
                elif kind == BEFRIEND_PLAYER:
                    keyed.append((key, action))
                elif (key, action) > keyed[0]:
                    keyed[0] = (key, action)
                continue
            actions.append(action)
            facts_of.append(facts)
        for keyed in targeted.values():
            # Best first; most kinds keep one target, and then there is nothing to sort.
            for _key, action in sorted(keyed, reverse=True) if len(keyed) > 1 else keyed:
                actions.append(action)
                facts_of.append(table[action])  # type: ignore[arg-type]  # read above
        return actions, facts_of

    def _valued(self, game: Game, seat: int) -> Valued:
        """Every action worth considering, its facts and its value, in the order weighed."""
        view = SeatView(game, seat)
        judge = self.valuer.judge(view)
        salt = self.rng.next_u64()
        actions, facts = self._considered(game, view)
        return Valued(view, judge, actions, facts, judge.choice_values(facts), salt)

    def rank(self, game: Game, seat: int) -> list[tuple[float, int]]:
        """Every action worth considering with its value, best first (the search bot's priors)."""
        valued = self._valued(game, seat)
        ranked = zip(valued.worths(), valued.actions, strict=True)
        return sorted(ranked, key=lambda item: -item[0])

    def best(self, game: Game, seat: int) -> tuple[SeatView, Judge, int, Facts]:
        """The action this temperament values most now, with what it knew to judge it."""
        valued = self._valued(game, seat)
        view, facts = valued.view, valued.facts
        best = valued.best()
        chosen = facts[best]
        if self.memory and chosen.verb == "befriend" and chosen.target < view.players:
            refused = snubbed_by(game, seat, SNUB_MEMORY, view.round)
            if chosen.target in refused:
                best = max(
                    (
                        i
                        for i, f in enumerate(facts)
                        if not (f.verb == "befriend" and f.target in refused)
                    ),
                    key=valued.worth,
                )
        return view, valued.judge, valued.actions[best], facts[best]

    def pick(self, game: Game, seat: int) -> int:
        """The chosen action alone, without words (for simulations and search rollouts)."""
        return self.best(game, seat)[2]

    def choose(self, game: Game, seat: int) -> Decision:
        view, judge, action, facts = self.best(game, seat)
        outcome = Outcome(action, facts, *appraisal(view, facts))
        declined = None
        if outcome.verb == "decline":
            declined = self.appraiser.appraise(game, view, ACCEPT)
        reason = explain(game, view, outcome, judge.breakdown(outcome), declined)
        return Decision(outcome.action, reason)


def _never_done(t: Temperament) -> set[str]:
    """The targeted verbs a temperament never uses."""
    return {verb for verb, does in (("report", t.reports), ("drop", t.drops_friends)) if not does}


def temperament_bot(kind: str) -> type[TemperamentBot]:
    """A bot class for a named temperament (conformist, dissident, loyal, ...)."""
    temperament = TEMPERAMENTS[kind]
    return type(f"{kind.title()}Bot", (TemperamentBot,), {"temperament": temperament, "name": kind})
