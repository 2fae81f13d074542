"""Control zones: a government named by its seat holds no area there unless the
text marks it as one of several or as holding little of its country.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told

# ------------------------------------------------ a government's seat (control.government)


@pytest.mark.parametrize("text", [
    "The government in Tunis began jailing its critics last year.",
    "After the change of government in Tunis, the shelters began emptying.",
    "The regional government in Benghazi has promised compensation.",
    # hedged, and a distractor force elsewhere
    "The government in Tunis may review the visa rules, while Italian police wait in Rome.",
    # negation of a qualifier: still a plain government
    "The government in Tunis is not a rival government, the minister said.",
], ids=["jailing", "change-of-government", "regional", "hedged-distractor", "not-rival"])
def test_a_government_named_by_its_seat_holds_no_zone_there(text):
    assert not {z for z in zones_told(text) if z[0] == "government"}


@pytest.mark.parametrize("text, place", [
    ("Libya's struggling UN-proposed government in Tripoli has paid militias.", "Tripoli"),
    ("The UN-backed government based in Tripoli has little control beyond the capital.", "Tripoli"),
    ("The rival government in Benghazi controls the east.", "Benghazi"),
    ("A parallel government in Benghazi issues its own passports.", "Benghazi"),
    ("The interim government in Tripoli answers to the presidential council.", "Tripoli"),
], ids=["struggling", "un-backed", "rival", "parallel", "interim"])
def test_a_government_holding_part_of_its_country_holds_its_seat(text, place):
    assert ("government", place) in zones_told(text)


def test_a_government_holding_part_of_its_country_is_not_when_denied():
    assert not {z for z in zones_told("There is no rival government in Benghazi, the minister said.")
                if z[0] == "government"}


# ------------------------------------------------ custody and papers in other words


@pytest.mark.parametrize("text", [
    "The migrants were taken into custody near Zuwara.",
    "Forty Eritreans were taken into police custody in Zuwara on Monday.",
    # a distractor place after the act
    "The men were taken into custody near Zuwara after walking from Tripoli for two days.",
], ids=["near", "police-custody", "distractor"])
def test_people_taken_into_custody_at_a_place_are_held_there(text):
    assert {z for z in zones_told(text) if z[1] == "Zuwara"}


@pytest.mark.parametrize("text", [
    "The migrants were not taken into custody near Zuwara.",
    "The migrants feared being taken into custody, so they avoided Zuwara.",
    # custody told before another event's place: that place is the landing's (a destination)
    "The migrants were taken into custody after landing near Zuwara.",
], ids=["negated", "feared-elsewhere", "after-landing"])
def test_custody_denied_or_not_placed_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Zuwara"}


@pytest.mark.parametrize("text", [
    "The family flew to Pozzallo, where border officers looked over their passports for an hour.",
    "They reached Pozzallo, where the police look through your papers before you may leave.",
], ids=["looked-over", "look-through"])
def test_officers_looking_over_papers_at_a_place_hold_it(text):
    assert {z for z in zones_told(text) if z[1] == "Pozzallo"}


@pytest.mark.parametrize("text", [
    "The family flew to Pozzallo, where border officers did not look over their passports.",
    "The family flew to Pozzallo, where tourists looked over the harbour.",
], ids=["negated", "tourists"])
def test_papers_not_looked_over_or_no_force_draws_no_zone(text):
    assert not {z for z in zones_told(text) if z[1] == "Pozzallo"}
