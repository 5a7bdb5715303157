"""Which actions are legal, and what each one does. Rounds and their end live in rounds.py."""

from __future__ import annotations

import dataclasses
from operator import attrgetter

from .actions import ACCEPT, DECLINE, END_TURN, ActionSpec, Catalogue
from .effects import Context, apply_effects, holds, put_on_blacklist
from .errors import IllegalAction
from .happen import happen
from .records import Content, Ruleset
from .rounds import end_turn, finish_now, leave_blacklist, refill_market
from .state import Citizen, State

# For any(map(...)) in legal_actions: cheaper than a generator at every decision.
_APPEALABLE = attrgetter("appealable")


class Rules:
    """The rules of one game: its content, its ruleset and its action catalogue."""

    def __init__(self, content: Content, ruleset: Ruleset, catalogue: Catalogue) -> None:
        self.content = content
        self.ruleset = ruleset
        self.catalogue = catalogue
        self._privileges = [
            (content.privileges[p], action_id) for p, action_id in catalogue.use.items()
        ]
        self._size = len(catalogue)
        # What legal_actions reads at every decision, looked up once.
        self._self_actions = [
            (action.ap, action.conditions, action_id)
            for action, action_id in catalogue.self_actions
        ]
        # With enough points left, acts on oneself without conditions are all legal at once.
        self._self_plain = (
            [action_id for _, _, action_id in self._self_actions]
            if all(not conditions for _, conditions, _ in self._self_actions)
            else None
        )
        self._self_plain_ap = max((ap for ap, _, _ in self._self_actions), default=0)
        # The privileges a tier can reach (catalogue order kept), so low tiers check none.
        self._privileges_by_tier = [
            [(priv, action_id) for priv, action_id in self._privileges if priv.min_tier <= tier]
            for tier in range(len(ruleset.tiers) + 2)
        ]
        # The report ids of everyone but each citizen, for the usual case that none is blacklisted.
        report_ids = catalogue.targeted["report"][1] if "report" in catalogue.targeted else []
        self._everyone_else = [
            report_ids[:me] + report_ids[me + 1 :] for me in range(len(report_ids))
        ]
        self._purchases = {
            card_id: (card.cost, card.conditions, catalogue.buy[card_id])
            for card_id, card in content.purchases.items()
        }

    # -- what is legal -------------------------------------------------------------------------
    # One small predicate per verb; legal_actions lists with them, is_legal checks one with them.

    def _can_buy(self, state: State, citizen: Citizen, card_id: str) -> bool:
        card = self.content.purchases[card_id]
        return card.cost <= citizen.money and (
            not card.conditions or holds(state, self.ruleset, citizen, card.conditions)
        )

    def _can_use(self, state: State, citizen: Citizen, priv_id: str) -> bool:
        priv = self.content.privileges[priv_id]
        return (
            citizen.tier >= priv.min_tier
            and citizen.money >= priv.money
            and not (priv.blocked_by_blacklist and citizen.blacklisted)
            and priv_id not in citizen.used_privileges
            and (not priv.conditions or holds(state, self.ruleset, citizen, priv.conditions))
        )

    def _can_appeal(self, state: State, citizen: Citizen) -> bool:
        return (
            state.options.appeals
            and citizen.money >= self.ruleset.appeal_money
            and any(p.appealable for p in citizen.penalties)
        )

    def _can_hack(self, state: State, citizen: Citizen) -> bool:
        return (
            not state.options.data_protection and citizen.money >= self.ruleset.black_market_money
        )

    def _can_befriend(self, state: State, me: int, other: int) -> bool:
        citizen = state.citizens[me]
        if other == me or other in citizen.friends:
            return False
        # A neighbour two tiers above you does not answer your messages.
        target = state.citizens[other]
        return target.is_player or target.tier - citizen.tier <= 1

    def _can_report(self, state: State, me: int, other: int) -> bool:
        return other != me and not state.citizens[other].blacklisted

    def legal_actions(self, state: State) -> list[int]:
        if state.phase == "over":
            return []
        if state.phase == "consent":
            return [ACCEPT, DECLINE]
        if state.phase == "rating":
            return list(self.catalogue.rate)
        me = state.order[state.turn]
        citizens = state.citizens
        citizen = citizens[me]
        catalogue = self.catalogue
        ruleset = self.ruleset
        ap_left = state.ap_left
        legal = [END_TURN]
        # The predicates below are _can_buy, _can_use, ... written out: this runs
        # at every decision of every game, and is_legal checks the same rules one at a time.
        if self._self_plain is not None and self._self_plain_ap <= ap_left:
            legal += self._self_plain
        else:
            for ap, conditions, action_id in self._self_actions:
                if ap <= ap_left and (not conditions or holds(state, ruleset, citizen, conditions)):
                    legal.append(action_id)
        money = citizen.money
        purchases = self._purchases
        for card_id in state.market:
            cost, conditions, action_id = purchases[card_id]
            # A card may lie twice in the market; its action is listed once.
            if (
                cost <= money
                and action_id not in legal
                and (not conditions or holds(state, ruleset, citizen, conditions))
            ):
                legal.append(action_id)
        tier, blacklisted = citizen.tier, citizen.blacklisted
        used = citizen.used_privileges
        for priv, action_id in self._privileges_by_tier[tier]:
            if (
                money >= priv.money
                and not (priv.blocked_by_blacklist and blacklisted)
                and priv.id not in used
                and (not priv.conditions or holds(state, ruleset, citizen, priv.conditions))
            ):
                legal.append(action_id)
        special = catalogue.special
        options = state.options
        if "appeal" in special:
            action, action_id = special["appeal"]
            if (
                action.ap <= ap_left
                and options.appeals
                and money >= ruleset.appeal_money
                and any(map(_APPEALABLE, citizen.penalties))
                and (not action.conditions or holds(state, ruleset, citizen, action.conditions))
            ):
                legal.append(action_id)
        if "black_market" in special:
            action, action_id = special["black_market"]
            if (
                action.ap <= ap_left
                and not options.data_protection
                and money >= ruleset.black_market_money
                and (not action.conditions or holds(state, ruleset, citizen, action.conditions))
            ):
                legal.append(action_id)
        # Targeted verbs come in catalogue order and each block by target, so the ids stay sorted.
        for verb, (action, ids) in catalogue.targeted.items():
            if action.ap > ap_left or (
                action.conditions and not holds(state, ruleset, citizen, action.conditions)
            ):
                continue
            if verb == "befriend":
                # Loops, not list comprehensions, here: these are not worth a function call each.
                reach = tier + 1  # a neighbour two tiers above you does not answer
                skip = {me, *citizen.friends}
                for o, other in enumerate(citizens):
                    if (other.is_player or other.tier <= reach) and o not in skip:
                        legal.append(ids[o])
            elif verb == "drop":
                legal += map(ids.__getitem__, citizen.friends)
            elif verb == "report":
                # Nobody is blacklisted most of the time: then everyone else may be reported.
                # (A loop, not any(map(attrgetter)): its attribute reads are specialised.)
                for someone in citizens:
                    if someone.blacklisted:
                        for o, other in enumerate(citizens):
                            if not other.blacklisted and o != me:
                                legal.append(ids[o])
                        break
                else:
                    legal += self._everyone_else[me]
        return legal

    def is_legal(self, state: State, spec: ActionSpec) -> bool:
        """Whether one action is legal now: the same predicates as legal_actions, for one verb."""
        if state.phase == "over":
            return False
        if state.phase == "consent":
            return spec.verb in ("accept", "decline")
        if state.phase == "rating":
            return spec.verb == "rate"
        verb = spec.verb
        if verb in ("accept", "decline", "rate", "teacher"):
            return False
        if verb == "end_turn":
            return True
        me = state.order[state.turn]
        citizen = state.citizens[me]
        if verb == "buy":
            return spec.item in state.market and self._can_buy(state, citizen, spec.item)
        if verb == "use":
            return self._can_use(state, citizen, spec.item)
        action = self.content.actions[spec.item]
        if action.ap > state.ap_left or (
            action.conditions and not holds(state, self.ruleset, citizen, action.conditions)
        ):
            return False
        if verb == "appeal":
            return self._can_appeal(state, citizen)
        if verb == "black_market":
            return self._can_hack(state, citizen)
        if verb == "befriend":
            return self._can_befriend(state, me, spec.target)
        if verb == "drop":
            return spec.target in citizen.friends
        if verb == "report":
            return self._can_report(state, me, spec.target)
        return verb == "self"

    # -- doing it ------------------------------------------------------------------------------

    def apply(self, state: State, action_id: int) -> None:
        """Apply one legal action; an illegal one raises IllegalAction before anything changes."""
        if not isinstance(action_id, int) or not 0 <= action_id < self._size:
            raise IllegalAction(f"there is no action with id {action_id!r}")
        spec = self.catalogue.specs[action_id]
        if not self.is_legal(state, spec):
            raise IllegalAction(f"'{spec.name}' is not legal now")
        state.actions_taken.append(action_id)
        if state.phase == "consent":
            self._answer(state, spec)
        elif state.phase == "rating":
            self._rate(state, int(spec.item))
        else:
            self._act(state, spec)

    def can_teach(self, state: State, command: str) -> bool:
        """Transparency switches wait for the start of a round; the review can come any time."""
        if state.phase == "over" or command not in self.catalogue.teacher:
            return False
        if command == "review":
            return True
        at_round_start = (
            state.phase == "turn"
            and state.turn == 0
            and state.ap_left == self.ruleset.action_points
        )
        return at_round_start and state.options.transparent != (command == "transparent")

    def teach(self, state: State, command: str) -> None:
        """A teacher's control in classroom mode, recorded in the action list like a move."""
        if not self.can_teach(state, command):
            raise IllegalAction(f"the teacher's '{command}' is not possible now")
        state.actions_taken.append(self.catalogue.teacher[command])
        if command == "review":
            happen(state, self.ruleset, "teacher", lambda ctx: None, item=command)
            finish_now(self.content, self.ruleset, state)
            return
        state.options = dataclasses.replace(state.options, transparent=command == "transparent")
        happen(state, self.ruleset, "teacher", lambda ctx: None, item=command)

    def _carry_on(self, state: State) -> None:
        """After an act: ratings due come first, then the turn ends if no point is left."""
        if state.rating_queue:
            state.phase = "rating"
        elif state.ap_left <= 0 and state.phase == "turn":
            end_turn(self.content, self.ruleset, state)

    def _queue_ratings(self, state: State, actor: int, target: int) -> None:
        """Peer rating: the people a rated act touched rate each other. Callers check that the
        ruleset has ratings and the act is rated (most acts, in most rulesets, are not)."""
        if 0 <= target < len(state.seats):
            state.rating_queue.extend([(target, actor), (actor, target)])
            return
        players = len(state.seats)
        state.rating_queue.extend(((actor + step) % players, actor) for step in range(1, players))

    def _rate(self, state: State, stars: int) -> None:
        rater, rated = state.rating_queue.pop(0)

        def body(ctx: Context) -> None:
            state.citizens[rated].ratings.append(stars)
            ctx.affected.add(rated)

        happen(state, self.ruleset, "rating", body, actor=rater, target=rated, item=str(stars))
        if not state.rating_queue:
            state.phase = "turn"
            self._carry_on(state)

    def _act(self, state: State, spec: ActionSpec) -> None:
        me = state.order[state.turn]
        verb = spec.verb
        if verb == "end_turn":
            end_turn(self.content, self.ruleset, state)
            return
        if verb == "buy":
            self._buy(state, me, spec.item)
            state.ap_left -= 1
            self._carry_on(state)
            return
        if verb == "use":
            self._use(state, me, spec.item)
            state.ap_left -= 1
            self._carry_on(state)
            return
        action = self.content.actions[spec.item]
        if verb == "self":
            happen(
                state,
                self.ruleset,
                "action",
                lambda ctx: apply_effects(ctx, me, action.effects, action.channel),
                actor=me,
                item=action.id,
            )
        elif verb == "appeal":
            self._appeal(state, me)
        elif verb == "black_market":
            self._black_market(state, me)
        elif verb == "befriend":
            target = spec.target
            if state.citizens[target].is_player:
                state.pending = (me, target)
                state.phase = "consent"
                happen(
                    state,
                    self.ruleset,
                    "offer",
                    lambda ctx: None,
                    actor=me,
                    target=target,
                    item=action.id,
                )
                state.ap_left -= action.ap
                return
            self._befriend(state, me, target)
        elif verb == "drop":
            self._drop(state, me, spec.target)
        elif verb == "report":
            self._report(state, me, spec.target)
        if action.rated and self.ruleset.ratings is not None:
            self._queue_ratings(state, me, spec.target)
        state.ap_left -= action.ap
        self._carry_on(state)

    def _answer(self, state: State, spec: ActionSpec) -> None:
        assert state.pending is not None
        proposer, target = state.pending
        state.pending = None
        state.phase = "turn"
        if spec.id == ACCEPT:
            self._befriend(state, proposer, target)
        else:
            happen(state, self.ruleset, "declined", lambda ctx: None, actor=target, target=proposer)
        action, _ = self.catalogue.targeted["befriend"]
        if action.rated and self.ruleset.ratings is not None:
            self._queue_ratings(state, proposer, target)
        self._carry_on(state)

    def _buy(self, state: State, me: int, card_id: str) -> None:
        card = self.content.purchases[card_id]

        def body(ctx: Context) -> None:
            ctx.move_stat(me, "money", -card.cost)
            for tag, multiplier, _ in state.campaigns:
                if tag in card.tags:
                    ctx.multiplier *= multiplier
            if ctx.multiplier != 1.0:
                ctx.detail["multiplier"] = ctx.multiplier
            apply_effects(ctx, me, card.effects, card.channel)

        happen(state, self.ruleset, "buy", body, actor=me, item=card_id)
        state.market.remove(card_id)
        state.purchase_discard.append(card_id)
        refill_market(self.ruleset, state)

    def _use(self, state: State, me: int, priv_id: str) -> None:
        priv = self.content.privileges[priv_id]

        def body(ctx: Context) -> None:
            ctx.move_stat(me, "money", -priv.money)
            apply_effects(ctx, me, priv.effects, "records")

        happen(state, self.ruleset, "privilege", body, actor=me, item=priv_id, force_detection=True)
        state.citizens[me].used_privileges.append(priv_id)

    def _appeal(self, state: State, me: int) -> None:
        action, _ = self.catalogue.special["appeal"]
        citizen = state.citizens[me]
        r = self.ruleset

        def body(ctx: Context) -> None:
            ctx.move_stat(me, "money", -r.appeal_money)
            apply_effects(ctx, me, action.effects, action.channel)
            index = max(i for i, p in enumerate(citizen.penalties) if p.appealable)
            penalty = citizen.penalties.pop(index)
            ctx.detail["penalty"] = penalty.cause
            ctx.detail["penalty_round"] = penalty.round
            if ctx.force_detection or ctx.rng.chance(r.appeal_success):
                ctx.detail["upheld"] = True
                for factor, delta in penalty.factors:
                    ctx.move_factor(me, factor, -delta, appealable=False)
            else:
                ctx.detail["upheld"] = False

        happen(state, r, "appeal", body, actor=me, item=action.id)
        if citizen.blacklisted and citizen.score >= r.blacklist_leave_at:
            leave_blacklist(r, state, me)

    def _black_market(self, state: State, me: int) -> None:
        action, _ = self.catalogue.special["black_market"]
        r = self.ruleset

        def body(ctx: Context) -> None:
            ctx.move_stat(me, "money", -r.black_market_money)
            apply_effects(ctx, me, action.effects, action.channel)
            gained = ctx.move_factor(me, "credit", r.black_market_credit)
            if not ctx.force_detection and ctx.rng.chance(r.black_market_detection):
                ctx.detail["caught"] = True
                ctx.move_factor(
                    me, "credit", -gained + r.black_market_caught_credit, appealable=False
                )
                put_on_blacklist(ctx, me)
            else:
                ctx.detail["caught"] = False

        happen(state, r, "black_market", body, actor=me, item=action.id)

    def _befriend(self, state: State, me: int, target: int) -> None:
        action, _ = self.catalogue.targeted["befriend"]

        def body(ctx: Context) -> None:
            ctx.link(me, target)
            apply_effects(ctx, me, action.effects, action.channel)
            if state.citizens[target].is_player:
                apply_effects(ctx, target, action.effects, action.channel)

        happen(state, self.ruleset, "befriend", body, actor=me, target=target, item=action.id)

    def _drop(self, state: State, me: int, target: int) -> None:
        action, _ = self.catalogue.targeted["drop"]

        def body(ctx: Context) -> None:
            ctx.unlink(me, target)
            apply_effects(ctx, me, action.effects, action.channel)
            apply_effects(ctx, target, action.target_effects, action.channel)

        happen(state, self.ruleset, "drop", body, actor=me, target=target, item=action.id)

    def _report(self, state: State, me: int, target: int) -> None:
        action, _ = self.catalogue.targeted["report"]

        def body(ctx: Context) -> None:
            if target in state.citizens[me].friends:
                ctx.unlink(me, target)
                ctx.detail["friendship_ended"] = True
            apply_effects(ctx, me, action.effects, action.channel)
            # The authorities always read a report with a name on it.
            apply_effects(ctx, target, action.target_effects, action.channel, certain=True)

        happen(state, self.ruleset, "report", body, actor=me, target=target, item=action.id)
