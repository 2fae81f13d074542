"""Roles: departure and transit places told in other words. A leg told by its
direction starts at a stop, not a home ("had come north from X", launch.came_on); people
carried from a place, told in an apposition, set off from it ("the migrants, most of them flown
from X", [vars] CONVEYED_FROM in home_from_before); boats leaving the area around a place
([vars] AROUND_PLACE); people who came over or through some ground from a place (launch.came_across);
stays told by their length or by whoever kept people ("stopped in X for a month", "held in a
warehouse in X by smugglers", transit.passing). Each with distractors: homes, goods, people
stopped by a force, custody.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


# ------------------------------------------------------------------ came on from X

@pytest.mark.parametrize("text, place", [
    ("The passengers had come north from Agadez in the back of a lorry.", "Agadez"),
    ("The men came up from Sebha on foot before the boat left Zuwara.", "Sebha"),
    ("The families travelled down overland from Tunis over a week.", "Tunis"),
], ids=["north", "up", "down-overland"])
def test_a_place_people_came_on_from_is_a_launch_point_not_a_home(text, place):
    assert role_of(text, place) == {"launch_point"}


def test_a_plain_came_from_told_of_people_is_still_their_home():
    text = "Most of the passengers came from Eritrea, the coast guard said."
    assert role_of(text, "Eritrea") == {"origin"}


# ------------------------------------------------------------------ most of them flown from X

@pytest.mark.parametrize("text, place", [
    ("Polish guards stopped 200 migrants, most of them flown from Tunis to Belarus in October.", "Tunis"),
    ("Police found the refugees, many of them bused from Sebha, at a farm near Zuwara.", "Sebha"),
], ids=["flown", "bused"])
def test_people_carried_from_a_place_set_off_from_it(text, place):
    assert "origin" not in role_of(text, place)
    assert role_of(text, place) & {"launch_point", "transit"}


def test_people_said_to_be_from_a_place_in_an_apposition_still_come_from_it():
    text = "The migrants, most of them farmers from Eritrea, had flown to Tunis."
    assert "origin" in role_of(text, "Eritrea")


# ------------------------------------------------------------------ the area around X

@pytest.mark.parametrize("text, place", [
    ("Three boats left the area around Zuwara on Sunday night.", "Zuwara"),
    ("The dinghy set off from the outskirts of Sabratha before dawn.", "Sabratha"),
], ids=["area-around", "outskirts-of"])
def test_leaving_the_area_around_a_place_sets_off_from_it(text, place):
    assert "launch_point" in role_of(text, place)


# ------------------------------------------------------------------ came over some ground from X

@pytest.mark.parametrize("text, place", [
    ("Hundreds of families came over the mountains from Chad last week.", "Chad"),
    ("Refugees were coming through from Sudan into Chad all night.", "Sudan"),
], ids=["over-the-mountains", "through-from"])
def test_people_who_came_over_or_through_from_a_place_set_off_from_it(text, place):
    assert role_of(text, place) & {"launch_point", "transit"}
    assert "origin" not in role_of(text, place)


def test_goods_that_came_over_the_border_give_no_launch_point():
    text = "Fuel and cigarettes came over the hills from Niger, traders said."
    assert "launch_point" not in role_of(text, "Niger")


# ------------------------------------------------------------------ stays on the way

@pytest.mark.parametrize("text, place", [
    ("The group stopped in Agadez for a month before crossing the desert.", "Agadez"),
    ("They lay low in Sfax for weeks until the sea was calm.", "Sfax"),
    ("The women were held for months in a warehouse in Kufra by smugglers.", "Kufra"),
], ids=["stopped-for", "lay-low", "held-by-smugglers"])
def test_a_stay_on_the_way_is_a_stop(text, place):
    assert "transit" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # stopped by a force: the control frames' place, no stop of the journey
    ("The migrants were stopped in Agadez for a week by the police.", "Agadez"),
    # kept in a warehouse by the police is custody
    ("The men were held for days in a warehouse in Kufra by the police.", "Kufra"),
], ids=["stopped-by-police", "held-by-police"])
def test_people_stopped_or_held_by_a_force_make_no_stop(text, place):
    assert "transit" not in role_of(text, place)


# ------------------------------------------------------------------ the border near the town of X

def test_the_border_near_a_town_named_with_its_country_is_crossed_there():
    text = "The families entered Niger through the border near the small Libyan town of Kufra."
    assert "transit" in role_of(text, "Kufra")


# ------------------------------------------------------------------ a stay told by its length first

@pytest.mark.parametrize("text", [
    "They stopped for two weeks in Agadez, where smugglers found them a truck.",
    "The group rested for a few days at Agadez before the desert crossing.",
    "Most of the migrants lay low for weeks in Agadez.",
], ids=["stopped-for-weeks-in", "rested-for-days-at", "lay-low-for-weeks"])
def test_a_stay_told_by_its_length_before_the_place_is_on_the_way(text):
    assert role_of(text, "Agadez") == {"transit"}


@pytest.mark.parametrize("text", [
    # people stopped by others: the control frames', no stop of their own
    "The migrants were stopped for hours at Agadez by the police.",
    # no movers: a pause of something else
    "Flights were halted for weeks at Agadez after the coup.",
], ids=["were-stopped", "flights-halted"])
def test_a_pause_that_is_no_stay_of_movers_is_no_stop(text):
    assert "transit" not in role_of(text, "Agadez")


# ------------------------------------------------------------------ a time told before "from"

@pytest.mark.parametrize("text", [
    "The boat left at night from Sfax with forty people on board.",
    "Two dinghies departed early on Sunday from Sfax.",
    "The fishing boat sailed before dawn from Sfax.",
    # "reportedly": still the departure (these patterns do not mark the claim hedged)
    "The boat reportedly left at dawn from Sfax.",
], ids=["left-at-night-from", "departed-early-on-sunday-from", "sailed-before-dawn-from", "hedged"])
def test_a_departure_with_its_time_before_from_is_a_launch_point(text):
    assert role_of(text, "Sfax") == {"launch_point"}


@pytest.mark.parametrize("text", [
    # people between the verb and "from": where they come from, no departure
    "The smugglers left thirty migrants from Sfax stranded in the desert.",
    # counted, after "left behind": still people from the place
    "The traffickers left behind dozens from Sfax at a farm in the desert.",
    # denied
    "No boat left last night from Sfax, the coastguard said.",
], ids=["people-from", "left-behind-dozens-from", "negated"])
def test_people_from_a_place_or_a_denied_departure_is_no_launch_point(text):
    assert "launch_point" not in role_of(text, "Sfax")
