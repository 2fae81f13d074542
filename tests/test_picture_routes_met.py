"""The picture's own route lines (`geomig extract`'s GeoJSON) as the map draws them: a country
a route passes through is met where the way crosses it, not at its point; a flight is an arc."""

from __future__ import annotations

import pytest

import geomig
from geomig.gazetteer.geo import haversine_km
from geomig.models import Document
from geomig.picture import extract, geometry

RUSSIA_POINT = (59.73, 98.6)     # (lat, lon) about where the gazetteer puts Russia: in Siberia


def _routes(text: str) -> list:
    return list(extract([geomig.geocode_document(Document("d", text))]).by_role("route"))


def _lines(route) -> list:
    g = route.geometry
    return [list(line.coords) for line in getattr(g, "geoms", [g])]


@pytest.mark.parametrize("text", [
    "Iraqi families crossed from Russia into Finland on foot, officials said.",
    "Afghan asylum seekers crossed from Russia into Finland on bicycles last week.",
])
def test_a_route_through_russia_into_finland_does_not_turn_in_siberia(text):
    [route] = [r for r in _routes(text) if "Russia" in r.name and "Finland" in r.name]
    points = [xy for line in _lines(route) for xy in line]
    assert min(haversine_km(y, x, *RUSSIA_POINT) for x, y in points) > 2500   # the line never reaches Siberia
    lines = _lines(route)
    assert all(a[-1] == b[0] for a, b in zip(lines, lines[1:]))         # its legs still meet
    joint = lines[0][-1]
    assert geometry.country_geometry("RU").buffer(0.1).contains(geometry.Point(joint))   # met in Russia


def test_a_deportation_flight_is_an_arc_from_place_to_place():
    [route] = _routes("130 Guatemalans were deported on a charter flight from Texas to Guatemala City on Thursday.")
    assert route.properties["modes"] == ["air"]
    [arc] = _lines(route)
    assert len(arc) > 10                                                 # a great circle, not two points
    (x0, y0), (x1, y1) = arc[0], arc[-1]
    assert haversine_km(y1, x1, 14.64, -90.51) < 20                       # it lands in Guatemala City
    mid = arc[len(arc) // 2]
    off = abs((x1 - x0) * (y0 - mid[1]) - (x0 - mid[0]) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    assert off > 0.1                                                     # bowed off the straight line (degrees)



def test_a_route_s_first_country_faces_the_way_it_went_not_the_point_it_no_longer_passes():
    # the border of Afghanistan toward Russia's point in Siberia is the Wakhan's tip (about 74.9 E);
    # toward where the way meets Russia, its north-west
    [route] = [r for r in _routes("Afghan asylum seekers crossed from Russia into Finland on bicycles last week.")
               if "Russia" in r.name]
    start = _lines(route)[0][0]
    assert start[0] < 66.0
    assert geometry.country_geometry("AF").buffer(0.1).contains(geometry.Point(start))
    assert min(haversine_km(y, x, *RUSSIA_POINT) for line in _lines(route) for x, y in line) > 2500


def test_a_leg_drawn_as_nothing_leaves_the_route_s_lines_as_they_are():
    # a leg the geometry could not draw (None) has no end to move: the lines come back as given
    line = geometry.LineString([(45.0, 55.0), (28.0, 61.0)])
    legs = [{"from": "ru", "to": "x", "mode": "land"}, {"from": "x", "to": "fi", "mode": "land"}]
    stops = {"ru": geometry.Point(105.0, 61.5), "fi": geometry.Point(26.0, 64.0)}
    lines = [line, None]
    assert geometry.met_at_countries(lines, legs, stops, {"ru": "RU", "fi": "FI"}) is lines
