"""Directional parts of areas ("southern Libya") and the polygons of area ids."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from geomig.gazetteer import regions
from geomig.models import Place

LIBYA = "geonames:2215636"
SQUARE = Place("geomig:test-square", "Square", "region", "XX", 5.0, 5.0, 0, None, "")


@pytest.mark.parametrize("place_id, parsed", [
    ("geomig:south:geonames:2215636", ("south", LIBYA)),
    ("geomig:central:geomig:sahel", ("central", "geomig:sahel")),
    ("geomig:user:wadi-zaytun", None),     # an analyst's place, not a part of one
    ("geomig:sahel", None),
    (LIBYA, None),
])
def test_parse_region_id(place_id, parsed):
    assert regions.parse_region_id(place_id) == parsed


def test_a_twin_across_a_border_is_its_towns_point_in_the_other_country():
    town = Place("geonames:330789", "Metemma", "city", "ET", 12.95, 36.15, 25_600, "ET.03", "PPL")
    twin = regions.twin_place("SD", town)
    assert regions.parse_twin_id(twin.id) == ("SD", town.id)
    assert (twin.country, twin.kind, twin.lat, twin.lon, twin.population) == ("SD", "city", 12.95, 36.15, 0)
    # With the country's polygon, the point of it nearest the town: on the border across from it.
    across = regions.twin_place("SD", town, box(35.0, 12.0, 36.14, 14.0))
    assert (across.lat, across.lon) == (12.95, 36.14)
    # Neither a region id nor an area: the twin is a point.
    assert regions.parse_region_id(twin.id) is None and regions.area(twin.id, None) is None
    assert regions.parse_twin_id(town.id) is None


def test_region_id_and_parse_are_inverse():
    assert regions.parse_region_id(regions.region_id("northwest", LIBYA)) == ("northwest", LIBYA)


@pytest.mark.parametrize("word, direction", [
    ("southern", "south"), ("North Eastern", "northeast"), ("centre", "central"), ("west", "west"),
])
def test_direction_words(word, direction):
    assert regions.DIRECTIONS[word.lower()] == direction


@pytest.mark.parametrize("direction, name", [("south", "southern Square"), ("central", "central Square"),
                                             ("northeast", "northeastern Square")])
def test_a_region_is_named_for_its_part(direction, name):
    place = regions.region_place(direction, SQUARE, None)
    assert (place.id, place.name, place.kind, place.country) == (
        f"geomig:{direction}:geomig:test-square", name, "region", "XX")
    assert (place.lat, place.lon) == (5.0, 5.0)  # no polygon: the base's point
    assert place.feature == f"part:{direction}"


def test_a_region_with_a_polygon_lies_inside_it():
    south = regions.part("south", SQUARE, box(0, 0, 10, 10))
    place = regions.region_place("south", SQUARE, south)
    assert south.contains(Point(place.lon, place.lat)) and place.lat < 5.0


def test_the_part_of_a_point_is_around_it():
    part = regions.part("west", SQUARE, None)
    assert not part.is_empty and part.centroid.x < 5.0
    assert part.distance(Point(5.0, 5.0)) < 0.1


def test_area_of_a_point_place_is_none():
    assert regions.area("geonames:2212771", None) is None


def test_regions_through_the_gazetteer(gazetteer):
    libya = gazetteer.geometry(LIBYA)
    south = gazetteer.geometry(regions.region_id("south", LIBYA))
    assert libya.contains(south.representative_point())
    assert south.bounds[3] < libya.bounds[3]
    place = gazetteer.get(regions.region_id("south", LIBYA))
    assert place.name == "southern Libya" and south.contains(Point(place.lon, place.lat))
    assert gazetteer.get(regions.region_id("south", LIBYA)) is place  # computed once
    africa = gazetteer.geometry("geonames:6255146")
    assert africa.contains(Point(13.2, 32.9))  # Tripoli


def test_part_points_place_a_region_where_its_polygon_would():
    # The index stores these points; a region computed on demand must land on the same spot.
    points = regions.part_points([("geonames:2215636", "LY"), ("geonames:2212771", None)])
    assert len(points) == 9 and all(key.endswith(":geonames:2215636") for key in points)
    libya = Place(LIBYA, "Libya", "country", "LY", 26.3, 17.2, 0, None, "")
    for direction in ("south", "northwest", "central"):
        on_demand = regions.region_place(direction, libya, regions.part(direction, libya, regions.area(LIBYA, "LY")))
        stored = regions.region_place(direction, libya, point=points[regions.region_id(direction, LIBYA)])
        assert stored == on_demand


def test_continents_are_areas():
    assert "geonames:6255146" in regions.continent_ids()
    assert regions.area("geonames:6255146", None).contains(Point(17.2, 26.3))


def _town(lat: float, lon: float) -> Place:
    return Place("geonames:1", "Town", "city", "XX", lat, lon, 0, None, "")


@pytest.mark.parametrize("lat, lon", [(32.88743, 13.18733), (-33.86785, 151.20732), (64.13548, -21.89541),
                                      (0.0, 0.0), (78.22334, 15.64689), (-54.8, -68.3)])
def test_the_part_of_a_town_is_placed_without_drawing_it(lat, lon):
    # The disc's centre, computed: the same Place as the representative point of the drawn disc.
    town = _town(lat, lon)
    for direction in regions.VECTORS:
        drawn = regions.region_place(direction, town, regions.part(direction, town, None))
        assert regions.region_place(direction, town, point=regions.beside(direction, town)) == drawn


def test_a_disc_across_the_antimeridian_is_left_to_the_polygon():
    assert regions.beside("east", _town(-17.8, 179.99)) is None
    assert regions.beside("west", _town(-17.8, 179.99)) is not None


def test_a_place_within_another_is_its_point_with_an_id_of_its_own():
    town = Place("geonames:2088122", "Port Moresby", "city", "PG", -9.44, 147.18, 283_000, "PG.20", "PPLC")
    inside = regions.within_place("gerehu", town)
    assert regions.parse_within_id(inside.id) == ("gerehu", town.id) and inside.id != town.id
    assert (inside.country, inside.kind, inside.lat, inside.lon, inside.population) == ("PG", "city", -9.44, 147.18, 0)
    # Neither a region, a twin nor an area.
    assert regions.parse_region_id(inside.id) is None and regions.parse_twin_id(inside.id) is None
    assert regions.area(inside.id, None) is None and regions.parse_within_id(town.id) is None
