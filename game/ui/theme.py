"""The pygame_gui theme: assets/ui/theme.json, scaled to the window and recoloured per era.

theme.json is an ordinary pygame_gui theme in the first era's colours, sized for a 1280×720
window. build_theme() returns it as a dict with font sizes and paddings scaled, font paths made
absolute, and each first-era colour swapped for its role's colour in the current era.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..engine import ASSETS_ROOT

UI_ASSETS = ASSETS_ROOT / "ui"
THEME_PATH = UI_ASSETS / "theme.json"
FONT_DIR = UI_ASSETS / "fonts"
FONT_REGULAR = FONT_DIR / "DejaVuSansCondensed.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSansCondensed-Bold.ttf"

# Each colour of theme.json (first era) names a role; later eras give the role another colour.
ERA_COLOURS: dict[str, tuple[str, str]] = {
    "#FFFDF8": ("#F5F7F9", "#242C35"),  # face of buttons and boxes
    "#FFF1CF": ("#DCE9F3", "#34414D"),  # hovered face
    "#1E2A33": ("#17222C", "#E7ECF0"),  # ink
    "#5B6670": ("#52606C", "#9DA9B4"),  # soft ink
    "#D8CDB4": ("#AEB9C2", "#4A5764"),  # border
    "#0072B2": ("#35506A", "#A84A00"),  # primary button
    "#005A8C": ("#26394C", "#853A00"),  # primary, hovered
    "#EFE8D8": ("#E2E7EB", "#1D242B"),  # disabled face
    "#A39C8C": ("#98A3AC", "#5D6A76"),  # disabled ink
    "#E69F00": ("#0072B2", "#F0E442"),  # selected border, tooltip edge
}
# Smaller type for a kind of button, for labels that would not fit otherwise: (kind, design size).
SMALLER_KINDS: dict[str, tuple[str, int]] = {
    "@action_small": ("@action", 14),
    "@action_smaller": ("@action", 13),
}
_SCALED_MISC = ("shape_corner_radius", "border_width", "text_horiz_alignment_padding", "rect_width")


@lru_cache(maxsize=1)
def _base_theme() -> dict[str, Any]:
    with THEME_PATH.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _scaled(value: str, scale: float, minimum: int) -> str:
    if "," in value:
        return ",".join(_scaled(part, scale, minimum) for part in value.split(","))
    try:
        return str(max(minimum, round(float(value) * scale)))
    except ValueError:
        return value


def _recolour(value: Any, era: int) -> Any:
    if era <= 1 or not isinstance(value, str):
        return value
    swap = ERA_COLOURS.get(value.upper())
    if swap is None:
        return value
    return swap[min(era, 3) - 2]


def build_theme(geometry_scale: float, text_scale: float, era: int = 1) -> dict[str, Any]:
    """The theme for a window: fonts scaled by geometry × text size, shapes by geometry."""
    theme = copy.deepcopy(_base_theme())
    for kind, (base, size) in SMALLER_KINDS.items():
        theme[kind] = copy.deepcopy(theme[base])
        theme[kind]["font"]["size"] = str(size)
    for block in theme.values():
        font = block.get("font")
        if isinstance(font, dict):
            font["size"] = str(max(9, round(float(font["size"]) * geometry_scale * text_scale)))
            for key in ("regular_path", "bold_path", "italic_path", "bold_italic_path"):
                if key in font:
                    font[key] = str(UI_ASSETS / Path(font[key]))
        misc = block.get("misc")
        if isinstance(misc, dict):
            for key in _SCALED_MISC:
                if key in misc:
                    misc[key] = _scaled(misc[key], geometry_scale, 1)
            if "padding" in misc:
                misc["padding"] = _scaled(misc["padding"], geometry_scale * text_scale, 2)
        colours = block.get("colours")
        if isinstance(colours, dict):
            for key, value in colours.items():
                colours[key] = _recolour(value, era)
    return theme
