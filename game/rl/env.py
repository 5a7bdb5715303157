"""The PettingZoo AEC environment: every seat of a Model Citizen game is an agent.

    from game import rl
    env = rl.env(ruleset="nosedive", packs=["nosedive"], players=4, seed=7)
    env.reset(seed=7)
    for agent in env.agent_iter():
        obs, reward, terminated, truncated, info = env.last()
        action = None if terminated or truncated else pick(obs["observation"], obs["action_mask"])
        env.step(action)

Actions are the engine's stable action ids (`Game.action_name` names them); observations are a
fixed-size vector (see encode.py) plus the legal-action mask of the agent to move. Rewards come
only at the end, from the life review: 1 for each winner, 0 for the others (`reward="win"`), or
life points scaled to [0, 1] (`reward="life"`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from gymnasium import spaces
from pettingzoo import AECEnv  # type: ignore[import-untyped]
from pettingzoo.utils import wrappers  # type: ignore[import-untyped]

from ..cli.common import DEFAULT_RULESET, pack_ruleset
from ..engine import Content, EngineError, Game, Seat, content_for, default_options
from .encode import ObservationEncoder

REWARDS: tuple[str, ...] = ("win", "life")
RENDER_MODES: tuple[str, ...] = ("ansi",)
DEFAULT_MAX_STEPS = 10_000      # a game takes a few hundred decisions; this only stops runaways


def env(**kwargs: Any) -> AECEnv:
    """The environment with PettingZoo's usual guards: an illegal action ends the game with -1
    for the agent that tried it; out-of-range actions and calls out of order are refused."""
    environment: AECEnv = raw_env(**kwargs)
    environment = wrappers.TerminateIllegalWrapper(environment, illegal_reward=-1)
    environment = wrappers.AssertOutOfBoundsWrapper(environment)
    environment = wrappers.OrderEnforcingWrapper(environment)
    return environment


def default_ruleset(packs: Sequence[str]) -> str:
    """The ruleset the last pack names in its pack.toml, else the game's default (as on the
    command line)."""
    return pack_ruleset(tuple(str(p) for p in packs)) or DEFAULT_RULESET


class raw_env(AECEnv):  # type: ignore[misc]  # noqa: N801 - PettingZoo's convention
    """A Model Citizen game as a PettingZoo AEC environment, without the wrappers of `env()`."""

    metadata = {
        "name": "model_citizen_v0",
        "render_modes": list(RENDER_MODES),
        "is_parallelizable": False,
    }

    def __init__(
        self,
        ruleset: str | None = None,
        packs: Sequence[str] = (),
        players: int = 4,
        seed: int | None = None,
        options: dict[str, Any] | None = None,
        reward: str = "win",
        max_steps: int = DEFAULT_MAX_STEPS,
        render_mode: str | None = None,
        content: Content | None = None,
    ) -> None:
        super().__init__()
        if reward not in REWARDS:
            raise EngineError(f"reward should be one of {', '.join(REWARDS)}, not '{reward}'")
        if render_mode is not None and render_mode not in RENDER_MODES:
            raise EngineError(f"render_mode should be None or 'ansi', not '{render_mode}'")
        if max_steps < 1:
            raise EngineError("max_steps should be at least 1")
        self.content = content or content_for(tuple(str(p) for p in packs))
        self.packs = self.content.packs
        self.ruleset_id = ruleset or default_ruleset(self.packs)
        if self.ruleset_id not in self.content.rulesets:
            known = ", ".join(sorted(self.content.rulesets))
            raise EngineError(f"unknown ruleset '{self.ruleset_id}' (known: {known})")
        self.game_options = default_options(
            self.content.rulesets[self.ruleset_id], **(options or {})
        )
        self.reward_kind = reward
        self.max_steps = max_steps
        self.render_mode = render_mode
        self.seats = [Seat(f"player_{i}", "bot") for i in range(players)]
        self._seeds = np.random.default_rng(seed)
        # A first game fixes the layout of observations and actions; reset() starts the real one.
        self.game = self._new_game(0)
        self.encoder = ObservationEncoder(self.game)
        self.possible_agents = [f"player_{i}" for i in range(players)]
        self.agent_seat = {agent: i for i, agent in enumerate(self.possible_agents)}
        self.observation_spaces = {
            agent: spaces.Dict(
                {
                    "observation": spaces.Box(
                        0.0, 1.0, shape=(self.encoder.size,), dtype=np.float32
                    ),
                    "action_mask": spaces.Box(
                        0, 1, shape=(self.game.num_actions,), dtype=np.int8
                    ),
                }
            )
            for agent in self.possible_agents
        }
        self.action_spaces = {
            agent: spaces.Discrete(self.game.num_actions) for agent in self.possible_agents
        }
        self.agents: list[str] = []
        self.steps = 0

    def _new_game(self, seed: int) -> Game:
        return Game.new(
            self.seats,
            ruleset=self.ruleset_id,
            seed=seed,
            options=self.game_options,
            content=self.content,
        )

    # -- the PettingZoo API ----------------------------------------------------------------------

    def observation_space(self, agent: str) -> spaces.Space:
        return self.observation_spaces[agent]

    def action_space(self, agent: str) -> spaces.Space:
        return self.action_spaces[agent]

    def reset(self, seed: int | None = None, options: dict[str, Any] | None = None) -> None:
        """A new game. The same seed gives the same game; without one, the next game of the
        environment's own seeded sequence. `options` is accepted for the API and not read: game
        options are set when the environment is made."""
        if seed is not None:
            self._seeds = np.random.default_rng(seed)
        self.game = self._new_game(int(self._seeds.integers(0, 2**62)))
        self.steps = 0
        self.agents = list(self.possible_agents)
        self.rewards = dict.fromkeys(self.agents, 0.0)
        self._cumulative_rewards = dict.fromkeys(self.agents, 0.0)
        self.terminations = dict.fromkeys(self.agents, False)
        self.truncations = dict.fromkeys(self.agents, False)
        self.infos: dict[str, dict[str, Any]] = {agent: {} for agent in self.agents}
        self.agent_selection = self._seat_agent()

    def observe(self, agent: str) -> dict[str, np.ndarray]:
        seat = self.agent_seat[agent]
        mask = np.zeros(self.game.num_actions, dtype=np.int8)
        if self.game.current_seat == seat:
            mask[self.game.legal_actions()] = 1
        return {"observation": self.encoder.encode(self.seat_view(seat)), "action_mask": mask}

    def step(self, action: Any) -> None:
        agent = self.agent_selection
        if self.terminations[agent] or self.truncations[agent]:
            self._was_dead_step(action)
            return
        self._cumulative_rewards[agent] = 0.0
        self.game.apply(int(action))
        self.steps += 1
        self.rewards = dict.fromkeys(self.agents, 0.0)
        if self.game.is_over():
            for seat_agent, value in zip(self.possible_agents, self.final_rewards(), strict=True):
                if seat_agent in self.rewards:
                    self.rewards[seat_agent] = value
            self.terminations = dict.fromkeys(self.agents, True)
        elif self.steps >= self.max_steps:
            self.truncations = dict.fromkeys(self.agents, True)
        self._accumulate_rewards()
        if self.game.is_over() or self.steps >= self.max_steps:
            self._deads_step_first()
        else:
            self.agent_selection = self._seat_agent()

    def render(self) -> str | None:
        if self.render_mode is None:
            return None
        from ..narrate import citizen_name, score_text, tier_name

        state = self.game.state
        lines = [f"round {state.round}/{state.rounds} · era {state.era} · {state.phase}"]
        for seat in range(self.game.num_players):
            citizen = state.citizens[seat]
            lines.append(
                f"  {citizen_name(self.game, seat)}: {score_text(self.game, citizen.score)}"
                f" ({tier_name(self.game, citizen.tier)})"
                + (f" {citizen.platforms}" if citizen.platforms else "")
            )
        return "\n".join(lines)

    def close(self) -> None:
        pass

    # -- helpers ---------------------------------------------------------------------------------

    def seat_view(self, seat: int) -> dict[str, Any]:
        """What `seat` may see (Game.observe), plus whom the current rating is about.

        Who rates whom is public (everyone saw the act that led to it), but Game.observe does not
        say it yet, so it is read from the queue here."""
        obs = self.game.observe(seat)
        state = self.game.state
        if "rated" not in obs:
            obs["rated"] = state.rating_queue[0][1] if state.phase == "rating" else -1
        return obs

    def final_rewards(self) -> list[float]:
        if self.reward_kind == "life":
            high = max(1, self.game.life_bounds()[1])
            return [r.life_points / high for r in self.game.results()]
        return [float(v) for v in self.game.returns()]

    def _seat_agent(self) -> str:
        seat = self.game.current_seat
        return self.possible_agents[seat if seat is not None else 0]
