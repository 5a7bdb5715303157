"""Untrusted JSON in: size, encoding, depth and non-numbers checked before anything uses it.

Saves and replays arrive by e-mail and USB stick; a file is data to be checked, never trusted.
Only JSON is read (no pickle, nothing that can run code).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..i18n import _
from .errors import SaveError

MAX_FILE_BYTES = 5 * 1024 * 1024   # a long game's save is well under 1 MB
MAX_DEPTH = 32                     # a save nests about 7 levels deep


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The file's text, refused when missing, unreadable, too large or not UTF-8."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise SaveError(_("{file}: there is no such file.").format(file=path)) from None
    except IsADirectoryError:
        raise SaveError(_("{file}: this is a folder, not a file.").format(file=path)) from None
    except OSError as exc:
        raise SaveError(
            _("{file}: the file cannot be read ({reason}).").format(
                file=path, reason=exc.strerror or exc
            )
        ) from None
    if len(raw) > limit:
        raise SaveError(
            _("{file}: the file is larger than {mb} MB, far more than any game needs.").format(
                file=path, mb=limit // (1024 * 1024)
            )
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SaveError(
            _("{file}: the file is not text (it is not UTF-8), so it is not a save.").format(
                file=path
            )
        ) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(_("{value} is not a number a game can hold").format(value=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):   # 1e400 reads as infinity
        raise ValueError(_("{value} is too large a number").format(value=text[:20]))
    return value


def parse(text: str, where: str) -> Any:
    """JSON text to plain data; NaN, Infinity, huge numbers and deep nesting are refused."""
    if len(text) > MAX_FILE_BYTES:
        raise SaveError(
            _("{file}: the text is larger than {mb} MB, far more than any game needs.").format(
                file=where, mb=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise SaveError(
            _("{file}: the file is damaged or cut short: it is not valid JSON "
              "({problem} at line {line}, column {column}).").format(
                file=where, problem=exc.msg, line=exc.lineno, column=exc.colno
            )
        ) from None
    except RecursionError:
        raise SaveError(_too_deep(where)) from None
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        raise SaveError(
            _("{file}: the file holds a number no game can hold ({problem}).").format(
                file=where, problem=str(exc).split(";")[0]
            )
        ) from None
    if depth_exceeds(data, MAX_DEPTH):
        raise SaveError(_too_deep(where))
    return data


def _too_deep(where: str) -> str:
    message = _("{file}: the file is nested more than {depth} levels deep, so it is not a save.")
    return message.format(file=where, depth=MAX_DEPTH)


def depth_exceeds(data: Any, limit: int) -> bool:
    """True when lists and objects nest deeper than `limit` (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def read_json(path: Path) -> Any:
    """A JSON file read under every limit above."""
    return parse(read_text(path), str(path))
