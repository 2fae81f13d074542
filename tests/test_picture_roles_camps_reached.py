"""Roles: a camp named by its place (or whose name ends in "camp") that any destination cue's
people reach is their destination, beside the camp's control zone ([settings] camp_reached_after,
camp_reached_name; roles._CampReached): "relocated from X: 400 to Y camp", "reached the Y camp",
"settled in the Y camp". Held to the checks of the cues for camps (destination.camp_reached's
contexts: custody, a force that conveys, policy, aid moved there) and to every check of the cue
that claims it (negation, a way back). Not a reception, detention or processing centre: people
are registered or held there before going on. The camp adds the role only: it is no route stop.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) and the places below."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles, route_stops, with_places, zones_at

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Adre": ("test:adre", "city", "TD", 13.47, 22.20, "Adre"),
    "Farchana": ("test:farchana", "city", "TD", 13.66, 21.80, "Farchana"),
    "Goz Amer": ("test:goz-amer", "city", "TD", 12.20, 21.70, "Goz Amer"),
    "Abeche": ("test:abeche", "city", "TD", 13.83, 20.83, "Abeche"),
    "Treguine Camp": ("test:treguine-camp", "landmark", "TD", 13.40, 21.90, "Treguine Camp"),
}

#: A document about people on the move, told before each sentence.
FLED = "Refugees fleeing the fighting in Sudan crossed into Chad this month. "


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    # a share of a relocation told after a colon
    ("Last week 700 refugees were relocated from Adre: 400 to Farchana camp and 300 to Goz Amer camp.",
     "Farchana"),
    ("A smaller group walked further east and reached the Farchana camp on Sunday.", "Farchana"),
    ("Most of the families who fled the town settled in the Goz Amer refugee camp.", "Goz Amer"),
    # a camp whose own name ends in "camp"
    ("Some families say they will go on to Chad, where their cousins live in Treguine Camp.",
     "Treguine Camp"),
], ids=["relocated-shares", "reached", "settled-in", "named-camp"])
def test_a_camp_people_reach_is_their_destination(text, place):
    assert "destination" in role_of(text, place, FLED)


def test_the_camp_keeps_its_control_zone_beside_the_destination():
    text = FLED + "A smaller group walked further east and reached the Farchana camp on Sunday."
    assert "destination" in roles(picture(text)).get("Farchana", set())
    assert zones_at(text, "Farchana")


def test_a_camp_reached_is_no_stop_of_a_route():
    text = FLED + "The families walked from Abeche to Adre and later reached the Farchana camp."
    stops = route_stops(text, "")
    assert stops and all("Farchana" not in s for s in stops)


@pytest.mark.parametrize("text, place", [
    # denied
    ("The families never reached the Farchana camp.", "Farchana"),
    # a force takes them there: custody
    ("Police took the families to the Farchana camp.", "Farchana"),
    # aid, or those who bring it, go there
    ("Aid workers drove from Adre to the Farchana camp with blankets.", "Farchana"),
    # a way back
    ("Some families went back to the Farchana camp.", "Farchana"),
    # a detention or a reception centre: held or registered before going on
    ("Eleven men were taken to the Farchana detention centre.", "Farchana"),
    ("The families were taken to the Farchana reception centre, where they will be registered.",
     "Farchana"),
    # a camp only named, no one reaching it
    ("Aid workers visited the Goz Amer camp on Tuesday.", "Goz Amer"),
], ids=["never-reached", "police-took", "aid-workers", "went-back", "detention-centre",
        "reception-centre", "visited"])
def test_no_destination_at_a_camp_no_one_freely_reaches(text, place):
    assert "destination" not in role_of(text, place, FLED)
