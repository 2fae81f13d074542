"""Roles: where people come from: people displaced from a place, or a displacement from it
(origin.displaced_from: "people displaced from X", "new displacement from the Y region",
"displaced from villages in Z"). Tested with negation and distractors (goods, officials and
visitors from a place; a camp left for another, where the place after "to" is where they went).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Some 12,000 people displaced from Oruro have found shelter with relatives.", "Oruro"),
    ("Aid groups are alarmed by a new wave of displacement from Potosi since the clashes began.",
     "Potosi"),
    ("More than 3,000 families were displaced from villages in Uyuni by the floods.", "Uyuni"),
    ("Thousands of people displaced from their homes in Tarija now sleep in schools.", "Tarija"),
], ids=["people-displaced-from", "displacement-from", "villages-in", "homes-in"])
def test_people_displaced_from_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("No one has been displaced from Oruro, the mayor said.", "Oruro"),
    # goods, officials and visitors from a place are no one displaced
    ("Trucks carrying grain from Oruro reached the market on Monday.", "Oruro"),
    ("Officials from Oruro met the governor to discuss the budget.", "Oruro"),
    ("Visitors from Oruro toured the new museum last week.", "Oruro"),
], ids=["negated", "goods", "officials", "visitors"])
def test_no_origin_without_anyone_displaced_from_the_place(text, place):
    assert "origin" not in role_of(text, place)


def test_a_displacement_from_a_camp_to_a_place_is_no_origin_there():
    text = "The displacement of 2,000 refugees from the old camp to Salta began on Monday."
    assert "origin" not in role_of(text, "Salta")
    text = "Families displaced from the camp at the border were moved to Salta last week."
    assert "origin" not in role_of(text, "Salta")
