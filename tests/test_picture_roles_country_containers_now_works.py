"""Roles: a country named as the possessive container
of the place after it ("through X's Y province") keeps the place's role but is no stop of its own
([settings] container_possessive, roles._countries_as_containers): no route from the country's
middle. A job a mover now holds somewhere at the end of a journey told in the same sentence ("walked
from X to Y ... and now drives a taxi in Z") makes that place the journey's end
(destination.now_after_journey); not said of someone who stayed, never left, or of an official.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, picture, role_of, roles, with_places

PLACES = {
    "Mexico": ("geonames:3996063", "country", "MX", 23.0, -102.0, "Mexico"),
    "Chiapas": ("geonames:3531011", "admin", "MX", 16.5, -92.5, "Chiapas"),
    "Guatemala": ("geonames:3595528", "country", "GT", 15.5, -90.25, "Guatemala"),
    "Fezzan": ("geomig:fezzan", "region", "LY", 26.0, 14.0, "Fezzan"),
    "Asmara": ("geonames:343300", "city", "ER", 15.33805, 38.93184, "Asmara"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, {"Guatemalans": "Guatemala"})


def _route_stops(text: str) -> list[list[str]]:
    """The stop names of every route in the picture of a text told after CONTEXT."""
    return [list(r.properties["stop_names"]) for r in picture(CONTEXT + text).by_role("route")]


# ------------------------------------------------------------------ a country as a container


@pytest.mark.parametrize("text, country, place", [
    ("A smaller group of Eritreans came through Libya's Fezzan region and were taken to Tunis.",
     "Libya", "Fezzan"),
    ("The Guatemalans came through Mexico's Chiapas state and were later taken to Tripoli.",
     "Mexico", "Chiapas"),
    # a compass word between
    ("The families came through Libya's southern Fezzan and were taken to Tunis.", "Libya", "Fezzan"),
], ids=["through-region", "through-state", "compass"])
def test_a_country_as_possessive_container_keeps_its_role_but_starts_no_route(text, country, place):
    assert "transit" in roles(picture(CONTEXT + text)).get(country, set())
    stops = _route_stops(text)
    assert stops and all(country not in s for s in stops)
    assert any(place in s for s in stops)


# ------------------------------------------------------------------ a job held at the journey's end


@pytest.mark.parametrize("text, place", [
    ("Her uncle walked from Agadez to Sebha in 2012, picked dates near Kufra, and now drives a "
     "delivery van in Tripoli.", "Tripoli"),
    ("He crossed from Sfax to Lampedusa in 2016 and today sells phones at a market in Rome.", "Rome"),
    # hedged
    ("He apparently walked from Agadez to Sebha years ago and now repairs phones in Tunis.", "Tunis"),
], ids=["drives", "sells", "hedged"])
def test_a_job_held_now_after_a_told_journey_is_its_end(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # no journey told
    ("Her uncle now drives a delivery van in Tripoli.", "Tripoli"),
    # someone who never moved
    ("His sister never left Asmara and now sells bread in Asmara.", "Asmara"),
    # a relative who stayed
    ("Her brother stayed behind when she left and now drives a taxi in Asmara.", "Asmara"),
    # an official
    ("A police spokesman who travelled to Sfax last week now drives a patrol car in Tunis.", "Tunis"),
    # a relative who stayed in the country, or could not make the journey
    ("She walked from Agadez to Sebha, while her husband, who remained in the country, now sells "
     "vegetables in Asmara.", "Asmara"),
    ("She walked from Agadez to Sebha; her sister, who was too old to make the journey, now sells "
     "tea in Asmara.", "Asmara"),
    # school left is no journey
    ("Her cousin left school at twelve and now repairs phones in Tunis.", "Tunis"),
], ids=["no-journey", "never-left", "stayed-behind", "official", "remained-in-the-country",
        "too-old-to-go", "left-school"])
def test_a_job_held_by_someone_who_did_not_make_the_journey_is_no_end(text, place):
    assert "destination" not in role_of(text, place)
