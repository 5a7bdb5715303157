"""Short sentences for the debrief: the cause of a score change, and the rule behind it.

The terminal's log sentences (game.narrate) tell the story as it happens; these are shorter, to
fit a trail line, a chart label or a question, and they name the rule that did the weighing.
"""

from __future__ import annotations

from typing import Any

from ..engine import Game
from ..i18n import _, ngettext
from ..narrate import channel_name, citizen_name, factor_name, item_name, signed

ACTION_KINDS = ("action", "befriend", "drop", "report", "appeal", "black_market", "offer")


def era_label(game: Game, era_id: str) -> str:
    for era in game.ruleset.eras:
        if era.id == era_id:
            return _(era.name)
    return era_id


def card_of(game: Game, entry: dict[str, Any]) -> tuple[str, Any] | None:
    """The content record a log entry played ('purchase', record), or None for bookkeeping."""
    kind, item = entry["kind"], entry["item"]
    content = game.content
    if kind == "buy" and item in content.purchases:
        return "purchase", content.purchases[item]
    if kind == "event" and item in content.events:
        return "event", content.events[item]
    if kind == "privilege" and item in content.privileges:
        return "privilege", content.privileges[item]
    if kind in ACTION_KINDS and item in content.actions:
        return "action", content.actions[item]
    return None


def coins_short(n: int) -> str:
    return ngettext("{n} coin short", "{n} coins short", n).format(n=n)


def rule_id(entry: dict[str, Any]) -> str:
    """A stable name for the mechanic behind an entry: 'buy:diapers', 'upkeep:late', 'era:...'."""
    kind, item, detail = entry["kind"], entry["item"], entry["detail"]
    if kind == "upkeep":
        return "upkeep:late" if detail.get("late_payment") else "upkeep"
    return f"{kind}:{item}" if item else kind


def cause_text(game: Game, entry: dict[str, Any]) -> str:
    """What happened, in a few words: 'Ana buys Ten-hour game bundle'."""
    kind: str = entry["kind"]
    detail = entry["detail"]
    actor = citizen_name(game, entry["actor"]) if entry["actor"] >= 0 else ""
    target = citizen_name(game, entry["target"]) if entry["target"] >= 0 else ""
    item = item_name(game, kind, entry["item"]) if entry["item"] else ""
    if kind == "start":
        return _("Opening score")
    if kind == "era":
        return _("A new era: {era}").format(era=era_label(game, entry["item"]))
    if kind == "buy":
        return _("{actor} buys {item}").format(actor=actor, item=item)
    if kind == "action":
        return _("{actor}: {action}").format(actor=actor, action=item)
    if kind == "privilege":
        return _("{actor} uses {item}").format(actor=actor, item=item)
    if kind == "befriend":
        return _("{actor} and {target} become friends").format(actor=actor, target=target)
    if kind == "drop":
        return _("{actor} drops {target}").format(actor=actor, target=target)
    if kind == "report":
        return _("{actor} reports {target}").format(actor=actor, target=target)
    if kind == "appeal":
        if detail.get("upheld"):
            return _("{actor} appeals a penalty: upheld").format(actor=actor)
        return _("{actor} appeals a penalty: rejected").format(actor=actor)
    if kind == "black_market":
        if detail.get("caught"):
            return _("{actor} pays a hacker and is caught").format(actor=actor)
        return _("{actor} pays a hacker").format(actor=actor)
    if kind == "event":
        if target:
            return _("Event: {item} ({target})").format(item=item, target=target)
        return _("Event: {item}").format(item=item)
    if kind == "upkeep":
        if detail.get("late_payment"):
            return _("{actor}: living costs, {short}").format(
                actor=actor, short=coins_short(detail["late_payment"])
            )
        return _("{actor}: living costs").format(actor=actor)
    if kind == "drift":
        return _("The neighbours' scores drift")
    if kind == "blacklisted":
        return _("{actor} is put on the blacklist").format(actor=actor)
    if kind == "blacklist_left":
        return _("{actor} leaves the blacklist").format(actor=actor)
    if kind == "review":
        return _("The life review")
    return kind


def card_rule(game: Game, entry: dict[str, Any]) -> str:
    """The card or mechanic that did the weighing, named as the rules name it."""
    kind: str = entry["kind"]
    detail = entry["detail"]
    found = card_of(game, entry)
    if kind == "start":
        return _("the opening score of the {ruleset} ruleset").format(ruleset=_(game.ruleset.name))
    if kind == "era":
        return _("era rules: {era}").format(era=era_label(game, entry["item"]))
    if kind == "upkeep" and detail.get("late_payment"):
        return _("late payment: {short}, {credit} credit per coin").format(
            short=coins_short(detail["late_payment"]),
            credit=signed(game.ruleset.late_payment_credit),
        )
    if kind == "upkeep":
        return _("living costs")
    if kind == "drift":
        return _("neighbours' drift")
    if kind in ("blacklisted", "blacklist_left"):
        return _("the blacklist line")
    if kind == "appeal":
        outcome = _("upheld") if detail.get("upheld") else _("rejected")
        return _("appeal ({outcome}) against a penalty from round {round}").format(
            outcome=outcome, round=detail.get("penalty_round", "?")
        )
    if found is None:
        return kind
    card_kind, record = found
    label = {
        "purchase": _("purchase card"),
        "event": _("event card"),
        "privilege": _("privilege"),
        "action": _("action"),
    }[card_kind]
    text = f"{label}: {_(record.name)}"
    if detail.get("late_payment"):
        text += "; " + _("late payment: {short}").format(short=coins_short(detail["late_payment"]))
    return text


def factors_text(factors: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{factor_name(f)} {signed(d)}" for f, d in factors)


def detected_text(entry: dict[str, Any]) -> str:
    """Which watching channels saw the act, as the era's detection rolled it."""
    detected = entry["detail"].get("detected") or {}
    seen = [channel_name(c) for c, hit in detected.items() if hit]
    if not seen:
        return ""
    return _("seen on: {channels}").format(channels=", ".join(seen))


def rule_text(
    game: Game,
    entry: dict[str, Any],
    factors: tuple[tuple[str, int], ...],
    connections: str,
) -> str:
    """The whole rule behind one score change: card, factor moves, connections, detection.

    When only connections moved, they come first: the card is someone else's, and the score
    moved because of who the player was friends with.
    """
    if connections and not factors:
        return connections + " \u00b7 " + card_rule(game, entry)
    parts = [card_rule(game, entry)]
    if factors:
        parts.append(factors_text(factors))
    if connections:
        parts.append(connections)
    seen = detected_text(entry)
    if seen and factors:
        parts.append(seen)
    return " \u00b7 ".join(parts)
