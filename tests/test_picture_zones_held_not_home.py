"""Control zones: a detention centre the sentence does not place is not in the country its people
come from ("men from X, held in the same centre": not held in X); a country the sentence names
as the centre's stays its place.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


@pytest.mark.parametrize("text", [
    "Several men from Niger, held in the same detention centre, told our monitors of beatings.",
    "Two women who had fled Eritrea were kept in the detention centre for a month.",
], ids=["men-from", "fled-from"])
def test_a_home_country_is_no_detention_zone(text):
    assert not {z for z in zones_told(text) if z[1] in ("Niger", "Eritrea")}


@pytest.mark.parametrize("text, place", [
    ("Several men from Niger, held in a detention centre in Libya, told our monitors of beatings.", "Libya"),
    ("Libya holds thousands of migrants in detention centres.", "Libya"),
    ("Migrants from Niger said Libya keeps them in detention centres for months.", "Libya"),
], ids=["placed-in-sentence", "country-holds", "home-and-holder"])
def test_the_country_holding_people_stays_the_zone(text, place):
    assert ("detention", place) in zones_told(text)
