"""Every polygon geomig writes as GeoJSON winds as RFC 7946 asks: outer rings counter-clockwise,
holes clockwise. Checked on what is written (the text of the files and pages), not on shapely
objects, so a writer that forgets to orient is caught wherever it sits."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from shapely.geometry import Polygon, box, mapping

from geomig.maps import render, to_html
from geomig.maps.produce import produce
from geomig.picture import Feature, Picture
from geomig.picture.model import right_hand

#: A zone drawn clockwise with a hole drawn counter-clockwise: both the wrong way round.
CLOCKWISE = Polygon([(12.0, 33.0), (13.0, 34.0), (14.0, 33.0), (12.0, 33.0)],
                    [[(12.9, 33.2), (13.1, 33.2), (13.0, 33.4), (12.9, 33.2)]])


def signed_area(ring: list) -> float:
    """Twice the signed area of a ring (shoelace): positive when counter-clockwise."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:], strict=False))


def polygons(geojson) -> Iterator[list]:
    """The rings lists of every Polygon and MultiPolygon anywhere in a GeoJSON-like value."""
    if isinstance(geojson, dict):
        if geojson.get("type") == "Polygon":
            yield geojson["coordinates"]
        elif geojson.get("type") == "MultiPolygon":
            yield from geojson["coordinates"]
        else:
            for v in geojson.values():
                yield from polygons(v)
    elif isinstance(geojson, list):
        for v in geojson:
            yield from polygons(v)


def wrong_way(geojson) -> list[str]:
    """The rings that wind against the right-hand rule, described; [] when all is well."""
    out = []
    for i, rings in enumerate(polygons(geojson)):
        for k, ring in enumerate(rings):
            area = signed_area(ring)
            if (k == 0 and area <= 0) or (k > 0 and area >= 0):
                out.append(f"polygon {i} ring {k}: signed area {area:.4g}")
    return out


def page_data(html: str) -> list:
    """The GeoJSON a map page hands to geomig.js (and the corpus timeline), parsed."""
    decoder = json.JSONDecoder()
    data = []
    for m in re.finditer(r"geomig\.(?:shapes|points)\(map_\w+, feature_group_\w+, |geomigTimeline\(map_\w+, ", html):
        value, _ = decoder.raw_decode(html, m.end())
        data.append(value)
    return data


@pytest.fixture(scope="module")
def picture() -> Picture:
    zone = Feature("control_zone", "patrol area", None, CLOCKWISE, 0.8, "",
                   properties={"control": "militia", "actor": "a militia"})
    area = Feature("transit", "an area", "x:1", box(20, 10, 22, 12, ccw=False), 0.7, "")
    islands = Feature("destination", "two islands", "x:2",
                      Polygon([(0, 0), (0, 1), (1, 1), (0, 0)]).union(Polygon([(3, 3), (3, 4), (4, 4), (3, 3)])), 0.7, "")
    return Picture((zone, area, islands), ("doc.txt",))


def test_the_fixture_is_wound_the_wrong_way(picture):
    assert wrong_way([mapping(f.geometry) for f in picture.features])     # else the tests below prove nothing


def test_right_hand_turns_rings_and_holes(picture):
    assert wrong_way([mapping(right_hand(f.geometry)) for f in picture.features]) == []
    assert right_hand(CLOCKWISE).equals(CLOCKWISE)


def test_picture_geojson_and_its_geo_interface(picture):
    for written in (json.loads(picture.dumps()), picture.__geo_interface__):
        assert len(list(polygons(written))) >= 3
        assert wrong_way(written) == []


def test_geodataframe_and_its_geojson(picture):
    written = json.loads(picture.to_geodataframe().to_json())
    assert len(list(polygons(written))) >= 3
    assert wrong_way(written) == []


def test_map_geojson_output(picture):
    written = json.loads(produce(picture, "geojson"))
    assert len(list(polygons(written))) >= 3
    assert wrong_way(written) == []


@pytest.mark.parametrize("offline", [True, False])
def test_map_page_layers(picture, offline):
    data = page_data(to_html(render(picture, offline=offline, gazetteer="t")))
    assert list(polygons(data))
    assert wrong_way(data) == []


def test_seed_pictures_polygons():
    from geomig.maps.produce import load_inputs

    root = Path(__file__).resolve().parents[1]
    seeds = load_inputs([str(root / "seeds")])
    written = json.loads(seeds.picture.dumps())
    assert len(list(polygons(written))) >= 5
    assert wrong_way(written) == []


def test_corpus_outputs(tmp_path):
    import geopandas as gpd

    from corpus_texts import write_jsonl
    from geomig.corpus import Options, run_corpus

    out = tmp_path / "out"
    run_corpus(write_jsonl(tmp_path / "c.jsonl", 12), out, Options(partition_size=50))
    written = json.loads((out / "picture.geojson").read_text("utf-8"))
    assert list(polygons(written))
    assert wrong_way(written) == []
    for written in (json.loads(gpd.read_parquet(out / "picture.parquet").to_json()),
                    page_data((out / "map.html").read_text("utf-8"))):
        assert list(polygons(written))
        assert wrong_way(written) == []
