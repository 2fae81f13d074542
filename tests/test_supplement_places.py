"""The supplement's twelfth-session entries: places a user's trial and batch H's reports named
that the gazetteer lacked or gave to a namesake. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

import geomig
from geomig.gazetteer import shapes


def found(text):
    return {m.text: m for m in geomig.geocode(text)}


@pytest.mark.parametrize("text, name, place_id, country", [
    # Deserts and lakes on the routes.
    ("The lorries crossed the Tenere for three days before reaching Dirkou.", "Tenere", "geomig:tenere-desert", "NE"),
    ("Families crossed Lake Albert in overloaded boats to reach Uganda.", "Lake Albert", "geomig:lake-albert", None),
    ("The group walked along Lake Shkoder from Albania into Montenegro.", "Lake Shkoder", "geomig:lake-shkoder", None),
    # Border towns of the Great Lakes, the Horn and the Sahel.
    ("Refugees from South Sudan crossed at Nimule into Uganda.", "Nimule", "geomig:nimule", "SS"),
    ("Buses took the new arrivals from Elegu to a settlement in Adjumani.", "Elegu", "geomig:elegu", "UG"),
    ("Thousands of Somalis reached Dolow near the Ethiopian border in a month.", "Dolow", "geomig:dolow", "SO"),
    ("Malian families were registered at Fassala before moving on to the camp.", "Fassala", "geomig:fassala", "MR"),
    # Camps and settlements.
    ("Congolese refugees were taken to Kyangwali in western Uganda.", "Kyangwali", "geomig:kyangwali-settlement", "UG"),
    ("He has lived in Dzaleka for twelve years and cannot work outside Malawi.", "Dzaleka", "geomig:dzaleka-camp", "MW"),
    # Departure coasts and landings.
    ("Boats to Aruba leave at night from the Paraguana peninsula.", "Paraguana", "geomig:paraguana-peninsula", "VE"),
    ("A raft carrying 20 Cubans came ashore on Sugarloaf Key.", "Sugarloaf Key", "geomig:sugarloaf-key", "US"),
    # Britain's immigration removal centres, a class named by its short names.
    ("She was held at Yarl's Wood for four months.", "Yarl's Wood", "geomig:yarls-wood-centre", "GB"),
    ("The men were moved from Brook House to a flight at dawn.", "Brook House", "geomig:brook-house-centre", "GB"),
    ("He spent the winter at Dungavel before his appeal.", "Dungavel", "geomig:dungavel-centre", "GB"),
    ("The women were sent to Derwentside after the court hearing.", "Derwentside", "geomig:derwentside-centre", "GB"),
    ("Campsfield House closed, and Haslar followed a year later.", "Campsfield House",
     "geomig:campsfield-house-centre", "GB"),
    ("Police in Bedfordshire found the lorry on a lay-by.", "Bedfordshire", "geomig:bedfordshire", "GB"),
])
def test_places_the_twelfth_sessions_trial_found_missing(text, name, place_id, country):
    m = found(text)[name]
    assert (m.id, m.country) == (place_id, country), (m.id, m.name, m.country)


def test_eastleigh_is_nairobis_in_a_kenyan_story_and_hampshires_elsewhere():
    kenyan = "We crossed from Somalia into Kenya and stayed in Nairobi, in a rented room in Eastleigh."
    english = "The lorry was stopped on the M27 near Southampton, at Eastleigh in Hampshire."
    assert found(kenyan)["Eastleigh"].id == "geomig:eastleigh-nairobi"
    assert found(english)["Eastleigh"].country == "GB"


def test_the_lesbos_camp_is_chosen_by_its_other_name_over_a_village_on_the_mainland():
    m = found("New arrivals on Lesbos are taken to the registration centre at Mavrovouni.")["Mavrovouni"]
    assert m.id == "geomig:kara-tepe-camp", (m.id, m.name)


@pytest.mark.parametrize("text, name, place_id", [
    # A camp named after its village: "camps such as X" is the camp (the two sit 1 km apart).
    ("Families were moved to camps on the mainland such as Malakasa.", "Malakasa", "geomig:malakasa-camp"),
    # Iran's crossing into Afghanistan's Nimroz, not Milak in India.
    ("Afghans deported from Iran are driven to the Milak crossing.", "Milak", "geomig:milak-crossing"),
])
def test_camps_and_crossings_known_by_a_towns_name(text, name, place_id):
    assert found(text)[name].id == place_id


def test_every_removal_centre_is_a_camp_in_britain_with_its_town_cited():
    centres = [e for e in shapes.supplement_entries() if e["id"].endswith("-centre") and e.get("country") == "GB"]
    assert len(centres) >= 6
    for e in centres:
        assert e["feature"] == "camp", e["id"]
        assert "GeoNames" in e["source"] and "Removal Centre" in e["source"] + " ".join(e["aliases"]), e["id"]
