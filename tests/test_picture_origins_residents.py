"""Roles: where people come from, told as residents of a place seen leaving their homes the way
a photo caption tells it: carrying their belongings out, walking out, helped onto a bus,
queueing for water at a shelter (origin.residents_carrying). Tested with the residents who stay
quiet: hosts who help or speak, and a denial.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Residents of Uyuni carry mattresses and cooking pots down the hill two days after the mudslide.",
     "Uyuni"),
    ("Residents of the Tarija district queue for water outside a school that now serves as a shelter.",
     "Tarija"),
    ("Residents of Potosi, the mining town hit hardest by the floods, are helped onto a bus bound for Sucre.",
     "Potosi"),
])
def test_residents_carrying_their_homes_out_come_from_there(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # hosts who help the newcomers
    ("Residents of Salta helped pull people from the river on Sunday.", "Salta"),
    # hosts who speak
    ("Residents of Jujuy complained about the queues at the border post.", "Jujuy"),
    # a denial: nobody was helped onto a bus
    ("Residents of Sucre were not helped onto any bus, the mayor said.", "Sucre"),
])
def test_residents_who_help_speak_or_stay_are_no_movers(text, place):
    assert "origin" not in role_of(text, place)
