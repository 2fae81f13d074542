"""destination.evacuated_to: where people evacuated from a flood, a fire or an eruption went,
"fled to higher ground in X" (not the place fled, as origin.fled would read "fled ... in X"),
"arriving at the evacuation centre at X", "taken to relief camps in X"; someone leaving such a
centre, a centre only planned, a denial and rescuers flown in stay quiet.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text", [
    "Residents of Sebha fled to higher ground in Misrata.",
    "Villagers climbed to safer ground above Misrata.",
    "Evacuees from Sebha are arriving at the evacuation centre at Misrata.",
    "Families were taken to relief camps in Misrata.",
    "Hundreds of families are sleeping in the evacuation centre in Misrata.",
], ids=["higher-ground", "safer-ground", "arriving-centre", "relief-camps", "sleeping-centre"])
def test_the_evacuations_end_is_a_destination(text):
    assert role_of(text, "Misrata") == {"destination"}


def test_a_site_named_after_a_place_gives_the_town_after_it():
    text = "Families from Sebha are arriving at the evacuation centre at the Misrata showgrounds at Zawiya."
    assert role_of(text, "Zawiya") == {"destination"}
    assert "destination" not in role_of(text, "Misrata")


def test_the_stricken_town_is_left_not_reached():
    # (the fixture's context gives the migrants another home, Eritrea: the town is where they set off)
    assert "destination" not in role_of("Residents of Sebha fled to higher ground in Misrata.", "Sebha")


@pytest.mark.parametrize("text", [
    # leaving the centre: the house is where she went
    "A woman walked back from the evacuation centre in Misrata to her house in Sebha.",
    # a centre only planned
    "The council said an evacuation centre in Misrata would open if the river rose.",
    # denied
    "Residents of Sebha were not evacuated to the relief camps in Misrata.",
    # rescuers, not people displaced
    "Rescuers were flown in to Misrata from the capital.",
], ids=["left-centre", "planned", "denied", "rescuers"])
def test_leaving_planning_denying_or_rescuers_are_no_destination(text):
    assert "destination" not in role_of(text, "Misrata")
