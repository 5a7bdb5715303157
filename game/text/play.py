"""The terminal front end: the table as text, a numbered menu, bots that play in the open.

With bot seats only, it plays to the end by itself; the same seed prints the same transcript,
byte for byte (no clock time appears in it).

The game saves itself after every action (game.saves.SaveStore); nothing about saving is
printed to the transcript, only to stderr when a save fails or a human leaves.
"""

from __future__ import annotations

import sys
from typing import TextIO

from ..bots import Bot, make_bot
from ..cli.common import GameSetup
from ..engine import Game, content_for
from ..i18n import _, ngettext
from ..narrate import (
    action_help,
    action_label,
    citizen_name,
    entry_text,
    era_name,
    factor_name,
    goal_text,
    platform_name,
    platform_score_text,
    price_text,
    score_text,
    tier_name,
)
from ..saves import SaveStore, decision_bot

RULE = "\u2500" * 72


class TextTable:
    """One game played through a text stream. Humans type numbers; bots explain themselves."""

    def __init__(
        self, game: Game, out: TextIO, inp: TextIO, saves: SaveStore | None = None
    ) -> None:
        self.game = game
        self.out = out
        self.inp = inp
        self.saves = saves  # autosave after every action; None: no saving
        self.save_failed = False
        self.bots: dict[int, Bot] = {
            seat: make_bot(s.bot or "bot", seed=game.state.seed * 31 + seat)
            for seat, s in enumerate(game.state.seats)
            if s.kind == "bot"
        }
        self.humans = [i for i, s in enumerate(game.state.seats) if s.kind == "human"]
        self.viewer: int | None = None  # the human whose eyes the screen shows now
        self.shown = 0  # log entries already printed

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")

    # -- the loop --------------------------------------------------------------------------------

    def run(self) -> int:
        game = self.game
        self.say(_("MODEL CITIZEN - your trust score is being computed."))
        self.say(RULE)
        if not game.state.actions_taken:
            self.autosave()  # a game killed before its first action can resume
        if not self.humans:
            self.print_new_log()
        while not game.is_over():
            seat = game.current_seat
            assert seat is not None
            if seat in self.bots:
                self.print_new_log()
                # Seeded per decision (seed, seat, actions so far), not once per game, so a
                # resumed game goes on exactly as the uninterrupted one would have.
                decision = decision_bot(game, seat).choose(game, seat)
                line = _("{name} chooses: {action}").format(
                    name=citizen_name(game, seat), action=action_label(game, decision.action)
                )
                if decision.reason:
                    line += f" \u2014 {decision.reason}"
                self.say(line)
                game.apply(decision.action)
                self.autosave()
                continue
            if self.viewer != seat and not self.hand_over(seat):
                self.tell_how_to_resume()
                return 0
            self.print_new_log()
            choice = self.ask(seat)
            if choice is None:
                self.tell_how_to_resume()
                return 0
            game.apply(choice)
            self.autosave()
        self.print_new_log()
        self.print_review()
        return 0

    def autosave(self) -> None:
        """Save after every action; a full disk warns once (on stderr) and the game goes on."""
        if self.saves is None:
            return
        try:
            self.saves.autosave(self.game)
        except OSError as exc:
            if not self.save_failed:
                self.save_failed = True
                print(
                    _("Autosave failed ({reason}); the game goes on without saving.").format(
                        reason=exc.strerror or exc
                    ),
                    file=sys.stderr,
                )

    def tell_how_to_resume(self) -> None:
        if self.saves is not None and not self.save_failed and not self.game.is_over():
            print(
                _("The game is saved. Continue it with: python -m game resume --text"),
                file=sys.stderr,
            )

    def hand_over(self, seat: int) -> bool:
        """Between two humans, clear the view so no one reads another's private stats."""
        if self.viewer is not None and len(self.humans) > 1:
            self.say("\n" * 40)
            self.say(
                _("Pass the keyboard to {name}, then press Enter.").format(
                    name=citizen_name(self.game, seat)
                )
            )
            if self.inp.readline() == "":
                self.say(_("Input closed: the game stops here."))
                return False
        self.viewer = seat
        self.shown = 0 if len(self.humans) > 1 else self.shown
        if len(self.humans) > 1:
            self.shown = max(0, len(self.game.log_for(seat)) - 12)
        return True

    # -- what is printed -------------------------------------------------------------------------

    def visible_log(self) -> list[dict]:  # type: ignore[type-arg]
        if self.viewer is None:
            return self.game.public_log()
        return self.game.log_for(self.viewer)

    def print_new_log(self) -> None:
        entries = self.visible_log()
        for entry in entries[self.shown :]:
            text = entry_text(self.game, entry, self.viewer)
            if text:
                self.say(f"  \u00b7 {text}")
        self.shown = len(entries)

    def print_table(self, seat: int) -> None:
        game = self.game
        obs = game.observe(seat)
        self.say(RULE)
        clock = _("Round {round}/{rounds} \u00b7 {era}").format(
            round=obs["round"], rounds=obs["rounds"], era=era_name(game, obs["era"])
        )
        name = citizen_name(game, seat)
        if obs["phase"] == "consent" and obs["pending"]:
            doing = _("{name} answers {other}'s offer of friendship").format(
                name=name, other=citizen_name(game, obs["pending"][0])
            )
        elif obs["phase"] == "rating" and obs.get("rating"):
            doing = _("{name} rates {other}").format(
                name=name, other=citizen_name(game, obs["rating"][1])
            )
        else:
            doing = ngettext(
                "{name}'s turn \u00b7 {ap} action point",
                "{name}'s turn \u00b7 {ap} action points",
                obs["ap_left"],
            ).format(name=name, ap=obs["ap_left"])
        self.say(f"{clock} \u00b7 {doing}")
        self.say(RULE)
        for c in obs["citizens"]:
            marks = []
            if c["blacklisted"]:
                marks.append(_("BLACKLISTED"))
            if c["critic"]:
                marks.append(_("critic"))
            friends = ", ".join(citizen_name(game, f) for f in c["friends"]) or "\u2014"
            who = c["name"] if c["is_player"] else citizen_name(game, c["index"])
            score, tier = score_text(game, c["score"]), tier_name(game, c["tier"])
            line = f"  {who:<26.26} {score:>6}  {tier:<10.10}"
            if marks:
                line += " [" + ", ".join(marks) + "]"
            self.say(line)
            if c["is_player"]:
                self.say("      " + _("friends: {list}").format(list=friends))
                if "factors" in c:
                    bars = "  ".join(
                        f"{factor_name(k)} {round(v)}" for k, v in c["factors"].items()
                    )
                    self.say("      " + bars)
                if "platforms" in c:
                    self.say(
                        "      "
                        + "  ".join(
                            f"{platform_name(game, p)} {platform_score_text(game, p, v)}"
                            for p, v in c["platforms"].items()
                        )
                    )
        me = obs["me"]
        self.say(RULE)
        self.say(
            ngettext(
                "You: {money} coin \u00b7 wellbeing {wellbeing} \u00b7 voice {voice}",
                "You: {money} coins \u00b7 wellbeing {wellbeing} \u00b7 voice {voice}",
                me["money"],
            ).format(**me)
        )
        self.say(_("Secret goal: {goal}").format(goal=goal_text(game, me["goal"])))
        self.say(RULE)

    def ask(self, seat: int) -> int | None:
        """Show the choices with their prices and read one; bad input is answered, never fatal."""
        game = self.game
        self.print_table(seat)
        legal = game.legal_actions()
        transparent = game.state.options.transparent
        for number, action_id in enumerate(legal, start=1):
            label = action_label(game, action_id)
            price = price_text(game.price(action_id), game)
            self.say(f"  {number:>2}. {label} \u2014 {price}")
        if not transparent:
            self.say("  " + _("(Opaque scoring: the city does not say what counts.)"))
        while True:
            self.out.write(_("Choose 1-{n} (d N: details, q: quit): ").format(n=len(legal)))
            self.out.flush()
            line = self.inp.readline()
            if line == "":
                self.say("")
                self.say(_("Input closed: the game stops here."))
                return None
            text = line.strip().lower()
            if text in ("q", "quit", "exit"):
                self.say(_("You leave the table. The score will remember."))
                return None
            if text.startswith("d"):
                number_text = text[1:].strip()
                if number_text.isdigit() and 1 <= int(number_text) <= len(legal):
                    self.say("    " + (action_help(game, legal[int(number_text) - 1]) or "\u2014"))
                else:
                    self.say(_("Type d and a number from 1 to {n}.").format(n=len(legal)))
                continue
            if text.isdigit() and 1 <= int(text) <= len(legal):
                return legal[int(text) - 1]
            self.say(_("Please type a number from 1 to {n}.").format(n=len(legal)))

    def print_review(self) -> None:
        game = self.game
        self.say(RULE)
        self.say(_("LIFE REVIEW"))
        self.say(RULE)
        for r in game.results():
            marks = []
            if r.winner:
                marks.append(_("WINNER"))
            if r.model_citizen:
                marks.append(_("Model Citizen title"))
            self.say(
                f"  {r.name:<14.14} "
                + _("score {score} ({tier}) \u00b7 life points {life}").format(
                    score=score_text(game, r.score),
                    tier=tier_name(game, r.tier),
                    life=r.life_points,
                )
                + (f"  \u2605 {', '.join(marks)}" if marks else "")
            )
            b = r.breakdown
            self.say(
                "      "
                + _("wellbeing {w} + voice {v} + friends {f} + money {m} + goal {g}").format(
                    w=b["wellbeing"], v=b["voice"], f=b["friends"], m=b["money"], g=b["goal"]
                )
            )
            self.say(
                "      "
                + _("goal: {goal} \u2014 {result}").format(
                    goal=goal_text(game, r.goal),
                    result=_("achieved") if r.goal_achieved else _("not achieved"),
                )
            )
        title = [r.name for r in game.results() if r.model_citizen]
        winners = [r.name for r in game.results() if r.winner]
        self.say(RULE)
        if set(title) & set(winners):
            self.say(_("The best score and the best life went together this time."))
        else:
            self.say(_("The best score and the best life did not go together."))
        self.say(_("Your trust has been updated. Thank you for your sincerity."))


def play_text(
    setup: GameSetup,
    out: TextIO | None = None,
    inp: TextIO | None = None,
    saves: SaveStore | None = None,
    autosave: bool = True,
) -> int:
    """A new game. On the real terminal (no streams given) it autosaves to the player's data
    folder unless `saves` says where; with streams given (tests) only if `saves` is given.
    autosave=False saves nothing (`play --text --no-autosave`)."""
    game = Game.new(
        setup.seats,
        ruleset=setup.ruleset,
        seed=setup.seed,
        options=setup.options,
        content=content_for(setup.packs),
    )
    if not autosave:
        saves = None
    elif saves is None and out is None and inp is None:
        saves = SaveStore()
    return play_game(game, out, inp, saves)


def play_game(
    game: Game,
    out: TextIO | None = None,
    inp: TextIO | None = None,
    saves: SaveStore | None = None,
) -> int:
    """A game already under way (resumed or loaded); `saves` keeps saving it after each action
    (attach the game to its slot first, as SaveStore.latest/open do)."""
    return TextTable(game, out or sys.stdout, inp or sys.stdin, saves).run()
