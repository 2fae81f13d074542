"""Roles: origins told in further frames: nationalities listed
with "of" again ("nationals of X, of Y and of Z": roles._origins_of_again), the areas a list of
places lies in ("X and Y counties of Z": [settings] located_within_units), a home address given
(origin.home_address), fields, a farm or a house left in a place (origin.left_livelihood),
where people were living before, told as a past (origin.lived_before), and a home told before
a journey in a clause of its own ("said they were from X and had travelled to Y":
origin.told_from_then_went).
Each is tested with negation or hedging and distractors (a firm's address, a car or a post left,
a place only passed, a flight's start).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import ANDEAN, with_places
from extract_helpers import reported_role_of as role_of

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    **ANDEAN,
    "Chile": ("test:chile", "country", "CL", -30.0, -71.0, "Chile"),
    "Paraguay": ("test:paraguay", "country", "PY", -23.0, -58.0, "Paraguay"),
}


@pytest.fixture(autouse=True)
def places(monkeypatch):
    with_places(monkeypatch, EXTRA)


# ---- nationals of X, of Y and of Z ----

@pytest.mark.parametrize("text, place", [
    ("The passengers, mostly nationals of Bolivia, of Peru and of Paraguay, were taken to a "
     "centre in Salta.", "Paraguay"),
    ("The passengers, mostly nationals of Bolivia, of Peru and of Paraguay, were taken to a "
     "centre in Salta.", "Peru"),
    ("Police in Salta said the men were citizens of Peru or of Chile and had crossed at night.", "Chile"),
    # a counted list: a number before each "of"
    ("Of the 900 held in Salta, 410 are nationals of Bolivia, 260 of Peru and 95 of Paraguay.", "Peru"),
    ("Of the 900 held in Salta, 410 are nationals of Bolivia, 260 of Peru and 95 of Paraguay.", "Paraguay"),
], ids=["third-of", "second-of", "citizens-or-of", "counted-second", "counted-last"])
def test_nationalities_listed_with_of_again_are_origins(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # denied: the first nationality's denial carries over
    ("The passengers were not nationals of Bolivia, of Peru or of Paraguay, police in Salta "
     "said.", "Paraguay"),
    # a place after "of" that follows no nationality: no origin
    ("The migrants reached Salta, capital of the province of Salta, and of Jujuy, officials "
     "said.", "Jujuy"),
    # a nationality, then a flight from a country passed through
    ("The migrants, nationals of Bolivia, flew from Peru to Salta.", "Peru"),
    # a counted list after a nationality, of the people, not of places: no origin for Salta
    ("The migrants were nationals of Bolivia, 40 of whom had waited in Salta.", "Salta"),
], ids=["negated", "no-nationality-before", "flight-start", "counted-whom"])
def test_no_origin_without_nationality_of(text, place):
    assert "origin" not in role_of(text, place)


# ---- X and Y counties of Z ----

@pytest.mark.parametrize("text, place", [
    ("Refugees have reached Salta since March, fleeing clashes in Potosi and Uyuni districts of "
     "Cochabamba province.", "Cochabamba"),
    ("Families from the Potosi and Uyuni districts of Bolivia's Cochabamba province crossed "
     "into Argentina at Jujuy.", "Cochabamba"),
], ids=["fleeing-clashes-in", "possessive-area"])
def test_the_area_a_list_of_origins_lies_in_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


def test_an_area_after_places_passed_is_no_origin():
    text = "The buses passed through Potosi and Uyuni districts of Cochabamba on the way to Salta."
    assert "origin" not in role_of(text, "Cochabamba")


# ---- a home address given ----

@pytest.mark.parametrize("text, place", [
    ("Half of the migrants counted in Salta gave an address in Potosi; a fifth came from Uyuni.",
     "Potosi"),
    ("Most of the workers registered with home addresses in Potosi and crossed into Argentina "
     "at Jujuy.", "Potosi"),
], ids=["gave-an-address", "registered-with-home-addresses"])
def test_a_home_address_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a firm's address: no home
    ("The company, which lists its address in Potosi, sent trucks of migrants to Salta.", "Potosi"),
    # an address for mail, with no verb of giving one
    ("Migrants in Salta can send their papers to an address in Potosi, the consulate said.", "Potosi"),
], ids=["firm", "mail-address"])
def test_an_address_of_no_one_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


# ---- fields, a farm or a house left ----

@pytest.mark.parametrize("text, place", [
    ("Juan was 34 when he left his rice fields in Potosi district for a farm in Argentina.", "Potosi"),
    ("Juan was 34 when he left his rice fields in Potosi district, in Cochabamba province, for "
     "a farm in Argentina.", "Cochabamba"),
    ("Many families abandoned their farms around Uyuni after the drought and walked to Salta.", "Uyuni"),
], ids=["rice-fields", "located-province", "farms-around"])
def test_fields_or_a_farm_left_are_a_home(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    ("The soldiers left their posts in Potosi and drove to Salta.", "Potosi"),
    ("He left his car in Potosi and took a bus to Salta.", "Potosi"),
    ("Juan never left his fields in Potosi; his sons went to Salta.", "Potosi"),
], ids=["posts", "car", "negated"])
def test_no_home_left_without_a_living(text, place):
    assert "origin" not in role_of(text, place)


# ---- where people were living before ----

@pytest.mark.parametrize("text, place", [
    ("In Salta, the church fills with families who were, three years ago, living in Potosi, "
     "Uyuni or Sucre.", "Sucre"),
    ("In Salta, the church fills with families who were living in Potosi, Uyuni or Sucre three "
     "years ago.", "Potosi"),
    ("Until last year, Maria was living in Potosi; now she cleans offices in Salta.", "Potosi"),
], ids=["ago-aside", "ago-after-list", "until-last-year"])
def test_where_people_were_living_before_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # living there now: where they went
    ("Many families who fled Bolivia are living in Salta now.", "Salta"),
    # denied
    ("Maria was not living in Potosi three years ago; she came to Salta from Oruro.", "Potosi"),
], ids=["living-now", "negated"])
def test_no_past_home_without_a_past(text, place):
    assert "origin" not in role_of(text, place)


# ---- said they were from X, and then told of a journey ----

@pytest.mark.parametrize("text, place", [
    ("Several others said they were from Potosi and had travelled overland to Uyuni to find the "
     "bus to Salta.", "Potosi"),
    ("Others said they came from Potosi and had walked to Uyuni before crossing into Argentina.",
     "Potosi"),
], ids=["were-from-and-had", "came-from-and-had"])
def test_a_home_told_before_a_journey_is_an_origin(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a leg: "from X to Y" right after the place
    ("The driver said he came from Potosi to Uyuni and then drove the migrants to Salta.", "Potosi"),
    # denied
    ("Police said they were not from Potosi and had travelled from Oruro to Salta.", "Potosi"),
], ids=["leg", "negated"])
def test_no_home_told_in_a_leg_or_denied(text, place):
    assert "origin" not in role_of(text, place)
