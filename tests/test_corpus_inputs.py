"""Reading corpora: each format, the column options, and every kind of bad row."""

from __future__ import annotations

import json

import pytest

from corpus_texts import rows, write_jsonl
from geomig.corpus.inputs import Columns, Problem, Record, parse_date, read_corpus
from geomig.errors import InputError, InputWarning


def _write(tmp_path, fmt: str, data: list[dict]):
    if fmt == "jsonl":
        path = tmp_path / "c.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in data), encoding="utf-8")
    elif fmt == "csv":
        import csv

        path = tmp_path / "c.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(data[0]))
            w.writeheader()
            w.writerows(data)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = tmp_path / "c.parquet"
        pq.write_table(pa.Table.from_pylist(data), path)
    else:
        path = tmp_path / "texts"
        path.mkdir()
        for r in data:
            (path / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "dir"])
def test_every_format_reads_the_same_records(tmp_path, fmt):
    data = rows(5)
    got = list(read_corpus(_write(tmp_path, fmt, data)))
    if fmt == "dir":  # a directory has no dates; its ids are the relative paths
        assert got == [Record(f"{r['id']}.txt", r["text"]) for r in data]
    else:
        assert got == [Record(r["id"], r["text"], r["date"]) for r in data]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_columns_are_chosen_by_name(tmp_path, fmt):
    data = [{"key": "k1", "body": "Boats left Sfax for Malta.", "published": "2024-02-03T10:00:00Z"}]
    got = list(read_corpus(_write(tmp_path, fmt, data), Columns(id="key", text="body", date="published")))
    assert got == [Record("k1", "Boats left Sfax for Malta.", "2024-02-03")]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_missing_text_column_is_one_error_naming_the_columns(tmp_path, fmt):
    path = _write(tmp_path, fmt, [{"id": "x", "body": "Boats left Sfax."}])
    with pytest.raises(InputError, match=r"no 'text' column \(columns: id, body\); pass --text-column"):
        list(read_corpus(path))


def test_bad_rows_are_problems_in_place_and_the_rest_is_kept(tmp_path):
    items = list(read_corpus(write_jsonl(tmp_path / "c.jsonl", 6, bad=True)))
    problems = [(p.id, p.reason, p.kept) for p in items if isinstance(p, Problem)]
    assert problems == [
        ("line 4", "line 4: not JSON (Invalid control character at)", False),
        ("empty", "line 5: empty text", False),
        ("a0001", "line 6: duplicate id 'a0001' (the first one is kept)", False),
        ("nodate", "line 7: unparseable date 'last spring'; the document is kept without a date", True),
        ("notext", "line 8: no 'text' field", False),
    ]
    records = [r for r in items if isinstance(r, Record)]
    assert [r.id for r in records] == ["a0000", "a0001", "a0002", "nodate", "a0003", "a0004", "a0005"]
    assert records[1].text == rows(6)[1]["text"]  # the first a0001, not the duplicate
    assert records[3].date is None


@pytest.mark.parametrize("value, expected", [
    ("2023-05-17", "2023-05-17"),
    ("2023-05-17T08:30:00+02:00", "2023-05-17"),
    ("2023-05", "2023-05-01"),
])
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["17/05/2023", "2023-13-01", "soon"])
def test_bad_dates(value):
    with pytest.raises(ValueError, match="unparseable date|month must be in"):
        parse_date(value)


@pytest.mark.parametrize("name, message", [
    ("missing.jsonl", "no such file or directory"),
    ("c.xlsx", r"expected a directory of \.txt, or a \.jsonl, \.csv or \.parquet file"),
])
def test_unreadable_inputs(tmp_path, name, message):
    if name.endswith(".xlsx"):
        (tmp_path / name).write_bytes(b"PK")
    with pytest.raises(InputError, match=message):
        list(read_corpus(tmp_path / name))


def test_a_spreadsheet_s_byte_order_mark_is_not_part_of_the_first_column(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("\ufeffid,text\nx1,Boats left Sfax.\n".encode("utf-8"))
    assert list(read_corpus(path)) == [Record("x1", "Boats left Sfax.")]


def test_a_folder_is_read_as_geomig_map_reads_a_file(tmp_path):
    # The checks of a single file apply to each file of a batch folder: a Word file or a text
    # in another language is reported and skipped; a Latin-1 file is read as Latin-1, with a warning.
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("Forty people left Zuwara by boat for Lampedusa on Sunday.", "utf-8")
    (folder / "b.txt").write_bytes(b"PK\x03\x04" + b"\x00" * 30 + b"word/document.xml")
    (folder / "c.txt").write_text("Les migrants sont partis de la plage de Zuwara avec un bateau pour "
                                  "Lampedusa. Ils ont été secourus par les garde-côtes dans la nuit, "
                                  "et ils sont arrivés au port avec les enfants et les femmes qui "
                                  "étaient à bord. Le centre est plein et les autorités ont dit que "
                                  "la situation est grave pour les familles.", "utf-8")
    (folder / "d.txt").write_bytes("Boats left Sfax for Lampedusa \xe9 on Monday.".encode("latin-1"))
    with pytest.warns(InputWarning, match="d.txt"):
        got = {item.id: item for item in read_corpus(folder)}
    assert isinstance(got["a.txt"], Record) and isinstance(got["d.txt"], Record)
    assert "Lampedusa \u00e9 on" in got["d.txt"].text
    assert isinstance(got["b.txt"], Problem) and "Word document" in got["b.txt"].reason
    assert isinstance(got["c.txt"], Problem) and "French" in got["c.txt"].reason
