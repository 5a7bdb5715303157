"""The life review: what the score did not measure, added up, and who won."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .effects import holds
from .happen import happen
from .records import Content, Ruleset
from .state import State


@dataclass(frozen=True, slots=True)
class SeatResult:
    """One seat's end of game: score, life points with where they came from, title and win."""

    seat: int
    name: str
    score: int
    tier: int
    blacklisted: bool
    life_points: int
    breakdown: dict[str, int]
    goal: str
    goal_achieved: bool
    model_citizen: bool
    winner: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "seat": self.seat,
            "name": self.name,
            "score": self.score,
            "tier": self.tier,
            "blacklisted": self.blacklisted,
            "life_points": self.life_points,
            "breakdown": dict(self.breakdown),
            "goal": self.goal,
            "goal_achieved": self.goal_achieved,
            "model_citizen": self.model_citizen,
            "winner": self.winner,
        }


def breakdown_of(content: Content, ruleset: Ruleset, state: State, seat: int) -> dict[str, int]:
    c = state.citizens[seat]
    achieved = holds(state, ruleset, c, content.goals[c.goal].conditions)
    return {
        "wellbeing": c.wellbeing * ruleset.life_wellbeing,
        "voice": c.voice * ruleset.life_voice,
        "friends": len(c.friends) * ruleset.life_friend,
        "money": c.money // ruleset.life_money_per_point,
        "goal": ruleset.life_goal if achieved else 0,
    }


def results(content: Content, ruleset: Ruleset, state: State) -> list[SeatResult]:
    """Everyone's result. Winners follow the win condition chosen at setup; ties share the win."""
    players = range(len(state.seats))
    breakdowns = [breakdown_of(content, ruleset, state, s) for s in players]
    life = [sum(b.values()) for b in breakdowns]
    scores = [state.citizens[s].score for s in players]
    achieved = [b["goal"] > 0 for b in breakdowns]
    top_score = max(scores)
    condition = state.options.win_condition
    if condition == "score":
        winners = {s for s in players if scores[s] == top_score}
    elif condition == "goals" and any(achieved):
        best = max(life[s] for s in players if achieved[s])
        winners = {s for s in players if achieved[s] and life[s] == best}
    else:
        best = max(life)
        winners = {s for s in players if life[s] == best}
    return [
        SeatResult(
            seat=s,
            name=state.citizens[s].name,
            score=scores[s],
            tier=state.citizens[s].tier,
            blacklisted=state.citizens[s].blacklisted,
            life_points=life[s],
            breakdown=breakdowns[s],
            goal=state.citizens[s].goal,
            goal_achieved=achieved[s],
            model_citizen=scores[s] == top_score,
            winner=s in winners,
        )
        for s in players
    ]


def max_life_points(ruleset: Ruleset, state: State) -> int:
    """The most life points anyone could have: the bound results are declared within."""
    friends = len(state.citizens) - 1
    return (
        ruleset.wellbeing_max * ruleset.life_wellbeing
        + ruleset.voice_max * ruleset.life_voice
        + friends * ruleset.life_friend
        + ruleset.money_max // ruleset.life_money_per_point
        + ruleset.life_goal
    )


def life_review(content: Content, ruleset: Ruleset, state: State) -> None:
    """Log the review once the last round is over; every seat's life is public at the end."""

    def body(ctx: Any) -> None:
        ctx.detail["results"] = [r.to_dict() for r in results(content, ruleset, state)]

    happen(state, ruleset, "review", body)
