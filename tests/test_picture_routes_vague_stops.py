"""A village the gazetteer lacks that the text puts only in a country (a within id on the
country: regions.within_place puts it at the country's point) is no stop of a route: its
neighbours are joined, it keeps its marker. One put in a town stays a stop."""

from __future__ import annotations

import pytest

from extract_helpers import picture, with_places


# invented villages: one put inside a country, one inside a town
_PLACES = {
    "Mizoram": ("geonames:1262963", "admin", "IN", 23.5, 92.83, "Mizoram"),
    "India": ("geonames:1269750", "country", "IN", 21.1, 78.0, "India"),
    "Myanmar": ("geonames:1327865", "country", "MM", 21.551, 97.246, "Myanmar"),
    "Tedim": ("geonames:1293960", "city", "MM", 23.373, 93.656, "Tedim"),
    "Champhai": ("geonames:1274693", "city", "IN", 23.456, 93.328, "Champhai"),
    "Aizawl": ("geonames:1279186", "city", "IN", 23.727, 92.718, "Aizawl"),
    "Pamvalai": ("within:pamvalai:geonames:1269750", "city", "IN", 21.1, 78.0, "Pamvalai"),
    "Nasrabad": ("within:nasrabad:geonames:2464470", "city", "TN", 36.819, 10.166, "Nasrabad"),
}


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, _PLACES)


def _stops(*texts: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.properties["stop_names"]) for f in picture(*texts).by_role("route"))


_IN_COUNTRY = ("The family fled from Tedim to Pamvalai, a village in India. From Pamvalai they went on to "
               "Champhai and then to Aizawl.")


def test_a_village_only_in_a_country_is_no_stop():
    # (no leg to India's middle and back: the way goes from Tedim on to Champhai)
    assert _stops(_IN_COUNTRY) == [("Tedim", "Champhai", "Aizawl")]


def test_nor_when_the_way_is_told_in_other_words():
    routes = _stops("The family fled Tedim in Myanmar. They crossed to Pamvalai in India, and travelled on "
                    "through Champhai to Aizawl.")
    # (a route told from the village itself keeps it as its start)
    assert ("Tedim", "Champhai", "Aizawl") in routes
    assert not any("Pamvalai" in r[1:-1] for r in routes)


def test_the_village_keeps_its_marker_and_role():
    pic = picture(_IN_COUNTRY)
    assert any(f.name == "Pamvalai" and f.role == "transit" for f in pic.features)


def test_a_part_of_a_town_stays_a_stop():
    # (a district put in a town is at the town's point: a stop as before)
    routes = _stops("Migrants travelled from Tripoli to Tunis, then went on to Nasrabad, a district of Tunis, "
                    "and later to Sfax.")
    assert any("Nasrabad" in r for r in routes), routes


def test_a_route_to_the_village_alone_stays():
    # (a route's start or end stays: the way is told to it)
    assert _stops("The family fled from Tedim to Pamvalai, a village in India.") == [("Tedim", "Pamvalai")]
