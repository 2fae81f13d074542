"""Roles: departures, transit and origins told apart. People said to travel from a
place in an apposition come from it ([vars] CONVEYED_FROM lists being carried, not travelling);
a country people came on from by a compass way stays their home (origin.came_on, kinds), a
town a leg's start (launch.came_on); "over the years" is no ground crossed (launch.came_across);
a border town or a place of captivity is a stop only of people on the move (transit.border_near,
transit.passing); the ground around a place left ([vars] AROUND_PLACE); a town named after water
stays a home ([settings] water_name, water_kinds). Each with the reading it must keep.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of
from extract_helpers import with_places

# ------------------------------------------------------------------ most of them travelling from X


@pytest.mark.parametrize("text, place", [
    ("The refugees, many of them teenagers travelling from Eritrea, reached Malta on Monday.", "Eritrea"),
    ("The passengers, most of them women walking from Sudan, were found near Agadez.", "Sudan"),
], ids=["travelling", "walking"])
def test_people_travelling_from_a_country_in_an_apposition_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


def test_boats_sailing_from_a_place_in_an_apposition_set_off_from_it():
    text = "The coast guard stopped 90 migrants, most of them sailing from Zuwara, off Lampedusa."
    assert "origin" not in role_of(text, "Zuwara")
    assert role_of(text, "Zuwara") & {"launch_point", "transit"}


# ------------------------------------------------------------------ came north from a country

def test_a_country_people_came_north_from_with_another_home_is_where_they_set_off():
    text = "The Eritrean refugees had come north from Sudan over several weeks."
    assert role_of(text, "Sudan") == {"launch_point"}
    assert "origin" in role_of(text, "Eritrea")


# ------------------------------------------------------------------ come over the years from X

@pytest.mark.parametrize("text", [
    "Thousands of families have come over the years from Chad, aid workers say.",
    "Refugees have come over recent months from Sudan, aid workers say.",
], ids=["years", "recent-months"])
def test_a_time_people_came_over_is_no_ground_crossed(text):
    place = "Chad" if "Chad" in text else "Sudan"
    assert "launch_point" not in role_of(text, place)


# ------------------------------------------------------------------ transit needs people

@pytest.mark.parametrize("text, place", [
    ("The border near the Libyan town of Kufra was closed to trade for a week.", "Kufra"),
    ("A Tunisian businessman was held for weeks in a house in Sfax by kidnappers demanding a ransom.", "Sfax"),
], ids=["border-closed", "businessman-held"])
def test_a_border_town_or_a_captivity_with_no_one_on_the_move_is_no_stop(text, place):
    assert "transit" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("The night bus from Tunis reaches the border near Kufra before dawn.", "Kufra"),
    ("Smugglers drove the families to the border at Kufra.", "Kufra"),
], ids=["bus", "families"])
def test_a_border_town_people_or_their_bus_reach_is_a_stop(text, place):
    assert "transit" in role_of(text, place)


# ------------------------------------------------------------------ the countryside around X

def test_leaving_the_countryside_around_a_town_is_leaving_the_town():
    around = role_of("Hundreds of families left the countryside around Sebha last month.", "Sebha")
    assert around == role_of("Hundreds of families left Sebha last month.", "Sebha") == {"launch_point"}


# ------------------------------------------------------------------ a town named after water

TOWNS = {"Fall River": ("geonames:4936159", "city", "US", 41.70149, -71.15505, "Fall River"),
         "Walnut Creek": ("geonames:5406990", "city", "US", 37.90631, -122.06496, "Walnut Creek"),
         "Kagera": ("geonames:150006", "admin", "TZ", -1.5, 31.25, "Kagera")}


@pytest.mark.parametrize("text, place", [
    ("The family, from Fall River, had crossed from Libya to Malta.", "Fall River"),
    ("A man from Walnut Creek reached Malta by boat from Libya.", "Walnut Creek"),
], ids=["fall-river", "walnut-creek"])
def test_a_town_named_after_water_stays_a_home(monkeypatch, text, place):
    with_places(monkeypatch, TOWNS)
    assert "origin" in role_of(text, place)


def test_a_capitalised_river_after_a_known_name_is_no_origin(monkeypatch):
    with_places(monkeypatch, TOWNS)
    assert "origin" not in role_of("Police pulled 14 Eritrean men from the Kagera River last week.", "Kagera")


# ------------------------------------------------------------------ "From there we walked"

@pytest.mark.parametrize("text", [
    "Smugglers drove the families overnight to Sebha. From there we walked for three nights.",
    "Smugglers drove the families overnight to Sebha. From there you start walking.",
    "Smugglers drove the families overnight to Sebha. That is where the walking starts.",
], ids=["walked", "start-walking", "where-it-starts"])
def test_a_place_the_next_sentence_moves_on_from_is_a_stop(text):
    assert role_of(text, "Sebha") == {"transit"}


@pytest.mark.parametrize("text", [
    "Smugglers drove the families overnight to Sebha. From there nobody went on for months.",
    "Smugglers drove the families overnight to Sebha. From there they were sent back in trucks.",
    "Smugglers drove the families overnight to Sebha. The town is quiet at night.",
], ids=["nobody", "sent-back", "no-move"])
def test_a_place_reached_stays_the_end_where_no_one_moves_on(text):
    assert role_of(text, "Sebha") == {"destination"}


# ------------------------------------------------------------------ a change of vehicle at a place

@pytest.mark.parametrize("text", [
    "The group flew to Tunis. In Tunis they changed to a bus for Sfax.",
    "They take a shared taxi to Agadez, change in Tunis for the coach to Sfax and sleep on the way.",
], ids=["in-x-changed-to", "change-in-x-for"])
def test_a_place_where_people_change_vehicles_is_a_stop(text):
    assert "transit" in role_of(text, "Tunis")


@pytest.mark.parametrize("text", [
    # people on the move, so that only the vehicle after "for" tells a change of vehicle
    "The families changed in Tunis for the wedding.",
    "Two brothers changed in Tunis for the night shift.",
], ids=["wedding", "night-shift"])
def test_changing_clothes_for_an_event_is_no_stop(text):
    assert "transit" not in role_of(text, "Tunis")
