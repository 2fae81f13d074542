"""Routes as the map draws them: a country a route starts at, ends at or passes through is
met where it is nearest, not at its centre; a flight is a great circle."""

from __future__ import annotations

import pytest

from geomig.gazetteer.geo import haversine_km
from geomig.maps import features
from geomig.picture import Picture, geometry

# (lat, lon) of the stops, written for these tests; a country's is its gazetteer-like centre
SYRIA, RUSSIA, VAALIMAA, FINLAND = (35.0, 38.5), (60.0, 100.0), (60.58, 27.83), (64.0, 26.0)
UZBEKISTAN, MIAMI, MADRID = (41.7, 63.9), (25.77, -80.19), (40.42, -3.70)
ZUWARA, LAMPEDUSA = (32.93, 12.08), (35.50, 12.60)


def _place(pid: str, name: str, at: tuple[float, float], kind: str, iso: str, role: str = "transit") -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [at[1], at[0]]},
            "properties": {"role": role, "name": name, "id": pid, "kind": kind, "country": iso, "confidence": 0.9}}


def _route(stops: list[tuple[str, tuple[float, float]]], modes: list[str], drawn: list[str | None] | None = None) -> dict:
    legs, lines = [], []
    for i, mode in enumerate(modes):
        (a, pa), (b, pb) = stops[i], stops[i + 1]
        leg = {"from": a, "to": b, "from_name": a, "to_name": b, "mode": mode}
        if drawn and drawn[i]:
            leg["drawn"] = drawn[i]
        legs.append(leg)
        lines.append([[pa[1], pa[0]], [pb[1], pb[0]]])
    return {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": lines},
            "properties": {"role": "route", "name": " → ".join(s for s, _ in stops), "confidence": 0.8, "legs": legs}}


def _drawn_route(*feats: dict) -> list:
    picture = Picture.from_geojson({"type": "FeatureCollection", "features": list(feats)})
    route = next(it for it in features.items(picture) if it.style.startswith("role:route") or it.kind == "line")
    return [list(leg.line.coords) for leg in route.legs]


def _km(xy: tuple[float, float], at: tuple[float, float]) -> float:
    return haversine_km(xy[1], xy[0], *at)


def test_a_route_passing_through_a_country_turns_where_the_way_crosses_it_not_at_its_centre():
    lines = _drawn_route(
        _place("t:sy", "Syria", SYRIA, "country", "SY", "origin"), _place("t:ru", "Russia", RUSSIA, "country", "RU"),
        _place("t:va", "Vaalimaa", VAALIMAA, "landmark", "FI"), _place("t:fi", "Finland", FINLAND, "country", "FI", "destination"),
        _route([("t:sy", SYRIA), ("t:ru", RUSSIA), ("t:va", VAALIMAA), ("t:fi", FINLAND)], ["land", "land", "land"],
               ["straight", None, None]))
    joint = lines[0][-1]
    assert joint == lines[1][0]                             # the legs still meet
    assert _km(joint, RUSSIA) > 2500                        # not in Siberia
    assert _km(joint, VAALIMAA) < 1000                      # on the way north, in western Russia
    assert geometry.country_geometry("RU").buffer(0.1).contains(geometry.Point(joint))
    assert _km(lines[0][0], SYRIA) < 400                    # Syria's end faces the way on, not Siberia
    assert lines[1][-1] == (VAALIMAA[1], VAALIMAA[0])       # a town's point is where it is
    # (the ends at Finland: it lies inside it, the marker there)


@pytest.mark.parametrize("kind", ["country", "demonym"])     # "Uzbeks" sit at Uzbekistan's point too
def test_a_route_ending_at_a_country_ends_at_its_border_toward_the_last_stop(kind):
    lines = _drawn_route(
        _place("t:uz", "Uzbekistan", UZBEKISTAN, kind, "UZ", "origin"),
        _place("t:ru", "Russia", RUSSIA, "country", "RU", "destination"),
        _route([("t:uz", UZBEKISTAN), ("t:ru", RUSSIA)], ["air"]))
    start, end = lines[-1][0], lines[-1][-1]
    assert _km(end, RUSSIA) > 2500 and _km(end, UZBEKISTAN) < 1500
    assert _km(start, UZBEKISTAN) > 150          # from Uzbekistan's edge across Kazakhstan, not its centre


def test_a_flight_is_a_great_circle_and_a_town_to_town_sea_leg_is_left_as_it_is():
    lines = _drawn_route(
        _place("t:mi", "Miami", MIAMI, "city", "US", "launch_point"), _place("t:ma", "Madrid", MADRID, "city", "ES", "destination"),
        _route([("t:mi", MIAMI), ("t:ma", MADRID)], ["air"]))
    arc = lines[0]
    assert len(arc) > 20 and arc[0] == (MIAMI[1], MIAMI[0]) and arc[-1] == (MADRID[1], MADRID[0])
    middle = arc[len(arc) // 2]
    assert middle[1] > (MIAMI[0] + MADRID[0]) / 2 + 3      # bowed north of the straight line, as planes fly
    sea = _drawn_route(
        _place("t:zu", "Zuwara", ZUWARA, "city", "LY", "launch_point"), _place("t:la", "Lampedusa", LAMPEDUSA, "island", "IT", "destination"),
        _route([("t:zu", ZUWARA), ("t:la", LAMPEDUSA)], ["sea"]))
    assert sea == [[(ZUWARA[1], ZUWARA[0]), (LAMPEDUSA[1], LAMPEDUSA[0])]]


@pytest.mark.parametrize(("a", "b"), [((35.7, 139.7), (34.05, -118.24)), ((-33.9, 151.2), (-33.9, -70.6))])
def test_a_flight_across_the_antimeridian_is_one_piece(a, b):
    arc = list(geometry.flight(a, b).coords)
    steps = [abs(q[0] - p[0]) for p, q in zip(arc, arc[1:])]
    assert max(steps) < 10 and arc[0] == (a[1], a[0])
    assert round(arc[-1][0] - b[1]) % 360 == 0
