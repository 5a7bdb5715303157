"""The command line: one sub-command per job, each a module here with `register(subparsers)`.

Modules are found by name, so adding a command means adding a module, nothing else.
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

HELPERS = {"common"}


def command_modules() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])]
    return sorted(n for n in names if n not in HELPERS and not n.startswith("_"))
