"""Property tests: any Unicode text (NUL, CR, BOM, right-to-left marks, combining marks,
runs of punctuation, place names in between) goes through geocode, extract and the
writers with no exception, valid offsets, and the same output twice."""

from __future__ import annotations

import csv
import io
import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from geomig.audit import report as au  # noqa: E402
from geomig.documents import outputs  # noqa: E402
from geomig.geoparse.geocode import geocode_document  # noqa: E402
from geomig.models import Document  # noqa: E402
from geomig.picture import extract  # noqa: E402

PIECES = ["\x00", "\r", "\n", "\r\n", "\ufeff", "\u202e", "\u200f", "\u0301", "\u00a0", "\t", ".", "!", "?",
          "...", "=1+1", "@", '"', " ", "  ", "Sabratha", "Lampedusa", "Libya", "Tripoli", "Boats left ",
          " for ", "The coastguard in ", "Brigade 48", " 400 fighters ", "U.S.", "Mr. ", "A. "]
TEXTS = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(PIECES)), max_size=40).map("".join)
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def check_offsets(text: str, doc) -> None:
    for s, e in doc.sentences:
        assert 0 <= s <= e <= len(text)
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert 0 <= m.sentence < len(doc.sentences)


@SETTINGS
@given(text=TEXTS)
def test_geocode_any_text(gazetteer, text):
    first = geocode_document(Document("any.txt", text), gazetteer=gazetteer, keep_rejected=True)
    check_offsets(text, first)
    again = geocode_document(Document("any.txt", text), gazetteer=gazetteer, keep_rejected=True)
    assert again.to_dict() == first.to_dict()


@SETTINGS
@given(text=TEXTS)
def test_extract_any_text(gazetteer, text):
    doc = geocode_document(Document("any.txt", text), gazetteer=gazetteer)
    picture = extract([doc])
    assert extract([doc]).dumps() == picture.dumps()
    for feature in json.loads(picture.dumps())["features"]:
        for source in feature["properties"].get("sources", ()):
            assert 0 <= source.get("start", 0) <= source.get("end", 0) <= len(text)


@SETTINGS
@given(text=TEXTS, name=st.text(min_size=1, max_size=20))
def test_writers_any_text_and_file_name(gazetteer, text, name):
    doc = geocode_document(Document(name, text), gazetteer=gazetteer, keep_rejected=True)
    for line in "".join(outputs.render([doc], "jsonl")).split("\n")[:-1]:  # JSONL lines end in LF only
        assert json.loads(line)["doc"] == name
    json.loads("".join(outputs.render([doc], "geojson")))
    for body, columns in (("".join(outputs.render([doc], "csv")), 14),
                          (au.to_csv(au.audit([doc])), len(au.CSV_COLUMNS))):
        rows = list(csv.reader(io.StringIO(body, newline="")))
        assert all(len(r) == columns for r in rows)
        assert len(rows) == body.count("\n") - sum(c.count("\n") for r in rows for c in r)
        for row in rows[1:]:
            assert row[0] in (name, "'" + name)
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\r", "\n", "\t")), row
