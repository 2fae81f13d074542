"""`geomig geocode` and `geomig gazetteer`: formats, files, stdin and bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from geomig.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_jsonl_contract(seed_paths):
    result = run("geocode", str(seed_paths[0].parent), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc"] for d in lines] == [str(p) for p in seed_paths]
    text = seed_paths[1].read_text("utf-8")
    for m in lines[1]["mentions"]:
        assert set(m) >= {"text", "start", "end", "sentence", "kind", "id", "name", "country", "lat",
                          "lon", "confidence", "alternatives", "evidence"}
        assert text[m["start"]:m["end"]] == m["text"]
        for a in m["alternatives"]:
            assert set(a) == {"id", "name", "country", "lat", "lon", "score"}


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
def test_other_formats(seed_paths, fmt, tmp_path):
    out = tmp_path / "sub" / f"out.{fmt}"
    result = run("geocode", *map(str, seed_paths), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    body = out.read_text("utf-8")
    if fmt == "json":
        assert len(json.loads(body)) == 2
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        assert any(r["id"] == "geonames:2212771" for r in rows)
    else:
        fc = json.loads(body)
        assert fc["type"] == "FeatureCollection"
        assert all(f["geometry"]["type"] == "Point" for f in fc["features"])


def test_stdin():
    result = run("geocode", "-", input="Boats left Sabratha for Lampedusa.")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["doc"] == "-"
    assert [m["text"] for m in doc["mentions"]] == ["Sabratha", "Lampedusa"]


def test_bad_file_in_a_batch_is_reported_and_skipped(seed_paths, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    result = run("geocode", str(bad), str(seed_paths[0]), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["doc"] == str(seed_paths[0])
    assert result.stderr.splitlines() == [
        f"Error: {bad}: looks like a binary file, not text",
        f"Error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_unknown_format_is_a_usage_error(seed_paths):
    result = run("geocode", str(seed_paths[0]), "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_unknown_resolver_is_one_line(seed_paths):
    result = run("geocode", str(seed_paths[0]), "--resolver", "no-such-service")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown resolver 'no-such-service'")
    assert "Traceback" not in result.output


def test_an_online_resolver_keeps_the_analysts_own_places(tmp_path):
    # A made-up beach: only the overrides file knows it, so it is never sent to the service
    # (and this test needs no network).
    text = tmp_path / "a.txt"
    text.write_text("Dinghies set sail from Wadi Zaytun at night.\n", encoding="utf-8")
    overrides = tmp_path / "o.toml"
    overrides.write_text('[[place]]\nname = "Wadi Zaytun"\nlat = 32.757\nlon = 13.716\nkind = "city"\n',
                         encoding="utf-8")
    result = run("geocode", str(text), "--resolver", "nominatim", "--overrides", str(overrides))
    assert result.exit_code == 0, result.output
    [mention] = json.loads(result.stdout)["mentions"]
    assert (mention["text"], mention["id"]) == ("Wadi Zaytun", "geomig:user:wadi-zaytun")


def test_the_first_run_says_on_stderr_that_it_builds_the_index(tmp_path, monkeypatch, copied_index_build):

    monkeypatch.setenv("GEOMIG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr("geomig.gazetteer.build.index.build", copied_index_build)
    result = run("gazetteer", "search", "Sabratha")
    assert result.exit_code == 0
    building, built = result.stderr.splitlines()
    assert building.startswith(f"Building the gazetteer index {tmp_path}")
    assert built.startswith("Built the gazetteer index in ")
    assert "Building" not in run("gazetteer", "search", "Sabratha").stderr  # once


def test_gazetteer_search_and_info():
    result = run("gazetteer", "search", "Sabratha")
    assert result.exit_code == 0
    assert result.stdout.split()[0] == "geonames:2212771"
    result = run("gazetteer", "info", "--json")
    info = json.loads(result.stdout)
    assert info["counts"]["country"] >= 240 and info["counts"]["city"] > 200_000
    assert "CC BY 4.0" in info["licences"].values()
    result = run("gazetteer", "search", "Qwxzplace")
    assert result.exit_code == 1


@pytest.mark.parametrize("args, code", [
    (["gazetteer", "search", ""], 2),
    (["gazetteer", "search", "Paris", "--limit", "0"], 2),
    (["geocode", "-", "--jobs", "0"], 2),
    (["geocode", "-", "--resolver", "nominatim", "--jobs", "2"], 2),
    (["geocode", "-", "--resolver", "nominatim", "--dask", "local"], 2),
    (["geocode", "-", "--resolver-option", "novalue", "--resolver", "nominatim"], 2),
])
def test_bad_options_are_usage_errors(args, code):
    result = run(*args, input="Boats left Sabratha.")
    assert result.exit_code == code
    assert "Traceback" not in result.output


def test_dash_output_is_stdout():
    result = run("geocode", "-", "-o", "-", input="Boats left Sabratha.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["mentions"][0]["id"] == "geonames:2212771"


@pytest.mark.parametrize("name, check", [
    ("out.csv", lambda body: body.startswith("doc,text,start")),
    ("out.geojson", lambda body: json.loads(body)["type"] == "FeatureCollection"),
    ("out.jsonl", lambda body: json.loads(body.splitlines()[0])["doc"]),
])
def test_the_format_follows_the_suffix(seed_paths, tmp_path, name, check):
    out = tmp_path / name
    assert run("geocode", str(seed_paths[0]), "-o", str(out)).exit_code == 0
    assert check(out.read_text("utf-8"))


@pytest.mark.parametrize("args", [["geocode"], ["extract"]])
def test_an_unknown_suffix_is_a_usage_error(seed_paths, tmp_path, args):
    result = run(*args, str(seed_paths[0]), "-o", str(tmp_path / "out.html"))
    assert result.exit_code == 2
    assert not (tmp_path / "out.html").exists()


@pytest.mark.parametrize("name, message", [
    ("out.pdf", "cannot tell the format from the suffix '.pdf'; use .jsonl, .json, .csv or .geojson"),
    ("out", "cannot tell the format from a name without a suffix"),
])
def test_unknown_output_suffix_is_a_usage_error(tmp_path, name, message):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    result = CliRunner().invoke(app, ["geocode", str(story), "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())
    assert not (tmp_path / name).exists()
