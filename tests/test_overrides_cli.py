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


# --------------------------------------------------------------------------- --accept on words turned down

PERSON_STORY = "Police said Fatima had left Bosaso by boat with 30 others.\n"
FATIMA_PT = "geonames:2268326"


def test_accepting_a_word_turned_down_as_a_person_places_it_everywhere(tmp_path):
    story, fixes = tmp_path / "s.txt", tmp_path / "f.toml"
    story.write_text(PERSON_STORY, encoding="utf-8")
    before = runner.invoke(app, ["geocode", str(story)])
    assert "Fatima" not in {m["text"] for m in json.loads(before.stdout)["mentions"]}
    audit = runner.invoke(app, ["audit", str(story), "--format", "json", "--overrides", str(fixes),
                                "--accept", f"Fatima={FATIMA_PT}"])
    assert audit.exit_code == 0, audit.output
    row = next(r for r in json.loads(audit.stdout)["mentions"] if r["text"] == "Fatima")
    assert row["id"] == FATIMA_PT and row["flags"] == ["overridden"]
    assert "recognition had turned it down (person)" in row["evidence"]
    # what the audit shows is what geocode, extract and map now do
    after = runner.invoke(app, ["geocode", str(story), "--overrides", str(fixes)])
    assert {m["text"]: m["id"] for m in json.loads(after.stdout)["mentions"]}["Fatima"] == FATIMA_PT
    picture = tmp_path / "p.geojson"
    assert runner.invoke(app, ["extract", str(story), "-o", str(picture), "--overrides", str(fixes)]).exit_code == 0
    assert FATIMA_PT in ids_in(json.loads(picture.read_text())["features"])


def test_accepting_a_name_no_text_holds_says_so_in_one_line_and_exits_1(tmp_path):
    story, fixes = tmp_path / "s.txt", tmp_path / "f.toml"
    story.write_text(PERSON_STORY, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(story), "--format", "json", "--overrides", str(fixes),
                                 "--accept", f"Fatma={FATIMA_PT}", "--accept", "Bosaso=ignore"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: --accept 'Fatma': no name in the texts reads 'Fatma', so the pin places nothing "
                      f"here (the pin is written to {fixes} for other texts; a name geomig does not find at all "
                      "is added as a [[place]])"]
    assert json.loads(result.stdout)["mentions"]           # the audit is still written
    assert "Fatma" in fixes.read_text(encoding="utf-8")


def test_accepting_a_word_of_an_organisation_s_name_says_why_it_stays_unplaced(tmp_path):
    story, fixes = tmp_path / "s.txt", tmp_path / "f.toml"
    story.write_text("Reporters of The Libya Observer met the migrants in Zuwara.\n", encoding="utf-8")
    audit = runner.invoke(app, ["audit", str(story), "--format", "json"])
    word = next(r for r in json.loads(audit.stdout)["mentions"] if "organisation" in r["flags"])["text"]
    result = runner.invoke(app, ["audit", str(story), "--format", "json", "--overrides", str(fixes),
                                 "--accept", f"{word}=geonames:2215636"])
    assert result.exit_code == 1
    assert f"Error: --accept {word!r}: here {word!r} is part of an organisation's name, which a pin does not make a place" in result.stderr
    row = next(r for r in json.loads(result.stdout)["mentions"] if r["text"] == word)
    assert row["id"] is None and "overridden" not in row["flags"]
