"""Roles: a home people left for another place, told with who left ("her cousin left X for Y":
origin.left_for, before move.from_to's bare departure), and a leg told by its way and the region
it crossed before where it set out ("set out on foot through the X gap from Y": launch.departed),
and a place reached and left by a further ride told right after it ("took the train to X and a
taxi to the border": [settings] onward_later, a stop on the way).
Tested with distractors that keep them quiet: a bus leaving, a ride told after the place, a
stay with no place after "for", people of another country moving on, a home told with "came",
a place only said to be far away, a ride back home and a ride someone else took later.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.left_for: who left a place for another ------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Her cousin left Oruro for Salta in April to look for work.", "Oruro"),
    ("Families who left Potosi for Jujuy before the floods say they will not go back.", "Potosi"),
    ("Young people who have left Tarija for neighbouring Argentina since 2019 send money home.", "Tarija"),
    ("My sister left Sucre, the town where we grew up, for Salta.", "Sucre"),
])
def test_people_who_left_a_place_for_another_come_from_it(text, place):
    assert role_of(text, place) == {"origin"}


def test_the_place_they_left_for_is_where_they_went():
    assert "destination" in role_of("Her cousin left Oruro for Salta in April to look for work.", "Salta")


@pytest.mark.parametrize("text, place", [
    # a bus leaving a town: where a ride sets out, nobody's home
    ("The night bus left Oruro for Salta with forty passengers.", "Oruro"),
    # the ride told after the place: a departure (move.from_to, launch.departed)
    ("They left Tarija for Salta on a night bus.", "Tarija"),
    # no place after "for": a stay, no move told
    ("She has never left Potosi for more than a week.", "Potosi"),
])
def test_a_ride_or_a_stay_left_names_no_home(text, place):
    assert "origin" not in role_of(text, place)


def test_a_town_abroad_left_by_people_of_another_country_is_a_launch_point():
    # the men come from Bolivia: an Argentine town they moved on from is a stop on their way
    text = "The men, all from Bolivia, had worked in Salta for years. In May they left Salta for Peru."
    found = role_of(text, "Salta")
    assert "launch_point" in found and "origin" not in found


# ---- launch.departed: a leg told by its way and the region crossed, then its start ------------

@pytest.mark.parametrize("text, place", [
    ("Last week the families set out on foot through the Uyuni flats from Potosi, bound for Argentina.", "Potosi"),
    ("The migrants travelled by bus across Bolivia from Oruro before they reached Jujuy.", "Oruro"),
    ("Most of the group walked through Uyuni from Tarija in four days.", "Tarija"),
])
def test_a_leg_told_through_a_region_sets_out_from_its_start(text, place):
    assert "launch_point" in role_of(text, place)


def test_the_region_crossed_stays_a_stop_on_the_way():
    text = "Last week the families set out on foot through the Uyuni flats from Potosi."
    assert role_of(text, "Uyuni") == {"transit"}


@pytest.mark.parametrize("text, place", [
    # "came ... from": a home told, not a start of a leg
    ("Most came through Uyuni from Potosi, where their families still farm.", "Potosi"),
    # a place said to be far away, not left
    ("They walked through Uyuni, miles away from Sucre, without water.", "Sucre"),
    ("They walked through Uyuni far from Sucre for two days.", "Sucre"),
])
def test_a_home_told_or_a_place_far_away_is_no_launch_point(text, place):
    assert "launch_point" not in role_of(text, place)


# ---- onward_later: a further ride told right after the place reached -------------------------

@pytest.mark.parametrize("text, place", [
    ("After the strike he took the night train to Oruro and a shared taxi to the border.", "Oruro"),
    ("He rode a bus for two days to Salta, then took his first flight, down to Peru.", "Salta"),
    ("The family went by lorry to Uyuni, then a minibus across the salt flats to the border.", "Uyuni"),
])
def test_a_place_left_by_a_further_ride_is_a_stop_on_the_way(text, place):
    assert role_of(text, place) == {"transit"}


@pytest.mark.parametrize("text, place", [
    # the ride after it goes back home: the place is where the journey ended
    ("He took the night train to Oruro and a taxi back home.", "Oruro"),
    # someone else's ride, later and apart
    ("She moved to Oruro, and a year later her brother took a bus to the city.", "Oruro"),
])
def test_a_ride_home_or_another_s_ride_leaves_the_place_an_end(text, place):
    assert role_of(text, place) == {"destination"}
