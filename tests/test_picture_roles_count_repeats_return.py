"""Roles: a count that repeats a return with its verb left out ("1,100 were sent
home from X and 800 from Y": Y is where people were, no origin; [settings]
return_from_before), and a place inside an organisation's name ("according to the X Rights
Network": no role; [settings] facility_after). Each with a control that keeps the role.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


# ------------------------------------------------------------------ a return's count, verb left out

@pytest.mark.parametrize("text, place", [
    ("Some 900 Tunisians were repatriated from Italy. Another 300 were sent home from Malta and 80 from Greece.",
     "Greece"),
    ("Last year 2,000 Nigerians were deported from Libya, 450 from Niger and 120 more from Chad.", "Chad"),
], ids=["and-count", "comma-list"])
def test_a_count_that_repeats_a_return_gives_no_origin(text, place):
    assert "origin" not in role_of(text, place)


def test_a_counted_list_of_homes_keeps_its_origins():
    text = "The boat carried 135 Nigerians, 17 from Niger and two from Chad, the coast guard said."
    assert "origin" in role_of(text, "Chad")


# ------------------------------------------------------------------ a place in an organisation's name

@pytest.mark.parametrize("text, place", [
    ("The Eritreans were detained near Sfax after crossing the desert from Sudan in two trucks, "
     "according to the Libya Rights Network.", "Libya"),
    ("The migrants sailed from Sfax to Lampedusa, the Malta Refugee Council said.", "Malta"),
    ("The families walked from Niger to Sebha, according to the Sudan Observatory.", "Sudan"),
], ids=["network", "council", "observatory"])
def test_a_place_in_an_organisations_name_plays_no_role(text, place):
    assert not role_of(text, place)


def test_the_place_itself_keeps_its_role_beside_an_organisation():
    text = "The migrants sailed from Sfax to Malta, the Libya Rights Network said."
    assert "destination" in role_of(text, "Malta")
