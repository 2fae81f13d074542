"""Control zones: the first camp of a pair named before a plural facility word ("the X and Y
camps") is a camp too; a camp people only wish to reach ("they want to go to the X camp")
is no zone, while a plan to register there or a holding told in the clause stays one.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told

# ------------------------------------------------ "the X and Y camps": both camps


@pytest.mark.parametrize("text, first, second", [
    ("Most of the families come from the Zuwara and Zawiya camps.", "Zuwara", "Zawiya"),
    ("The government plans to close the Misrata and Sebha camps next year.", "Misrata", "Sebha"),
    ("Refugees have lived in the Tripoli or Misrata settlements for years.", "Tripoli", "Misrata"),
    ("Both were held in the Zawiya and Garabulli detention centres.", "Zawiya", "Garabulli"),
], ids=["and-camps", "close-camps", "or-settlements", "detention-centres"])
def test_the_first_camp_of_a_pair_is_a_camp_too(text, first, second):
    places = {place for _, place in zones_told(text)}
    assert {first, second} <= places


@pytest.mark.parametrize("text, place", [
    # "the" before the second name: a place and then the camps, no pair of camps
    ("Officials visited Zuwara and the Zawiya camps.", "Zuwara"),
    # one camp, singular: "X and the Y camp" names no camp at X
    ("Boats left Zuwara and reached the Zawiya camp.", "Zuwara"),
    # a settlement deal, no settlements to live in
    ("Tripoli and Misrata settlement talks resumed on Monday.", "Tripoli"),
], ids=["the-between", "singular-camp", "settlement-talks"])
def test_a_place_before_a_single_camp_is_no_camp(text, place):
    assert place not in {p for _, p in zones_told(text)}


# ------------------------------------------------ a camp only wished for


@pytest.mark.parametrize("text, place", [
    ("Others told us they want to go to the Zawiya camp, where relatives live.", "Zawiya"),
    ("Some families want to go on to Tunisia, where cousins live in the camps near Sfax.", "Sfax"),
    ("A few young men hope to find work in the camps at Zawiya.", "Zawiya"),
    ("Those who wish to seek asylum hope to be moved to the reception centre in Misrata.", "Misrata"),
    ("The ministry says places are available at the Misrata camps for anyone who asks.", "Misrata"),
], ids=["want-to-go", "where-relatives-live", "hope-to-find-work", "wish-to-be-moved", "places-available"])
def test_a_camp_people_only_wish_to_reach_is_no_zone(text, place):
    assert place not in {p for _, p in zones_told(text)}


@pytest.mark.parametrize("text, zone", [
    # a plan of one's own is no wish: the camp is where she went
    ("She had planned to register at a camp near Zawiya.", ("reception", "Zawiya")),
    # the wish is the people's, the holding the clause tells
    ("Those who want to return are held in the transit centre at Zawiya.", ("detention", "Zawiya")),
    ("Those who wanted to go home were taken to the Zawiya camp.", ("reception", "Zawiya")),
], ids=["planned-to-register", "want-to-return-held", "wanted-home-taken"])
def test_a_camp_told_beside_a_wish_stays_a_zone(text, zone):
    assert zone in zones_told(text)
