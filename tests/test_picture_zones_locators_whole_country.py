"""Control zones placed and named right: a person's home town holds no zone, a town holds the zone
its locator would, a force named by its country acts at its spot and not all over it, a facility
is held by the force its words name, and a removal through a crossing names no force the text
does not.

Sentences written for these tests, on the Iranian-Afghan, US-Mexican and Egyptian-Sudanese
borders; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py) with this file's places."""

from __future__ import annotations

import pytest
from extract_helpers import with_places, zones_by_place

PLACES = {
    "Dogharoun": ("geomig:test-dogharoun", "city", "IR", 34.6200, 61.0400, "Dogharoun"),
    "Kandahar": ("geomig:test-kandahar", "city", "AF", 31.6133, 65.7101, "Kandahar"),
    "Iran": ("geomig:test-iran", "country", "IR", 32.0, 53.0, "Iran"),
    "Afghanistan": ("geomig:test-afghanistan", "country", "AF", 33.0, 65.0, "Afghanistan"),
    "Eagle Pass": ("geomig:test-eagle-pass", "city", "US", 28.7091, -100.4995, "Eagle Pass"),
    "Texas": ("geomig:test-texas", "admin", "US", 31.0, -99.0, "Texas"),
    "Piedras Negras": ("geomig:test-piedras-negras", "city", "MX", 28.7000, -100.5231, "Piedras Negras"),
    "Edfu": ("geomig:test-edfu", "city", "EG", 24.9781, 32.8734, "Edfu"),
    "Egypt": ("geomig:test-egypt", "country", "EG", 26.0, 30.0, "Egypt"),
    "Sudan": ("geomig:test-sudan", "country", "SD", 15.0, 30.0, "Sudan"),
}
DEMONYMS = {"Iranian": "Iran", "Afghans": "Afghanistan", "Egyptian": "Egypt", "Sudanese": "Sudan"}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def test_a_persons_home_town_holds_no_zone():
    zs = zones_by_place("Iranian border guards pushed back 200 Afghans at Dogharoun last week. Among those pushed"
                " back was Nasir, a tailor from Kandahar.")
    assert "Kandahar" not in zs
    assert "Dogharoun" in zs


def test_a_town_holds_the_zone_its_locator_would():
    text = ("Migrants from Honduras waded the river from Piedras Negras and walked into Eagle Pass, Texas,"
            " where Border Patrol agents detained them.")
    zs = zones_by_place(text)
    assert "Texas" not in zs
    assert zs["Eagle Pass"][0].properties["actor"] == "Border Patrol agents"


def test_a_named_force_outranks_a_facilitys_stand_in():
    text = ("Migrants from Honduras waded the river from Piedras Negras and walked into Eagle Pass, Texas,"
            " where Border Patrol agents detained them. The family was held for three days at a"
            " processing centre in Eagle Pass.")
    (zone,) = [z for z in zones_by_place(text)["Eagle Pass"] if z.properties["control"] == "detention"]
    assert zone.properties["actor"] == "Border Patrol agents"


def test_a_force_named_by_its_country_acts_at_its_checkpoint_not_all_over():
    text = ("Sudanese migrants crossed the desert from Sudan in two trucks. Egyptian border guards had"
            " stopped the trucks at a checkpoint near Edfu, the group said.")
    zs = zones_by_place(text)
    assert "Egypt" not in zs
    assert zs["Edfu"][0].properties["actor"] == "Egyptian border guards"


@pytest.mark.parametrize("facility, actor", [
    ("a police station", "Egyptian police"),
    ("a refugee camp", "camp authorities"),
], ids=["police", "camp"])
def test_a_facility_is_held_by_the_force_its_words_name(facility, actor):
    text = (f"Sudanese migrants crossed the desert from Sudan in two trucks. They are being held at"
            f" {facility} in Edfu.")
    assert [z.properties["actor"] for z in zones_by_place(text)["Edfu"]] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("Afghans are often deported through Dogharoun, the men said.", "border authorities"),
    ("Afghans are often deported by Iranian border guards through Dogharoun.", "Iranian border guards"),
], ids=["unnamed", "named"])
def test_a_removal_through_a_crossing_names_no_force_the_text_does_not(text, actor):
    zs = zones_by_place("Iranian border guards detained 200 Afghans last week. " + text)
    assert [z.properties["actor"] for z in zs["Dogharoun"]] == [actor]
