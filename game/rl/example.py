"""An agent that learns to live in the city, trained by REINFORCE against the game's bots.

    python -m game.rl.example --minutes 2
    python -m game.rl.example --scenario nosedive --opponents loyal --minutes 1

The learner sits in seat 0 of the PettingZoo environment (game.rl.env); the other seats are the
game's bots. At each decision it scores every legal action (the environment's action mask) with
a linear function of a few features: the action's verb, its price as a player sees it before
choosing (Game.price: money, wellbeing, voice, score), the stars it gives when it rates, and how
far the game has gone (from the observation vector). A softmax over those scores is the policy;
after each game, REINFORCE moves the weights towards the choices of games that ended with more
life points than usual. Then it plays evaluation games and prints its win rate beside that of a
random player in the same seat on the same games. NumPy on one CPU core.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass

import numpy as np

from ..bots import Bot, make_bot
from ..engine import EngineError, Game, list_scenarios
from ..i18n import _
from .env import default_ruleset, env

VERBS: tuple[str, ...] = (
    "end_turn", "accept", "decline", "rate", "self", "buy", "use",
    "befriend", "drop", "report", "appeal", "black_market",
)
PRICED = frozenset({"self", "buy", "use", "befriend", "drop", "report", "appeal", "black_market"})
FEATURES = 10 + len(VERBS)

Trace = list[tuple[np.ndarray, np.ndarray, int]]   # (features of each legal action, p, choice)


def action_features(game: Game, seat: int, action: int, progress: float) -> np.ndarray:
    """What the learner knows about one legal action, as numbers of about -1 to 1."""
    spec = game.action_spec(action)
    me = game.state.citizens[seat]
    r = game.ruleset
    f = np.zeros(FEATURES)
    if spec.verb in PRICED:
        price = game.price(action)
        score = (price.score or 0) / max(1, r.score_max - r.score_min) * 10
        f[0] = price.money / 5
        f[1] = price.wellbeing / 5 * (1 - me.wellbeing / r.wellbeing_max)  # worth less near the cap
        f[2] = price.voice / 5 * (1 - me.voice / r.voice_max)
        f[3] = score
        f[4] = price.money / 5 * progress         # late in the game, coins matter less
        f[5] = score * progress
    f[6] = 1.0 if spec.verb == "befriend" and spec.target < game.num_players else 0.0
    f[7] = int(spec.item) / 5 if spec.verb == "rate" else 0.0
    f[8] = me.money / 20
    f[9] = progress
    f[10 + VERBS.index(spec.verb)] = 1.0
    return f


@dataclass
class FeaturePolicy:
    """Softmax over the legal actions of a linear score of their features."""

    theta: np.ndarray

    def choose(self, features: np.ndarray, rng: np.random.Generator) -> tuple[int, np.ndarray]:
        z = features @ self.theta
        p = np.exp(z - z.max())
        p /= p.sum()
        return int(rng.choice(len(p), p=p)), p

    def update(self, trace: Trace, advantage: float, rate: float) -> None:
        """One REINFORCE step: choices of a better-than-usual game become more likely."""
        for features, p, choice in trace:
            self.theta += rate * advantage * (features[choice] - p @ features)


@dataclass
class Outcome:
    won: bool
    life_share: float


def play(environment, policy: FeaturePolicy | None, bots: list[Bot], seed: int,  # type: ignore[no-untyped-def]
         rng: np.random.Generator, trace: Trace | None = None) -> Outcome:
    """One game: the learner (or, with policy None, a random player) in seat 0, bots elsewhere."""
    environment.reset(seed=seed)
    raw = environment.unwrapped
    game = raw.game
    for agent in environment.agent_iter():
        obs, _reward, terminated, truncated, _info = environment.last()
        if terminated or truncated:
            environment.step(None)
            continue
        seat = raw.agent_seat[agent]
        if seat != 0:
            environment.step(bots[seat].pick(game, seat))
            continue
        legal = np.flatnonzero(obs["action_mask"])
        if policy is None:
            environment.step(int(rng.choice(legal)))
            continue
        progress = float(obs["observation"][0])
        features = np.array([action_features(game, 0, int(a), progress) for a in legal])
        choice, p = policy.choose(features, rng)
        if trace is not None:
            trace.append((features, p, choice))
        environment.step(int(legal[choice]))
    result = game.results()[0]
    return Outcome(result.winner, result.life_points / max(1, game.life_bounds()[1]))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m game.rl.example", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=0.5,
                        help="training time in minutes (default: 0.5)")
    parser.add_argument("--eval-games", type=int, default=100,
                        help="evaluation games after training (default: 100)")
    parser.add_argument("--players", type=int, default=4, help="seats, 2 to 6 (default: 4)")
    parser.add_argument("--opponents", default="balanced",
                        help="bot kind in the other seats (default: balanced)")
    parser.add_argument("--ruleset", default=None, help="ruleset id (default: the pack's own)")
    parser.add_argument("--scenario", choices=list_scenarios(), default=None)
    parser.add_argument("--pack", dest="packs", action="append", default=[], metavar="PATH")
    parser.add_argument("--rate", type=float, default=0.5, help="learning rate (default: 0.5)")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.minutes < 0 or args.eval_games < 1 or not 2 <= args.players <= 6:
        print(_("--minutes must be 0 or more, --eval-games 1 or more, --players 2 to 6"),
              file=sys.stderr)
        return 2
    packs = ([args.scenario] if args.scenario else []) + list(args.packs)
    try:
        environment = env(ruleset=args.ruleset or default_ruleset(packs), packs=packs,
                          players=args.players, reward="life")
        bots = [make_bot(args.opponents, seed=args.seed * 10 + s) for s in range(args.players)]
    except (EngineError, ValueError) as exc:
        print(f"game.rl.example: {exc}", file=sys.stderr)
        return 2
    policy = FeaturePolicy(np.zeros(FEATURES))
    rng = np.random.default_rng(args.seed)

    # Training: one REINFORCE update per game, against a running mean of the life share.
    deadline = time.monotonic() + args.minutes * 60.0
    baseline, games, wins = 0.0, 0, 0
    while time.monotonic() < deadline:
        trace: Trace = []
        outcome = play(environment, policy, bots, 1_000_000 + games, rng, trace)
        policy.update(trace, outcome.life_share - baseline, args.rate)
        baseline += 0.05 * (outcome.life_share - baseline)
        games += 1
        wins += outcome.won
    print(_("Trained for {minutes} min: {games} games, {rate:.1%} won while learning.").format(
        minutes=args.minutes, games=games, rate=wins / games if games else 0.0))

    # Evaluation: the same seeds for the learner and for a random player in its seat.
    learned = [play(environment, policy, bots, seed, rng) for seed in range(args.eval_games)]
    random_play = [play(environment, None, bots, seed, rng) for seed in range(args.eval_games)]
    for label, outcomes in ((_("learner"), learned), (_("random"), random_play)):
        rate = sum(o.won for o in outcomes) / len(outcomes)
        life = sum(o.life_share for o in outcomes) / len(outcomes)
        print(_("{who:8} win rate {rate:6.1%}  mean life share {life:.3f}  ({n} games vs {bots})")
              .format(who=label, rate=rate, life=life, n=len(outcomes), bots=args.opponents))
    print(_("An even share would be {share:.1%} ({players} seats; ties share the win).").format(
        share=1 / args.players, players=args.players))
    return 0


if __name__ == "__main__":
    sys.exit(main())
