"""Writing: the CLI's output formats, and any file atomically."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from geomig.documents import outputs
from geomig.models import GeocodedDocument, Mention

# A hand-made document: two places and a phrase rejected for the audit.
TEXT = "Boats left Zuwara for Lampedusa; =SUM officials said."
ZUWARA = Mention("Zuwara", 11, 17, 0, "city", "geonames:2209855", "Zuwara", "LY", 32.93, 12.08, 0.9,
                 (), "only candidate")
LAMPEDUSA = Mention("Lampedusa", 22, 31, 0, "island", "geonames:2524459", "Lampedusa", "IT", 35.51, 12.59,
                    0.8, (), "=cmd|' /C calc'!A0")
REJECTED = Mention("=SUM", 33, 37, 0, "", None, None, None, None, None, 0.0, (), "not a place here", ("unresolved",))
DOC = GeocodedDocument("a.txt", TEXT, ((0, len(TEXT)),), (ZUWARA, LAMPEDUSA, REJECTED))
OTHER = GeocodedDocument("b.txt", "Nothing here.", ((0, 13),), ())


def text_of(fmt: str, docs=(DOC, OTHER)) -> str:
    return "".join(outputs.render(list(docs), fmt))


def test_jsonl_is_one_line_per_document_in_order():
    lines = text_of("jsonl").splitlines()
    assert [json.loads(line)["doc"] for line in lines] == ["a.txt", "b.txt"]
    assert json.loads(lines[0]) == DOC.to_dict()
    assert lines[0] == outputs.write_jsonl(DOC).rstrip("\n")


def test_json_lines_are_write_jsonls_byte_for_byte_whatever_the_documents_repeat():
    from geomig.models import Candidate

    near = (Candidate("geonames:1", "Sūsah", "TN", 35.8, 10.6, 0.4), Candidate("geonames:2", "Sousse", "TN", 35, 10, 0))
    same_values = tuple(Candidate(a.id, a.name, a.country, a.lat, a.lon, a.score) for a in near)
    as_floats = (Candidate("geonames:2", "Sousse", "TN", 35.0, 10.0, 0.0),)
    text = "Boats left Sousse. From Sousse, later, \"Sūsah\" again; Sousse."
    doc = GeocodedDocument("c\u00e9.txt", text, ((0, 18), (19, len(text))), (
        Mention("Sousse", 11, 17, 0, "city", "geonames:1", "Sūsah", "TN", 35.8, 10.6, 0.5, near, "two \"candidates\""),
        Mention("Sousse", 24, 30, 1, "city", "geonames:1", "Sūsah", "TN", 35.8, 10.6, 0.5, near, "two \"candidates\""),
        # equal candidates in another tuple, and numbers equal to those above but of another type
        Mention("Sousse", 57, 63, 1, "city", "geonames:1", "Sūsah", "TN", 35.8, 10.6, 0.5, same_values, "two"),
        Mention("Sousse", 57, 63, 1, "city", "geonames:2", "Sousse", "TN", 35, 10, 1, (), "", ("overridden",)),
        Mention("Sousse", 57, 63, 1, "city", "geonames:2", "Sousse", "TN", 35.0, 10.0, 1.0, as_floats, ""),
        Mention("Sūsah", 46, 51, 1, "city", None, None, None, None, None, 0.0, (), "", ("unresolved",)),
        Mention("Sousse", True, 17, 0, "city", "geonames:1", "Sūsah", "TN", 35.8, 10.6, 0.5, near, ""),
    ))
    lines = outputs.JsonLines()
    for d in (doc, DOC, OTHER, doc):  # the second time, every place is known
        line, mentions = lines.document(d)
        assert line + "\n" == outputs.write_jsonl(d)
        said = d.to_dict()["mentions"]
        assert [json.loads(m) for m, _, _ in mentions] == said
        assert [(json.loads(a), json.loads(f)) for _, a, f in mentions] == [(m["alternatives"], m["flags"]) for m in said]


def test_json_lines_keep_the_sign_of_a_zero():
    # 0.0 == -0.0 as a key, but the line says "-0.0": a place on the equator or the meridian
    # rounded from either side
    text = "Boats met on the equator, then on the equator again."
    east = Mention("equator", 17, 24, 0, "region", "x:1", "Equator", None, 0.0, 0.0, 0.7)
    west = Mention("equator", 42, 49, 0, "region", "x:1", "Equator", None, -0.0, -0.0, 0.7)
    doc = GeocodedDocument("zero.txt", text, ((0, len(text)),), (east, west, east))
    assert outputs.JsonLines().line(doc) + "\n" == outputs.write_jsonl(doc)
    assert outputs.JsonLines().line(replace(doc, mentions=(west, east))) + "\n" == outputs.write_jsonl(
        replace(doc, mentions=(west, east)))


def test_json_is_one_array_of_the_same_objects():
    assert json.loads(text_of("json")) == [DOC.to_dict(), OTHER.to_dict()]


def test_csv_has_one_header_and_one_row_per_mention():
    rows = list(csv.DictReader(io.StringIO(text_of("csv"))))
    assert [(r["doc"], r["text"], r["id"]) for r in rows] == [
        ("a.txt", "Zuwara", "geonames:2209855"), ("a.txt", "Lampedusa", "geonames:2524459"), ("a.txt", "'=SUM", "")]
    assert rows[0]["lat"] == "32.93" and rows[0]["lon"] == "12.08"


def test_csv_cells_that_look_like_formulas_are_quoted_and_numbers_are_not():
    rows = list(csv.DictReader(io.StringIO(text_of("csv"))))
    assert rows[1]["evidence"] == "'=cmd|' /C calc'!A0"
    assert outputs.csv_cell(-12.5) == -12.5 and outputs.csv_cell("-12.5") == "'-12.5"
    assert outputs.csv_cell("Lampedusa") == "Lampedusa"


def test_geojson_has_a_point_per_placed_mention():
    data = json.loads(text_of("geojson"))
    assert data["type"] == "FeatureCollection"
    assert [f["geometry"]["coordinates"] for f in data["features"]] == [[12.08, 32.93], [12.59, 35.51]]
    props = data["features"][0]["properties"]
    assert props["doc"] == "a.txt" and props["id"] == "geonames:2209855" and "lat" not in props


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jsonl_and_csv_stream_one_document_at_a_time(fmt):
    def docs():
        yield DOC
        raise RuntimeError("the second document is not needed yet")

    first = next(iter(outputs.render(docs(), fmt)))
    assert "Zuwara" in first and "b.txt" not in first


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        list(outputs.render([DOC], "xml"))


def test_write_atomic_creates_directories_and_leaves_no_temp_file(tmp_path):
    out = tmp_path / "a" / "b" / "out.jsonl"
    outputs.write_atomic(out, ["one\n", b"two\n"])
    assert out.read_text() == "one\ntwo\n"

    def boom():
        yield "partial"
        raise RuntimeError("crash")

    with pytest.raises(RuntimeError, match="crash"):
        outputs.write_atomic(out, boom())
    assert out.read_text() == "one\ntwo\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl"]


def test_a_failed_replace_keeps_the_old_file(tmp_path, monkeypatch):
    import os

    from geomig.errors import OutputError

    out = tmp_path / "m.html"
    out.write_text("old map")

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OutputError, match="cannot write .*No space left on device"):
        outputs.write_atomic(out, b"new map")
    assert out.read_text() == "old map"
    assert os.listdir(tmp_path) == ["m.html"]


def test_written_files_have_ordinary_permissions(tmp_path):
    import os

    out = tmp_path / "m.html"
    outputs.write_atomic(out, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_special_files_are_written_not_replaced(tmp_path):
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        outputs.write_atomic(fifo, [b"through the pipe"])
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_symlinks_are_followed(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    outputs.write_atomic(link, ["new"])
    assert link.is_symlink() and target.read_text() == "new"


def test_an_existing_files_mode_is_kept(tmp_path):
    out = tmp_path / "private.csv"
    out.write_text("old")
    out.chmod(0o600)
    outputs.write_atomic(out, ["new"])
    assert out.read_text() == "new" and out.stat().st_mode & 0o777 == 0o600
