"""Checked reading of untrusted TOML tables: every problem becomes `file: entry: what is wrong`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


class Problems:
    """Collects problems instead of stopping at the first one, so an author sees them all."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")


class Reader:
    """Reads fields of one table (an entry), reporting bad or missing ones under its name."""

    def __init__(self, table: dict[str, Any], where: str, problems: Problems) -> None:
        self.data = table
        self.where = where
        self.problems = problems
        self.used: set[str] = set()

    def _get(self, key: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                self.problems.add(self.where, f"missing field '{key}'")
            return None
        return self.data[key]

    def string(self, key: str, default: str | None = None, *, allow_empty: bool = True) -> str:
        value = self._get(key, default is None)
        if value is None:
            return default or ""
        if not isinstance(value, str):
            self.problems.add(self.where, f"field '{key}' should be text, not {_kind(value)}")
            return default or ""
        if not allow_empty and not value.strip():
            self.problems.add(self.where, f"field '{key}' is empty")
        return value

    def integer(
        self,
        key: str,
        default: int | None = None,
        *,
        low: int | None = None,
        high: int | None = None,
    ) -> int:
        value = self._get(key, default is None)
        if value is None:
            return default or 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.add(
                self.where, f"field '{key}' should be a whole number, not {_kind(value)}"
            )
            return default or 0
        if (low is not None and value < low) or (high is not None and value > high):
            self.problems.add(self.where, f"field '{key}' is {value}, outside {low}..{high}")
        return value

    def number(
        self,
        key: str,
        default: float | None = None,
        *,
        low: float | None = None,
        high: float | None = None,
    ) -> float:
        value = self._get(key, default is None)
        if value is None:
            return default or 0.0
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problems.add(self.where, f"field '{key}' should be a number, not {_kind(value)}")
            return default or 0.0
        if not math.isfinite(value):
            self.problems.add(self.where, f"field '{key}' should be a finite number, not {value}")
            return default or 0.0
        if (low is not None and value < low) or (high is not None and value > high):
            self.problems.add(self.where, f"field '{key}' is {value}, outside {low}..{high}")
        return float(value)

    def boolean(self, key: str, default: bool | None = None) -> bool:
        value = self._get(key, default is None)
        if value is None:
            return bool(default)
        if not isinstance(value, bool):
            self.problems.add(
                self.where, f"field '{key}' should be true or false, not {_kind(value)}"
            )
            return bool(default)
        return value

    def choice(self, key: str, options: Sequence[str], default: str | None = None) -> str:
        value = self.string(key, default)
        if value not in options:
            if key in self.data or default is None:
                self.problems.add(
                    self.where, f"field '{key}' is '{value}', expected one of: {', '.join(options)}"
                )
            return default if default is not None else options[0]
        return value

    def tables(self, key: str) -> list[tuple[int, dict[str, Any]]]:
        """A list of inline tables (effects, conditions); absent means empty."""
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.add(self.where, f"field '{key}' should be a list, not {_kind(value)}")
            return []
        out: list[tuple[int, dict[str, Any]]] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.problems.add(
                    self.where, f"{key}[{index}] should be a table, not {_kind(item)}"
                )
                continue
            out.append((index, item))
        return out

    def strings(self, key: str) -> list[str]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.add(self.where, f"field '{key}' should be a list of text")
            return []
        return list(value)

    def table(self, key: str) -> dict[str, Any]:
        value = self._get(key, True)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.add(self.where, f"'{key}' should be a table, not {_kind(value)}")
            return {}
        return value

    def finish(self) -> None:
        """Unknown fields are usually typos: say so rather than ignore them."""
        for key in self.data:
            if key not in self.used:
                self.problems.add(self.where, f"unknown field '{key}'")


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)
