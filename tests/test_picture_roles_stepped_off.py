"""Roles: people stepping off a plane, bus or boat at a place arrive there (destination.arrived,
session 37): "Forty people from X stepped off a late flight at Y". Silent where it is denied, for
a crew or officials stepping off, and for a step off something that carries no one ("stepped
off the kerb in Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of
from extract_helpers import with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Tarawa": ("test:tarawa", "city", "KI", 1.33, 172.98, "Tarawa"),
    "Auckland": ("test:auckland", "city", "NZ", -36.85, 174.76, "Auckland"),
    "Otara": ("test:otara", "city", "NZ", -36.96, 174.87, "Otara"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text", [
    "Forty people from Tarawa stepped off a late flight at Auckland on Thursday.",
    "The families stepped off the overnight bus in Auckland before dawn.",
    # hedged: still an arrival, marked
    "The families reportedly stepped off the overnight bus in Auckland before dawn.",
    # one family or person, and "got off" (session 37 review L1)
    "The family stepped off a flight at Auckland after years in a camp.",
    "A family of five stepped off a flight at Auckland from Tarawa.",
    "The migrants got off a bus at Auckland, near the harbour.",
], ids=["flight-at", "bus-in", "hedged", "the-family", "family-of-five", "got-off"])
def test_people_stepping_off_a_ride_arrive(text):
    assert "destination" in role_of(text, "Auckland")


@pytest.mark.parametrize("text", [
    # denied
    "The families never stepped off the bus in Auckland; it drove straight on to Otara.",
    # no ride: a kerb
    "The families stepped off the kerb in Auckland to let the parade pass.",
    # a crew member
    "The pilot stepped off the plane at Auckland and waved to the crowd.",
], ids=["denied", "kerb", "pilot"])
def test_no_arrival_without_people_leaving_a_ride(text):
    assert "destination" not in role_of(text, "Auckland")
