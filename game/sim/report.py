"""The simulator's table, as a teacher or a designer reads it."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..i18n import _, fmt_decimal, fmt_percent, ngettext
from .stats import Summary


def percent(value: float) -> str:
    return fmt_percent(value, digits=1)


def summary_table(summary: Summary) -> Table:
    table = Table(
        title=ngettext(
            "{games} game, ruleset {ruleset}, seed {seed}",
            "{games} games, ruleset {ruleset}, seed {seed}",
            summary.games,
        ).format(
            games=summary.games, ruleset=summary.ruleset, seed=summary.seed
        )
    )
    table.add_column(_("seat"))
    table.add_column(_("wins"), justify="right")
    table.add_column(_("95% interval"), justify="right")
    table.add_column(_("score"), justify="right")
    table.add_column(_("life points"), justify="right")
    table.add_column(_("title"), justify="right")
    table.add_column(_("goal"), justify="right")
    table.add_column(_("blacklisted"), justify="right")
    for label in summary.seats:
        low, high = summary.win_rate_ci95[label]
        table.add_row(
            label,
            percent(summary.win_rate[label]),
            f"{percent(low)}\u2013{percent(high)}",
            fmt_decimal(summary.mean_score[label]),
            fmt_decimal(summary.mean_life_points[label]),
            percent(summary.title_rate[label]),
            percent(summary.goal_rate[label]),
            percent(summary.blacklist_rate[label]),
        )
    return table


def print_summary(summary: Summary, console: Console) -> None:
    console.print(summary_table(summary))
    console.print(
        _("The Model Citizen title holder also wins the life review in {p} of games.").format(
            p=percent(summary.title_holder_wins_rate)
        )
    )
    console.print(
        _("Shared wins (ties count as a win for every tied seat): {p} of games.").format(
            p=percent(summary.shared_win_rate)
        )
    )
    console.print(
        _("Mean rounds {rounds:.1f}, mean decisions {decisions:.1f} a game.").format(
            rounds=summary.mean_rounds, decisions=summary.mean_decisions
        )
    )
    console.print(
        _(
            "Speed: {games:.1f} games/s, {decisions:.0f} decisions/s on {jobs} "
            "process(es), {seconds:.1f} s in all."
        ).format(
            games=summary.games_per_second,
            decisions=summary.decisions_per_second,
            jobs=summary.jobs,
            seconds=summary.seconds,
        )
    )
