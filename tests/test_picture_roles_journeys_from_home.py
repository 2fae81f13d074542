"""The first place of a stated journey that the document gives as the people's home is the
home left, not a stop on the way (roles._journeys_from_home, [settings] journey_start_cues,
journey_home_kept): an origin only, though the route still starts there. Sentences written for
these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, role_of

TOLD = "Migrants and refugees told aid workers about their journeys this year. "


@pytest.mark.parametrize("text", [
    "A man from Sebha said he took a bus from Sebha to Tripoli in May.",
    "Families who fled Sebha said they travelled from Sebha to Tripoli by night.",
], ids=["man-from", "families-who-fled"])
def test_a_journey_from_the_peoples_home_starts_at_their_origin(text):
    assert role_of(text, "Sebha", TOLD) == {"origin"}


def test_the_route_still_starts_at_the_home():
    pic = picture(TOLD + "A man from Sebha said he took a bus from Sebha to Tripoli in May.")
    assert [f.name for f in pic.features if f.role == "route"] == ["Sebha → Tripoli"]


@pytest.mark.parametrize("text, place", [
    # the home is not where this journey starts: a stop on the way
    ("A man from Sebha said he took a bus from Agadez to Sebha and then on to Tripoli.", "Sebha"),
    # the journey's first place is not the home: it stays a stop
    ("A man from Kufra said he took a bus from Sebha to Tripoli in May.", "Sebha"),
    ("A man from Sebha said he took a bus from Agadez to Sebha and then on to Tripoli.", "Agadez"),
], ids=["home-reached-later", "another-home", "first-stop-not-home"])
def test_a_stop_that_is_not_the_journeys_home_start_keeps_its_role(text, place):
    assert "transit" in role_of(text, place, TOLD)


def test_a_journey_by_sea_from_the_home_keeps_its_stop():
    text = "A woman from Sfax said she took the ferry from Sfax to Tunis and then a bus."
    assert "transit" in role_of(text, "Sfax", TOLD)
