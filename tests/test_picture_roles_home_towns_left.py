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


TOLD = "Migrants and refugees told aid workers about their journeys this year. "
_MORE = {
    "El Hierro": ("geonames:2519233", "island", "ES", 27.75, -18.0, "El Hierro"),
}


@pytest.mark.parametrize("context, text, town", [
    # the sea is in the sentence, not the claim's words (review38 H3)
    (TOLD, "Senegalese migrants left Mbour in a pirogue a week ago and reached El Hierro on Sunday.", "Mbour"),
    # ... or in another sentence of the report
    (TOLD, "Some 200 Tunisians left Sfax on Tuesday night. Most were picked up by the Italian coastguard "
         "off Lampedusa.", "Sfax"),
], ids=["pirogue-after-the-town", "coastguard-next-sentence"])
def test_a_town_left_in_a_report_of_the_sea_stays_a_launch_point(monkeypatch, context, text, town):
    with_places(monkeypatch, _MORE)
    assert role_of(text, town, context) == {"launch_point"}


@pytest.mark.parametrize("context, text, town", [
    # the rest of the clause crosses a border (review38 M3)
    (SUDANESE, "Many said they left Kassala by raft across the river into Eritrea.", "Kassala"),
    # ... or goes to sea
    (SUDANESE, "Many said they left Kassala in a pirogue and reached the Red Sea coast.", "Kassala"),
], ids=["across-the-river", "pirogue"])
def test_a_town_left_across_a_border_is_no_home(monkeypatch, context, text, town):
    with_places(monkeypatch, _MORE)
    assert "origin" not in role_of(text, town, context)


@pytest.mark.parametrize("text", [
    "Many said they left Kassala on foot toward Eritrea.",
    "Most of the men left Kassala on foot weeks before.",
    "A group of young men left Gedaref and Kassala bound for the border.",
    "Some had left Kassala towards Chad a month earlier.",
], ids=["on-foot-toward", "on-foot", "bound-for", "towards"])
def test_a_town_left_on_the_way_on_is_where_the_journey_sets_off(text):
    # home_town_onward: the words right after the town set people on their way, not home
    assert role_of(text, "Kassala", SUDANESE) == {"launch_point"}


@pytest.mark.parametrize("text", [
    # a date or company right after the town: the home left
    "Most of the families had left Kassala in March with their children.",
    # the way on comes after a comma, in another clause: the town is still the home
    "Most of the families had left Kassala, and some later walked towards Chad.",
    # a hope or another clause between the town and the way on: still the home
    "Most of the families had left Kassala hoping one day to head toward Europe.",
    "Most of the families had left Kassala after relatives said the road was on their way to ruin.",
], ids=["date-company", "way-on-after-comma", "hope-between", "clause-between"])
def test_a_town_left_with_no_way_on_right_after_it_stays_the_home(text):
    assert role_of(text, "Kassala", SUDANESE) == {"origin"}
