"""A new game: citizens, decks, market, first friendships, secret goals, the first era."""

from __future__ import annotations

from collections.abc import Sequence

from .errors import EngineError
from .happen import happen
from .records import Content
from .rng import Rng
from .scoring import recompute
from .state import FACTOR_KEYS, SEAT_KINDS, Citizen, LogEntry, Options, Seat, State

MAX_SEATS = 6
ALWAYS = 1_000_000  # critic_until for neighbours who never stop criticising


def check_setup(content: Content, ruleset_id: str, seats: Sequence[Seat], seed: int) -> None:
    if ruleset_id not in content.rulesets:
        known = ", ".join(sorted(content.rulesets))
        raise EngineError(f"unknown ruleset '{ruleset_id}' (known: {known})")
    if not 1 <= len(seats) <= MAX_SEATS:
        raise EngineError(f"a game has 1 to {MAX_SEATS} seats, not {len(seats)}")
    for seat in seats:
        if seat.kind not in SEAT_KINDS:
            raise EngineError(f"seat '{seat.name}': kind should be human or bot, not '{seat.kind}'")
        if not seat.name.strip():
            raise EngineError("every seat needs a name")
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**63:
        raise EngineError("the seed should be a whole number from 0 to 2**63 - 1")


def new_state(
    content: Content, ruleset_id: str, seats: Sequence[Seat], seed: int, options: Options
) -> State:
    check_setup(content, ruleset_id, seats, seed)
    ruleset = content.rulesets[ruleset_id]
    rng = Rng.from_seed(seed)
    state = State(
        ruleset=ruleset_id,
        options=options,
        seats=tuple(seats),
        seed=seed,
        rounds=ruleset.lengths[options.length],
        setup_options=options,
    )
    goals = list(content.goals)
    rng.shuffle(goals)
    for index, seat in enumerate(seats):
        state.citizens.append(
            Citizen(
                name=seat.name,
                is_player=True,
                ref=f"p{index}",
                factors={f: ruleset.factor_start for f in FACTOR_KEYS},
                money=ruleset.start_money,
                wellbeing=ruleset.start_wellbeing,
                voice=ruleset.start_voice,
                goal=goals[index % len(goals)],
            )
        )
    for neighbour in content.neighbours.values():
        state.citizens.append(
            Citizen(
                name=neighbour.name,
                is_player=False,
                ref=neighbour.id,
                factors={f: neighbour.level for f in FACTOR_KEYS},
                drift=neighbour.drift,
                # A neighbour who speaks out is a critic for good: their friends pay for it.
                critic_until=ALWAYS if neighbour.critic else 0,
            )
        )
    neighbour_indices = list(range(len(seats), len(state.citizens)))
    for index in range(len(seats)):
        pool = list(neighbour_indices)
        rng.shuffle(pool)
        for other in pool[: ruleset.start_neighbour_friends]:
            state.citizens[index].friends.append(other)
            state.citizens[other].friends.append(index)
    for citizen in state.citizens:
        citizen.friends.sort()

    deck, events = _decks(content)
    rng.shuffle(deck)
    state.market = deck[: ruleset.market_size]
    state.purchase_deck = deck[ruleset.market_size :]
    rng.shuffle(events)
    state.event_deck = events
    state.order = list(range(len(seats)))
    state.ap_left = ruleset.action_points
    state.rng = rng.state
    recompute(ruleset, state)

    # The trail of every score starts from its opening value, logged as a change from zero.
    state.log.append(
        LogEntry(
            seq=0,
            round=state.round,
            kind="start",
            score=tuple((i, c.score) for i, c in enumerate(state.citizens)),
        )
    )
    for index in range(len(seats)):
        happen(
            state,
            ruleset,
            "goal",
            lambda ctx: None,
            actor=index,
            item=state.citizens[index].goal,
            secret=True,
        )
    happen(state, ruleset, "era", lambda ctx: None, item=ruleset.eras[0].id)
    state.history.append(snapshot(state))
    return state


_DECKS: dict[int, tuple[Content, tuple[str, ...], tuple[str, ...]]] = {}


def _decks(content: Content) -> tuple[list[str], list[str]]:
    """Fresh, unshuffled purchase and event decks: each card as many times as it has copies
    (its weight, for events). Read from the content once; simulations start many games."""
    found = _DECKS.get(id(content))
    if found is None or found[0] is not content:
        purchases = tuple(p.id for p in content.purchases.values() for _ in range(p.copies))
        events = tuple(e.id for e in content.events.values() for _ in range(e.weight))
        found = _DECKS[id(content)] = (content, purchases, events)
    return list(found[1]), list(found[2])


def snapshot(state: State) -> list[tuple[int, int, int, int, int]]:
    """Per player: score, wellbeing, voice, friends, money; one row per round for the charts."""
    return [
        (c.score, c.wellbeing, c.voice, len(c.friends), c.money)
        for c in state.citizens
        if c.is_player
    ]
