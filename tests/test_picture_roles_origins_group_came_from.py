"""Roles: where people come from: a part of the people
told by its size, then where it comes from ("most of the new arrivals came from X", "a fifth came
from Y", "a smaller group came from Z", "just over half came from villages in X, Y and Z":
origin.group_came_from). Tested with negation and hedging, and distractors (boats, money,
goods, a leg told by its vehicle, a return).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.group_came_from ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most of the new arrivals came from Oruro.", "Oruro"),
    ("Most of the new arrivals come from Oruro, according to the camp's managers.", "Oruro"),
    ("Nine in ten of those registered gave an address in Sucre; a fifth came from Potosi.", "Potosi"),
    ("A smaller group came from the villages near Uyuni, flying on to Salta.", "Uyuni"),
    ("Just over half came from villages in Oruro, Potosi and Uyuni districts.", "Potosi"),
    ("Just over half came from villages in Oruro, Potosi and Uyuni districts.", "Uyuni"),
    ("Smaller communities come from Peru (2,260) and Argentina (1,980).", "Argentina"),
    ("A few come from Sucre in Bolivia.", "Sucre"),
    ("Most of those leaving come from southern Bolivia and the suburbs of Sucre.", "Sucre"),
    ("A second stream comes from Peru.", "Peru"),
])
def test_a_part_of_the_people_comes_from_a_place(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("Most of the new arrivals did not come from Oruro.", "Oruro"),
    ("Most of the new arrivals may have come from Oruro.", "Oruro"),
])
def test_a_denied_or_doubted_home_is_none(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # boats set off from a shore: a departure, not a home
    ("Most of the boats came from Oruro.", "Oruro"),
    # money and goods
    ("Half of the funding came from Peru.", "Peru"),
    ("Most of the wheat came from Peru.", "Peru"),
    # a leg told by its vehicle, and a return
    ("Most of the new arrivals came by minibus from Oruro.", "Oruro"),
    ("Most of the men came back from Oruro last week.", "Oruro"),
])
def test_not_a_part_of_the_people_or_not_their_home(text, place):
    assert "origin" not in role_of(text, place)
