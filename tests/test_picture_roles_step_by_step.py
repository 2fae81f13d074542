"""A journey told step by step (session 23): a town reached by a ride is a stop on the way when a
later ride takes the same people on (not a part of them, not a ride told as earlier), also when
another sentence tells the ride ("a ticket to the X capital Y"); a country entered after a stay
in the people's own country is where they arrived.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

CONTEXT = "Eritrean migrants told us about their journey across the desert. "
LIBYANS = "Libyan families told us about their journey across the desert. "


# ------------------------------------------------------------------ a ride, then another ride

def test_a_town_reached_by_bus_then_left_by_minibus_is_a_stop():
    found = roles(picture(CONTEXT + "They took a bus to Tunis. In May a minibus carried the group to Sfax."))
    assert found.get("Tunis") == {"transit"} and found.get("Sfax") == {"destination"}


@pytest.mark.parametrize("text", [
    # the next ride is denied
    CONTEXT + "They took a bus to Tunis. They never took a minibus to Sfax.",
    # only hoped for
    CONTEXT + "They took a bus to Tunis. They hope to take a minibus to Sfax.",
    # another part of the group rides on
    CONTEXT + "They took a bus to Tunis. Others took a minibus to Sfax.",
    # a ride told as earlier
    CONTEXT + "They took a bus to Tunis. They had earlier taken a minibus to Sfax.",
    # an official's trip
    CONTEXT + "They took a bus to Tunis. In May the Italian minister flew to Sfax for talks.",
    # the next ride only guessed at
    CONTEXT + "They took a bus to Tunis. Perhaps a minibus took them to Sfax.",
], ids=["negated", "hoped", "others", "earlier", "official", "hedged"])
def test_a_town_reached_by_bus_with_no_ride_of_theirs_after_it_is_where_they_arrived(text):
    assert roles(picture(text)).get("Tunis") == {"destination"}


def test_a_vehicle_of_another_phrase_is_no_ride_to_the_place():
    # the plane only spotted the boat: no ride to Lampedusa
    found = roles(picture(CONTEXT + "A rescue plane spotted the boat, and a ship towed it to Lampedusa. "
                          "In May a bus took a second group to Pozzallo."))
    assert found.get("Lampedusa") == {"destination"}


def test_a_ticket_to_a_capital_named_with_its_country_is_a_ride_to_it():
    found = roles(picture(CONTEXT + "They bought plane tickets to the Tunisian capital Tunis. In May a minibus "
                          "carried the group to Sfax."))
    assert found.get("Tunis") == {"transit"}


def test_a_town_ridden_to_is_a_stop_where_another_sentence_takes_people_there():
    found = roles(picture(CONTEXT + "They bought plane tickets to the Tunisian capital Tunis. In October they "
                          "travelled to Tunis with two friends. A week later they made it across the border "
                          "into Libya."))
    assert found.get("Tunis") == {"transit"}


def test_a_ticket_only_hoped_for_makes_no_ride():
    found = roles(picture(CONTEXT + "They hope to buy plane tickets to the Tunisian capital Tunis. In October "
                          "they travelled to Tunis with two friends. They have stayed there since."))
    assert found.get("Tunis") == {"destination"}


# ------------------------------------------------------------------ crossed into X at Y, after a stay at home

def test_a_country_entered_after_a_stay_at_home_is_where_people_arrived():
    found = roles(picture(LIBYANS + "After three weeks in Sebha the family crossed into Tunisia at Sfax."))
    assert found.get("Tunisia") == {"destination"} and found.get("Sfax") == {"transit"}


@pytest.mark.parametrize("text", [
    # a stay abroad before it: a way through
    CONTEXT + "After three weeks in Sebha the family crossed into Tunisia at Sfax.",
    # hedged
    LIBYANS + "After three weeks in Sebha the family reportedly crossed into Tunisia at Sfax.",
    # the text goes on
    LIBYANS + "After three weeks in Sebha the family crossed into Tunisia at Sfax and went on to Italy.",
], ids=["stay-abroad", "hedged", "goes-on"])
def test_a_country_entered_is_no_end_otherwise(text):
    assert roles(picture(text)).get("Tunisia") == {"transit"}


def test_a_country_not_entered_is_no_arrival():
    found = roles(picture(LIBYANS + "After three weeks in Sebha the family never crossed into Tunisia at Sfax."))
    assert "destination" not in found.get("Tunisia", set())


@pytest.mark.parametrize(("text", "stop"), [
    (CONTEXT + "They reached Agadez. A truck then took them to Sebha.", True),
    # the move on only guessed at: where they are known to have got is where they arrived
    (CONTEXT + "They reached Agadez. Perhaps a truck took them to Sebha.", False),
    # denied
    (CONTEXT + "They reached Agadez. No truck took them to Sebha.", False),
    # a hedge the whole sentence shares: the way it tells still goes on from the place
    (CONTEXT + "They typically reach Agadez and then ride trucks to Sebha.", True),
], ids=["moved-on", "hedged", "negated", "typical-journey"])
def test_a_place_reached_is_a_stop_only_when_a_later_move_surely_takes_them_on(text, stop):
    assert roles(picture(text)).get("Agadez") == ({"transit"} if stop else {"destination"})


# ------------------------------------------------------------------ a ride to where people were housed

@pytest.mark.parametrize("text", [
    # housed right after the town's name ([settings] housed_after)
    CONTEXT + "They took a bus to Tunis, where they were housed in a school. In May a minibus carried the "
              "group to Sfax.",
    # the ride's own words put them in a shelter ([settings] housed_words)
    CONTEXT + "A bus took them to a shelter in Tunis. In May a minibus carried the group to Sfax.",
], ids=["housed-after", "shelter"])
def test_a_town_ridden_to_that_housed_people_stays_where_they_arrived(text):
    # routes still go on from it (a transit claim that arrived): its feature is a destination
    assert roles(picture(text)).get("Tunis") == {"destination"}


@pytest.mark.parametrize("text", [
    # a wait for the way on, no housing
    CONTEXT + "They took a bus to Tunis, where they waited for a driver. In May a minibus carried the group "
              "to Sfax.",
    # housing denied
    CONTEXT + "They took a bus to Tunis, where nobody was housed. In May a minibus carried the group to Sfax.",
    # a bus station is no housing
    CONTEXT + "They took a bus to the bus station in Tunis. In May a minibus carried the group to Sfax.",
], ids=["waited", "denied", "bus-station"])
def test_a_town_ridden_to_and_only_passed_stays_a_stop(text):
    assert "destination" not in roles(picture(text)).get("Tunis", set())
