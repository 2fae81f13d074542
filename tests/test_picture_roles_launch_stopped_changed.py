"""Stops on the way (launch): where the people's vehicle, or the people, stopped,
changed or refuelled on the way ("the lorry stops for the night at X", "with stops in X and
Y", "travelled on by coach, stopping overnight in X", "by train, changing in X"), and a
passage through the country round a town ("came north through the hills near X", "a trip via
the oases of X and Y"), and a place an itinerary goes on from ("by car to X, then Y, where he
worked, then Z"): the place is a stop on the way (transit), not where the journey ends. A bus or
lorry station people board at ("From the bus station in X there is a bus every night to Y")
starts the journey in its town (a launch point).
Not people stopped by others, not work or fighting that stopped, not a stop denied, hedged or
only supposed; not a road, a pipeline or a border with a country.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------ a journey's own stop

@pytest.mark.parametrize("text", [
    "The lorry stops for the night at Agadez before the long drive north.",
    "The bus stopped in Agadez for food, and by morning the passengers were in the desert.",
    "The bus journey took three days, with stops in Agadez and Kufra.",
    "They travelled north by bus, stopping overnight in Agadez.",
    "The men went on by train, changing in Agadez.",
    "The plane carrying 90 workers refuelled at Agadez before it flew on to Tunis.",
    "The families halted for two nights at a mosque in Agadez.",
], ids=["lorry-night", "bus-food", "with-stops", "stopping-overnight", "changing", "refuelled",
        "halted-in-lodging"])
def test_a_journeys_own_stop_is_a_stop_on_the_way(text):
    assert role_of(text, "Agadez") == {"transit"}


def test_every_stop_listed_is_a_stop_on_the_way():
    assert role_of("The bus journey took three days, with stops in Agadez and Kufra.", "Kufra") == {"transit"}


@pytest.mark.parametrize("text", [
    # denied
    "The bus did not stop in Agadez.",
    # stopped by others: the control frames' place
    "The migrants were stopped at Agadez by soldiers.",
    "The families were later stopped in Agadez.",
    # something else stopped
    "The fighting stopped in Agadez last year.",
    "The women stopped working in Agadez last year.",
    # only supposed
    "If the bus stops in Agadez, the families will get off.",
], ids=["not", "were-stopped", "were-later-stopped", "fighting", "working", "if"])
def test_no_stop_on_the_way_from_other_stops(text):
    assert role_of(text, "Agadez") != {"transit"}


def test_a_border_with_a_country_is_no_stop_in_it():
    assert role_of("The bus stopped at the border with Chad for an hour.", "Chad") != {"transit"}


# ------------------------------------------------------------ through the country round a town

@pytest.mark.parametrize("text", [
    "We came into Niger through the bush near Agadez, at night.",
    "The group walked through the fields east of Agadez for six hours.",
    "They walked through the hills north of Agadez for two nights.",
    "The smugglers drove them across the desert west of Agadez.",
    "Trucks leave twice a week, a trip of four days via the oases of Agadez and Kufra.",
], ids=["bush-near", "fields-east-of", "hills-north-of", "desert-west-of", "oases-of"])
def test_a_passage_round_a_town_is_a_stop_on_the_way(text):
    assert role_of(text, "Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # no one moves
    "A road through the hills near Agadez was closed for repairs.",
    "A pipeline runs through the desert near Agadez.",
    # denied
    "They did not walk through the fields near Agadez.",
    # caught on the way: where they were caught
    "Soldiers arrested 40 migrants, most of them caught walking through the bush east of Agadez.",
], ids=["road", "pipeline", "not", "caught"])
def test_no_passage_round_a_town_from_other_words(text):
    assert role_of(text, "Agadez") != {"transit"}


# ------------------------------------------------------------ an itinerary that goes on from a place

@pytest.mark.parametrize("text", [
    "Then Sebha, a train to Tripoli, a car to Tunis.",
], ids=["then-ride-to"])
def test_a_place_an_itinerary_goes_on_from_is_a_stop_on_the_way(text):
    assert role_of(text, "Sebha") == {"transit"}


@pytest.mark.parametrize("text", [
    # no one on the move
    "The minister visited Kufra, then Sebha, then Tripoli.",
    # the list ends there
    "The migrants went by bus to Kufra, then Sebha.",
    # only supposed
    "If they go by car to Kufra, then Sebha, then Tripoli, soldiers will stop them.",
], ids=["minister", "last", "if"])
def test_no_stop_on_the_way_where_the_itinerary_ends_or_moves_no_one(text):
    assert role_of(text, "Sebha") != {"transit"}


# ------------------------------------------------------------ setting out from a bus or lorry station

@pytest.mark.parametrize("text", [
    "From the bus station in Agadez there is a bus every night to Sebha.",
    "A family boards a bus at Agadez's main bus terminal, bound for Sebha.",
    "Every week a coach full of workers leaves the lorry park in Agadez for Sebha.",
], ids=["from-station", "boards-at-terminal", "leaves-park"])
def test_a_bus_or_lorry_station_people_set_out_from_is_a_launch_point(text):
    assert role_of(text, "Agadez") == {"launch_point"}


@pytest.mark.parametrize("text", [
    # no one sets out
    "A new bus station in Agadez was built last year with money from the families.",
    # a police station, not a bus station
    "From the police station in Agadez, officers watch the migrants on the road.",
    # denied
    "The workers did not board a bus at the bus station in Agadez.",
    # only supposed
    "If the coach leaves the lorry park in Agadez late, the workers will miss it.",
], ids=["built", "police-station", "not", "if"])
def test_no_launch_point_from_other_words_on_a_station(text):
    assert role_of(text, "Agadez") != {"launch_point"}
