"""Roles: people who came a compass way from a country ("had come north from X":
their home again since session 33, origin.came_on; a town is a launch point, launch.came_on), not a speaker's birthplace ("the X-born governor"), and a
place people were kept in on the way when their own sentence moves them on ("held in X for
months, then taken on to Y": roles._kept_then_moved, a stop on the way, not only a route's
start). Each with distractors: goods on the move, children born abroad, custody before a
removal, a flight home.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from extract_helpers import REPORTED, annotate, picture, roles
from extract_helpers import reported_role_of as role_of

from geomig.picture import extract


# ------------------------------------------------------------------ came a compass way from X

# (session 32 read these as legs; session 33 keeps a country as the people's home unless the
# text gives them another: origin.came_on, tests/test_picture_roles_departure_origin_apart.py; a town
# people came on from is a stop: launch.came_on, tests/test_picture_roles_departure_wording.py)
@pytest.mark.parametrize("text, place", [
    ("Most of the passengers had come north from Niger, the coast guard said.", "Niger"),
    ("Most of the families had come south-west from Chad over several weeks.", "Chad"),
    ("Many of the women had come overland from Sudan before the boat left.", "Sudan"),
], ids=["north", "south-west", "overland"])
def test_people_who_came_a_compass_way_from_a_country_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # goods, not people
    ("The trucks came north from Niger loaded with onions.", "Niger"),
    # the wind, not people
    ("A dust storm came north from Chad on Tuesday and closed the road.", "Chad"),
], ids=["goods", "weather"])
def test_things_that_came_a_compass_way_give_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ------------------------------------------------------------------ X-born

def hyphenated_picture(text: str):
    """The picture of a text told after REPORTED, whose "X-born" names are geocoded too (the
    fixture gazetteer reads whole words only): geocoded with the hyphen as a space, read as
    written."""
    full = REPORTED + text
    doc = annotate(full.replace("-born", " born"))
    return extract([replace(doc, text=full)])


@pytest.mark.parametrize("text, place", [
    # an official's or a speaker's birthplace is no origin of the people who move
    ("The Texas-born governor said buses would carry the migrants from Eagle Pass to Chicago.", "Texas"),
    ("The London-born minister said 300 people crossed from France to Dover on Sunday.", "London"),
], ids=["governor", "minister"])
def test_a_speakers_birthplace_gives_no_origin(text, place):
    assert "origin" not in roles(hyphenated_picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    # children born where their parents went
    ("The family crossed from Libya years ago; their Italy-born children go to school in Rome.", "Italy"),
    ("She reached Malta in 2015 and now has an Italy-born son.", "Italy"),
], ids=["their-children", "a-son"])
def test_children_born_where_their_parents_went_give_no_origin(text, place):
    assert "origin" not in roles(hyphenated_picture(text)).get(place, set())


# ------------------------------------------------------------------ kept in X, then moved on

@pytest.mark.parametrize("text, place", [
    ("The women were held in Sebha for months, then taken on to Tripoli.", "Sebha"),
    ("The men were locked up in Kufra until their families paid, and then driven to Benghazi.", "Kufra"),
    ("The group was held in Agadez for three weeks before being flown on to Rome.", "Agadez"),
], ids=["then-taken-on", "until-then-driven", "before-being-flown"])
def test_a_place_people_were_kept_in_then_moved_on_from_is_a_stop_on_the_way(text, place):
    assert "transit" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # custody before a removal: no stop on the way
    ("The men were held at a detention centre in Sebha, then flown back to Nigeria.", "Sebha"),
    ("The women were held by police in Sebha, then driven to Tripoli.", "Sebha"),
    # a flight home
    ("The women were held in Sebha for months, then flown home to Nigeria.", "Sebha"),
    # denied
    ("The women were not held in Sebha, then taken on to Tripoli.", "Sebha"),
    # nothing named after the place
    ("The women were held in Sebha for months, then released.", "Sebha"),
], ids=["detention-centre", "police", "home", "denied", "no-stop-after"])
def test_custody_a_way_home_or_no_stop_after_keeps_the_place_off_the_way(text, place):
    assert "transit" not in role_of(text, place)
