"""Roles: a place reached stays a destination when the only way on its text tells is one
hoped for apart from the trip (a next stop whose claim is intended, after words such as "still",
"talks of", "had hoped": "works in X and still hopes to reach Y"; roles._goes_on, [settings]
onward_hope_apart), or one made by other people ("others went on to Y":
[settings] onward_not within the sentence, onward_next at the start of the next). A way on
the same people made still turns the place into a stop on the way.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    # a way on only hoped for
    ("She found work in Tunis and still hopes to reach Malta.", "Tunis"),
    ("He moved to Sfax last year to work in a bakery, and talks of going on to Malta.", "Sfax"),
    ("Mariam crossed Niger to reach Tunisia, and had hoped to cross to Lampedusa.", "Tunisia"),
    ("They took the bus to Agadez and one day hope to reach Sebha.", "Agadez"),
    # others went on, in the same sentence or the next
    ("Many families took the bus to Agadez; others went on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez. Others went on to Sebha.", "Agadez"),
], ids=["still-hopes", "talks-of", "had-hoped", "one-day", "others-same", "others-next"])
def test_a_place_reached_stays_the_end_without_a_way_on_made(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    ("Many families took the bus to Agadez and then travelled on to Sebha.", "Agadez"),
    ("Many families took the bus to Agadez. They later went on to Sebha.", "Agadez"),
    # the hope comes after the move on: still made
    ("They took the bus to Agadez and then travelled on to Sebha, hoping to reach Tripoli.", "Agadez"),
], ids=["then-travelled-on", "they-later", "hope-after-the-move"])
def test_a_way_on_the_same_people_made_still_makes_a_stop(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    # a hope told with the trip: a staging place on the way, not the end
    ("They took the bus to Agadez, hoping to reach Sebha.", "Agadez"),
    ("They took the bus to Agadez and tried to reach Sebha.", "Agadez"),
], ids=["hoping", "tried"])
def test_a_hope_told_with_the_trip_still_makes_a_stop(text, place):
    assert "destination" not in role_of(text, place)
