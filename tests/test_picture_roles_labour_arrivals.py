"""Roles, session 22: people going or taken to the work itself ("went to farms in X") reach X;
"new arrivals from X" came from X, and X is where they set off when the document gives them
another country of origin.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Nigerian migrants told us about their journey across the desert. "


# ------------------------------------------------------------------ going to the work itself

@pytest.mark.parametrize("text", [
    CONTEXT + "Most of them went to farms in Sicily.",
    CONTEXT + "The broker drove the group to greenhouses in Sicily.",
    CONTEXT + "From the port, most try to reach factories in Sicily.",
    CONTEXT + "Several were bused on to orange orchards in Sicily.",
    CONTEXT + "They were promised jobs in fruit packing houses in Sicily.",
    # hedged: still where people are going
    CONTEXT + "Some of them may go to farms in Sicily next spring.",
], ids=["went", "drove", "try-to-reach", "bused-on", "jobs-in-packing-houses", "hedged"])
def test_people_going_to_a_workplace_reach_its_place(text):
    assert roles(picture(text)).get("Sicily") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated
    CONTEXT + "None of them went to farms in Sicily.",
    # a return is no destination
    CONTEXT + "Most of them went back to farms in Sicily.",
    # goods, not people, go to the factories
    CONTEXT + "Lorries carry grain to factories in Sicily.",
    # the work is only located, nobody goes to it
    CONTEXT + "Farms in Sicily are short of hands.",
], ids=["negated", "back", "goods", "no-motion"])
def test_no_one_going_to_a_workplace_gives_its_place_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Sicily", set())


def test_a_workplace_reached_from_a_town_of_its_country_is_still_the_journeys_end():
    # setting off from Tripoli makes no stay on the way of the farms in the same country
    found = roles(picture(CONTEXT + "From Tripoli the broker drove the group to farms in Misrata."))
    assert found.get("Misrata") == {"destination"}


def test_a_workplace_people_go_to_is_no_destination_off_topic():
    # nobody migrates: a text about a harvest, not about migration
    assert roles(picture("The owners went to farms in Sicily to inspect the harvest.")) == {}


# ------------------------------------------------------------------ "new arrivals from X"

def test_new_arrivals_from_a_country_other_than_the_peoples_is_where_they_set_off():
    found = roles(picture("Sudanese refugees keep coming to Tunisia. New arrivals from Libya are waiting in Tunis."))
    assert found.get("Libya") == {"launch_point"} and found.get("Sudan") == {"origin"}


@pytest.mark.parametrize("text, place", [
    # the people's own country: their origin
    ("Sudanese refugees fill the camps in Chad. New arrivals from Sudan are registered every day.", "Sudan"),
    # no other origin named: where they come from
    ("New arrivals from Libya are waiting in Tunis.", "Libya"),
    # a continent names no country of origin of its own
    ("African migrants keep coming to Tunisia. New arrivals from Libya are waiting in Tunis.", "Libya"),
], ids=["same-country", "alone", "continent"])
def test_new_arrivals_from_their_own_or_the_only_country_named_stay_its_origin(text, place):
    assert roles(picture(text)).get(place) == {"origin"}


def test_new_arrivals_from_a_country_next_to_a_hedged_origin_stay_its_origin():
    # the other origin is only reported: not enough to move the first one
    found = roles(picture("Refugees reportedly from Sudan keep coming. New arrivals from Libya are waiting in Tunis."))
    assert found.get("Libya") == {"origin"}


# ------------------------------------------------------------------ flown to X, then driven on

@pytest.mark.parametrize("text", [
    CONTEXT + "They had flown to Tripoli and been driven to the border.",
    CONTEXT + "They had flown to Tripoli and were later taken by minibus towards the border.",
    # hedged: still a stop on the way
    CONTEXT + "They had reportedly flown to Tripoli and been driven to the border.",
], ids=["been-driven", "were-taken", "hedged"])
def test_a_place_flown_to_and_driven_on_from_is_a_stop(text):
    assert roles(picture(text)).get("Tripoli") == {"transit"}


@pytest.mark.parametrize("text", [
    # negated: nobody went on
    CONTEXT + "They had flown to Tripoli and were not driven to the border.",
    # taken to hotels in the town: no way on
    CONTEXT + "They flew to Tripoli and were taken to hotels in the city.",
], ids=["negated", "hotels"])
def test_a_place_flown_to_and_not_left_is_where_people_arrived(text):
    assert roles(picture(text)).get("Tripoli") == {"destination"}


@pytest.mark.parametrize("text", [
    # produce carried to factories: no one goes
    CONTEXT + "Lorries carry tomatoes to factories in Sicily.",
    # a harvest taken to warehouses
    CONTEXT + "The harvest is taken to warehouses in Sicily.",
    # hedged, and still goods
    CONTEXT + "The owners may move production to factories in Sicily.",
], ids=["produce", "harvest", "hedged-production"])
def test_goods_taken_to_a_workplace_give_its_place_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Sicily", set())
