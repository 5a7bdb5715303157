from __future__ import annotations

from collections.abc import Iterator

import pytest

import game.i18n as i18n


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Tests switch languages; the rest of the suite expects English."""
    yield
    i18n.set_language("en")
