"""Every message of the game exists in every language, translated, with the same placeholders;
and the template is up to date with the code and the data."""

from __future__ import annotations

import pytest

from game.i18n import LANGUAGES, SOURCE_LANGUAGE
from game.i18n.check import check_language, placeholders
from game.i18n.extract import TEMPLATE, build_template, msgids, read_catalog

TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
EXTRACT = "python -m game.i18n.extract"


def test_french_and_dutch_are_offered() -> None:
    assert {"en", "fr", "nl"} <= set(LANGUAGES)


def test_the_template_is_up_to_date_with_the_code_and_the_data() -> None:
    current = msgids(read_catalog(TEMPLATE))
    fresh = msgids(build_template())
    new = sorted(fresh - current)
    gone = sorted(current - fresh)
    assert not new and not gone, (
        f"assets/locale/messages.pot is stale: {len(new)} new and {len(gone)} removed messages "
        f"(first new: {new[:5]}, first removed: {gone[:5]}). Run `{EXTRACT}`, translate the new "
        "messages in assets/locale/*/LC_MESSAGES/messages.po, then run the tests again."
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = check_language(lang)
    shown = "\n".join(str(p) for p in problems[:40])
    assert not problems, (
        f"{len(problems)} problems in the {lang} catalog (run `python -m game.i18n.check {lang}` "
        f"for all of them; `{EXTRACT}` first if the template is stale):\n{shown}"
    )


def test_placeholders_are_read_like_str_format_reads_them() -> None:
    assert placeholders("Drop {name}") == {"name"}
    assert placeholders("{actor} rates {target}: {stars} stars.") == {"actor", "target", "stars"}
    assert placeholders("{n:>2}. {label!r}") == {"n", "label"}
    assert placeholders("a literal {{brace}} and no placeholder") == set()
    assert placeholders("100% sure") == set()


def test_the_check_names_missing_empty_fuzzy_and_broken_translations() -> None:
    from babel.messages.catalog import Catalog

    from game.i18n.check import catalog_problems

    template = Catalog()
    for text in ("Drop {name}", "Report {name}", "Buy", "Quit", "Sell"):
        template.add(text)
    template.add(("{n} problem found.", "{n} problems found."))
    catalog = Catalog(locale="fr")
    catalog.add("Drop {name}", "Rompre avec {nom}")
    catalog.add("Report {name}", "Signaler {name}", flags=["fuzzy"])
    catalog.add("Buy", "")
    catalog.add("Quit", "Quitter")
    catalog.add(("{n} problem found.", "{n} problems found."), ("{n} problème trouvé.", ""))
    found = {(p.msgid, p.what.split(" ")[0]) for p in catalog_problems("fr", template, catalog)}
    assert found == {
        ("Drop {name}", "placeholders"),
        ("Report {name}", "fuzzy"),
        ("Buy", "not"),
        ("Sell", "missing"),
        ("{n} problem found.", "not"),
    }
