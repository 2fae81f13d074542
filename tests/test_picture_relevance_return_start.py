"""Relevance: the "from Y" of a removal or a trip home the same clause tells is where the
return starts, not a launch point of the people's own journey ("will be returned to X by bus
from Y"; [settings] return_start_before); a ride from Y in a clause with no return, or one the
people take after their return ("then took a bus from Y"), stays a stop of their journey.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of
from extract_helpers import route_stops

_HELD = ("Forty Nigerians left Agadez in March and crossed the desert towards Tripoli, hoping to reach "
         "Italy. Police stopped their trucks near Kufra in May. ")


@pytest.mark.parametrize("tail", [
    "The adults will be returned to Niger and Nigeria by bus from Kufra within the week.",
    "Most of the men were deported to Nigeria on Friday on a flight from Kufra.",
    "The women were sent home to Niger last month by truck from Kufra.",
], ids=["returned-by-bus", "deported-flight", "sent-home-truck"])
def test_the_start_of_a_return_is_no_launch_point(tail):
    text = _HELD + tail
    assert "launch_point" not in role_of(text, "Kufra")
    # ... nor a launch of their forward route
    assert not any(stops and stops[0] == "Kufra" and "Italy" in stops for stops in route_stops(text))


@pytest.mark.parametrize("tail", [
    "The adults later travelled by bus from Kufra to Tripoli.",
    "They were deported to Niger in June, then took a bus from Kufra to Sebha again.",
], ids=["ride-no-return", "ride-after-return"])
def test_a_ride_from_a_place_outside_a_return_stays_a_stop_of_the_journey(tail):
    assert role_of(_HELD + tail, "Kufra") & {"launch_point", "transit"}
