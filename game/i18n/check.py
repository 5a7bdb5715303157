"""`python -m game.i18n.check [LANG ...]`: is a language's catalog complete and sound?

For a translator (no pytest needed) and for the tests: every message of the template has a
translation that is neither empty nor fuzzy, and keeps exactly the template's {placeholders}.
Exit 0 if every checked language is complete, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError

from . import SOURCE_LANGUAGE, available_languages, catalog_path
from .extract import TEMPLATE, read_catalog, shown

# {name}, {name!r}, {name:>5}; doubled braces are literal text, not placeholders.
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:![rsa])?(?::[^{}]*)?\}(?!\})")


def placeholders(text: str) -> set[str]:
    """The named placeholders of a str.format text: 'Drop {name}' -> {'name'}."""
    plain = text.replace("{{", "").replace("}}", "")
    return {m.group(1) or "" for m in PLACEHOLDER.finditer(plain)}


@dataclass(frozen=True, slots=True)
class Problem:
    lang: str
    msgid: str
    what: str

    def __str__(self) -> str:
        return f"{self.lang}: {self.what}: {self.msgid!r}"


def _forms(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [str(v) for v in value]
    return []


def catalog_problems(lang: str, template: Catalog, catalog: Catalog) -> list[Problem]:
    """Missing, empty, fuzzy and placeholder-mismatched messages of one language."""
    problems: list[Problem] = []
    for message in template:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        found = catalog.get(message.id, context=message.context)
        if found is None:
            problems.append(Problem(lang, key, "missing"))
            continue
        forms = _forms(found.string)
        if not forms or not all(f.strip() for f in forms):
            problems.append(Problem(lang, key, "not translated"))
            continue
        if found.fuzzy:
            problems.append(Problem(lang, key, "fuzzy (check the translation, then unmark it)"))
        expected = set().union(*(placeholders(i) for i in _forms(message.id)))
        for form in forms:
            got = placeholders(form)
            if got != expected:
                problems.append(Problem(
                    lang, key,
                    "placeholders differ (expected {"
                    + "}, {".join(sorted(expected)) + "}, found {"
                    + "}, {".join(sorted(got)) + "})",
                ))
                break
    return problems


def check_language(lang: str, template_path: Path = TEMPLATE) -> list[Problem]:
    template = read_catalog(template_path)
    path = catalog_path(lang)
    if not path.exists():
        return [Problem(lang, "", f"no catalog at {shown(path)}")]
    try:
        catalog = read_catalog(path, lang)
    except PoFileError as exc:
        return [Problem(lang, "", f"{shown(path)} cannot be read ({exc})")]
    return catalog_problems(lang, template, catalog)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.i18n.check",
        description="Check that each language's catalog translates every message of the "
        "template, with the same {placeholders}.",
    )
    others = [code for code in available_languages() if code != SOURCE_LANGUAGE]
    parser.add_argument("langs", nargs="*", metavar="LANG", help="default: " + " ".join(others))
    args = parser.parse_args(argv)
    failed = False
    for lang in args.langs or others:
        problems = check_language(lang)
        for problem in problems:
            print(problem)
        print(f"{lang}: " + (f"{len(problems)} problems" if problems else "complete"))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
