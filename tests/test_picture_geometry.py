"""picture/geometry.py: the gazetteer extract() is given is the one its geometry uses,
and routes across a corpus share their sea legs."""

from __future__ import annotations

import pytest
from extract_helpers import annotate

from geomig.gazetteer.index import Gazetteer
from geomig.picture import extract, geometry

TEXT = "The Libyan coast guard said smugglers send boats from Libya across the Mediterranean to Italy."


def test_extract_uses_the_gazetteer_it_is_given(gazetteer, monkeypatch):
    def no_default():
        raise AssertionError("the stage loaded the default gazetteer")

    monkeypatch.setattr(Gazetteer, "default", no_default)
    seen = []
    area = geometry.area
    monkeypatch.setattr(geometry, "area", lambda pid: seen.append(geometry.gazetteer()) or area(pid))
    # (areas memoised by an earlier test would not be looked up again)
    for memo in [f for f in vars(geometry).values() if hasattr(f, "cache_clear")]:
        memo.cache_clear()
    pic = extract([annotate(TEXT)], gazetteer=gazetteer)
    assert pic.meta["gazetteer"] == gazetteer.version
    assert seen and all(g is gazetteer for g in seen)
    assert geometry.gazetteer() is None        # only for the duration of the call


def test_without_a_gazetteer_outside_extract_areas_have_no_polygon():
    assert geometry.gazetteer() is None
    assert geometry.area("geonames:2215636") is None


def test_a_sea_leg_is_computed_once_per_pair_of_points(monkeypatch):
    import searoute

    calls = []
    real = searoute.searoute

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(searoute, "searoute", counting)
    a, b = (32.95, 12.05), (35.49, 12.6)
    first = geometry.sea_leg(a, b)
    assert geometry.sea_leg(a, b) == first
    assert len(calls) == 1


@pytest.mark.parametrize("area_id", ["geonames:2215636", "geonames:3175395"])
def test_areas_come_from_the_given_gazetteer(gazetteer, area_id):
    with geometry.using(gazetteer):
        geom = geometry.area(area_id)
    assert geom is not None and not geom.is_empty


# (lat, lon) of a few ports and towns, written for these tests
OBOCK, SAADA = (11.97, 43.29), (16.94, 43.76)
SFAX, ZUWARA = (34.74, 10.76), (32.93, 12.08)
CALAIS, DOVER = (50.95, 1.85), (51.13, 1.31)
IZMIR, ATHENS = (38.42, 27.14), (37.98, 23.73)
ISTANBUL, KUSADASI = (41.01, 28.97), (37.86, 27.26)
TIJUANA, MEXICO_CITY = (32.5, -117.0), (19.43, -99.13)
LESBOS = (39.1, 26.3)


def test_a_land_leg_over_a_strait_is_drawn_at_sea(gazetteer):
    # Obock to Saada crosses only ~60 km of sea, on one landmass: still no way over land.
    from geomig.picture.claims import PlaceRef
    from geomig.picture.routes import Leg, RoutePlan, build

    obock = PlaceRef("geonames:221", "Obock", "city", "DJ", *OBOCK)
    saada = PlaceRef("geonames:222", "Saada", "city", "YE", *SAADA)
    plan = RoutePlan((obock, saada), ("launch_point", "destination"), (Leg(obock, saada, "land"),),
                     (), (), ("Saada",), ())
    with geometry.using(gazetteer):
        [leg] = build(plan, {}, {}).properties["legs"]
    assert leg["mode"] == "sea" and "km of sea" in leg["warning"] and "drawn" not in leg


def test_a_land_leg_meets_a_country_on_its_main_landmass(gazetteer):
    # From Trieste the nearest point of France's outline is on Corsica; a way over land
    # meets France in the Alps.
    from geomig.picture.claims import PlaceRef

    france = PlaceRef("geonames:3017382", "France", "country", "FR", 46.0, 2.0)
    with geometry.using(gazetteer):
        lat, lon = geometry.border_point(france, (45.65, 13.78))
    assert lat > 44.0 and lon < 8.0


@pytest.mark.parametrize("kind", ["admin", "island", "city"])
def test_a_sea_leg_lands_at_the_named_island_whatever_its_kind(gazetteer, kind):
    # Lesbos read as a division with no polygon of its own: the boat from Syria lands on
    # Lesbos, not on the point of Greece's shore nearest Syria (the tip of Crete)
    from geomig.picture.claims import PlaceRef
    from geomig.gazetteer.geo import haversine_km

    lesbos = PlaceRef("geonames:9999991", "Lesbos", kind, "GR", *LESBOS)
    with geometry.using(gazetteer):
        lat, lon = geometry.landing(lesbos, (35.0, 38.25))
    assert haversine_km(lat, lon, *LESBOS) < 40


def test_a_sea_leg_to_a_country_lands_on_its_shore_nearest_the_start(gazetteer):
    from geomig.picture.claims import PlaceRef

    italy = PlaceRef("geonames:3175395", "Italy", "country", "IT", 43.53, 12.15)
    with geometry.using(gazetteer):
        lat, lon = geometry.landing(italy, (32.79, 12.49))   # from Sabratha: Sicily's south coast
    assert 36.0 < lat < 38.5 and 12.0 < lon < 15.7


@pytest.mark.parametrize(("iso", "island"), [
    ("LK", True), ("MT", True), ("CY", True),      # all their land is islands
    ("IT", False), ("DO", False), ("GB", False),   # a land border (Hispaniola, Ireland)
    (None, False),
])
def test_an_island_nation_shares_no_land_border(iso, island):
    assert geometry.island_country(iso) is island


def _country(iso: str, name: str, lat: float, lon: float):
    from geomig.picture.claims import PlaceRef

    return PlaceRef(f"test:{iso}", name, "country", iso, lat, lon)


def test_a_band_with_a_neighbour_lies_along_their_shared_border_only():
    libya = _country("LY", "Libya", 27.0, 18.0)
    band, warning = geometry.zone("border_band", libya, "with:NE", {"border_band_km": 50})
    assert warning == ""
    assert band.bounds[3] < 25.0        # Libya's border with Niger runs near 23° N
    everywhere, _ = geometry.zone("border_band", libya, None, {"border_band_km": 50})
    assert band.area < 0.5 * everywhere.area


def test_a_band_with_a_country_that_is_no_neighbour_is_a_disc_with_a_warning():
    libya = _country("LY", "Libya", 27.0, 18.0)
    disc, warning = geometry.zone("border_band", libya, "with:IT", {"city_buffer_km": 15})
    assert "share no border" in warning and "drawn as a disc" in warning
    assert disc.bounds[2] - disc.bounds[0] < 1.0


def test_the_sea_off_a_country_is_its_coastal_strip_and_off_a_town_the_sea_near_it():
    libya = _country("LY", "Libya", 27.0, 18.0)
    assert geometry.drawn_by("offshore", libya) == "coastal_strip"
    assert geometry.drawn_by("offshore", libya.__class__("x", "Zuwara", "city", "LY", 32.93, 12.08)) == "offshore"
    sea = libya.__class__("x", "Mediterranean", "sea", None, 34.5, 18.0)
    assert geometry.drawn_by("offshore", sea) == "offshore"
    strip, warning = geometry.zone("offshore", libya)
    assert warning == "" and not strip.contains(geometry.Point(18.0, 27.0))   # no land inside


def _land_over(ground, p, q) -> float:
    import shapely
    from shapely.geometry import LineString

    return shapely.intersection(LineString([p, q]), ground).length


def test_cuts_settled_as_over_land_without_measuring_are_over_land(gazetteer):
    # A sea path from Zuwara round Tunisia to Sfax, then far inland: the cuts the quick
    # test settles must be those the exact measure would refuse (pulled() is unchanged).
    import shapely

    path = [(12.08, 32.93), (11.6, 33.6), (11.3, 34.2), (10.9, 34.6), (10.75, 34.72), (3.0, 28.0)]
    with geometry.using(gazetteer):
        ground = geometry.land()
        shapely.prepare(ground)
        settled = geometry._surely_over_land(ground, path, 0)
        for j in settled:
            limit = float(geometry._land_limit((path[0][1] + path[j][1]) / 2))
            assert _land_over(ground, path[0], path[j]) >= 2 * limit * 0.999
    assert len(path) - 1 in settled   # Zuwara to the middle of the Sahara: land


def test_a_pulled_sea_path_is_the_same_with_or_without_the_quick_test(gazetteer, monkeypatch):
    # searoute's path from Zuwara to Tangier runs round Tunisia and along Algeria's coast:
    # many cuts pulled() tries cross the Maghreb.
    import searoute
    from shapely.geometry import LineString

    route = searoute.searoute([ZUWARA[1], ZUWARA[0]], [-5.81, 35.78], append_orig_dest=True,
                              **geometry._graph_backend())
    line = LineString(route["geometry"]["coordinates"])
    settled = []
    quick_test = geometry._surely_over_land

    def spy(ground, coords, i):
        found = quick_test(ground, coords, i)
        settled.extend(found)
        return found

    with geometry.using(gazetteer):
        monkeypatch.setattr(geometry, "_surely_over_land", spy)
        quick = geometry.pulled(line)
        monkeypatch.setattr(geometry, "_surely_over_land", lambda ground, coords, i: set())
        exact = geometry.pulled(line)
    assert settled                      # the quick test did settle some cuts
    assert list(quick.coords) == list(exact.coords)


def test_searoute_s_igraph_backend_is_asked_for_only_where_searoute_can_load_it(monkeypatch):
    # igraph importable but searoute's wrapper of it missing: networkx, not a failure per leg.
    from searoute.classes import core

    assert geometry._graph_backend() == ({"backend": "igraph"} if core.GraphIG is not None else {})
    monkeypatch.setattr(core, "GraphIG", None)
    geometry._graph_backend.cache_clear()
    try:
        assert geometry._graph_backend() == {}
    finally:
        monkeypatch.undo()
        geometry._graph_backend.cache_clear()
    assert geometry._graph_backend() == ({"backend": "igraph"} if core.GraphIG is not None else {})


def test_a_sea_leg_imports_searoute_without_matplotlib_which_stays_importable():
    # A fresh interpreter: this one may have imported either already.
    import subprocess
    import sys

    code = ("import sys\nfrom geomig.picture import geometry\n"
            "leg, _ = geometry.sea_leg((32.95, 12.05), (35.49, 12.6))\n"
            "assert 'searoute' in sys.modules and 'matplotlib' not in sys.modules, sorted(sys.modules)\n"
            "assert leg.geom_type == 'LineString'\n"
            "import matplotlib\n"
            "assert matplotlib.__version__\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_coast_across_the_antimeridian_is_measured_in_one_piece(gazetteer):
    # New York and Miami lie on the eastern US coast, though the Aleutians cross 180°
    assert geometry.coast_part("US", [(40.7, -74.0), (25.8, -80.2)], []) == "east"
    assert geometry.coast_part("RU", [(54.7, 20.5)], []) == "west"


def test_the_sea_off_a_continent_sized_country_is_far_only_from_places_far_from_it(gazetteer):
    assert geometry.coast_far("US", None, [(19.76, -72.2)])        # Cap-Haïtien
    assert not geometry.coast_far("US", None, [(25.8, -80.2)])     # Miami
    assert not geometry.coast_far("US", None, [])                  # no place named
    assert not geometry.coast_far("LY", None, [(16.97, 7.99)])     # Agadez: Libya is no continent


# Rectangles round a few sea legs' paths (chosen for this test): islands, a strait, a narrow
# channel, a coast with an enclave, and open ocean with no land at all.
@pytest.mark.parametrize("rect", [
    (22.0, 35.0, 28.5, 41.0),     # the Aegean's islands
    (-6.5, 35.0, -4.5, 36.5),     # the Strait of Gibraltar
    (-2.0, 49.0, 2.5, 51.5),      # the Channel
    (9.0, 32.0, 16.0, 38.5),      # Tunisia, Libya, Malta, Sicily
    (-40.0, 20.0, -30.0, 30.0),   # mid-Atlantic: no land
])
def test_land_clipped_to_a_leg_s_rectangle_is_the_whole_land_s_clip(rect):
    import shapely

    ground = geometry.land()
    if ground is None:
        pytest.skip("no land shapes")
    assert geometry._clipped_land(ground, rect).wkb == shapely.clip_by_rect(ground, *rect).wkb


def test_a_disc_is_drawn_once_per_point_and_radius():
    a = geometry.disc(35.0, 12.0, 25.0)
    assert geometry.disc(35.0, 12.0, 25.0) is a
    assert geometry.disc(35.0, 12.0, 5.0).area < a.area


# Lines chosen for this test: a leg across Italy's boot, one in open sea between Malta and
# Crete, one from Sfax's shore out to sea, one across the Channel, and an empty geometry.
_PROBES = [
    [(12.0, 38.5), (18.5, 41.5)],
    [(15.0, 35.0), (23.0, 34.5)],
    [(10.75, 34.73), (11.5, 34.6)],
    [(1.5, 51.0), (1.2, 50.3)],
    [],
]


@pytest.mark.parametrize("coords", _PROBES)
def test_land_met_through_its_nearby_polygons_is_the_whole_land_s_answer(coords):
    from shapely.geometry import LineString

    ground = geometry.land()
    if ground is None:
        pytest.skip("no land shapes")
    line = LineString(coords)
    assert geometry._meets_land(ground, line) is line.intersects(ground)


def test_a_leg_s_sea_is_named_from_the_seas_it_meets_as_a_query_of_the_tree_would():
    import shapely
    from shapely.geometry import LineString

    try:
        names, geoms, tree = geometry._seas(geometry._shapes())
    except Exception:   # noqa: BLE001 - no shapes in this install
        pytest.skip("no sea shapes")
    assert all(shapely.is_prepared(g) for g in geoms)       # asked once per leg, prepared once
    for coords in _PROBES[:4] + [[(26.1, 38.4), (26.5, 39.2)], [(-5.8, 35.8), (-4.4, 36.7)]]:
        line = LineString(coords)
        met = sorted(tree.query(line, predicate="intersects"))
        scored = [(geoms[i].intersection(line).length, geoms[i].area, names[i]) for i in met]
        most = max((s[0] for s in scored), default=0.0)
        expected = min((s for s in scored if s[0] >= 0.9 * most), key=lambda s: s[1])[2] if scored else None
        geometry._sea_name.cache_clear()
        assert geometry._sea_name(line, geometry._shapes()) == expected


def test_the_land_nearest_a_point_is_looked_up_once_per_point_and_land():
    from shapely.geometry import Point

    index = geometry._land_index()
    if index is None:
        pytest.skip("no land shapes")
    parts, tree = index
    geometry._nearest_land.cache_clear()
    for lon, lat in [(12.6, 35.5), (13.2, 32.9), (26.5, 39.1), (12.6, 35.5)]:
        assert geometry._nearest_land(tree, lon, lat) == int(tree.nearest(Point(lon, lat)))
    assert geometry._nearest_land.cache_info().hits == 1    # Lampedusa, asked twice
    # (another land's tree is another key: a land loaded again is never answered from the old one)
    import shapely

    assert geometry._nearest_land(shapely.STRtree([parts[0]]), 12.6, 35.5) == 0


def test_one_land_index_serves_every_question_about_land_and_a_new_land_gets_its_own(monkeypatch):
    from shapely.geometry import LineString, MultiPolygon, box

    index = geometry._land_index()
    if index is None:
        pytest.skip("no land shapes")
    # the nearest landmass of a point, a leg's land test and the clip round a path: one index
    assert geometry._land_index(geometry.land()) is index
    # another gazetteer's land (two islands): indexed anew, never answered from the old polygons
    islands = MultiPolygon([box(0, 0, 1, 1), box(2, 0, 3, 1)])
    monkeypatch.setattr(geometry, "land", lambda: islands)
    parts, _ = geometry._land_index()
    assert len(parts) == 2
    assert geometry.same_land((0.5, 0.5), (0.5, 2.5)) is False
    assert geometry.same_land((0.2, 0.2), (0.8, 0.8)) is True
    assert geometry._meets_land(islands, LineString([(0.5, 0.5), (2.5, 0.5)]))
    assert not geometry._meets_land(islands, LineString([(1.5, -1.0), (1.5, 2.0)]))    # the strait between
    monkeypatch.undo()
    assert len(geometry._land_index()[0]) == len(index[0])


@pytest.mark.parametrize("name, lat, lon, near", [
    ("Gällivare", 67.13, 20.66, True),    # ~125 km from the Torne, ~195 "km" in plain degrees
    ("Kiruna", 67.855, 20.225, True),     # ~105 km
    ("Jokkmokk", 66.6, 19.82, False),     # ~170 km
    ("Umeå", 63.83, 20.26, False),        # ~285 km
])
def test_nearness_to_a_border_is_measured_in_km_not_degrees(name, lat, lon, near):
    # Far north a degree of longitude is under 45 km: Gällivare lies well within 150 km of
    # Sweden's border with Finland although it is more than 150/111 plain degrees from it.
    assert geometry.border_near("SE", "with:FI", lat, lon) is near
    assert geometry.border_near("SE", "with:FI", lat, lon, km=100.0) is False
