"""Routes, in general English: a removal across a
border is a return of its own from where it crossed; a bus, a lorry or a walk after a sea
crossing is a leg over land.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, roles, with_places
from test_picture_routes_stated import modes, routes

#: A made-up town on Libya's border with Niger (no real town is both), for the removals across it.
BORDER_TOWN = {"Wadi Kharza": ("test:wadi-kharza", "city", "LY", 23.2, 12.4, "Wadi Kharza")}


# ------------------------------------------------------------------ a removal across a border

@pytest.mark.parametrize("text", [
    # its end told in a later sentence, after where people had been held
    "Libyan soldiers sent 300 migrants back across the border at Wadi Kharza on Monday. The deportees had been "
    "detained by police in Tripoli last week. At the crossing they were made to walk into Niger.",
    # its end in its own words
    "Libyan soldiers sent 300 migrants back across the border at Wadi Kharza into Niger on Monday.",
])
def test_a_removal_across_a_border_starts_where_it_crossed(monkeypatch, text):
    with_places(monkeypatch, BORDER_TOWN)
    pic = picture(CONTEXT + text)
    assert ("Wadi Kharza", "Niger") in routes(pic), routes(pic)
    assert "transit" not in roles(pic).get("Wadi Kharza", set()), roles(pic)


def test_a_removal_across_a_border_starts_where_its_sentence_has_people_held(monkeypatch):
    with_places(monkeypatch, BORDER_TOWN)
    pic = picture(CONTEXT + "Police arrested 300 migrants in Tripoli and sent them back across the border at "
                            "Wadi Kharza to Niger.")
    assert routes(pic) == [("Tripoli", "Wadi Kharza", "Niger")], routes(pic)


def test_people_crossing_a_border_at_a_town_still_pass_it(monkeypatch):
    with_places(monkeypatch, BORDER_TOWN)
    pic = picture(CONTEXT + "The migrants crossed the border at Wadi Kharza and reached Tripoli in May.")
    assert "transit" in roles(pic).get("Wadi Kharza", set()), roles(pic)


# ------------------------------------------------------------------ the way the last words name

_LEFT = "Migrants left Zuwara by boat in May. "


@pytest.mark.parametrize("text, mode", [
    ("People intercepted at sea are often bused to Sebha and left in the desert.", "land"),
    ("People taken off boats at sea are often driven to Sebha.", "land"),
    ("People rescued at sea were later taken by boat to Sebha.", "sea"),
])
def test_the_way_named_last_before_a_legs_end_is_its_way(text, mode):
    found = modes(picture(CONTEXT + _LEFT + text))
    assert found.get(("Zuwara", "Sebha")) == mode, found


# ------------------------------------------------------------------ one boat, one route

def test_two_ends_of_one_hope_are_one_route():
    pic = picture(CONTEXT + "Migrants left Zuwara by boat on Monday, hoping to reach Lampedusa or Malta. "
                            "Two bodies were found on board.")
    assert routes(pic) == [("Eritrea", "Zuwara", "Lampedusa")], routes(pic)
    assert "destination" in roles(pic).get("Malta", set()), roles(pic)


def test_two_ends_reached_are_still_two_routes():
    found = routes(picture(CONTEXT + "Migrants left Zuwara by boat on Monday for Lampedusa and Malta."))
    assert ("Eritrea", "Zuwara", "Malta") in found and ("Eritrea", "Zuwara", "Lampedusa") in found, found


def test_ends_a_crowd_went_on_to_are_each_a_route():
    found = routes(picture(CONTEXT + "Migrants left Zuwara by boat and reached Lampedusa. Most travelled on "
                                     "to Rome or Tunis."))
    assert any(r[-1] == "Rome" for r in found) and any(r[-1] == "Tunis" for r in found), found


# ------------------------------------------------------------------ stops and hopes

def test_where_the_engine_broke_down_is_a_stop():
    pic = picture(CONTEXT + "Migrants left Zuwara by boat in May. Its engine broke down near Malta, where "
                            "fishermen gave the passengers water. They reached Sicily a week later.")
    assert ("Eritrea", "Zuwara", "Malta", "Sicily") in routes(pic), routes(pic)
    assert "transit" in roles(pic).get("Malta", set()), roles(pic)


def test_a_boat_stopped_by_a_force_makes_no_stop():
    # a force's own craft, with people named in its sentence (transit.broke_down needs them)
    pic = picture(CONTEXT + "Migrants left Zuwara by boat in May. The coastguard boat with the rescued passengers "
                            "anchored off Malta overnight.")
    assert "transit" not in roles(pic).get("Malta", set()), roles(pic)


def test_a_way_on_told_as_what_would_come_is_no_route():
    pic = picture(CONTEXT + "Migrants left Zuwara by boat and reached Lampedusa. From there we would go to "
                            "Rome, one said.")
    found = routes(pic)
    assert not any("Rome" in r for r in found) and any(r[-2:] == ("Zuwara", "Lampedusa") for r in found), found
    assert "destination" in roles(pic).get("Rome", set()), roles(pic)


def test_a_habit_told_with_would_in_the_past_keeps_its_route():
    pic = picture(CONTEXT + "Every week the smugglers would drive us to the coast at Zuwara; from there we would "
                            "go to Lampedusa by boat.")
    assert any(r[-2:] == ("Zuwara", "Lampedusa") for r in routes(pic)), routes(pic)
