"""Roles: where people come from, told as a list: districts, regions or counties listed before
their plural noun ("families from the X and Y regions of Z", "arrived from X, Y and W
districts": origin.divisions_listed), and a list closed by a place with its settlement noun
("many from X, Y and the mining town of Z", "from X and the area of Y": [settings]
coordination; also past an item the gazetteer lacks: "from X, La Y and Z"), and a town
left with the villages around it ("people left X and the surrounding villages":
origin.town_and_villages). Tested with negation and hedging, and distractors (goods
from the divisions or the villages, a single district a leg sets off from, a clause that opens
on "the town of").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.divisions_listed ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most families travel on foot from the Oruro and Potosi regions of Bolivia to the border.", "Oruro"),
    ("Most families travel on foot from the Oruro and Potosi regions of Bolivia to the border.", "Potosi"),
    ("Most families travel on foot from the Oruro and Potosi regions of Bolivia to the border.", "Bolivia"),
    ("Thousands of people have arrived in Salta from Oruro, Potosi and Uyuni districts in three weeks.", "Uyuni"),
    ("Thousands of people have arrived in Salta from Oruro, Potosi and Uyuni districts in three weeks.", "Oruro"),
    ("Some 4,000 refugees reached Jujuy, fleeing clashes in Oruro and Potosi counties of Bolivia.", "Potosi"),
    ("Some 4,000 refugees reached Jujuy, fleeing clashes in Oruro and Potosi counties of Bolivia.", "Bolivia"),
    ("Most of the families had left the Tarija and Sucre provinces before the rains.", "Sucre"),
])
def test_divisions_listed_are_where_people_come_from(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods, not people
    ("Trucks carrying grain from the Oruro and Potosi regions reached Salta with their cargo.", "Potosi"),
    # one district only: a leg's start as often as a home
    ("The buses left from Oruro district for Salta on Monday.", "Oruro"),
])
def test_divisions_not_listed_or_not_people_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_divisions_listed_denied_are_no_origin():
    assert "origin" not in role_of(
        "None of the families came from the Oruro and Potosi regions, officials said.", "Potosi")


# ---- a list closed by a settlement noun ----------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The men, many from Oruro, Potosi and the dried-out mining town of Uyuni, say there is no work at home.", "Uyuni"),
    ("Many of the pickers are from Oruro, Potosi and the area of Uyuni.", "Uyuni"),
    ("Most are farmers from villages around Oruro and the outskirts of Potosi.", "Potosi"),
])
def test_a_list_closed_by_a_settlement_noun_shares_the_origin(text, place):
    assert role_of(text, place) == {"origin"}


def test_a_clause_opening_on_the_town_of_is_no_list_item():
    # "and the town of Y" after a place nobody comes from
    assert "origin" not in role_of(
        "Lorries brought food to Oruro and the town of Potosi stayed quiet all week.", "Potosi")


# ---- origin.town_and_villages -------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The regional administration says 1,240 people left Oruro and the surrounding villages over the past day.", "Oruro"),
    ("Families from Uyuni and the nearby hamlets have gone to relatives in Salta.", "Uyuni"),
])
def test_a_town_left_with_its_villages_is_where_people_come_from(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("Trucks of maize left Oruro and the surrounding villages for the market in Salta.", "Oruro"),
    ("No one has left Oruro and the surrounding villages since the road reopened, officials said.", "Oruro"),
])
def test_goods_or_no_one_leaving_a_town_and_its_villages_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ---- a list item the gazetteer does not know ([settings] coordination) ----------------------

@pytest.mark.parametrize("text, place", [
    # an unknown name between two known ones
    ("Most of the pickers are farmers from Oruro, Llallagua and Potosi, aid workers said.", "Potosi"),
    ("Families fled from Tarija, Villa Abecia or Sucre when the river rose.", "Sucre"),
    # an unknown word glued before a known name ("Dasht-e X")
    ("They come from Oruro and Villa-e Potosi, where the fighting has been heavy.", "Potosi"),
    # an unknown word glued after the first name ("X Norte, Y and Z")
    ("Most of the families came from Oruro Norte, Potosi and Uyuni.", "Uyuni"),
])
def test_a_list_item_the_gazetteer_lacks_does_not_end_the_list(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # the list is over: a reporting clause, then a new subject
    ("Families came from Oruro, Reuters reported, and Potosi sent buses to fetch them.", "Potosi"),
    # denied
    ("None of the families came from Oruro, Llallagua or Potosi, officials said.", "Potosi"),
    # a date is no list item
    ("Families came from Oruro on Monday and Potosi police counted them at the bridge.", "Potosi"),
])
def test_no_list_after_an_unknown_name_that_is_not_an_item(text, place):
    assert "origin" not in role_of(text, place)
