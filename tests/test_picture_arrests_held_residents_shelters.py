"""Look-alikes of five cues for migration.

- control.arrested_on_arrival: a group of no one on the move who had reached a place and were
  arrested there (smugglers, tourists) is no detention of migrants (NOT_MOVERS_WHO);
- control.in_detention, "X, where the family was held": not held by kidnappers until someone
  paid, told further on in the clause;
- origin.community_of_moved, "most of those ... were residents of X": only people on the move
  ("those crossing", "who fled"), not those at a match;
- origin.folk_from: not people who act where they live ("residents from X complained",
  "farmers from villages such as X protested": ACTS_AT_HOME49);
- destination.moved_to_shelter: not a move to a building for an event there ("taken to a church
  in X for the ceremony": FOR_AN_EVENT49).
Each is tested with the frame it keeps and the look-alike it no longer reads.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, zones_at
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


def detentions_at(text: str, place: str) -> list:
    """The detention zones at a place, told after ZONE_CONTEXT."""
    return [z for z in zones_at(text, place, ZONE_CONTEXT) if z.properties["control"] == "detention"]


# ---- control.arrested_on_arrival -------------------------------------------------------------

def test_migrants_who_had_reached_a_town_and_were_arrested_are_held_there():
    assert detentions_at("Forty migrants who had reached Tripoli were arrested on Monday.", "Tripoli")


@pytest.mark.parametrize("text", [
    "Police said the smugglers who had reached Tripoli were arrested.",
    "The tourists who had arrived in Tripoli were later arrested for drunkenness.",
    "Two journalists who had entered Tripoli were detained overnight.",
], ids=["smugglers", "tourists", "journalists"])
def test_a_group_of_no_one_on_the_move_arrested_where_it_got_to_is_no_detention(text):
    assert not detentions_at(text, "Tripoli")


# ---- control.in_detention: "X, where the family was held" --------------------------------------

def test_where_a_family_was_held_is_a_detention():
    assert detentions_at("They were taken to Tripoli, where the family was held for three nights.", "Tripoli")


@pytest.mark.parametrize("text", [
    "Tripoli, where the family was held for three nights by their kidnappers, is a smuggling hub.",
    "They reached Tripoli, where the family was held for three nights until relatives paid.",
], ids=["kidnappers-further-on", "until-paid"])
def test_where_a_family_was_held_for_ransom_is_no_detention(text):
    assert not detentions_at(text, "Tripoli")


# ---- origin.community_of_moved: "those ... were residents of X" ------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most of those crossing at night were residents of Potosi, officials in Salta said.", "Potosi"),
    ("The 40 people who fled were residents of Oruro.", "Oruro"),
], ids=["those-crossing", "who-fled"])
def test_people_on_the_move_who_were_residents_of_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


def test_those_at_a_match_who_were_residents_of_a_place_come_from_nowhere():
    assert role_of("Most of those at the match were residents of Oruro.", "Oruro") == set()


# ---- origin.folk_from: people who act where they live ----------------------------------------

@pytest.mark.parametrize("text", [
    "Residents from Oruro complained about the noise from the airport.",
    "Households from Oruro paid more for electricity this winter.",
    "Farmers from villages such as Oruro protested against the new tax.",
    "Fishermen from towns like Oruro caught record amounts of trout this year.",
], ids=["complained", "paid-more", "protested", "caught-fish"])
def test_people_acting_where_they_live_come_from_nowhere(text):
    assert role_of(text, "Oruro") == set()


@pytest.mark.parametrize("text", [
    "Farmers from Oruro paid smugglers to take them to Salta.",
    "Fishermen from villages such as Oruro paid $500 each for a seat on the boat to Salta.",
], ids=["paid-smugglers", "paid-for-a-seat"])
def test_people_who_paid_for_their_journey_still_come_from_their_town(text):
    assert "origin" in role_of(text, "Oruro")


# ---- destination.moved_to_shelter: a move for an event -----------------------------------------

def test_people_moved_to_a_school_in_a_town_reach_it():
    assert role_of("After the fire, the villagers were moved to a school in Oruro.", "Oruro") == {"destination"}


@pytest.mark.parametrize("text", [
    "The students were taken to a church in Oruro for the ceremony.",
    "The pupils were bused to a sports hall in Oruro for the final exams.",
], ids=["ceremony", "exams"])
def test_people_taken_to_a_building_for_an_event_reach_no_destination(text):
    assert role_of(text, "Oruro") == set()
