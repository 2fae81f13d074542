"""Roles: a destination's role carried on to a place the same words go on to right after it
(roles._carried, [settings] carried_on): "flown to X and on to Y", "taken to X, to the centre
at Y", "jobs on farms in X and in packing houses in Y", "to X or to safe houses in Y". Silent
after a destination denied, where the next place opens a clause of its own ("and relatives in
Y said"), and where the words after "and" are no place people stay, work or have kin in.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its SHARES_PLACES added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, SHARES_PLACES, picture, roles, with_places


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, SHARES_PLACES)


@pytest.mark.parametrize("text, place", [
    ("The asylum seekers were flown to Madrid and on to Bilbao.", "Bilbao"),
    ("Drivers take the migrants to Harlingen or straight on to El Paso.", "El Paso"),
    ("The families were taken by bus to Madrid, to the reception centre at Seville.", "Seville"),
    ("The smugglers drove the migrants to Harlingen or to stash houses in San Diego.", "San Diego"),
    ("The migrants said they wanted to reach relatives in Madrid, and one family in Seville.", "Seville"),
    ("Recruiters promised the migrant workers jobs on farms in Madrid and in packing houses "
     "in Bilbao.", "Bilbao"),
], ids=["and-on-to", "or-straight-on", "comma-centre", "or-to-houses", "and-kin", "and-work"])
def test_destination_carried_on(text, place):
    found = roles(picture(REPORTED + text))
    assert "destination" in found.get(place, set()), found


@pytest.mark.parametrize("text", [
    # the destination denied: nothing carried
    "The migrants never reached Madrid, nor the shelters in Seville.",
    # the next place opens a clause of its own
    "The migrants reached Madrid, and relatives in Seville said they were relieved.",
    # no place people stay, work or have kin in: officials and goods
    "The migrants reached Madrid, and officials in Seville counted the arrivals.",
    "The migrants reached Madrid and the lorries of fruit in Seville were searched.",
], ids=["denied", "new-clause", "officials", "goods"])
def test_nothing_carried(text):
    found = roles(picture(REPORTED + text))
    assert "destination" not in found.get("Seville", set()), found
