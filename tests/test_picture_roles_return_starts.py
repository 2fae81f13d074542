"""The place a return starts from is where its people had been (roles._return_starts_reached):
the destination of their earlier journey, where the text gives it no other role. The start of
a return is still no origin, and a state named for its government plays no role.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of, roles


@pytest.mark.parametrize("text, place", [
    ("Nigerians who had lived in Libya for years were deported from Libya on Monday.", "Libya"),
    ("A plane carrying 120 Eritreans deported from Egypt landed on Friday.", "Egypt"),
    ("More than 9,000 Nigerians have been sent back from Libya since January.", "Libya"),
    ("A bus unloaded 40 people deported from Tripoli and Benghazi at the border post.", "Benghazi"),
    ("Farah, 24, came home from Tunisia in the spring after losing his job.", "Tunisia"),
    ("Deportation flights from Italy land almost every week now.", "Italy"),
], ids=["lived-then-deported", "deported-from", "sent-back-from", "list", "came-home-from", "flights-from"])
def test_the_start_of_a_return_is_where_people_had_gone(text, place):
    assert role_of(text, place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # the state as its government: no "from", no place people were
    ("Italy deported 40 Tunisians last week.", "Italy"),
    # nobody was removed
    ("The Eritreans were never deported from Egypt.", "Egypt"),
    # a border only reached
    ("Forty Eritreans were sent back from the Libyan border.", "Libya"),
    # a home named after the return
    ("Deportees arrived in Tripoli on Monday. Most of those sent back come from Nigeria.", "Nigeria"),
    ("Deportees arrived in Tripoli on Monday. Most of the deportees are from Senegal.", "Senegal"),
    # a trip home that is no return of migrants
    ("The orchestra will fly home from Rome after the last concert of its tour.", "Rome"),
], ids=["government", "denied", "border", "home-come-from", "home-are-from", "tour"])
def test_no_destination_where_no_return_started_from_a_place_reached(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())


def test_a_home_people_were_sent_back_to_is_unchanged():
    text = ("Nigerians who had worked in Libya for years were deported from Libya to Nigeria. "
            "Most of them were born in Nigeria.")
    got = roles(picture(text))
    assert "destination" not in got.get("Nigeria", set())


def test_the_start_of_a_return_is_no_origin():
    assert "origin" not in roles(picture("Forty Eritreans were sent back from Sudan on Monday.")).get("Sudan", set())


def test_a_place_with_another_role_keeps_it():
    text = ("The boat left Zuwara on Monday and reached Lampedusa. "
            "Later the Tunisians were deported from Lampedusa to Tunisia, and others came back from Zuwara.")
    got = roles(picture(text))
    assert got.get("Zuwara") == {"launch_point"}
