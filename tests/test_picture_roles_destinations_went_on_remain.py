"""Roles: destinations: a place reached is a stop on the
way, not the journey's end, when its own clause goes on with a subject of its own or a
participle to another stop ("a minibus took us to X and we flew to Y", "flying to X and taking a
bus to Y"; roles._went_on_in_clause, [settings] onward_own_subject); people who still remain in a
place, or stay there while or until something happens, wait there on the way (transit.still_in:
"the others remain in X while their claims are reviewed").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ a clause that goes on


@pytest.mark.parametrize("text, place, end", [
    ("A minibus took us to Sebha and we flew to Tripoli.", "Sebha", "Tripoli"),
    ("My brother drove me to Agadez, and I rode with three other men to Sebha.", "Agadez", "Sebha"),
    ("We took the bus to Tunis airport and we flew to Rome.", "Tunis", "Rome"),
    ("I took the bus to Kufra and a man with a car drove four of us to Benghazi.", "Kufra", "Benghazi"),
    ("They came from Chad, flying to Tunis and taking a boat to Malta.", "Tunis", "Malta"),
    # hedged by who says it: still a stop on the way
    ("A driver took them to Agadez and they later crossed to Sebha, a cousin believes.", "Agadez", "Sebha"),
], ids=["and-we-flew", "comma-and-i-rode", "airport-and", "a-man-drove", "participles", "hedged"])
def test_a_place_the_clause_goes_on_from_is_a_stop(text, place, end):
    assert role_of(text, place) == {"transit"}
    assert "destination" in role_of(text, end)


@pytest.mark.parametrize("text, place", [
    # the next leg denied or only hoped for: the place reached stays the end
    ("My brother drove me to Agadez, and we never flew to Tripoli.", "Agadez"),
    ("My brother drove me to Agadez, and we hoped to fly to Tripoli.", "Agadez"),
    # a way back is no way on
    ("My brother drove me to Agadez, and he drove back to Sebha alone.", "Agadez"),
    # others of the group go elsewhere: a split, each to its own end
    ("Some families went to Tunis and the others went to Sfax.", "Tunis"),
    # a landing stays an arrival
    ("The boat landed at Lampedusa and they took a ferry to Sicily.", "Lampedusa"),
    # no other stop told after it
    ("A minibus took us to Sebha and we waited there for a month.", "Sebha"),
], ids=["never-flew", "hoped-to-fly", "drove-back", "the-others", "landed", "no-next-stop"])
def test_a_place_reached_stays_the_end_without_a_way_on(text, place):
    assert "destination" in role_of(text, place)


# ------------------------------------------------------------------ still remaining in a place


@pytest.mark.parametrize("text, place", [
    ("The others remain in Tunisia while their asylum claims are reviewed.", "Tunisia"),
    ("About 2,000 people remain stranded in Niger.", "Niger"),
    ("They were allowed to remain in Egypt until June.", "Egypt"),
    ("Several families remain in Agadez while the road is closed.", "Agadez"),
    ("Most remained in Sfax, for now, waiting for a boat.", "Sfax"),
    # hedged: still a wait
    ("Perhaps 300 people remain stuck in Sebha, aid workers believe.", "Sebha"),
], ids=["while-reviewed", "stranded", "until-june", "road-closed", "remained-waiting", "hedged"])
def test_people_still_remaining_wait_on_the_way(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    # a choice to settle
    ("Many will remain in Tunisia, officials say.", "Tunisia"),
    ("She would rather stay in Italy than go home.", "Italy"),
    # negated
    ("No one remains in Agadez now.", "Agadez"),
    # a force, not people on the move
    ("Police officers remain in Sebha to guard the camps.", "Sebha"),
    # where they now live
    ("Two brothers remain in Rome, where they work at a bakery.", "Rome"),
    # a host country's count, no wait told: where they went
    ("Around 3.2 million Syrians remain in Turkey, the agency says.", "Turkey"),
], ids=["will-remain", "rather-stay", "no-one", "officers", "where-they-work", "host-country"])
def test_remaining_by_choice_or_by_others_is_no_wait(text, place):
    assert "transit" not in role_of(text, place)


# a place people reached and "remain in", with no wait told, is where they went: a
# host country's count of refugees is no stop on the way (roles._reached_ends, stage_reached)
@pytest.mark.parametrize("text", [
    "Thousands of families fled to Italy in 2015. Most of them remain in Italy today.",
    "Of the families who fled to Italy, about half remain in Italy, the agency says.",
], ids=["today", "about-half"])
def test_a_place_reached_and_remained_in_is_the_end(text):
    roles = role_of(text, "Italy")
    assert "destination" in roles and "transit" not in roles


def test_a_place_reached_and_waited_in_is_still_a_wait():
    text = "Thousands of families fled to Italy in 2015. Many remain in Italy until their claims are decided."
    assert "transit" in role_of(text, "Italy")


def test_a_place_moved_to_stays_the_end_of_a_later_trip():
    # people who moved to a place to live and later travelled on made a trip from home
    text = "In 2012 the families moved to Agadez, and they later travelled to Sebha for a wedding."
    assert "destination" in role_of(text, "Agadez")
    # ... while a ride there and a flight on is a stop on the way
    assert role_of("A minibus took the families to Agadez, and they later flew to Sebha.", "Agadez") == {"transit"}
