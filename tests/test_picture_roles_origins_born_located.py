"""Roles: where people come from, in reporters' wording: the place
a birthplace is located in ("born in X, a village on the south-eastern side of Y":
origin.born_located); a town or region left in a report whose moves all stay in one country is
the home left (roles._homes_left_at_home).
Each is tested with negation, hedging and distractors (a ride, a journey abroad).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, with_places
from extract_helpers import role_of as told_role_of
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    **ANDEAN,
    "Puno": ("test:puno", "city", "PE", -15.84, -70.02, "Puno"),
    "South America": ("test:south-america", "region", None, -15.0, -60.0, "South America"),
}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ---- origin.born_located ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She was born in Oruro, a mining town on the western side of Bolivia, and moved to Salta in 2010.",
    "He grew up in Uyuni, at the southern edge of Bolivia, and crossed to Jujuy at nineteen.",
], ids=["born-town-on-side-of", "grew-up-at-edge-of"])
def test_the_place_a_birthplace_lies_in_is_home_too(text):
    assert role_of(text, "Bolivia") == {"origin"}


@pytest.mark.parametrize("text", [
    # denied
    "She was not born in Oruro, at the western edge of Bolivia, but in Salta, where she still lives.",
    # a reference point, not a part of the place
    "She was born in Jujuy, a few miles from the border of Bolivia, and moved to Salta in 2010.",
], ids=["negated", "reference-point"])
def test_no_home_for_a_denied_birthplace_or_a_place_only_near_it(text):
    assert "origin" not in role_of(text, "Bolivia")


# ---- roles._homes_left_at_home ------------------------------------------------------------

#: A report of people displaced within one country (no nationality, no border, no sea).
DISPLACED = "Floods forced thousands of families from their homes this week, aid workers said. "


@pytest.mark.parametrize("text", [
    "More than 2,000 people left Oruro for Potosi over the weekend.",
    "Residents have left Oruro and the villages around it; most are staying with relatives in Uyuni.",
], ids=["left-for-a-town-of-the-country", "residents-left"])
def test_a_town_left_within_its_country_is_the_home_left(text):
    assert told_role_of(text, "Oruro", DISPLACED) == {"origin"}


@pytest.mark.parametrize("text", [
    # a border crossed: the moves do not stay in the country
    "More than 2,000 people left Oruro for Salta over the weekend.",
    # a ride leaves the town: a hub people set off from
    "Buses left Oruro for Potosi every hour over the weekend.",
    # doubted
    "Some 2,000 people may have left Oruro for Potosi over the weekend.",
    # the journey goes on right after the town
    "Hundreds left Oruro on foot toward Potosi.",
    # movers from a region across countries: the town is where they go on from
    "Hundreds of migrants from across South America left Oruro for Potosi over the weekend.",
], ids=["abroad", "ride", "hedged", "onward", "movers-from-a-region-abroad"])
def test_a_town_left_abroad_by_a_ride_in_doubt_or_on_a_journey_is_no_home(text):
    assert "origin" not in told_role_of(text, "Oruro", DISPLACED)


def test_a_town_no_one_left_gets_no_role():
    text = "No one has left Oruro for Potosi, the mayor said, although the water is rising."
    assert not told_role_of(text, "Oruro", DISPLACED) - {"launch_point"}


def test_a_camp_left_within_the_country_is_where_people_stayed_not_home():
    text = "About 900 families left the displacement camps in Oruro for Potosi in November."
    assert "origin" not in told_role_of(text, "Oruro", DISPLACED)
