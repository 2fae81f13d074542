"""The seed picture, asserted on the two seed articles: once over documents geocoded
by the fixture gazetteer (the rules alone) and once end to end through geomig.geocode_paths."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from extract_helpers import annotate, land_km
from shapely.geometry import Point

from geomig.picture import extract, geometry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SABRATHA, TRIPOLI, ITALY = "geonames:2212771", "geonames:2210247", "geonames:3175395"
EUROPE, LIBYA = "geonames:6255148", "geonames:2215636"
SOUTH_LIBYA, WEST_LIBYA = "geomig:south:geonames:2215636", "geomig:west:geonames:2215636"


def _fixture_picture():
    return extract([annotate(p.read_text("utf-8"), doc=str(p)) for p in sorted(SEEDS.glob("0*.txt"))])


def _geocoded_picture():
    import geomig
    from geomig.documents.inputs import Failure

    docs = list(geomig.geocode_paths([str(p) for p in sorted(SEEDS.glob("0*.txt"))]))
    assert not [d for d in docs if isinstance(d, Failure)]
    return extract(docs)


@pytest.fixture(scope="module", params=["fixture-gazetteer", "geocoded"])
def seeds(request):
    return _fixture_picture() if request.param == "fixture-gazetteer" else _geocoded_picture()


def zone(pic, control, place_id):
    found = [f for f in pic.by_role("control_zone") if f.properties["control"] == control and f.id == place_id]
    assert len(found) == 1, [(f.properties["control"], f.id) for f in pic.by_role("control_zone")]
    return found[0]


def test_sabratha_is_a_launch_point(seeds):
    sabratha = seeds.find("launch_point", SABRATHA)
    assert sabratha is not None
    assert "the biggest launching point" in sabratha.cue
    assert {s.doc for s in sabratha.sources} == {str(SEEDS / "004_62d397ea61d3f018.txt")}


def test_italy_and_europe_are_destinations(seeds):
    assert seeds.find("destination", ITALY) is not None
    europe = seeds.find("destination", EUROPE)
    assert europe is not None
    assert len({s.doc for s in europe.sources}) == 2  # both articles, one feature


def test_southern_libya_is_transit_with_border_control(seeds):
    south = seeds.find("transit", SOUTH_LIBYA)
    assert south is not None and south.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert south.properties["controls"] == ["border"]
    border = zone(seeds, "border", SOUTH_LIBYA)
    assert border.properties["direction"] == "south"
    assert border.geometry.centroid.y < 26


def test_one_route_from_southern_libya_through_sabratha_to_italy(seeds):
    [route] = seeds.by_role("route")
    assert route.properties["stops"] == [SOUTH_LIBYA, SABRATHA, ITALY]
    assert route.properties["modes"] == ["land", "sea"]
    sea_leg = route.properties["legs"][1]
    assert sea_leg["mode"] == "sea" and "Mediterranean" in sea_leg["sea"]
    assert "warning" not in route.properties
    line = route.geometry.geoms[1]
    start, end = line.coords[0], line.coords[-1]
    assert geometry.crosses_land(line, (start[1], start[0]), (end[1], end[0])) is False
    assert end[1] > 35  # lands on Italy's southern coast, not in Libya


def test_the_sea_leg_leaves_from_sabratha_s_coast_and_stays_at_sea(seeds):
    [route] = seeds.by_role("route")
    line = route.geometry.geoms[1]
    assert land_km(line) < 1.0
    sabratha = seeds.find("launch_point", SABRATHA).geometry
    assert sabratha.distance(Point(line.coords[0])) * 111.32 * math.cos(math.radians(33)) < 6   # Sabratha's shore


def test_libyan_coastguard_patrols_the_sea_off_western_libya(seeds):
    coastguard = zone(seeds, "coastguard", LIBYA)
    assert coastguard.properties["actor"] == "Libyan coastguard"
    assert coastguard.properties["direction"] == "west"
    g = coastguard.geometry
    assert g.centroid.x < 16 and g.centroid.y > 32
    land = geometry.land()
    assert land is not None and g.intersection(land).area < 0.05 * g.area  # sea, not land


def test_sabratha_militias_with_their_affiliations(seeds):
    militia = zone(seeds, "militia", SABRATHA)
    rows = {r["name"]: r["affiliation"] for r in militia.properties["actors"]}
    assert rows == {"Al-Ammu": ["Serraj’s Defense Ministry"], "Brigade 48": ["Interior Ministry"]}
    assert militia.properties["affiliation"] == "Al-Ammu: Serraj’s Defense Ministry; Brigade 48: Interior Ministry"
    [fighters] = [f for f in militia.facts if f.unit == "fighters"]
    assert (fighters.value, fighters.about) == ((400, 500), "Al-Ammu")


@pytest.mark.parametrize("control, actor", [
    ("government", "GNA"),
    ("joint_operations", "Libya–Italy joint operations room"),
    ("navy", "Italian navy"),
])
def test_tripoli_zones(seeds, control, actor):
    z = zone(seeds, control, TRIPOLI)
    assert z.properties["actor"] == actor
    assert z.geometry.contains(z.geometry.centroid) and abs(z.geometry.centroid.x - 13.19) < 0.3


def test_western_libya_is_contested(seeds):
    contested = zone(seeds, "contested", WEST_LIBYA)
    assert contested.properties["actor"] == "armed groups"
    assert "little authority" in contested.cue


def test_600000_figure_is_attached_to_the_crossings(seeds):
    [route] = seeds.by_role("route")
    [fact] = [f for f in route.facts if f.value == 600000]
    assert fact.unit == "crossings"
    assert fact.source.quote == "More than 600,000 have made the journey over the past four years."


def test_distance_is_attached_to_sabratha(seeds):
    [fact] = seeds.find("launch_point", SABRATHA).facts
    assert (fact.text, fact.value, fact.unit) == ("67 km", 67, "km")


def test_distractors_play_no_role(seeds):
    # "The Washington Post said Italy worked directly with the militias", "Italian Embassy",
    # "the Italian government": Italy is a destination only by "trying to cross to Italy".
    italy = seeds.find("destination", ITALY)
    assert [c["words"] for c in italy.properties["claims"]] == ["cross to Italy"]
    assert not [f for f in seeds.features if f.role != "place" and "Washington" in f.name]


def test_every_geometry_is_valid_wgs84_of_the_right_type(seeds):
    kinds = {"place": ("Point",), "route": ("LineString", "MultiLineString"),
             "control_zone": ("Polygon", "MultiPolygon")}
    for f in seeds.features:
        assert f.geometry.is_valid and not f.geometry.is_empty, f.name
        minx, miny, maxx, maxy = f.geometry.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, f.name
        assert f.geometry.geom_type in kinds.get(f.role, ("Point", "Polygon", "MultiPolygon")), f.name
        for s in f.sources:
            assert Path(s.doc).read_text("utf-8")[s.start:s.end] == s.quote


def test_every_geocoded_place_is_in_the_places_layer(seeds):
    places = {f.id for f in seeds.by_role("place")}
    assert {SABRATHA, TRIPOLI, ITALY, EUROPE, LIBYA, SOUTH_LIBYA, WEST_LIBYA} <= places
