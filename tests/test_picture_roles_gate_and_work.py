"""Roles: texts the document gate missed (a visa ballot, a recruiter's lure, papers
checked at a border, a visitor's visa overstayed), a place a scheme would let people settle in
(an end open to them, no route), work told with its length ("worked for 18 months in a quarry
outside X", "a year and a half", "for two years as a driver in Y"), and places to keep silent on:
a local at work (a worker of the place's own nationality: `own_workers`), an airline's or a tour
operator's destinations ([settings] not_movers), where people are just back from ("a young woman
back from X": [settings] return_from_before).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import dataclasses

import pytest
from extract_helpers import CONTEXT, picture, role_of, roles
from test_picture_routes_stated import routes

from geomig.picture import cues

#: Filler that makes a text long (past [document] short_chars) and says nothing.
_CALM = " The weather was mild and the market was busy all week long." * 20


# ------------------------------------------------------------------ the document gate

@pytest.mark.parametrize("text", [
    # a visa drawn by lot, and people settling abroad to live and work
    "The island's young enter the visa ballot every spring. Up to 300 a year may settle in Canada "
    "to live and work, and the quota is always full.",
    # a recruiter's lure and passports kept by the employer
    "She answered an advert for a work and study programme abroad. At the plant the managers took "
    "our passports on the first day and kept them for a year.",
    # papers checked at a border, and a visitor's visa overstayed
    "At the crossing the border police look at your passport and ask where you are going. Before, "
    "many of us went with a tourist visa and stayed for ten years.",
], ids=["visa-ballot-settle", "lure-passports", "papers-overstay"])
def test_a_migration_story_told_in_other_words_is_on_topic(text):
    lex = cues.default()
    assert lex.on_topic(text + _CALM)
    # ... because of topic_moved: without it the story is silent
    assert not dataclasses.replace(lex, topic_moved=(), topic_model_min=0.0).on_topic(text + _CALM)


@pytest.mark.parametrize("text", [
    # a college's work-study program, a police officer checking a driver's licence
    "Students on the federal work-study program earn eleven dollars an hour. Police checked his "
    "papers at the traffic stop and let him go.",
    # a hotel's guests settling in to watch a match; a lottery of concert tickets
    "Fans settled in the bar to watch the final. The ticket ballot for the concert closed on Friday.",
], ids=["work-study-police", "fans-ballot"])
def test_work_study_a_traffic_stop_or_a_ticket_ballot_are_not_migration(text):
    assert not cues.default().on_topic(text + _CALM)


# ------------------------------------------------------------------ an end open, not reached

def test_a_place_a_scheme_would_let_people_settle_in_is_a_destination_of_no_route():
    pic = picture(CONTEXT + "Up to 280 Eritreans a year would be able to settle in Italy under a new scheme.")
    assert "destination" in roles(pic).get("Italy", set()), roles(pic)
    assert not any("Italy" in r for r in routes(pic)), routes(pic)


@pytest.mark.parametrize("text, place", [
    ("They were allowed to land in Lampedusa on Sunday.", "Lampedusa"),
    # allowed_before's own verb, told as done (no modal): an arrival
    ("In May they were allowed to settle in Malta.", "Malta"),
], ids=["land", "settle-no-modal"])
def test_people_allowed_to_land_still_arrive(text, place):
    pic = picture("Eritrean migrants left Zuwara by boat. " + text)
    assert any(place in r for r in routes(pic)), routes(pic)


# ------------------------------------------------------------------ work told with its length

@pytest.mark.parametrize("text, place", [
    ("He worked for 18 months in a quarry outside Tunis.", "Tunis"),
    ("She worked a year and a half in a car wash in Rome.", "Rome"),
    ("Her brother worked for two years as a driver in Rome.", "Rome"),
], ids=["for-18-months", "year-and-a-half", "years-as-a-driver"])
def test_work_told_with_its_length_makes_a_destination(text, place):
    assert "destination" in role_of(text, place)


# ------------------------------------------------------------------ a local at work

@pytest.mark.parametrize("text, place", [
    ("Youssef, a Tunisian engineer, worked for twenty years in a factory in Sfax.", "Sfax"),
    ("The Libyan owner has worked for decades in a bakery in Tripoli.", "Tripoli"),
    ("A Libyan baker worked in Tripoli for thirty years.", "Tripoli"),
], ids=["engineer", "owner", "work-history"])
def test_a_worker_of_the_places_own_nationality_gives_it_no_role(text, place):
    assert not role_of(text, place), role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a migrant of another nationality stays a migrant
    ("Youssef, a Sudanese engineer, worked for twenty years in a factory in Sfax.", "Sfax"),
    # migrants named by the place's own nationality abroad still work there
    ("Tunisian migrants worked for years in factories in Tunis.", "Tunis"),
], ids=["other-nationality", "own-nationality-migrants"])
def test_a_worker_from_elsewhere_still_makes_a_destination(text, place):
    assert "destination" in role_of(text, place)


# ------------------------------------------------------------------ airlines and tour operators

@pytest.mark.parametrize("text, place", [
    ("The low-cost carrier added new destinations in Italy.", "Italy"),
    ("The airline flies to Rome, Tunis and other destinations in Europe.", "Rome"),
    ("The airline flies to Rome, Tunis and other destinations in Europe.", "Europe"),
], ids=["added-destinations", "flies-to", "destinations-in"])
def test_an_airlines_destinations_move_no_one(text, place):
    assert "destination" not in role_of(text, place)


def test_migrants_an_airline_flies_still_go_there():
    assert "destination" in role_of("The airline flew 150 migrants to Rome last week.", "Rome")


# ------------------------------------------------------------------ just back from a place

@pytest.mark.parametrize("text, place", [
    ("A young woman back from Libya spoke to us in the capital.", "Libya"),
    ("Workers home from Tunisia say the wages have fallen.", "Tunisia"),
], ids=["woman-back-from", "workers-home-from"])
def test_where_people_are_just_back_from_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)
