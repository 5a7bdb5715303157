"""Terminal mode in French and Dutch: no English sentence reaches the screen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from game.i18n import LANGUAGES, SOURCE_LANGUAGE, catalog_path
from game.i18n.extract import read_catalog

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]

# Words that are English and neither French nor Dutch: one of them on a line is English text.
# (Not "of", "was", "is", "in", "a", "score": Dutch or French use them too.)
ENGLISH_ONLY = frozenset({
    "the", "and", "your", "you", "with", "this", "that", "for", "are", "from", "has", "have",
    "were", "not", "into", "what", "who", "their", "they", "chooses", "buys", "drops",
    "reports", "friends", "wellbeing", "money", "round",
})
# Lines that always stay English: none yet. Player names are not words of a language.
NAMES = frozenset({"Ana", "Bram", "Chloé"})

# The brief's own check: these English texts are gone and their translations are there.
KNOWN = (
    "Your trust has been updated. Thank you for your sincerity.",
    "LIFE REVIEW",
    "The city switches on its citizen trust score.",
    "The game is over. The life review begins.",
)


@cache
def transcript(lang: str) -> str:
    env = {**os.environ, "XDG_DATA_HOME": str(ROOT / ".pytest_cache" / "xdg-i18n")}
    done = subprocess.run(
        [sys.executable, "-m", "game", "play", "--text", "--seats", "bot,bot,bot",
         "--seed", "2", "--lang", lang],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT, timeout=120, env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def translation(lang: str, msgid: str) -> str:
    found = read_catalog(catalog_path(lang), lang).get(msgid)
    assert found is not None and found.string, f"{lang}: {msgid!r} has no translation"
    return str(found.string)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_known_english_texts_are_replaced_by_their_translation(lang: str) -> None:
    out = transcript(lang)
    for msgid in KNOWN:
        assert msgid not in out, f"{lang}: English text on screen: {msgid!r}"
        assert translation(lang, msgid) in out, f"{lang}: translation of {msgid!r} not shown"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_line_of_the_game_is_english(lang: str) -> None:
    english = [
        line for line in transcript(lang).splitlines()
        if ENGLISH_ONLY & set(re.findall(r"[A-Za-z']+", line)) - NAMES
    ]
    assert not english, f"{lang}: {len(english)} English lines, first ones:\n" + "\n".join(
        english[:10]
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_translated_card_or_sentence_appears_in_english(lang: str) -> None:
    """Every catalog text of three words or more whose translation differs is absent."""
    out = transcript(lang)
    catalog = read_catalog(catalog_path(lang), lang)
    leaks = [
        m.id for m in catalog
        if isinstance(m.id, str) and "{" not in m.id and len(m.id.split()) >= 3
        and m.string and m.string != m.id and m.id in out
    ]
    assert not leaks, f"{lang}: English texts on screen: {leaks[:10]}"
