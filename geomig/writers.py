"""Writers for geocoded documents: jsonl, json, csv, geojson (the CLI's output formats)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from .models import GeocodedDocument

FORMATS = ("jsonl", "json", "csv", "geojson")
#: Leading characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSV_FIELDS = ("doc", "text", "start", "end", "sentence", "kind", "id", "name", "country", "lat", "lon",
               "confidence", "evidence", "alternatives")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as typed: a string starting like a formula gets a leading "'".

    Numbers are left alone (a negative longitude is data, not a formula); callers pass
    numbers as numbers, not as preformatted strings.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_jsonl(doc: GeocodedDocument) -> str:
    """One JSON line for a document (the stable contract)."""
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


def render(docs: Iterable[GeocodedDocument], fmt: str) -> Iterable[str]:
    """Chunks of text of documents in a format; jsonl and csv stream one document at a time."""
    if fmt == "jsonl":
        for d in docs:
            yield write_jsonl(d)
    elif fmt == "json":
        yield json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        first = True
        for d in docs:
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, lineterminator="\n")
            if first:
                w.writeheader()
                first = False
            for m in d.mentions:
                row = {k: v for k, v in m.to_dict().items() if k in _CSV_FIELDS}
                row["alternatives"] = "; ".join(f"{a['id']} {a['score']}" for a in row["alternatives"])
                w.writerow({k: csv_cell(v) for k, v in {"doc": d.doc, **row}.items()})
            yield buf.getvalue()
    elif fmt == "geojson":
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [m.lon, m.lat]},
             "properties": {"doc": d.doc, **{k: v for k, v in m.to_dict().items() if k not in ("lat", "lon")}}}
            for d in docs for m in d.mentions if m.lat is not None
        ]
        yield json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"
    else:
        raise ValueError(f"unknown format {fmt!r}")
