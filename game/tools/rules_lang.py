"""The language a generated part of the rules or the teacher's kit is written in.

English is the source: its words are the code's own and its numbers are plain (1300, 0.3, 30%).
Every other language has a vocabulary file, game/tools/doc_words/<lang>.toml, keyed by the
English phrase, and its numbers follow the language (1 300 / 1.300, 0,3, 30 %). Names the game
shows on screen (cards, tiers, eras, rulesets) come from the game's catalogs, so a document
says exactly what the table says.

Generation runs inside `speaking(lang)`, which switches the game's language for the duration,
so `_()` and the helpers below all answer in that language.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from babel import Locale
from babel.numbers import format_decimal, format_percent

from game.i18n import LANGUAGES, SOURCE_LANGUAGE, _, language, set_language

WORDS_DIR = Path(__file__).resolve().parent / "doc_words"
MINUS = "\u2212"  # a real minus sign, as the game shows it

BLOCK_START = re.compile(r"<!-- BEGIN GENERATED (?P<name>[a-z_]+) -->")
VALUE_KEY = re.compile(r"<!--v:(?P<key>[a-z0-9_.:]+)-->")
HEADING = re.compile(r"^(#{1,6}) +(\d+\.)?", re.MULTILINE)
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


class DocError(ValueError):
    """A document asks for something the generator cannot write."""


def doc_languages() -> tuple[str, ...]:
    """English, then every language with a vocabulary file that the game also speaks."""
    found = sorted(p.stem for p in WORDS_DIR.glob("*.toml") if p.stem in LANGUAGES)
    return (SOURCE_LANGUAGE, *found)


@cache
def vocabulary(lang: str) -> dict[str, dict[str, str]]:
    """One language's words for the generated parts: [words], [counters], [tags]."""
    path = WORDS_DIR / f"{lang}.toml"
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise DocError(f"no words for language '{lang}': {path} ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DocError(f"{path}: {exc}") from exc
    return {section: dict(data.get(section, {})) for section in ("words", "counters", "tags")}


def _lookup(section: str, text: str) -> str:
    lang = language()
    if lang == SOURCE_LANGUAGE:
        return text
    table = vocabulary(lang)[section]
    if text not in table:
        raise DocError(
            f"no {lang} words for {section[:-1]} '{text}': add them to "
            f"game/tools/doc_words/{lang}.toml"
        )
    return table[text]


def w(text: str) -> str:
    """The document's words for an English phrase (a str.format template or a plain word)."""
    return _lookup("words", text)


def counter(name: str) -> str:
    """A counter's name (*travel*, *dropped*...) in the document's language."""
    return _lookup("counters", name)


def tag(name: str) -> str:
    """A purchase tag (*domestic*, *idle*...) in the document's language."""
    return _lookup("tags", name)


def shown_name(name: str) -> str:
    """A card, tier, era or ruleset name exactly as the game shows it in this language."""
    return _(name)


def cell_name(name: str) -> str:
    """A name opening a table cell: 'de oude Wang' becomes 'De oude Wang'."""
    text = shown_name(name)
    return text[:1].upper() + text[1:]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Generate in `lang`, then give the game its language back."""
    if lang not in doc_languages():
        raise DocError(
            f"no generated documents in '{lang}' (languages: {', '.join(doc_languages())})"
        )
    before = language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def language_of(path: Path) -> str:
    """A document's language: rules.fr.md is French, docs/teachers/nl/guide.md Dutch."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-1] == "md" and parts[-2] in doc_languages():
        return parts[-2]
    if path.parent.name in doc_languages():
        return path.parent.name
    return SOURCE_LANGUAGE


def english_source(path: Path) -> Path | None:
    """The English file a translation follows (rules.fr.md -> rules.md, fr/x.md -> en/x.md)."""
    lang = language_of(path)
    if lang == SOURCE_LANGUAGE:
        return None
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] == lang:
        return path.with_name(".".join([*parts[:-2], parts[-1]]))
    return path.parent.parent / SOURCE_LANGUAGE / path.name


# -- numbers ---------------------------------------------------------------------------------------


def num(value: float) -> str:
    """3, 0.3, 1.8 in English (no float noise); 1 300 / 1.300 and 0,3 elsewhere."""
    lang = language()
    if lang == SOURCE_LANGUAGE:
        return f"{value:.6g}" if isinstance(value, float) else str(value)
    return format_decimal(round(value, 6), format="#,##0.######", locale=lang)


def signed(value: float) -> str:
    """+3, -3, 0 (a real minus sign outside English, as the game shows it)."""
    minus = "-" if language() == SOURCE_LANGUAGE else MINUS
    return f"+{num(value)}" if value > 0 else f"{minus}{num(-value)}" if value < 0 else "0"


def pct(value: float) -> str:
    """A chance: 30% / 30 % / 30%."""
    lang = language()
    if lang == SOURCE_LANGUAGE:
        return f"{num(round(value * 100, 4))}%"
    pattern = Locale.parse(lang).percent_formats[None].pattern.replace("0", "0.####", 1)
    return format_percent(round(value, 6), format=pattern, locale=lang)


def span(low: float, high: float) -> str:
    """A range of numbers: 0-100 in English, 0–100 elsewhere."""
    return w("{low}-{high}").format(low=num(low), high=num(high))


# -- what a document's translations must keep ------------------------------------------------------


def markers(text: str) -> tuple[list[str], Counter[str]]:
    """A document's generated tables, in order, and how often it quotes each value key."""
    return (
        [m["name"] for m in BLOCK_START.finditer(text)],
        Counter(m["key"] for m in VALUE_KEY.finditer(text)),
    )


def headings(text: str) -> list[str]:
    """The outline of a document: each heading's level and number ('##', '## 3.'), in order."""
    prose = FENCE.sub("", text)
    return [f"{m.group(1)} {m.group(2) or ''}".strip() for m in HEADING.finditer(prose)]


def drift(source: str, translation: str) -> list[str]:
    """How a translation's markers and outline differ from its English source, in words."""
    problems = []
    source_blocks, source_values = markers(source)
    blocks, values = markers(translation)
    if blocks != source_blocks:
        problems.append(f"generated tables {blocks} should be {source_blocks}")
    for key in sorted(set(source_values) | set(values)):
        if source_values[key] != values[key]:
            problems.append(
                f"value '{key}' quoted {values[key]} time(s), in English {source_values[key]}"
            )
    if headings(source) != headings(translation):
        problems.append(
            f"headings {headings(translation)} should follow the English {headings(source)}"
        )
    return problems
