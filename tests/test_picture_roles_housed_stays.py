"""A place people were housed at (a camp, a reception or transit centre, a shelter, lodgings:
[settings] housed_words) stays where their journey ended even where the text later moves them on
(roles._stops_on_the_way, _went_on_in_clause), as a landing does.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


# ------------------------------------------------------------------ housed there, then moved on

@pytest.mark.parametrize("text", [
    "The survivors were moved to the transit centre at Agadez. A week later most of them travelled on to Italy.",
    "The refugee families were moved to a school in Agadez. From there they travelled on to Tripoli.",
    "The refugees were taken to a reception centre in Agadez, then on to Tripoli.",
    "The refugees found shelter with relatives in Agadez before moving on to Tripoli.",
], ids=["centre-then-later", "school-from-there", "centre-then-on", "shelter-with-relatives"])
def test_a_place_people_were_housed_at_stays_their_destination(text):
    assert roles(picture(text)).get("Agadez") == {"destination"}


@pytest.mark.parametrize("text", [
    # a move to a town, no lodging told: a stop on the way
    "The migrants were driven to Agadez. From there they travelled on to Tripoli.",
    "Smugglers took the migrants to a house in Agadez. From there they travelled on to Tripoli.",
    # the shelter told in another clause houses nobody at the place
    "The migrants were driven to Agadez, after a night in a shelter, and then on to Tripoli.",
], ids=["driven", "smugglers-house", "shelter-in-another-clause"])
def test_a_town_only_passed_stays_a_stop_on_the_way(text):
    assert roles(picture(text)).get("Agadez") == {"transit"}


def test_no_destination_where_nobody_is_housed():
    # a camp visited by an official: nobody moved there
    assert "destination" not in roles(picture(
        "The minister visited the transit centre at Agadez on Monday before flying to Tripoli.")).get("Agadez", set())

