"""The committed representative-point tables, and how they are made."""

from __future__ import annotations

import pytest

from geomig.errors import GazetteerError
from geomig.gazetteer import points
from geomig.gazetteer.build.points import _topojson_features
from geomig.gazetteer.sources import data_dir


@pytest.fixture
def tables(tmp_path):
    (tmp_path / points.ADMIN1_FILE).write_text(
        "geonameid\tcountry\tname\taliases\tlat\tlon\n"
        "4736286\tUS\tTexas\tTex.|TX\t31.2\t-99.0\n"
        "2210247\tLY\tTripoli\t\t32.6\t13.1\n", encoding="utf-8")
    (tmp_path / points.COUNTIES_FILE).write_text("fips\tname\tlat\tlon\n22079\tRapides\t31.2\t-92.5\n",
                                                 encoding="utf-8")
    (tmp_path / points.COUNTRIES_FILE).write_text("iso2\tname\tlat\tlon\nLY\tLibya\t25\t17\n",
                                                  encoding="utf-8")
    return tmp_path


def test_tables_are_read_with_their_types(tables):
    admin1 = points.admin1_points(tables)
    assert admin1[4736286] == {"name": "Texas", "lat": 31.2, "lon": -99.0, "aliases": ["Tex.", "TX"], "country": "US"}
    assert admin1[2210247]["aliases"] == []
    assert points.county_points(tables) == {"22079": (31.2, -92.5)}
    assert points.country_points(tables) == {"LY": (25.0, 17.0)}


def test_a_missing_table_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match=f"gazetteer file missing: .*{points.ADMIN1_FILE}"):
        points.admin1_points(tmp_path)


def test_the_committed_tables():
    assert points.country_points(data_dir())["LY"] == (25.0, 17.0)
    assert len(points.county_points(data_dir())) > 3000
    assert "Tex." in points.admin1_points(data_dir())[4736286]["aliases"]


def test_topojson_counties_are_decoded():
    # Two one-degree squares sharing an edge, quantised on a 0.5-degree grid.
    topo = {"transform": {"scale": [0.5, 0.5], "translate": [-90.0, 30.0]},
            "arcs": [[[0, 0], [0, 2]], [[0, 0], [0, 2], [2, 0], [0, -2], [-2, 0]], [[0, 0], [0, 2], [-2, 0], [0, -2], [2, 0]]],
            "objects": {"counties": {"geometries": [
                {"type": "Polygon", "id": "01001", "properties": {"name": "East"}, "arcs": [[1]]},
                {"type": "MultiPolygon", "id": "01003", "properties": {"name": "West"}, "arcs": [[[2]]]},
                {"type": "LineString", "id": "x", "arcs": [0]},
            ]}}}
    found = list(_topojson_features(topo, "counties"))
    assert [(fid, name) for fid, name, _ in found] == [("01001", "East"), ("01003", "West")]
    east = found[0][2]["coordinates"][0][0]
    assert east == [(-90.0, 30.0), (-90.0, 31.0), (-89.0, 31.0), (-89.0, 30.0), (-90.0, 30.0)]
    assert (-91.0, 31.0) in found[1][2]["coordinates"][0][0]


def test_a_polygon_centre_far_out_at_sea_is_no_source():
    from shapely.geometry import MultiPolygon, box

    from geomig.gazetteer.build.points import _polygon_points

    # Two equal islands 10 degrees apart: their centre is ~500 km out at sea.
    apart = MultiPolygon([box(0, 0, 2, 2), box(12, 0, 14, 2)])
    assert _polygon_points(apart) == {}
    # One island: its centre is inside, a source.
    (lat, lon), = _polygon_points(box(0, 0, 2, 2)).values()
    assert lat == pytest.approx(1.0, abs=0.01) and lon == pytest.approx(1.0, abs=0.01)


def test_malaysia_is_placed_in_borneo_not_at_sea():
    from shapely.geometry import Point

    from geomig.gazetteer import shapes

    lat, lon = points.area_points(data_dir())["geonames:1733045"]
    # Its parts' centre lies in the South China Sea; the Factbook's point is in Sarawak,
    # well inside the coast.
    assert shapes.country("MY").buffer(-0.2).contains(Point(lon, lat))
