"""Control zones: a place named after a camp people leave, past "for" or "to", is where they
went, not the camp's ("left the camp for relatives in X"); a camp at the place keeps its zone.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture


def _zones(text: str) -> set[tuple[str, str]]:
    """(place, control) of every control zone of a text's picture."""
    return {(z.properties["place"], z.properties["control"]) for z in picture(text).by_role("control_zone")}


@pytest.mark.parametrize("words", [
    "left the refugee camp for relatives in",
    "moved out of the transit camp for a flat in",
], ids=["left-for", "out-of-for"])
def test_the_place_people_left_a_camp_for_is_no_camp(words):
    text = f"Sudanese refugees reached Malta from Misrata this week. Some had {words} Sebha."
    assert not any(place == "Sebha" for place, _ in _zones(text))


@pytest.mark.parametrize("words", [
    "spent a year in a refugee camp in",     # distractor: no leaving
    "left the refugee camp in",              # the camp is at the place
], ids=["stayed", "left-camp-at"])
def test_camps_at_the_place_keep_their_zone(words):
    text = f"Sudanese refugees reached Malta from Misrata this week. Many had first {words} Sebha."
    assert ("Sebha", "reception") in _zones(text)
