"""Custody scoped to the event of the place: a cue's `unless` custody
context is read in the clause of the hit's places, not of its whole match; "after" opens the
clause of an earlier event and "until" closes one before a later event, each one way only
(a custody told before the place's event still silences it).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles


@pytest.mark.parametrize("text, place", [
    # the landing came first, the arrest after it
    ("Twenty Tunisian migrants were taken into custody after landing near Pozzallo on Tuesday.", "Pozzallo"),
    ("Four of the Tunisian migrants had already been returned to Tunisia in June, after an arrival at Pozzallo.",
     "Pozzallo"),
    # the arrest is a later event
    ("The Eritrean asylum seeker went to Rome and worked in a bakery until he was arrested by police.", "Rome"),
    # a custody stay of hours opening the sentence
    ("After 72 hours in police custody in Pozzallo, most of the Eritrean migrants travel on to Rome.", "Rome"),
], ids=["after-landing", "after-an-arrival", "until-arrested", "hours-in-custody"])
def test_a_custody_of_another_event_does_not_silence_the_place(text, place):
    assert roles(picture(text)).get(place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # the interception came first: the move to the place is a transfer in custody
    ("Police took the Tunisian migrants to Misrata after they were intercepted at sea.", "Misrata"),
    # the same clause as the place holds the custody (the distractor: a landing before it)
    ("The Tunisian migrants were arrested after landing on Lampedusa and taken to Pozzallo by police.", "Pozzallo"),
    # negated
    ("The Tunisian migrants were taken into custody by police after they failed to reach Lampedusa.", "Lampedusa"),
    # "after that" and "after it left" tell no earlier event of their own (review)
    ("Police detained the Tunisian migrants in Misrata, and after that they were flown to Pozzallo.", "Pozzallo"),
    ("Coast guards intercepted the boat after it left Misrata and took the Tunisian migrants to Pozzallo.",
     "Pozzallo"),
], ids=["earlier-interception", "own-clause", "negated", "after-that", "after-it-left"])
def test_a_custody_of_the_place_own_or_earlier_event_still_silences_it(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())


def test_a_hedged_landing_before_an_arrest_stays_hedged():
    text = "Twenty Tunisian migrants were taken into custody after reportedly landing near Pozzallo on Tuesday."
    found = [f for f in picture(text).features if f.name == "Pozzallo" and f.role == "destination"]
    assert found and all(c["hedged"] for f in found for c in f.properties.get("claims", []))


# ------------------------------------------------------------------ a stay of years is where people lived

_OPENING = "Thousands of Nigerian migrants leave every year. "


def test_a_stay_of_years_after_the_place_is_where_people_lived():
    text = _OPENING + "At twenty he went to Libya, where he spent four years at a glove factory in Misrata."
    assert roles(picture(text)).get("Libya") == {"destination"}


@pytest.mark.parametrize("text", [
    # the text goes on from it: a stop on the way
    "At twenty he went to Libya, where he spent four years at a factory, before crossing to Italy.",
    "He went to Libya, where he spent two weeks, then crossed to Italy.",
    # stuck there for years: waiting to go on
    "At twenty he went to Libya, where he was stuck for four years.",
], ids=["goes-on", "weeks-then", "stuck"])
def test_a_stay_the_text_goes_on_from_or_waits_in_stays_a_stop(text):
    assert roles(picture(_OPENING + text)).get("Libya") == {"transit"}


def test_a_stay_of_years_denied_or_hedged():
    denied = _OPENING + "At twenty he did not go to Libya, where his brother spent four years."
    assert "destination" not in roles(picture(denied)).get("Libya", set())
    hedged = _OPENING + "At twenty he reportedly went to Libya, where he spent four years at a factory."
    found = [f for f in picture(hedged).features if f.name == "Libya" and f.role == "destination"]
    assert found and all(c["hedged"] for f in found for c in f.properties.get("claims", []))


# ------------------------------------------------------------------ "X, where they have relatives"

_FLED = "Thousands of Sudanese refugees fled Sudan this year. "


@pytest.mark.parametrize("text", [
    "Many continued down the highway to Benghazi, where they have relatives.",
    "Many continued down the highway to Benghazi, where most now live in rented rooms.",
], ids=["relatives", "now-live"])
def test_a_stop_where_people_settle_ends_the_journey(text):
    assert roles(picture(_FLED + text)).get("Benghazi") == {"destination"}


@pytest.mark.parametrize("text", [
    # a stay on the way, and a stop named after it
    "Many continued down the highway to Benghazi, where they waited for buses to Tripoli.",
    "Many continued down the highway to Benghazi, where they have relatives, and then on to Tripoli.",
    # denied
    "Many continued down the highway to Benghazi, where they have never lived.",
    # hedged
    "Many reportedly continued down the highway to Benghazi, where they have relatives.",
    # others live or work there, not the movers
    "Many continued down the highway to Benghazi, where the police work in pairs.",
    # a move on still to come in the sentence, or a stay that is no settling (review)
    "Many continued down the highway to Benghazi, where they settled in camps before trying to reach Tripoli.",
    "Many continued down the highway to Benghazi, where they found work for a few weeks to pay smugglers.",
    "Many continued down the highway to Benghazi, where they became stranded.",
    "Many continued down the highway to Benghazi, where they have no relatives.",
], ids=["waited", "then-on", "never", "hedged", "others-work", "before-trying", "few-weeks", "stranded",
        "no-relatives"])
def test_a_stop_that_is_no_settling_stays_a_stop(text):
    assert "destination" not in roles(picture(_FLED + text)).get("Benghazi", set())


def test_a_place_settled_in_that_people_leave_later_stays_a_stop():
    text = _FLED + "Many continued down the highway to Benghazi, where they have relatives. From Benghazi they sailed to Malta."
    assert "destination" not in roles(picture(text)).get("Benghazi", set())


# ------------------------------------------------------------------ a share sent elsewhere, its verb left out

_REACHED = "Thousands of Nigerian migrants reached Libya this year. "


def test_a_share_with_its_verb_left_out_goes_to_a_destination_too():
    found = roles(picture(_REACHED + "Twenty-six per cent were bound for Tripoli and 9 per cent for Benghazi."))
    assert found.get("Tripoli") == {"destination"} and found.get("Benghazi") == {"destination"}


def test_a_share_after_a_denied_destination_is_denied_too():
    found = roles(picture(_REACHED + "Twenty-six per cent were not bound for Tripoli and 9 per cent for Benghazi."))
    assert "destination" not in found.get("Benghazi", set())


def test_a_share_after_a_hedged_destination_is_hedged_too():
    pic = picture(_REACHED + "Twenty-six per cent were reportedly bound for Tripoli and 9 per cent for Benghazi.")
    found = [f for f in pic.features if f.name == "Benghazi" and f.role == "destination"]
    assert found and all(c["hedged"] for f in found for c in f.properties.get("claims", []))


def test_a_distance_after_a_destination_is_no_share():
    found = roles(picture(_REACHED + "Twenty-six per cent were bound for Tripoli, 30 km from Zawiya."))
    assert "destination" not in found.get("Zawiya", set())
