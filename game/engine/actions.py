"""The action catalogue: every action a game can ever offer, each with a stable integer id.

Ids depend only on the content and the number of seats, so they are the same in every state of a
game, in every replay of it, and for every seat: a fixed-size action space, as RL libraries want.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import ActionDef, Content, Ruleset

END_TURN = 0
ACCEPT = 1
DECLINE = 2
TARGET_VERBS: tuple[str, ...] = ("befriend", "drop", "report")
TEACHER_COMMANDS: tuple[str, ...] = ("transparent", "opaque", "review")


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One entry of the catalogue. `verb` says which rule carries it out."""

    id: int
    name: str
    verb: str
    item: str = ""
    target: int = -1


class Catalogue:
    """All actions of one game, with the lookups the rules need to list legal ones quickly."""

    def __init__(self, content: Content, players: int, ruleset: Ruleset | None = None) -> None:
        self.specs: list[ActionSpec] = []
        self.citizen_refs = [f"p{i}" for i in range(players)] + list(content.neighbours)
        self._add("end_turn", "end_turn")
        self._add("accept", "accept")
        self._add("decline", "decline")
        self.self_actions: list[tuple[ActionDef, int]] = []
        self.special: dict[str, tuple[ActionDef, int]] = {}
        self.targeted: dict[str, tuple[ActionDef, list[int]]] = {}
        for action in content.actions.values():
            if action.kind == "self":
                self.self_actions.append((action, self._add(f"do:{action.id}", "self", action.id)))
            elif action.kind in ("appeal", "black_market"):
                self.special[action.kind] = (
                    action,
                    self._add(f"do:{action.id}", action.kind, action.id),
                )
        self.buy = {p: self._add(f"buy:{p}", "buy", p) for p in content.purchases}
        self.use = {p: self._add(f"use:{p}", "use", p) for p in content.privileges}
        for action in content.actions.values():
            if action.kind in TARGET_VERBS and action.kind not in self.targeted:
                ids = [
                    self._add(f"{action.kind}:{ref}", action.kind, action.id, target)
                    for target, ref in enumerate(self.citizen_refs)
                ]
                self.targeted[action.kind] = (action, ids)
        # Peer rating adds five answers, one per number of stars, where the ruleset rates.
        self.rate: list[int] = []
        if ruleset is not None and ruleset.ratings is not None:
            self.rate = [self._add(f"rate:{stars}", "rate", str(stars)) for stars in range(1, 6)]
        # The teacher's controls in classroom mode: never a seat's choice, but logged like one
        # so that a replay of the lesson is exact.
        self.teacher = {
            command: self._add(f"teacher:{command}", "teacher", command)
            for command in TEACHER_COMMANDS
        }
        self.by_name = {spec.name: spec.id for spec in self.specs}

    def _add(self, name: str, verb: str, item: str = "", target: int = -1) -> int:
        spec = ActionSpec(len(self.specs), name, verb, item, target)
        self.specs.append(spec)
        return spec.id

    def __len__(self) -> int:
        return len(self.specs)
