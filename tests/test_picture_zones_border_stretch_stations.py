"""Control zones of the right place, actor and width: a patrol on "that stretch of the border", a
shelter in a building, a force's own station, a navy speaking of its ship, camps a state closed.

Sentences written for these tests, on the Iranian-Afghan, Indonesian, Mexican and Ethiopian
borders; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import with_places, zones_by_place

PLACES = {
    "Nimroz": ("geomig:test-nimroz", "admin", "AF", 30.9500, 62.2000, "Nimroz"),
    "Herat": ("geomig:test-herat", "city", "AF", 34.3482, 62.1997, "Herat"),
    "Iran": ("geomig:test-iran", "country", "IR", 32.0, 53.0, "Iran"),
    "Afghanistan": ("geomig:test-afghanistan", "country", "AF", 33.0, 65.0, "Afghanistan"),
    "Pidie": ("geomig:test-pidie", "admin", "ID", 5.0700, 95.9400, "Pidie"),
    "Lhokseumawe": ("geomig:test-lhokseumawe", "city", "ID", 5.1801, 97.1507, "Lhokseumawe"),
    "Sabang": ("geomig:test-sabang", "city", "ID", 5.8897, 95.3164, "Sabang"),
    "Teknaf": ("geomig:test-teknaf", "city", "BD", 20.8624, 92.3058, "Teknaf"),
    "Indonesia": ("geomig:test-indonesia", "country", "ID", -2.0, 118.0, "Indonesia"),
    "Tapachula": ("geomig:test-tapachula", "city", "MX", 14.9056, -92.2634, "Tapachula"),
    "Guatemala": ("geomig:test-guatemala", "country", "GT", 15.5, -90.25, "Guatemala"),
    "Shire": ("geomig:test-shire", "city", "ET", 14.1000, 38.2833, "Shire"),
    "Ethiopia": ("geomig:test-ethiopia", "country", "ET", 9.0, 39.5, "Ethiopia"),
}
DEMONYMS = {"Iranian": "Iran", "Afghan": "Afghanistan", "Indonesian": "Indonesia",
            "Guatemalan": "Guatemala", "Eritrean": "Eritrea"}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def test_a_patrol_on_that_stretch_of_the_border_holds_the_band_by_the_place_named():
    text = ("Some Afghan migrants tried to cross back into Iran through Nimroz. Iranian soldiers patrol"
            " that stretch of the border, and two men were shot there in May.")
    (zone,) = zones_by_place(text)["Iran"]
    west, south, east, north = zone.geometry.bounds
    # a band along the Afghan border by Nimroz (about 60-62 E, 29.5-32.5 N), not all Iran (44-63 E)
    assert west > 59.0 and east < 62.5
    assert south > 28.5 and north < 33.0


def test_a_shelter_in_a_former_office_building_is_a_reception_zone():
    text = ("A boat carrying 140 Rohingya refugees landed on a beach in Pidie. Police moved the refugees"
            " by truck to a temporary shelter in a former immigration office in Lhokseumawe.")
    assert [z.properties["control"] for z in zones_by_place(text)["Lhokseumawe"]] == ["reception"]


@pytest.mark.parametrize("force", ["the INM", "immigration agents"], ids=["agency", "agents"])
def test_a_force_taking_people_to_its_own_station_holds_them_there(force):
    text = (f"Mexican agents found 120 Guatemalan migrants in a lorry. On Saturday {force} moved them on"
            f" buses to its station in Tapachula.")
    assert [z.properties["control"] for z in zones_by_place(text)["Tapachula"]] == ["detention"]


def test_a_navy_that_says_its_ship_acted_is_the_zones_actor():
    text = ("A wooden boat carrying 140 Rohingya refugees left Teknaf. The Indonesian navy said one of its"
            " ships had spotted the boat off the coast of Sabang and escorted it away.")
    (zone,) = zones_by_place(text)["Sabang"]
    assert zone.properties["actor"] == "Indonesian navy"
    assert zone.properties["control"] == "navy"


@pytest.mark.parametrize("text, held", [
    ("Eritrean refugees have left Ethiopia. Addis Ababa has closed two other camps near Shire.", False),
    ("Eritrean refugees have left Ethiopia. Thousands still live in two camps near Shire.", True),
], ids=["closed", "open"])
def test_camps_a_state_closed_hold_no_one(text, held):
    assert ("Shire" in zones_by_place(text)) is held
