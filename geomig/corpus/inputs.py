"""Reading a corpus: a directory of .txt, a JSONL, CSV or Parquet file, as Records.

Bad rows never stop a corpus: a malformed JSONL line, an empty text, a duplicate id or
an unparseable date comes out as a Problem naming the line or id, in input order, and
reading goes on. Only an input that cannot be read at all (missing, unknown format, no
text column) raises InputError.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from geomig.documents import inputs
from geomig.errors import InputError

#: Input formats by file suffix; a directory is read as its .txt files.
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: Rows read from Parquet at a time: bounds memory on large files.
PARQUET_BATCH = 2048
_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns (or JSON keys) hold the id, the text and the date."""

    id: str = "id"
    text: str = "text"
    date: str = "date"


@dataclass(frozen=True, slots=True)
class Record:
    """One document of the corpus: its id, text, ISO date (YYYY-MM-DD) or None."""

    id: str
    text: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that was skipped (or a date that was dropped): where, and why, on one line.

    `kept` is True when the document itself was kept (only its date was dropped).
    """

    id: str
    reason: str
    kept: bool = False

    def to_dict(self) -> dict:
        """The errors.jsonl row."""
        return {"id": self.id, "reason": self.reason, "stage": "input", "kept": self.kept}


def parse_date(value: object) -> str:
    """An ISO date YYYY-MM-DD from a date, a datetime or a string starting with one
    (a bare YYYY-MM means the first of the month); ValueError otherwise."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    m = _DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"unparseable date {str(value)[:40]!r}")
    year, month, day = int(m[1]), int(m[2]), int(m[3] or 1)
    return date(year, month, day).isoformat()  # ValueError for 2023-13-40


def input_format(path: Path) -> str:
    """'dir', 'jsonl', 'csv' or 'parquet'; InputError for anything else."""
    if path.is_dir():
        return "dir"
    if not path.exists():
        raise InputError(f"{path}: {inputs.missing(str(path))}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: expected a directory of .txt, or a .jsonl, .csv or .parquet file")
    return fmt


def read_corpus(path: str | Path, columns: Columns = Columns()) -> Iterator[Record | Problem]:
    """Every document of the input in order, or a Problem in its place."""
    path = Path(path)
    fmt = input_format(path)
    rows = {"dir": _dir_rows, "jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[fmt](path, columns)
    seen: set[str] = set()
    for where, row in rows:
        if isinstance(row, Problem):
            yield row
            continue
        ident = row.get(columns.id)
        ident = where if ident is None or str(ident).strip() == "" else str(ident).strip()
        if ident in seen:
            yield Problem(ident, f"{where}: duplicate id {ident!r} (the first one is kept)")
            continue
        text = row.get(columns.text)
        if not isinstance(text, str):
            yield Problem(ident, f"{where}: no {columns.text!r} field" if text is None
                          else f"{where}: {columns.text!r} is not text")
            continue
        if not text.strip():
            yield Problem(ident, f"{where}: empty text")
            continue
        seen.add(ident)
        when = None
        raw = row.get(columns.date)
        if raw is not None and str(raw).strip():
            try:
                when = parse_date(raw)
            except ValueError as err:
                yield Problem(ident, f"{where}: {err}; the document is kept without a date", kept=True)
        yield Record(ident, text, when)


def _dir_rows(path: Path, columns: Columns):
    # The folder's files are listed and read by the mechanism `geomig map` reads a file with:
    # a folder of Word files says what it holds; a Word file, a saved web page or a text in
    # another language among the .txt is reported and skipped; the rest goes on.
    for f in inputs.text_files(path):
        rel = f.relative_to(path).as_posix()
        try:
            text = inputs.read(str(f), name=rel).text
        except InputError as err:
            yield rel, Problem(rel, str(err))
            continue
        yield rel, {columns.id: rel, columns.text: text}


def _open_text(path: Path):
    try:
        return open(path, encoding="utf-8-sig", newline="")  # -sig: spreadsheets write a BOM
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from err


def _jsonl_rows(path: Path, columns: Columns):
    with _open_text(path) as f:
        try:
            for n, line in enumerate(f, 1):
                where = f"line {n}"
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    yield where, Problem(where, f"{where}: not JSON ({err.msg})")
                    continue
                if not isinstance(row, dict):
                    yield where, Problem(where, f"{where}: not a JSON object")
                    continue
                yield where, row
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: is not UTF-8 text ({err.reason})") from err


def _csv_rows(path: Path, columns: Columns):
    csv.field_size_limit(sys.maxsize)  # articles are longer than csv's 128 kB default
    with _open_text(path) as f:
        try:
            reader = csv.DictReader(f)
            if reader.fieldnames is None:
                raise InputError(f"{path}: empty CSV file")
            if columns.text not in reader.fieldnames:
                raise InputError(f"{path}: no {columns.text!r} column (columns: {', '.join(reader.fieldnames)}); "
                                 "pass --text-column")
            for row in reader:
                yield f"line {reader.line_num}", row
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: is not UTF-8 text ({err.reason})") from err
        except csv.Error as err:
            raise InputError(f"{path}: malformed CSV ({err})") from err


def _parquet_rows(path: Path, columns: Columns):
    try:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(f"{path}: not a readable Parquet file ({err})") from err
    names = pf.schema_arrow.names
    if columns.text not in names:
        raise InputError(f"{path}: no {columns.text!r} column (columns: {', '.join(names)}); pass --text-column")
    wanted = [c for c in dict.fromkeys((columns.id, columns.text, columns.date)) if c in names]
    n = 0
    for batch in pf.iter_batches(batch_size=PARQUET_BATCH, columns=wanted):
        for row in batch.to_pylist():
            n += 1
            yield f"row {n}", row
