"""picture/routes/drawing.py + geometry.py: how a route's legs are drawn. A land leg is never a
straight line over open sea, a region between two stops is met at its edge, and a route is
always a line."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString

from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import PlaceRef
from geomig.picture.routes import Leg, RoutePlan, build

# (lat, lon) of places made up for these tests, at real spots
CALAIS_AREA, KENT = (50.95, 1.95), (51.2, 1.2)              # the Channel between them
GUATEMALA_CITY, RIO_GRANDE = (14.6, -90.5), (25.9, -97.45)    # the Gulf of Mexico between them
YAVIZA, FRONTIER = (8.15, -77.7), (8.53, -82.83)              # the Gulf of Panama between them
MEXICO_CITY = (19.43, -99.13)                                 # all the way over land


def _town(n: int, name: str, at: tuple[float, float], iso: str) -> PlaceRef:
    return PlaceRef(f"test:{n}", name, "city", iso, *at)


def _built(*stops: PlaceRef, mode: str = "land"):
    legs = tuple(Leg(a, b, mode) for a, b in zip(stops, stops[1:]))
    roles = ("origin", *["transit"] * (len(stops) - 2), "destination")
    return build(RoutePlan(stops, roles, legs, (), (), (stops[-1].name,), ()), {}, {})


def _off_land(line: LineString) -> float:
    """How much of a line (degrees) lies off land by more than a hair (a way along the
    coast runs on the coastline itself)."""
    return line.difference(geometry.land().buffer(0.01)).length


def test_a_land_leg_to_another_landmass_is_drawn_at_sea(gazetteer):
    with geometry.using(gazetteer):
        route = _built(_town(1, "Portville", CALAIS_AREA, "FR"), _town(2, "Cliffton", KENT, "GB"))
    [leg] = route.properties["legs"]
    assert route.properties["modes"] == ["sea"] and "drawn at sea" in leg["warning"]
    assert "drawn" not in leg       # a way at sea was found: no stand-in straight line


@pytest.mark.parametrize(("start", "end"), [(GUATEMALA_CITY, RIO_GRANDE), (YAVIZA, FRONTIER)])
def test_a_land_leg_round_a_sea_on_one_landmass_goes_over_land(gazetteer, start, end):
    with geometry.using(gazetteer):
        route = _built(_town(1, "Start", start, "GT"), _town(2, "End", end, "US"))
        wet = _off_land(route.geometry)
    [leg] = route.properties["legs"]
    assert route.properties["modes"] == ["land"] and "over land" in leg["warning"]
    assert len(route.geometry.coords) > 2 and wet < 0.01


def test_a_land_leg_that_stays_on_land_is_a_plain_straight_line(gazetteer):
    # the distractor: no sea on the way, nothing to go round
    with geometry.using(gazetteer):
        route = _built(_town(1, "Start", GUATEMALA_CITY, "GT"), _town(2, "End", MEXICO_CITY, "MX"))
    assert len(route.geometry.coords) == 2 and "warning" not in route.properties


def test_a_way_round_a_sea_too_long_is_no_land_way(gazetteer):
    # Djibouti to Yemen over land would go round the Red Sea via Suez
    with geometry.using(gazetteer):
        assert geometry.land_way((11.97, 43.29), (16.94, 43.76)) is None
        assert geometry.land_way(GUATEMALA_CITY, RIO_GRANDE) is not None


# an end on the coast: the straight line leaves it straight out over the sea
ECUADOR_COAST, BAY_TOWN, YUCATAN_TOWN = (0.79, -80.09), (19.2, -96.13), (20.97, -89.62)


@pytest.mark.parametrize(("start", "end"), [
    (ECUADOR_COAST, MEXICO_CITY),       # out over the Pacific from the start
    (BAY_TOWN, YUCATAN_TOWN),           # across the Bay of Campeche
    (YUCATAN_TOWN, BAY_TOWN),           # the same, the other way
])
def test_a_land_way_from_a_coast_goes_round_the_gulf_it_faces(gazetteer, start, end):
    with geometry.using(gazetteer):
        way = geometry.land_way(start, end)
        assert way is not None and len(way.coords) > 2 and _off_land(way) < 0.01


def test_a_land_leg_is_checked_where_the_route_meets_its_countries(gazetteer):
    # Mexico met on its coast and the United States on its border: the leg between them,
    # straight, crosses the Gulf of Mexico, though the one between their points does not
    mexico = PlaceRef("test:MX", "Mexico", "country", "MX", 23.0, -102.0)
    usa = PlaceRef("test:US", "United States", "country", "US", 39.76, -98.5)
    with geometry.using(gazetteer):
        route = _built(_town(1, "Start", GUATEMALA_CITY, "GT"), mexico, usa)
        wet = [_off_land(line) for line in route.geometry.geoms]
    assert route.properties["modes"] == ["land", "land"] and max(wet) < 0.01


EAST_CHAD = PlaceRef("geomig:east:geonames:2434508", "eastern Chad", "region", "TD", 15.97, 21.84)
WEST_DARFUR_TOWN, BORDER_TOWN = (13.45, 22.45), (13.47, 22.2)


def test_a_region_between_two_stops_is_met_at_its_edge_not_its_centre(gazetteer):
    with geometry.using(gazetteer):
        if geometry.area(EAST_CHAD.id) is None:
            pytest.skip("no polygon for the region in this gazetteer")
        route = _built(_town(1, "Hilltown", WEST_DARFUR_TOWN, "SD"), EAST_CHAD, _town(2, "Gate", BORDER_TOWN, "TD"))
    turn = route.geometry.geoms[0].coords[-1]
    assert haversine_km(turn[1], turn[0], *WEST_DARFUR_TOWN) < 60      # not 280 km north, at its centre


def test_a_region_at_the_end_of_a_route_keeps_its_point(gazetteer):
    with geometry.using(gazetteer):
        route = _built(_town(1, "Hilltown", WEST_DARFUR_TOWN, "SD"), EAST_CHAD)
    end = route.geometry.coords[-1]
    assert (end[1], end[0]) == (EAST_CHAD.lat, EAST_CHAD.lon)


def test_a_flight_between_neighbours_is_a_line(gazetteer):
    # both countries met on their shared border would shrink the flight to a point
    panama = PlaceRef("test:PA", "Panama", "country", "PA", 8.76, -80.06)
    colombia = PlaceRef("test:CO", "Colombia", "country", "CO", 3.95, -72.54)
    with geometry.using(gazetteer):
        route = _built(panama, colombia, mode="air")
    assert route.geometry.geom_type == "LineString" and route.geometry.length > 5


def test_a_route_whose_stops_share_one_point_is_not_drawn(gazetteer):
    with geometry.using(gazetteer):
        assert _built(_town(1, "Here", MEXICO_CITY, "MX"), _town(2, "There", MEXICO_CITY, "MX")) is None


# the Gulf of Tehuantepec between them, its shore lined with lagoons
OAXACA, RIVER_TOWN = (17.06, -96.72), (14.68, -92.15)


def test_a_land_way_along_a_lagoon_coast_makes_no_loops(gazetteer):
    with geometry.using(gazetteer):
        way = geometry.land_way(OAXACA, RIVER_TOWN)
        assert way is not None and _off_land(way) < 0.01
    xy = list(way.coords)
    # no stretch of it goes out and back: between any two of its points within a cut's reach,
    # the way is never several times as long as the straight cut
    along = [0.0]
    for (x0, y0), (x1, y1) in zip(xy, xy[1:]):
        along.append(along[-1] + haversine_km(y0, x0, y1, x1))
    for i, (x0, y0) in enumerate(xy):
        for j in range(i + 2, len(xy)):
            cut = haversine_km(y0, x0, xy[j][1], xy[j][0])
            assert cut > geometry.COAST_CUT_KM or along[j] - along[i] < 3 * cut + 5
