"""Roles of migration told in plain words (session 22): a person introduced by age and home, where
an escape happened, a shelter or care home, the workplaces of a place, a landing on a beach.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of, roles


# ------------------------------------------------------------------ a person introduced by age and home

@pytest.mark.parametrize("text", [
    "Yonas, 27, from a village outside Agadez, said the driver left them in the sand.",
    "Yonas, 27, from a village in Agadez region, said the driver left them in the sand.",
    "Yonas, who is 27 and from Agadez, said the driver left them in the sand.",
    # hedged: still where he is from
    "Yonas, 27, from a village near Agadez, said he may have been sold twice.",
], ids=["village-outside", "village-in", "who-is-and-from", "hedged"])
def test_a_person_introduced_by_age_is_from_the_place_named(text):
    assert "origin" in role_of(text, "Agadez")


@pytest.mark.parametrize("text", [
    # a distance, not a person's age and home
    "The camp, 27 kilometres from Agadez, was full.",
    # negated: not his home
    "Yonas, who is 27 and not from Agadez, said the driver left them in the sand.",
], ids=["distance", "negated"])
def test_a_number_before_from_that_is_no_age_gives_no_origin(text):
    assert "origin" not in role_of(text, "Agadez")


# ------------------------------------------------------------------ where an escape happened

@pytest.mark.parametrize("text", [
    "One of the women escaped in Tripoli and called an aid group.",
    "Two of them fled in Tripoli when the guards were asleep.",
], ids=["escaped-in", "fled-in"])
def test_an_escape_in_a_place_is_no_origin(text):
    assert "origin" not in role_of(text, "Tripoli")


@pytest.mark.parametrize("text", [
    "They escaped from a camp in Sudan.",
    "They fled the fighting in Sudan.",
    # hedged
    "They probably fled the fighting in Sudan.",
], ids=["escaped-from", "fled-war-in", "hedged"])
def test_what_people_fled_in_a_place_still_makes_it_an_origin(text):
    assert "origin" in role_of(text, "Sudan")


# ------------------------------------------------------------------ a shelter or care home

@pytest.mark.parametrize("text", [
    "The girls spent months in a shelter home in Tripoli before the hearing.",
    "She wants to work in a care home in Rome.",
], ids=["shelter", "care"])
def test_a_shelter_or_care_home_is_no_home(text):
    got = roles(picture(CONTEXT + text))
    assert "origin" not in got.get("Tripoli", set()) | got.get("Rome", set())


def test_a_home_in_a_place_is_still_a_home():
    assert "origin" in role_of("They left their home in Sudan two years ago.", "Sudan")


# ------------------------------------------------------------------ the workplaces of a place

@pytest.mark.parametrize("text", [
    "Many now work in the greenhouses of Sicily.",
    # (a mover named: going to a workplace needs people, not goods, in its sentence)
    "Some of the workers went on to the farms of Sicily.",
    # hedged
    "Some may be working in the greenhouses of Sicily.",
], ids=["work-in", "went-to", "hedged"])
def test_the_workplaces_of_a_place_are_where_people_went(text):
    assert "destination" in role_of(text, "Sicily")


@pytest.mark.parametrize("text", [
    # negated
    "They did not work in the greenhouses of Sicily.",
    # goods, not people
    "The melons are grown in the greenhouses of Sicily.",
], ids=["negated", "goods"])
def test_workplaces_no_one_reached_give_no_destination(text):
    assert "destination" not in role_of(text, "Sicily")


# ------------------------------------------------------------------ a landing on a beach

@pytest.mark.parametrize("text", [
    "Thirty people came ashore before dawn on Sunday on the beach of Lampedusa.",
    "Others land on the shore near Lampedusa at night.",
    # hedged
    "The boat probably landed on a beach near Lampedusa.",
], ids=["came-ashore", "land-on-shore", "hedged"])
def test_a_landing_on_a_beach_is_an_arrival_there(text):
    got = role_of(text, "Lampedusa")
    assert "destination" in got and "launch_point" not in got


@pytest.mark.parametrize("text, place, role", [
    # negated: no landing there
    ("The boat did not land on the beach of Lampedusa.", "Lampedusa", "destination"),
    # distractor: the beach is where they set off, the landing comes after
    ("They waited on the beach near Sfax for two nights, then landed in Sicily.", "Sfax", "destination"),
], ids=["negated", "beach-left"])
def test_a_beach_no_one_landed_on_is_no_arrival(text, place, role):
    assert role not in role_of(text, place)


# ------------------------------------------------------------------ the highlands or hills of a place

@pytest.mark.parametrize("text", [
    "Most come from the highlands of Sudan.",
    "Most come from the hills of Sudan.",
    # hedged
    "Most probably come from the mountains of Sudan.",
], ids=["highlands", "hills", "hedged"])
def test_people_from_the_highlands_of_a_place_are_from_it(text):
    assert "origin" in role_of(text, "Sudan")


@pytest.mark.parametrize("text", [
    # negated
    "None of them comes from the highlands of Sudan.",
    # distractor: a place seen, no one's home
    "The road climbs into the mountains of Sudan.",
], ids=["negated", "road"])
def test_highlands_no_one_comes_from_are_no_origin(text):
    assert "origin" not in role_of(text, "Sudan")
