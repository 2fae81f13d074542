"""Roles: the place people reach told in a relative clause after its name (destination.arrived,
session 38): "X, on the river, where families have been arriving by canoe", "Y, where most
migrants first land". Not an arrival denied ("where no migrants have arrived"), nor one of
others than people on the move ("where the ferry arrives"), nor a clause of a move elsewhere
("where families left for Z").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Riverton": ("test:riverton", "city", "CO", 7.03, -71.43, "Riverton"),
    "Portcliff": ("test:portcliff", "city", "IT", 35.50, 12.60, "Portcliff"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    ("We start in Riverton, on the bank of the river, where families have been arriving by canoe since May.",
     "Riverton"),
    ("The coast guard patrols off Portcliff, where most migrants first land.", "Portcliff"),
], ids=["apposition", "first-land"])
def test_arrival_in_a_where_clause_is_a_destination(text, place):
    assert "destination" in roles(picture(REPORTED + text)).get(place, set())


@pytest.mark.parametrize("text", [
    "Police patrol Portcliff, where no migrants have arrived this month.",
    "The mayor spoke in Portcliff, where the ferry arrives twice a week.",
    "The mayor spoke in Portcliff, where families left for the north.",
], ids=["denied", "a-ferry", "left-elsewhere"])
def test_no_destination_without_people_arriving(text):
    assert "destination" not in roles(picture(REPORTED + text)).get("Portcliff", set())


@pytest.mark.parametrize("text, place", [
    # the where-clause belongs to the head, not to the place inside its apposition (review38 M4)
    ("Police patrol Portcliff, near the border crossing with Italy, where migrants have been arriving all week.",
     "Italy"),
    # a crossing point: a stop, not where people arrive
    ("The mayor spoke at the border post at Portcliff, where migrants have been arriving all week.", "Portcliff"),
], ids=["apposition-place", "border-post"])
def test_no_destination_for_a_place_the_head_is_near_or_a_crossing(text, place):
    assert "destination" not in roles(picture(REPORTED + text)).get(place, set())
