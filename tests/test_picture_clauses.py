"""Misreadings met on written reports (issue 10): a force that brings people ashore, people
taken to hotels, a list of stops before "to", one event seen by several control cues, the
force of another clause, and a sentence that opens on where a crossing starts.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles, zones


def routes(pic) -> set[str]:
    return {f.name for f in pic.by_role("route")}


def actors(pic) -> dict[tuple[str, str], str]:
    """(control, place) -> the first actor's name of each zone."""
    return {(f.properties["control"], f.properties["place"]): f.properties["actors"][0]["name"]
            for f in pic.by_role("control_zone")}


# ------------------------------------------------------------------ a force brings people ashore

@pytest.mark.parametrize("text", [
    "Border Force officers brought 214 people ashore at Lampedusa on Sunday.",
    "On Sunday the Border Force cutter brought about 60 men, women and children ashore at Lampedusa.",
])
def test_a_border_agency_bringing_people_ashore_gives_the_destination(text):
    assert roles(picture(text)).get("Lampedusa") == {"destination"}


@pytest.mark.parametrize("text", [
    # negated: nobody landed
    "Border Force officers did not bring the 40 people ashore at Lampedusa.",
    # a rescue of sailors is no migration report
    "Coastguard volunteers brought five fishermen ashore at Lampedusa on Sunday.",
    # the agency seizing goods moves nobody
    "Border Force officers seized cocaine at Lampedusa on Sunday.",
], ids=["negated", "fishermen", "seizure"])
def test_no_destination_where_nobody_was_brought_ashore(text):
    assert "destination" not in roles(picture(text)).get("Lampedusa", set())


def test_people_taken_to_hotels_in_places_arrive_there():
    found = roles(picture("After their rescue the asylum seekers were taken to hotels in Rome and Tripoli."))
    assert found.get("Rome") == {"destination"} and found.get("Tripoli") == {"destination"}


def test_a_second_lodging_listed_with_the_first_is_a_destination_too():
    found = roles(picture("The asylum seekers were taken to a reception centre in Rome and to hotels in Tripoli."))
    assert found.get("Rome") == {"destination"} and found.get("Tripoli") == {"destination"}


def test_a_second_lodging_in_a_detention_sentence_is_no_destination():
    # people held by the police: where they are taken is control, not where they went
    found = roles(picture("The migrants were detained by police and taken to a shelter in Rome and to hotels in "
                          "Tripoli."))
    assert "destination" not in found.get("Tripoli", set())


def test_hotels_where_nobody_is_taken_are_no_destination():
    found = roles(picture("Asylum seekers were not taken to hotels in Rome, a refugee charity said."))
    assert "destination" not in found.get("Rome", set())


# ------------------------------------------------------------------ a list of stops before "to"

@pytest.mark.parametrize("text, end, on_the_way", [
    ("The refugees travelled through Sudan, Chad, Niger and Libya to Tunisia.", "Tunisia",
     ("Sudan", "Chad", "Niger", "Libya")),
    ("Most of the migrants hope to continue north through Niger, Libya, Tunisia and Malta to Italy.", "Italy",
     ("Niger", "Libya", "Tunisia", "Malta")),
], ids=["four-stops", "hoped-four-stops"])
def test_the_place_after_a_long_list_of_stops_is_where_they_go(text, end, on_the_way):
    pic = picture(text)
    found = roles(pic)
    assert found.get(end) == {"destination"}
    assert all(found.get(p) == {"transit"} for p in on_the_way)
    assert " → ".join((*on_the_way, end)) in routes(pic)


def test_a_negated_journey_through_a_list_names_no_destination():
    found = roles(picture("The refugees did not travel through Sudan, Chad, Niger and Libya to Tunisia."))
    assert "destination" not in found.get("Tunisia", set())


# ------------------------------------------------------------------ one event, one zone

def test_one_event_of_a_named_force_is_one_zone_of_its_own_type():
    found = zones(picture("The Tunisian navy has stopped several overloaded boats near Sfax."))
    assert {z for z in found if z[1] == "Sfax"} == {("navy", "Sfax")}


def test_two_forces_at_one_place_in_two_clauses_keep_their_zones():
    found = zones(picture("Libyan police arrested three smugglers in Zuwara on Monday, and on Friday "
                          "the Libyan coastguard intercepted a migrant boat off Zuwara."))
    assert {("border", "Zuwara"), ("coastguard", "Zuwara")} <= found


def test_an_event_no_force_is_named_for_keeps_its_zones():
    # nothing says which control it is: both readings stay
    found = zones(picture("The migrants were rescued inside Malta's search and rescue zone."))
    assert ("coastguard", "Malta") in found


# ------------------------------------------------------------------ the force of its own clause

def test_a_zone_does_not_take_the_force_of_another_clause():
    pic = picture("The Tunisian coastguard has stepped up patrols along its coast since the spring, "
                  "and a second migrant boat was intercepted off Lampedusa.")
    assert actors(pic).get(("coastguard", "Lampedusa")) not in (None, "Tunisian coastguard")


def test_a_zone_takes_the_force_of_its_own_clause():
    pic = picture("The Tunisian coastguard stepped up patrols and intercepted a migrant boat off Sfax.")
    assert actors(pic).get(("coastguard", "Sfax")) == "Tunisian coastguard"


# ------------------------------------------------------------------ "From X they sailed to Y"

@pytest.mark.parametrize("text", [
    "From Zuwara the migrants sailed to Lampedusa.",
    "From the port of Zuwara, the smugglers' boats set off for Lampedusa at night.",
])
def test_a_sentence_opening_on_a_departure_gives_the_launch_point(text):
    pic = picture(text)
    found = roles(pic)
    assert found.get("Zuwara") == {"launch_point"} and found.get("Lampedusa") == {"destination"}
    assert "Zuwara → Lampedusa" in routes(pic)


def test_a_negated_departure_is_no_launch_point():
    assert "launch_point" not in roles(picture("From Zuwara the migrants never sailed to Lampedusa.")).get(
        "Zuwara", set())


def test_a_journey_by_land_from_a_place_is_no_launch_point():
    found = roles(picture("From Zuwara the migrants drove to Tripoli."))
    assert "launch_point" not in found.get("Zuwara", set()) and found.get("Tripoli") == {"destination"}
