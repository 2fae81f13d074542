"""A bare name that a county bears with its noun ("Miami" of Miami County, Ohio) beside a
city of that name elsewhere: the county's state and nearness are soft evidence only
(resolve.py's _Evidence._bare_county), so a story set in that state still means the city;
the word "County" or a division noun keeps the county."""

from __future__ import annotations

import pytest

import geomig


def _first(text: str, surface: str):
    return next(m for m in geomig.geocode(text) if m.text == surface)


@pytest.mark.parametrize("text", [
    # The county lies by the text's other places, in a state the text names.
    "Hundreds of Haitian workers settled in Springfield, Ohio, and in Dayton. Most had flown "
    "from Port-au-Prince to Miami before taking a bus north to Ohio.",
    "A Dayton, Ohio, pastor said her brother was detained in Miami last spring.",
    # Hedged: a wish, not a journey; the name is still the city.
    "In Troy, Ohio, a welder from Venezuela said he might one day move to Miami.",
])
def test_a_bare_name_in_a_story_of_the_countys_state_is_the_city(text):
    m = _first(text, "Miami")
    assert (m.kind, m.name, round(m.lat)) == ("city", "Miami", 26), (m.name, m.lat)


def test_a_name_called_a_county_stays_the_county():
    # Distractor: the text writes the county's whole name; it stays the county in Ohio.
    m = _first("Deputies in Miami County, Ohio, stopped the van near Troy.", "Miami County")
    assert (m.kind, m.name, round(m.lat)) == ("admin", "Miami County", 40), (m.name, m.lat)


@pytest.mark.parametrize("text", [
    # A plural county noun after a list calls each member a county.
    "Farms in Miami and Shelby counties, Ohio, hire seasonal workers from Mexico.",
    # The whole name written once says what the bare name means later in the text.
    "Deputies in Miami County, Ohio, stopped the van near Troy. Miami deputies said the driver fled.",
])
def test_a_bare_name_the_text_calls_a_county_stays_the_county(text):
    m = next(m for m in geomig.geocode(text) if m.text == "Miami")
    assert (m.kind, m.name, round(m.lat)) == ("admin", "Miami County", 40), (m.name, m.lat)


def test_a_singular_county_noun_calls_only_its_own_name_a_county():
    # Distractor: "Troy and Shelby county": one county; nothing here calls Miami one.
    m = _first("From Troy and Shelby county, Ohio, the men flew on to Miami.", "Miami")
    assert (m.kind, m.name, round(m.lat)) == ("city", "Miami", 26), (m.name, m.lat)


def test_a_county_named_as_its_own_name_is_not_a_bare_county():
    # "Cook County" said whole is the county, city or no city of the bare name.
    m = _first("The shelter in Cook County, Illinois, took in 40 families from Texas.", "Cook County")
    assert (m.kind, m.name, round(m.lat)) == ("admin", "Cook County", 42), (m.name, m.lat)
