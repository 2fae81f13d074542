"""Places passed and places set out from (launch).

A town people went past ("drove them north past X to the border") is passed on the way, unless
passed "without stopping"; a flight into a place ("had flown into X on tourist visas") is an arrival
there, and a stop on the way where the same sentence moves them on or has them wait there; a boat
that left a coast near a town ("left the north coast of X near Y") set out from the town too, and
so did boats leaving "from fishing landings such as X and Y"; a river passed "through crossing
points along" it is passed on the way.
Not a road, a pipeline or goods; not a landing; not denied or only supposed.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

# ------------------------------------------------------------ went past a place


@pytest.mark.parametrize("text", [
    "Smugglers drove the migrants north past Agadez to Libya.",
    "The families walked for two days past Agadez towards the border.",
    "From Dirkou the drivers take the migrants on past the army post at Agadez towards Libya.",
    "Perhaps the migrants walked past Agadez on their way north.",
], ids=["drove-north-past", "walked-past", "army-post-at", "hedged"])
def test_a_place_people_went_past_is_passed_on_the_way(text):
    assert role_of(text, "Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # no one moves
    "A new road runs past Agadez to Libya.",
    "The pipeline goes past Agadez.",
    # denied or supposed
    "The migrants did not drive past Agadez.",
    "If the migrants walk past Agadez, soldiers will stop them.",
    # passed without stopping: no stop of the journey
    "The drivers went north past Agadez without stopping.",
    # goods
    "Lorries carrying grain drove past Agadez to Libya.",
], ids=["road", "pipeline", "not", "if", "without-stopping", "cargo"])
def test_no_passage_past_a_place_from_other_wordings(text):
    assert role_of(text, "Agadez") != {"transit"}


# ------------------------------------------------------------ flown into a place


def test_a_flight_into_a_place_is_an_arrival_there():
    assert role_of("The migrants flew into Tunis on tourist visas.", "Tunis") == {"destination"}


@pytest.mark.parametrize("text", [
    "The migrants had flown into Tunis on tourist visas and were taken by minibus south to Sfax.",
    "Students fly into Tunis on visas, sometimes with places at colleges, and then are passed along "
    "a chain of drivers to Sfax.",
    "Many had flown into Tunis on tourist visas, before spending weeks in a warehouse waiting for a boat.",
], ids=["taken-on", "passed-along", "spending-weeks"])
def test_a_flight_into_a_place_people_move_on_from_is_a_stop(text):
    assert role_of(text, "Tunis") == {"transit"}


@pytest.mark.parametrize("text", [
    "The migrants did not fly into Tunis.",
    "Aid was flown into Tunis and taken to Sfax.",
    "If the migrants fly into Tunis, police will stop them.",
], ids=["not", "aid", "if"])
def test_no_flight_into_a_place_from_other_wordings(text):
    assert role_of(text, "Tunis") == set()


# ------------------------------------------------------------ set out from a coast near a town


@pytest.mark.parametrize("text", [
    "The boat had left the western coast of Libya near Zuwara on Friday.",
    "The migrants set off from a beach on the coast of Libya near Zuwara.",
], ids=["left-coast-near", "beach-near"])
def test_a_departure_from_a_coast_near_a_town_sets_out_from_the_town(text):
    assert role_of(text, "Zuwara") == {"launch_point"}


@pytest.mark.parametrize("text", [
    "The boat came ashore on the western coast of Libya near Zuwara on Friday.",
    "The boat did not leave the coast of Libya near Zuwara.",
], ids=["landing", "not"])
def test_no_departure_near_a_town_from_other_wordings(text):
    assert role_of(text, "Zuwara") != {"launch_point"}


@pytest.mark.parametrize("place", ["Zuwara", "Sabratha"])
def test_landings_named_as_examples_are_each_set_out_from(place):
    text = "Families are leaving from fishing beaches such as Zuwara and Sabratha in wooden boats."
    assert role_of(text, place) == {"launch_point"}


@pytest.mark.parametrize("text", [
    "Fishermen land their catch on beaches such as Zuwara and Sabratha.",
    "If families leave from beaches such as Zuwara and Sabratha, the coastguard will stop them.",
], ids=["catch", "if"])
def test_no_departure_from_landings_named_as_examples_otherwise(text):
    assert role_of(text, "Zuwara") != {"launch_point"}


# ------------------------------------------------------------ crossings along a river

TIGRIS = {"Tigris": ("geomig:tigris-river", "landmark", "IQ", 34.5, 43.6, "Tigris")}


@pytest.mark.parametrize("text", [
    "Refugees reach the border through informal crossings along the Tigris.",
    "The families entered mainly through crossing points along the Tigris.",
], ids=["informal-crossings", "crossing-points"])
def test_a_river_crossed_at_points_along_it_is_passed_on_the_way(monkeypatch, text):
    with_places(monkeypatch, TIGRIS)
    assert role_of(text, "Tigris") == {"transit"}


@pytest.mark.parametrize("text", [
    "Lorries carrying grain pass through crossings along the Tigris.",
    "The refugees did not enter through crossing points along the Tigris.",
], ids=["cargo", "not"])
def test_no_passage_through_crossings_along_a_river_otherwise(monkeypatch, text):
    with_places(monkeypatch, TIGRIS)
    assert role_of(text, "Tigris") != {"transit"}


# ------------------------------------------------------------ who went past, a hoped flight


@pytest.mark.parametrize("text", [
    # aid carried, not people on the move
    "Aid lorries carrying food for the refugees drove past Agadez to the border.",
    "A relief convoy loaded with tents and blankets for the migrants drove past Agadez.",
    # an official's trip
    "The minister's convoy drove past Agadez where migrants gather.",
    # herders with their animals
    "Herders walked past Agadez with their camels, the migrants told us.",
], ids=["aid-food", "relief-tents", "minister-convoy", "herders-camels"])
def test_no_passage_past_a_place_by_aid_officials_or_herders(text):
    assert role_of(text, "Agadez") != {"transit"}


@pytest.mark.parametrize("text", [
    "The smugglers drove them north past Agadez to the border.",
    # people carried with food: still people on the move
    "Lorries carrying migrants and their food drove past Agadez to the border.",
], ids=["smugglers-drove-them", "migrants-and-food"])
def test_people_driven_past_a_place_still_pass_it(text):
    assert role_of(text, "Agadez") == {"transit"}


def _claims_at(text: str, place: str):
    from extract_helpers import annotate, CONTEXT
    from geomig.picture import _cues, read_rules

    claims = read_rules(annotate(CONTEXT + text), _cues.default())[3]
    return [c for c in claims if c.place.name == place and c.sentence > 0]


def test_a_passage_hoped_for_is_intended():
    claims = _claims_at("The migrants hoped to drive past Agadez to reach Tripoli.", "Agadez")
    assert claims and all(c.intended for c in claims)


def test_a_flight_hoped_for_is_intended_not_flown():
    claims = _claims_at("The migrants hoped to fly into Tunis and then travel to Sfax.", "Tunis")
    assert claims and all(c.intended for c in claims)


def test_a_flight_taken_then_on_is_still_a_stop_not_a_hope():
    claims = _claims_at("The migrants had flown into Tunis on tourist visas and were taken by minibus "
                        "south to Sfax.", "Tunis")
    assert claims and not any(c.intended for c in claims)
