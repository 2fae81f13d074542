"""Where people went, told as a list or as shares.

A place listed after "and for" / "or for" shares the role of the place before it ("buses leave
each morning for X and for Y", "young doctors leave for X or for Y": cues.toml [settings]
coordination). Not words that are no place ("bound for X and for the first time ...").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of migrants have arrived in Libya this year, the IOM said. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Buses leave the desert town every morning for Sebha and for Tripoli.", "Tripoli"),
    (_OPENING + "Most of the young men leave for Misrata or for Italy.", "Italy"),
], ids=["and-for", "or-for"])
def test_a_place_listed_after_and_for_shares_the_role(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


def test_and_for_before_no_place_lists_nothing():
    text = (_OPENING + "The boat was bound for Lampedusa and for the first time Tunisia's coastguard "
            "stopped it.")
    assert "destination" not in roles(picture(text)).get("Tunisia", set())
