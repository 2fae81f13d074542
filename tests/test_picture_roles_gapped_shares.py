"""Roles: shares of a group told with their verb left out (roles._gapped, session 37): after a
launch point, "27 per cent left from X, and the rest from Y and Z" makes Y and Z launch points
(not homes: the share's verb is a departure); after a destination, "most went to X, others to Y
and Z" makes Z a destination as well as Y. Silent after a departure denied, and a share's
preposition must fit the claim's role ("most went to X, others from Y": Y no destination).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its SHARES_PLACES added."""

from __future__ import annotations

import pytest
from extract_helpers import REPORTED, SHARES_PLACES, picture, roles, with_places


@pytest.fixture(autouse=True)
def more_places(monkeypatch):
    with_places(monkeypatch, SHARES_PLACES)


def test_departing_shares_are_launch_points_not_homes():
    text = ("The deportation flights mostly left from Alexandria; another 27 per cent left from "
            "Harlingen, and the rest from El Paso and San Diego.")
    found = roles(picture(REPORTED + text))
    for place in ("El Paso", "San Diego"):
        assert "launch_point" in found.get(place, set()), (place, found)
        assert "origin" not in found.get(place, set()), (place, found)


def test_hedged_departing_share_is_still_read():
    text = ("The flights reportedly left from Harlingen, and the rest from El Paso.")
    found = roles(picture(REPORTED + text))
    assert "launch_point" in found.get("El Paso", set()), found


@pytest.mark.parametrize("text", [
    # the departure denied: no share read after it
    "No flight left from Harlingen this year, and the rest from El Paso were cancelled too.",
    # a share from a place after a destination: no destination
    "Most of the families went to Harlingen, others from El Paso, the shelter said.",
], ids=["denied", "wrong-preposition"])
def test_no_gapped_role_without_its_own_leg(text):
    found = roles(picture(REPORTED + text))
    assert not ({"launch_point", "destination"} & found.get("El Paso", set())), found


def test_a_destination_share_lists_each_place():
    text = "Most of the refugees went to Madrid, and others to Bilbao and Seville."
    found = roles(picture(REPORTED + text))
    for place in ("Bilbao", "Seville"):
        assert "destination" in found.get(place, set()), (place, found)


@pytest.mark.parametrize("text", [
    "The 80 passengers had left from Sfax, 30 from Guinea and 20 from Mali.",
    "Of the 80 who set off from Sfax, 30 from Guinea were rescued.",
    "Of the 60 people who set off from Sfax last week, 25 from Senegal were returned to the port.",
], ids=["listed", "of-the", "of-the-people"])
def test_a_count_from_a_country_after_a_launch_point_is_a_home(text):
    """A count "from" a country after a port is the usual nationality breakdown (session 37 review H1)."""
    found = roles(picture(REPORTED + text))
    for place in ("Guinea", "Mali", "Senegal"):
        if place in text:
            assert "launch_point" not in found.get(place, set()), (place, found)
            assert "origin" in found.get(place, set()), (place, found)
