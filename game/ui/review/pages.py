"""The debrief's pages in order: their tab names, the one line that introduces each, and their
painters. The trail has one sub-page per player."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...debrief.texts import text
from ...i18n import _
from .chart_pages import paint_movers, paint_privileges, paint_reports, paint_score
from .context import PageContext
from .flow import Page
from .life_page import paint_life
from .text_pages import paint_points, paint_reality, paint_trail

Painter = Callable[[PageContext, int, int, int], Page]


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    tab: Callable[[], str]
    intro: Callable[[], str]
    paint: Painter
    per_player: bool = False  # one sub-page per player (chosen with buttons above the page)


def _whole(painter: Callable[[PageContext, int, int], Page]) -> Painter:
    return lambda ctx, width, view_h, _sub: painter(ctx, width, view_h)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "life",
        lambda: _("Life review"),
        lambda: _("Who won, who holds the title, and what each life was made of."),
        _whole(paint_life),
    ),
    PageSpec(
        "score",
        lambda: _("Score & life"),
        lambda: _("Each score round by round, beside wellbeing, voice and friendships."),
        _whole(paint_score),
    ),
    PageSpec("movers", lambda: _("Top moves"), lambda: text("movers_intro"), _whole(paint_movers)),
    PageSpec(
        "privileges",
        lambda: _("Privileges"),
        lambda: text("privileges_intro"),
        _whole(paint_privileges),
    ),
    PageSpec("reports", lambda: _("Reports"), lambda: text("reports_intro"), _whole(paint_reports)),
    PageSpec(
        "trail",
        lambda: _("Trail"),
        lambda: _("Cause and effect: every score change, the act behind it and the rule."),
        paint_trail,
        per_player=True,
    ),
    PageSpec(
        "points",
        lambda: _("12 points"),
        lambda: _("What a social credit system needs, what this game did with it, a question."),
        _whole(paint_points),
    ),
    PageSpec(
        "reality",
        lambda: _("Reality check"),
        lambda: _("What is real, what is exaggerated, what is satire."),
        _whole(paint_reality),
    ),
)


def page_index(key: str) -> int:
    return next(i for i, spec in enumerate(PAGES) if spec.key == key)
