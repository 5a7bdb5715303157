"""The debrief as plain data: what the table's screens and the exported report both draw.

Numbers are the game's own (from its log and its round history); sentences are already in the
language chosen when the debrief was built.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RoundRow:
    """One player at the end of one round (round 0: before the first turn)."""

    round: int
    score: int
    wellbeing: int
    voice: int
    friends: int
    money: int


@dataclass(frozen=True, slots=True)
class ScoreStep:
    """One change of one player's score, traced to the log entry and the rule behind it.

    rule_id names the card or mechanic ("buy:game_bundle", "event:bill_due", "upkeep:late").
    factors: the player's own factor moves in that entry; via_connections: the score moved
    (also) because friends' scores, friendships or critics changed the connections factor.
    """

    seq: int
    round: int
    kind: str
    item: str
    actor: int
    target: int
    delta: int
    running: int
    cause: str
    rule: str
    rule_id: str
    factors: tuple[tuple[str, int], ...]
    via_connections: bool


@dataclass(frozen=True, slots=True)
class PrivilegeUse:
    """A privilege used: what it cost in coins, and the score its tier asked for."""

    seq: int
    round: int
    seat: int
    privilege: str
    name: str
    coins: int
    min_tier: int
    tier_name: str
    tier_min_score: int
    score_at_use: int
    score_delta: int
    wellbeing: int
    voice: int


@dataclass(frozen=True, slots=True)
class ReportMade:
    """One report: who named whom, and what it did to both scores."""

    seq: int
    round: int
    reporter: int
    target: int
    reporter_delta: int
    target_delta: int
    friendship_ended: bool


@dataclass(frozen=True, slots=True)
class FriendshipDropped:
    """One friendship ended by a drop; for_score when the dropper's score rose by it."""

    seq: int
    round: int
    dropper: int
    dropped: int
    dropper_delta: int
    wellbeing: int
    for_score: bool


@dataclass(frozen=True, slots=True)
class PlayerReview:
    """One seat's life review beside its score history."""

    seat: int
    name: str
    score: int
    tier: int
    tier_name: str
    blacklisted: bool
    life_points: int
    breakdown: dict[str, int]
    goal: str
    goal_name: str
    goal_achieved: bool
    model_citizen: bool
    winner: bool
    rounds: list[RoundRow]
    trail: list[ScoreStep]
    top_movers: list[ScoreStep]
    privileges: list[PrivilegeUse]
    locked_privileges: list[str]


@dataclass(frozen=True, slots=True)
class Debrief:
    """Everything the life review, the charts and the report show about one finished game."""

    ruleset: str
    ruleset_name: str
    seed: int
    rounds: int
    transparent: bool
    appeals: bool
    data_protection: bool
    public_shaming: bool
    win_condition: str
    score_min: int
    score_max: int
    stat_max: int
    players: list[PlayerReview]
    citizen_names: list[str]
    citizen_is_player: list[bool]
    reports: list[ReportMade]
    drops: list[FriendshipDropped]
    title_and_life_together: bool
    points: list[PointReview] = field(default_factory=list)
    reality: RealityCheck | None = None

    def player(self, seat: int) -> PlayerReview:
        return self.players[seat]


@dataclass(frozen=True, slots=True)
class PointReview:
    """One of the twelve needs of a social credit system, tied to this game."""

    number: int
    id: str
    name: str
    explanation: str
    status: str
    evidence: list[str]
    count: int
    question: str


@dataclass(frozen=True, slots=True)
class CardUse:
    """A card or verb of this game, how often it came up, and what it rests on."""

    kind: str
    id: str
    name: str
    label: str
    source: str
    times: int


@dataclass(frozen=True, slots=True)
class RealityCheck:
    statement: str
    by_label: dict[str, list[CardUse]]
