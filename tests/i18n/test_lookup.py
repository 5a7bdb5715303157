"""Looking messages up: English by default, the catalog's text once a language is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

import game.i18n as i18n
from game.i18n import (
    _,
    available_languages,
    fmt_decimal,
    fmt_number,
    fmt_percent,
    fmt_signed,
    language_name,
    ngettext,
    set_language,
    system_language,
)

PO_WITH_PLURALS = """\
msgid ""
msgstr ""
"Language: pl\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Plural-Forms: nplurals=3; "
"plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

msgid "Drop {name}"
msgstr "Porzuć {name}"

#, fuzzy
msgid "Report {name}"
msgstr "Zgłoś {name}"

msgid "{n} problem"
msgid_plural "{n} problems"
msgstr[0] "{n} problem"
msgstr[1] "{n} problemy"
msgstr[2] "{n} problemów"
"""


@pytest.fixture
def polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A throwaway fourth language in a temporary locale folder."""
    folder = tmp_path / "pl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(PO_WITH_PLURALS, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "LANGUAGES", i18n.available_languages())
    monkeypatch.setattr(i18n, "_catalogs", {})


def test_english_is_the_source_and_needs_no_catalog() -> None:
    set_language("en")
    assert _("Drop {name}") == "Drop {name}"
    assert ngettext("{n} coin", "{n} coins", 1) == "{n} coin"
    assert ngettext("{n} coin", "{n} coins", 3) == "{n} coins"


def test_french_and_dutch_catalogs_are_used_once_chosen() -> None:
    set_language("fr")
    assert _("Your trust has been updated. Thank you for your sincerity.") == (
        "Votre confiance a été mise à jour. Merci pour votre sincérité."
    )
    set_language("nl")
    assert _("Your trust has been updated. Thank you for your sincerity.") == (
        "Uw vertrouwen is bijgewerkt. Dank voor uw oprechtheid."
    )
    assert _("a message nobody translated") == "a message nobody translated"


def test_a_language_is_a_folder_no_code_needed(polish: None) -> None:
    assert available_languages() == ("en", "pl")
    set_language("pl")
    assert _("Drop {name}") == "Porzuć {name}"
    assert _("Report {name}") == "Report {name}", "a fuzzy entry is not used yet"


def test_plurals_follow_the_languages_own_rule(polish: None) -> None:
    set_language("pl")
    forms = [ngettext("{n} problem", "{n} problems", n) for n in (1, 3, 5, 22)]
    assert forms == ["{n} problem", "{n} problemy", "{n} problemów", "{n} problemy"]


def test_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="choose from en, fr, nl"):
        set_language("xx")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "de:nl:en", "LANG": "de_DE.UTF-8"}, "nl"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "nl_BE.UTF-8"}, "fr"),
    ],
)
def test_default_language_follows_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert system_language() == expected


def test_languages_name_themselves() -> None:
    assert [language_name(c) for c in ("en", "fr", "nl")] == ["English", "Français", "Nederlands"]


@pytest.mark.parametrize(
    ("lang", "number", "percent", "decimal", "signed"),
    [
        ("en", "1,000", "12%", "2.5", "\u22121,200"),
        ("fr", "1\u202f000", "12\u00a0%", "2,5", "\u22121\u202f200"),
        ("nl", "1.000", "12%", "2,5", "\u22121.200"),
    ],
)
def test_numbers_follow_each_languages_conventions(
    lang: str, number: str, percent: str, decimal: str, signed: str
) -> None:
    set_language(lang)
    assert fmt_number(1000) == number
    assert fmt_percent(0.12) == percent
    assert fmt_decimal(2.5) == decimal
    assert fmt_signed(-1200) == signed
    assert fmt_signed(3) == "+3"


def test_percent_with_decimals_keeps_the_languages_spacing() -> None:
    set_language("fr")
    assert fmt_percent(0.125, digits=1) == "12,5\u00a0%"
    set_language("en")
    assert fmt_percent(0.125, digits=1) == "12.5%"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('this line is not PO\nmsgid "Drop {name}"\nmsgstr "Lass {name} fallen"\n',
         "Lass {name} fallen"),
        ('msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n >>> 1);\\n"\n\n'
         'msgid "Drop {name}"\nmsgstr "Lass {name} fallen"\n', "Drop {name}"),
    ],
)
def test_a_broken_catalog_says_where_and_never_stops_the_game(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    text: str, expected: str,
) -> None:
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "LANGUAGES", i18n.available_languages())
    monkeypatch.setattr(i18n, "_catalogs", {})
    set_language("de")
    assert _("Drop {name}") == expected
    assert ngettext("{n} coin", "{n} coins", 2) == "{n} coins"
    err = capsys.readouterr().err
    assert str(folder / "messages.po") in err
    assert "Traceback" not in err
