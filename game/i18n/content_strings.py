"""Every player-visible text in the TOML data files, as (msgid, file, where) for the template.

The content files keep English as the source text and front ends show `_(entry.name)`, so each
text is a msgid. Rather than list the fields that hold text (and forget the next one someone
adds), every string is taken except identifiers, paths and the keys named in NOT_TEXT.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Data folders (under assets/) whose TOML files hold text a player or a teacher reads.
TEXT_FOLDERS: tuple[str, ...] = ("rulesets", "content", "debrief", "scenarios")

# Keys whose string values are never shown as such (ids, mechanics, file names).
NOT_TEXT = frozenset({
    "id", "kind", "channel", "label", "formula", "op", "test", "factor", "stat", "counter",
    "tag", "tags", "target", "who", "score", "switch", "length", "win_condition",
    "image", "icon", "font", "sound", "file", "path", "colour", "color",
})

IDENTIFIER = re.compile(r"^[a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class DataString:
    text: str
    file: str   # relative to the project root, e.g. assets/content/purchases.toml
    where: str  # e.g. "purchase rice_cooker: name"


def is_text(key: str, value: str) -> bool:
    """Prose a reader sees, as opposed to an id ('rice_cooker'), a path or a colour."""
    if key in NOT_TEXT or not value.strip() or IDENTIFIER.match(value):
        return False
    return " " in value or not any(c in value for c in "/\\#")


def _label(key: str, index: int, item: dict[str, Any]) -> str:
    """How a translator finds the entry: 'purchase rice_cooker', 'point 3', 'tier poor'."""
    name = key.removesuffix("s")
    for field in ("id", "number"):
        if field in item:
            return f"{name} {item[field]}"
    return f"{name} {index + 1}"


def _walk(node: Any, entry: list[str], keys: list[str]) -> Iterator[tuple[str, str]]:
    """(text, 'purchase rice_cooker: name') for every text below node."""
    if isinstance(node, str):
        if keys and is_text(keys[-1], node):
            yield node, ": ".join(part for part in (" ".join(entry), ".".join(keys)) if part)
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from _walk(child, entry, [*keys, key])
    elif isinstance(node, list):
        for index, child in enumerate(node):
            if isinstance(child, dict) and keys:
                yield from _walk(child, [*entry, _label(keys[-1], index, child)], [])
            else:
                yield from _walk(child, entry, keys)


def strings_in_file(path: Path, assets: Path) -> list[DataString]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    relative = "assets/" + path.relative_to(assets).as_posix()
    found: list[DataString] = []
    for text, where in _walk(data, [], []):
        found.append(DataString(text=text, file=relative, where=where))
    return found


def data_strings(assets: Path) -> list[DataString]:
    """Every text in every data file under the TEXT_FOLDERS of `assets`, in a stable order."""
    found: list[DataString] = []
    for folder in TEXT_FOLDERS:
        for path in sorted((assets / folder).rglob("*.toml")):
            found.extend(strings_in_file(path, assets))
    return found
