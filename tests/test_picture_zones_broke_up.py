"""Control zones: a group that "broke up in X" came apart by itself and draws no zone there;
a force that broke up a group or camp in X, or a group broken up in X, does.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, place: str) -> set:
    return {z for z in zones_told(text) if z[1] == place}


@pytest.mark.parametrize("text", [
    "The migrant caravan broke up in Sebha after a week on the road.",
    "Earlier convoys of migrants broke up near Sebha when the water ran out.",
    "Migrant groups often break up in Sebha, where most find work.",
], ids=["broke-up-in", "broke-up-near", "break-up-in"])
def test_a_group_coming_apart_draws_no_zone(text):
    assert not _at(text, "Sebha")


@pytest.mark.parametrize("text", [
    "Libyan soldiers broke up the migrant caravan in Sebha on Sunday.",
    "Migrant caravans were broken up in Sebha by soldiers last year.",
], ids=["force-broke-up", "passive"])
def test_a_group_broken_up_by_a_force_keeps_its_zone(text):
    assert _at(text, "Sebha")
