"""`geomig extract` through the real CLI: output, failures, empty input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from geomig.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = ("TRIPOLI (Reuters) - Departures from the western Libyan city of Sabratha rose in July, "
           "and boats bound for Lampedusa left every night.\n")


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_seeds_to_a_picture_file(tmp_path):
    out = tmp_path / "sub" / "picture.geojson"
    result = run(str(SEEDS / "000_efb95829528522da.txt"), str(SEEDS / "004_62d397ea61d3f018.txt"), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    roles = {f["properties"]["role"] for f in data["features"]}
    assert roles == {"place", "launch_point", "destination", "transit", "origin", "route", "control_zone"}
    # The last line: run first in a fresh cache, the index build is announced before it.
    assert result.stderr.splitlines()[-1].startswith(f"Wrote {out} (")


def test_picture_to_stdout(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    result = run(str(text))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "launch_point" in {f["properties"]["role"] for f in data["features"]}


def test_bad_file_is_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "p.geojson"
    result = run(str(tmp_path), "-o", str(out))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'empty.txt'}: file is empty" in result.stderr.splitlines()
    assert json.loads(out.read_text("utf-8"))["geomig"]["documents"] == [str(tmp_path / "good.txt")]


def test_missing_path_is_one_error_line(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_text_without_places_gives_an_empty_picture(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Nothing about anywhere in particular happened today.\n", encoding="utf-8")
    result = run(str(text))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["features"] == []


def test_overrides_change_the_picture(tmp_path):
    text = tmp_path / "a.txt"
    # A made-up beach the gazetteer cannot know: only the overrides file makes it a place.
    text.write_text("More than 20 dinghies set sail from Wadi Zaytun on Tuesday night.\n", encoding="utf-8")
    overrides = tmp_path / "overrides.toml"
    overrides.write_text('[[place]]\nname = "Wadi Zaytun"\nlat = 32.757\nlon = 13.716\nkind = "city"\n'
                         'country = "LY"\n', encoding="utf-8")
    before = json.loads(run(str(text)).stdout)
    assert "geomig:user:wadi-zaytun" not in {f["properties"]["id"] for f in before["features"]}
    result = run(str(text), "--overrides", str(overrides))
    assert result.exit_code == 0, result.output
    [launch] = [f for f in json.loads(result.stdout)["features"] if f["properties"]["role"] == "launch_point"]
    assert (launch["properties"]["name"], launch["properties"]["id"]) == ("Wadi Zaytun", "geomig:user:wadi-zaytun")
    assert launch["properties"]["facts"][0]["value"] == 20


def test_a_negative_indent_is_refused():
    result = CliRunner().invoke(app, ["extract", "-", "--indent", "-3"], input="Boats left Zuwara.")
    assert result.exit_code == 2
    assert "--indent" in result.output
