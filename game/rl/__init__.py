"""The standard AI interface: Model Citizen as a PettingZoo AEC environment (optional extra).

Install with `pip install -e '.[rl]'`. Following PettingZoo's module convention:

    import game.rl
    env = game.rl.env(ruleset="sesame", packs=[], players=4, seed=1)   # wrapped
    raw = game.rl.raw_env(players=2)                                   # unwrapped

Parameters (all optional): `ruleset` (default: the last pack's own, else sesame), `packs`
(scenario ids or pack folders, as `--scenario`/`--pack`), `players` (1-6), `seed`, `options`
(the game's switches by name: `{"transparent": False, "length": "short"}`), `reward` ("win" or
"life"), `max_steps` (truncation), `render_mode` (None or "ansi").

- Agents: "player_0" ... one per seat; the agent to move is the seat that must decide (a turn,
  a friendship answer, or a rating).
- Actions: Discrete(game.num_actions), the engine's stable action ids
  (`env.unwrapped.game.action_name(i)` names them: "buy:diapers", "rate:5").
- Observations: {"observation": float32 vector in [0, 1] (encode.py; `env.unwrapped.encoder.
  names` says what each number is), "action_mask": int8 vector, the legal actions of the agent
  to move (all zeros for the others)}. Built from `Game.observe(seat)`: no one's secrets.
- Rewards: only at the end, from the life review: 1 for each winner and 0 for the others
  ("win"), or life points divided by the most anyone could have ("life").

See example.py for an agent that learns against the game's bots.
"""

from __future__ import annotations

try:
    from .env import env, raw_env
except ModuleNotFoundError as exc:  # pragma: no cover - only without the [rl] extra
    raise ModuleNotFoundError(
        f"game.rl needs the [rl] extra ({exc.name} is missing): pip install -e '.[rl]'"
    ) from exc

__all__ = ["env", "raw_env"]
