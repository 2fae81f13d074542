"""A boat across a river or lake is no sea voyage: its leg is drawn where the water is crossed,
named after the river the gazetteer knows there, never routed round a coast."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString

from geomig.gazetteer.geo import haversine_km
from geomig.picture import geometry
from geomig.picture.claims import PlaceRef


def _place(name: str, lat: float, lon: float, iso: str | None, kind: str = "city", pid: str = "") -> PlaceRef:
    return PlaceRef(pid or f"test:{name}", name, kind, iso, lat, lon)


# (lat, lon) written for these tests, after the gazetteer's points
EVROS = _place("Evros", 41.3, 26.35, "GR", "landmark", "geomig:evros-river")
EDIRNE = _place("Edirne", 41.677, 26.556, "TR")
TURKEY = _place("Turkey", 39.0, 35.0, "TR", "country", "geonames:298795")
PIEDRAS_NEGRAS, EAGLE_PASS = _place("Piedras Negras", 28.70, -100.52, "MX"), _place("Eagle Pass", 28.71, -100.50, "US")


def test_a_boat_from_a_river_to_a_town_beside_it_crosses_the_river_named():
    assert geometry.inland_crossing((EVROS.lat, EVROS.lon), (EDIRNE.lat, EDIRNE.lon)) == "Evros"
    # where the boat meets each end: at the river and at the town, not at the Aegean coast
    landing = geometry.landing(EDIRNE, toward=(EVROS.lat, EVROS.lon))
    leaving = geometry.landing(EVROS, toward=landing)
    assert landing == (EDIRNE.lat, EDIRNE.lon) and leaving == (EVROS.lat, EVROS.lon)
    line, warning = geometry.sea_leg(leaving, landing)
    assert warning.startswith(geometry.RIVER) and "Evros" in warning
    assert not warning.endswith(geometry.STRAIGHT)         # no stand-in: the way is the river's
    assert len(line.coords) == 2 and geometry.sea_name(line) == "Evros"


def test_pushed_back_across_a_river_to_a_country_lands_at_its_border_by_the_river():
    landing = geometry.landing(TURKEY, toward=(EVROS.lat, EVROS.lon))
    assert haversine_km(*landing, EVROS.lat, EVROS.lon) < 30     # the bank, not Turkey's centre or coast
    assert geometry.inland_crossing((EVROS.lat, EVROS.lon), landing) == "Evros"


def test_a_short_boat_between_two_inland_towns_is_a_river_crossing_even_unnamed():
    # the gazetteer's Rio Grande point lies at El Paso, too far to name this crossing
    a, b = (PIEDRAS_NEGRAS.lat, PIEDRAS_NEGRAS.lon), (EAGLE_PASS.lat, EAGLE_PASS.lon)
    assert geometry.inland_crossing(a, b) == ""
    assert geometry.landing(EAGLE_PASS, toward=a) == b
    _, warning = geometry.sea_leg(a, b)
    assert warning.startswith(geometry.RIVER) and "not named" in warning


def test_a_sea_voyage_is_no_river_crossing():
    # Zuwara to Lampedusa: sea between them; Tripoli to Misrata: along one coast (not inland);
    # two towns far inland and far apart with no river at either end: nothing says a river
    assert geometry.inland_crossing((32.93, 12.08), (35.5, 12.6)) is None
    assert geometry.inland_crossing((32.89, 13.19), (32.38, 15.09)) is None
    assert geometry.inland_crossing((48.1, 11.6), (52.5, 13.4)) is None         # Munich - Berlin
    # two countries' landings met at one point of their land border, a few km from a river's point
    assert geometry.inland_crossing((41.45, 26.6), (41.45, 26.6)) is None
    tripoli = _place("Tripoli", 32.89, 13.19, "LY")
    assert geometry.landing(tripoli, toward=(35.5, 12.6)) != (tripoli.lat, tripoli.lon)   # its coast


def test_a_sea_leg_s_name_is_a_sea_not_a_river_near_its_end():
    line, _ = geometry.sea_leg((32.93, 12.08), (35.5, 12.6))
    assert geometry.sea_name(line) not in (None, "Evros")


# A river port some 70 km up a river from the sea; a port on the coast; a town too far inland
# to be left by boat at all (geometry.PORT_KM): points written for these tests
RIVER_PORT = _place("Upriver", 16.51, -15.80, "MR")
COAST_PORT = _place("Seaport", 20.94, -17.04, "MR")
FAR_INLAND = _place("Drytown", 12.64, -8.0, "ML")


def test_a_sea_leg_from_a_town_far_up_a_river_meets_the_coast_over_land_said_so():
    landing = geometry.landing(COAST_PORT, toward=(RIVER_PORT.lat, RIVER_PORT.lon))
    leaving = geometry.landing(RIVER_PORT, toward=landing)
    assert leaving == (RIVER_PORT.lat, RIVER_PORT.lon)         # the town itself, not a coast
    line, warning = geometry.sea_leg(leaving, landing)
    assert geometry.inland_ends(warning) == (True, False)
    assert warning.startswith("its start lies ") and "km inland" in warning
    (x0, y0), (x1, y1) = line.coords[0], line.coords[1]
    assert (y0, x0) == leaving and haversine_km(y1, x1, *geometry.coast_point(*leaving)) < 1
    # the way back: the town is its end
    _, back = geometry.sea_leg(landing, leaving)
    assert geometry.inland_ends(back) == (False, True)


def test_a_port_on_the_coast_and_a_town_too_far_inland_keep_their_landings():
    # the distractors: a coastal port is met at its coast, no way over land said
    landing = geometry.landing(COAST_PORT, toward=(28.1, -15.4))
    assert landing != (COAST_PORT.lat, COAST_PORT.lon)
    _, warning = geometry.sea_leg(landing, geometry.landing(_place("Isle", 28.1, -15.4, "ES"), toward=landing))
    assert geometry.inland_ends(warning) == (False, False)
    # a town beyond PORT_KM is no river port: met at its coast, as before
    assert geometry.landing(FAR_INLAND, toward=landing) != (FAR_INLAND.lat, FAR_INLAND.lon)
    assert geometry.inland_ends("no sea path found (the sea route crosses land); drawn as a straight line") == (False, False)


def test_a_straight_line_crosses_a_sea_only_where_it_is_off_the_land():
    # (lon, lat) lines: from Lake Urmia's shore to Greece over Turkey; from Odesa to the Bosporus
    over_turkey = LineString([(45.07, 37.55), (22.0, 39.0)])
    across = LineString([(30.72, 46.48), (29.1, 41.25)])
    assert not geometry.crosses_sea(over_turkey, "Black Sea")
    assert geometry.crosses_sea(across, "Black Sea")
    assert geometry.crosses_sea(over_turkey, "Evros")       # no such sea: cannot tell, kept


def test_a_picture_tells_each_stand_in_sea_leg_whether_its_line_between_its_stops_crosses_its_sea():
    from shapely.geometry import Point

    from geomig.picture.model import Feature

    def stop(name: str, lon: float, lat: float) -> Feature:
        return Feature("transit", name, f"t:{name}", Point(lon, lat), 0.9, "test")

    def leg(a: str, b: str, **more) -> dict:
        return {"from": f"t:{a}", "to": f"t:{b}", "from_name": a, "to_name": b, "mode": "sea", **more}

    stand_in = {"drawn": "straight", "sea": "Black Sea", "warning": f"no sea path found; {geometry.STRAIGHT}"}
    legs = [leg("Urmia", "Greece", **stand_in), leg("Odesa", "Istanbul", **stand_in),
            leg("Odesa", "Varna", sea="Black Sea"),             # drawn at sea: nothing to tell
            leg("Odesa", "Nowhere", **stand_in),                 # a stop no feature places: a map keeps the line
            leg("Urmia", "Greece", drawn="straight")]            # names no sea
    route = Feature("route", "r", None, LineString([(45.07, 37.55), (22.0, 39.0)]), 0.9, "test",
                    properties={"legs": legs})
    stops = [stop("Urmia", 45.07, 37.55), stop("Greece", 22.0, 39.0), stop("Odesa", 30.72, 46.48),
             stop("Istanbul", 29.1, 41.25), stop("Varna", 27.91, 43.21)]
    told = geometry.crossings([route, *stops])
    assert [d.get("crosses") for d in told[0].properties["legs"]] == [False, True, None, None, None]
    assert told[1:] == stops and route.properties["legs"] == legs     # the rest as it was, nothing changed in place
    # what it tells is what the shapes say of that line, as a map drawing it would ask
    assert geometry.crosses_sea(LineString([(30.72, 46.48), (29.1, 41.25)]), "Black Sea")


def test_a_route_drawn_ahead_of_its_picture_has_its_stand_ins_measured_for_the_picture():
    from shapely.geometry import Point

    from geomig.picture.model import Feature

    urmia, greece = _place("Urmia", 37.55, 45.07, "IR"), _place("Greece", 39.0, 22.0, "GR", "country")
    legs = [{"from": urmia.id, "to": greece.id, "mode": "sea", "drawn": "straight", "sea": "Black Sea"}]
    route = Feature("route", "r", None, LineString([(45.07, 37.55), (22.0, 39.0)]), 0.9, "test",
                    properties={"legs": legs})
    geometry._crosses_sea.cache_clear()
    geometry.warm_crossings(route, (urmia, greece))
    geometry.warm_crossings(None, (urmia, greece))      # a route with no line: nothing to measure
    assert route.properties["legs"] == legs and geometry._crosses_sea.cache_info().misses == 1
    places = [Feature("place", p.name, p.id, Point(p.lon, p.lat), 0.9, "test") for p in (urmia, greece)]
    [told, *_] = geometry.crossings([route, *places])
    assert told.properties["legs"][0]["crosses"] is False
    assert geometry._crosses_sea.cache_info().misses == 1       # found measured


def test_a_crossing_measured_on_one_gazetteers_land_is_measured_anew_on_anothers(monkeypatch):
    from shapely.geometry import box

    from geomig.gazetteer import shapes

    across = LineString([(30.72, 46.48), (29.1, 41.25)])        # Odesa to the Bosporus
    assert geometry.crosses_sea(across, "Black Sea")
    # another gazetteer directory loaded (shapes.clear_cache()): its land a new object, here one
    # that covers the whole sea, over which the same line crosses none: measured again, not remembered
    monkeypatch.setattr(shapes, "land", lambda wide=box(20, 35, 45, 50): wide)
    assert not geometry.crosses_sea(across, "Black Sea")
    monkeypatch.undo()
    assert geometry.crosses_sea(across, "Black Sea")


@pytest.mark.parametrize("legs", [
    "not a list",
    [None, 3, "leg", {"drawn": "straight"}],
    [{"from": "t:A", "to": "t:B", "drawn": "straight", "sea": 7}],           # a sea that is no name
    [{"from": "t:A", "to": "t:B", "drawn": "straight", "sea": ""}],
    [{"from": "t:A", "to": "t:A", "drawn": "straight", "sea": "Black Sea"}],  # one stop: a line of no length
    [{"from": ["t:A"], "to": "t:B", "drawn": "straight", "sea": "Black Sea"}],
], ids=["string", "junk-items", "sea-number", "sea-empty", "same-stop", "stop-a-list"])
def test_a_route_with_odd_legs_is_told_what_can_be_told_and_kept_otherwise(legs):
    from shapely.geometry import Point

    from geomig.picture.model import Feature

    route = Feature("route", "r", None, LineString([(30.72, 46.48), (29.1, 41.25)]), 0.9, "test",
                    properties={"legs": legs})
    stops = [Feature("transit", n, f"t:{n}", Point(lon, lat), 0.9, "test")
             for n, lon, lat in (("A", 30.72, 46.48), ("B", 29.1, 41.25))]
    [told, *rest] = geometry.crossings([route, *stops])
    assert rest == stops
    if isinstance(legs, list) and legs and isinstance(legs[0], dict) and legs[0].get("from") == legs[0].get("to"):
        assert told.properties["legs"][0]["crosses"] in (True, False)
    else:
        assert told == route
