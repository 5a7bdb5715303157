"""The seated human's choices as menu pages: direct actions and groups (Speak, Buy, Befriend...).

The main page fits the number keys: direct acts first, then one entry per group, then appeal,
the hacker and "End your turn". A group opens a page of its actions, each with its price. A
citizen's page (from a click on a seat or a graph node) lists what can be done to them. Pure
logic on the engine's public API; the table scene turns pages into buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Game, Price
from ..i18n import _
from ..narrate import action_help, action_label, citizen_name, price_text

GROUPS: tuple[str, ...] = ("speak", "buy", "befriend", "drop", "report", "use")
MAIN = "main"


@dataclass(frozen=True, slots=True)
class MenuEntry:
    label: str
    action: int | None = None  # an action to apply, or
    page: str | None = None  # a page to open
    help: str = ""
    count: int = 0


def group_title(group: str) -> str:
    return {
        "speak": _("Speak"),
        "buy": _("Buy"),
        "befriend": _("Befriend"),
        "drop": _("Drop a friend"),
        "report": _("Report someone"),
        "use": _("Use a privilege"),
    }.get(group, group)


def group_help(group: str) -> str:
    return {
        "speak": _(
            "Praise, share, stay silent or criticise: speech reaches the score in later eras."
        ),
        "buy": _("Buy a card from the market: what you buy says who you are."),
        "befriend": _("Make a friend: your connections factor follows your friends' scores."),
        "drop": _("End a friendship: it may lift your score, and it costs wellbeing."),
        "report": _("Report a citizen to the authorities: your score rises, theirs falls."),
        "use": _("Use a privilege your tier opens: travel, loans, schools, hotels."),
    }.get(group, "")


def group_of(game: Game, action_id: int) -> str | None:
    """The group an action sits in, or None for the main page."""
    spec = game.action_spec(action_id)
    if spec.verb == "self":
        action = game.content.actions.get(spec.item)
        return "speak" if action is not None and action.channel == "speech" else None
    if spec.verb in GROUPS:
        return str(spec.verb)
    return None


def build_pages(game: Game) -> dict[str, list[MenuEntry]]:
    """Every page for the current decision (the seated human's), keyed by page name."""
    legal = game.legal_actions()
    if game.state.phase == "consent":
        return {MAIN: [entry(game, a) for a in legal]}
    grouped: dict[str, list[int]] = {g: [] for g in GROUPS}
    direct: list[int] = []
    late: list[int] = []
    end_turn: list[int] = []
    for action_id in legal:
        spec = game.action_spec(action_id)
        group = group_of(game, action_id)
        if group is not None:
            grouped[group].append(action_id)
        elif spec.verb == "end_turn":
            end_turn.append(action_id)
        elif spec.verb in ("appeal", "black_market"):
            late.append(action_id)
        else:
            direct.append(action_id)
    main = [entry(game, a) for a in direct]
    pages: dict[str, list[MenuEntry]] = {}
    for group in GROUPS:
        ids = grouped[group]
        if ids:
            main.append(
                MenuEntry(group_title(group), page=group, help=group_help(group), count=len(ids))
            )
            pages[group] = [entry(game, a) for a in ids]
    main += [entry(game, a) for a in late + end_turn]
    pages[MAIN] = main
    return pages


def person_page(game: Game, citizen: int) -> list[MenuEntry]:
    """What the seated human may do to one citizen now (befriend, drop, report)."""
    out = []
    for action_id in game.legal_actions():
        spec = game.action_spec(action_id)
        if spec.target == citizen and spec.verb in ("befriend", "drop", "report"):
            out.append(entry(game, action_id))
    return out


def entry(game: Game, action_id: int) -> MenuEntry:
    return MenuEntry(
        action_label(game, action_id), action=action_id, help=action_help(game, action_id)
    )


def page_title(game: Game, page: str) -> str:
    if page == MAIN:
        if game.state.phase == "consent" and game.state.pending is not None:
            return _("{name} offers you friendship.").format(
                name=citizen_name(game, game.state.pending[0])
            )
        return _("Your choices")
    if page.startswith("person:"):
        return citizen_name(game, int(page.split(":", 1)[1]))
    return group_title(page)


class PriceBook:
    """Prices of the current decision, computed once each (a price costs a trial move)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] = (-1, -1)
        self._prices: dict[int, Price] = {}

    def price(self, game: Game, action_id: int) -> Price:
        key = (len(game.state.actions_taken), id(game))
        if key != self._key:
            self._key = key
            self._prices = {}
        found = self._prices.get(action_id)
        if found is None:
            found = game.price(action_id)
            self._prices[action_id] = found
        return found

    def text(self, game: Game, action_id: int) -> str:
        return price_text(self.price(game, action_id))
