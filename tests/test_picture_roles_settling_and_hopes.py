"""Roles: destinations told in other wording — settling or working told without a
verb of motion ("later settling in X", "worked eighteen months in a quarry outside Y"), ends
hoped for or held out ("the smuggler promised them work in X", "he dreamed of Y") — and places
to keep silent on: a home dreamt of (roles._homes_dreamt_of), a holiday or a business trip
([settings] official_trip_after), custody before a transfer ([settings] kept_by_force_before).
Also "X, Y and other destinations in Z": the area is a destination too.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


# ------------------------------------------------------------------ settled or working there

@pytest.mark.parametrize("text, place", [
    ("He left Libya in 2016, later settling in Rome.", "Rome"),
    ("After two years on the road she settles permanently in Tunis.", "Tunis"),
    ("He worked eighteen months in a quarry outside Tunis.", "Tunis"),
    ("She worked for two years in a bakery in Rome.", "Rome"),
], ids=["settling", "settles", "quarry-outside", "for-years-bakery"])
def test_a_place_people_settled_or_worked_in_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("Elders were settling a land dispute in Tunis.", "Tunis"),
    ("The company worked eighteen months on a bridge in Tunis.", "Tunis"),
], ids=["settling-a-dispute", "a-company"])
def test_settling_something_or_a_company_at_work_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ hoped for or held out

@pytest.mark.parametrize("text, place", [
    ("The smuggler promised them work in Rome.", "Rome"),
    ("The women were promised jobs in Malta.", "Malta"),
    ("He dreamed of Rome.", "Rome"),
    ("As a boy she had long dreamt of Malta.", "Malta"),
], ids=["promised-them", "were-promised", "dreamed", "dreamt"])
def test_a_place_promised_or_dreamt_of_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # no one on the move is promised it
    ("The mayor promised jobs in Tunis.", "Tunis"),
    # a home missed: the people's own country (Eritreans, told by the context), or where one grew up
    ("At night he still dreams of Eritrea.", "Eritrea"),
    ("She dreams of Tripoli, where she grew up.", "Tripoli"),
], ids=["mayor", "own-country", "grew-up"])
def test_a_promise_to_no_one_or_a_home_dreamt_of_gives_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ other destinations in an area

def test_other_destinations_in_an_area_make_it_a_destination():
    text = "Most refugees leave Tunisia, heading for Italy, Malta and other destinations in Europe."
    assert "destination" in role_of(text, "Europe")


def test_holiday_destinations_in_an_area_are_no_destination():
    text = "Hotels in Tunisia compete with Malta and other holiday destinations in Europe."
    assert "destination" not in role_of(text, "Europe")


# ------------------------------------------------------------------ trips that are no migration

@pytest.mark.parametrize("text", [
    "She flew to Rome on holiday.",
    "He went to Rome on a business trip.",
], ids=["holiday", "business-trip"])
def test_a_holiday_or_a_business_trip_gives_no_destination(text):
    assert "destination" not in role_of(text, "Rome")


def test_a_flight_with_no_trip_named_is_still_a_destination():
    assert "destination" in role_of("She flew to Rome in May.", "Rome")


# ------------------------------------------------------------------ custody, then moved on

def test_people_kept_by_a_force_then_moved_are_no_stop_on_the_way():
    text = "Police held the women in Sebha for a week and then drove them to Tripoli."
    assert "transit" not in role_of(text, "Sebha")


# ------------------------------------------------------------------ the next stage, its verb left out

@pytest.mark.parametrize("text, place", [
    ("Several say they hope to reach Tunis and from there relatives in Italy.", "Italy"),
    ("We will go to Tunis to ask for papers, and after, who knows, Rome.", "Rome"),
    ("Asked about her plans, she says Tunis first, then maybe Spain.", "Spain"),
    ("Their aim was Malta, where the state runs a reception centre, and from there Rome.", "Rome"),
    ("Most want to get to Tunis and then, one day, Europe.", "Europe"),
], ids=["reach-from-there-kin", "after-who-knows", "first-then-maybe", "aim-where-from-there",
        "then-one-day"])
def test_a_next_stage_told_without_its_verb_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a way back, not a way on
    ("They hope to go back to Tripoli to see their parents, and after that maybe Misrata.", "Misrata"),
    # no journey before it: offices opened, not people going
    ("Aid agencies plan to open offices in Tunis and then Sfax.", "Sfax"),
    # the stage is denied with the rest
    ("They did not go to Tunis, and then Sfax.", "Sfax"),
    # the place is no end of a clause: a subject of its own
    ("They hope to reach Tunis to find work, and then Sfax police will let them go on.", "Sfax"),
    # prices and aid go somewhere too, no one's way
    ("The price of bread went up in Tunis and then Sfax.", "Sfax"),
    ("The food aid went to Tunis first, then Sfax.", "Sfax"),
], ids=["way-home", "no-journey", "negated", "subject", "prices-went-up", "aid-went"])
def test_no_next_stage_without_a_way_on(text, place):
    assert "destination" not in role_of(text, place)
