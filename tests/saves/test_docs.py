"""docs/saves.md stays true: its python blocks run, in order, in one namespace."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "saves.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def test_every_example_in_the_saves_doc_runs() -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]
    assert len(blocks) >= 5, "docs/saves.md lost its runnable examples"
    namespace: dict[str, object] = {"__name__": "saves_examples"}
    for line, code in blocks:
        # Padding with blank lines makes a traceback name the doc's own line numbers.
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile("\n" * line + code, str(DOC), "exec"), namespace)
