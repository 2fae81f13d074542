"""Roles: where people come from, told again with "from" after an aside that ends the plain
list (roles._origins_from_again, [settings] origin_from_again): "Many came from
X, two hours away by road, and from villages around Y", "from X in the north and from Y in the
east", "from rural X, around Y and Z". Each is tested with negation, hedging and distractors
(a leg that goes on to a place, an aside that takes people elsewhere, a place that only locates).
And a town people walked, rode or drove from where the sentence ends on it is the home they left
(roles._walked_from_home, [settings] overland_left): "Others walked for days from X and Y.".

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of

pytestmark = pytest.mark.usefixtures("andean_places")


@pytest.mark.parametrize("text, place", [
    ("Most families came from Oruro, three hours away by bus, and from villages around Potosi, "
     "and crossed into Argentina at night.", "Potosi"),
    ("The passengers came mostly from Oruro in the west and from Tarija in the south, "
     "and all crossed into Argentina.", "Tarija"),
    ("The workers come from Cochabamba province, from around Sucre and Uyuni, and most cross "
     "into Argentina for the harvest.", "Uyuni"),
    ("Many come from Cochabamba, around Sucre and Tarija, and take the bus to Salta.", "Sucre"),
    ("Most come from Oruro and Uyuni, but a growing number come from Tarija, the charity in "
     "Salta says.", "Tarija"),
], ids=["aside-and-villages-around", "compass-part", "province-then-around", "region-around-example",
        "but-a-growing-number"])
def test_a_home_told_again_after_an_aside_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied and hedged: the first origin's denial or hedge carries over
    ("The workers do not come from Oruro, three hours away by bus, or from villages around "
     "Potosi, officials said; they crossed from Salta.", "Potosi"),
    # an aside that takes people on: not a home
    ("Most families came from Oruro, then by bus to Uyuni, and from Potosi they walked into "
     "Argentina.", "Potosi"),
    # a place reached: "to" before it, no "from"
    ("Most families came from Oruro, three hours away by bus, and went on to Tarija and "
     "Salta.", "Tarija"),
    # a clause of who said it between: the place after is not told with "from"
    ("Most families came from Oruro, officials said, and Tarija has sent buses to Salta.", "Tarija"),
], ids=["negated", "aside-with-a-leg", "reached-not-from", "said-clause"])
def test_no_origin_from_a_denial_a_leg_or_a_place_reached(text, place):
    assert "origin" not in role_of(text, place)


# ---- roles._walked_from_home --------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Hundreds of families have crossed into Argentina this week. Others walked for days from "
     "Oruro and Potosi.", "Potosi"),
    ("A Bolivian man tells us he crossed into Argentina at night, after travelling by bus from "
     "Oruro.", "Oruro"),
    ("Hundreds of families have crossed into Argentina. Many walked or rode donkey carts south "
     "from Uyuni.", "Uyuni"),
], ids=["walked-for-days-list", "by-bus-from", "rode-south-from"])
def test_a_town_walked_from_at_the_sentence_end_is_the_home_left(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # the journey goes on from it: where it starts
    ("Hundreds of families have crossed into Argentina this week. Others walked for days from "
     "Uyuni to the border at Villazon.", "Uyuni"),
    # a boat, not a walk
    ("Hundreds of migrants have crossed to Argentina this week. Others sailed for days from "
     "Oruro.", "Oruro"),
    # denied
    ("Hundreds of families have crossed into Argentina this week. None of them walked from "
     "Uyuni.", "Uyuni"),
], ids=["walked-on-to-the-border", "sailed", "negated"])
def test_no_home_left_where_the_walk_goes_on_or_is_no_walk(text, place):
    assert "origin" not in role_of(text, place)
