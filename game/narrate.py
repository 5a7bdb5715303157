"""Words for what the engine does: log entries, actions and prices as sentences a player reads.

Shared by every front end (terminal, table, debrief) so they all tell the same story, in the
chosen language. The engine itself never produces a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .engine import Game, Price
from .engine.records import Entry
from .i18n import _, ngettext
from .i18n.formats import fmt_percent

STAT_NAMES = {"money": "money", "wellbeing": "wellbeing", "voice": "voice"}


def stat_name(stat: str) -> str:
    return {"money": _("money"), "wellbeing": _("wellbeing"), "voice": _("voice")}.get(stat, stat)


def channel_name(channel: str) -> str:
    """The name of a surveillance channel (what reaches the score)."""
    return {
        "purchases": _("purchases"),
        "speech": _("speech"),
        "records": _("records"),
        "cameras": _("cameras"),
    }.get(channel, channel)


def factor_name(factor: str) -> str:
    return {
        "credit": _("credit history"),
        "fulfilment": _("fulfilment"),
        "identity": _("identity"),
        "behaviour": _("behaviour"),
        "connections": _("connections"),
    }.get(factor, factor)


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else f"\u2212{-value}" if value < 0 else "0"


def score_text(game: Game, score: int) -> str:
    """A score as the ruleset shows it: '650', or '4.25★' where the score is a star rating."""
    if game.ruleset.score_format == "stars":
        return f"{score / 100:.2f}★"
    return str(score)


def score_delta_text(game: Game, delta: int) -> str:
    if game.ruleset.score_format == "stars":
        sign = "+" if delta > 0 else "−" if delta < 0 else ""
        return f"{sign}{abs(delta) / 100:.2f}★"
    return signed(delta)


def platform_name(game: Game, platform_id: str) -> str:
    platform = next((p for p in game.ruleset.platforms if p.id == platform_id), None)
    return _(platform.name) if platform is not None else platform_id


def platform_score_text(game: Game, platform_id: str, value: int) -> str:
    """A platform's score on its own scale: stars where it runs 100-500, else the number."""
    platform = next((p for p in game.ruleset.platforms if p.id == platform_id), None)
    if platform is not None and (platform.min, platform.max) in ((100, 500), (300, 500)):
        return f"{value / 100:.2f}★"
    return str(value)


def citizen_name(game: Game, index: int) -> str:
    citizen = game.state.citizens[index]
    if citizen.is_player:
        return citizen.name
    return _(game.content.neighbours[citizen.ref].name)


def tier_name(game: Game, tier: int) -> str:
    return _(game.ruleset.tiers[tier - 1].name)


def era_name(game: Game, era: int) -> str:
    return _(game.ruleset.eras[era - 1].name)


def goal_text(game: Game, goal_id: str) -> str:
    goal = game.content.goals[goal_id]
    return _("{goal}: {text}").format(goal=_(goal.name), text=_(goal.text))


def item_name(game: Game, kind: str, item: str) -> str:
    tables: dict[str, Mapping[str, Entry]] = {
        "buy": game.content.purchases,
        "privilege": game.content.privileges,
        "event": game.content.events,
        "goal": game.content.goals,
    }
    entry = tables.get(kind, game.content.actions).get(item)
    return _(entry.name) if entry is not None else item


def action_label(game: Game, action_id: int) -> str:
    """A short label for a menu: 'Buy: Rice cooker (3 coins)', 'Drop Old Wang'."""
    spec = game.action_spec(action_id)
    content = game.content
    if spec.verb == "end_turn":
        return _("End your turn")
    if spec.verb == "accept":
        return _("Accept the friendship")
    if spec.verb == "decline":
        return _("Decline the friendship")
    if spec.verb == "buy":
        card = content.purchases[spec.item]
        return ngettext(
            "Buy: {item} ({cost} coin)", "Buy: {item} ({cost} coins)", card.cost
        ).format(item=_(card.name), cost=card.cost)
    if spec.verb == "use":
        priv = content.privileges[spec.item]
        if priv.money > 0:
            return ngettext(
                "Use: {item} ({cost} coin)", "Use: {item} ({cost} coins)", priv.money
            ).format(item=_(priv.name), cost=priv.money)
        return _("Use: {item}").format(item=_(priv.name))
    if spec.verb == "rate":
        stars = int(spec.item)
        rating = game.observe(game.current_seat or 0).get("rating") if not game.is_over() else None
        if rating:
            return ngettext("Give {name} {stars} star", "Give {name} {stars} stars", stars).format(
                name=citizen_name(game, rating[1]), stars=stars
            )
        return ngettext("{stars} star", "{stars} stars", stars).format(stars=stars)
    if spec.verb == "teacher":
        return _("Teacher: {command}").format(command=spec.item)
    # Verbs carry the names their content gives them, so a scenario pack's words show.
    action = content.actions[spec.item]
    if spec.verb in ("befriend", "drop", "report"):
        return _("{action}: {name}").format(
            action=_(action.name), name=citizen_name(game, spec.target)
        )
    if spec.verb in ("appeal", "black_market"):
        cost = (
            game.ruleset.appeal_money if spec.verb == "appeal" else game.ruleset.black_market_money
        )
        return ngettext("{action} ({cost} coin)", "{action} ({cost} coins)", cost).format(
            action=_(action.name), cost=cost
        )
    return _(action.name)


def action_help(game: Game, action_id: int) -> str:
    """The card text behind an action, for tooltips and the terminal's details."""
    spec = game.action_spec(action_id)
    content = game.content
    if spec.verb == "buy":
        return _(content.purchases[spec.item].text)
    if spec.verb == "use":
        return _(content.privileges[spec.item].text)
    if spec.item in content.actions:
        return _(content.actions[spec.item].text)
    return ""


def price_text(price: Price, game: Game | None = None) -> str:
    """'+12 score (if detected: 70%), −1 voice, −3 money' - the price before the choice."""
    parts: list[str] = []
    if price.score is not None and price.score != 0:
        if price.chance is not None and price.chance <= 0.0:
            parts.append(
                _("{delta} score if it were watched (not in this era)").format(
                    delta=(score_delta_text(game, price.score) if game else signed(price.score))
                )
            )
        elif price.chance is not None and price.chance < 1.0:
            parts.append(
                _("{delta} score (if detected: {chance})").format(
                    delta=(score_delta_text(game, price.score) if game else signed(price.score)),
                    chance=fmt_percent(price.chance),
                )
            )
        else:
            parts.append(
                _("{delta} score").format(
                    delta=(score_delta_text(game, price.score) if game else signed(price.score))
                )
            )
    for stat in ("money", "wellbeing", "voice"):
        value = getattr(price, stat)
        if value:
            parts.append(f"{signed(value)} {stat_name(stat)}")
    if price.risk:
        parts.append(_("risk: {chance}").format(chance=fmt_percent(price.risk)))
    if price.target_score:
        parts.append(_("{delta} to their score").format(delta=signed(price.target_score)))
    if not parts:
        return _("no visible price")
    return ", ".join(parts)


def entry_text(game: Game, entry: dict[str, Any], seat: int | None) -> str | None:
    """One log entry (as a seat sees it) in a sentence, or None for bookkeeping nobody reads."""
    kind = entry["kind"]
    detail = entry["detail"]
    actor = citizen_name(game, entry["actor"]) if entry["actor"] >= 0 else ""
    target = citizen_name(game, entry["target"]) if entry["target"] >= 0 else ""
    item = entry["item"]
    if kind == "start":
        return _("The city switches on its citizen trust score.")
    if kind == "goal":
        return _("Your secret life goal: {goal}").format(goal=goal_text(game, item))
    if kind == "era":
        era = next(i for i, e in enumerate(game.ruleset.eras, 1) if e.id == item)
        return _("A new era begins: {era}. {text}").format(
            era=era_name(game, era), text=_(game.ruleset.eras[era - 1].text)
        )
    if kind == "action":
        text = _("{actor}: {action}.").format(actor=actor, action=item_name(game, kind, item))
    elif kind == "buy":
        text = _("{actor} buys {item}.").format(actor=actor, item=item_name(game, kind, item))
    elif kind == "privilege":
        text = _("{actor} uses a privilege: {item}.").format(
            actor=actor, item=item_name(game, kind, item)
        )
    elif kind == "appeal":
        text = (
            _("{actor} appeals a penalty, and the appeal is upheld.")
            if detail.get("upheld")
            else _("{actor} appeals a penalty. Appeal rejected.")
        ).format(actor=actor)
    elif kind == "black_market":
        text = (
            _("{actor} pays a hacker to edit the database, and is caught.")
            if detail.get("caught")
            else _("{actor} pays a hacker to edit the database.")
        ).format(actor=actor)
    elif kind == "offer":
        text = _("{actor} offers {target} friendship.").format(actor=actor, target=target)
    elif kind == "befriend":
        text = _("{actor} and {target} are now friends.").format(actor=actor, target=target)
    elif kind == "declined":
        text = _("{actor} declines {target}'s friendship.").format(actor=actor, target=target)
    elif kind == "drop":
        text = _("{actor} drops {target}.").format(actor=actor, target=target)
    elif kind == "report":
        text = _("{actor} reports {target} to the authorities.").format(actor=actor, target=target)
    elif kind == "event":
        event = game.content.events[item]
        if detail.get("nobody"):
            text = _("Event: {name}. It concerns nobody this time.").format(name=_(event.name))
        else:
            text = _("Event for {target}: {name}. {text}").format(
                target=target, name=_(event.name), text=_(event.text)
            )
    elif kind == "upkeep":
        if not entry["score"] and not entry["private"]:
            return None
        text = _("{actor} pays the month's living costs.").format(actor=actor)
    elif kind == "drift":
        text = _("The neighbours' scores drift.")
    elif kind == "rating":
        text = ngettext(
            "{actor} rates {target}: {stars} star.",
            "{actor} rates {target}: {stars} stars.",
            int(item) if item.isdigit() else 2,
        ).format(actor=actor, target=target, stars=item)
    elif kind == "round":
        return None
    elif kind == "teacher":
        return {
            "transparent": _("The teacher switches the scoring to transparent: the factors show."),
            "opaque": _("The teacher switches the scoring to opaque: only the number shows."),
            "review": _("The teacher calls the life review now."),
        }.get(item, _("The teacher intervenes."))
    elif kind == "blacklisted":
        text = _("{actor} is put on the blacklist.").format(actor=actor)
    elif kind == "blacklist_left":
        text = _("{actor} is taken off the blacklist.").format(actor=actor)
    elif kind == "review":
        return _("The game is over. The life review begins.")
    else:
        text = _("Something happened that this version cannot describe ({kind}).").format(kind=kind)
    if detail.get("blacklisted") and kind not in ("blacklisted",):
        text += " " + _("Blacklisted.")
    if detail.get("late_payment"):
        text += " " + _("Payment late by {n} coins.").format(n=detail["late_payment"])
    if detail.get("shamed"):
        text += " " + _("Face shown on the wall of shame.")
    if detail.get("friendship_ended"):
        text += " " + _("The friendship is over.")
    return text + effects_text(game, entry, seat)


def effects_text(game: Game, entry: dict[str, Any], seat: int | None) -> str:
    parts: list[str] = []
    for index, delta in sorted(entry["score"].items()):
        parts.append(f"{citizen_name(game, index)} {score_delta_text(game, delta)}")
    private = entry["private"]
    mine: list[str] = []
    if isinstance(private, dict):
        for stat, delta in private.items():
            mine.append(f"{signed(delta)} {stat_name(stat)}")
    out = ""
    if parts:
        out += " " + _("[score: {changes}]").format(changes=", ".join(parts))
    if mine:
        out += " " + _("[you: {changes}]").format(changes=", ".join(mine))
    return out
