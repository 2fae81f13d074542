"""Roles: people moved to, or staying at, a camp, shelter or site others set up, opened or run
in a place, told between the facility and the place (cue destination.facility_set_up): "taken
to a camp of tents laid out in three fields at X", "sheltered at a transit site opened by the
government at Y". Silent where the move is denied, where aid rather than people is sent, and
in custody.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with the places below added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, picture, roles, with_places

#: Places of these tests: surface -> (id, kind, country, lat, lon, gazetteer name).
EXTRA = {
    "Northwood": ("test:northwood", "city", "GB", 51.61, -0.42, "Northwood"),
    "Goudiry": ("test:goudiry", "city", "SN", 14.18, -12.72, "Goudiry"),
    "Mae Sot": ("test:mae-sot", "city", "TH", 16.71, 98.57, "Mae Sot"),
}


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, EXTRA)


@pytest.mark.parametrize("text, place", [
    ("The refugees were taken by bus to a camp of tents laid out in three fields at Northwood.", "Northwood"),
    ("About 2,300 people sheltered at a transit site opened by the government at Goudiry.", "Goudiry"),
    ("The families are staying in tents put up by volunteers near Goudiry.", "Goudiry"),
    ("Soldiers directed the refugees to temporary shelters set up in Mae Sot.", "Mae Sot"),
], ids=["camp-laid-out", "site-opened", "tents-put-up", "shelters-set-up"])
def test_facility_set_up_is_where_people_went(text, place):
    found = roles(picture(REPORTED + text))
    assert "destination" in found.get(place, set()), found


@pytest.mark.parametrize("text", [
    # aid sent, not people
    "Trucks carrying food and blankets were sent to camps set up by the army in Mae Sot.",
    # custody
    "Police took the migrants to a detention centre run by the ministry in Mae Sot.",
], ids=["aid", "custody"])
def test_no_facility_destination(text):
    found = roles(picture(REPORTED + text))
    assert "destination" not in found.get("Mae Sot", set()), found


def test_denied_move_is_no_destination():
    found = roles(picture(REPORTED + "The refugees were never taken to the shelters set up by the army in Mae Sot."))
    assert "destination" not in found.get("Mae Sot", set()), found
