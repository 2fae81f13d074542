"""Destinations in wording the frames missed until session 39: a list that goes on after a
place named with its region's noun ("to X state, Y and Z"), a compass word before "into", a
shore reached near a town, a departure from a named place's airport "for" a country, people
taken on to family in a place, a list item after "or in mainland"; and aid flown somewhere,
which moves no one.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


# ------------------------------------------------------------------ a list after "X district, Y and Z"

@pytest.mark.parametrize("text, place", [
    ("Refugees from Sudan have fled to Kufra district, Egypt and Chad.", "Egypt"),
    ("Refugees from Sudan have fled to Kufra district, Egypt and Chad.", "Chad"),
    # "are believed to": still a destination (the claim is not marked hedged)
    ("Refugees from Sudan are believed to have fled to Kufra district, Egypt and Chad.", "Chad"),
], ids=["second", "third", "hedged"])
def test_a_list_goes_on_after_a_place_named_with_its_region_noun(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # the comma opens no list: a word other than a place follows it
    "Refugees from Sudan have fled to Kufra district, not to Egypt.",
    # distractor: Egypt only speaks
    "Refugees from Sudan have fled to Kufra district, officials in Egypt said.",
], ids=["not-to", "speaker"])
def test_no_list_where_no_place_follows_the_comma(text):
    assert "destination" not in role_of(text, "Egypt")


# ------------------------------------------------------------------ things moved are not people

@pytest.mark.parametrize("text", [
    "Sudanese refugees fled to Egypt last month, and the UN flew food to Tunis.",
    "Families crossed into Egypt, while aircraft flew tents and blankets to Tunis.",
    "Aid agencies trucked supplies to Tunis as refugees kept arriving in Egypt.",
], ids=["flew-food", "flew-tents", "trucked-supplies"])
def test_aid_delivered_to_a_place_gives_it_no_destination(text):
    assert "destination" not in role_of(text, "Tunis")
    assert "destination" in role_of(text, "Egypt")


@pytest.mark.parametrize("text", [
    "Sudanese refugees fled to Egypt last month, and a charity flew the children to Tunis.",
    # goods told after the people only ride along with them
    "Helicopters flew wounded refugees with medicines to Tunis.",
], ids=["children", "people-with-goods"])
def test_people_flown_to_a_place_still_end_there(text):
    assert "destination" in role_of(text, "Tunis")


# ------------------------------------------------------------------ a compass word before "into"

@pytest.mark.parametrize("text", [
    "Most families stayed near the border; others went west into Chad.",
    # "reportedly": still a destination (not marked hedged)
    "Some of the refugees reportedly went west into Chad.",
    # the verb left out after a comma, and "left" with a gap
    "Some families went south to Egypt, or west into Chad.",
    "Thousands of residents left the city that night, westward into Chad.",
    # people riding on animals' carts still go
    "Most travelled on donkey carts west into Chad.",
], ids=["plain", "hedged", "verb-left-out", "left-westward", "donkey-carts"])
def test_people_going_west_into_a_country_end_there(text):
    assert "destination" in role_of(text, "Chad")


@pytest.mark.parametrize("text", [
    # negated
    "None of the families went west into Chad.",
    # nobody moves
    "The river flows west into Chad.",
    "The road from the border runs north, then west into Chad.",
    # goods and animals, not people, go into it (a story of refugees around them)
    "Families fled the fighting in Sudan. Aid trucks left the camps and drove west into Chad.",
    "Families fled the fighting in Sudan. Camels were driven west into Chad by herders.",
], ids=["negated", "river", "road", "aid-trucks", "camels"])
def test_no_destination_where_nobody_goes_into_the_country(text):
    assert "destination" not in role_of(text, "Chad")


# ------------------------------------------------------------------ a shore reached near a town

@pytest.mark.parametrize("text", [
    "Most boats were stopped at sea, but a few reached the shore unseen near Pozzallo.",
    "After two nights adrift the survivors made it to dry land at Pozzallo.",
], ids=["unseen-near", "dry-land"])
def test_a_shore_reached_near_a_town_is_a_landing_there(text):
    assert "destination" in role_of(text, "Pozzallo")


@pytest.mark.parametrize("text", [
    # negated
    "The boat never reached the shore near Pozzallo.",
    # only a place the shore is measured from, no one reaching it
    "The shore near Pozzallo is rocky and patrolled at night.",
], ids=["negated", "no-one-reached"])
def test_no_landing_where_no_boat_reached_the_shore(text):
    assert "destination" not in role_of(text, "Pozzallo")


# ------------------------------------------------------------------ left a named place's airport for X

@pytest.mark.parametrize("text", [
    "Another 200 migrant workers left Tunis's airport on Monday morning for Italy.",
    "The seasonal workers left the capital's airport early on Monday for Italy.",
], ids=["named-airport", "capital"])
def test_a_departure_for_a_country_after_a_long_gap_ends_there(text):
    assert "destination" in role_of(text, "Italy")


@pytest.mark.parametrize("text", [
    # negated
    "No migrant workers left Tunis's airport on Monday morning for Italy.",
    # "for" starts no place: the reason for going, with the place after it
    "The migrant workers left Tunis's airport on Monday morning for jobs and never saw Italy.",
], ids=["negated", "for-jobs"])
def test_no_destination_where_the_departure_is_not_for_the_place(text):
    assert "destination" not in role_of(text, "Italy")


# ------------------------------------------------------------------ taken on to family in a place

@pytest.mark.parametrize("text, place", [
    ("The asylum seekers expected to be taken on to relatives in Rome.", "Rome"),
    ("Several of the migrants told police they wanted to join relatives in Sicily or in mainland Italy.",
     "Italy"),
], ids=["taken-on", "or-in-mainland"])
def test_family_people_are_taken_to_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text", [
    # money moves, people do not
    "The migrant workers sent money to their families in Tunis every month.",
    # a return home, no destination
    "The migrants were taken back to their families in Tunis.",
    # negated
    "The asylum seekers were never taken on to relatives in Tunis.",
    # their letters, not they, are carried there
    "Eritrean refugees reached Sicily last year. A volunteer carried their letters to relatives in Tunis.",
], ids=["money", "back", "negated", "letters"])
def test_no_destination_where_no_one_is_taken_to_family(text):
    assert "destination" not in role_of(text, "Tunis")
