"""Language selection and lookup: gettext catalogs (PO files, read with Babel) for every string.

English is the source language: `_("Buy")` returns the English text until a language with a
catalog is chosen. Card texts are msgids too, so one catalog per language holds everything.

The languages are the folders under assets/locale/ that hold LC_MESSAGES/messages.po, plus
English: a volunteer adds a language by adding a folder, never by editing code
(docs/translating.md).
"""

from __future__ import annotations

import gettext
import locale
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog as BabelCatalog
from babel.messages.pofile import PoFileError, read_po

from .formats import fmt_date, fmt_datetime, fmt_decimal, fmt_number, fmt_percent, fmt_signed

SOURCE_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "_assets" / "locale"
CATALOG_NAME = "messages.po"

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "LOCALE_DIR",
    "SOURCE_LANGUAGE",
    "N_",
    "_",
    "available_languages",
    "catalog_path",
    "fmt_date",
    "fmt_datetime",
    "fmt_decimal",
    "fmt_number",
    "fmt_percent",
    "fmt_signed",
    "language",
    "language_name",
    "load_catalog",
    "ngettext",
    "set_language",
    "system_language",
]


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / CATALOG_NAME


def available_languages() -> tuple[str, ...]:
    """English first, then every language with a catalog under assets/locale/, sorted."""
    found = (
        sorted(p.name for p in LOCALE_DIR.iterdir() if (p / "LC_MESSAGES" / CATALOG_NAME).is_file())
        if LOCALE_DIR.is_dir()
        else []
    )
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


def language_name(lang: str) -> str:
    """The language's own name for itself ('Français', 'Nederlands'), for a language menu."""
    try:
        name = Locale.parse(lang).get_display_name(lang) or lang
    except (ValueError, UnknownLocaleError):
        return lang
    return name[:1].upper() + name[1:]


LANGUAGES: tuple[str, ...] = available_languages()
LANGUAGE_NAMES: dict[str, str] = {code: language_name(code) for code in LANGUAGES}


@dataclass
class Translations:
    """One language's translations: singular msgids, plural msgids and its plural rule."""

    singular: dict[str, str] = field(default_factory=dict)
    plural: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plural_index: Callable[[int], int] = field(default=lambda n: int(n != 1))


_current = SOURCE_LANGUAGE
_catalogs: dict[str, Translations] = {}


def load_catalog(lang: str) -> Translations:
    """Read one language's PO file once; untranslated and fuzzy entries are left out."""
    if lang in _catalogs:
        return _catalogs[lang]
    table = Translations()
    path = catalog_path(lang)
    if lang != SOURCE_LANGUAGE and path.exists():
        try:
            po = _read(path, lang)
            table.plural_index = gettext.c2py(po.plural_expr)
        except (OSError, ValueError, SyntaxError, UnknownLocaleError) as exc:
            # A translator's typo must not stop a class: say where, and fall back to English.
            print(f"{path}: this catalog cannot be read ({exc}); texts stay in English.",
                  file=sys.stderr)
            _catalogs[lang] = table
            return table
        for message in po:
            if not message.id or message.fuzzy:
                continue
            if isinstance(message.id, str):
                if isinstance(message.string, str) and message.string:
                    table.singular[message.id] = message.string
            elif isinstance(message.string, (tuple, list)) and all(message.string):
                table.plural[message.id[0]] = tuple(str(s) for s in message.string)
    _catalogs[lang] = table
    return table


def _read(path: Path, lang: str) -> BabelCatalog:
    """A PO file; a language code Babel does not know still loads (with English plurals).

    A slip in the file (a stray line, a msgid without msgstr) is named on stderr, and the rest
    of the catalog still loads: a class keeps its language while someone fixes the file.
    """
    try:
        Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        lang_for_babel: str | None = None
    else:
        lang_for_babel = lang
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=lang_for_babel, abort_invalid=True)
    except PoFileError as exc:
        print(f"{path}: {exc} (run `python -m game.i18n.check {lang}`)", file=sys.stderr)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang_for_babel)


def _code_of(value: str) -> str:
    """'fr_BE.UTF-8' -> 'fr', 'nl-NL' -> 'nl', 'C.UTF-8' / 'POSIX' -> ''."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "" if code in ("c", "posix") else code


def system_language() -> str:
    """The system's preferred language when we have it, else English.

    Follows gettext's order: LANGUAGE (a colon-separated list of preferences), then LC_ALL,
    LC_MESSAGES, LANG, then what the C library reports.
    """
    for code in (_code_of(v) for v in os.environ.get("LANGUAGE", "").split(":") if v):
        if code in LANGUAGES:
            return code
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = _code_of(value)
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    try:
        code = _code_of(locale.getlocale()[0] or "")
    except ValueError:
        code = ""
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}' (choose from {', '.join(LANGUAGES)})")
    _current = lang
    load_catalog(lang)


def language() -> str:
    return _current


def _(message: str) -> str:
    """Translate one message into the current language (English if no translation exists)."""
    if _current == SOURCE_LANGUAGE or not message:
        return message
    return load_catalog(_current).singular.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message that fits the count n: ngettext("{n} problem", "{n} problems", n)."""
    if _current != SOURCE_LANGUAGE:
        table = load_catalog(_current)
        forms = table.plural.get(singular)
        if forms:
            index = table.plural_index(n)
            return forms[index] if index < len(forms) else forms[-1]
    return singular if n == 1 else plural


def N_(message: str) -> str:
    """Mark a string for translation without translating it yet (translated where it is shown)."""
    return message
