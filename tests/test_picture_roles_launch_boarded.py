"""Roles: launch points: where people board a train, a
plane or a ferry ("had boarded trains in X", "boarded a special train at X station") is where
their ride sets out (launch.boarded_ride). Not officers who board to check papers, tourists,
goods, nor a boarding denied or only possible. A leg told from a place mid-sentence (", and
from X they took a train") sets out there too (launch.departed), unless it is a way back or home.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) and the places below."""

from __future__ import annotations

import pytest
from extract_helpers import role_of, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Innsbruck": ("test:innsbruck", "city", "AT", 47.26, 11.39, "Innsbruck"),
    "Munich": ("test:munich", "city", "DE", 48.14, 11.58, "Munich"),
}

#: A document about people on the move, told before each sentence.
MOVED = "Migrants and refugees told us about their journeys this year. "


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text", [
    "According to the court, the group boarded a flight at Tunis with forged passports.",
    "The men, who had spent months in Vienna and weeks in the camps, boarded trains in Innsbruck.",
    "After two nights in a park the group boarded the night ferry at Tunis.",
    # hedged by who says it: still where the ride set out
    "The group probably boarded a flight at Tunis, the court heard.",
    # staff who meet them in an aside are not the ones boarding
    "The families, met by aid agency staff, boarded a train in Innsbruck.",
], ids=["flight-at", "trains-in", "ferry-at", "hedged", "staff-aside"])
def test_where_people_board_a_ride_is_where_it_sets_out(text):
    place = "Tunis" if "Tunis" in text else "Innsbruck"
    assert "launch_point" in role_of(text, place, MOVED)


@pytest.mark.parametrize("text", [
    # officers board to check papers: no one sets out there
    "Officers of the border police boarded trains in Innsbruck to check the passengers' papers.",
    # a boarding denied, or only possible
    "According to the court, the group never boarded a flight at Tunis.",
    "If the group boarded a flight at Tunis, it would be in Rome by noon.",
    # tourists on a day trip
    "A group of tourists boarded the ferry at Tunis for a day trip to Sicily.",
    # officers told of in an aside who then board
    "Officers, who had waited on the platform for an hour, boarded the train at Innsbruck.",
], ids=["police-check", "never-boarded", "conditional", "tourists", "officers-aside"])
def test_a_boarding_that_moves_no_migrant_sets_out_from_nowhere(text):
    place = "Tunis" if "Tunis" in text else "Innsbruck"
    assert "launch_point" not in role_of(text, place, MOVED)


@pytest.mark.parametrize("text", [
    "They rode a lorry across the mountains to Innsbruck, and from Innsbruck they took a train north.",
    "The group walked for a week to Munich; from Munich the families caught a bus west.",
], ids=["and-from-took", "semicolon-from-caught"])
def test_a_leg_told_from_a_place_mid_sentence_sets_out_there(text):
    place = "Munich" if "from Munich" in text else "Innsbruck"
    assert "launch_point" in role_of(text, place, MOVED)


@pytest.mark.parametrize("text", [
    "They stayed a year in Innsbruck, and from Innsbruck they went back home by train.",
    "The group spent a month in Munich, and from Munich the families were sent back home.",
], ids=["went-back-home", "sent-back"])
def test_a_return_told_from_a_place_mid_sentence_is_no_launch(text):
    place = "Munich" if "Munich" in text else "Innsbruck"
    assert "launch_point" not in role_of(text, place, MOVED)
