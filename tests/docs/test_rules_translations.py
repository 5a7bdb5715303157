"""rules.fr.md and rules.nl.md stay true to the data and in step with rules.md.

Each translation is checked like the English file (every generated part up to date, every card
listed), written in its language (card and tier names as the game shows them, numbers in the
language's format), and kept in step with rules.md: the same generated tables, the same quoted
values as often, the same numbered sections. A marker added in English and forgotten in a
translation fails here.
"""

from __future__ import annotations

import re
import shutil
import string
from pathlib import Path

import pytest
from babel.numbers import format_decimal

from game.engine import default_content
from game.i18n import _, language, load_catalog, set_language
from game.tools.rules_lang import (
    DocError,
    doc_languages,
    drift,
    english_source,
    headings,
    language_of,
    markers,
    num,
    pct,
    signed,
    speaking,
    vocabulary,
)
from game.tools.rules_tables import (
    BLOCKS,
    REGENERATE,
    RULES_DOCS,
    RULES_MD,
    VALUE,
    main,
    render,
    stale_parts,
)

CONTENT = default_content()
TRANSLATIONS = [lang for lang in doc_languages() if lang != "en"]
CARD_KINDS = ("actions", "purchases", "events", "privileges", "neighbours", "goals")


def read(lang: str) -> str:
    return RULES_DOCS[lang].read_text(encoding="utf-8")


def quoted(text: str, key: str) -> list[str]:
    return [m["body"] for m in VALUE.finditer(text) if m["key"] == key]


def in_language(lang: str, text: str) -> str:
    set_language(lang)
    try:
        return _(text)
    finally:
        set_language("en")


def test_french_and_dutch_are_generated() -> None:
    assert {"fr", "nl"} <= set(TRANSLATIONS)
    assert RULES_DOCS["fr"].name == "rules.fr.md" and RULES_DOCS["nl"].name == "rules.nl.md"


def test_rules_md_links_its_translations() -> None:
    top = "\n".join(RULES_MD.read_text(encoding="utf-8").splitlines()[:3])
    for lang in TRANSLATIONS:
        assert f"]({RULES_DOCS[lang].name})" in top, f"rules.md does not link {lang}"


# -- each translation, like rules.md -------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_matches_the_data(lang: str) -> None:
    stale = stale_parts(read(lang), CONTENT, lang)
    assert not stale, f"{RULES_DOCS[lang].name} is out of date: {stale}; run {REGENERATE}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_links_back_to_english(lang: str) -> None:
    assert "](rules.md)" in "\n".join(read(lang).splitlines()[:3])


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_table_and_card_is_in_the_translation(lang: str) -> None:
    text = read(lang)
    for name in BLOCKS:
        assert f"<!-- BEGIN GENERATED {name} -->" in text, f"{lang}: table '{name}' missing"
    for kind in CARD_KINDS:
        for entry_id, entry in getattr(CONTENT, kind).items():
            shown = in_language(lang, entry.name)
            row = f"{shown[:1].upper()}{shown[1:]} (`{entry_id}`)"
            assert row in text, f"{lang}: {kind} '{entry_id}' is not listed as {row!r}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_is_in_step_with_rules_md(lang: str) -> None:
    problems = drift(RULES_MD.read_text(encoding="utf-8"), read(lang))
    assert not problems, f"{RULES_DOCS[lang].name} and rules.md differ: " + "; ".join(problems)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_card_names_are_the_catalogs(lang: str) -> None:
    """Every card, tier and era name has a translation, so no English name reaches the page."""
    catalog = load_catalog(lang).singular
    names = [e.name for kind in CARD_KINDS for e in getattr(CONTENT, kind).values()]
    names += [t.name for r in CONTENT.rulesets.values() for t in (*r.tiers, *r.eras)]
    missing = sorted({n for n in names if n not in catalog})
    assert not missing, f"{lang} catalog has no translation for {missing}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_numbers_follow_the_language(lang: str) -> None:
    """Checked with Babel directly, not with the generator's own formatting code."""
    text = read(lang)
    for ruleset in CONTENT.rulesets.values():
        for field in ("score_min", "score_max"):
            expected = format_decimal(getattr(ruleset, field), locale=lang)
            assert quoted(text, f"{ruleset.id}.{field}") == [expected], (lang, ruleset.id, field)
    sesame_tiers = {in_language(lang, t.name) for t in CONTENT.rulesets["sesame"].tiers}
    said = quoted(text, "start_tier.sesame")
    assert said and set(said) <= sesame_tiers, (lang, said)


# -- the vocabulary files ------------------------------------------------------------------------


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_vocabulary_keeps_every_placeholder(lang: str) -> None:
    for key, value in vocabulary(lang)["words"].items():
        wanted, have = fields(key), fields(value)
        if "range" in wanted and "range" not in have:
            wanted = (wanted - {"range"}) | {"min", "max"}
        assert wanted <= have, f"{lang}: '{key}' -> '{value}' drops {wanted - have}"
        assert have <= fields(key) | {"min", "max"}, f"{lang}: '{value}' has unknown fields"


def test_every_language_has_the_same_phrases() -> None:
    first = {
        section: set(vocabulary(TRANSLATIONS[0])[section])
        for section in ("words", "counters", "tags")
    }
    for lang in TRANSLATIONS[1:]:
        for section, keys in first.items():
            assert set(vocabulary(lang)[section]) == keys, f"{lang} [{section}] differs"


SCREEN_WORDS = (
    "fulfilment",
    "identity",
    "behaviour",
    "connections",
    "wellbeing",
    "voice",
    "purchases",
    "speech",
    "records",
    "cameras",
    "real",
    "exaggerated",
    "satire",
)
TAG_LABELS = {
    "domestic": "domestic",
    "idle": "idle pastime",
    "data": "data",
    "imported": "imported",
    "critical": "critical",
    "responsible": "responsible",
}


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_vocabulary_says_what_the_screen_says(lang: str) -> None:
    words = vocabulary(lang)
    for word in SCREEN_WORDS:
        assert words["words"][word] == in_language(lang, word), (lang, word)
    for tag, label in TAG_LABELS.items():
        assert words["tags"][tag] == in_language(lang, label), (lang, tag)


# -- formats and helpers ---------------------------------------------------------------------------


def test_numbers_in_each_language() -> None:
    with speaking("fr"):
        assert (num(1300), num(0.15), pct(0.3), signed(-3)) == (
            "1\u202f300",
            "0,15",
            "30\u00a0%",
            "\u22123",
        )
    with speaking("nl"):
        assert (num(1300), num(0.15), pct(0.3), signed(4)) == ("1.300", "0,15", "30%", "+4")
    assert (num(1300), num(0.15), pct(0.3), signed(-3)) == ("1300", "0.15", "30%", "-3")


def test_generating_gives_the_game_its_language_back() -> None:
    before = language()
    render("<!--v:action.work.name-->?<!--/v-->", CONTENT, "fr")
    assert language() == before


def test_unknown_language_is_refused_clearly() -> None:
    with pytest.raises(DocError, match="no generated documents in 'xx'"):
        render("<!--v:max_seats-->?<!--/v-->", CONTENT, "xx")


def test_a_file_says_its_language() -> None:
    assert language_of(Path("rules.fr.md")) == "fr"
    assert language_of(Path("docs/teachers/nl/guide.md")) == "nl"
    assert language_of(Path("rules.md")) == "en"
    assert english_source(Path("x/rules.nl.md")) == Path("x/rules.md")
    assert english_source(Path("t/fr/guide.md")) == Path("t/en/guide.md")
    assert english_source(Path("rules.md")) is None


def test_drift_names_a_marker_forgotten_in_a_translation() -> None:
    english = (
        "# T\n\n## 1. A\n\nX <!--v:max_seats-->6<!--/v--> and <!--v:count.goals-->9<!--/v-->.\n"
        "<!-- BEGIN GENERATED goals -->\n<!-- END GENERATED goals -->\n"
    )
    same = english.replace("X", "Y")
    assert drift(english, same) == []
    forgot = same.replace(" and <!--v:count.goals-->9<!--/v-->", "")
    assert any("count.goals" in p for p in drift(english, forgot))
    no_table = same.replace("goals -->", "nope -->")
    assert any("generated tables" in p for p in drift(english, no_table))
    renumbered = same.replace("## 1. A", "## 2. A")
    assert any("headings" in p for p in drift(english, renumbered))
    assert markers(english)[0] == ["goals"] and headings(english) == ["#", "## 1."]


# -- the command on translations -----------------------------------------------------------------


def test_check_and_write_a_stale_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(RULES_MD, tmp_path / "rules.md")
    french = tmp_path / "rules.fr.md"
    french.write_text(
        re.sub(r"(<!--v:max_seats-->).*?(<!--/v-->)", r"\g<1>99\g<2>", read("fr")),
        encoding="utf-8",
    )
    assert main(["--check", str(french)]) == 1
    assert "max_seats" in capsys.readouterr().out
    assert main(["--write", str(french)]) == 0
    assert main(["--check", str(french)]) == 0
    assert french.read_text(encoding="utf-8") == read("fr")


def test_check_names_a_translation_out_of_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = RULES_MD.read_text(encoding="utf-8")
    (tmp_path / "rules.md").write_text(
        english + "\nNew: <!--v:count.events-->25<!--/v-->\n", encoding="utf-8"
    )
    dutch = tmp_path / "rules.nl.md"
    dutch.write_text(read("nl"), encoding="utf-8")
    assert main(["--check", str(dutch)]) == 1
    out = capsys.readouterr().out
    assert "not in step with rules.md" in out and "count.events" in out


def test_check_covers_every_rules_file_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--check"])
    out = capsys.readouterr().out
    for path in RULES_DOCS.values():
        assert f"{path}: not in step" not in out, out
