"""Control zones: a detention centre the sentence does not place is not in the country its people
come from ("men from X, held in the same centre": not held in X); a country the sentence names
as the centre's stays its place; a place people are flown back to is no zone of the force
that caught them.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, zones, zones_told


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



# (session 66, from the lead's trial: "caught by the Border Patrol and flown back to X" drew the
# Border Patrol's zone at X, the town the deportee was sent home to)
CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


def test_a_place_people_are_flown_back_to_is_no_zone_of_the_force_that_caught_them():
    pic = picture(CONTEXT + "Her cousin was caught by the border police and flown back to Agadez within a week.")
    assert not {z for z in zones(pic) if z[1] == "Agadez"}


def test_a_place_people_are_flown_on_to_by_the_force_that_caught_them_stays_its_zone():
    # (the distractor: no way back, the force holds them where it takes them)
    pic = picture(CONTEXT + "The migrants were caught by the border police and then flown to Tunis.")
    assert ("border", "Tunis") in zones(pic)
