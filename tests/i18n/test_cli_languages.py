"""`--lang` on every command that shows text, and the choice reaches what is printed."""

from __future__ import annotations

import argparse

import pytest

from game.__main__ import build_parser, main
from game.i18n import LANGUAGES


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the command line has no sub-commands")


def test_every_command_takes_lang_with_every_language() -> None:
    missing = []
    for name, parser in subcommands().items():
        option = next((a for a in parser._actions if "--lang" in a.option_strings), None)
        if option is None:
            missing.append(name)
        else:
            assert set(option.choices or ()) == set(LANGUAGES), name
    assert not missing, (
        f"commands without --lang: {missing}; add add_language(parser) and call "
        "apply_language(args) first in run() (game/cli/common.py)"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "all content is valid."), ("fr", "tout le contenu est valide."),
     ("nl", "alle inhoud is geldig.")],
)
def test_validate_speaks_the_chosen_language(
    lang: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    assets = Path(__file__).resolve().parents[2] / "assets"
    assert main(["validate", str(assets), "--lang", lang]) == 0
    assert expected in capsys.readouterr().out
