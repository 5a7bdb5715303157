"""The twelve needs of a social credit system (seed 003), tied to what happened in this game.

Which log entries touch which point, and the open question each point asks, are data
(assets/debrief/twelve_points.toml); this module reads that table and applies it to a game.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..engine import Content, Game
from ..i18n import _, fmt_percent
from ..narrate import citizen_name, era_name, factor_name, item_name, signed
from .model import Debrief, PointReview
from .texts import DEBRIEF_ASSETS, load_toml
from .words import card_of, cause_text, channel_name

POINTS_FILE = DEBRIEF_ASSETS / "twelve_points.toml"
BOOKKEEPING = ("start", "goal", "review", "offer", "declined")
LOG_KINDS = (
    "buy",
    "action",
    "privilege",
    "event",
    "befriend",
    "drop",
    "report",
    "appeal",
    "black_market",
    "upkeep",
    "blacklisted",
    "blacklist_left",
    "era",
    "drift",
)
ENTRY_SELECTORS = ("kinds", "items", "channels", "detected", "tags", "factors", "details", "score")
CASE_KEYS = (*ENTRY_SELECTORS, "who", "switch", "together", "question")
EVIDENCE_SHOWN = 4


@dataclass(frozen=True, slots=True)
class Match:
    entry: dict[str, Any]
    who: int
    delta: int


class Missing(dict[str, str]):
    """Placeholders a translated question does not know stay visible instead of crashing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def load_points() -> list[dict[str, Any]]:
    return list(load_toml(POINTS_FILE)["point"])


def check_points(content: Content, points: list[dict[str, Any]] | None = None) -> list[str]:
    """Every problem in the twelve-points table, as 'point N: what is wrong'."""
    points = load_points() if points is None else points
    problems: list[str] = []
    numbers = sorted(p.get("number", 0) for p in points)
    if numbers != list(range(1, 13)):
        problems.append(f"points should be numbered 1 to 12, found {numbers}")
    known_items = (
        set(content.purchases)
        | set(content.events)
        | set(content.privileges)
        | set(content.actions)
    )
    for point in points:
        where = f"point {point.get('number', '?')}"
        for key in ("id", "name", "explanation", "status"):
            if key not in point:
                problems.append(f"{where}: no {key}")
        cases = point.get("case", [])
        if not cases or any(entry_selectors(c) for c in cases[-1:]):
            problems.append(f"{where}: the last case should be a fallback with no entry selector")
        for number, case in enumerate(cases, start=1):
            here = f"{where}, case {number}"
            problems.extend(f"{here}: unknown key '{k}'" for k in case if k not in CASE_KEYS)
            if "question" not in case:
                problems.append(f"{here}: no question")
            problems.extend(
                f"{here}: unknown kind '{k}'" for k in case.get("kinds", []) if k not in LOG_KINDS
            )
            problems.extend(
                f"{here}: unknown item '{i}'" for i in case.get("items", []) if i not in known_items
            )
            if case.get("who", "actor") not in ("actor", "target"):
                problems.append(f"{here}: who should be actor or target")
            if case.get("score", "moved") not in ("up", "down", "moved"):
                problems.append(f"{here}: score should be up, down or moved")
            switch = case.get("switch")
            if switch is not None and switch.get("name") not in (
                "transparent",
                "appeals",
                "data_protection",
                "public_shaming",
            ):
                problems.append(f"{here}: unknown switch {switch!r}")
    return problems


def entry_selectors(case: dict[str, Any]) -> bool:
    return any(key in case for key in ENTRY_SELECTORS)


def who_of(game: Game, entry: dict[str, Any], case: dict[str, Any]) -> int:
    """The citizen a case's question is about."""
    if case.get("who") == "target":
        return int(entry["target"])
    if case.get("who") == "actor":
        return int(entry["actor"])
    if 0 <= entry["actor"] < game.num_players:
        return int(entry["actor"])
    return int(entry["target"])


def entry_matches(game: Game, entry: dict[str, Any], case: dict[str, Any], who: int) -> bool:
    if entry["kind"] in BOOKKEEPING or who < 0:
        return False
    if "kinds" in case and entry["kind"] not in case["kinds"]:
        return False
    if "items" in case and entry["item"] not in case["items"]:
        return False
    found = card_of(game, entry)
    channel = str(getattr(found[1], "channel", "")) if found else ""
    if "channels" in case and channel not in case["channels"]:
        return False
    if "detected" in case:
        seen = (entry["detail"].get("detected") or {}).get(channel, False)
        if bool(seen) != bool(case["detected"]):
            return False
    if "tags" in case:
        tags = set(getattr(found[1], "tags", ())) if found else set()
        if not tags & set(case["tags"]):
            return False
    if "factors" in case:
        players = game.num_players
        if not any(
            f in case["factors"] and w < players and d for w, f, d in entry.get("factors", [])
        ):
            return False
    for key, wanted in case.get("details", {}).items():
        if bool(entry["detail"].get(key)) != bool(wanted):
            return False
    delta = entry["score"].get(who, 0)
    score = case.get("score")
    return not (
        (score == "up" and delta <= 0)
        or (score == "down" and delta >= 0)
        or (score == "moved" and delta == 0)
    )


def game_conditions(game: Game, debrief: Debrief, case: dict[str, Any]) -> bool:
    switch = case.get("switch")
    if switch is not None and game.state.options.switch(switch["name"]) != bool(switch["value"]):
        return False
    return "together" not in case or debrief.title_and_life_together == bool(case["together"])


def matches_of(game: Game, log: list[dict[str, Any]], case: dict[str, Any]) -> list[Match]:
    found = []
    for entry in log:
        who = who_of(game, entry, case)
        if entry_matches(game, entry, case, who):
            found.append(Match(entry, who, entry["score"].get(who, 0)))
    found.sort(key=lambda m: (-abs(m.delta), m.entry["seq"]))
    return found


def game_values(debrief: Debrief) -> dict[str, str]:
    model = next(p for p in debrief.players if p.model_citizen)
    best = max(debrief.players, key=lambda p: (p.life_points, -p.seat))
    return {
        "model": model.name,
        "model_score": str(model.score),
        "best_life": best.name,
        "best_life_points": str(best.life_points),
    }


def match_values(game: Game, match: Match) -> dict[str, str]:
    entry = match.entry
    actor, target = entry["actor"], entry["target"]
    return {
        "who": citizen_name(game, match.who),
        "actor": citizen_name(game, actor) if actor >= 0 else "",
        "target": citizen_name(game, target) if target >= 0 else "",
        "item": item_name(game, entry["kind"], entry["item"]) if entry["item"] else "",
        # An event's own name reads better inside a sentence that already names who it struck.
        "cause": item_name(game, "event", entry["item"])
        if entry["kind"] == "event"
        else cause_text(game, entry),
        "round": str(entry["round"]),
        "delta": signed(match.delta),
        "points": str(abs(match.delta)),
        "other": signed(entry["score"].get(target, 0)) if target >= 0 else "0",
    }


def evidence_line(game: Game, match: Match) -> str:
    line = _("Round {round}: {cause}").format(
        round=match.entry["round"], cause=cause_text(game, match.entry)
    )
    if match.delta:
        line += " \u2014 " + _("{name}'s score {delta}").format(
            name=citizen_name(game, match.who), delta=signed(match.delta)
        )
    return line


def status_text(game: Game, status: dict[str, Any]) -> str:
    if "switch" in status:
        on = game.state.options.switch(status["switch"])
        return _(str(status["on"] if on else status["off"]))
    if "channel" in status:
        channel = status["channel"]
        chances = ", ".join(
            f"{era_name(game, number)} {fmt_percent(era.detection[channel])}"
            for number, era in enumerate(game.ruleset.eras, start=1)
        )
        return _("How often {channel} reached the score, era by era: {chances}.").format(
            channel=channel_name(channel), chances=chances
        )
    if status.get("weights"):
        return weights_text(game)
    return _(str(status.get("text", "")))


def weights_text(game: Game) -> str:
    """The formula the score applied: what the algorithm weighed, in the ruleset's own terms."""
    r = game.ruleset
    total = sum(r.weights.values()) or 1.0
    parts = ", ".join(
        f"{factor_name(f)} {fmt_percent(w / total)}" for f, w in r.weights.items() if w
    )
    return _("The {ruleset} formula weighed: {parts}.").format(ruleset=_(r.name), parts=parts)


def review_point(
    game: Game, debrief: Debrief, log: list[dict[str, Any]], point: dict[str, Any]
) -> PointReview:
    question = ""
    asked: Match | None = None
    evidence: dict[int, Match] = {}
    globals_ = game_values(debrief)
    for case in point.get("case", []):
        if not game_conditions(game, debrief, case):
            continue
        if not entry_selectors(case):
            if not question:
                question = _(str(case["question"])).format_map(Missing(globals_))
            continue
        found = matches_of(game, log, case)
        for match in found:
            evidence.setdefault(match.entry["seq"], match)
        if found and not question:
            asked = found[0]
            values = {**globals_, **match_values(game, asked)}
            question = _(str(case["question"])).format_map(Missing(values))
    # The entry the question is about comes first, then the ones that moved scores most.
    shown = sorted(
        evidence.values(),
        key=lambda m: (m is not asked, -abs(m.delta), m.entry["seq"]),
    )
    return PointReview(
        number=int(point["number"]),
        id=str(point["id"]),
        name=_(str(point["name"])),
        explanation=_(str(point["explanation"])),
        status=status_text(game, point.get("status", {})),
        evidence=[evidence_line(game, m) for m in shown[:EVIDENCE_SHOWN]],
        count=len(evidence),
        question=question,
    )


def review_points(game: Game, debrief: Debrief, log: list[dict[str, Any]]) -> list[PointReview]:
    points = sorted(load_points(), key=lambda p: int(p["number"]))
    return [review_point(game, debrief, log, point) for point in points]
