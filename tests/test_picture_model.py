"""The picture's GeoJSON contract, its round trip and its GeoDataFrame."""

from __future__ import annotations

import json
import re

import pytest
from extract_helpers import annotate
from shapely.geometry import Point

from geomig.errors import PictureError
from geomig.picture import Feature, Picture, Source, extract, merge_pictures

TEXTS = [
    "Smugglers send boats from Zuwara across the Mediterranean to Lampedusa.",
    "The Tunisian coast guard intercepted 300 migrants off Sfax. Brigade 48 controls the beaches of "
    "Sabratha and falls under the Interior Ministry.",
]


@pytest.fixture(scope="module")
def pic():
    return extract([annotate(t, doc=f"doc{i}.txt") for i, t in enumerate(TEXTS)])


def test_geojson_has_the_contract_properties(pic):
    data = json.loads(pic.dumps())
    assert data["type"] == "FeatureCollection"
    assert data["geomig"]["documents"] == ["doc0.txt", "doc1.txt"]
    for f in data["features"]:
        props = f["properties"]
        assert {"role", "name", "id", "confidence", "cue", "sources", "facts"} <= set(props)
        assert 0 <= props["confidence"] <= 1
        for s in props["sources"]:
            assert set(s) >= {"doc", "start", "end", "quote"}
        if props["role"] == "control_zone":
            assert {"actor", "affiliation", "control"} <= set(props)
        if props["role"] == "route":
            assert len(props["legs"]) == len(props["modes"])
            assert all(leg["mode"] in ("land", "sea") for leg in props["legs"])


def test_roles_present(pic):
    assert {f.role for f in pic.features} == {"place", "launch_point", "destination", "route", "control_zone"}


def test_round_trip_keeps_every_feature(pic):
    again = Picture.from_geojson(pic.dumps())
    assert again.documents == pic.documents
    assert [(f.role, f.name, f.id) for f in again.features] == [(f.role, f.name, f.id) for f in pic.features]
    assert [f.geometry.geom_type for f in again.features] == [f.geometry.geom_type for f in pic.features]
    assert all(f.geometry.is_valid for f in again.features)
    assert again.to_geojson() == json.loads(pic.dumps())


def test_geodataframe_has_one_row_per_feature(pic):
    gdf = pic.to_geodataframe()
    assert len(gdf) == len(pic.features)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns[:7]) == ["role", "name", "id", "confidence", "cue", "sources", "facts"]
    zone = gdf[gdf.role == "control_zone"].iloc[0]
    assert json.loads(zone["sources"])[0]["doc"] in ("doc0.txt", "doc1.txt")


@pytest.mark.parametrize("bad, message", [
    ("not json", "picture is not valid JSON"),
    ('{"type": "Feature"}', "picture is not a GeoJSON FeatureCollection"),
    ('{"type": "FeatureCollection"}', "picture has no features list"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": null}]}',
     "not a picture feature"),
])
def test_bad_pictures_raise_one_clear_error(bad, message):
    with pytest.raises(PictureError, match=message):
        Picture.from_geojson(bad)


def test_fact_ranges_and_highlights_serialise():
    src = Source("a.txt", 0, 10, "400 to 500", ((0, 10),))
    f = Feature("place", "X", "geonames:1", Point(1, 2), 0.5, "geocoded", (src,))
    d = f.to_geojson()
    assert d["geometry"] == {"type": "Point", "coordinates": [1.0, 2.0]}
    assert d["properties"]["sources"] == [{"doc": "a.txt", "start": 0, "end": 10, "quote": "400 to 500",
                                           "highlight": [[0, 10]]}]
    assert Feature.from_geojson(d).sources == (src,)


def test_merging_a_picture_with_its_own_copy_changes_nothing(pic):
    copy = Picture.from_geojson(pic.dumps())
    merged = merge_pictures([pic, copy])
    assert [(f.role, f.id, f.name) for f in merged.features] == [(f.role, f.id, f.name) for f in pic.features]
    assert [f.sources for f in merged.features] == [f.sources for f in pic.features]
    assert [f.confidence for f in merged.features] == [f.confidence for f in pic.features]
    assert merged.documents == pic.documents


def test_merging_pictures_of_different_documents_joins_their_places():
    one = extract([annotate("Boats left Zuwara for Lampedusa.", doc="a.txt")])
    two = extract([annotate("Smugglers launched boats from Zuwara toward Italy.", doc="b.txt")])
    merged = merge_pictures([one, two])
    zuwara = [f for f in merged.features if f.role == "launch_point" and f.id == "geonames:2208425"]
    assert len(zuwara) == 1 and {s.doc for s in zuwara[0].sources} == {"a.txt", "b.txt"}
    assert merged.documents == ("a.txt", "b.txt")
    place = merged.find("place", "geonames:2208425")
    assert place.properties["mentions"] == 2


def test_merging_pictures_keeps_every_documents_topic_model_record():
    one = Picture((), ("a.txt",), {"geomig": "1.0", "topic model": {"a.txt": 0.97}})
    two = Picture((), ("b.txt",), {"geomig": "2.0", "topic model": {"b.txt": 0.99}})
    merged = merge_pictures([one, two])
    assert merged.meta["topic model"] == {"a.txt": 0.97, "b.txt": 0.99}
    assert merged.meta["geomig"] == "1.0"     # a version: the first picture's


def test_test_helpers_are_not_shipped():
    import importlib.util

    assert importlib.util.find_spec("geomig.picture.fixtures") is None


def test_extract_skips_the_failures_geocode_paths_yields(tmp_path):
    import geomig

    (tmp_path / "good.txt").write_text("Boats left Sabratha, the biggest launching point, for Italy.", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    docs = list(geomig.geocode_paths([tmp_path]))
    assert any(isinstance(d, geomig.documents.inputs.Failure) for d in docs)
    picture = geomig.extract(docs)
    assert {f.role for f in picture.features} >= {"launch_point"}


def test_one_low_confidence_setting_for_the_picture_the_audit_and_the_map(monkeypatch):
    from geomig.audit import report as au
    from geomig.maps import styles
    from geomig.picture import cues, low_confidence

    assert low_confidence() == cues.default().settings["low_confidence"] == au.MIN_CONFIDENCE
    monkeypatch.setitem(cues.default().settings, "low_confidence", 0.9)
    assert au.MIN_CONFIDENCE == 0.9 and au.default_min_confidence() == 0.9
    assert "max_confidence" not in styles.default().section("audit")   # the map follows the picture


def test_geo_interface_hands_the_picture_to_other_gis_tools(pic):
    import geopandas as gpd

    assert pic.__geo_interface__ == pic.to_geojson()
    frame = gpd.GeoDataFrame.from_features(pic)
    assert list(frame["role"]) == [f.role for f in pic.features]


def test_a_geodataframe_in_the_picture_schema_reads_back_as_the_picture(pic):
    again = Picture.from_geodataframe(pic.to_geodataframe())
    assert again.documents == pic.documents and again.meta == pic.meta
    # A table cannot tell a property set to None from one a row lacks: both read back as absent.
    written = lambda p: [{**f.to_geojson(), "properties": {k: v for k, v in f.to_geojson()["properties"].items()
                                                           if v is not None or k in ("id", "name")}}
                         for f in p.features]
    assert written(again) == written(pic)


def test_a_geodataframe_without_roles_is_not_a_picture():
    import geopandas as gpd

    frame = gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(1, 2)], crs="EPSG:4326")
    with pytest.raises(PictureError, match="no 'role' column: not a picture"):
        Picture.from_geodataframe(frame)


def test_load_reads_what_dumps_wrote(pic, tmp_path):
    path = tmp_path / "p.geojson"
    path.write_text(pic.dumps(), "utf-8")
    assert Picture.load(path).to_geojson() == pic.to_geojson()


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\xff\xfe junk", "is not UTF-8 text"),
    (b"{", "picture is not valid JSON"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": {"role": "place"}}]}',
     "feature 0: no geometry"),
])
def test_load_errors_are_one_line_naming_the_file(tmp_path, content, message):
    path = tmp_path / "p.geojson"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PictureError, match=f"^{re.escape(str(path))}: {message}") as err:
        Picture.load(path)
    assert "\n" not in str(err.value)


def test_a_fresh_feature_as_written_is_what_its_file_holds():
    from shapely.geometry import LineString

    f = Feature("route", "r", None, LineString([(12.123456789, 32.987654321), (13, 33)]), 0.123456, "")
    again = Feature.from_geojson(f.to_geojson())
    assert f.as_written().geometry.equals_exact(again.geometry, 0) and f.as_written().confidence == again.confidence


def test_the_encoded_picture_is_its_geojson():
    """Picture.encode() builds the text from its parts: every kind of value written as
    json.dumps() writes it (escapes, non-ASCII, ranges, highlights, shared sources)."""
    import json

    from shapely.geometry import Point, Polygon

    from geomig.picture import Fact, Feature, Picture, Source

    said = Source("d\u00e9j\u00e0 \"1\"", 4, 40, 'Boats left "Zuwara"\tfor\nLampedusa \u2014 caf\u00e9', ((0, 5), (11, 19)))
    plain = Source("d2", 0, 9, "Rain here")
    facts = (Fact("about 40 people", 40, "people", said, "about", "boats"),
             Fact("30 to 50", (30, 50.5), "people", plain), Fact("half", 0.5, "share", plain))
    picture = Picture((
        Feature("launch_point", "Zuwara", "g:1", Point(12.08333333, 32.93), 0.87654, "left", (said, plain), facts,
                {"claims": [{"doc": "d2", "start": 0, "end": 9, "confidence": 0.4}], "hedged": True,
                 "kind": None, "note": "\u00e9t\u00e9\\"}),
        Feature("control_zone", "Off Libya", None, Polygon([(10, 30), (10, 33), (14, 33), (10, 30)]), 1, "held",
                (said,), (), {"facts": [], "legs": ({"mode": "sea"},), "nan": float("nan")}),
    ), ("d\u00e9j\u00e0 \"1\"", "d2"), {"geomig": "1.0"})
    encoded = picture.encode()
    assert encoded.text == picture.dumps() == json.dumps(picture.to_geojson(), ensure_ascii=False)
    rows = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
             for k, v in f["properties"].items()} for f in picture.to_geojson()["features"]]
    assert encoded.rows[0] == rows[0]
    assert [k for k in encoded.rows[1]] == list(rows[1]) and encoded.rows[1]["legs"] == rows[1]["legs"]


def test_a_line_drawn_across_the_antimeridian_is_cut_there_in_the_file_and_reads_back():
    from shapely.geometry import LineString

    # a Pacific way drawn in one piece, its longitudes run on past -180 (Mexico to the Philippines)
    line = LineString([(-100.0, 20.0), (-170.0, 21.0), (-190.0, 22.0), (-239.0, 14.6)])
    f = Feature("route", "Acapulco → Manila", None, line, 0.8, "route", (Source("d", 0, 5, "quote"),))
    geo = f.to_geojson()["geometry"]
    assert geo["type"] == "MultiLineString"
    xs = [x for part in geo["coordinates"] for x, _ in part]
    assert all(-180.0 <= x <= 180.0 for x in xs)
    west, east = geo["coordinates"]
    assert west[-1][0] == -180.0 and east[0][0] == 180.0 and west[-1][1] == east[0][1] == 21.5
    assert east[-1] == [121.0, 14.6]
    back = Feature.from_geojson(json.loads(json.dumps(f.to_geojson())))     # a reader takes it
    assert back.geometry.length == pytest.approx(line.length)      # the same way, in two parts
    # ... and so are a corpus's picture file and its table (one encoding of each feature)
    encoded = Picture((f,), ("d",)).encode()
    assert -180.0 <= encoded.geometries[0].bounds[0] and encoded.geometries[0].bounds[2] <= 180.0


def test_a_line_inside_the_world_is_written_as_it_is():
    from shapely.geometry import LineString

    line = LineString([(12.0, 33.0), (12.6, 35.5)])
    f = Feature("route", "Zuwara → Lampedusa", None, line, 0.8, "route", (Source("d", 0, 5, "quote"),))
    assert f.to_geojson()["geometry"] == {"type": "LineString", "coordinates": [[12.0, 33.0], [12.6, 35.5]]}


def test_a_leg_by_river_is_told_one_way_for_the_file_and_the_map():
    from geomig.picture.geometry import RIVER
    from geomig.picture.model import by_river

    assert by_river({"mode": "river"})
    assert by_river({"mode": "sea", "warning": f"{RIVER} (Evros): drawn straight across it"})
    assert not by_river({"mode": "sea", "warning": "sea, drawn straight: no sea path found"})
    assert not by_river({"mode": "land", "warning": RIVER})
    assert not by_river({"mode": "sea", "warning": ["not text"]}) and not by_river("junk")
