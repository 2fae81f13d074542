"""Roles: where people come from: people who went, walked, drove or rode back to a place of their
own accord ("some of my friends went back to X after a month", "most families ride the same
buses back to Y", "a third of those who had crossed drove back to Z"): origin.went_back_to. A
place in another country than the people's own is where they set off again, a launch point
(came_through). Tested with negation, a plan, forced returns, craft going back, a return only
wished or told as coming back, and a return journey told with its way.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Some of my friends went back to Oruro after a month, when their money ran out.", "Oruro"),
    ("When the harvest ends, most families ride the same buses back to Potosi.", "Potosi"),
    ("About a third of those who had crossed drove back to Uyuni in 1990.", "Uyuni"),
    ("Her brother walked back to Tarija the following year to see the house.", "Tarija"),
], ids=["friends-went-back", "ride-buses-back", "drove-back", "walked-back"])
def test_a_place_people_went_back_to_is_their_home(text, place):
    assert role_of(text, place) == {"origin"}


def test_a_place_abroad_people_went_back_to_is_where_they_set_off_again():
    text = ("Eritrean families crossed into Argentina for the harvest. A few went back to Salta after "
            "the police stopped them at the border.")
    assert role_of(text, "Salta") == {"launch_point"}


@pytest.mark.parametrize("text, place", [
    ("None of the families went back to Oruro.", "Oruro"),
    # a plan, not a move
    ("The government plans to move the families back to Potosi next year.", "Potosi"),
    # forced returns stay move.returned's (often to a country people only set off from)
    ("The coastguard sent the migrants back to Salta.", "Salta"),
    ("The police drove the families back to Salta in buses.", "Salta"),
    # a craft going back
    ("The boat went back to Uyuni without passengers.", "Uyuni"),
    # a return only wished, or told as coming back to where the teller lives now
    ("I want to go back to Tarija to be near my daughters.", "Tarija"),
    ("He worked in Oruro for years and always came back to Sucre in the spring.", "Sucre"),
    # a return journey told with the way it took
    ("Most families went back to Potosi through the Uyuni crossing.", "Potosi"),
    ("From the camp the men went back to Oruro by train.", "Oruro"),
], ids=["negated", "plan", "sent-back", "driven-back", "boat-went-back", "wished", "came-back",
        "way-back-told", "mode-told"])
def test_no_origin_for_a_return_denied_planned_forced_or_of_a_craft(text, place):
    assert "origin" not in role_of(text, place)
