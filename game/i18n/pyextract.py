"""Messages in Python source, read from the syntax tree so that `_()` inside an f-string counts.

Babel's own Python extractor reads tokens, and on Python 3.11 an f-string is one token: a
`f"<th>{_('rule')}</th>"` would be missed. Walking the tree finds every call, wherever it is.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

SINGULAR = frozenset({"_", "N_", "gettext"})
PLURAL = frozenset({"ngettext"})
COMMENT_TAG = "TRANSLATORS:"


@dataclass(frozen=True, slots=True)
class Found:
    lineno: int
    message: str | tuple[str, str]
    comments: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Unextractable:
    """A translation call whose text is not a plain literal: it can never be translated."""

    lineno: int
    function: str


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _comments(lines: list[str], lineno: int) -> list[str]:
    """The `# TRANSLATORS:` comment block right above a line (or ending on it)."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.insert(0, lines[index].strip()[1:].strip())
        index -= 1
    for start, text in enumerate(block):
        if text.startswith(COMMENT_TAG):
            first = text[len(COMMENT_TAG):].strip()
            return [part for part in [first, *block[start + 1:]] if part]
    return []


def extract(source: str) -> tuple[list[Found], list[Unextractable]]:
    """Every message in one module, in source order, and the calls that cannot be extracted."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[tuple[int, int, Found]] = []
    unextractable: list[Unextractable] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        if name in SINGULAR:
            text = _literal(node.args[0])
            if text is None:
                # _(entry.name) is how data texts are shown; only literal-looking text is a bug.
                if isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)):
                    unextractable.append(Unextractable(node.lineno, name))
                continue
            message: str | tuple[str, str] = text
        elif name in PLURAL and len(node.args) >= 2:
            singular, plural = _literal(node.args[0]), _literal(node.args[1])
            if singular is None or plural is None:
                unextractable.append(Unextractable(node.lineno, name))
                continue
            message = (singular, plural)
        else:
            continue
        if message:
            entry = Found(node.lineno, message, _comments(lines, node.lineno))
            found.append((node.lineno, node.col_offset, entry))
    found.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in found], unextractable
