"""geomig.maps.produce: what `geomig map` does, as library calls that print nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomig.errors import PictureError, RenderError
from geomig.maps.produce import FORMATS, is_picture_path, load_inputs, produce
from geomig.picture import Picture

SEEDS_LIKE = Path(__file__).parent / "fixtures" / "pictures" / "seeds_like.geojson"


@pytest.mark.parametrize(("path", "expected"), [
    ("a.geojson", True), ("A.JSON", True), ("a.txt", False), ("dir/", False), ("-", False),
])
def test_picture_paths_are_told_by_their_suffix(path, expected):
    assert is_picture_path(path) is expected


def test_a_lone_picture_is_drawn_as_written_without_an_audit():
    inputs = load_inputs([str(SEEDS_LIKE)])
    assert inputs.picture == Picture.load(SEEDS_LIKE)
    assert (inputs.audit, inputs.failures, inputs.read) == (None, (), 1)


def test_unreadable_texts_come_back_as_failures_not_output(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Boats left Sabratha, the biggest launching point, for Italy.", "utf-8")
    inputs = load_inputs([str(good), str(tmp_path / "missing.txt")])
    assert [f.reason for f in inputs.failures] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
    assert inputs.read == 1 and inputs.picture.find("launch_point") is not None
    assert inputs.audit is not None
    assert capsys.readouterr() == ("", "")


def test_a_bad_picture_file_is_one_picture_error(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("[]", "utf-8")
    with pytest.raises(PictureError, match=f"^{bad}: picture is not a GeoJSON FeatureCollection$"):
        load_inputs([str(bad), str(SEEDS_LIKE)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_gives_bytes(fmt):
    data = produce(Picture.load(SEEDS_LIKE), fmt)
    assert isinstance(data, bytes) and len(data) > 1000
    head = data[:500].lower()
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    elif fmt == "svg":
        assert b"<svg" in head
    elif fmt == "html":
        assert head.lstrip().startswith(b"<!doctype html")
    elif fmt == "fragment":
        assert head.startswith(b"<div class=\"geomig-fragment\"") and b"<iframe" in head and b"srcdoc=" in head
    if fmt == "geojson":
        assert json.loads(data) == Picture.load(SEEDS_LIKE).to_geojson()


def test_an_unknown_format_is_a_render_error():
    with pytest.raises(RenderError, match="'pdf' is not a map format; expected one of html, fragment"):
        produce(Picture(), "pdf")
