"""The exported report: one self-contained, printable report.html plus the chart PNGs.

Everything the page needs is inside it (CSS inline, charts as base64 data URIs), so it opens
without a network, from a USB stick or an e-mail. All text is in the current language.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

import pygame

from ..engine import Game
from ..i18n import _, language
from ..narrate import signed
from .analysis import build_debrief
from .charts import CHARTS, chart_size, chart_title
from .draw import PAPER
from .model import Debrief, PlayerReview, ScoreStep
from .texts import label_name, text

REPORT_NAME = "report.html"
DASH = "\u2014"
CHART_WIDTH = 1200

CSS = """
:root { --ink: #141414; --faint: #6b6b6b; --line: #d4d4d4; --panel: #f5f5f5;
        --up: #0072b2; --down: #d55e00; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto;
       max-width: 1100px; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem;
     margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p.lead { color: var(--faint); margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left;
         vertical-align: top; }
th { background: var(--panel); }
td.num, th.num { text-align: right; white-space: nowrap; }
.up { color: var(--up); font-weight: bold; }
.down { color: var(--down); font-weight: bold; }
.tag { display: inline-block; border: 1px solid var(--ink); border-radius: 3px;
       padding: 0 .3rem; font-size: .8rem; margin-left: .3rem; }
.note { background: var(--panel); border-left: 4px solid var(--ink); padding: .6rem .8rem; }
figure { margin: 1rem 0; }
figure img { width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { font-weight: bold; margin-bottom: .3rem; }
.point { border: 1px solid var(--line); padding: .4rem .9rem .6rem; margin: .8rem 0;
         break-inside: avoid; }
.question { font-weight: bold; font-size: 1.05rem; }
.status { color: var(--faint); }
footer { margin-top: 2.5rem; color: var(--faint); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2.first { break-before: avoid; }
  tr, figure, .point { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def delta_cell(delta: int) -> str:
    css = "up" if delta > 0 else "down" if delta < 0 else ""
    return f'<td class="num {css}">{esc(signed(delta))}</td>'


def win_condition_name(condition: str) -> str:
    return {
        "life": _("the best life (life points)"),
        "score": _("the highest score"),
        "goals": _("a secret life goal achieved, then life points"),
    }.get(condition, condition)


def switch_words(debrief: Debrief) -> str:
    on, off = _("on"), _("off")
    parts = [
        _("scoring: {mode}").format(mode=_("transparent") if debrief.transparent else _("opaque")),
        _("appeals: {state}").format(state=on if debrief.appeals else off),
        _("data protection: {state}").format(state=on if debrief.data_protection else off),
        _("public shaming: {state}").format(state=on if debrief.public_shaming else off),
    ]
    return " \u00b7 ".join(parts)


# -- sections --------------------------------------------------------------------------------


def header(debrief: Debrief) -> str:
    facts = _("{ruleset} ruleset \u00b7 {rounds} rounds \u00b7 seed {seed} \u00b7 players: {names}")
    facts = facts.format(
        ruleset=debrief.ruleset_name,
        rounds=debrief.rounds,
        seed=debrief.seed,
        names=", ".join(p.name for p in debrief.players),
    )
    winner = _("the winner is the player with {condition}").format(
        condition=win_condition_name(debrief.win_condition)
    )
    return (
        f"<header><h1>{esc(_('Model Citizen: the debrief'))}</h1>"
        f'<p class="lead">{esc(facts)}</p>'
        f'<p class="lead">{esc(switch_words(debrief))} \u00b7 {esc(winner)}</p>'
        "</header>"
    )


def life_review(debrief: Debrief) -> str:
    head = "".join(
        f"<th{' class=num' if numeric else ''}>{esc(label)}</th>"
        for label, numeric in (
            (_("seat"), False),
            (_("score"), True),
            (_("tier"), False),
            (_("wellbeing"), True),
            (_("voice"), True),
            (_("friends"), True),
            (_("money"), True),
            (_("goal"), True),
            (_("life points"), True),
            (_("secret goal"), False),
        )
    )
    rows = []
    for p in debrief.players:
        tags = ""
        if p.winner:
            tags += f'<span class="tag">{esc(_("winner"))}</span>'
        if p.model_citizen:
            tags += f'<span class="tag">{esc(_("Model Citizen"))}</span>'
        if p.blacklisted:
            tags += f'<span class="tag">{esc(_("blacklisted"))}</span>'
        b = p.breakdown
        goal = p.goal_name + " \u2014 " + (_("achieved") if p.goal_achieved else _("not achieved"))
        rows.append(
            f"<tr><td>{esc(p.name)}{tags}</td><td class=num>{p.score}</td>"
            f"<td>{esc(p.tier_name)}</td>"
            + "".join(
                f"<td class=num>{b.get(k, 0)}</td>"
                for k in ("wellbeing", "voice", "friends", "money", "goal")
            )
            + f"<td class=num><strong>{p.life_points}</strong></td><td>{esc(goal)}</td></tr>"
        )
    together = (
        _("The best score and the best life went together this time.")
        if debrief.title_and_life_together
        else _("The best score and the best life did not go together.")
    )
    return (
        f'<h2 class="first" id="review">{esc(_("The life review"))}</h2>'
        f'<p class="lead">{esc(text("life_review_intro"))}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p>{esc(together)}</p>"
    )


def charts_section(images: dict[str, str]) -> str:
    figures = "".join(
        f"<figure><figcaption>{esc(chart_title(name))}</figcaption>"
        f'<img src="data:image/png;base64,{data}" alt="{esc(chart_title(name))}"></figure>'
        for name, data in images.items()
    )
    return f'<h2 id="charts">{esc(_("Charts"))}</h2>{figures}'


def movers_table(steps: list[ScoreStep]) -> str:
    if not steps:
        return f"<p>{esc(_('The score never moved.'))}</p>"
    rows = "".join(
        f"<tr><td class=num>{s.round}</td><td>{esc(s.cause)}</td><td>{esc(s.rule)}</td>"
        f"{delta_cell(s.delta)}</tr>"
        for s in steps
    )
    return (
        f"<table><thead><tr><th class=num>{esc(_('round'))}</th><th>{esc(_('cause'))}</th>"
        f"<th>{esc(_('rule'))}</th><th class=num>{esc(_('score'))}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def coins_text(coins: int) -> str:
    """A privilege's coins: what was paid, or, for a negative cost, what was received."""
    if coins < 0:
        return _("{n} received").format(n=-coins)
    return str(coins)


def privileges_table(player: PlayerReview) -> str:
    if not player.privileges:
        body = f"<p>{esc(_('No privilege used.'))}</p>"
    else:
        rows = "".join(
            f"<tr><td class=num>{u.round}</td><td>{esc(u.name)}</td>"
            f"<td class=num>{esc(coins_text(u.coins))}</td>"
            f"<td>{esc(u.tier_name)} ({u.tier_min_score}+)</td>"
            f"<td class=num>{u.score_at_use}</td></tr>"
            for u in player.privileges
        )
        body = (
            f"<table><thead><tr><th class=num>{esc(_('round'))}</th>"
            f"<th>{esc(_('privilege'))}</th><th class=num>{esc(_('coins paid'))}</th>"
            f"<th>{esc(_('tier needed'))}</th><th class=num>{esc(_('score held'))}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    if player.locked_privileges:
        body += (
            "<p>"
            + esc(_("Never within reach: {list}.").format(list=", ".join(player.locked_privileges)))
            + "</p>"
        )
    return body


def relations(debrief: Debrief, seat: int) -> str:
    names = debrief.citizen_names
    lines = []
    for r in debrief.reports:
        if r.reporter == seat:
            lines.append(
                _("Round {round}: reported {name} ({mine} for {me}, {theirs} for them).").format(
                    round=r.round,
                    name=names[r.target],
                    mine=signed(r.reporter_delta),
                    me=names[seat],
                    theirs=signed(r.target_delta),
                )
            )
        elif r.target == seat:
            lines.append(
                _("Round {round}: reported by {name} ({theirs}).").format(
                    round=r.round, name=names[r.reporter], theirs=signed(r.target_delta)
                )
            )
    for d in debrief.drops:
        if d.dropper == seat:
            line = _("Round {round}: dropped {name} (score {delta}, wellbeing {wellbeing}).")
            line = line.format(
                round=d.round,
                name=names[d.dropped],
                delta=signed(d.dropper_delta),
                wellbeing=signed(d.wellbeing),
            )
            if d.for_score:
                line += " " + _("Dropped for the score.")
            lines.append(line)
        elif d.dropped == seat:
            lines.append(
                _("Round {round}: dropped by {name}.").format(round=d.round, name=names[d.dropper])
            )
    if not lines:
        return f"<p>{esc(_('No reports and no dropped friendships.'))}</p>"
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def players_section(debrief: Debrief) -> str:
    parts = [
        f'<h2 id="players">{esc(_("Each citizen"))}</h2>',
        f'<p class="lead">{esc(text("movers_intro"))} {esc(text("privileges_intro"))} '
        f"{esc(text('reports_intro'))}</p>",
    ]
    for p in debrief.players:
        b = p.breakdown
        sums = _(
            "Life points: wellbeing {w} + voice {v} + friends {f} + money {m} + goal {g} = {total}"
        ).format(
            w=b.get("wellbeing", 0),
            v=b.get("voice", 0),
            f=b.get("friends", 0),
            m=b.get("money", 0),
            g=b.get("goal", 0),
            total=p.life_points,
        )
        parts.append(
            f"<h3>{esc(p.name)}</h3><p>{esc(sums)}</p>"
            f"<h4>{esc(_('The five changes that moved the score most'))}</h4>"
            f"{movers_table(p.top_movers)}"
            f"<h4>{esc(_('Privileges'))}</h4>{privileges_table(p)}"
            f"<h4>{esc(_('Reports and dropped friendships'))}</h4>{relations(debrief, p.seat)}"
        )
    return "".join(parts)


def trail_row(step: ScoreStep) -> str:
    # The opening score is a starting value, not a gain: no sign, no colour.
    change = f"<td class=num>{step.delta}</td>" if step.kind == "start" else delta_cell(step.delta)
    return (
        f"<tr><td class=num>{step.round}</td><td>{esc(step.cause)}</td><td>{esc(step.rule)}</td>"
        f"{change}<td class=num>{step.running}</td></tr>"
    )


def trail_section(debrief: Debrief) -> str:
    note = text("transparent_note") if debrief.transparent else text("opaque_reveal")
    parts = [
        f'<h2 id="trail">{esc(_("The cause and effect trail"))}</h2>',
        f'<p class="note">{esc(note)}</p>',
        f'<p class="lead">{esc(text("trail_intro"))}</p>',
    ]
    for p in debrief.players:
        rows = "".join(trail_row(step) for step in p.trail)
        total = _("{name}: the trail adds up to {score}, the final score.").format(
            name=p.name, score=p.trail[-1].running if p.trail else 0
        )
        parts.append(
            f"<h3>{esc(p.name)}</h3><table><thead><tr><th class=num>{esc(_('round'))}</th>"
            f"<th>{esc(_('cause'))}</th><th>{esc(_('rule'))}</th>"
            f"<th class=num>{esc(_('change'))}</th><th class=num>{esc(_('score'))}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table><p>{esc(total)}</p>"
        )
    return "".join(parts)


def points_section(debrief: Debrief) -> str:
    parts = [
        f'<h2 id="points">{esc(_("The twelve points"))}</h2>',
        f'<p class="lead">{esc(text("points_intro"))}</p>',
    ]
    for point in debrief.points:
        evidence = ""
        if point.evidence:
            items = "".join(f"<li>{esc(line)}</li>" for line in point.evidence)
            more = point.count - len(point.evidence)
            if more > 0:
                items += f"<li>{esc(_('and {n} more').format(n=more))}</li>"
            evidence = f"<ul>{items}</ul>"
        else:
            evidence = f"<p>{esc(_('Nothing in this game touched this point directly.'))}</p>"
        parts.append(
            f'<div class="point"><h3>{point.number}. {esc(point.name)}</h3>'
            f"<p>{esc(point.explanation)}</p><p class=status>{esc(point.status)}</p>"
            f"{evidence}<p class=question>{esc(point.question)}</p></div>"
        )
    return "".join(parts)


def reality_section(debrief: Debrief) -> str:
    reality = debrief.reality
    if reality is None:
        return ""
    kinds = {
        "event": _("event"),
        "action": _("action"),
        "purchase": _("purchase"),
        "privilege": _("privilege"),
    }
    parts = [
        f'<h2 id="reality">{esc(_("Reality check"))}</h2>',
        f'<p class="note">{esc(reality.statement)}</p>',
        f'<p class="lead">{esc(text("reality_intro"))}</p>',
    ]
    for label, uses in reality.by_label.items():
        parts.append(f"<h3>{esc(label_name(label).capitalize())} ({len(uses)})</h3>")
        if not uses:
            parts.append(f"<p>{esc(_('None in this game.'))}</p>")
            continue
        rows = "".join(
            f"<tr><td>{esc(u.name)}</td><td>{esc(kinds.get(u.kind, u.kind))}</td>"
            f"<td class=num>{u.times}</td><td>{esc(u.source or DASH)}</td></tr>"
            for u in uses
        )
        parts.append(
            f"<table><thead><tr><th>{esc(_('card'))}</th><th>{esc(_('kind'))}</th>"
            f"<th class=num>{esc(_('times'))}</th><th>{esc(_('source'))}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    return "".join(parts)


def page(debrief: Debrief, images: dict[str, str]) -> str:
    body = "".join(
        [
            header(debrief),
            life_review(debrief),
            charts_section(images),
            players_section(debrief),
            trail_section(debrief),
            points_section(debrief),
            reality_section(debrief),
            f"<footer>{esc(_('Your trust has been updated. Thank you for your sincerity.'))}"
            "</footer>",
        ]
    )
    title = esc(_("Model Citizen: the debrief"))
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(language())}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>\n"
    )


# -- writing ---------------------------------------------------------------------------------


def render_charts(debrief: Debrief, directory: Path, width: int = CHART_WIDTH) -> dict[str, Path]:
    """Every chart as a PNG in `directory`; returns name -> path."""
    if not pygame.font.get_init():
        pygame.font.init()
    paths = {}
    for name, draw in CHARTS.items():
        surface = draw(debrief, chart_size(name, debrief, width), PAPER)
        path = directory / f"{name}.png"
        pygame.image.save(surface, str(path))
        paths[name] = path
    return paths


def write_report(game: Game, directory: Path, width: int = CHART_WIDTH) -> Path:
    """Write report.html and the chart PNGs into `directory` (made if missing); returns the
    report's path. Raises DebriefError if the game is not over."""
    debrief = build_debrief(game)
    directory.mkdir(parents=True, exist_ok=True)
    paths = render_charts(debrief, directory, width)
    images = {
        name: base64.b64encode(path.read_bytes()).decode("ascii") for name, path in paths.items()
    }
    report = directory / REPORT_NAME
    report.write_text(page(debrief, images), encoding="utf-8")
    return report
