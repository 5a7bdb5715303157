"""Colours: the Okabe-Ito colour-blind-safe set for meaning, and one palette per era.

The city app starts cheerful (warm cream, civic blue) and turns colder as surveillance grows
(grey, then dark slate). Meaning never rides on colour alone: every colour here comes with an
icon, a sign (+/−, ▲/▼) or a shape where it is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

Colour = tuple[int, int, int]


def hex_colour(text: str) -> Colour:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour vision.
ORANGE = hex_colour("#E69F00")
SKY_BLUE = hex_colour("#56B4E9")
BLUISH_GREEN = hex_colour("#009E73")
YELLOW = hex_colour("#F0E442")
BLUE = hex_colour("#0072B2")
VERMILLION = hex_colour("#D55E00")
REDDISH_PURPLE = hex_colour("#CC79A7")
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)

GOOD = BLUISH_GREEN  # always drawn with "+" or ▲
BAD = VERMILLION  # always drawn with "−" or ▼

FACTOR_COLOURS: dict[str, Colour] = {
    "credit": BLUE,
    "fulfilment": BLUISH_GREEN,
    "identity": REDDISH_PURPLE,
    "behaviour": ORANGE,
    "connections": SKY_BLUE,
}
STAT_COLOURS: dict[str, Colour] = {
    "money": ORANGE,
    "wellbeing": BLUISH_GREEN,
    "voice": REDDISH_PURPLE,
    "friends": SKY_BLUE,
    "goal": YELLOW,
}
# Every seat has a colour and a shape, so two seats never differ by colour alone.
SEAT_COLOURS: tuple[Colour, ...] = (ORANGE, SKY_BLUE, BLUISH_GREEN, REDDISH_PURPLE, YELLOW, BLUE)
SEAT_SHAPES: tuple[str, ...] = ("circle", "square", "triangle", "diamond", "hexagon", "star")


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of one era. Roles, not hues: panels, ink, header, accent, focus."""

    name: str
    background: Colour
    background_pattern: Colour
    panel: Colour
    panel_edge: Colour
    panel_title: Colour
    ink: Colour
    ink_soft: Colour
    header: Colour
    header_ink: Colour
    accent: Colour
    track: Colour
    focus: Colour
    shadow: Colour
    dim: tuple[int, int, int, int]


ERA_PALETTES: tuple[Palette, ...] = (
    Palette(  # Voluntary pilot: a friendly app with discounts
        name="voluntary",
        background=hex_colour("#F4EFE3"),
        background_pattern=hex_colour("#ECE5D3"),
        panel=hex_colour("#FFFDF8"),
        panel_edge=hex_colour("#D8CDB4"),
        panel_title=hex_colour("#0072B2"),
        ink=hex_colour("#1E2A33"),
        ink_soft=hex_colour("#5B6670"),
        header=hex_colour("#0072B2"),
        header_ink=hex_colour("#FFFFFF"),
        accent=hex_colour("#E69F00"),
        track=hex_colour("#E3DCCB"),
        focus=hex_colour("#1E2A33"),
        shadow=hex_colour("#CBBFA4"),
        dim=(30, 34, 40, 170),
    ),
    Palette(  # Data sharing: cooler, greyer, more forms
        name="data_sharing",
        background=hex_colour("#DDE3E8"),
        background_pattern=hex_colour("#D3DAE0"),
        panel=hex_colour("#F5F7F9"),
        panel_edge=hex_colour("#AEB9C2"),
        panel_title=hex_colour("#35506A"),
        ink=hex_colour("#17222C"),
        ink_soft=hex_colour("#52606C"),
        header=hex_colour("#35506A"),
        header_ink=hex_colour("#F2F5F7"),
        accent=hex_colour("#56B4E9"),
        track=hex_colour("#CED6DC"),
        focus=hex_colour("#17222C"),
        shadow=hex_colour("#B7C1C9"),
        dim=(20, 26, 32, 180),
    ),
    Palette(  # Mandatory: dark slate, cameras everywhere
        name="mandatory",
        background=hex_colour("#161B21"),
        background_pattern=hex_colour("#1C232A"),
        panel=hex_colour("#242C35"),
        panel_edge=hex_colour("#3E4A56"),
        panel_title=hex_colour("#E7ECF0"),
        ink=hex_colour("#E7ECF0"),
        ink_soft=hex_colour("#9DA9B4"),
        header=hex_colour("#0B0F13"),
        header_ink=hex_colour("#E7ECF0"),
        accent=hex_colour("#D55E00"),
        track=hex_colour("#36414C"),
        focus=hex_colour("#F0E442"),
        shadow=hex_colour("#0B0E12"),
        dim=(0, 0, 0, 190),
    ),
)


def palette_for(era: int) -> Palette:
    """The palette of an era (1-based); eras past the last keep the coldest palette."""
    return ERA_PALETTES[max(0, min(era, len(ERA_PALETTES)) - 1)]


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """a blended toward b by t (0..1)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def readable_on(background: Colour) -> Colour:
    """Black or white, whichever reads better on the background."""
    r, g, b = background
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return (0, 0, 0) if luminance > 150 else (255, 255, 255)


def to_hex(colour: Colour) -> str:
    return "#{:02X}{:02X}{:02X}".format(*colour)
