"""Control zones on the right place, once: a camp at a town the text locates in its country
("X in Chad, where ... camp") is at the town; a named camp in a district ("the X camp in Y
district") is at the camp; camps in a country the sentence places in a district or names one
by one are there, not all over the country; one clause of a named force holding a town is one
zone, the hold.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)
with a few places of Chad added."""

from __future__ import annotations

import pytest
from extract_helpers import with_places, zones_told

CHAD = {
    "Adre": ("test:adre", "city", "TD", 13.47, 22.20, "Adré"),
    "Abeche": ("test:abeche", "city", "TD", 13.83, 20.83, "Abéché"),
    "Ouaddai": ("test:ouaddai", "admin", "TD", 13.5, 21.5, "Ouaddaï"),
    "Assoungha": ("test:assoungha", "admin", "TD", 13.3, 21.9, "Assoungha"),
    "Farchana": ("test:farchana", "landmark", "TD", 13.6, 21.8, "Farchana"),
    "Gaga": ("test:gaga", "landmark", "TD", 13.9, 21.7, "Gaga"),
    "Kerfi": ("test:kerfi", "city", "TD", 13.2, 21.6, "Kerfi"),
}


@pytest.fixture(autouse=True)
def _chad(monkeypatch):
    with_places(monkeypatch, CHAD)


def _places(text: str) -> set[str]:
    return {place for _, place in zones_told(text)}


# ------------------------------------------------ "X in Chad, where ... a camp": at X


@pytest.mark.parametrize("text", [
    "Sudanese refugees crossed to Adre in Chad, where the UN refugee agency runs a transit camp.",
    "Sudanese refugees walked on and reached Adre, in Chad, where the UN has set up a transit camp.",
], ids=["in", "comma-in"])
def test_a_camp_at_a_town_located_in_its_country_is_at_the_town(text):
    places = _places(text)
    assert "Adre" in places and "Chad" not in places


@pytest.mark.parametrize("text", [
    # nothing narrower named: the country is all the text gives
    "Sudanese refugees crossed into Chad, where the UN refugee agency runs a transit camp.",
    # a town of another country before it locates nothing in Chad
    "Sudanese refugees left Sebha for Chad, where the UN refugee agency runs a transit camp.",
], ids=["country-only", "town-abroad"])
def test_a_camp_in_a_country_named_alone_stays_there(text):
    places = _places(text)
    assert "Chad" in places and "Sebha" not in places


# ------------------------------------------------ "the X camp in Y district": at X


def test_a_named_camp_in_a_district_is_at_the_camp():
    places = _places("Buses take the families to the Farchana camp in Assoungha district, which hosts 20,000 people.")
    assert "Farchana" in places and "Assoungha" not in places


def test_a_named_camp_in_a_town_named_as_its_district_is_at_the_camp():
    places = _places("Buses take the families to the Farchana camp in Kerfi district, which hosts 20,000 people.")
    assert "Farchana" in places and "Kerfi" not in places


@pytest.mark.parametrize("text, place", [
    # no camp of its own name: the district is all the text gives
    ("Buses take the families to the camp in Assoungha district, which hosts 20,000 people.", "Assoungha"),
    # a town with no district's word after it holds the camp too ("the X centre in Y")
    ("The families are received at the Farchana centre in Kerfi, run by the ministry.", "Kerfi"),
], ids=["unnamed-camp", "town"])
def test_a_district_or_town_without_a_named_camp_keeps_its_zone(text, place):
    assert place in _places(text)


# ------------------------------------------------ camps in a country, placed inside it


@pytest.mark.parametrize("text, place", [
    ("More than 400,000 Sudanese refugees live in camps in Chad, most of them in Ouaddai.", "Ouaddai"),
    ("More than 400,000 Sudanese refugees live in camps in Chad, in the Ouaddai region.", "Ouaddai"),
], ids=["most-of-them-in", "in-the-region"])
def test_camps_in_a_country_placed_in_a_province_are_there(text, place):
    places = _places(text)
    assert place in places and "Chad" not in places


def test_camps_in_a_country_named_one_by_one_are_at_each_camp():
    places = _places("Sudanese refugees live in camps in Chad, such as Farchana and Gaga.")
    assert {"Farchana", "Gaga"} <= places and "Chad" not in places


@pytest.mark.parametrize("text", [
    # an aside of manner, no place: the country stays
    "More than 400,000 Sudanese refugees live in camps in Chad, in conditions aid workers call dire.",
    # a town of the next clause is where officials sit, not where the camps are
    "More than 400,000 Sudanese refugees live in camps in Chad, and officials in Abeche want more aid.",
], ids=["manner", "next-clause"])
def test_camps_in_a_country_not_placed_inside_it_stay_on_the_country(text):
    assert "Chad" in _places(text)


# ------------------------------------------------ one clause of a force holding a town: one zone


def test_a_named_force_holding_a_town_is_one_hold():
    found = {z for z in zones_told("Migrants say the Libyan National Army controls the border town of Kufra.")
             if z[1] == "Kufra"}
    assert found == {("contested", "Kufra")}


def test_soldiers_controlling_a_town_stay_a_border_zone():
    # no force of its own name: the state's soldiers, no armed group's hold
    found = {z for z in zones_told("Migrants say Libyan soldiers control the border town of Kufra.") if z[1] == "Kufra"}
    assert found == {("border", "Kufra")}


def test_another_force_acting_at_a_held_town_keeps_its_own_zone():
    found = {z for z in zones_told("The Libyan National Army controls Kufra, and Chadian soldiers "
                                   "turned back migrants near Kufra.") if z[1] == "Kufra"}
    assert {("contested", "Kufra"), ("border", "Kufra")} <= found
