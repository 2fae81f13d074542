"""Roles, session 31: origins told as people who came a compass way from a place ("had come
north from X", origin.fled) or as a person born there ("an X-born driver", origin.fled), and a
place people were kept in on the way when their own sentence moves them on ("held in X for
months, then taken on to Y": roles._kept_then_moved, a stop on the way, not only a route's
start), and where people paid or met the agent who arranged their journey ("paid a smuggler
in X", launch.arranged: a launch point, no stop of its own). Each with distractors: goods on
the move, children born abroad, custody before a removal, a flight home, border agents.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from extract_helpers import REPORTED, annotate, picture, roles
from extract_helpers import reported_role_of as role_of

from geomig.picture import extract


# ------------------------------------------------------------------ came a compass way from X

@pytest.mark.parametrize("text, place", [
    ("Most of the passengers had come north from Niger, the coast guard said.", "Niger"),
    ("Most of the families had come south-west from Chad over several weeks.", "Chad"),
    ("Many of the women had come overland from Sudan before the boat left.", "Sudan"),
], ids=["north", "south-west", "overland"])
def test_people_who_came_a_compass_way_from_a_place_come_from_it(text, place):
    assert "origin" in role_of(text, place)


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
    ("Musa, an Agadez-born driver, crossed the desert into Libya last spring.", "Agadez"),
    ("The Tripoli-born tailor now lives in Rome.", "Tripoli"),
], ids=["apposition", "subject"])
def test_a_person_born_in_a_place_comes_from_it(text, place):
    assert "origin" in roles(hyphenated_picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    # children born where their parents went
    ("The family crossed from Libya years ago; their Italy-born children go to school in Rome.", "Italy"),
    ("She reached Malta in 2015 and now has an Italy-born son.", "Italy"),
], ids=["their-children", "a-son"])
def test_children_born_where_their_parents_went_give_no_origin(text, place):
    assert "origin" not in roles(hyphenated_picture(text)).get(place, set())


def test_a_birthplace_names_its_own_words():
    pic = hyphenated_picture("Musa, an Agadez-born driver, crossed the desert into Libya last spring.")
    claims = [c for f in pic.features if f.name == "Agadez" and f.role == "origin"
              for c in f.properties["claims"]]
    assert claims and claims[0]["words"] == "Agadez-born"


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


# ------------------------------------------------------------------ where the journey was arranged

@pytest.mark.parametrize("text, place", [
    ("He paid a smuggler in Agadez the equivalent of 800 dollars for a seat on a pick-up.", "Agadez"),
    ("The brothers had paid 3,000 dollars each in Sfax, weeks before the boat left.", "Sfax"),
    ("She paid a broker in Tunis for a visa and a flight to Rome.", "Tunis"),
], ids=["paid-a-smuggler", "paid-a-sum", "paid-a-broker"])
def test_where_people_paid_for_their_journey_is_a_launch_point(text, place):
    assert "launch_point" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied
    ("He never paid an agent in Agadez; a cousin drove him north.", "Agadez"),
    # officers, not an agent paid for a journey
    ("Border agents in Agadez were paid a bonus for every truck they stopped.", "Agadez"),
    # an agent's office named, no payment for a journey
    ("The travel agent in Tunis closed its doors last year.", "Tunis"),
    # an agent who arranged, no payment told: as often a hometown as a launch point
    ("An agent in Tunis arranged her visa and a flight to Rome.", "Tunis"),
    # papers bought, no journey told
    ("He paid a recruiter in Dhaka for a work permit that never came.", "Dhaka"),
    ("They paid 2,000 dollars in Kabul for forged passports.", "Kabul"),
], ids=["denied", "border-agents", "no-payment", "agent-arranged", "papers", "papers-sum"])
def test_no_payment_or_arranging_gives_no_launch_point(text, place):
    assert "launch_point" not in role_of(text, place)


def test_where_a_journey_was_arranged_starts_no_route():
    # the text says where the trip was paid for, not that a leg starts there
    pic = picture(REPORTED + "He paid a smuggler in Agadez the equivalent of 800 dollars. The boat reached Lampedusa.")
    routes = [f for f in pic.features if f.role == "route"]
    assert all("Agadez" not in f.name for f in routes)
