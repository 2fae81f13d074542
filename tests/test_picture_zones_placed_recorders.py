"""Control zones: a body placed at a place, then its record of the people who come
("Libyan officials at X register returnees", "Red Cross volunteers in Y write down each family's
name") draws a zone there (control.where_recorded); the same body only speaking, denied its
act, or recording no people draws none.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


def _at(text: str, place: str) -> set:
    return {z for z in zones_told(text) if z[1] == place}


@pytest.mark.parametrize("text, place", [
    ("Libyan officials at Zawiya register returnees and refer them to job centres.", "Zawiya"),
    ("Red Crescent volunteers in Zuwara register new arrivals before the buses leave.", "Zuwara"),
    ("Officials at the port of Misrata write down each family's name.", "Misrata"),
    # the present of "took down": "take down their names"
    ("Red Crescent volunteers at Sabratha take down their names.", "Sabratha"),
], ids=["officials-register", "volunteers", "port-of", "take-down"])
def test_a_body_placed_at_a_place_recording_people_draws_a_zone(text, place):
    assert _at(text, place)


@pytest.mark.parametrize("text, place", [
    ("Libyan officials at Zawiya said 300 people had registered this year.", "Zawiya"),
    ("Libyan officials at Zawiya did not register any returnees last week.", "Zawiya"),
    ("Libyan officials at Zawiya register new businesses and issue trading licences.", "Zawiya"),
], ids=["speaking", "denied", "no-people"])
def test_a_body_placed_at_a_place_recording_no_one_draws_no_zone(text, place):
    assert not _at(text, place)
