"""CSV a spreadsheet opens safely: a cell with a CR or a LF is quoted (a bare CR used to
start a new row at text the document chose), a cell that starts like a formula gets a
leading "'"; file names are cells too."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from geomig.cli import app
from geomig.documents.outputs import csv_cell, csv_writer

runner = CliRunner()
FORMULA = "=HYPERLINK(\"http://example.invalid\")"


def rows_as_a_spreadsheet_splits_them(body: str) -> list[str]:
    """The physical lines a naive reader sees outside quotes (CR, LF and CRLF all break)."""
    lines, cur, quoted = [], "", False
    for ch in body:
        if ch == '"':
            quoted = not quoted
        if ch in "\r\n" and not quoted:
            lines.append(cur)
            cur = ""
        else:
            cur += ch
    return [line for line in lines + [cur] if line]


def assert_safe(body: str, columns: int) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert all(len(r) == columns for r in rows), rows
    for line in rows_as_a_spreadsheet_splits_them(body):
        assert not line.startswith(("=", "+", "@")), line
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\r", "\n")), cell
    return rows


@pytest.mark.parametrize("value, cell", [
    ("a\rb", '"a\rb"'), ("a\nb", '"a\nb"'), ("a\r\nb", '"a\r\nb"'), ("x\r=1+1", '"x\r=1+1"'),
    ("=1+1", "'=1+1"), ("\r=1+1", "\"'\r=1+1\""), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"),
    (-12.5, "-12.5"),
])
def test_each_cell_is_quoted_or_neutralised(value, cell):
    buf = io.StringIO()
    csv_writer(buf).writerow([csv_cell(value)])
    assert buf.getvalue() == cell + "\n"


@pytest.fixture
def hostile_file(tmp_path):
    path = tmp_path / "a\r=1+1.txt"
    path.write_bytes(f"Boats left Sabratha\r{FORMULA} for Lampedusa.\rMore left Zuwara.".encode())
    return path


def test_geocode_csv_keeps_a_cr_in_a_text_or_a_file_name_inside_its_cell(hostile_file, tmp_path):
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["geocode", str(hostile_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = assert_safe(out.read_bytes().decode("utf-8"), 14)
    assert [r[0] for r in rows[1:]] == [str(hostile_file)] * (len(rows) - 1)
    assert {r[1] for r in rows[1:]} >= {"Sabratha", "Lampedusa", "Zuwara"}


def test_audit_csv_keeps_a_cr_in_a_sentence_or_a_file_name_inside_its_cell(hostile_file, tmp_path):
    out = tmp_path / "audit.csv"
    result = runner.invoke(app, ["audit", str(hostile_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = out.read_bytes().decode("utf-8")
    header = body.splitlines()[0].split(",")
    rows = assert_safe(body, len(header))
    assert [r[0] for r in rows[1:]] == [str(hostile_file)] * (len(rows) - 1)
    sentence = rows[1][header.index("sentence")]
    assert "\r'" not in sentence and FORMULA in sentence  # the text itself is kept, quoted
