"""From a finished game to its debrief: life review, score history, movers, costs, reports, drops.

Every number here is read from the game's own record (game.log_for(None), game.state.history,
game.results()), never recomputed by other rules, so the debrief always agrees with the game.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..engine import Game
from ..i18n import _
from ..narrate import citizen_name, tier_name
from .model import (
    Debrief,
    FriendshipDropped,
    PlayerReview,
    PrivilegeUse,
    ReportMade,
    RoundRow,
    ScoreStep,
)
from .reality import reality_check
from .trail import build_trails, top_movers
from .twelve_points import review_points


class DebriefError(Exception):
    """The game cannot be debriefed (it is not over yet)."""


def private_delta(entry: dict[str, Any], seat: int, stat: str) -> int:
    return sum(d for who, s, d in entry.get("private", []) if who == seat and s == stat)


def round_rows(game: Game, seat: int) -> list[RoundRow]:
    """The seat's score, wellbeing, voice, friends and money at the end of every round."""
    return [RoundRow(number, *rnd[seat]) for number, rnd in enumerate(game.state.history)]


def tier_rank(game: Game, score: int) -> int:
    rank = 1
    for index, tier in enumerate(game.ruleset.tiers, start=1):
        if score >= tier.min:
            rank = index
    return rank


def score_before(trail: list[ScoreStep], seq: int) -> int:
    """The seat's score just before log entry `seq`."""
    score = 0
    for step in trail:
        if step.seq >= seq:
            break
        score = step.running
    return score


def privilege_uses(
    game: Game, log: list[dict[str, Any]], trails: list[list[ScoreStep]]
) -> list[PrivilegeUse]:
    uses = []
    for entry in log:
        if entry["kind"] != "privilege" or entry["item"] not in game.content.privileges:
            continue
        seat = entry["actor"]
        priv = game.content.privileges[entry["item"]]
        uses.append(
            PrivilegeUse(
                seq=entry["seq"],
                round=entry["round"],
                seat=seat,
                privilege=priv.id,
                name=_(priv.name),
                coins=priv.money,
                min_tier=priv.min_tier,
                tier_name=tier_name(game, priv.min_tier),
                tier_min_score=game.ruleset.tiers[priv.min_tier - 1].min,
                score_at_use=score_before(trails[seat], entry["seq"]),
                score_delta=entry["score"].get(seat, 0),
                wellbeing=private_delta(entry, seat, "wellbeing"),
                voice=private_delta(entry, seat, "voice"),
            )
        )
    return uses


def locked_privileges(game: Game, trail: list[ScoreStep]) -> list[str]:
    """Privileges whose tier the seat never reached, even for a moment."""
    best = max((step.running for step in trail), default=0)
    reached = tier_rank(game, best)
    return [
        _(p.name)
        for p in sorted(game.content.privileges.values(), key=lambda p: (p.min_tier, p.id))
        if p.min_tier > reached
    ]


def reports_made(game: Game, log: list[dict[str, Any]]) -> list[ReportMade]:
    return [
        ReportMade(
            seq=e["seq"],
            round=e["round"],
            reporter=e["actor"],
            target=e["target"],
            reporter_delta=e["score"].get(e["actor"], 0),
            target_delta=e["score"].get(e["target"], 0),
            friendship_ended=bool(e["detail"].get("friendship_ended")),
        )
        for e in log
        if e["kind"] == "report"
    ]


def friendships_dropped(log: list[dict[str, Any]]) -> list[FriendshipDropped]:
    drops = []
    for e in log:
        if e["kind"] != "drop":
            continue
        gained = e["score"].get(e["actor"], 0)
        drops.append(
            FriendshipDropped(
                seq=e["seq"],
                round=e["round"],
                dropper=e["actor"],
                dropped=e["target"],
                dropper_delta=gained,
                wellbeing=private_delta(e, e["actor"], "wellbeing"),
                for_score=gained > 0,
            )
        )
    return drops


def build_debrief(game: Game) -> Debrief:
    """The whole debrief of a finished game, in the current language."""
    if not game.is_over():
        raise DebriefError(_("The game is not over yet: the debrief opens after the last round."))
    log = game.log_for(None)
    results = game.results()
    trails = build_trails(game, log)
    uses = privilege_uses(game, log, trails)
    players = []
    for r in results:
        trail = trails[r.seat]
        players.append(
            PlayerReview(
                seat=r.seat,
                name=r.name,
                score=r.score,
                tier=r.tier,
                tier_name=tier_name(game, r.tier),
                blacklisted=r.blacklisted,
                life_points=r.life_points,
                breakdown=dict(r.breakdown),
                goal=r.goal,
                goal_name=_(game.content.goals[r.goal].name),
                goal_achieved=r.goal_achieved,
                model_citizen=r.model_citizen,
                winner=r.winner,
                rounds=round_rows(game, r.seat),
                trail=trail,
                top_movers=top_movers(trail),
                privileges=[u for u in uses if u.seat == r.seat],
                locked_privileges=locked_privileges(game, trail),
            )
        )
    best_life = max(r.life_points for r in results)
    together = any(r.model_citizen and r.life_points == best_life for r in results)
    options = game.state.options
    ruleset = game.ruleset
    debrief = Debrief(
        ruleset=ruleset.id,
        ruleset_name=_(ruleset.name),
        seed=game.state.seed,
        rounds=game.state.rounds,
        transparent=options.transparent,
        appeals=options.appeals,
        data_protection=options.data_protection,
        public_shaming=options.public_shaming,
        win_condition=options.win_condition,
        score_min=ruleset.score_min,
        score_max=ruleset.score_max,
        stat_max=max(ruleset.wellbeing_max, ruleset.voice_max),
        players=players,
        citizen_names=[citizen_name(game, i) for i in range(len(game.state.citizens))],
        citizen_is_player=[c.is_player for c in game.state.citizens],
        reports=reports_made(game, log),
        drops=friendships_dropped(log),
        title_and_life_together=together,
    )
    return dataclasses.replace(
        debrief,
        points=review_points(game, debrief, log),
        reality=reality_check(game, log),
    )
