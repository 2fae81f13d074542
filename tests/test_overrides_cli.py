"""One overrides file changes geocode, extract, map and audit alike."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from geomig.cli import app

runner = CliRunner()

STORY = ("Boats left Tripoli for Lampedusa on Monday, Libyan officials said. "
         "Smugglers also use Garabulli, east of the capital.\n")
OVERRIDES = """
[[pin]]
text = "Tripoli"
id = "geonames:266826"

[[place]]
name = "Zorblax Cove"
lat = 32.9
lon = 13.9
kind = "landmark"
country = "LY"

[[ignore]]
text = "Lampedusa"
"""


@pytest.fixture
def files(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY.replace("Garabulli", "Zorblax Cove"), encoding="utf-8")
    fixes = tmp_path / "fixes.toml"
    fixes.write_text(OVERRIDES, encoding="utf-8")
    return story, fixes


def ids_in(features):
    return {f["properties"].get("id") for f in features}


def test_geocode_applies_pins_places_and_ignores(files):
    story, fixes = files
    result = runner.invoke(app, ["geocode", str(story), "--overrides", str(fixes)])
    assert result.exit_code == 0, result.output
    mentions = {m["text"]: m for m in json.loads(result.stdout)["mentions"]}
    assert mentions["Tripoli"]["id"] == "geonames:266826"
    assert "overridden" in mentions["Tripoli"]["flags"]
    assert mentions["Zorblax Cove"]["id"] == "geomig:user:zorblax-cove"
    assert "Lampedusa" not in mentions


def test_extract_and_map_and_audit_follow_the_same_file(files, tmp_path):
    story, fixes = files
    picture = tmp_path / "picture.geojson"
    assert runner.invoke(app, ["extract", str(story), "-o", str(picture), "--overrides", str(fixes)]).exit_code == 0
    features = json.loads(picture.read_text())["features"]
    assert {"geonames:266826", "geomig:user:zorblax-cove"} <= ids_in(features)
    assert "geonames:2210247" not in ids_in(features) and "geonames:2524459" not in ids_in(features)

    out = tmp_path / "map.geojson"
    assert runner.invoke(app, ["map", str(story), "-o", str(out), "--overrides", str(fixes)]).exit_code == 0
    assert ids_in(json.loads(out.read_text())["features"]) == ids_in(features)

    result = runner.invoke(app, ["audit", str(story), "--format", "json", "--overrides", str(fixes)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    rows = rows["mentions"]
    tripoli = next(r for r in rows if r["text"] == "Tripoli")
    assert tripoli["id"] == "geonames:266826" and "overridden" in tripoli["flags"]


def test_bad_overrides_file_names_the_line(files, tmp_path):
    story, _ = files
    bad = tmp_path / "bad.toml"
    bad.write_text('[[pin]]\ntext = "Tripoli"\nid = "geonames:1"\n', encoding="utf-8")
    result = runner.invoke(app, ["geocode", str(story), "--overrides", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}:")
    assert "unknown id 'geonames:1'" in result.stderr


def test_a_users_place_beats_the_packaged_one_of_the_same_name(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Smugglers moved from Abu Kammash to Garabulli.", encoding="utf-8")
    fixes = tmp_path / "f.toml"
    fixes.write_text('[[place]]\nname = "Garabulli"\nlat = 32.76\nlon = 13.72\nkind = "city"\ncountry = "LY"\n'
                     '[[place]]\nname = "Abu Kammash"\nlat = 33.083\nlon = 11.833\nkind = "city"\ncountry = "LY"\n',
                     encoding="utf-8")
    result = runner.invoke(app, ["geocode", str(story), "--overrides", str(fixes)])
    ids = [m["id"] for m in json.loads(result.stdout)["mentions"]]
    assert ids == ["geomig:user:abu-kammash", "geomig:user:garabulli"]
