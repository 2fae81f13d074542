"""Zones: a mend of the forty-third session's trial. A force patrolling or guarding the coast,
shore or waters near a place keeps watch on boats: the coastguard's type at the place
(control.coast_patrol), not a border band over the force's country.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import zones_told


@pytest.mark.parametrize("text, place", [
    ("Libyan forces in the east patrol the coast near Benghazi, but departures have risen.", "Benghazi"),
    ("Libyan police now patrol the beaches around Zuwara at night, a fisherman said.", "Zuwara"),
    # hedged: still a patrol told
    ("Libyan forces reportedly patrol the shoreline near Misrata.", "Misrata"),
], ids=["forces-coast", "police-beaches", "hedged"])
def test_a_force_patrolling_a_coast_is_the_coastguard_type(text, place):
    told = zones_told(text)
    assert ("coastguard", place) in told
    assert ("border", place) not in told


@pytest.mark.parametrize("text, place", [
    # negated
    ("Libyan forces no longer patrol the coast near Benghazi, fishermen say.", "Benghazi"),
    # a border, not a coast
    ("Libyan forces patrol the border near Kufra.", "Kufra"),
], ids=["negated", "border"])
def test_no_coast_patrol_without_a_patrolled_coast(text, place):
    assert ("coastguard", place) not in zones_told(text)
