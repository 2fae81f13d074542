"""Control zones: officials counting the people landed at a beach or a port in a town control the
town; a force in the where-clause of a place the boats went past acts there, not at an earlier
place; a capital standing for its state building a wall is on the border.

Sentences written for these tests, on the Italian and Turkish coasts and borders; geocoded by
the tiny fixture gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import annotate, picture, with_places, zones

from geomig.picture import extract

PLACES = {
    "Augusta": ("geomig:test-augusta", "city", "IT", 37.2300, 15.2200, "Augusta"),
    "Crotone": ("geomig:test-crotone", "city", "IT", 39.0800, 17.1200, "Crotone"),
    "Italy": ("geomig:test-italy", "country", "IT", 42.8, 12.8, "Italy"),
    "Edirne": ("geomig:test-edirne", "city", "TR", 41.6800, 26.5600, "Edirne"),
    "Ipsala": ("geomig:test-ipsala", "city", "TR", 40.9200, 26.3800, "Ipsala"),
    # (real ids: whether a town is a national capital is the gazetteer's to say)
    "Ankara": ("geonames:323786", "city", "TR", 39.9199, 32.8543, "Ankara"),
    "Turkey": ("geonames:298795", "country", "TR", 39.0, 35.0, "Turkey"),
    "Iran": ("geonames:130758", "country", "IR", 32.0, 53.0, "Iran"),
    "Greece": ("geomig:test-greece", "country", "GR", 39.0, 22.0, "Greece"),
    "Afghanistan": ("geomig:test-afghanistan", "country", "AF", 33.0, 65.0, "Afghanistan"),
}
DEMONYMS = {"Afghan": "Afghanistan", "Turkish": "Turkey", "Italian": "Italy"}
LANDED = "Hundreds of Afghan migrants reached Italy by boat this week. "
CROSSED = "Hundreds of Afghan migrants crossed from Turkey to Greece this month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


# ------------------------------------------------------------------ counting people landed

@pytest.mark.parametrize("text", [
    "At Marina beach in Augusta, local police counted the arrivals and took the sick to hospital.",
    "At the port in Augusta, Italian officials registered the new arrivals before moving them on.",
    "At the jetty of Augusta, the police screened the passengers for fever.",
    "Police counted the arrivals at the port in Augusta.",
    "Coast guard officers registered the survivors as they landed at a quay in Augusta.",
    # hedged: still a zone told
    "At the harbour in Augusta, police may have registered the arrivals, a witness said.",
], ids=["beach-count", "port-register", "jetty-screen", "force-first", "as-they-landed", "hedged"])
def test_officials_counting_people_landed_at_a_beach_or_port_in_a_town_control_the_town(text):
    assert ("border", "Augusta") in zones(picture(LANDED + text))


@pytest.mark.parametrize("text", [
    # no force: onlookers
    "At the beach in Augusta, tourists counted the arrivals and took photographs.",
    # denied
    "Police did not count the arrivals at the port in Augusta.",
    # a count of things, not of people landed
    "At the port in Augusta, police counted the boats left on the quay.",
], ids=["tourists", "denied", "boats"])
def test_no_zone_where_no_force_counts_people_landed(text):
    assert ("border", "Augusta") not in zones(picture(LANDED + text))


# ------------------------------------------------------------------ a force's own clause

def test_a_force_in_the_where_clause_of_a_place_acts_there_not_at_an_earlier_place():
    text = (CROSSED + "The boats set off from the beaches north of Edirne and hugged the river past"
            " Ipsala, where Turkish police boats stopped two of them.")
    places = {place for _, place in zones(picture(text))}
    assert "Ipsala" in places and "Edirne" not in places


@pytest.mark.parametrize("text, place", [
    # the force in the first clause, the place it acted at named there
    ("Turkish police stopped two boats near Edirne, and the rest went on past Ipsala.", "Edirne"),
], ids=["own-clause"])
def test_a_force_outside_any_where_clause_keeps_its_place(text, place):
    places = {p for _, p in zones(picture(CROSSED + text))}
    assert place in places and "Ipsala" not in places


def test_a_force_denied_in_a_where_clause_draws_no_zone_at_the_earlier_place():
    text = CROSSED + "The boats set off from the beaches north of Edirne and passed Ipsala, where Turkish police did not stop them."
    assert not {p for _, p in zones(picture(text))} & {"Edirne", "Ipsala"}


# ------------------------------------------------------------------ a capital for its state

@pytest.mark.parametrize("text", [
    "Ankara has built a wall along the border with Iran.",
    "Ankara is building a wall on its border with Iran.",
], ids=["built", "building"])
def test_a_capital_building_a_wall_is_its_state_on_the_border(gazetteer, text):
    found = zones(extract([annotate(CROSSED + text)], gazetteer=gazetteer))
    assert ("border", "Turkey") in found and ("border", "Ankara") not in found


def test_a_wall_around_a_capital_stays_at_the_capital(gazetteer):
    text = CROSSED + "Workers have put up a concrete wall around Ankara."
    found = zones(extract([annotate(text)], gazetteer=gazetteer))
    assert ("border", "Turkey") not in found


def test_a_capital_that_built_no_wall_draws_no_zone(gazetteer):
    text = CROSSED + "Ankara has not built a wall along the border with Iran."
    found = zones(extract([annotate(text)], gazetteer=gazetteer))
    assert ("border", "Ankara") not in found and ("border", "Turkey") not in found
