"""Hostile and broken inputs: files that are not files, odd encodings, odd names, an
output that is an input. Each is one clear line (or a usage error), never a hang, never
a lost file."""

from __future__ import annotations

import json
import os
import socket

import pytest
from typer.testing import CliRunner

from geomig.cli import app
from geomig.documents import inputs
from geomig.errors import InputError

runner = CliRunner()
TEXT = "Boats left Sabratha for Lampedusa at night."


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


# ------------------------------------------------------------------ not regular files

def test_a_fifo_is_refused_without_blocking(fifo):
    # No writer ever opens the FIFO: a plain open() would wait for one forever.
    with pytest.raises(InputError, match=r"pipe\.txt: is a named pipe \(FIFO\), not a regular file"):
        inputs.read(str(fifo))


def test_a_character_device_is_refused_before_reading():
    with pytest.raises(InputError, match=r"^/dev/zero: is a character device, not a regular file"):
        inputs.read("/dev/zero")


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        with pytest.raises(InputError, match=r"s\.txt: is a socket, not a regular file"):
            inputs.read(str(path))
    finally:
        sock.close()


def test_the_size_cap_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as f:
        f.truncate(inputs.MAX_BYTES + 1)  # sparse: no disk used, but 20 MB to read

    def no_read(*args, **kwargs):
        raise AssertionError("the file was opened for reading")

    monkeypatch.setattr(inputs.os, "fdopen", no_read)
    with pytest.raises(InputError, match="sparse.txt: file is over the 20 MB limit"):
        inputs.read(str(path))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fifo_among_inputs_is_reported_and_the_rest_written(tmp_path, fifo, jobs):
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    out = tmp_path / "out.jsonl"
    result = run("geocode", fifo, good, "-o", out, "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {fifo}: is a named pipe (FIFO), not a regular file; geomig reads only files\n"
    assert [json.loads(line)["doc"] for line in out.read_text().splitlines()] == [str(good)]


# ------------------------------------------------------------------------- names

def test_a_symlink_loop_is_named_as_such(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match=r"loop\.txt: symbolic link loop$"):
        inputs.expand([loop])
    result = run("geocode", loop)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {loop}: symbolic link loop\n"


def test_a_dangling_symlink_names_its_target(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "target.txt")
    with pytest.raises(InputError, match=r"gone\.txt: symbolic link to a missing file \(.*target\.txt\)"):
        inputs.expand([link])


@pytest.mark.parametrize("name", ["a\nb.txt", "a\rb.txt", "a\x1b[31mb.txt", "a\u202eb.txt"])
def test_a_control_character_in_a_file_name_keeps_the_error_on_one_line(tmp_path, name):
    path = tmp_path / name
    result = run("geocode", path)
    assert result.exit_code == 1
    shown = name.encode("unicode_escape").decode("ascii")
    assert result.stderr == f"Error: {tmp_path}/{shown}: no such file or directory\n"


def test_an_empty_file_with_a_newline_in_its_name_is_one_line(tmp_path):
    path = tmp_path / "x\ny.txt"
    path.write_text("")
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    result = run("extract", path, good)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path}/x\\ny.txt: file is empty"


# ---------------------------------------------------------------------- encodings

@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""),
], ids=["utf16le", "utf16be", "utf32le", "utf32be", "utf16le-no-bom", "utf16be-no-bom"])
def test_utf16_and_utf32_are_decoded(tmp_path, encoding, bom):
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + ("Départs de Zuwara. " + TEXT).encode(encoding))
    assert inputs.read(str(path)).text == "Départs de Zuwara. " + TEXT


def test_a_utf16_text_is_geocoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le"))
    result = run("geocode", path)
    assert result.exit_code == 0, result.output
    assert [m["text"] for m in json.loads(result.stdout)["mentions"]] == ["Sabratha", "Lampedusa"]


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe" + b"\x01\x00\x02\x00" * 40, "is not UTF-16 text"),
    (b"\x00\x01" * 10, "looks like a binary file, not text"),
    (b"\xff\xfe" + "   ".encode("utf-16-le"), "file is empty (UTF-16)"),
])
def test_a_wide_file_that_is_not_text_is_named(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        inputs.read(str(path))


# --------------------------------------------------------------------- options

def test_resolver_option_with_the_local_resolver_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    result = run("geocode", path, "--resolver-option", "username=me")
    assert result.exit_code == 2
    assert "the local resolver takes no options" in result.stderr


# ------------------------------------------------------------ output is an input

@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    return path


def _refused(result, article):
    assert result.exit_code == 2, result.output
    assert "would replace it" in result.stderr
    assert article.read_text() == TEXT


@pytest.mark.parametrize("args", [
    ["geocode", "{a}", "--format", "jsonl", "-o", "{a}"],
    ["geocode", "{a}", "--format", "csv", "-o", "{a}", "--jobs", "2"],
    ["audit", "{a}", "--format", "csv", "-o", "{a}"],
    ["map", "{a}", "--format", "html", "-o", "{a}"],
    ["map", "{a}", "--format", "geojson", "-o", "{a}"],
    ["extract", "{a}", "-o", "{a}"],
    ["geocode", "{dir}", "--format", "jsonl", "-o", "{a}"],
], ids=["geocode", "geocode-jobs", "audit-csv", "map-html", "map-geojson", "extract", "directory"])
def test_an_output_that_is_an_input_is_a_usage_error(article, args):
    result = run(*(a.format(a=article, dir=article.parent) for a in args))
    _refused(result, article)


def test_the_same_file_by_another_name_is_refused(article, tmp_path):
    link = tmp_path / "link.jsonl"
    link.symlink_to(article)
    hard = tmp_path / "hard.jsonl"
    os.link(article, hard)
    for out in (link, hard, f"{article.parent}/./{article.name}"):
        _refused(run("geocode", article, "-o", out), article)


def test_the_overrides_file_is_an_input_too(article, tmp_path):
    overrides = tmp_path / "fix.json"
    overrides.write_text("[[ignore]]\ntext = 'Lampedusa'\n")
    result = run("audit", article, "--overrides", overrides, "--format", "json", "-o", overrides)
    assert result.exit_code == 2 and "would replace it" in result.stderr
    assert overrides.read_text() == "[[ignore]]\ntext = 'Lampedusa'\n"


def test_a_picture_input_cannot_be_the_map_output(tmp_path):
    picture = tmp_path / "p.geojson"
    picture.write_text('{"type": "FeatureCollection", "features": []}')
    result = run("map", picture, "-o", picture)
    assert result.exit_code == 2 and "would replace it" in result.stderr
    assert json.loads(picture.read_text())["features"] == []
