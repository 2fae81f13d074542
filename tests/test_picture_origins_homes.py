"""Roles: where people come from, told as the home they go back to: people who go, ride or are
sent home to a place, or back to their villages near it (origin.home_gone_back_to), and the
violence that drove people out of a place, told before the people ("clashes between the army
and rebels around X have driven civilians south": origin.violence_between). Tested with
negation and hedging, and distractors (a place "home to" people, the teller's present home, a
home only wished for or planned, areas of origin a return flow ends in, the violence that only
closed a road).

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with its Andean places added."""

from __future__ import annotations

import pytest
from extract_helpers import reported_role_of as role_of


pytestmark = pytest.mark.usefixtures("andean_places")


# ---- origin.home_gone_back_to -------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Most were released the same evening and given bus fare to go home to Oruro, Potosi and Uyuni.", "Oruro"),
    ("Most were released the same evening and given bus fare to go home to Oruro, Potosi and Uyuni.", "Uyuni"),
    ("After a month in the holding centre in Salta he went home to Tarija.", "Tarija"),
    ("Most deportees then take minibuses home to Oruro or Sucre that same afternoon.", "Sucre"),
    ("Those released make their own way home, mostly to Potosi and Uyuni.", "Potosi"),
    ("He was picked up on a building site in Salta and sent home to Oruro a week later.", "Oruro"),
    ("Dozens of families went back to their villages near Uyuni once the water had gone down.", "Uyuni"),
    ("Last spring the brothers rode home to Tarija on the night bus, broke and angry.", "Tarija"),
])
def test_a_home_gone_back_to_is_where_people_come_from(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # a home only wished for, or a plan to send people home
    ("Before I die I want to go home, to Oruro, and see the church again.", "Oruro"),
    ("The government plans to send the migrants home to Potosi by the end of the year.", "Potosi"),
])
def test_a_home_wished_for_or_planned_is_not_read_as_gone_back_to(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a place that is home to people is no one's way home
    ("Salta is home to many families who crossed the border years ago.", "Salta"),
    # where the teller lives now: "come home to"
    ("I go back for the festival every year, and then I come home to Salta.", "Salta"),
    # an official's trip home
    ("The minister flew home to Sucre after the talks in Salta.", "Sucre"),
])
def test_no_home_left_in_other_homes(text, place):
    assert "origin" not in role_of(text, place)


def test_areas_of_origin_a_return_flow_ends_in_stay_its_destination():
    text = "Refugees are returning to their areas of origin, mainly in Oruro and Potosi."
    assert role_of(text, "Oruro") == {"destination"}


# ---- origin.violence_between --------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Clashes between the army and armed groups around Oruro have driven civilians south toward "
     "the border.", "Oruro"),
    ("Since October, renewed fighting between community militias in Uyuni territory has forced an "
     "estimated 21,000 people from their homes.", "Uyuni"),
])
def test_violence_between_fighters_in_a_place_drove_people_from_it(text, place):
    assert role_of(text, place) == {"origin"}


@pytest.mark.parametrize("text, place", [
    # negated: the people were not driven out
    ("Clashes between the army and armed groups around Oruro have not driven civilians out, the "
     "mayor said.", "Oruro"),
    # the violence moved no people: a road closed
    ("Fighting between rebels and the army near Potosi has forced the closure of the main road.", "Potosi"),
])
def test_violence_between_that_moved_no_one_gives_no_origin(text, place):
    assert "origin" not in role_of(text, place)
