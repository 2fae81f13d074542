"""Roles: a person who left a family's farm or
farmstead near a town (origin.left_home_spots, in the singular as in the plural) comes from that town;
not one who never left it, nor a farm near a town named for another reason or left as a
workplace ("left a farm near X"). A shore aimed for
("aiming for the Italian coast near X", destination.intended) is where people are heading.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import CONTEXT, role_of, with_places

PLACES = {
    "Asmara": ("geonames:343300", "city", "ER", 15.33805, 38.93184, "Asmara"),
    "Keren": ("geonames:334227", "city", "ER", 15.77792, 38.45107, "Keren"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, {})


@pytest.mark.parametrize("text", [
    "Awet, 19, who left his family's farm near Asmara in March, reached Sebha in May.",
    "Awet, 19, who left his family's farmstead outside Asmara in March, reached Sebha in May.",
], ids=["farm-near", "farmstead-outside"])
def test_a_home_left_near_a_town_is_an_origin(text):
    assert "origin" in role_of(text, "Asmara")


@pytest.mark.parametrize("text", [
    "Awet, 19, never left his family's farm near Asmara; his brother reached Sebha in May.",
    "Awet reached Sebha in May. Soldiers burned a farm near Asmara last year, officials said.",
    "Seasonal workers picked fruit in Italy; one of them left a farm near Asmara after two weeks.",
], ids=["never-left", "farm-burned", "a-workplace"])
def test_a_farm_near_a_town_not_left_is_no_origin(text):
    assert "origin" not in role_of(text, "Asmara")


@pytest.mark.parametrize("text", [
    "Sixty migrants set off from Zuwara on Monday, aiming for the Italian coast near Pozzallo.",
    "The boat left Sfax at dawn, aiming for the southern shore near Lampedusa.",
], ids=["demonym-coast", "adjective-shore"])
def test_a_shore_aimed_for_is_a_destination(text):
    place = "Pozzallo" if "Pozzallo" in text else "Lampedusa"
    assert "destination" in role_of(text, place)


def test_a_coast_patrolled_near_a_town_is_no_destination():
    assert "destination" not in role_of("Sixty migrants set off from Zuwara on Monday. Italian "
                                        "coastguards patrol the coast near Pozzallo.", "Pozzallo")
