"""Roles: where people come from, told as a list after a colon ("they come from the same few
districts: X, Y and Z": origin.came_from_colon), as families or residents of a place seen on
the move ("families from X wait to register at Y": origin.families_from_moving), and as places
of origin ("their areas of origin, mainly in X": origin.of_origin). Tested with negation and
hedging, and distractors (goods, boats, hosts, a country of origin and transit).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.came_from_colon ------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("They are sixteen, seventeen, and they come from the same few districts of the altiplano: Oruro, Potosi and Uyuni.", "Oruro"),
    ("They are sixteen, seventeen, and they come from the same few districts of the altiplano: Oruro, Potosi and Uyuni.", "Uyuni"),
    ("Where they come from: Oruro (3,100 people), Potosi (2,400) and Uyuni (900).", "Potosi"),
    ("Most of the pickers are local, but a growing number come from far away: from Tarija, Sucre and Oruro.", "Sucre"),
])
def test_a_list_after_a_colon_is_where_people_come_from(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods, not people
    ("The grain shipments come from three provinces: Oruro, Potosi and Uyuni.", "Potosi"),
    # boats leave a shore
    ("The boats came from two directions: Oruro and Potosi.", "Potosi"),
])
def test_a_list_after_a_colon_of_goods_or_boats_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_a_list_after_a_colon_denied_is_no_origin():
    assert "origin" not in role_of(
        "Officials said none of the families came from the places named in the report: Oruro and Potosi.", "Potosi")


# ---- origin.families_from_moving -------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Families from Oruro and Potosi wait to register at the army barracks in Salta.", "Potosi"),
    ("A family from Oruro waits for a shared taxi at the border crossing.", "Oruro"),
    ("Residents of Uyuni load a mattress onto a pick-up truck, minutes after the order to leave.", "Uyuni"),
    ("Households from Tarija, on the other side of the river, were flown out as a precaution.", "Tarija"),
])
def test_families_from_a_place_on_the_move_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # hosts, not people on the move
    ("Families from Oruro took in dozens of refugees from the border last week.", "Oruro"),
    ("Residents of Uyuni donated blankets to the refugees at the border crossing.", "Uyuni"),
])
def test_families_from_a_place_who_host_or_speak_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_families_from_a_place_denied_are_no_origin():
    assert "origin" not in role_of(
        "No families from Oruro were brought to the shelter at the border, officials said.", "Oruro")


# ---- origin.of_origin -------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most of the Bolivians in the camp named as their areas of origin, mainly in Oruro, Potosi and rural Sucre.", "Potosi"),
    ("Seven in ten of the workers give as their place of origin Oruro or the county of Uyuni.", "Oruro"),
    ("Most refugees come from the west, with the Oruro and Potosi regions the most common places of origin.", "Oruro"),
])
def test_places_of_origin_are_where_people_come_from(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # origin and transit: a country people pass through as often
    ("The ministry lists as countries of origin and transit Tarija and Sucre.", "Sucre"),
    # goods
    ("The grain shipments list as their region of origin Oruro, officials said.", "Oruro"),
])
def test_places_of_origin_and_transit_or_of_goods_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_a_place_of_origin_hedged_is_no_sure_origin():
    assert "origin" not in role_of(
        "None of the refugees gave Oruro as their place of origin, officials said.", "Oruro")
