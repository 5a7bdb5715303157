"""`python -m game.i18n.extract`: rebuild the template, then bring every language up to date.

1. Collects every `_("...")`, `N_("...")` and `ngettext(...)` in game/**/*.py (pyextract, which
   also sees calls inside f-strings) and every text in the data files (content_strings), into
   assets/locale/messages.pot.
2. Merges the template into each assets/locale/<lang>/LC_MESSAGES/messages.po: translations are
   kept, new messages arrive empty, a changed English text keeps its old translation marked
   fuzzy (to be checked), messages that no longer exist are dropped.

`--init xx` starts a new language from the template. `--check` changes nothing and exits 1 if
the template is out of date (for CI).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from . import LOCALE_DIR, SOURCE_LANGUAGE, available_languages, catalog_path
from .content_strings import data_strings
from .pyextract import extract as extract_python

PACKAGE_DIR = Path(__file__).resolve().parent.parent          # game/
PROJECT_ROOT = PACKAGE_DIR.parent                              # the checkout (or site-packages)
ASSETS_DIR = PACKAGE_DIR / "_assets"
TEMPLATE = LOCALE_DIR / "messages.pot"
PROJECT = "Model Citizen"
VERSION = "1"  # the catalogs' format, not the game's release: no churn on every release
LINE_WIDTH = 100
# Header lines that change on every run; ignored when deciding whether a file changed.
VOLATILE = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')
TEMPLATE_HEADER = """\
# Model Citizen: every message a player or a teacher reads, in English (the source language).
# Made by `python -m game.i18n.extract`. Do not translate here: a language's file is
# assets/locale/<code>/LC_MESSAGES/messages.po (see docs/translating.md).
#"""
LANGUAGE_HEADER = """\
# Model Citizen in {language}.
# Kept up to date by `python -m game.i18n.extract`; translate with Poedit or any text editor.
# Keep every {{placeholder}} as it is (see docs/translating.md).
#"""


def shown(path: Path) -> str:
    """A path as a reader finds it in the checkout: assets/locale/..., not game/_assets/..."""
    relative = path.relative_to(PROJECT_ROOT).as_posix()
    return relative.replace("game/_assets/", "assets/", 1)


def python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def build_template(package: Path = PACKAGE_DIR, assets: Path = ASSETS_DIR) -> Catalog:
    """The template: every message in the code, then every text in the data files."""
    root = package.parent
    template = Catalog(
        project=PROJECT, version=VERSION, header_comment=TEMPLATE_HEADER, fuzzy=False,
        charset="utf-8", copyright_holder="the Model Citizen contributors",
    )
    for path in python_files(package):
        relative = path.relative_to(root).as_posix()
        found, unextractable = extract_python(path.read_text(encoding="utf-8"))
        for entry in found:
            template.add(
                entry.message, locations=[(relative, entry.lineno)], auto_comments=entry.comments
            )
        for call in unextractable:
            print(
                f"{relative}:{call.lineno}: {call.function}() needs a plain string literal "
                "(no f-string, no % or +): this text can never be translated",
                file=sys.stderr,
            )
    for text in data_strings(assets):
        template.add(text.text, locations=[(text.file, 0)], auto_comments=[text.where])
    return template


def render(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(
        buffer, catalog, width=LINE_WIDTH, include_lineno=False, ignore_obsolete=True,
        sort_output=False,
    )
    return buffer.getvalue()


def _stable(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines() if not line.startswith(VOLATILE))


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only real changes, so re-extracting an unchanged tree leaves git clean."""
    if path.exists() and _stable(path.read_bytes()) == _stable(data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def read_catalog(path: Path, lang: str | None = None) -> Catalog:
    """A PO file, strictly: a malformed line raises PoFileError (with its line number)."""
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, abort_invalid=True)


def msgids(catalog: Iterable[object]) -> set[str]:
    """The msgids of a catalog (a plural message by its singular), header left out."""
    found: set[str] = set()
    for message in catalog:
        mid = getattr(message, "id", "")
        if mid:
            found.add(mid if isinstance(mid, str) else mid[0])
    return found


def update_catalog(path: Path, lang: str, template: Catalog) -> bool:
    """Merge the template into one language's catalog; True if the file changed."""
    catalog = read_catalog(path, lang)
    catalog.update(template, update_header_comment=False)
    catalog.revision_date = datetime.now()
    return write_if_changed(path, render(catalog))


def init_catalog(path: Path, lang: str, template: Catalog) -> None:
    """A new, empty catalog for `lang`, with its plural rule, ready for a translator."""
    try:
        english_name = Locale.parse(lang).english_name or lang
    except (ValueError, UnknownLocaleError) as exc:
        raise SystemExit(
            f"'{lang}' is not a language code Babel knows (try e.g. de, es, pl)"
        ) from exc
    if path.exists():
        raise SystemExit(f"{shown(path)} already exists: run without --init to update it")
    catalog = Catalog(
        locale=lang, project=PROJECT, version=VERSION,
        header_comment=LANGUAGE_HEADER.format(language=english_name), fuzzy=False,
        charset="utf-8", copyright_holder="the Model Citizen contributors",
        language_team=f"{english_name} translators",
    )
    catalog.update(template)
    write_if_changed(path, render(catalog))


def to_do(path: Path, lang: str) -> int:
    """Messages of a catalog still to translate (empty) or to check (fuzzy)."""
    def pending(string: object) -> bool:
        forms = string if isinstance(string, (tuple, list)) else (string,)
        return not all(forms)

    return sum(1 for m in read_catalog(path, lang) if m.id and (m.fuzzy or pending(m.string)))


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except PoFileError as exc:
        print(f"A catalog cannot be read: {exc}. Fix that line (Poedit shows it), then run again.")
        return 2


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.i18n.extract",
        description="Rebuild assets/locale/messages.pot from the code and data, then update "
        "every language's messages.po from it.",
    )
    parser.add_argument("--init", metavar="LANG", help="start a new language, e.g. --init de")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the template is stale"
    )
    args = parser.parse_args(argv)
    template = build_template()
    if args.check:
        current = msgids(read_catalog(TEMPLATE)) if TEMPLATE.exists() else set()
        missing, gone = msgids(template) - current, current - msgids(template)
        for text in sorted(missing):
            print(f"not in the template: {text!r}")
        for text in sorted(gone):
            print(f"no longer in the code or data: {text!r}")
        return 1 if missing or gone else 0
    changed = write_if_changed(TEMPLATE, render(template))
    print(f"{shown(TEMPLATE)}: {len(template)} messages" + (" (updated)" if changed else ""))
    if args.init:
        init_catalog(catalog_path(args.init), args.init, template)
        print(f"{shown(catalog_path(args.init))}: created")
    for lang in available_languages():
        if lang == SOURCE_LANGUAGE:
            continue
        path = catalog_path(lang)
        changed = update_catalog(path, lang, template)
        print(f"{shown(path)}: {to_do(path, lang)} to translate or check"
              + (" (updated)" if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
