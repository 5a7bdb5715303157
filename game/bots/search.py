"""The search bot: information-set Monte Carlo tree search over determinised copies of the game.

Each iteration imagines one world the seat cannot tell apart from the real one
(`game.determinize`: rivals' goals, the decks and the luck to come resampled; rivals' private
stats set to the seat's guesses from the public log), walks a tree of the seat's own moves for
the rest of its turn (UCB1, children limited to the balanced bot's best few), then plays the
world forward with the balanced bot for every seat up to a horizon and scores how the seat's
life compares with its rivals'. The budget is a number of iterations, so the same seed makes
the same choice on any machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..engine import Game
from ..engine.rng import Rng
from ..i18n import fmt_percent, ngettext
from .appraise import Outcome
from .base import Bot, Decision
from .belief import Belief, Guess
from .explain import explain
from .temperament import TemperamentBot
from .values import TEMPERAMENTS, Breakdown, Valuer, valuer_for
from .view import SeatView


@dataclass(frozen=True, slots=True)
class Budget:
    iterations: int  # imagined worlds per decision
    width: int  # moves considered at each node (the rollout policy's best few)
    horizon: int  # rounds played forward after the current one before judging
    exploration: float = 0.6


STRENGTHS: dict[str, Budget] = {
    "easy": Budget(iterations=12, width=3, horizon=0),
    "normal": Budget(iterations=48, width=5, horizon=0),
    "hard": Budget(iterations=160, width=7, horizon=1),
}
# How many life points ahead of the best rival count as a near-certain win.
WIN_SCALE = 6.0


@dataclass(slots=True)
class Node:
    visits: int = 0
    total: float = 0.0
    children: dict[int, Node] | None = None
    order: list[int] = field(default_factory=list)  # children by prior, best first


class SearchBot(Bot):
    """Plans its turn by imagining many futures; `strength` is easy, normal or hard."""

    def __init__(self, seed: int = 0, strength: str = "normal") -> None:
        super().__init__(seed)
        if strength not in STRENGTHS:
            raise ValueError(f"unknown strength '{strength}' (choose from: {', '.join(STRENGTHS)})")
        self.strength = strength
        self.budget = STRENGTHS[strength]
        self.name = f"search:{strength}"
        self.rng = Rng.from_seed(seed)
        # The rollout policy plays many imagined worlds, so it keeps no memory between calls.
        self.policy = TemperamentBot(seed ^ 0x5EA4C4, TEMPERAMENTS["balanced"], memory=False)
        self.advisor = TemperamentBot(seed ^ 0xAD, TEMPERAMENTS["balanced"], memory=False)
        self.judge = valuer_for(TEMPERAMENTS["balanced"])
        self._belief: Belief | None = None
        self._belief_key: tuple[int, int, str] = (0, 0, "")

    # -- deciding -------------------------------------------------------------------------------

    def choose(self, game: Game, seat: int) -> Decision:
        action, visits, mean = self._search(game, seat)
        view, outcome, breakdown = self._appraisal(game, seat, action)
        motive = explain(game, view, outcome, breakdown)
        if visits:
            # mean: how far ahead the seat came out, 0-1, over the futures that tried this move.
            return Decision(
                action,
                ngettext(
                    "{motive} (ahead in {p} of {n} imagined future)",
                    "{motive} (ahead in {p} of {n} imagined futures)",
                    visits,
                ).format(motive=motive, n=visits, p=fmt_percent(mean)),
            )
        return Decision(action, motive)

    def pick(self, game: Game, seat: int) -> int:
        return self._search(game, seat)[0]

    def _appraisal(self, game: Game, seat: int, action: int) -> tuple[SeatView, Outcome, Breakdown]:
        view = SeatView(game, seat)
        outcome = self.advisor.appraiser.appraise(game, view, action)
        return view, outcome, self.advisor.valuer.judge(view).breakdown(outcome)

    def _search(self, game: Game, seat: int) -> tuple[int, int, float]:
        legal = game.legal_actions()
        if len(legal) == 1:
            return legal[0], 0, 0.0
        guesses = self._guesses(game, seat)
        root = Node()
        # The root is the real game: its moves are ranked from the seat's observation only.
        self._expand(root, game, seat, self.advisor)
        if len(root.order) == 1:
            return root.order[0], 0, 0.0
        for _iteration in range(self.budget.iterations):
            world = game.determinize(seat, self.rng.next_u64() >> 1)
            imagine(world, seat, guesses)
            self._iterate(root, world, seat)
        assert root.children is not None
        best = max(
            root.order,
            key=lambda a: (root.children[a].visits, root.children[a].total),  # type: ignore[index]
        )
        node = root.children[best]
        return best, node.visits, node.total / max(1, node.visits)

    def _guesses(self, game: Game, seat: int) -> dict[int, Guess]:
        key = (id(game), seat, str(game.setup()))
        if self._belief is None or self._belief_key != key:
            self._belief = Belief(game, seat)
            self._belief_key = key
        return self._belief.update(game)

    # -- the tree -------------------------------------------------------------------------------

    def _expand(self, node: Node, world: Game, seat: int, ranker: TemperamentBot) -> None:
        ranked = ranker.rank(world, seat)
        node.order = [action for _, action in ranked[: self.budget.width]]
        node.children = {action: Node() for action in node.order}

    def _iterate(self, root: Node, world: Game, seat: int) -> None:
        path = [root]
        node = root
        while world.current_seat == seat and not world.is_over():
            if node.children is None:
                self._expand(node, world, seat, self.policy)
            assert node.children is not None
            legal = set(world.legal_actions())
            options = [a for a in node.order if a in legal]
            if not options:
                break
            action = self._select(node, options)
            world.apply(action)
            node = node.children[action]
            path.append(node)
            if node.visits == 0:
                break
        value = self._rollout(world, seat)
        for visited in path:
            visited.visits += 1
            visited.total += value

    def _select(self, node: Node, options: list[int]) -> int:
        assert node.children is not None
        for action in options:
            if node.children[action].visits == 0:
                return action
        log_n = math.log(sum(node.children[a].visits for a in options))
        c = self.budget.exploration

        def ucb(action: int) -> float:
            child = node.children[action]  # type: ignore[index]
            return child.total / child.visits + c * math.sqrt(log_n / child.visits)

        return max(options, key=ucb)

    # -- playing forward and judging -------------------------------------------------------------

    def _rollout(self, world: Game, seat: int) -> float:
        last_round = world.state.round + self.budget.horizon
        # The world is the seat's own imagined copy, so reading its clock is no peeking.
        while not world.is_over() and world.state.round <= last_round:
            actor = world.current_seat
            assert actor is not None
            world.apply(self.policy.pick(world, actor))
        return self._judge(world, seat)

    def _judge(self, world: Game, seat: int) -> float:
        if world.is_over():
            results = world.results()
            winners = [r.seat for r in results if r.winner]
            return 1.0 / len(winners) if seat in winners else 0.0
        mine = 0.0
        best_other = -math.inf
        for player in range(world.num_players):
            estimate = life_estimate(self.judge, SeatView(world, player))
            if player == seat:
                mine = estimate
            else:
                best_other = max(best_other, estimate)
        return 1.0 / (1.0 + math.exp(-(mine - best_other) / WIN_SCALE))


def life_estimate(valuer: Valuer, view: SeatView) -> float:
    """Roughly the life points this citizen will have at the review, from where it stands."""
    parts = valuer.judge(view).base
    return sum(v for k, v in parts.items() if k != "score")


def imagine(world: Game, seat: int, guesses: dict[int, Guess]) -> None:
    """Finish a determinised copy: rivals' private stats are the seat's guesses, and in opaque
    mode nobody's factors are known, so each citizen's are set evenly to match the public score.
    Only the copy is changed; it is the seat's own imagination."""
    state = world.state
    for player, guess in guesses.items():
        citizen = state.citizens[player]
        citizen.money = guess.money
        citizen.wellbeing = guess.wellbeing
        citizen.voice = guess.voice
        citizen.counters = dict(guess.counters)
        citizen.used_privileges = list(guess.used) if guess.used_round == state.round else []
    if not state.options.transparent:
        view = SeatView(world, seat)
        for index, citizen in enumerate(state.citizens):
            level = max(0, min(100, round(view.level(index))))
            for factor in citizen.factors:
                citizen.factors[factor] = level
