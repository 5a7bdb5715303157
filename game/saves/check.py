"""Every field of a save or replay checked for type and range before the engine sees it.

The engine replays the actions and compares the result with the saved state, which catches
any edited value; this module makes sure that what reaches it has the right shape, so a field
of the wrong type gets a sentence naming the field instead of an error deep in the rules.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import Any

from ..engine import list_scenarios
from ..i18n import _
from .errors import SaveError

MAX_SEATS = 6
MAX_NAME = 100             # characters in a seat's or a bot kind's name
MAX_ID = 64                # characters in a ruleset id or a content fingerprint
MAX_ACTIONS = 100_000      # far above the longest game (rounds x seats x decisions per turn)
MAX_ACTION_ID = 1_000_000
MAX_SEED = 2**63
MAX_PACKS = 8
MAX_PATH = 400
_PACK_ID = re.compile(r"^[a-z0-9_-]{1,48}$")


class FieldChecker:
    """Checks fields of one file and names the first bad one in the error."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, field: str, expected: str) -> SaveError:
        return SaveError(
            _("{file}: the field '{field}' should be {expected}.").format(
                file=self.where, field=field, expected=expected
            )
        )

    def get(self, data: dict[str, Any], key: str, field: str) -> Any:
        if key not in data:
            raise SaveError(
                _("{file}: the field '{field}' is missing.").format(file=self.where, field=field)
            )
        return data[key]

    def text(self, value: Any, field: str, limit: int, allow_empty: bool = False) -> str:
        if not isinstance(value, str) or len(value) > limit or (not allow_empty and not value):
            raise self.fail(field, _("text of 1 to {n} characters").format(n=limit))
        return value

    def whole(self, value: Any, field: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value < high:
            raise self.fail(
                field, _("a whole number from {low} to {high}").format(low=low, high=high - 1)
            )
        return value

    def table(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, _("a table of named fields"))
        return value

    def items(self, value: Any, field: str, low: int, high: int) -> list[Any]:
        if not isinstance(value, list) or not low <= len(value) <= high:
            raise self.fail(
                field, _("a list of {low} to {high} entries").format(low=low, high=high)
            )
        return value


def check_setup_fields(check: FieldChecker, setup: dict[str, Any], prefix: str) -> None:
    """ruleset, seats, seed, options: the fields that start a game."""
    check.text(check.get(setup, "ruleset", prefix + "ruleset"), prefix + "ruleset", MAX_ID)
    seats = check.items(check.get(setup, "seats", prefix + "seats"), prefix + "seats", 1, MAX_SEATS)
    for index, seat in enumerate(seats):
        where = f"{prefix}seats[{index}]"
        seat = check.table(seat, where)
        check.text(check.get(seat, "name", where + ".name"), where + ".name", MAX_NAME)
        kind = check.get(seat, "kind", where + ".kind")
        if kind not in ("human", "bot"):
            raise check.fail(where + ".kind", _("\"human\" or \"bot\""))
        if "bot" in seat:
            check.text(seat["bot"], where + ".bot", MAX_NAME, allow_empty=True)
    if "packs" in setup:
        packs = check.items(setup["packs"], prefix + "packs", 0, MAX_PACKS)
        for index, pack in enumerate(packs):
            check_pack(check, pack, f"{prefix}packs[{index}]")
    check.whole(check.get(setup, "seed", prefix + "seed"), prefix + "seed", 0, MAX_SEED)
    options = check.table(check.get(setup, "options", prefix + "options"), prefix + "options")
    for key, value in options.items():
        if not isinstance(value, bool | str) or (isinstance(value, str) and len(value) > MAX_ID):
            raise check.fail(f"{prefix}options.{key}", _("true, false or a short word"))


def check_pack(check: FieldChecker, pack: Any, field: str) -> None:
    """A scenario pack named by a save: one that ships with the game, or a local pack folder.

    A file from elsewhere must not make the game read arbitrary places: no network shares
    (which on Windows would connect to another machine), no '..', only absolute local folders
    that hold a pack.toml.
    """
    text = check.text(pack, field, MAX_PATH)
    if _PACK_ID.match(text):
        if text in list_scenarios():
            return
    elif _is_safe_local_folder(text):
        return
    raise SaveError(
        _("{file}: the save names a scenario pack that is not installed here ('{pack}').").format(
            file=check.where, pack=text[:60]
        )
    )


def _is_safe_local_folder(text: str) -> bool:
    if text[:2] in ("\\\\", "//", "\\/", "/\\") or "://" in text or "\x00" in text:
        return False
    path = PurePath(text)
    if not path.is_absolute() or ".." in path.parts:
        return False
    try:
        return (Path(text) / "pack.toml").is_file()
    except (OSError, ValueError):
        return False


def check_actions(check: FieldChecker, actions: Any, field: str) -> list[int]:
    items = check.items(actions, field, 0, MAX_ACTIONS)
    for index, action in enumerate(items):
        check.whole(action, f"{field}[{index}]", 0, MAX_ACTION_ID)
    return items


def check_save(data: dict[str, Any], where: str) -> None:
    """A save of the current format: every field the engine reads has the right type."""
    check = FieldChecker(where)
    if data.get("game") != "model-citizen":
        raise SaveError(_("{file}: this is not a Model Citizen save.").format(file=where))
    check.text(check.get(data, "content", "content"), "content", MAX_ID)
    setup = check.table(check.get(data, "setup", "setup"), "setup")
    check_setup_fields(check, setup, "setup.")
    check_actions(check, check.get(data, "actions", "actions"), "actions")
    if "state" in data:
        check.table(data["state"], "state")
    check_bot_kinds(check, setup["seats"])


def check_bot_kinds(check: FieldChecker, seats: list[dict[str, Any]]) -> None:
    """A saved game goes on with its bots, so each bot seat must name a bot this version has."""
    from ..bots import make_bot  # only when a save is read to be continued

    for index, seat in enumerate(seats):
        if seat["kind"] != "bot":
            continue
        kind = seat.get("bot") or "bot"
        try:
            make_bot(kind, seed=0)
        except ValueError:
            raise SaveError(
                _("{file}: seat {n} is played by a kind of bot this version does not have "
                  "('{kind}').").format(file=check.where, n=index + 1, kind=kind[:40])
            ) from None
