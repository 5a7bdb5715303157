"""Bots with a temperament: they appraise every legal action from the cards and pick the one
their character values most. Fast (no cloning), and recognisable at the table."""

from __future__ import annotations

from operator import itemgetter

from ..engine import ACCEPT, Game
from ..engine.rng import Rng
from .appraise import Appraiser, Outcome
from .base import Bot, Decision
from .explain import explain
from .values import TEMPERAMENTS, Judge, Temperament, Valuer
from .view import SeatView

# A tiny seeded jitter breaks ties, so two bots of one temperament do not play in lockstep.
JITTER = 0.05
# Targets appraised for each kind of targeted act (befriend a neighbour, drop, report).
TARGETS_KEPT = 2
# Rounds a bot waits before offering its friendship again to a player who turned it down.
SNUB_MEMORY = 3
# Verbs aimed at one other citizen: many alike actions, of which few are appraised.
TARGETED_VERBS = frozenset(("befriend", "drop", "report"))


def jitter(salt: int, action: int) -> float:
    """A small seeded tie-breaker per action: one random draw a decision, not one an action."""
    return JITTER * (((salt ^ (action * 0x9E3779B1)) * 0x85EBCA6B >> 7) & 0xFFFF) / 0x10000


def snubbed_by(game: Game, seat: int, rounds: int, now: int | None = None) -> set[int]:
    """Players who turned down this seat's friendship in the last `rounds` rounds (public log).

    Bots keep no memory between decisions (a resumed game makes them afresh), so they read
    the refusals from the log, and only when they are about to ask someone again: only the
    log's last rounds, from where they begin. `now` is the current round, if known."""
    if now is None:
        now = game.observe(seat, brief=True)["round"]
    start = game.log_start(now - rounds + 1)
    return {
        entry["actor"]
        for entry in game.log_for(seat, start)
        if entry["kind"] == "declined" and entry["target"] == seat and now - entry["round"] < rounds
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
        imagined: bool = False,
    ) -> None:
        super().__init__(seed)
        if temperament is not None:
            self.temperament = temperament
        self.name = self.temperament.name
        self.rng = Rng.from_seed(seed)
        self.appraiser = Appraiser()
        self.valuer = Valuer(self.temperament)
        # Rollouts on imagined worlds (whose log is empty) skip reading refusals.
        self.memory = memory
        # Only a search bot's rollout policy plays imagined worlds, and reads them directly.
        self.imagined = imagined

    def _appraise_all(self, game: Game, seat: int) -> tuple[SeatView, Judge, list[Outcome]]:
        view = SeatView.imagined(game, seat) if self.imagined else SeatView(game, seat)
        judge = self.valuer.judge(view)
        t = self.temperament
        outcomes = []
        appraiser = self.appraiser
        appraise = appraiser.appraise
        table = appraiser.table(game)
        # Targeted acts are alike but for their target: keep the two most telling targets of
        # each kind (befriend the best-placed neighbour, drop the costliest friend, report the
        # best-placed rival), so a decision appraises a dozen actions, not forty.
        targeted: dict[tuple[str, bool, bool], list[tuple[float, int]]] = {}
        friends = view.me.friends
        citizens = view.citizens
        # Acts this character never does are not worth appraising.
        never = _never_done(t)
        for action in game.legal_actions():
            facts = table.get(action) or appraiser.facts(game, action)
            verb = facts.verb
            if verb in TARGETED_VERBS:
                if verb in never:
                    continue
                other = citizens[facts.target]
                if verb == "report":
                    key = float(other.score)
                else:
                    key = other.bond if verb == "befriend" else -other.bond
                group = (verb, other.is_player, facts.target in friends)
                keyed = targeted.get(group)
                if keyed is None:
                    keyed = targeted[group] = []
                keyed.append((key, action))
                continue
            outcomes.append(appraise(game, view, action, facts))
        for group, keyed in targeted.items():
            keep = len(keyed) if group[0] == "befriend" and group[1] else TARGETS_KEPT
            for _key, action in sorted(keyed, reverse=True)[:keep]:
                outcomes.append(appraise(game, view, action, table[action]))
        return view, judge, outcomes

    def rank(self, game: Game, seat: int) -> list[tuple[float, Outcome]]:
        """Every action worth considering with its value, best first (the search bot's priors)."""
        _view, judge, outcomes = self._appraise_all(game, seat)
        salt = self.rng.next_u64()
        worth = judge.worth
        ranked = [(worth(o) + jitter(salt, o.action), o) for o in outcomes]
        ranked.sort(key=lambda item: -item[0])
        return ranked

    def best(self, game: Game, seat: int) -> tuple[SeatView, Judge, Outcome]:
        """The action this temperament values most now, with what it knew to judge it."""
        view, judge, outcomes = self._appraise_all(game, seat)
        salt = self.rng.next_u64()
        worth = judge.worth
        valued = [(worth(o) + jitter(salt, o.action), o) for o in outcomes]
        best_value, best = valued[0]
        for item in valued:
            if item[0] > best_value:  # the first of equals, as max() picks
                best_value, best = item
        facts = best.facts
        if self.memory and facts.verb == "befriend" and view.citizens[facts.target].is_player:
            refused = snubbed_by(game, seat, SNUB_MEMORY, view.round)
            if facts.target in refused:
                best_value, best = max(
                    (
                        item
                        for item in valued
                        if not (item[1].verb == "befriend" and item[1].target in refused)
                    ),
                    key=itemgetter(0),
                )
        return view, judge, best

    def pick(self, game: Game, seat: int) -> int:
        """The chosen action alone, without words (for simulations and search rollouts)."""
        return self.best(game, seat)[2].action

    def choose(self, game: Game, seat: int) -> Decision:
        view, judge, outcome = self.best(game, seat)
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
