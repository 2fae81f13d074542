"""`geomig map`: inputs, formats, bad input and atomic writes, through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from geomig.cli import app

PICTURES = Path(__file__).parent / "fixtures" / "pictures"
SEEDS_LIKE = str(PICTURES / "seeds_like.geojson")
ARTICLE = (
    "TRIPOLI (Reuters) - Smugglers in the western Libyan city of Sabratha sent boats toward Italy "
    "this week, and the coastguard intercepted two of them off the coast of Libya.\n"
)


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, ["map", *args], env={"SOURCE_DATE_EPOCH": "1714564800", **(env or {})})


@pytest.mark.parametrize(("name", "fmt", "check"), [
    ("m.html", None, lambda b: b.startswith(b"<!DOCTYPE html>") and b"Sabratha" in b),
    ("m.htm", None, lambda b: b.startswith(b"<!DOCTYPE html>")),
    ("m.html", "fragment", lambda b: b.startswith(b'<div class="geomig-fragment"') and b"<iframe" in b),
    ("m.geojson", None, lambda b: json.loads(b)["type"] == "FeatureCollection"),
    ("m.svg", None, lambda b: b"<svg" in b[:500]),
    ("m.png", None, lambda b: b.startswith(b"\x89PNG")),
])
def test_format_follows_suffix_or_flag(tmp_path, name, fmt, check):
    out = tmp_path / name
    result = run(SEEDS_LIKE, "-o", str(out), *(["--format", fmt] if fmt else []))
    assert result.exit_code == 0, result.output
    assert check(out.read_bytes())
    assert f"Wrote {out}" in result.stderr


@pytest.mark.parametrize("args", [["--fragment"], ["--fragment", "--format", "fragment"], []])
def test_a_fragment_by_flag_or_by_its_name(tmp_path, args):
    out = tmp_path / ("report.fragment.html" if not args else "m.html")
    result = run(SEEDS_LIKE, "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    head = out.read_bytes()[:200]
    assert head.startswith(b'<div class="geomig-fragment"') and b'<iframe title="Migration picture" ' in head
    assert f"Wrote {out} (fragment," in result.stderr


def test_fragment_flag_and_another_format_is_a_usage_error(tmp_path):
    result = run(SEEDS_LIKE, "-o", str(tmp_path / "m.png"), "--fragment", "--format", "png")
    assert result.exit_code == 2
    assert "--fragment writes a fragment, not png; give one of them" in " ".join(result.output.replace("│", " ").split())
    assert not (tmp_path / "m.png").exists()


def test_png_is_a_real_image(tmp_path):
    out = tmp_path / "m.png"
    assert run(SEEDS_LIKE, "-o", str(out)).exit_code == 0
    with Image.open(out) as im:
        assert im.size[0] > 1000 and im.size[1] > 700


def test_html_to_stdout(tmp_path):
    result = run(SEEDS_LIKE, "-o", "-", "--title", "Libya routes")
    assert result.exit_code == 0
    assert "<title>Libya routes</title>" in result.stdout


def test_offline_html_loads_nothing_from_the_network(tmp_path):
    out = tmp_path / "m.html"
    assert run(SEEDS_LIKE, "-o", str(out), "--offline").exit_code == 0
    html = out.read_text("utf-8")
    assert "<script src=" not in html and "<link rel=" not in html and "tile.openstreetmap" not in html


def test_empty_picture_gives_an_empty_map_and_exit_0(tmp_path):
    out = tmp_path / "e.html"
    result = run(str(PICTURES / "empty.geojson"), "-o", str(out))
    assert result.exit_code == 0
    assert "the picture is empty" in out.read_text("utf-8")


@pytest.mark.parametrize(("content", "message"), [
    ("{", "picture is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ('{"type": "Feature"}', "picture is not a GeoJSON FeatureCollection"),
    (json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"role": "place"}, "geometry": {"type": "Point", "coordinates": [400, 0]}}]}),
     "feature 0: coordinates outside WGS84 longitude/latitude"),
    (b"\xff\xfe\x00junk", "is not UTF-8 text"),
])
def test_invalid_picture_is_one_error_line(tmp_path, content, message):
    bad = tmp_path / "bad.geojson"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = run(str(bad), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: {message}\n"
    assert not (tmp_path / "m.html").exists()


def test_missing_picture(tmp_path):
    result = run(str(tmp_path / "nope.geojson"), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.geojson'}: no such file\n"


def test_unknown_suffix_is_a_usage_error(tmp_path):
    result = run(SEEDS_LIKE, "-o", str(tmp_path / "m.pdf"))
    assert result.exit_code == 2
    message = " ".join(result.output.replace("│", " ").split())     # rich wraps the long path
    assert "m.pdf: cannot tell the format from the suffix '.pdf'" in message
    assert "use .fragment.html, .html, .htm, .png, .svg, .geojson or .json, or give --format" in message


def test_output_directory_is_created(tmp_path):
    out = tmp_path / "new" / "deeper" / "m.html"
    assert run(SEEDS_LIKE, "-o", str(out)).exit_code == 0
    assert out.is_file()


def test_unwritable_output_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run(SEEDS_LIKE, "-o", str(blocker / "m.html"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {blocker / 'm.html'}: ")
    assert len(result.stderr.splitlines()) == 1


def test_text_input_is_geocoded_and_extracted(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE)
    out = tmp_path / "m.geojson"
    result = run(str(text), "-o", str(out))
    assert result.exit_code == 0, result.output
    picture = json.loads(out.read_text("utf-8"))
    ids = {f["properties"].get("id") for f in picture["features"]}
    assert {"geonames:2212771", "geonames:3175395"} <= ids     # Sabratha, Italy
    assert str(text) in picture["geomig"]["documents"]


def test_a_bad_text_among_good_ones_is_reported_and_the_map_still_written(tmp_path):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ARTICLE)
    empty.write_text("")
    out = tmp_path / "m.html"
    result = run(str(good), str(empty), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {empty}: file is empty\n")
    assert out.is_file()


def test_pictures_can_be_combined(tmp_path):
    other = tmp_path / "other.geojson"
    shutil.copy(PICTURES / "empty.geojson", other)
    out = tmp_path / "m.geojson"
    assert run(SEEDS_LIKE, str(other), "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text("utf-8"))["features"]) == 17


def _in_order(sources: list[dict]) -> list[dict]:
    return sorted(sources, key=lambda s: (s["doc"], s["start"], s["end"]))


def _by_key(features: list[dict]) -> dict:
    def key(p):
        return (p["role"], p.get("id") or p["name"], p.get("control"), p.get("direction"), tuple(p.get("stops", ())))

    return {key(f["properties"]): f["properties"] for f in features}


def test_the_same_picture_twice_is_drawn_once(tmp_path):
    twice = tmp_path / "again.geojson"
    shutil.copy(SEEDS_LIKE, twice)
    out = tmp_path / "m.geojson"
    assert run(SEEDS_LIKE, str(twice), "-o", str(out)).exit_code == 0
    merged = json.loads(out.read_text("utf-8"))
    alone = json.loads(Path(SEEDS_LIKE).read_text("utf-8"))
    assert len(merged["features"]) == len(alone["features"]) == 17
    assert merged["geomig"]["documents"] == alone["geomig"]["documents"]
    want = _by_key(alone["features"])
    for key, props in _by_key(merged["features"]).items():
        assert props["sources"] == _in_order(want[key]["sources"]), key      # every source listed once
        assert props["confidence"] == want[key]["confidence"], key  # a copy adds no support


def test_a_text_and_the_picture_made_from_it_give_that_picture(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE)
    pic = tmp_path / "p.geojson"
    assert run(str(text), "-o", str(pic)).exit_code == 0
    out = tmp_path / "m.geojson"
    assert run(str(text), str(pic), "-o", str(out)).exit_code == 0
    alone = _by_key(json.loads(pic.read_text("utf-8"))["features"])
    merged = _by_key(json.loads(out.read_text("utf-8"))["features"])
    assert merged.keys() == alone.keys()
    assert all(merged[k]["sources"] == _in_order(alone[k]["sources"]) for k in alone)


def test_one_place_from_two_pictures_lists_both_sources(tmp_path):
    quote = "Boats also left Sabratha on Sunday."
    other = tmp_path / "other.geojson"
    other.write_text(json.dumps({"type": "FeatureCollection", "geomig": {"documents": ["later.txt"]}, "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [12.48845, 32.79335]},
         "properties": {"role": "launch_point", "name": "Sabratha", "id": "geonames:2212771", "confidence": 0.5,
                        "cue": "left", "facts": [],
                        "sources": [{"doc": "later.txt", "start": 0, "end": len(quote), "quote": quote}]}}]}))
    out = tmp_path / "m.geojson"
    assert run(SEEDS_LIKE, str(other), "-o", str(out)).exit_code == 0
    merged = json.loads(out.read_text("utf-8"))
    launches = [f["properties"] for f in merged["features"] if f["properties"]["role"] == "launch_point"]
    assert len(merged["features"]) == 17 and len(launches) == 1
    docs = [s["doc"] for s in launches[0]["sources"]]
    assert docs == ["later.txt"] + ["seeds/004_62d397ea61d3f018.txt"] * 3
    assert launches[0]["confidence"] == pytest.approx(1 - 0.07 * 0.5, abs=1e-3)    # independent support adds up
    assert "later.txt" in merged["geomig"]["documents"]


def test_a_picture_that_cannot_be_merged_is_one_error_line(tmp_path):
    other = tmp_path / "norole.geojson"
    other.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [12.5, 32.8]}, "properties": {}}]}))
    result = run(SEEDS_LIKE, str(other), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {other}: feature 0: not a picture feature: it has no role\n"


def test_overrides_change_the_map(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE)
    rules = tmp_path / "overrides.toml"
    rules.write_text('[[pin]]\ntext = "Sabratha"\nid = "geonames:2210247"\n\n[[ignore]]\ntext = "Italy"\n')
    out = tmp_path / "m.geojson"
    assert run(str(text), "-o", str(out), "--overrides", str(rules)).exit_code == 0
    ids = {f["properties"].get("id") for f in json.loads(out.read_text("utf-8"))["features"]}
    assert "geonames:2212771" not in ids and "geonames:3175395" not in ids    # Sabratha re-pointed, Italy ignored
    assert "geonames:2210247" in ids


def test_bad_overrides_file_is_one_error_line(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE)
    rules = tmp_path / "overrides.toml"
    rules.write_text('[[pin]]\ntext = "Sabratha"\n')
    result = run(str(text), "-o", str(tmp_path / "m.html"), "--overrides", str(rules))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1


def test_bounds_set_the_first_view_and_bad_bounds_are_a_usage_error(tmp_path):
    out = tmp_path / "m.html"
    assert run(SEEDS_LIKE, "-o", str(out), "--bounds", "-2,49,3,52").exit_code == 0
    assert '"bounds":[[49.0,-2.0],[52.0,3.0]]' in out.read_text("utf-8")
    result = run(SEEDS_LIKE, "-o", str(out), "--bounds", "north")
    assert result.exit_code == 2
    assert "expected four numbers W,S,E,N" in result.output


def test_tiles_name_a_basemap_and_bad_tiles_are_a_usage_error(tmp_path):
    out = tmp_path / "m.html"
    assert run(SEEDS_LIKE, "-o", str(out), "--tiles", "OpenStreetMap.Mapnik").exit_code == 0
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in out.read_text("utf-8")
    result = run(SEEDS_LIKE, "-o", str(out), "--tiles", "https://t.example.org/{z}/{x}/{y}.png")
    assert result.exit_code == 2
    assert "a tile URL needs --attribution" in result.output
    result = run(SEEDS_LIKE, "-o", str(out), "--offline", "--tiles", "Esri.WorldImagery")
    assert result.exit_code == 2
    assert "--offline draws its own basemap" in result.output


def test_texts_without_migration_say_so_in_the_summary_line(tmp_path):
    text = tmp_path / "football.txt"
    text.write_text("MADRID - Real Madrid beat the visitors from Milan 3-1 on Wednesday, and will travel to "
                    "Munich next week.\n", encoding="utf-8")
    out = tmp_path / "m.html"
    result = run(str(text), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "; no migration found, only the places named)" in result.stderr
    assert "no migration found" not in run(SEEDS_LIKE, "-o", str(out)).stderr


@pytest.mark.parametrize(("name", "args", "noted"), [
    ("m.html", [], True),
    ("m.fragment.html", [], True),
    ("m.html", ["--offline"], False),
    ("m.png", [], False),
    ("m.geojson", [], False),
])
def test_an_online_map_says_it_needs_the_network(tmp_path, name, args, noted):
    out = tmp_path / name
    result = run(SEEDS_LIKE, "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    note = (f"Note: {out} loads Leaflet and its basemap from the web; "
            "give --offline for a page that works without the network\n")
    assert result.stderr.endswith(note) is noted
    assert result.stderr.count("\n") == 1 + noted
