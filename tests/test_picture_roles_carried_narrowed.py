"""Roles: a destination narrowed after a comma by a word of degree, with or without a stay or a
spot before the places ([settings] carried_on, roles._carried): "flew to X, settling mostly in Y
and Z", "went to X, mainly to the towns of Y", "were registered in X, most of them in Y". Not
a place they came from, nor after a destination denied, nor of goods.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with its SHARES_PLACES added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, SHARES_PLACES, picture, roles, with_places


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, SHARES_PLACES)


@pytest.mark.parametrize("text, places", [
    ("The largest group flew from Tripoli to Madrid, settling mostly in Bilbao and Seville.", ["Bilbao", "Seville"]),
    ("Most families went on to Madrid, mainly to the industrial suburbs of Bilbao.", ["Bilbao"]),
    ("About 900 people were registered in Madrid, most of them in Seville.", ["Seville"]),
    ("The bus takes the workers to Madrid, and above all to the farms around Seville.", ["Seville"]),
    ("The refugees were moved to Madrid province, chiefly to hostels in Bilbao and Seville.", ["Bilbao", "Seville"]),
], ids=["settling-mostly", "mainly-to-suburbs-of", "most-of-them-in", "above-all-farms", "province-chiefly"])
def test_destination_narrowed_by_a_word_of_degree(text, places):
    found = roles(picture(REPORTED + text))
    for place in places:
        assert "destination" in found.get(place, set()), (place, found)


@pytest.mark.parametrize("text, place", [
    # where they came from, not where they went
    ("The families moved to Madrid, most of them from Seville.", "Seville"),
    # the destination denied: nothing carried
    ("The migrants never reached Madrid, mostly staying in Seville.", "Seville"),
    # goods, not people
    ("Lorries of melons went to Madrid, mostly to the markets of Seville.", "Seville"),
], ids=["from", "denied", "goods"])
def test_no_narrowing_from_a_home_a_denial_or_goods(text, place):
    found = roles(picture(REPORTED + text))
    assert "destination" not in found.get(place, set()), found
