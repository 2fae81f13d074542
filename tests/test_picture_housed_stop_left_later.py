"""A stop left later stays where people arrived when the text houses them there: right after
its name ([settings] housed_after: "taken to X, where staff registered each family at a school")
or in the claim's own words ([settings] housed_words: "moved in with relatives in X", "went to
relatives in X"). Routes still go on from it; its feature is a destination. Not a wait for the
way on, nor a stay denied.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of displaced families fled the floods, aid agencies said. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "Buses took most of them to Misrata, where staff registered each family at a school. "
                "Weeks later many went on from Misrata to Tripoli.", "Misrata"),
    (_OPENING + "Buses took most of them to Misrata, where they were housed in a gym. "
                "Weeks later many went on from Misrata to Tripoli.", "Misrata"),
    (_OPENING + "About ninety families moved in with relatives in Misrata. "
                "Later some went on from Misrata to Tripoli.", "Misrata"),
], ids=["registered-after", "housed-after", "kin-lodged"])
def test_a_stop_that_housed_people_stays_their_arrival(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    # a wait for the way on
    (_OPENING + "Buses took most of them to Misrata, where they waited for a boat. "
                "Weeks later many went on from Misrata to Tripoli.", "Misrata"),
    # denied
    (_OPENING + "Buses took most of them to Misrata, where nobody was registered. "
                "Weeks later many went on from Misrata to Tripoli.", "Misrata"),
], ids=["waited", "denied"])
def test_a_stop_only_passed_stays_a_transit(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())
