"""One game at the table, without any drawing: seats, bots, whose eyes the screen shows, pacing.

The table scene draws what this holds and sends the seated human's choices to `choose`. Bots
decide on a copy of the game (in a worker thread unless told otherwise, so the window keeps
drawing while a slow bot thinks), then their choice is announced, then applied, at the speed the
players set. The game saves itself after every action.

Classroom mode adds the teacher's controls (a scoring switch queued until a round starts, a skip
to the life review) and an optional turn timer; a human seat may undo its own last action.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..bots import Bot, Decision
from ..engine import END_TURN, Game
from ..i18n import _
from ..narrate import action_label, citizen_name, effects_text, entry_text
from ..saves import SaveStore, decision_bot, undo_refusal
from ..saves import undo as game_before_last

# Seconds per bot action at each speed; the players pick one, and can pause.
SPEEDS: tuple[tuple[str, float], ...] = (
    ("slow", 2.4),
    ("normal", 1.2),
    ("fast", 0.5),
    ("very fast", 0.12),
)
DEFAULT_SPEED = 1
THINK_SHARE = 0.45  # of a bot action's time spent "thinking" before its choice is announced


def speed_label(index: int) -> str:
    return {
        "slow": _("Slow"),
        "normal": _("Normal"),
        "fast": _("Fast"),
        "very fast": _("Very fast"),
    }[SPEEDS[index][0]]


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One line of the event feed: a log entry told in words, or a bot's announced choice."""

    text: str
    kind: str
    actor: int
    round: int
    score: tuple[tuple[int, int], ...] = ()
    private: tuple[tuple[str, int], ...] = ()
    reason: str = ""


@dataclass(slots=True)
class Announcement:
    seat: int
    decision: Decision
    label: str


@dataclass(slots=True)
class BotPace:
    """Where the current bot is in its turn: thinking, then announcing, then acting."""

    clock: float = 0.0
    future: Future[Decision] | None = None
    announced: Announcement | None = None


@dataclass(slots=True)
class Change:
    """What one applied action changed, for the table to animate."""

    score: dict[int, int] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    era_changed: bool = False
    over: bool = False


def teacher_text(command: str) -> str:
    """A teacher's control as the feed tells it."""
    return {
        "transparent": _(
            "The teacher switches to transparent scoring: every choice shows its price again."
        ),
        "opaque": _(
            "The teacher switches to opaque scoring: from now on the city does not say what counts."
        ),
        "review": _("The teacher ends the game here: on to the life review."),
    }.get(command, _("The teacher: {command}").format(command=command))


class TableSession:
    """A game, its seats and the screen's viewer. No pygame here: tests drive it directly."""

    def __init__(
        self,
        game: Game,
        *,
        autosaver: SaveStore | None = None,
        threaded: bool = True,
        bot_maker: Callable[[Game, int], Bot] = decision_bot,
        turn_limit: float = 0.0,
        classroom: bool = False,
    ) -> None:
        self.game = game
        self.classroom = classroom  # kept with each save, so a resumed lesson is one again
        seats = game.state.seats
        self.humans = [i for i, s in enumerate(seats) if s.kind == "human"]
        # Each decision gets a bot seeded for it (game.saves.decision_bot), so a resumed game goes
        # on exactly as the uninterrupted one would, as in the terminal front end.
        self.bot_maker = bot_maker
        self.bots = {i for i, s in enumerate(seats) if s.kind != "human"}
        # With one human the screen is theirs; with several it is nobody's until a hand-off.
        self.viewer: int | None = self.humans[0] if len(self.humans) == 1 else None
        self.paused = False
        self.speed = DEFAULT_SPEED
        self.pace = BotPace()
        self.autosaver = autosaver
        self.save_error = ""
        self._bot_pool = ThreadPoolExecutor(1, "bot") if threaded else None
        self._save_pool = ThreadPoolExecutor(1, "autosave") if autosaver else None
        self._save_future: Future[Any] | None = None
        self.reasons: list[tuple[int, FeedLine]] = []  # (log length when announced, line)
        self.feed: list[FeedLine] = []
        self._reasons_shown = 0
        # classroom mode: the scoring switch waiting for a round to start, and the turn timer
        self.queued_switch: str | None = None
        self.turn_limit = max(0.0, float(turn_limit))
        self.time_left = self.turn_limit
        self._timer_key: tuple[int, int, int] | None = None
        self.rebuild_feed()

    # -- who is at the screen ---------------------------------------------------------------------

    @property
    def current(self) -> int | None:
        return self.game.current_seat

    def is_human(self, seat: int | None) -> bool:
        return seat is not None and seat in self.humans

    def handoff_needed(self) -> int | None:
        """The human who must take the screen before play goes on, if any."""
        seat = self.current
        if seat is None or not self.is_human(seat) or seat == self.viewer:
            return None
        return seat

    def take_seat(self, seat: int) -> None:
        """The hand-off is done: the screen now shows `seat`'s private life."""
        self.viewer = seat
        self.rebuild_feed()

    def human_to_act(self) -> bool:
        seat = self.current
        return seat is not None and self.is_human(seat) and seat == self.viewer

    def _hide_if_passing(self) -> None:
        # Between several humans, nobody's private life stays on screen once their turn ends.
        if len(self.humans) > 1 and self.viewer is not None and self.current != self.viewer:
            self.viewer = None
            self.rebuild_feed()

    # -- the event feed ---------------------------------------------------------------------------

    def visible_log(self, start: int = 0) -> list[dict[str, Any]]:
        if self.viewer is None:
            return self.game.public_log(start)
        return self.game.log_for(self.viewer, start)

    def rebuild_feed(self) -> None:
        self.feed = []
        self._reasons_shown = 0
        self._extend_feed(0)

    def _extend_feed(self, log_start: int) -> list[dict[str, Any]]:
        """Add the log entries from `log_start` (an index in the full log) to the feed, each bot's
        announced choice just before the first entry its action caused."""
        entries = self.visible_log(log_start)
        for entry in entries:
            self._show_reasons(entry["seq"])
            made = self.feed_line(entry)
            if made is not None:
                self.feed.append(made)
        self._show_reasons(len(self.game.state.log))
        return entries

    def _show_reasons(self, upto: int) -> None:
        while (
            self._reasons_shown < len(self.reasons) and self.reasons[self._reasons_shown][0] <= upto
        ):
            self.feed.append(self.reasons[self._reasons_shown][1])
            self._reasons_shown += 1

    def feed_line(self, entry: dict[str, Any]) -> FeedLine | None:
        game = self.game
        if entry["kind"] == "teacher":
            return FeedLine(teacher_text(entry["item"]), "teacher", -1, entry["round"])
        text = entry_text(game, entry, self.viewer)
        if text is None:
            return None
        tail = effects_text(game, entry, self.viewer)
        if tail and text.endswith(tail):
            text = text[: -len(tail)]
        private = entry.get("private")
        mine = tuple(private.items()) if isinstance(private, dict) else ()
        return FeedLine(
            text=text,
            kind=entry["kind"],
            actor=entry["actor"],
            round=entry["round"],
            score=tuple(sorted(entry["score"].items())),
            private=mine,
        )

    # -- playing ----------------------------------------------------------------------------------

    def choose(self, action_id: int) -> Change:
        """The seated human's choice (or a bot's decision): apply it and report what changed."""
        game = self.game
        era = game.state.era
        start = len(game.state.log)
        scores = [c.score for c in game.state.citizens]
        game.apply(action_id)
        self.pace = BotPace()
        entries = self._extend_feed(start)
        change = Change(entries=entries, era_changed=game.state.era != era, over=game.is_over())
        for index, citizen in enumerate(game.state.citizens):
            if citizen.score != scores[index]:
                change.score[index] = citizen.score - scores[index]
        self._hide_if_passing()
        self._autosave()
        switched = self._teach_queued()  # a round may have just begun: the switch comes first
        if switched is not None:
            change.score.update(switched.score)
            change.entries += switched.entries
        return change

    def tick(self, dt: float) -> Change | None:
        """Let time pass: a queued scoring switch as a round begins, the turn timer of the seated
        team, a bot's turn. Returns what changed, if anything did."""
        switched = self._teach_queued()
        if switched is not None:
            return switched
        if self.paused:
            return None
        if self.human_to_act():
            return self._tick_timer(dt)
        seat = self.current
        if seat is None or seat not in self.bots:
            return None
        pace = self.pace
        pace.clock += dt
        delay = SPEEDS[self.speed][1]
        if pace.announced is None:
            if pace.future is None and pace.clock >= delay * THINK_SHARE:
                pace.future = self._decide(seat)
            if pace.future is not None and pace.future.done():
                decision = pace.future.result()
                self._announce(seat, decision)
                pace.clock = 0.0
            return None
        if pace.clock < delay * (1 - THINK_SHARE):
            return None
        return self.choose(pace.announced.decision.action)

    def _decide(self, seat: int) -> Future[Decision]:
        bot = self.bot_maker(self.game, seat)
        copy = self.game.clone()
        if self._bot_pool is not None:
            return self._bot_pool.submit(_safe_choice, bot, copy, seat)
        future: Future[Decision] = Future()
        future.set_result(_safe_choice(bot, copy, seat))
        return future

    def _announce(self, seat: int, decision: Decision) -> None:
        game = self.game
        if decision.action not in game.legal_actions():
            # A bot that breaks the rules loses its say, not the game: it ends its turn.
            legal = game.legal_actions()
            decision = Decision(legal[0], _("(its choice was not legal; it passes)"))
        label = action_label(game, decision.action)
        self.pace.announced = Announcement(seat, decision, label)
        text = _("{name} chooses: {action}").format(name=citizen_name(game, seat), action=label)
        line = FeedLine(text, "choice", seat, game.state.round, reason=decision.reason)
        self.reasons.append((len(game.state.log), line))
        self._show_reasons(len(game.state.log))

    def step_bot_now(self) -> Change | None:
        """Play the current bot's action at once (for demos and tests that skip the pacing)."""
        seat = self.current
        if seat is None or seat not in self.bots:
            return None
        decision = _safe_choice(self.bot_maker(self.game, seat), self.game.clone(), seat)
        self._announce(seat, decision)
        assert self.pace.announced is not None
        return self.choose(self.pace.announced.decision.action)

    # -- classroom: the teacher's controls and the turn timer ----------------------------------

    def teach(self, command: str) -> Change:
        """Apply a teacher's control now (game.teacher: logged in the action list)."""
        game = self.game
        start = len(game.state.log)
        era = game.state.era
        game.teacher(command)
        self.pace = BotPace()
        entries = self._extend_feed(start)
        self._autosave()
        return Change(entries=entries, era_changed=game.state.era != era, over=game.is_over())

    def switch_scoring(self) -> bool:
        """The lesson beat: flip transparent/opaque scoring. A switch is only possible as a round
        begins, so otherwise it waits for the next round; asking again while it waits cancels
        it. True if it took effect now."""
        if self.queued_switch is not None:
            self.queued_switch = None
            return False
        if self.game.is_over():
            return False
        self.queued_switch = "opaque" if self.game.state.options.transparent else "transparent"
        return self._teach_queued() is not None

    def _teach_queued(self) -> Change | None:
        command = self.queued_switch
        if command is None or not self.game.can_teach(command):
            return None
        self.queued_switch = None
        return self.teach(command)

    def skip_to_review(self) -> Change | None:
        """End the game now: the round in progress is the last one."""
        if not self.game.can_teach("review"):
            return None
        self.queued_switch = None
        return self.teach("review")

    def timer_running(self) -> bool:
        return self.turn_limit > 0 and self.human_to_act() and self.game.state.phase == "turn"

    def _tick_timer(self, dt: float) -> Change | None:
        if not self.timer_running():
            return None
        s = self.game.state
        seat = self.current
        assert seat is not None
        key = (s.round, s.turn, seat)
        if key != self._timer_key:
            self._timer_key = key
            self.time_left = self.turn_limit
        self.time_left = max(0.0, self.time_left - dt)
        if self.time_left > 0 or END_TURN not in self.game.legal_actions():
            return None
        text = _("Time is up for {name}: the turn ends.").format(name=citizen_name(self.game, seat))
        self.reasons.append((len(s.log), FeedLine(text, "timer", seat, s.round)))
        self._show_reasons(len(s.log))
        return self.choose(END_TURN)

    # -- undo ------------------------------------------------------------------------------------

    def undo_refusal(self) -> str | None:
        """Why the seated human cannot take back their last action now; None if they can."""
        seat = self.current
        if seat is None or not self.is_human(seat) or seat != self.viewer:
            return _("You can take back an action only during your own turn.")
        return undo_refusal(self.game, seat)

    def undo(self) -> Game | None:
        """Take back the seated human's last action; the new Game replaces the old one (it keeps
        saving in the same folder). None if it may not be taken back."""
        if self.undo_refusal() is not None:
            return None
        self.game = game_before_last(self.game)
        self.pace = BotPace()
        length = len(self.game.state.log)
        self.reasons = [(at, line) for at, line in self.reasons if at <= length]
        self.rebuild_feed()
        self._autosave()
        return self.game

    # -- saving and closing -----------------------------------------------------------------------

    def _autosave(self) -> None:
        if self.autosaver is None or self._save_pool is None:
            return
        copy = self.game.clone()
        self._save_future = self._save_pool.submit(self._save, copy)

    def table_settings(self) -> dict[str, Any]:
        """What the table keeps beside the game in its saves (the engine does not hold it)."""
        return {"classroom": self.classroom, "timer": round(self.turn_limit)}

    def _save(self, copy: Game) -> None:
        assert self.autosaver is not None
        try:
            self.autosaver.autosave(copy, table=self.table_settings())
            self.save_error = ""
        except OSError as exc:
            self.save_error = _("Autosave failed: {error}").format(error=exc.strerror or exc)

    def close(self) -> None:
        for pool in (self._bot_pool, self._save_pool):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=False)
        self._bot_pool = None
        self._save_pool = None


def _safe_choice(bot: Bot, game: Game, seat: int) -> Decision:
    """A bot's decision; a bot that fails is replaced by 'end turn' or 'decline', never a crash."""
    try:
        return bot.choose(game, seat)
    except Exception as exc:  # noqa: BLE001 - a broken bot must not stop a classroom's game
        legal = game.legal_actions()
        return Decision(legal[0] if legal else 0, _("(the bot failed: {error})").format(error=exc))
