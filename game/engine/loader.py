"""Load and check the content files: TOML in, typed records out, every problem named."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .records import (
    ACTION_KINDS,
    CHANNELS,
    EVENT_TARGETS,
    LABELS,
    LENGTHS,
    SETTABLE_FACTORS,
    STATS,
    SWITCHES,
    WIN_CONDITIONS,
    ActionDef,
    Condition,
    Effect,
    Entry,
    Era,
    EventDef,
    GoalDef,
    NeighbourDef,
    Platform,
    PrivilegeDef,
    PurchaseDef,
    Ratings,
    Ruleset,
    Tier,
)
from .schema import Problems, Reader

ASSETS_ROOT = Path(__file__).resolve().parent.parent / "_assets"
MAX_FILE_BYTES = 1_000_000
_ID = re.compile(r"^[a-z0-9_]{1,48}$")

# The fields each effect op and condition test takes; the engine registers one function per name.
EFFECT_FIELDS: dict[str, tuple[str, ...]] = {
    "factor": ("factor", "amount"),
    "stat": ("stat", "amount"),
    "count": ("counter", "amount?"),
    "blacklist": (),
    "critic": (),
    "campaign": ("tag", "multiplier", "rounds"),
    "neighbour_score": ("amount",),
    "neighbour_blacklist": (),
    "rating": ("stars",),
}
CONDITION_FIELDS: dict[str, tuple[str, ...]] = {
    "tier_at_least": ("value",),
    "tier_at_most": ("value",),
    "money_at_least": ("value",),
    "money_below": ("value",),
    "stat_at_least": ("stat", "value"),
    "friends_at_least": ("value",),
    "friends_below": ("value",),
    "has_low_friend": (),
    "blacklisted": (),
    "not_blacklisted": (),
    "counter_at_least": ("counter", "value"),
    "counter_at_most": ("counter", "value"),
    "era_at_least": ("value",),
    "switch": ("name", "flag"),
    "platform_at_least": ("platform", "value"),
}
# Counters the engine itself keeps, besides those that `count` effects raise.
ENGINE_COUNTERS: frozenset[str] = frozenset({"blacklisted"})

CONTENT_FILES: dict[str, str] = {
    "action": "content/actions.toml",
    "purchase": "content/purchases.toml",
    "event": "content/events.toml",
    "privilege": "content/privileges.toml",
    "neighbour": "content/neighbours.toml",
    "goal": "content/goals.toml",
}

E = TypeVar("E", bound=Entry)


def read_toml(path: Path, problems: Problems) -> dict[str, Any] | None:
    """Parse one file, refusing huge ones; a syntax error names the file and the line."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.add(str(path), f"file is larger than {MAX_FILE_BYTES} bytes")
            return None
        raw = path.read_bytes()
        return tomllib.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        problems.add(str(path), "file is missing")
    except UnicodeDecodeError:
        problems.add(str(path), "file is not UTF-8 text")
    except tomllib.TOMLDecodeError as exc:
        problems.add(str(path), f"not valid TOML: {exc}")
    except RecursionError:
        problems.add(str(path), "nested too deeply to be read")
    except ValueError as exc:  # e.g. an integer with thousands of digits
        problems.add(str(path), f"holds a value that cannot be read ({exc})")
    except OSError as exc:
        problems.add(str(path), f"cannot be read: {exc.strerror}")
    return None


def _effects(reader: Reader, key: str) -> tuple[Effect, ...]:
    out: list[Effect] = []
    for index, table in reader.tables(key):
        where = f"{reader.where}: {key}[{index}]"
        sub = Reader(table, where, reader.problems)
        op = sub.choice("op", tuple(EFFECT_FIELDS))
        fields = EFFECT_FIELDS.get(op, ())
        effect = Effect(
            op=op,
            factor=sub.choice("factor", SETTABLE_FACTORS) if "factor" in fields else "",
            stat=sub.choice("stat", STATS) if "stat" in fields else "",
            counter=_counter_name(sub) if "counter" in fields else "",
            tag=sub.string("tag", allow_empty=False) if "tag" in fields else "",
            amount=sub.integer("amount", low=-1000, high=1000)
            if "amount" in fields
            else sub.integer("amount", 1, low=-100, high=100)
            if "amount?" in fields
            else sub.integer("stars", low=1, high=5)
            if "stars" in fields
            else 0,
            multiplier=sub.number("multiplier", low=0.0, high=10.0)
            if "multiplier" in fields
            else 1.0,
            rounds=sub.integer("rounds", low=1, high=20) if "rounds" in fields else 0,
        )
        sub.finish()
        out.append(effect)
    return tuple(out)


def _counter_name(reader: Reader) -> str:
    name = reader.string("counter", allow_empty=False)
    if name and not _ID.match(name):
        reader.problems.add(reader.where, f"counter '{name}' should use only a-z, 0-9 and _")
    return name


def _conditions(reader: Reader, key: str = "conditions") -> tuple[Condition, ...]:
    out: list[Condition] = []
    for index, table in reader.tables(key):
        where = f"{reader.where}: {key}[{index}]"
        sub = Reader(table, where, reader.problems)
        test = sub.choice("test", tuple(CONDITION_FIELDS))
        fields = CONDITION_FIELDS.get(test, ())
        if "flag" in fields:
            value = int(sub.boolean("value"))
            name = sub.choice("name", SWITCHES)
        elif "platform" in fields:
            value = sub.integer("value", low=-100000, high=100000)
            name = sub.string("platform", allow_empty=False)
        else:
            value = sub.integer("value", low=-100000, high=100000) if "value" in fields else 0
            name = ""
        condition = Condition(
            test=test,
            value=value,
            stat=sub.choice("stat", STATS) if "stat" in fields else "",
            counter=_counter_name(sub) if "counter" in fields else "",
            name=name,
        )
        sub.finish()
        out.append(condition)
    return tuple(out)


def _entry_fields(reader: Reader) -> dict[str, str]:
    entry_id = reader.string("id", allow_empty=False)
    if entry_id and not _ID.match(entry_id):
        reader.problems.add(reader.where, f"id '{entry_id}' should use only a-z, 0-9 and _")
    label = reader.choice("label", LABELS)
    source = reader.string("source", "")
    if label == "real" and not source.strip():
        reader.problems.add(reader.where, "a card labelled 'real' needs its source")
    return {
        "id": entry_id,
        "name": reader.string("name", allow_empty=False),
        "text": reader.string("text", allow_empty=False),
        "label": label,
        "source": source,
    }


def _action(r: Reader) -> ActionDef:
    return ActionDef(
        **_entry_fields(r),
        kind=r.choice("kind", ACTION_KINDS),
        ap=r.integer("ap", 1, low=1, high=5),  # every act costs a point: games always end
        channel=r.choice("channel", CHANNELS),
        effects=_effects(r, "effects"),
        target_effects=_effects(r, "target_effects"),
        conditions=_conditions(r),
        rated=r.boolean("rated", False),
    )


def _purchase(r: Reader) -> PurchaseDef:
    return PurchaseDef(
        **_entry_fields(r),
        cost=r.integer("cost", low=0, high=50),
        channel=r.choice("channel", CHANNELS, "purchases"),
        tags=tuple(r.strings("tags")),
        copies=r.integer("copies", 1, low=1, high=5),
        effects=_effects(r, "effects"),
        conditions=_conditions(r),
    )


def _event(r: Reader) -> EventDef:
    return EventDef(
        **_entry_fields(r),
        target=r.choice("target", EVENT_TARGETS),
        channel=r.choice("channel", CHANNELS),
        era_min=r.integer("era_min", 1, low=1, high=3),
        weight=r.integer("weight", 1, low=1, high=5),
        effects=_effects(r, "effects"),
        conditions=_conditions(r),
    )


def _privilege(r: Reader) -> PrivilegeDef:
    return PrivilegeDef(
        **_entry_fields(r),
        min_tier=r.integer("min_tier", low=1, high=5),
        money=r.integer("money", 0, low=-50, high=50),
        blocked_by_blacklist=r.boolean("blocked_by_blacklist", False),
        effects=_effects(r, "effects"),
        conditions=_conditions(r),
    )


def _neighbour(r: Reader) -> NeighbourDef:
    return NeighbourDef(
        **_entry_fields(r),
        level=r.integer("level", low=0, high=100),
        drift=r.integer("drift", 0, low=-20, high=20),
        critic=r.boolean("critic", False),
    )


def _goal(r: Reader) -> GoalDef:
    goal = GoalDef(**_entry_fields(r), conditions=_conditions(r))
    if not goal.conditions:
        r.problems.add(r.where, "a goal needs at least one condition")
    return goal


_BUILDERS: dict[str, Callable[[Reader], Entry]] = {
    "action": _action,
    "purchase": _purchase,
    "event": _event,
    "privilege": _privilege,
    "neighbour": _neighbour,
    "goal": _goal,
}


def read_entries(path: Path, kind: str, problems: Problems) -> list[Entry]:
    """Read every `[[kind]]` entry of one file, checking fields and duplicate ids."""
    data = read_toml(path, problems)
    if data is None:
        return []
    for key in data:
        if key != kind:
            problems.add(str(path), f"unknown table '{key}' (this file holds [[{kind}]] entries)")
    raw = data.get(kind, [])
    if not isinstance(raw, list):
        problems.add(str(path), f"'{kind}' should be a list of [[{kind}]] tables")
        return []
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, table in enumerate(raw):
        label = table.get("id") if isinstance(table, dict) else None
        where = (
            f"{path}: {kind} '{label}'"
            if isinstance(label, str)
            else f"{path}: {kind} #{index + 1}"
        )
        if not isinstance(table, dict):
            problems.add(where, "should be a table")
            continue
        reader = Reader(table, where, problems)
        entry = _BUILDERS[kind](reader)
        reader.finish()
        if entry.id in seen:
            problems.add(where, f"duplicate id '{entry.id}'")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def read_ruleset(
    base: dict[str, Any], data: dict[str, Any], where: str, problems: Problems
) -> Ruleset:
    """Build one ruleset from the shared base rules with the ruleset file laid over them."""
    r = Reader(_merge(base, data), where, problems)
    score = Reader(r.table("score"), f"{where}: [score]", problems)
    formula = score.choice("formula", ("weighted", "ledger", "ratings"))
    score_format = score.choice("format", ("number", "stars"), "number")
    score_min = score.integer("min", low=-100000, high=100000)
    score_max = score.integer("max", low=-100000, high=100000)
    if score_max <= score_min:
        problems.add(f"{where}: [score]", "max must be above min")
    weights_table = score.table("weights")
    weights: dict[str, float] = {}
    wr = Reader(weights_table, f"{where}: [score.weights]", problems)
    for factor in ("credit", "fulfilment", "identity", "behaviour", "connections"):
        weights[factor] = wr.number(factor, low=0.0, high=100.0)
    wr.finish()
    score_start = score.integer("start", 0, low=-100000, high=100000)
    scale = score.number("scale", 1.0, low=0.0, high=1000.0)
    factor_start = score.integer("factor_start", low=0, high=100)
    score.finish()

    tiers: list[Tier] = []
    for index, table in r.tables("tiers"):
        tr = Reader(table, f"{where}: tiers[{index}]", problems)
        tiers.append(
            Tier(
                tr.string("id", allow_empty=False),
                tr.string("name", allow_empty=False),
                tr.integer("min", low=-100000, high=100000),
            )
        )
        tr.finish()
    if len(tiers) != 5:
        problems.add(where, f"a ruleset needs exactly 5 tiers, it has {len(tiers)}")
    if [t.min for t in tiers] != sorted(t.min for t in tiers):
        problems.add(where, "tiers must be listed from the lowest to the highest")

    conn = Reader(r.table("connections"), f"{where}: [connections]", problems)
    blacklist = Reader(r.table("blacklist"), f"{where}: [blacklist]", problems)
    sw = Reader(r.table("switches"), f"{where}: [switches]", problems)
    switches = {name: sw.boolean(name) for name in SWITCHES}
    default_length = sw.choice("length", LENGTHS)
    default_win = sw.choice("win_condition", WIN_CONDITIONS)
    sw.finish()

    sections = {
        name: Reader(r.table(name), f"{where}: [{name}]", problems)
        for name in ("turn", "start", "limits", "lengths", "market", "events", "upkeep")
    }
    sections["appeal"] = Reader(r.table("appeal"), f"{where}: [appeal]", problems)
    sections["black_market"] = Reader(r.table("black_market"), f"{where}: [black_market]", problems)
    sections["life_review"] = Reader(r.table("life_review"), f"{where}: [life_review]", problems)
    s = sections
    lengths = {name: s["lengths"].integer(name, low=1, high=40) for name in LENGTHS}

    eras: list[Era] = []
    for index, table in r.tables("eras"):
        er = Reader(table, f"{where}: eras[{index}]", problems)
        detection_reader = Reader(
            er.table("detection"), f"{where}: eras[{index}].detection", problems
        )
        detection = {c: detection_reader.number(c, low=0.0, high=1.0) for c in CHANNELS}
        detection_reader.finish()
        eras.append(
            Era(
                id=er.string("id", allow_empty=False),
                name=er.string("name", allow_empty=False),
                text=er.string("text", allow_empty=False),
                starts_at=er.number("starts_at", low=0.0, high=1.0),
                connections=er.boolean("connections"),
                blacklists=er.boolean("blacklists"),
                detection=detection,
            )
        )
        er.finish()
    if len(eras) != 3:
        problems.add(where, f"a ruleset needs exactly 3 eras, it has {len(eras)}")
    elif eras[0].starts_at != 0.0 or not eras[0].starts_at < eras[1].starts_at < eras[2].starts_at:
        problems.add(where, "eras must start at 0.0 and follow each other in order")

    ratings: Ratings | None = None
    if "ratings" in r.data:
        rr = Reader(r.table("ratings"), f"{where}: [ratings]", problems)
        ratings = Ratings(
            start_stars=rr.number("start_stars", low=1.0, high=5.0),
            start_weight=rr.integer("start_weight", low=0, high=100),
            window=rr.integer("window", low=1, high=1000),
        )
        rr.finish()
    elif formula == "ratings":
        problems.add(where, "the 'ratings' formula needs a [ratings] table")
    platforms: list[Platform] = []
    for index, table in r.tables("platforms"):
        pr = Reader(table, f"{where}: platforms[{index}]", problems)
        weights_reader = Reader(
            pr.table("weights"), f"{where}: platforms[{index}].weights", problems
        )
        platform_weights = {
            f: weights_reader.number(f, 0.0, low=0.0, high=100.0)
            for f in ("credit", "fulfilment", "identity", "behaviour", "connections")
        }
        weights_reader.finish()
        if not any(platform_weights.values()):
            problems.add(f"{where}: platforms[{index}]", "a platform needs at least one weight")
        platforms.append(
            Platform(
                id=pr.string("id", allow_empty=False),
                name=pr.string("name", allow_empty=False),
                min=pr.integer("min", low=-100000, high=100000),
                max=pr.integer("max", low=-100000, high=100000),
                weights=platform_weights,
            )
        )
        pr.finish()

    ruleset = Ruleset(
        id=r.string("id", allow_empty=False),
        name=r.string("name", allow_empty=False),
        description=r.string("description", allow_empty=False),
        source=r.string("source", ""),
        formula=formula,
        score_min=score_min,
        score_max=score_max,
        score_start=score_start,
        scale=scale,
        factor_start=factor_start,
        weights=weights,
        tiers=tuple(tiers),
        connections_pivot=conn.number("pivot", low=0.0, high=100.0),
        connections_per_friend=conn.number("per_friend", low=0.0, high=10.0),
        critic_penalty=conn.number("critic_penalty", low=0.0, high=100.0),
        blacklist_below=blacklist.integer("below", low=-100000, high=100000),
        blacklist_leave_at=blacklist.integer("leave_at", low=-100000, high=100000),
        switches=switches,
        default_length=default_length,
        default_win_condition=default_win,
        action_points=s["turn"].integer("action_points", low=1, high=10),
        start_money=s["start"].integer("money", low=0, high=99),
        start_wellbeing=s["start"].integer("wellbeing", low=0, high=99),
        start_voice=s["start"].integer("voice", low=0, high=99),
        start_neighbour_friends=s["start"].integer("neighbour_friends", low=0, high=5),
        money_max=s["limits"].integer("money_max", low=1, high=999),
        wellbeing_max=s["limits"].integer("wellbeing_max", low=1, high=999),
        voice_max=s["limits"].integer("voice_max", low=1, high=999),
        factor_min=s["limits"].integer("factor_min", low=0, high=100),
        factor_max=s["limits"].integer("factor_max", low=0, high=100),
        lengths=lengths,
        market_size=s["market"].integer("size", low=1, high=8),
        events_per_round=s["events"].integer("per_round", low=0, high=6),
        living_cost=s["upkeep"].integer("living_cost", low=0, high=20),
        friend_wellbeing=s["upkeep"].integer("friend_wellbeing", low=0, high=10),
        max_friend_wellbeing=s["upkeep"].integer("max_friend_wellbeing", low=0, high=20),
        lonely_wellbeing=s["upkeep"].integer("lonely_wellbeing", low=-10, high=0),
        late_payment_credit=s["upkeep"].integer("late_payment_credit", low=-50, high=0),
        shaming_wellbeing=s["upkeep"].integer("shaming_wellbeing", low=-10, high=0),
        blacklist_wellbeing=s["upkeep"].integer("blacklist_wellbeing", low=-10, high=0),
        appeal_money=s["appeal"].integer("money", low=0, high=20),
        appeal_success=s["appeal"].number("success", low=0.0, high=1.0),
        black_market_money=s["black_market"].integer("money", low=0, high=50),
        black_market_credit=s["black_market"].integer("credit", low=0, high=100),
        black_market_detection=s["black_market"].number("detection", low=0.0, high=1.0),
        black_market_caught_credit=s["black_market"].integer("caught_credit", low=-100, high=0),
        life_wellbeing=s["life_review"].integer("wellbeing", low=0, high=20),
        life_voice=s["life_review"].integer("voice", low=0, high=20),
        life_friend=s["life_review"].integer("friend", low=0, high=20),
        life_money_per_point=s["life_review"].integer("money_per_point", low=1, high=50),
        life_goal=s["life_review"].integer("goal", low=0, high=100),
        eras=tuple(eras),
        score_format=score_format,
        ratings=ratings,
        platforms=tuple(platforms),
    )
    for reader in (conn, blacklist, *sections.values()):
        reader.finish()
    r.finish()
    if ruleset.factor_min >= ruleset.factor_max:
        problems.add(where, "[limits] factor_min must be below factor_max")
    return ruleset


def _check_references(
    content: dict[str, dict[str, Any]],
    problems: Problems,
    root: Path,
    origins: dict[tuple[str, str], Path] | None = None,
) -> None:
    """Everything a card refers to must exist somewhere: counters, campaign tags.

    `origins` says which file each entry came from (packs lay theirs over the game's)."""
    origins = origins or {}

    def where(kind: str, entry_id: str) -> str:
        path = origins.get((kind, entry_id), root / CONTENT_FILES[kind])
        return f"{path}: {kind} '{entry_id}'"

    raised = set(ENGINE_COUNTERS)
    tags: set[str] = set()
    all_effects: list[tuple[str, Effect]] = []
    for kind, entries in content.items():
        for entry in entries.values():
            for attr in ("effects", "target_effects"):
                for effect in getattr(entry, attr, ()):
                    all_effects.append((where(kind, entry.id), effect))
            if isinstance(entry, PurchaseDef):
                tags.update(entry.tags)
    for _, effect in all_effects:
        if effect.op == "count":
            raised.add(effect.counter)
    for place, effect in all_effects:
        if effect.op == "campaign" and effect.tag not in tags:
            problems.add(place, f"campaign tag '{effect.tag}' is on no purchase")
    for kind, entries in content.items():
        for entry in entries.values():
            for cond in getattr(entry, "conditions", ()):
                if cond.counter and cond.counter not in raised:
                    problems.add(
                        where(kind, entry.id),
                        f"counter '{cond.counter}' is never raised by any card",
                    )
    for entry in content["event"].values():
        assert isinstance(entry, EventDef)
        uses_neighbour = any(e.op.startswith("neighbour_") for e in entry.effects)
        if uses_neighbour != (entry.target == "neighbour"):
            problems.add(
                where("event", entry.id),
                'neighbour_* effects go with target = "neighbour", and only with it',
            )
    kinds_needed = {"self", "befriend", "drop", "report", "appeal", "black_market"}
    present = {a.kind for a in content["action"].values() if isinstance(a, ActionDef)}
    for kind in sorted(kinds_needed - present):
        problems.add(str(root / CONTENT_FILES["action"]), f"no action of kind '{kind}'")
    if not content["goal"]:
        problems.add(str(root / CONTENT_FILES["goal"]), "at least one goal is needed")
    if not content["purchase"]:
        problems.add(str(root / CONTENT_FILES["purchase"]), "at least one purchase is needed")
