"""Language selection and lookup: gettext catalogs (PO files, read with Babel) for every string.

English is the source language: `_("Buy")` returns the English text until a language with a
catalog is chosen. Card texts are msgids too, so one catalog per language holds everything.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from babel.messages.pofile import read_po

LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands"}
LOCALE_DIR = Path(__file__).resolve().parent.parent / "_assets" / "locale"

_current = "en"
_catalogs: dict[str, dict[str, str]] = {}


def load_catalog(lang: str) -> dict[str, str]:
    """msgid -> translation for one language; untranslated and fuzzy entries are left out."""
    if lang not in _catalogs:
        table: dict[str, str] = {}
        path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
        if lang != "en" and path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
            for message in catalog:
                if (
                    message.id
                    and message.string
                    and not message.fuzzy
                    and isinstance(message.id, str)
                ):
                    table[message.id] = str(message.string)
        _catalogs[lang] = table
    return _catalogs[lang]


def system_language() -> str:
    """The system locale's language when it is one of ours, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else "en"
    try:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    except ValueError:
        code = "en"
    return code if code in LANGUAGES else "en"


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
    if _current == "en" or not message:
        return message
    return _catalogs.get(_current, {}).get(message, message)


def N_(message: str) -> str:
    """Mark a string for translation without translating it yet (translated where it is shown)."""
    return message
