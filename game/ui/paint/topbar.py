"""The header: the city's app logo, the era and surveillance track, and the detection chances."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ...engine.records import Era
from ...i18n import _, fmt_percent
from ...narrate import channel_name
from ..icons import blit_icon, icon
from ..palette import Colour, mix, readable_on
from .common import Pen

CHANNELS = ("purchases", "speech", "records", "cameras")


@dataclass(frozen=True, slots=True)
class TrackSpot:
    rect: pygame.Rect
    tooltip: str


def era_of_round(eras: tuple[Era, ...], round_number: int, rounds: int) -> int:
    """Which era (1-based) a round falls in, from the eras' published start points."""
    progress = (round_number - 1) / max(1, rounds)
    era = 1
    for index, e in enumerate(eras, start=1):
        if progress >= e.starts_at - 1e-9:
            era = index
    return era


def paint_logo(surface: pygame.Surface, pen: Pen, rect: pygame.Rect, subtitle: str) -> None:
    p, m, fonts = pen.palette, pen.m, pen.fonts
    mark = rect.h - m.px(12)
    centre = (rect.x + mark // 2 + m.px(4), rect.centery)
    pygame.draw.circle(surface, p.accent, centre, mark // 2)
    blit_icon(surface, "eye", centre, int(mark * 0.7), readable_on(p.accent))
    x = rect.x + mark + m.px(12)
    title = fonts.fit(
        _("MODEL CITIZEN"), m.fs(19), p.header_ink, rect.right - x, bold=True, min_size=9
    )
    sub_size = m.fs(11)
    lines, sub_size = fonts.wrap_fit(subtitle, sub_size, rect.right - x, 2, min_size=8)
    sub_h = fonts.line_height(sub_size) * len(lines)
    top = rect.centery - (title.get_height() + sub_h) // 2
    surface.blit(title, (x, top))
    fonts.blit_lines(
        surface, lines, (x, top + title.get_height()), sub_size, mix(p.header_ink, p.header, 0.3)
    )


def paint_track(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    eras: tuple[Era, ...],
    era_names: list[str],
    round_number: int,
    rounds: int,
    current_era: int,
    transparent: bool,
) -> list[TrackSpot]:
    """Eras as segments of the game's rounds; a marker on the current round."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    spots: list[TrackSpot] = []
    label = fonts.fit(
        _("Round {round} of {rounds}").format(round=round_number, rounds=rounds),
        m.fs(12),
        p.header_ink,
        rect.w,
        bold=True,
    )
    surface.blit(label, (rect.x, rect.y + m.px(3)))
    bar_top = rect.y + label.get_height() + m.px(6)
    bar_h = max(m.px(18), rect.bottom - bar_top - m.px(6))
    cell = rect.w / max(1, rounds)
    start = 0
    for era_index in range(1, len(eras) + 1):
        end = start
        while end < rounds and era_of_round(eras, end + 1, rounds) == era_index:
            end += 1
        if end == start:
            continue
        seg = pygame.Rect(
            round(rect.x + start * cell), bar_top, round((end - start) * cell) - m.px(2), bar_h
        )
        here = era_index == current_era
        past = era_index < current_era
        face = p.accent if here else mix(p.header, p.header_ink, 0.35 if past else 0.18)
        pygame.draw.rect(surface, face, seg, border_radius=m.px(5))
        paint_era_name(surface, pen, seg, era_names[era_index - 1], readable_on(face), here)
        era = eras[era_index - 1]
        chances = ", ".join(
            f"{channel_name(c)} {fmt_percent(era.detection.get(c, 0))}" for c in CHANNELS
        )
        tip = f"{era_names[era_index - 1]}\n{_(era.text)}"
        if transparent:
            tip += "\n" + _("Detection: {list}").format(list=chances)
        spots.append(TrackSpot(seg, tip))
        start = end
    # the current round: a notch under the track
    x = round(rect.x + (round_number - 0.5) * cell)
    notch = m.px(6)
    pygame.draw.polygon(
        surface,
        p.header_ink,
        [
            (x, bar_top + bar_h - notch),
            (x - notch, bar_top + bar_h + 2),
            (x + notch, bar_top + bar_h + 2),
        ],
    )
    return spots


def paint_era_name(
    surface: pygame.Surface, pen: Pen, seg: pygame.Rect, name: str, ink: Colour, bold: bool
) -> None:
    """An era's name in its segment of the track: one line, or two when the name is long."""
    m, fonts = pen.m, pen.fonts
    width = seg.w - m.px(6)
    size = m.fs(11)
    min_size = 8
    if fonts.width(name, min_size, bold) <= width:
        image = fonts.fit(name, size, ink, width, bold=bold, min_size=min_size)
        surface.blit(image, image.get_rect(center=seg.center))
        return
    rows = max(1, seg.h // fonts.line_height(min_size, bold))
    lines, fitted = fonts.wrap_fit(name, size, width, rows, bold, min_size=min_size)
    line_h = fonts.line_height(fitted, bold)
    y = seg.centery - line_h * min(rows, len(lines)) // 2
    for text in lines[:rows]:
        image = fonts.render(text, fitted, ink, bold)
        surface.blit(image, image.get_rect(midtop=(seg.centerx, y)))
        y += line_h


def paint_channels(
    surface: pygame.Surface,
    pen: Pen,
    rect: pygame.Rect,
    era: Era,
    transparent: bool,
) -> list[TrackSpot]:
    """How likely each kind of act is to reach the score in this era (hidden when opaque)."""
    p, m, fonts = pen.palette, pen.m, pen.fonts
    spots: list[TrackSpot] = []
    cell = rect.w // len(CHANNELS)
    size = m.fs(12)
    icon_size = min(rect.h // 2, m.px(22))
    for i, channel in enumerate(CHANNELS):
        box = pygame.Rect(rect.x + i * cell, rect.y, cell, rect.h)
        chance = era.detection.get(channel, 0.0)
        surface.blit(
            icon(channel, icon_size, p.header_ink), (box.centerx - icon_size // 2, box.y + m.px(4))
        )
        text = fmt_percent(chance) if transparent else "?"
        img = fonts.fit(text, size, p.header_ink, box.w - m.px(2), bold=True)
        surface.blit(img, img.get_rect(midtop=(box.centerx, box.y + icon_size + m.px(5))))
        if transparent:
            tip = _("{channel}: {chance} of such acts reach the score in this era.").format(
                channel=channel_name(channel).capitalize(), chance=fmt_percent(chance)
            )
        else:
            tip = _("{channel}: opaque scoring. The city does not say what it sees.").format(
                channel=channel_name(channel).capitalize()
            )
        spots.append(TrackSpot(box, tip))
    return spots
