"""The teacher's kit says what the game does: its numbers are the data's, its links resolve.

The kit exists in English, French and Dutch. Each translated page quotes the same numbers (the
same markers, as often) and keeps the same outline as its English page, its numbers are written
as the game writes them in that language, and the card names it quotes are the game's own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.engine import default_content
from game.i18n import _, set_language
from game.tools.rules_lang import drift

ROOT = Path(__file__).resolve().parents[2]
KIT = ROOT / "docs" / "teachers"
FILES = (
    "guide.md",
    "settings.md",
    "debrief-questions.md",
    "rules-summary.md",
    "glossary.md",
    "background.md",
)
LANGUAGES = ("en", "fr", "nl")
TRANSLATIONS = LANGUAGES[1:]
PAGES = [(lang, name) for lang in LANGUAGES for name in FILES]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
ITALICS = re.compile(r"(?<!\*)\*(?![*\s])([^*]+?)(?<![*\s])\*(?!\*)")


def text(name: str, lang: str = "en") -> str:
    return (KIT / lang / name).read_text(encoding="utf-8")


def folded(page: str) -> str:
    """Line breaks folded to spaces (no-break spaces kept), so a name may wrap anywhere."""
    return re.sub(r"[ \t\n]+", " ", page)


def in_language(lang: str, message: str) -> str:
    set_language(lang)
    try:
        return _(message)
    finally:
        set_language("en")


def game_names() -> set[str]:
    """Every card, tier and era name the game shows, in English."""
    content = default_content()
    kinds = ("actions", "purchases", "events", "privileges", "neighbours", "goals")
    names = {e.name for kind in kinds for e in getattr(content, kind).values()}
    names |= {t.name for r in content.rulesets.values() for t in (*r.tiers, *r.eras)}
    return names


def pct(chance: float) -> str:
    return f"{round(chance * 100)}%"


@pytest.mark.parametrize(("lang", "name"), PAGES)
def test_every_file_exists_and_its_links_resolve(lang, name):
    path = KIT / lang / name
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        if "://" not in target:
            assert (path.parent / target).resolve().exists(), f"{lang}/{name}: broken link {target}"


@pytest.mark.parametrize(("lang", "name"), PAGES)
def test_every_number_in_the_kit_is_the_datas(lang, name):
    from game.debrief.kit import stale_parts

    stale = stale_parts(text(name, lang), default_content(), lang)
    assert stale == [], (
        f"{lang}/{name}: run python -m game.debrief.kit --write ({'; '.join(stale)})"
    )


@pytest.mark.parametrize(("lang", "name"), [(lang, n) for lang in TRANSLATIONS for n in FILES])
def test_translations_keep_the_english_markers_and_outline(lang, name):
    """A number marked in English and forgotten in French or Dutch fails here."""
    problems = drift(text(name), text(name, lang))
    assert problems == [], f"{lang}/{name} is not in step with en/{name}: " + "; ".join(problems)


@pytest.mark.parametrize(("lang", "name"), [(lang, n) for lang in TRANSLATIONS for n in FILES])
def test_translations_name_cards_as_the_game_does(lang, name):
    """A card, era or tier the English page names in italics appears under its on-screen name."""
    names = game_names()
    page = folded(text(name, lang))
    for english in set(ITALICS.findall(folded(text(name)))) & names:
        shown = in_language(lang, english)
        assert shown in page or shown[:1].upper() + shown[1:] in page, (
            f"{lang}/{name}: '{english}' should read '{shown}' as in the game"
        )


def test_the_readme_lists_the_three_languages():
    readme = (KIT / "README.md").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        assert f"]({lang}/guide.md)" in readme, lang
    for target in LINK.findall(readme):
        if "://" not in target:
            assert (KIT / target).resolve().exists(), f"README: broken link {target}"


def test_the_handouts_quote_their_numbers_from_the_data():
    summary = text("rules-summary.md")
    for key in (
        "ruleset.start_wellbeing",
        "ruleset.action_points",
        "ruleset.life_wellbeing",
        "ruleset.living_cost",
        "ruleset.eras.0.detection.speech:pct",
        "action.report",
        "ruleset.black_market_detection:pct",
        "ruleset.appeal_success:pct",
    ):
        assert f"<!--v:{key}-->" in summary, key
    settings = text("settings.md")
    for key in ("sesame.tiers.1.min", "booklet.blacklist_below", "sesame.weights.credit:pct"):
        assert f"<!--v:{key}-->" in settings, key


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("en", "Sesame weighs them"), ("fr", "Sesame les pondère à"), ("nl", "Sesame weegt ze")],
)
def test_the_background_quotes_the_sesame_weights(lang, phrase):
    sesame = default_content().rulesets["sesame"]
    weights = "/".join(
        str(round(100 * sesame.weights[f]))
        for f in ("credit", "fulfilment", "identity", "behaviour", "connections")
    )
    assert f"{phrase} {weights}" in " ".join(text("background.md", lang).split())


def test_the_kit_command_checks_and_writes(tmp_path, monkeypatch, capsys):
    from game.debrief import kit

    (tmp_path / "en").mkdir()
    page = tmp_path / "en" / "page.md"
    page.write_text("You start with <!--v:ruleset.start_money-->0<!--/v--> coins.\n")
    monkeypatch.setattr(kit, "KIT", tmp_path)
    monkeypatch.setattr(kit, "kit_files", lambda root=tmp_path: sorted(root.glob("*/*.md")))
    assert kit.main([]) == 1
    assert "ruleset.start_money" in capsys.readouterr().out
    assert kit.main(["--write"]) == 0
    money = default_content().rulesets["sesame"].start_money
    assert f"-->{money}<!--" in page.read_text()
    assert kit.main([]) == 0


def test_the_kit_command_writes_french_and_names_a_forgotten_marker(tmp_path, monkeypatch, capsys):
    from game.debrief import kit

    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    english = "Score <!--v:sesame.score_max-->0<!--/v-->, <!--v:booklet.score_max-->0<!--/v-->.\n"
    (tmp_path / "en" / "page.md").write_text(english)
    french = tmp_path / "fr" / "page.md"
    french.write_text(english)
    monkeypatch.setattr(kit, "kit_files", lambda root=tmp_path: sorted(root.glob("*/*.md")))
    assert kit.main(["--write"]) == 0
    capsys.readouterr()
    top = default_content().rulesets["booklet"].score_max
    assert f"-->{top:,}<!--".replace(",", "\u202f") in french.read_text()
    french.write_text("Score <!--v:sesame.score_max-->0<!--/v-->.\n")
    assert kit.main(["--write"]) == 1
    out = capsys.readouterr().out
    assert "not in step with page.md" in out and "booklet.score_max" in out


def test_the_guide_names_real_commands_and_options():
    from game.__main__ import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    kit = " ".join(text(name, lang) for lang in LANGUAGES for name in FILES)
    for command in re.findall(r"python -m game (\w+)", kit):
        assert command in commands, command
    play_options = {o for a in commands["play"]._actions for o in a.option_strings}  # noqa: SLF001
    for option in set(re.findall(r"`(--[a-z-]+)", kit)):
        assert option in play_options or option in ("--out", "--lang"), option
