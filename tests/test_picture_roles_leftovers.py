"""Wordings that gave a role no one stated, or doubted what no one doubted, or missed one
(session 21): agencies and companies that come "to work in" a place, tourist arrivals,
suspected smugglers, plans given up or hardly anyone's, deportation flights and "X, from where they were
deported"; "new arrivals from X" (where they come from), "the rest of X" and "banned from X"
(no one's home); a life dreamt of somewhere, "Their goal: X"; a walk into a country said by its
verb, a stay in a shelter in a town.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


# ------------------------------------------------------------------ "to work in X"

@pytest.mark.parametrize("text", [
    CONTEXT + "Thousands of young men cross each year to work in Libya.",
    # an agency that recruits people: the people go
    CONTEXT + "Agencies in Tunis recruit young women to work in Libya.",
    CONTEXT + "The company hires migrants to work in Libya on building sites.",
], ids=["people", "agency-recruits-people", "company-hires-migrants"])
def test_people_who_go_to_work_in_a_place_go_there(text):
    assert roles(picture(text)).get("Libya") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "Several aid agencies have come to work in Libya since the floods.",
    CONTEXT + "An Italian construction company went to work in Libya last year.",
    CONTEXT + "The charity sent a team of doctors to work in Libya.",
    # negated
    CONTEXT + "None of them wanted to work in Libya.",
], ids=["agencies", "company", "charity-team", "negated"])
def test_an_agency_or_a_company_going_to_work_in_a_place_is_no_migration(text):
    assert "destination" not in roles(picture(text)).get("Libya", set())


# ------------------------------------------------------------------ tourist arrivals

def test_tourist_arrivals_from_a_place_are_no_departure_from_it():
    found = roles(picture(CONTEXT + "Tourist arrivals from Tunisia rose by a tenth this year."))
    assert "launch_point" not in found.get("Tunisia", set())
    assert "transit" not in found.get("Tunisia", set())


def test_arrivals_of_people_from_a_place_still_leave_it():
    text = "Smugglers crowd migrants into boats at night. Boats arriving from Tunisia landed 300 people on Lampedusa."
    assert roles(picture(text)).get("Tunisia") == {"launch_point"}


# ------------------------------------------------------------------ suspected smugglers

@pytest.mark.parametrize("words", ["suspected smugglers", "alleged traffickers", "suspected boat drivers"])
def test_a_doubt_about_the_smugglers_hedges_nothing_the_migrants_did(words):
    text = f"Two {words} were among the 40 Eritrean migrants who landed on Lampedusa."
    dest = [f for f in picture(text).features if f.role == "destination" and f.name == "Lampedusa"]
    assert dest and not dest[0].properties["hedged"]


@pytest.mark.parametrize("text", [
    "The 40 Eritrean migrants are suspected to have landed on Lampedusa.",
    "The 40 Eritrean migrants allegedly landed on Lampedusa.",
], ids=["suspected-to", "allegedly"])
def test_a_doubt_about_the_landing_still_hedges_it(text):
    dest = [f for f in picture(text).features if f.role == "destination" and f.name == "Lampedusa"]
    assert dest and dest[0].properties["hedged"]


# ------------------------------------------------------------------ plans given up

@pytest.mark.parametrize("text", [
    CONTEXT + "Most had abandoned plans to reach Italy after months in Tunis.",
    CONTEXT + "Many gave up hope of getting to Italy and stayed in Tunis.",
], ids=["abandoned-plans", "gave-up-hope"])
def test_a_plan_given_up_names_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "Few want to stay in Tunis.",
    CONTEXT + "Few of them plan to settle in Tunis.",
    CONTEXT + "Hardly anyone intends to stay in Tunis.",
], ids=["few-want", "few-of-them-plan", "hardly-anyone"])
def test_a_stay_hardly_anyone_wants_names_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Tunis", set())


@pytest.mark.parametrize("text", [
    CONTEXT + "A few want to stay in Tunis.",
    CONTEXT + "Quite a few plan to settle in Tunis.",
], ids=["a-few-want", "quite-a-few-plan"])
def test_a_stay_some_want_is_a_destination(text):
    assert "destination" in roles(picture(text)).get("Tunis", set())


def test_few_who_reach_a_place_still_reach_it():
    # "few" counts arrivals there, it denies no arrival
    text = CONTEXT + "Few reach Agadez before the rains."
    assert "destination" in roles(picture(text)).get("Agadez", set())


def test_people_abandoned_on_the_way_still_reach_a_place():
    # the smugglers abandoned people, not a plan: the arrival stands
    text = CONTEXT + "Smugglers abandoned the migrants in the desert before they reached Agadez."
    assert "destination" in roles(picture(text)).get("Agadez", set())


# ------------------------------------------------------------------ "walked into X"

@pytest.mark.parametrize("text", [
    "Twelve Sudanese refugees walked into Libya at night.",
    "Most of the refugee families waded into Libya across a dry riverbed.",
    "Two Sudanese migrants swam into Libya across the river.",
], ids=["walked", "waded", "swam"])
def test_a_walk_into_a_country_enters_it(text):
    assert roles(picture(text)).get("Libya") in ({"destination"}, {"transit"})


@pytest.mark.parametrize("text", [
    "Twelve Sudanese refugees did not walk into Libya.",
    # a building of the country, not the country
    "Sudanese refugees protested as the minister walked into Libya's parliament.",
], ids=["negated", "possessive"])
def test_no_entry_where_no_one_walked_into_the_country(text):
    assert not roles(picture(text)).get("Libya")


# ------------------------------------------------------------------ a stay in a shelter

@pytest.mark.parametrize("text", [
    CONTEXT + "Before that they spent two weeks in a shelter in Tunis.",
    CONTEXT + "Before that they spent a month at a church hostel in Tunis.",
], ids=["shelter", "hostel"])
def test_a_stay_in_a_shelter_in_a_town_is_a_stop(text):
    assert roles(picture(text)).get("Tunis") == {"transit"}


@pytest.mark.parametrize("text", [
    CONTEXT + "Before that they spent two weeks in a detention centre in Tunis.",
    CONTEXT + "Before that they spent two weeks in a removal camp in Tunis.",
], ids=["detention", "removal"])
def test_a_stay_in_custody_is_no_stop_of_the_journey(text):
    assert "transit" not in roles(picture(text)).get("Tunis", set())


# ------------------------------------------------------------------ returns are no departures

@pytest.mark.parametrize("text", [
    CONTEXT + "Deportation flights from Italy land in Tunis twice a week.",
    CONTEXT + "Return flights from Italy resumed in May.",
], ids=["deportation", "return"])
def test_a_deportation_flight_from_a_place_is_no_departure_of_migrants(text):
    assert not {"launch_point", "transit"} & roles(picture(text)).get("Italy", set())


def test_flights_people_take_from_a_place_still_leave_it():
    found = roles(picture(CONTEXT + "Others took flights from Tunis to Rome."))
    assert found.get("Tunis") and found["Tunis"] <= {"launch_point", "transit"}


def test_from_where_people_are_deported_is_no_departure():
    text = CONTEXT + "They were taken to a centre in Zuwara, from where they will be deported to Niger."
    assert not {"launch_point", "transit"} & roles(picture(text)).get("Zuwara", set())


def test_from_where_boats_leave_is_still_a_departure():
    text = CONTEXT + "They reached Zuwara, from where the boats leave for Italy."
    found = roles(picture(text))
    assert found.get("Zuwara") and found["Zuwara"] <= {"launch_point", "transit"}


# ------------------------------------------------------------------ "new arrivals from X"

def test_new_arrivals_from_a_country_come_from_it():
    # (no other nationality named: with one, "Eritrean migrants ... new arrivals from Sudan",
    # Sudan is where they set off, test_picture_roles_labour_arrivals.py)
    found = roles(picture("Hundreds of migrants reached Lampedusa from Sfax this week. "
                          "New arrivals from Sudan are applying for papers in Tunis."))
    assert found.get("Sudan") == {"origin"}


def test_new_arrivals_by_boat_from_a_country_set_off_from_it():
    text = "Smugglers crowd migrants into boats. New arrivals from Libya came ashore on Lampedusa by boat."
    assert roles(picture(text)).get("Libya") == {"launch_point"}


# ------------------------------------------------------------------ no one's home

@pytest.mark.parametrize("text", [
    CONTEXT + "The crisis worries the rest of Europe.",
    CONTEXT + "Armed groups control most of Libya.",
    CONTEXT + "He is banned from Italy for five years.",
    CONTEXT + "Others were released from Libya after a month.",
], ids=["rest-of", "most-of", "banned-from", "released-from"])
def test_a_part_of_a_place_or_a_ban_from_it_is_no_origin(text):
    found = roles(picture(text))
    assert not any("origin" in found.get(p, set()) for p in ("Europe", "Libya", "Italy"))


@pytest.mark.parametrize("text,place", [
    (CONTEXT + "Most of the migrants were from Nigeria.", "Nigeria"),
    (CONTEXT + "The passengers were mostly from Sudan.", "Sudan"),
], ids=["most-of-the-migrants", "mostly-from"])
def test_people_from_a_place_still_come_from_it(text, place):
    assert roles(picture(text)).get(place) == {"origin"}


# ------------------------------------------------------------------ a life dreamt of somewhere

@pytest.mark.parametrize("text", [
    CONTEXT + "She dreams of a new life in Italy.",
    CONTEXT + "Their dream is a job in Italy.",
    CONTEXT + "Their goal: Italy.",
], ids=["dreams-of-a-life", "dream-is-a-job", "goal-colon"])
def test_a_life_dreamt_of_somewhere_is_a_destination(text):
    assert roles(picture(text)).get("Italy") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "He does not dream of a life in Italy.",
    # a place alone may be a home missed
    CONTEXT + "At night he still dreams of Eritrea.",
], ids=["negated", "place-alone"])
def test_no_destination_from_a_dream_of_no_life_there(text):
    found = roles(picture(text))
    assert "destination" not in found.get("Italy", set()) | found.get("Eritrea", set())


# ------------------------------------------------------------------ review (r2): misfires of the rules above

@pytest.mark.parametrize("text", [
    # the company only reports what people do
    CONTEXT + "The company says many Sudanese cross the desert to work in Libya.",
    # a firm that sends people of a nationality, or young men: they go
    CONTEXT + "A Tunisian firm flew 200 Egyptian welders to work in Libya.",
    CONTEXT + "A Tunis recruitment company sent 300 youths to work in Libya.",
], ids=["company-says", "firm-flew-welders", "company-sent-youths"])
def test_people_a_company_sends_or_speaks_of_go_to_work_there(text):
    assert roles(picture(text)).get("Libya") == {"destination"}


@pytest.mark.parametrize("text", [
    CONTEXT + "Many Sudanese have lost hope of reaching Italy.",
    CONTEXT + "By now most have lost all hope of a new life in Italy.",
], ids=["lost-hope-reaching", "lost-hope-life"])
def test_hope_lost_names_no_destination(text):
    assert "destination" not in roles(picture(text)).get("Italy", set())


def test_from_where_boats_leave_before_a_pushback_is_still_a_departure():
    # the return ("sent them back") comes after the departure, in a clause of its own
    text = CONTEXT + "Many waited in Zuwara, from where they sailed before dawn, only to be sent back by the coastguard."
    assert "launch_point" in roles(picture(text)).get("Zuwara", set())


@pytest.mark.parametrize("text,place", [
    ("Hundreds of migrants reached Lampedusa from Sfax. Many of Nigeria's young men have fled to Libya.", "Nigeria"),
    ("Hundreds of migrants reached Lampedusa from Sfax. Some of Sudan's refugees have reached Chad.", "Sudan"),
], ids=["many-of-nigerias-men", "some-of-sudans-refugees"])
def test_many_of_a_countrys_people_come_from_it(text, place):
    assert "origin" in roles(picture(text)).get(place, set())


def test_most_of_a_countrys_coast_is_no_origin():
    assert "origin" not in roles(picture(CONTEXT + "Armed groups control most of Libya's coast.")).get("Libya", set())


def test_an_armys_target_is_no_destination():
    assert "destination" not in roles(picture(CONTEXT + "The militia's next target: Tripoli.")).get("Tripoli", set())
