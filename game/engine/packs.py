"""Content in layers: the game's own assets, then scenario packs laid over them.

A pack is a folder with a `pack.toml` and any of `content/*.toml` and `rulesets/*.toml`. Its
entries add to the game's, or replace those with the same id; `replace = ["event"]` in
pack.toml drops the game's entries of a kind first. Packs ship under assets/scenarios/, or
live in any folder (`--pack PATH`).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ContentError
from .loader import (
    _BUILDERS,
    ASSETS_ROOT,
    CONTENT_FILES,
    _check_references,
    read_entries,
    read_ruleset,
    read_toml,
)
from .records import Content, Ruleset
from .schema import Problems, Reader

SCENARIOS_ROOT = ASSETS_ROOT / "scenarios"
MAX_PACK_FILES = 200


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    name: str
    description: str
    ruleset: str
    replace: tuple[str, ...]
    path: Path


def pack_info(ref: str | Path) -> PackInfo:
    """What a pack says of itself (pack.toml); ContentError if it cannot be read."""
    problems = Problems()
    info = read_pack_info(resolve_pack(ref), problems)
    if info is None or problems.items:
        raise ContentError(problems.items or [f"{ref}: not a pack"])
    return info


def list_scenarios() -> list[str]:
    """The scenario packs that ship with the game."""
    if not SCENARIOS_ROOT.is_dir():
        return []
    return sorted(p.name for p in SCENARIOS_ROOT.iterdir() if (p / "pack.toml").is_file())


def resolve_pack(ref: str | Path) -> Path:
    """A scenario id (`nosedive`) or a folder path."""
    text = str(ref)
    if text in list_scenarios():
        return SCENARIOS_ROOT / text
    return Path(text)


def read_pack_info(folder: Path, problems: Problems) -> PackInfo | None:
    path = folder / "pack.toml"
    if not folder.is_dir():
        problems.add(str(folder), "no such pack folder")
        return None
    data = read_toml(path, problems)
    if data is None:
        return None
    r = Reader(data, str(path), problems)
    table = Reader(r.table("pack"), f"{path}: [pack]", problems)
    info = PackInfo(
        id=table.string("id", allow_empty=False),
        name=table.string("name", allow_empty=False),
        description=table.string("description", allow_empty=False),
        ruleset=table.string("ruleset", ""),
        replace=tuple(table.strings("replace")),
        path=folder,
    )
    for kind in info.replace:
        if kind not in CONTENT_FILES:
            problems.add(f"{path}: [pack]", f"replace names '{kind}', which is not a kind of card")
    table.finish()
    r.finish()
    return info


def _fingerprint(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_content(root: Path | None = None, packs: Sequence[str | Path] = ()) -> Content:
    """Load every ruleset and card under `root` (the game's assets by default), then each pack.

    Raises ContentError listing every problem found, never a bare traceback.
    """
    root = root or ASSETS_ROOT
    problems = Problems()
    entries: dict[str, dict[str, Any]] = {}
    origins: dict[tuple[str, str], Path] = {}
    used_files: list[Path] = []
    for kind, rel in CONTENT_FILES.items():
        path = root / rel
        used_files.append(path)
        entries[kind] = {e.id: e for e in read_entries(path, kind, problems)}
        origins.update(((kind, entry_id), path) for entry_id in entries[kind])

    base_path = root / "rulesets" / "base.toml"
    used_files.append(base_path)
    base = read_toml(base_path, problems) or {}
    rulesets: dict[str, Ruleset] = {}
    ruleset_paths = sorted(p for p in (root / "rulesets").glob("*.toml") if p.name != "base.toml")
    if not ruleset_paths:
        problems.add(str(root / "rulesets"), "no ruleset file")
    _read_rulesets(ruleset_paths, base, rulesets, used_files, problems)

    infos: list[PackInfo] = []
    for ref in packs:
        folder = resolve_pack(ref)
        info = read_pack_info(folder, problems)
        if info is None:
            continue
        infos.append(info)
        used_files.append(folder / "pack.toml")
        for kind in info.replace:
            entries.get(kind, {}).clear()
        for kind, rel in CONTENT_FILES.items():
            path = folder / rel
            if path.is_file():
                used_files.append(path)
                for entry in read_entries(path, kind, problems):
                    entries[kind][entry.id] = entry
                    origins[(kind, entry.id)] = path
        pack_rulesets = sorted((folder / "rulesets").glob("*.toml"))[:MAX_PACK_FILES]
        _read_rulesets(pack_rulesets, base, rulesets, used_files, problems, override=True)
        if info.ruleset and info.ruleset not in rulesets:
            problems.add(str(folder / "pack.toml"), f"ruleset '{info.ruleset}' does not exist")

    if not problems.items:
        _check_references(entries, problems, root, origins)
        _check_platforms(entries, rulesets, problems, root)
    if problems.items:
        raise ContentError(problems.items)
    return Content(
        rulesets=rulesets,
        actions=entries["action"],
        purchases=entries["purchase"],
        events=entries["event"],
        privileges=entries["privilege"],
        neighbours=entries["neighbour"],
        goals=entries["goal"],
        fingerprint=_fingerprint(used_files),
        sources=tuple(str(p) for p in used_files),
        packs=tuple(str(p) for p in packs),
    )


def _read_rulesets(
    paths: Sequence[Path],
    base: dict[str, Any],
    rulesets: dict[str, Ruleset],
    used_files: list[Path],
    problems: Problems,
    *,
    override: bool = False,
) -> None:
    seen: set[str] = set()
    for path in paths:
        used_files.append(path)
        data = read_toml(path, problems)
        if data is None:
            continue
        ruleset = read_ruleset(base, data, str(path), problems)
        if ruleset.id in seen or (ruleset.id in rulesets and not override):
            problems.add(str(path), f"duplicate ruleset id '{ruleset.id}'")
        seen.add(ruleset.id)
        rulesets[ruleset.id] = ruleset


def _check_platforms(
    entries: dict[str, dict[str, Any]], rulesets: dict[str, Ruleset], problems: Problems, root: Path
) -> None:
    """A condition on a platform's score must name a platform some ruleset keeps."""
    known = {p.id for r in rulesets.values() for p in r.platforms}
    for kind, table in entries.items():
        for entry in table.values():
            for cond in getattr(entry, "conditions", ()):
                if cond.test == "platform_at_least" and cond.name not in known:
                    problems.add(
                        f"{kind} '{entry.id}'", f"platform '{cond.name}' is kept by no ruleset"
                    )


def validate_path(path: Path) -> list[str]:
    """Problems in a content folder, a pack folder, or a single content file."""
    if path.is_dir():
        try:
            if (path / "pack.toml").is_file():
                load_content(packs=[path])
            else:
                load_content(path)
        except ContentError as exc:
            return exc.problems
        return []
    problems = Problems()
    data = read_toml(path, problems)
    if data is None:
        return problems.items
    kinds = [k for k in data if k in _BUILDERS]
    if "score" in data or "tiers" in data or path.name == "base.toml":
        base = read_toml(ASSETS_ROOT / "rulesets" / "base.toml", problems) or {}
        if path.name != "base.toml":
            read_ruleset(base, data, str(path), problems)
    elif len(kinds) == 1:
        read_entries(path, kinds[0], problems)
    elif "pack" in data:
        read_pack_info(path.parent, problems)
    else:
        problems.add(str(path), "cannot tell what this file holds (expected [[purchase]], ...)")
    return problems.items
