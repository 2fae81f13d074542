"""Roles: where people come from, told by how a report names them: people who have arrived
from a place (origin.people_arrived_from: "thousands of people have arrived from X"), a person the
report quotes, introduced by home (origin.speaker_from: "said Esther, 34, from X", "one farmer from
Y said"), people named by the place they left (origin.displaced_of_place: "the displaced of X";
origin.people_of_place: "the people of Y are still waiting to go home"). Each is tested with
negation, hedging and distractors (a flow through a town on the way, a truck or a flight,
officials and helpers quoted, hosts). Where someone died at home is no origin (none.died_at_home,
whose slot takes its place with no role).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import origin_claims_at as claims_at
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.people_arrived_from ----------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Tens of thousands of people have arrived from Oruro in the last three weeks.", "Oruro"),
    ("Families arriving from the Potosi area sleep in schools.", "Potosi"),
    ("Everyone arriving from Bolivia had to prove they were a refugee.", "Bolivia"),
], ids=["people-have-arrived", "families-arriving", "everyone-arriving"])
def test_people_who_arrived_from_a_place_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


def test_a_denied_arrival_gives_no_origin():
    assert "origin" not in role_of("No families have arrived from Oruro this week, officials said.", "Oruro")


def test_a_hedged_arrival_stays_hedged():
    claims = claims_at("Thousands of people have reportedly arrived from Oruro since Monday.", "Oruro")
    assert claims and all(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    # the plain present: a flow through a town on the way
    "About 90 people arrive from Oruro each week and cross at night.",
    # the way they came: a leg's start
    "Families who arrived by truck from Oruro were registered.",
    # a flight: where it took off
    "Passengers arriving from Oruro on the morning flight were checked at the airport.",
    # a place reached after it: a leg from where they set off
    "Families arriving from Oruro reached Salta at dawn.",
], ids=["plain-present", "by-truck", "flight", "reached-after"])
def test_arrivals_told_as_a_leg_give_no_origin(text):
    assert "origin" not in role_of(text, "Oruro")


# ---- origin.speaker_from -----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ('"We thought the city would be safe," said Esther, 34, from Oruro.', "Oruro"),
    ("One farmer from Uyuni said he had been sent back twice.", "Uyuni"),
    ('"We want to go on," one man from Potosi told us.', "Potosi"),
], ids=["said-name-age", "one-farmer-said", "one-man-told-us"])
def test_a_person_quoted_by_home_comes_from_it(text, place):
    assert role_of(text, place) == {"origin"}


def test_a_hedged_quote_stays_hedged():
    claims = claims_at("Reportedly, one farmer from Uyuni said he had been sent back twice.", "Uyuni")
    assert claims and all(c.hedged for c in claims)


@pytest.mark.parametrize("text", [
    # denied
    "No farmer from Uyuni said he wanted to leave.",
    # a body of the place, and a helper quoted
    "A nurse from Uyuni hospital says the main problems are diarrhoea.",
    "A volunteer from Uyuni said the camp was full.",
    # a local on the shore who found the boats
    "A fisherman from Uyuni says he towed two boats to the bank last week.",
], ids=["negated", "hospital", "volunteer", "local-fisherman"])
def test_no_origin_for_a_denied_quote_or_a_helper(text):
    assert "origin" not in role_of(text, "Uyuni")


# ---- origin.displaced_of_place, origin.people_of_place ----------------------------------------

@pytest.mark.parametrize("text, place", [
    ("I ask that the displaced of Oruro be counted honestly.", "Oruro"),
    ("Fifteen years on, the people of Potosi are still waiting to go home.", "Potosi"),
    ("The removal of the people of Uyuni to Salta took two weeks.", "Uyuni"),
], ids=["displaced-of", "people-of-waiting", "removal-of-people-of"])
def test_people_named_by_the_place_they_left_come_from_it(text, place):
    assert "origin" in role_of(text, place)


def test_a_hedged_count_of_the_displaced_stays_hedged():
    claims = claims_at("Reportedly, the displaced of Oruro now number 5,000.", "Oruro")
    assert claims and all(c.hedged for c in claims)


@pytest.mark.parametrize("text, place", [
    # denied
    ("None of the displaced of Oruro have been counted.", "Oruro"),
    ("The people of Potosi have not left their homes.", "Potosi"),
    # hosts, not those who left
    ("The district commissioner thanks the people of Salta for their hospitality to the displaced.",
     "Salta"),
], ids=["none-of", "have-not-left", "hosts"])
def test_no_origin_for_people_who_stayed_or_host(text, place):
    assert "origin" not in role_of(text, place)


# ---- none.died_at_home: where a life ended is no origin ------------------------------------

@pytest.mark.parametrize("text", [
    "Rosa Quispe, who crossed the border in 1990, died on 22 November at her home in Salta.",
    # hedged: still where a life ended
    "Rosa Quispe reportedly died last week at her home in Salta.",
], ids=["died-at-home", "hedged"])
def test_the_home_someone_died_in_is_no_origin(text):
    assert "origin" not in role_of(text, "Salta")


@pytest.mark.parametrize("text, place", [
    # the birthplace told beside it keeps its role
    ("Rosa Quispe, who was born in Oruro, died on 22 November at her home in Salta.", "Oruro"),
    # not a death: a home people fled
    ("Families who fled their home in Oruro after the floods now live in tents.", "Oruro"),
], ids=["born-beside", "home-fled"])
def test_other_homes_keep_their_origin(text, place):
    assert "origin" in role_of(text, place)
