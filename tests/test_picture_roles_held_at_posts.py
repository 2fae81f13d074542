"""Roles: the family a place gets. A place that begins the name of a police
station, a border post or an air base ("taken to the X border police station", "driven to the
Y border post", "flew them to the Z air base") is where people are held or handed over, no end
of their journey: no destination there ([settings] custody_after, roles._held_there). The
town itself, or a crossing at its post, keeps its role. Tested with negation, hedging and
distractors.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest

from extract_helpers import reported_role_of as role_of

# ------------------------------------------------------------------ held at a post, not arrived


@pytest.mark.parametrize("text, place", [
    ("All forty were taken to the Agadez border police station and fingerprinted.", "Agadez"),
    ("The migrants were taken to the Sebha border post for questioning.", "Sebha"),
    ("A police aircraft flew them to the Lampedusa air base on Monday night.", "Lampedusa"),
    ("From the beach the group was taken to the Pozzallo station for processing.", "Pozzallo"),
    ("The migrants were taken to the Zuwara police station, where they spent the night.", "Zuwara"),
    # hedged: still a post, no journey's end
    ("The men were reportedly taken to the Agadez police station.", "Agadez"),
], ids=["border-police-station", "border-post", "air-base", "station-for-processing",
        "police-station", "hedged"])
def test_a_police_station_border_post_or_air_base_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # the town itself: where they were taken
    ("All forty were taken to Agadez, where police fingerprinted them.", "Agadez"),
    # a station named elsewhere in the sentence, not after the place
    ("The migrants were taken to Lampedusa and held at a police station for a day.", "Lampedusa"),
    # a bus station is no custody
    ("They took a bus to the Sebha bus station and walked to a friend's house.", "Sebha"),
    # a camp on a base houses people: where they live now
    ("Families who fled the fighting were taken to the Agadez army base camp, where they now live.", "Agadez"),
], ids=["the-town", "station-elsewhere", "bus-station", "base-camp"])
def test_the_town_itself_stays_a_destination(text, place):
    assert "destination" in role_of(text, place)


def test_a_crossing_at_a_border_post_stays_a_stop_on_the_way():
    assert "transit" in role_of("The migrants crossed into Libya at the Sebha border post at night.", "Sebha")
