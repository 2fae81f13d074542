"""Zones at posts: a checkpoint at a town's entrance, a migration agency's office, a return's
end, a patrol car.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import with_places, zones_by_place

PLACES = {
    "Batken": ("geomig:test-batken", "city", "KG", 40.0625, 70.8194, "Batken"),
    "Osh": ("geomig:test-osh", "city", "KG", 40.5283, 72.7985, "Osh"),
    "Salina Cruz": ("geomig:test-salina-cruz", "city", "MX", 16.1670, -95.2000, "Salina Cruz"),
    "Oaxaca": ("geomig:test-oaxaca", "admin", "MX", 17.0, -96.5, "Oaxaca"),
    "Honduras": ("geomig:test-honduras", "country", "HN", 15.0, -86.5, "Honduras"),
    "Mexico": ("geomig:test-mexico", "country", "MX", 23.0, -102.0, "Mexico"),
    "Corinto": ("geomig:test-corinto", "city", "HN", 15.5833, -88.3667, "Corinto"),
    "Guatemala": ("geomig:test-guatemala", "country", "GT", 15.5, -90.25, "Guatemala"),
}
DEMONYMS = {"Hondurans": "Honduras", "Guatemalan": "Guatemala", "Mexican": "Mexico", "Kyrgyz": "Kyrgyzstan"}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def test_a_checkpoint_at_a_towns_entrance_holds_the_town():
    text = ("Hundreds of refugee families fled the fighting near Osh. Border guards have set up a checkpoint"
            " at the eastern entrance to Batken and are turning back cars.")
    assert "Batken" in zones_by_place(text)


def test_a_migration_agencys_office_is_its_post():
    text = ("Forty migrants landed on a beach in Oaxaca. They were taken by municipal police to the regional"
            " office of the National Migration Institute in Salina Cruz.")
    assert "Salina Cruz" in zones_by_place(text)


def test_a_place_people_are_sent_back_to_is_no_zone_of_the_sender():
    text = ("Every week six buses arrive at the border post at Corinto carrying Honduran migrants sent"
            " back to Honduras by Mexico.")
    zs = zones_by_place(text)
    assert "Honduras" not in zs
    assert "Corinto" in zs


def test_a_patrol_car_behind_a_bus_is_no_act_of_its_force():
    text = ("Every week six buses arrive at the border post at Corinto carrying deported migrants. The first"
            " bus came in at seven, with two patrol cars from the Guatemalan police behind it.")
    actors = {z.properties["actor"] for zs in zones_by_place(text).values() for z in zs}
    assert "Guatemalan police" not in actors
