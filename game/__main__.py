"""`python -m game` / `model-citizen`: the command line. Each sub-command lives in game.cli."""

from __future__ import annotations

import argparse
import importlib
import sys

from .cli import command_modules
from .engine import EngineError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="model-citizen",
        description="Model Citizen: a satirical game about a public trust score.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(f"game.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        args = parser.parse_args(["play", *(argv or [])])
    try:
        return int(args.run(args) or 0)
    except EngineError as exc:
        print(f"model-citizen: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print()
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): nothing more to say, and nobody to say it to.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
