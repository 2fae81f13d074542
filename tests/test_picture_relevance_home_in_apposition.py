"""Role precision: where people come from, told in an apposition to them, is their
home and no leg's start. Each beside a
sentence that keeps its role. Sentences written for these tests, geocoded by the tiny fixture
gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, role_of


@pytest.mark.parametrize("text, place", [
    ("The applicants, mostly from Niger and Sudan, had flown to Tripoli in the spring.", "Sudan"),
    ("The applicants, mostly from Niger and Sudan, had flown to Tripoli in the spring.", "Niger"),
    ("Applicants, most of them former teachers from Tunis and Sfax, first crossed into Libya.", "Sfax"),
    ("Last month a 32-year-old mother of two from Sfax, who had gone to Libya to work, was found dead.",
     "Sfax"),
], ids=["mostly-from-last", "mostly-from-first", "most-of-them-from", "age-then-from"])
def test_where_people_come_from_in_an_apposition_is_their_home(text, place):
    roles = role_of(text, place)
    assert "origin" in roles
    assert not roles & {"transit", "launch_point"}


@pytest.mark.parametrize("text, place", [
    # "from" starts the leg the boat makes
    ("A fishing boat carried 58 migrants from Zuwara to Lampedusa on Sunday.", "Zuwara"),
    ("Smugglers drove the men from Agadez to Sebha in three days.", "Agadez"),
], ids=["carried-from", "drove-from"])
def test_a_leg_that_starts_where_people_are_taken_from_keeps_its_start(text, place):
    roles = role_of(text, place)
    assert roles & {"transit", "launch_point"}
    assert "origin" not in roles


@pytest.mark.parametrize("text, place", [
    # a spot departed from, or a craft: a crossing's start
    ("Tunisians who had left from near Sfax were picked up at sea.", "Sfax"),
    ("Tunisians who left Sfax by boat reached Lampedusa.", "Sfax"),
    # others' town: no home of theirs
    ("Eritreans who left Tripoli in May reached Lampedusa.", "Tripoli"),
], ids=["left-from-near", "left-by-boat", "another-country"])
def test_a_departure_by_sea_or_from_a_foreign_town_stays_a_launch(text, place):
    assert "origin" not in role_of(text, place)



def test_a_town_its_nationals_left_still_starts_their_route():
    pic = picture(REPORTED + "The Libyans who left Benghazi crossed the sea to Lampedusa.")
    assert any(f.role == "route" and "Benghazi" in f.name and "Lampedusa" in f.name for f in pic.features)
