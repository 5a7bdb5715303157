"""--scenario and --pack on the command line: the right content, the right default ruleset."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from game.cli.common import add_game_options, setup_from_args
from game.engine import EngineError
from game.text.play import play_text

from .helpers import TUTORIAL_PACK


def parse(*argv: str):  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser()
    add_game_options(parser)
    return setup_from_args(parser.parse_args(list(argv)))


def test_a_scenario_brings_its_own_ruleset() -> None:
    setup = parse("--scenario", "nosedive", "--seats", "bot,bot")
    assert setup.packs == ("nosedive",) and setup.ruleset == "nosedive"
    assert setup.options.appeals is False, "the scenario ruleset's own switches apply"


def test_a_chosen_ruleset_wins_over_the_scenario_default() -> None:
    setup = parse("--scenario", "data-economy", "--ruleset", "sesame")
    assert setup.ruleset == "sesame" and setup.packs == ("data-economy",)


def test_no_pack_plays_the_game_default() -> None:
    setup = parse()
    assert setup.packs == () and setup.ruleset == "sesame"


def test_pack_folders_are_kept_by_full_path_in_order() -> None:
    setup = parse("--scenario", "nosedive", "--pack", str(TUTORIAL_PACK))
    assert setup.packs == ("nosedive", str(TUTORIAL_PACK.resolve()))
    assert setup.ruleset == "sesame", "the last pack that names a ruleset decides"


def test_bad_packs_are_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="no such folder"):
        parse("--pack", str(tmp_path / "missing"))
    with pytest.raises(EngineError, match="no pack.toml"):
        parse("--pack", str(tmp_path))
    (tmp_path / "pack.toml").write_text('[pack]\nid = "x"\nname = "X"\n', encoding="utf-8")
    with pytest.raises(EngineError, match="missing field 'description'"):
        parse("--pack", str(tmp_path))


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(SystemExit):
        parse("--scenario", "utopia")


@pytest.mark.parametrize(
    "argv",
    [("--scenario", "data-economy"), ("--pack", str(TUTORIAL_PACK))],
)
def test_the_terminal_plays_a_pack_to_the_end(argv: tuple[str, ...]) -> None:
    setup = parse(*argv, "--seats", "bot,bot", "--length", "short", "--seed", "3")
    out = io.StringIO()
    assert play_text(setup, out=out, inp=io.StringIO()) == 0
    text = out.getvalue()
    assert "LIFE REVIEW" in text
