"""Roles: launch points where people wait to set out at an airport, a station or a dock ("the
departure hall at X airport fills with young men", "the platform at X station is crowded with
workers", "passengers queue at X airport for the flight to Y": launch.departure_hall), and rides
told as going out of a place ("flights chartered out of X", "recruiters sent women out of X",
"took a flight out of X": launch.ride_out_of). Not a hall without people, a wait to meet others
off a ride, tourists, troops or people evacuated, nor a ride denied or only supposed.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) and the places below."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Bamako": ("test:bamako", "city", "ML", 12.65, -8.0, "Bamako"),
    "Dakar": ("test:dakar", "city", "SN", 14.69, -17.44, "Dakar"),
}

#: A document about people on the move, told before each sentence.
MOVED = "Migrants and refugees told us about their journeys this year. "


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text", [
    "Every night the departure hall at Bamako airport fills with young men holding job contracts.",
    "At dawn the platform at Bamako station is crowded with workers carrying bags for relatives abroad.",
    "Passengers queue at Bamako airport for the night flight to Rome.",
    # hedged by who says it: still where they set out
    "Young men reportedly queue at Bamako airport for the weekly flight to Rome.",
    "A family of five checks in at Bamako airport for a flight to Rome.",
], ids=["departure-hall", "platform", "queue-for-flight", "hedged", "checks-in"])
def test_where_people_wait_to_set_out_is_a_launch_point(text):
    assert "launch_point" in role_of(text, "Bamako", MOVED)


@pytest.mark.parametrize("text", [
    # a hall with no one in it: a building, no departure
    "The departure hall at Bamako airport was rebuilt with money from the bank.",
    # a wait to meet people off a ride
    "Relatives waited at Bamako airport for the flight from Rome to land.",
    "Families gathered at the port of Bamako to meet the ferry bringing their sons home.",
    # a wait only supposed
    "If the young men queue at Bamako airport for the flight to Rome, police will stop them.",
    "A group of tourists checked in at Bamako airport for a flight to Rome.",
    # a distractor: a stop that locates a hall elsewhere
    "The platform at Bamako station was closed for repairs, the railway said.",
], ids=["empty-hall", "meet-flight", "meet-ferry", "conditional", "tourists-check-in", "platform-closed"])
def test_a_wait_that_sets_no_one_out_is_no_launch_point(text):
    assert "launch_point" not in role_of(text, "Bamako", MOVED)


@pytest.mark.parametrize("text", [
    "Since the visa rule changed, most of the extra flights were chartered out of Dakar.",
    "Recruiters simply sent young women out of Dakar on tourist visas, routed through Rome.",
    "Smugglers bused the men out of Dakar at night, two of them told us.",
    "Many of the men took a flight out of Dakar with papers bought from an agent.",
    # hedged by who says it: still where the ride set out
    "Recruiters allegedly sent young women out of Dakar on tourist visas, the report says.",
], ids=["chartered", "sent-out", "bused-out", "took-flight", "hedged"])
def test_a_ride_out_of_a_place_sets_out_from_it(text):
    assert "launch_point" in role_of(text, "Dakar", MOVED)


@pytest.mark.parametrize("text", [
    # a ride denied or only supposed
    "Recruiters never sent young women out of Dakar, the agency insisted.",
    "If recruiters sent young women out of Dakar, they broke the law.",
    # tourists, troops and goods: no migrant sets out
    "Holiday charters chartered out of Dakar were full all winter.",
    "The army sent troops out of Dakar to the northern border.",
    "The lorries carried cement and timber out of Dakar.",
    # an evacuation starts at the home people are moved out of, no launch
    "The army moved hundreds of families out of Dakar as the floods rose.",
], ids=["never", "conditional", "tourists", "troops", "goods", "evacuated"])
def test_a_ride_out_that_moves_no_migrant_sets_out_from_nowhere(text):
    assert "launch_point" not in role_of(text, "Dakar", MOVED)
