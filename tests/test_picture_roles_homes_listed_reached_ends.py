"""Families of places (roles._homes_listed, roles._reached_ends): a place listed
with a home left is a home too; a place the text has people reach is where they went, not a stop,
in "Once in X, ..." and at the start of a return from it. Sentences written for these tests,
geocoded by the tiny fixture gazetteer (tests/extract_helpers.py) with a few places of its own."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

_PLACES = {
    "Kassala": ("geonames:372753", "city", "SD", 15.45099, 36.39998, "Kassala"),
    "Darfur": ("geomig:darfur", "region", "SD", 13.5, 24.0, "Darfur"),
}

#: Sudanese people who came by sea: a town they left is where boats may set off (no home by
#: itself), a region of Sudan they left is their home (roles._homes_left).
BY_SEA = "Sudanese refugees came ashore on Lampedusa this month. "


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, _PLACES)


# ------------------------------------------------------------------ a place listed with a home left

def test_a_town_listed_with_a_home_left_is_a_home():
    # ("left X or Y" read both as homes before roles._homes_listed: no case of its own here)
    text = "Most had left Darfur and Kassala a year before."
    assert role_of(text, "Darfur", BY_SEA) == {"origin"}
    assert role_of(text, "Kassala", BY_SEA) == {"origin"}


@pytest.mark.parametrize("text", [
    # not in the list: the town's own sentence says where boats set off
    "Most had left Darfur a year before. Smugglers said boats left Kassala at night.",
    # denied, doubted: no home left
    "Most had not left Darfur and Kassala before the shelling began.",
    "Most had reportedly left Darfur and Kassala a year before.",
    # a country after the town only locates it: no home listed with the town
    "Most had left Kassala, in Sudan, a year before.",
], ids=["apart", "negated", "hedged", "located-by-country"])
def test_a_town_not_listed_with_a_home_left_is_no_home(text):
    assert "origin" not in role_of(text, "Kassala", BY_SEA)


# ------------------------------------------------------------------ "Once in X": the stage reached

REACHED = "Eritrean migrants crossed to Sudan on foot this spring. "
ONWARD = "Once in Sudan, most travel on by truck to Libya."


@pytest.mark.parametrize("text", [
    ONWARD,
    "Once in Sudan, many work for months to pay smugglers for the desert.",
], ids=["travel-on", "work-for-months"])
def test_a_stage_reached_is_a_destination_not_a_stop(text):
    assert role_of(text, "Sudan", REACHED) == {"destination"}


@pytest.mark.parametrize("context, text", [
    # never said to be reached: a stage of the way
    ("Eritrean migrants told us about their journey north. ", ONWARD),
    # only hoped for: the stage is no destination
    ("Eritrean migrants hoped to reach Sudan this spring. ", ONWARD),
], ids=["not-reached", "hoped"])
def test_a_stage_not_reached_stays_a_stop(context, text):
    assert "transit" in role_of(text, "Sudan", context)


# ------------------------------------------------------------------ a return's start, where people went

def test_the_start_of_a_return_from_a_place_reached_is_no_stop():
    text = ("Nigerian refugees crossed into Niger in August. Some 500 have returned on their own from Niger "
            "to Chad since then.")
    assert role_of(text, "Niger", "") == {"destination"}


@pytest.mark.parametrize("text", [
    # a return from a place the text never has them reach: the cue's stop stands
    "Nigerian refugees were counted in Chad in August. Some 500 were deported from Niger to Chad since then.",
    # the arrival denied: no place reached
    "Nigerian refugees did not cross into Niger in August. Some 500 were deported from Niger to Chad.",
], ids=["not-reached", "arrival-denied"])
def test_the_start_of_a_return_from_a_place_not_reached_keeps_its_stop(text):
    assert "destination" not in role_of(text, "Niger", "")
    assert "transit" in role_of(text, "Niger", "")
