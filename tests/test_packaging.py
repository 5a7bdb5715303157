"""The assets travel inside the package: game/_assets is the top-level assets/ folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

from game.engine import ASSETS_ROOT

ROOT = Path(__file__).resolve().parents[1]


def test_assets_are_reachable_from_the_package() -> None:
    assert ASSETS_ROOT.resolve() == (ROOT / "assets").resolve()
    assert (ASSETS_ROOT / "rulesets" / "sesame.toml").is_file()


def test_the_wheel_takes_every_asset() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]["game"]
    assert "_assets/**/*" in package_data
    assert config["project"]["scripts"]["model-citizen"] == "game.__main__:main"
