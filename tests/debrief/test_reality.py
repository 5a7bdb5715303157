"""The reality check lists this game's cards by label, with their sources, and says what is real."""

from __future__ import annotations

from game.debrief import build_debrief
from game.debrief.words import card_of

from .helpers import finished


def test_every_card_of_the_game_is_listed_once_with_its_label():
    game = finished(seed=2, players=6)
    reality = build_debrief(game).reality
    assert reality is not None
    assert set(reality.by_label) == {"real", "exaggerated", "satire"}
    listed = {(u.kind, u.id): u for uses in reality.by_label.values() for u in uses}
    played: dict[tuple[str, str], int] = {}
    for entry in game.log_for(None):
        found = card_of(game, entry)
        if found and entry["kind"] != "offer":
            key = (found[0], found[1].id)
            played[key] = played.get(key, 0) + 1
    assert {k: u.times for k, u in listed.items()} == played
    for label, uses in reality.by_label.items():
        for use in uses:
            assert use.label == label
            if label == "real":
                assert use.source, f"{use.id} is labelled real without a source"


def test_it_says_plainly_that_no_single_national_score_exists():
    statement = build_debrief(finished(seed=1)).reality.statement
    assert "No single national score exists" in statement
    assert "blacklists" in statement and "on purpose" in statement
