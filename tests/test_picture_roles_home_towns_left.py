"""A town of the people's own country that they leave is their home (roles._homes_left,
[settings] home_town_kinds, home_town_by_sea): an origin, in a report that takes no one to sea,
unless a ride leaves it (home_town_ride). Sentences written for these tests, geocoded by the tiny
fixture gazetteer (tests/extract_helpers.py) with a few towns of its own."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, role_of, with_places

_TOWNS = {
    "Kassala": ("geonames:372753", "city", "SD", 15.45099, 36.39998, "Kassala"),
    "Gedaref": ("geonames:378459", "city", "SD", 14.03493, 35.38344, "Al Qaḑārif"),
    "Mbour": ("geonames:2248752", "city", "SN", 14.42, -16.96, "Mbour"),
    "Canaries": ("geonames:2593110", "admin", "ES", 28.0, -15.5, "Canarias"),
}

SUDANESE = "Sudanese families fleeing the war walked into Chad this month. "


@pytest.fixture(autouse=True)
def towns(monkeypatch):
    with_places(monkeypatch, _TOWNS)


@pytest.mark.parametrize("text", [
    "Most of the families had left Kassala weeks before.",
    "Some have been on the road since they left Kassala or Gedaref in March.",
], ids=["had-left", "since-they-left"])
def test_a_town_of_the_peoples_country_left_is_their_home(text):
    assert role_of(text, "Kassala", SUDANESE) == {"origin"}


@pytest.mark.parametrize("context, text", [
    # a town of another country: where the journey sets off
    (CONTEXT, "Most of the families had left Kassala weeks before."),
    # denied: nobody left it
    (SUDANESE, "The families had not left Kassala before the shelling began."),
    # a hedge: the cue's own reading stands
    (SUDANESE, "Most of the families had reportedly left Kassala weeks before."),
    # a ride leaves it: a hub people set off from
    (SUDANESE, "Pickup trucks packed with families leave daily from Kassala."),
    (SUDANESE, "Old pickup trucks packed with men, women and children leave daily from Kassala."),
], ids=["another-country", "negated", "hedged", "trucks-leave", "trucks-packed-with-people"])
def test_a_town_left_elsewhere_denied_or_hedged_is_no_home(context, text):
    assert "origin" not in role_of(text, "Kassala", context)


def test_a_town_left_on_a_sea_route_stays_where_boats_set_off():
    text = ("Senegalese fishermen reached the Canaries in a pirogue on Monday. Survivors said they left "
            "Mbour eleven days ago.")
    assert role_of(text, "Mbour", "") == {"launch_point"}
