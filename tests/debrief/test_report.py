"""The exported report: self-contained HTML that opens without a network, with every seat."""

from __future__ import annotations

import base64
import os
import re
from html.parser import HTMLParser

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.debrief.report import write_report  # noqa: E402

from .helpers import finished, new_game, play_out  # noqa: E402

RESOURCE = re.compile(r"""(?:src|href)\s*=\s*["']?([^"'\s>]+)|url\(\s*["']?([^"')]+)""", re.I)
PNG = b"\x89PNG\r\n\x1a\n"


def test_the_report_needs_no_network(tmp_path):
    report = write_report(finished(seed=1), tmp_path)
    html = report.read_text(encoding="utf-8")
    references = [a or b for a, b in RESOURCE.findall(html)]
    assert references, "the report should have its charts inline"
    for reference in references:
        assert reference.startswith("data:image/png;base64,"), reference[:60]
        assert base64.b64decode(reference.split(",", 1)[1]).startswith(PNG)
    assert "http://" not in html and "https://" not in html
    assert "<script" not in html.lower()


class TagBalance(HTMLParser):
    VOID = frozenset({"meta", "img", "br", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.errors.append(f"</{tag}> closes {self.open[-1:]}")


def test_the_report_is_well_formed(tmp_path):
    html = write_report(finished(seed=5, transparent=False, appeals=False), tmp_path).read_text(
        encoding="utf-8"
    )
    parser = TagBalance()
    parser.feed(html)
    assert parser.errors == [] and parser.open == []
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in html


def test_the_report_has_every_seat_every_section_and_the_pngs(tmp_path):
    game = finished(seed=2, players=6)
    html = write_report(game, tmp_path).read_text(encoding="utf-8")
    for seat in game.state.seats:
        assert seat.name in html
    for heading in (
        "The life review",
        "The cause and effect trail",
        "The twelve points",
        "Reality check",
        "Citizen education",
        "Appeals",
    ):
        assert heading in html
    assert html.count('class="point"') == 12
    for name in ("score", "movers", "privileges", "reports"):
        assert (tmp_path / f"{name}.png").read_bytes().startswith(PNG)
    assert "@media print" in html


def test_names_are_escaped(tmp_path):
    names = ("<b>Ana & Co</b>", 'Bram "the quote"', "Chloé")
    game = play_out(new_game(seed=9, players=3, names=names), seed=9)
    html = write_report(game, tmp_path / "out").read_text(encoding="utf-8")
    assert "<b>Ana" not in html
    assert "&lt;b&gt;Ana &amp; Co&lt;/b&gt;" in html
    assert "Chloé" in html


def test_the_trail_is_in_the_report_even_for_opaque_games(tmp_path):
    game = finished(seed=5, transparent=False, appeals=False)
    html = write_report(game, tmp_path).read_text(encoding="utf-8")
    assert "opaque scoring" in html
    assert "shows for the first time what the algorithm weighed" in html
    for citizen in game.state.citizens[: game.num_players]:
        assert f"the trail adds up to {citizen.score}, the final score" in html
