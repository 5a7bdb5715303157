"""docs/engine-api.md stays true: its python blocks run, in order, in one namespace."""

from __future__ import annotations

import contextlib
import io
import re
import traceback
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "engine-api.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_blocks(text: str) -> list[tuple[int, str]]:
    """Each ```python block with the line it starts on."""
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]


def test_the_doc_has_examples() -> None:
    blocks = python_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 8, "docs/engine-api.md lost its runnable examples"


def test_every_example_runs() -> None:
    namespace: dict[str, object] = {"__name__": "engine_api_examples"}
    for line, code in python_blocks(DOC.read_text(encoding="utf-8")):
        # Padding with blank lines makes a traceback name the doc's own line numbers.
        compiled = compile("\n" * line + code, str(DOC), "exec")
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compiled, namespace)
        except Exception as exc:  # any failure names the block and the line it came from
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(DOC)]
            at = frames[-1].lineno if frames else line
            pytest.fail(
                f"docs/engine-api.md, the example at line {line} fails at line {at}: "
                f"{type(exc).__name__}: {exc}"
            )


def test_block_finder_sees_only_python_fences() -> None:
    text = "intro\n```python\nx = 1\n```\n```json\n{}\n```\n```python\ny = 2\n```\n"
    assert python_blocks(text) == [(2, "x = 1\n"), (8, "y = 2\n")]
