"""One line a player can read: why a bot did what it did ("Old Wang's score costs me 14 points").

The line names the concern that weighed most in the bot's appraisal, with its figures, so the
table can see each temperament's reasons: the conformist's score, the dissident's voice, the
loyal friend's friends.
"""

from __future__ import annotations

from ..engine import Game
from ..i18n import _, fmt_signed, ngettext
from ..narrate import citizen_name
from .appraise import Outcome
from .values import Breakdown
from .view import SeatView

# Score changes smaller than this are not worth a mention.
NOTABLE = 3


def _main_reason(b: Breakdown) -> str:
    """The concern that weighed most in favour of the choice."""
    best, value = "", 0.0
    for key, part in b.parts.items():
        if part > value:
            best, value = key, part
    return best


def _signed(value: int) -> str:
    return fmt_signed(value)


def explain(
    game: Game, view: SeatView, o: Outcome, b: Breakdown, declined: Outcome | None = None
) -> str:
    """The motive behind an appraised action, in the current language.

    `declined` is the friendship a bot turned down (the accept it did not choose), so the bot
    can say what that friend's score would have cost."""
    reason = _main_reason(b)
    score = round(o.likelihood * (o.chance * o.score + o.connections))
    verb = o.verb
    if verb == "end_turn":
        return _("nothing on offer is worth its price")
    if verb == "decline":
        if declined is not None:
            cost = round(-declined.connections)
            name = citizen_name(game, view.pending[0]) if view.pending else ""
            if cost >= NOTABLE:
                return ngettext(
                    "{name}'s score would cost me {n} point",
                    "{name}'s score would cost me {n} points",
                    cost,
                ).format(name=name, n=cost)
        return _("I choose my friends with care")
    if verb == "rate":
        stars = int(o.item) if str(o.item).isdigit() else 0
        return ngettext(
            "{n} star: that is what I think", "{n} stars: that is what I think", stars
        ).format(n=o.item)
    if verb in ("befriend", "accept", "drop"):
        return _friendship(game, view, o, b, reason)
    if verb == "report":
        return ngettext(
            "a civic duty: {n} point for me, {m} for {name}",
            "a civic duty: {n} points for me, {m} for {name}",
            abs(score),
        ).format(
            n=_signed(score), m=_signed(round(o.target_score)), name=citizen_name(game, o.target)
        )
    if verb == "appeal":
        back = max(0, score)
        return ngettext(
            "that penalty was unfair: I want my {n} point back",
            "that penalty was unfair: I want my {n} points back",
            back,
        ).format(n=back)
    if verb == "black_market":
        credit = round(o.score)
        return ngettext(
            "{n} point of credit, if nobody notices",
            "{n} points of credit, if nobody notices",
            abs(credit),
        ).format(n=_signed(credit))
    if verb == "self" and o.critic:
        if b.parts.get("taste", 0.0) > 0:
            return _("someone has to say it ({n} voice)").format(n=_signed(o.voice))
        lost = -score if score < 0 else 0
        return ngettext(
            "{n} voice is worth {m} point of score", "{n} voice is worth {m} points of score", lost
        ).format(n=_signed(o.voice), m=lost)
    if verb == "self" and o.item == "silent":
        return _("better to say nothing today")
    if verb == "self" and o.item == "work":
        if reason == "money":
            return ngettext(
                "{n} coin: the bills will not pay themselves",
                "{n} coins: the bills will not pay themselves",
                abs(o.money),
            ).format(n=_signed(o.money))
        return _("{n} score for a punctual shift").format(n=_signed(score))
    if verb == "use":
        if reason == "goal":
            return _("my score opens this door, and my secret goal is closer")
        if o.wellbeing > 0:
            return _("my score opens this door: {n} wellbeing").format(n=_signed(o.wellbeing))
        if o.money > 0:
            return ngettext(
                "my score opens this door: {n} coin",
                "my score opens this door: {n} coins",
                abs(o.money),
            ).format(n=_signed(o.money))
        return _("my score opens this door")
    if reason == "goal":
        return _("it brings my secret goal closer")
    if reason == "wellbeing" and o.wellbeing > 0:
        return _("it makes life better ({n} wellbeing)").format(n=_signed(o.wellbeing))
    if reason == "voice" and o.voice > 0:
        return _("it keeps me myself ({n} voice)").format(n=_signed(o.voice))
    if reason == "money" and o.money > 0:
        return _("a few coins put aside ({n})").format(n=_signed(o.money))
    if score:
        if verb == "buy":
            cost = game.content.purchases[o.item].cost
            return ngettext("{n} score for {cost} coin", "{n} score for {cost} coins", cost).format(
                n=_signed(score), cost=cost
            )
        return _("{n} score, if anyone is watching").format(n=_signed(score))
    return _("it seemed the least bad choice")


def _friendship(game: Game, view: SeatView, o: Outcome, b: Breakdown, reason: str) -> str:
    other = o.target
    if o.verb == "accept":
        other = view.pending[0] if view.pending else -1
    name = citizen_name(game, other) if other >= 0 else ""
    effect = round(o.connections)
    if o.verb == "drop":
        if -effect >= NOTABLE:
            return ngettext(
                "{name}'s score costs me {n} point", "{name}'s score costs me {n} points", -effect
            ).format(name=name, n=-effect)
        return _("we have grown apart, {name} and I").format(name=name)
    if b.parts.get("taste", 0.0) > 0:
        if effect <= -NOTABLE:
            return ngettext(
                "I stand by my friends, even at {n} point",
                "I stand by my friends, even at {n} points",
                -effect,
            ).format(n=-effect)
        return _("I stand by my friends, whatever their score")
    if reason == "goal":
        return _("{name} brings my secret goal closer").format(name=name)
    if effect >= NOTABLE:
        return _("a friend, and {name}'s score lifts mine by {n}").format(name=name, n=effect)
    if effect <= -NOTABLE:
        return ngettext(
            "a friend is worth the {n} point it costs me",
            "a friend is worth the {n} points it costs me",
            -effect,
        ).format(n=-effect)
    return _("one more friend, at no cost to my score")
