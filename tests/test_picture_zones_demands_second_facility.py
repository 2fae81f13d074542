"""Control zones: a place a demand is made to is no zone ("called on X to ..."),
and a second facility told by a bare noun in a list with a named one ("held at the detention
centre in X and at a smaller facility in Y").

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import actors_at, zones_told_at

# ------------------------------------------------ a place a demand is made to


@pytest.mark.parametrize("text", [
    "Rights groups condemned the arrests carried out by the Tunisian police since June, and called on "
    "Italy to suspend its funding.",
    "Rights groups condemned the arrests carried out by the Tunisian police since June, and urged "
    "Italy to suspend its funding.",
    "Rights groups condemned the arrests carried out by the Tunisian police since June, and called on "
    "the government of Italy to suspend its funding.",
    # the next addressee of a call
    "We call on the authorities of Tunisia to investigate abuses by Tunisian police officers, and on "
    "Italy, which funds the coastguard, to act.",
], ids=["called-on", "urged", "government-of", "and-on"])
def test_a_place_a_demand_is_made_to_holds_no_zone(text):
    assert not zones_told_at(text, "Italy")


def test_the_forces_own_place_stays_when_a_demand_follows():
    # distractor: the act is placed, the addressee comes after it
    text = "Tunisian police arrested 40 migrants in Sfax on Monday, and rights groups called on Italy to act."
    assert "Tunisian police" in actors_at(text, "Sfax", "")
    assert not zones_told_at(text, "Italy")


def test_a_force_acting_on_a_place_is_still_a_zone():
    # "on" after a force that acts is no call
    assert zones_told_at("Italian police carried out checks on Lampedusa, detaining 40 migrants.", "Lampedusa")


# ------------------------------------------------ a second facility told by a bare noun


@pytest.mark.parametrize("text", [
    "The men had been held at the Tariq al-Sikka detention centre in Tripoli and at a smaller facility in Zuwara.",
    "Migrants picked up at sea are held in the detention centre in Tripoli, or in the facility in Zuwara.",
    "New arrivals are taken to reception centres in Tripoli, and in the west to a centre in Zuwara.",
], ids=["and-at-a-smaller-facility", "or-in-the-facility", "and-in-the-west-to-a-centre"])
def test_a_facility_coordinated_with_a_named_one_is_a_zone(text):
    assert zones_told_at(text, "Zuwara")


def test_a_hedged_second_facility_stays_hedged():
    text = "The men may have been held at the detention centre in Tripoli or at a facility in Zuwara."
    assert all(z.properties["hedged"] for z in zones_told_at(text, "Zuwara"))


@pytest.mark.parametrize("text", [
    # negated
    "The men were not held at the detention centre in Tripoli nor at the facility in Zuwara.",
    # a facility of another kind
    "The men were held at the detention centre in Tripoli and later visited a shopping centre in Zuwara.",
    # no facility named first: a bare centre alone
    "The men visited Tripoli and a centre in Zuwara.",
], ids=["negated", "other-kind", "bare-alone"])
def test_a_bare_facility_without_a_named_one_first_is_no_zone(text):
    assert not zones_told_at(text, "Zuwara")


# ------------------------------------------------ a camp's gap that says where people came from


@pytest.mark.parametrize("text", [
    "The agency built the Kufra camp and sheltered hundreds of thousands from Niger and Chad.",
    "The Kufra refugee camp and the Sebha transit camp sit on the road between Tripoli and Misrata.",
], ids=["sheltered-from", "road-between"])
def test_a_place_people_came_from_or_a_road_runs_between_is_no_camp(text):
    for place in ("Niger", "Chad", "Tripoli", "Misrata"):
        assert not zones_told_at(text, place)


@pytest.mark.parametrize("text", [
    "Thousands live in camps on the outskirts of Sebha.",
    "Thousands live in camps of tents near Sebha.",
    # the camp itself, named, stays (distractor: the origin after it)
    "Thousands from Niger live in the Sebha camp.",
], ids=["outskirts-of", "of-tents-near", "named-camp"])
def test_a_camp_placed_by_its_gap_words_stays(text):
    assert zones_told_at(text, "Sebha")
