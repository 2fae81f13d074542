"""Control zones at a facility its operator is named as running ("a transit centre run by the
interior ministry in X": control.facility_run_by, and control.camp's "a shelter in X run by
...") and at a place a sentence opens on after naming the far side of a border ("On the other
side, at X, officers of ... register returnees": control.place_first_officers), on sentences
written for these tests.

Documents are geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import kinds_at, zones_told_at


# ------------------------------------------------------------- a facility someone runs

@pytest.mark.parametrize("text, place", [
    # the operator between the facility and its place, a long name or one with a country's name
    ("The minors were placed in a transit centre run by the regional interior ministry in Tunis.", "Tunis"),
    ("A boy sleeps at a reception centre run by Italy's interior ministry in Pozzallo.", "Pozzallo"),
    # a bare centre or shelter is a facility when someone is said to run it
    ("The families were brought by bus to a centre run by the regional government in Tunis.", "Tunis"),
    ("The families were brought by bus to a pre-departure centre run by the International "
     "Organization for Migration in Tunis, where they had medical checks.", "Tunis"),
    # the place first, then its operator
    ("The minors were placed in a shelter in Tunis run by the city council.", "Tunis"),
], ids=["long-operator", "operator-with-country", "bare-centre", "agency-centre", "place-first"])
def test_a_facility_run_by_a_public_body_is_its_zone(text, place):
    assert zones_told_at(text, place)


def test_the_operator_is_the_actor_and_custody_words_make_it_detention():
    text = "The men are held in a camp run by the police in Tunis."
    assert {c for c, _ in kinds_at(text, "Tunis")} == {"detention"}
    reception = kinds_at("The families stay at a centre run by the regional government in Tunis.", "Tunis")
    assert ("reception", "regional government") in reception


@pytest.mark.parametrize("text", [
    # a shelter volunteers, friars, a church or a charity run is no one's control
    "A man sleeps at a shelter run by volunteers in Tunis.",
    "A man sleeps at a shelter run by Franciscan friars in Tunis.",
    "The minors were placed in a shelter in Tunis run by a church group.",
    # a centre for something else
    "A cultural centre run by the council in Tunis held a concert.",
    # nobody runs one there
    "The charity does not run a shelter in Tunis.",
], ids=["volunteers", "friars", "church-place-first", "cultural-centre", "negated"])
def test_no_zone_for_a_civil_shelter_or_another_kind_of_centre(text):
    assert not zones_told_at(text, "Tunis")


# (a shelter for locals after a disaster: test_picture_zones_offices' disaster_shelter)


# ------------------------------------------------------------- on the far side of a border

@pytest.mark.parametrize("text, place", [
    ("On the other side, at Tunis, officers of Tunisia's border authority register returnees and "
     "stamp their documents.", "Tunis"),
    ("On the Tunisian side, at the port of Tunis, officers of the National Guard register the arrivals.", "Tunis"),
], ids=["other-side", "named-side-spot-first"])
def test_officers_at_a_place_on_the_other_side_control_it(text, place):
    assert zones_told_at(text, place)


def test_people_at_a_place_on_the_other_side_are_no_officers():
    assert not zones_told_at("On the other side, at Tunis, the fishermen registered their boats.", "Tunis")
