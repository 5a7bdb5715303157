"""Typed, immutable records of the content: what the loader produces and the engine reads."""

from __future__ import annotations

from dataclasses import dataclass, field

FACTORS: tuple[str, ...] = ("credit", "fulfilment", "identity", "behaviour", "connections")
SETTABLE_FACTORS: tuple[str, ...] = FACTORS[:4]
STATS: tuple[str, ...] = ("money", "wellbeing", "voice")
CHANNELS: tuple[str, ...] = ("purchases", "speech", "records", "cameras")
LABELS: tuple[str, ...] = ("real", "exaggerated", "satire")
ACTION_KINDS: tuple[str, ...] = ("self", "befriend", "drop", "report", "appeal", "black_market")
EVENT_TARGETS: tuple[str, ...] = ("each", "random", "lowest", "highest", "neighbour")
WIN_CONDITIONS: tuple[str, ...] = ("life", "score", "goals")
LENGTHS: tuple[str, ...] = ("short", "standard", "long")
SWITCHES: tuple[str, ...] = ("transparent", "appeals", "data_protection", "public_shaming")


@dataclass(frozen=True, slots=True)
class Effect:
    op: str
    factor: str = ""
    stat: str = ""
    counter: str = ""
    tag: str = ""
    amount: int = 0
    multiplier: float = 1.0
    rounds: int = 0


@dataclass(frozen=True, slots=True)
class Condition:
    test: str
    value: int = 0
    stat: str = ""
    counter: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """What every card and verb has: an id, its words, and where its idea comes from."""

    id: str
    name: str
    text: str
    label: str
    source: str


@dataclass(frozen=True, slots=True)
class ActionDef(Entry):
    kind: str
    ap: int
    channel: str
    effects: tuple[Effect, ...]
    target_effects: tuple[Effect, ...]
    conditions: tuple[Condition, ...]
    rated: bool = False  # in rulesets with peer ratings, the act is rated by the others


@dataclass(frozen=True, slots=True)
class PurchaseDef(Entry):
    cost: int
    channel: str
    tags: tuple[str, ...]
    copies: int
    effects: tuple[Effect, ...]
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class EventDef(Entry):
    target: str
    channel: str
    era_min: int
    weight: int
    effects: tuple[Effect, ...]
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class PrivilegeDef(Entry):
    min_tier: int
    money: int
    blocked_by_blacklist: bool
    effects: tuple[Effect, ...]
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True, slots=True)
class NeighbourDef(Entry):
    level: int
    drift: int
    critic: bool


@dataclass(frozen=True, slots=True)
class GoalDef(Entry):
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Tier:
    id: str
    name: str
    min: int


@dataclass(frozen=True, slots=True)
class Era:
    id: str
    name: str
    text: str
    starts_at: float
    connections: bool
    blacklists: bool
    detection: dict[str, float]


@dataclass(frozen=True, slots=True)
class Platform:
    """A separate score kept by one platform (a ride-hailing app, a marketplace)."""

    id: str
    name: str
    min: int
    max: int
    weights: dict[str, float]


@dataclass(frozen=True, slots=True)
class Ratings:
    """Peer rating: after each rated act the players involved rate each other, 1-5 stars."""

    start_stars: float  # what a citizen is worth before anyone has rated them
    start_weight: int  # how many ratings that first impression counts for
    window: int  # only the latest ratings count


@dataclass(frozen=True, slots=True)
class Ruleset:
    id: str
    name: str
    description: str
    source: str
    formula: str
    score_min: int
    score_max: int
    score_start: int
    scale: float
    factor_start: int
    weights: dict[str, float]
    tiers: tuple[Tier, ...]
    connections_pivot: float
    connections_per_friend: float
    critic_penalty: float
    blacklist_below: int
    blacklist_leave_at: int
    switches: dict[str, bool]
    default_length: str
    default_win_condition: str
    action_points: int
    start_money: int
    start_wellbeing: int
    start_voice: int
    start_neighbour_friends: int
    money_max: int
    wellbeing_max: int
    voice_max: int
    factor_min: int
    factor_max: int
    lengths: dict[str, int]
    market_size: int
    events_per_round: int
    living_cost: int
    friend_wellbeing: int
    max_friend_wellbeing: int
    lonely_wellbeing: int
    late_payment_credit: int
    shaming_wellbeing: int
    blacklist_wellbeing: int
    appeal_money: int
    appeal_success: float
    black_market_money: int
    black_market_credit: int
    black_market_detection: float
    black_market_caught_credit: int
    life_wellbeing: int
    life_voice: int
    life_friend: int
    life_money_per_point: int
    life_goal: int
    eras: tuple[Era, ...]
    score_format: str = "number"  # "number", or "stars": the score is shown divided by 100
    ratings: Ratings | None = None
    platforms: tuple[Platform, ...] = ()


@dataclass(frozen=True, slots=True)
class Content:
    """All loaded content, by kind and id, with a fingerprint that saves and replays check."""

    rulesets: dict[str, Ruleset]
    actions: dict[str, ActionDef]
    purchases: dict[str, PurchaseDef]
    events: dict[str, EventDef]
    privileges: dict[str, PrivilegeDef]
    neighbours: dict[str, NeighbourDef]
    goals: dict[str, GoalDef]
    fingerprint: str
    sources: tuple[str, ...] = field(default=())
    packs: tuple[str, ...] = field(default=())  # scenario ids or folders laid over the base
