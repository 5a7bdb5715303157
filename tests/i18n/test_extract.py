"""Extraction: code and data texts reach the template; updates keep what translators wrote."""

from __future__ import annotations

from pathlib import Path

from game.i18n.content_strings import data_strings, is_text
from game.i18n.extract import (
    build_template,
    init_catalog,
    read_catalog,
    render,
    update_catalog,
    write_if_changed,
)

CODE = '''
from ..i18n import N_, _, ngettext

def label(name):
    # TRANSLATORS: a button
    return _("Drop {name}").format(name=name)

KINDS = [N_("real"), N_("satire")]

def problems(n):
    return ngettext("{n} problem", "{n} problems", n).format(n=n)

def card(entry):
    return _(entry.name)  # a content text: extracted from the data, not from here
'''

CARDS = '''
[[purchase]]
id = "rice_cooker"
name = "Rice cooker"
text = "It cooks rice. The app approves."
channel = "purchases"
tags = ["domestic", "useful"]
effects = [{ op = "factor", factor = "behaviour", amount = 2 }]
conditions = [{ test = "switch", name = "data_protection", value = true }]
image = "cards/rice.png"
label = "real"
source = "seed 000: domestic purchases earn points"
'''

RULESET = '''
id = "sesame"
name = "Sesame"
formula = "weighted"
[[tiers]]
id = "poor"
name = "Poor"
[switches]
length = "standard"
'''

QUESTIONS = '''
[[point]]
number = 1
id = "surveillance"
name = "Mass surveillance"
status = { channel = "cameras" }
[[point.case]]
kinds = ["event"]
who = "target"
question = "A camera caught {who}. Who watches the watchers?"
[text]
reality_statement = "No single national score exists today."
'''


def make_tree(root: Path) -> tuple[Path, Path]:
    package = root / "game"
    (package / "ui").mkdir(parents=True)
    (package / "ui" / "labels.py").write_text(CODE, encoding="utf-8")
    assets = root / "assets"
    for folder, name, text in (
        ("content", "purchases.toml", CARDS),
        ("rulesets", "sesame.toml", RULESET),
        ("debrief", "points.toml", QUESTIONS),
    ):
        (assets / folder).mkdir(parents=True)
        (assets / folder / name).write_text(text, encoding="utf-8")
    return package, assets


def test_code_and_data_texts_reach_the_template_and_nothing_else(tmp_path: Path) -> None:
    package, assets = make_tree(tmp_path)
    template = build_template(package, assets)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert ids == {
        "Drop {name}", "real", "satire", "{n} problem",
        "Rice cooker", "It cooks rice. The app approves.",
        "seed 000: domestic purchases earn points",
        "Sesame", "Poor",
        "Mass surveillance", "A camera caught {who}. Who watches the watchers?",
        "No single national score exists today.",
    }
    drop = template.get("Drop {name}")
    assert drop is not None and drop.auto_comments == ["a button"]
    cooker = template.get("Rice cooker")
    assert cooker is not None
    assert cooker.auto_comments == ["purchase rice_cooker: name"]
    assert cooker.locations == [("assets/content/purchases.toml", 0)]
    question = template.get("A camera caught {who}. Who watches the watchers?")
    assert question is not None
    assert question.auto_comments == ["point surveillance case 1: question"]


def test_ids_paths_and_mechanics_are_not_texts() -> None:
    assert not is_text("id", "Rice cooker")
    assert not is_text("name", "data_protection")
    assert not is_text("image", "cards/rice.png")
    assert not is_text("colour", "#ffcc00")
    assert is_text("name", "D")
    assert is_text("text", "Clock in. Clock out.")


def test_every_shipped_data_text_names_its_file_and_entry() -> None:
    assets = Path(__file__).resolve().parents[2] / "assets"
    found = data_strings(assets)
    assert found, "the shipped data has texts"
    assert all(f.file.startswith("assets/") and f.where for f in found)
    names = {f.text for f in found}
    assert {"Old Wang", "Voluntary pilot", "Poor", "Mass surveillance"} <= names


def test_an_update_keeps_translations_and_flags_changed_english(tmp_path: Path) -> None:
    package, assets = make_tree(tmp_path)
    po = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "messages.po"
    init_catalog(po, "fr", build_template(package, assets))
    catalog = read_catalog(po, "fr")
    for message in catalog:
        if message.id == "Rice cooker":
            message.string = "Cuiseur à riz"
        if message.id == "It cooks rice. The app approves.":
            message.string = "Il cuit le riz. L'application approuve."
    write_if_changed(po, render(catalog))

    cards = assets / "content" / "purchases.toml"
    cards.write_text(
        cards.read_text(encoding="utf-8").replace("The app approves.", "The app approves!"),
        encoding="utf-8",
    )
    assert update_catalog(po, "fr", build_template(package, assets))
    updated = read_catalog(po, "fr")
    kept = updated.get("Rice cooker")
    assert kept is not None and kept.string == "Cuiseur à riz" and not kept.fuzzy
    changed = updated.get("It cooks rice. The app approves!")
    assert changed is not None and changed.fuzzy, "an edited English text asks for a check"
    assert changed.string == "Il cuit le riz. L'application approuve."
    assert updated.get("It cooks rice. The app approves.") is None
    assert not update_catalog(po, "fr", build_template(package, assets)), "no change, no write"
