"""Role precision, session 31: where people come from, told in an apposition to them, is their
home and no leg's start; a place people have long lived in that the report has them reach is
where they went, no stop on the way. Each beside a sentence that keeps its role. Sentences
written for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("The passengers, mostly from Niger and Sudan, had flown to Tripoli in the spring.", "Sudan"),
    ("The passengers, mostly from Niger and Sudan, had flown to Tripoli in the spring.", "Niger"),
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
    ("Thousands of Nigerians reached Italy by boat after 2015. Some of them had lived in Italy for "
     "eight years when police deported them last week.", "Italy"),
    ("Many Tunisian workers reached Libya in 2019. One of them spent six years in Libya before he "
     "was sent home.", "Libya"),
], ids=["had-lived-in", "spent-years-in"])
def test_a_place_long_lived_in_and_reached_is_no_stop_on_the_way(text, place):
    roles = role_of(text, place)
    assert "destination" in roles
    assert "transit" not in roles


@pytest.mark.parametrize("text, place", [
    # never reached as a destination: a stay on the way
    ("The Sudanese men had lived in Libya for two years before they sailed to Lampedusa.", "Libya"),
], ids=["lived-on-the-way"])
def test_a_place_lived_in_on_the_way_stays_a_stop(text, place):
    assert "transit" in role_of(text, place)
