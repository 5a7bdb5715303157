"""The debrief's longer teacher-facing paragraphs, kept as data in assets/debrief/texts.toml.

They are English msgids like the cards: `text(key)` returns them in the current language.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from ..engine import ASSETS_ROOT
from ..i18n import _

DEBRIEF_ASSETS = ASSETS_ROOT / "debrief"


@cache
def load_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def text(key: str) -> str:
    """One paragraph by key, translated; a missing key is a bug in the data, so it says so."""
    paragraphs = load_toml(DEBRIEF_ASSETS / "texts.toml")["text"]
    return _(str(paragraphs[key]))


def label_name(label: str) -> str:
    return {"real": _("real"), "exaggerated": _("exaggerated"), "satire": _("satire")}.get(
        label, label
    )
