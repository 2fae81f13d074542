"""Roles: a nationality told by the papers people hold ("her X passport", "they travelled on Y
passports", "he holds Z nationality": origin.papers_held) is where they come from, unless the
document gives them another home country: then the papers are a second passport, not a home
(roles._papers_of_another_home). Tested with distractors (papers obtained or bought, a second
passport of people from elsewhere, papers in a list with the people's own country).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


@pytest.mark.parametrize("text, place", [
    ("Most of the group travelled on Eritrean passports, volunteers at the port said.", "Eritrea"),
    ("He holds Sudanese nationality and reached Lampedusa on a fishing boat in 2019.", "Sudan"),
    ("Eritrean migrants landed in Sicily. One man's Eritrean passport had been soaked by the sea.", "Eritrea"),
])
def test_papers_of_the_peoples_own_country_are_their_origin(text, place):
    assert "origin" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # another home country given: a second passport
    ("Nigerian workers reach Sicily every spring. A further fifth travelled on Maltese passports, the institute said.",
     "Malta"),
    ("Eritrean families reached Lampedusa from Sfax. One woman showed an Italian passport she had kept for years.",
     "Italy"),
    # papers obtained: never a home
    ("Sudanese migrants in Tripoli obtained Maltese passports through brokers before the crossing.", "Malta"),
])
def test_papers_of_another_country_are_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # one's own passport, and passport holders (people), beside another home country
    ("Eritrean families reached Lampedusa from Sfax. Ahmed showed his Sudanese passport at the quay.", "Sudan"),
    ("Eritrean families reached Lampedusa from Sfax. Nigerian passport holders were among them.", "Nigeria"),
])
def test_own_papers_and_passport_holders_stay_an_origin_beside_another_home(text, place):
    assert "origin" in role_of(text, place)


def test_the_peoples_own_country_stays_their_origin_beside_a_second_passport():
    text = ("Eritrean families reached Lampedusa from Sfax. "
            "One woman showed an Italian passport she had kept for years.")
    assert "origin" in role_of(text, "Eritrea")
