"""Tests of geomig.evaluate.metrics and `geomig evaluate` on small hand-written fixtures."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path

import pytest
from geopy.distance import great_circle
from typer.testing import CliRunner

import geomig
import geomig.documents.inputs
from geomig.evaluate import metrics as ev
from geomig.evaluate import gold as gd
from geomig.errors import GoldError
from geomig.gazetteer.geo import haversine_km
from geomig.models import Candidate, GeocodedDocument, Mention

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
EUPEG = FIXTURES / "eupeg"

SPRINGFIELD_IL = (39.80172, -89.64371)
SPRINGFIELD_MO = (37.21533, -93.29824)
PARIS_TX = (33.66094, -95.55551)
PARIS_FR = (48.85341, 2.3488)


@pytest.fixture
def eupeg_gold() -> list[ev.GoldDocument]:
    return ev.load_eupeg(EUPEG / "gold.txt", EUPEG / "texts")


@pytest.fixture
def cli():
    from geomig.cli import app
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def top(start: int, end: int, text: str = "", lat: float | None = 0.0, lon: float | None = 0.0) -> ev.Toponym:
    return ev.Toponym(start, end, text, lat, lon)


# --------------------------------------------------------------------------- distances

@pytest.mark.parametrize("a, b", [
    (PARIS_FR, PARIS_TX),
    (SPRINGFIELD_IL, SPRINGFIELD_MO),
    ((0.0, 0.0), (0.0, 180.0)),
    ((89.9, 10.0), (-89.9, -170.0)),
    ((51.5, -0.12), (51.5, -0.12)),
])
def test_great_circle_agrees_with_geopy(a, b):
    # geopy's sphere is 6371.009 km, ours 6371.0088: they agree to a part in a million.
    assert haversine_km(*a, *b) == pytest.approx(great_circle(a, b).km, rel=1e-6, abs=1e-9)


def test_one_distance_formula():
    # evaluate scores with geomig.gazetteer.geo's formula; its old name is the same function.
    assert ev.haversine_km is haversine_km and ev.EARTH_RADIUS_KM == 6371.0088


@pytest.mark.parametrize("distances, expected", [
    ([0, 0, 0], 0.0),
    ([20038, 20038], 1.0),                   # ln(1 + 20038) / ln(20039) = 1
    ([0, 20038], 0.5),                        # one trapezoid from 0 to 1
    ([20038, 0, 0], 0.25),                   # sorted first: 0, 0, 1 -> (0 + 0.5) / 2
    ([100], math.log1p(100) / math.log(20039)),
])
def test_auc_trapezoid(distances, expected):
    assert ev.auc(distances) == pytest.approx(expected)


def test_auc_of_nothing_is_nan():
    assert math.isnan(ev.auc([]))


# --------------------------------------------------------------------------- matching rule

@pytest.mark.parametrize("gold, surface, pred, expected", [
    (top(10, 20), "Springfield", top(15, 25, "x"), True),             # overlap, any surface
    (top(10, 20), "Springfield", top(20, 30, "springfield"), False),  # touching only, midpoints 10 apart
    (top(10, 20), "Paris", top(20, 25, "paris"), True),               # touching, midpoints 7.5 apart
    (top(10, 15), "Paris", top(3, 8, "PARIS"), True),                 # no overlap, same surface, 7 apart
    (top(10, 15), "Paris", top(0, 5, "Paris"), False),                # exactly 10 apart: not under 10
    (top(10, 15), "Paris", top(3, 8, "Parish"), False),               # close, other surface
    (top(10, 15), "Paris", top(15, 20, "Texas"), False),              # adjacent is not overlap
])
def test_matching_rule(gold, surface, pred, expected):
    assert ev.matches(gold, surface, pred) is expected


def test_each_prediction_matches_once_in_text_order():
    gold = [top(0, 5, "Tyrol"), top(6, 11, "Italy")]
    preds = [top(3, 8, "ol It")]                         # overlaps both gold spans
    assert ev.pair(gold, ["Tyrol", "Italy"], preds) == [(0, 0)]


def test_greedy_takes_first_unused_prediction_in_text_order():
    gold = [top(0, 10), top(12, 20)]
    preds = [top(12, 20), top(5, 15)]                    # listed out of text order
    # Gold 0 takes the earliest matching prediction (5-15); gold 1 then takes 12-20.
    assert ev.pair(gold, ["", ""], preds) == [(0, 1), (1, 0)]


def test_duplicate_predictions_count_against_precision():
    gold = [top(0, 5, "Paris")]
    preds = [top(0, 5, "Paris"), top(0, 5, "Paris")]
    assert ev.pair(gold, ["Paris"], preds) == [(0, 0)]


# --------------------------------------------------------------------------- EUPEG layout

def test_load_eupeg(eupeg_gold):
    assert [Path(d.doc).name for d in eupeg_gold] == ["0.txt", "1.txt", "2.txt"]
    assert [len(d.toponyms) for d in eupeg_gold] == [4, 0, 5]   # empty line = no toponyms
    first = eupeg_gold[0].toponyms[0]
    assert (first.start, first.end, first.text, first.name) == (29, 40, "Springfield", "Springfield")
    assert (first.lat, first.lon) == SPRINGFIELD_IL
    # Names holding a comma ("Paris, Texas") do not shift the fields.
    assert eupeg_gold[2].toponyms[0].name == "Paris, Texas"
    assert all(d.problems == () for d in eupeg_gold)


def test_peer_scores_by_hand(eupeg_gold):
    preds = ev.load_eupeg_predictions(EUPEG / "peer.txt", eupeg_gold)
    s = ev.evaluate(eupeg_gold, preds, system="peer")
    # 10 rows, one without coordinates (dropped): 9 predictions. Matched: Springfield x2,
    # Illinois, Paris (overlap), Texas, Paris (surface rule, offsets drifted), Marseille.
    # The duplicate Marseille and "Tuesday" match nothing; Sangamon River and Tunis are missed.
    assert (s.gold, s.predicted, s.matched) == (9, 9, 7)
    assert s.precision == pytest.approx(7 / 9)
    assert s.recall == pytest.approx(7 / 9)
    assert s.f1 == pytest.approx(7 / 9)
    d_springfield = haversine_km(*SPRINGFIELD_IL, *SPRINGFIELD_MO)
    d_paris = haversine_km(*PARIS_TX, *PARIS_FR)
    assert s.resolved == 7
    assert s.acc161 == pytest.approx(5 / 7)
    assert s.mean_km == pytest.approx((d_springfield + d_paris) / 7)
    assert s.median_km == 0.0
    k = math.log(20039)
    a, b = math.log1p(d_springfield) / k, math.log1p(d_paris) / k
    assert s.auc == pytest.approx((a / 2 + (a + b) / 2) / 6)
    # Worst errors first, with their sentence.
    assert [(c.text, round(c.km)) for c in s.worst] == [("Paris", round(d_paris)), ("Springfield", round(d_springfield))]
    assert s.worst[0].sentence == "Paris, Texas, is not Paris."
    assert s.worst[1].sentence == "Flooding closed roads around Springfield on Monday."
    assert s.problems == ()
    assert [(Path(x.doc).name, x.text, x.start) for x in s.missed] == [("0.txt", "Sangamon River", 83), ("2.txt", "Tunis", 53)]
    assert [(Path(x.doc).name, x.text, x.start) for x in s.spurious] == [("1.txt", "Tuesday", 19), ("2.txt", "Marseille", 39)]


def test_peer_file_longer_than_gold_is_an_error(eupeg_gold, tmp_path):
    peer = tmp_path / "peer.txt"
    peer.write_text("\n\n\nParis,,Paris,,1,,2,,0,,5||\n")
    with pytest.raises(GoldError, match="4 lines, but the gold has 3 documents"):
        ev.load_eupeg_predictions(peer, eupeg_gold)


@pytest.mark.parametrize("record, parsed", [
    ("A,,B,,1.5,,2.5,,3,,4", ("A", "B", 1.5, 2.5, 3, 4)),
    ("A,,B,,1.5,,2.5,,3,,4,,99", ("A", "B", 1.5, 2.5, 3, 4)),
    ("No Gaz,,Sioux Falls, S.D.,,,,,,534,,551", ("No Gaz", "Sioux Falls, S.D.", None, None, 534, 551)),
    ("A,,odd,,surface,,1.5,,2.5,,3,,4", ("A", "odd,,surface", 1.5, 2.5, 3, 4)),
    ("A,,B,,nan,,2.5,,3,,4", ("A", "B", None, 2.5, 3, 4)),
])
def test_parse_record(record, parsed):
    assert gd.parse_record(record) == parsed


@pytest.mark.parametrize("record, message", [
    ("A,,B,,1,,2", "4 fields, expected 6 or 7"), ("A,,B,,1,,2,,x,,y", "offsets are not integers"),
])
def test_parse_record_rejects(record, message):
    with pytest.raises(ValueError, match=message):
        gd.parse_record(record)


def test_gold_offsets_that_do_not_fit_are_reported(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "0.txt").write_text("Rain fell on Lyon and Grenoble.")
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "Lyon,,Lyon,,45.75,,4.85,,13,,17||"
        "Grenoble,,Grenoble,,45.19,,5.72,,21,,29||"       # off by one: " Grenobl"
        "Annecy,,Annecy,,45.9,,6.12,,40,,46||"            # past the end
        "Nowhere,,Nowhere,,95,,0,,0,,4||\n"               # latitude out of range
    )
    docs = ev.load_eupeg(gold, texts)
    s = ev.evaluate(docs, {docs[0].doc: [top(13, 17, "Lyon", 45.75, 4.85)]})
    assert s.gold == 1 and s.matched == 1 and s.recall == 1.0
    messages = sorted(str(p) for p in s.problems)
    assert len(messages) == 3
    grenoble = next(p for p in s.problems if p.expected == "Grenoble")
    assert (grenoble.found, grenoble.index, grenoble.line) == (" Grenobl", 1, 1)
    assert "expected 'Grenoble', found ' Grenobl'" in str(grenoble)
    assert any("span outside the text" in m for m in messages)
    assert any("bad coordinates" in m for m in messages)


def test_missing_text_is_a_problem(tmp_path):
    (tmp_path / "texts").mkdir()
    gold = tmp_path / "gold.txt"
    gold.write_text("Lyon,,Lyon,,45.75,,4.85,,0,,4||\n")
    s = ev.evaluate(ev.load_eupeg(gold, tmp_path / "texts"), {})
    assert len(s.problems) >= 1 and "no such file" in str(s.problems[0])


def test_missing_texts_dir_is_an_error(tmp_path):
    with pytest.raises(GoldError, match="texts directory not found"):
        ev.load_eupeg(EUPEG / "gold.txt", tmp_path / "nope")


# --------------------------------------------------------------------------- JSONL gold

def test_load_jsonl_gold():
    docs = ev.load_jsonl_gold(FIXTURES / "gold.jsonl")
    assert [d.doc for d in docs] == ["harbour.txt", "quiet.txt", "border.txt"]
    sfax = docs[0].toponyms[0]
    assert (sfax.id, sfax.text, docs[0].text[sfax.start:sfax.end]) == ("geonames:2467454", "Sfax", "Sfax")
    assert ev.evaluate(docs, {}).problems == ()


def test_jsonl_without_surface_checks_word_boundaries(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"doc": "a", "text": "Fog over Genoa.", "toponyms": [
        {"start": 9, "end": 14, "lat": 44.4, "lon": 8.9},
        {"start": 10, "end": 14, "lat": 44.4, "lon": 8.9},
    ]}) + "\n")
    s = ev.evaluate(ev.load_jsonl_gold(path), {})
    assert [(p.index, p.found) for p in s.problems] == [(1, "enoa")]


@pytest.mark.parametrize("line, message", [
    ("{not json", "g.jsonl:2: not JSON"),
    ('{"text": "x"}', 'g.jsonl:2: expected an object with a "doc" string'),
    ('{"doc": "a"}', 'g.jsonl:2: "text" missing'),
    ('{"doc": "a", "text": "x", "toponyms": {}}', 'g.jsonl:2: "toponyms" must be a list'),
    ('{"doc": "a", "text": "x", "toponyms": [{"start": "0", "end": 1, "lat": 0, "lon": 0}]}',
     "g.jsonl:2: toponym 0: start and end must be integers"),
    ('{"doc": "a", "text": "x", "toponyms": [{"start": 0, "end": 1, "lat": 91, "lon": 0}]}',
     "g.jsonl:2: toponym 0: lat/lon missing or out of range"),
])
def test_jsonl_gold_errors_name_the_line(tmp_path, line, message):
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "ok", "text": "fine", "toponyms": []}\n' + line + "\n")
    with pytest.raises(GoldError, match=re.escape(message)):
        ev.load_jsonl_gold(path)


def test_jsonl_text_read_from_texts_dir(tmp_path):
    (tmp_path / "a.txt").write_text("Snow in Oslo.")
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "a.txt", "toponyms": [{"start": 8, "end": 12, "lat": 59.9, "lon": 10.7, "text": "Oslo"}]}\n')
    docs = ev.load_jsonl_gold(path, texts_dir=tmp_path)
    assert docs[0].text == "Snow in Oslo."


def test_seed_gold_fits_the_seeds():
    docs = ev.load_jsonl_gold(Path(__file__).parent.parent / "seeds" / "gold.jsonl")
    assert [Path(d.doc).name for d in docs] == ["000_efb95829528522da.txt", "004_62d397ea61d3f018.txt"]
    seeds_dir = Path(__file__).parent.parent
    for d in docs:
        assert d.text == geomig.documents.inputs.read(str(seeds_dir / d.doc)).text     # the gold carries the seed verbatim
        assert all(t.id and t.id.startswith(("geonames:", "geomig:")) for t in d.toponyms)
    # 33 place names and, as in LGL, 16 demonyms ("Libyan", "Italian", "African")
    assert sum(len(d.toponyms) for d in docs) == 49
    assert ev.evaluate(docs, {}).problems == ()
    tripolis = [t for d in docs for t in d.toponyms if t.text.lower() == "tripoli"]
    assert len(tripolis) == 4 and {t.id for t in tripolis} == {"geonames:2210247"}


# --------------------------------------------------------------------------- geomig predictions

def mention(start, end, text, kind="city", lat=1.0, lon=2.0, id="geonames:1", flags=()):
    return Mention(text=text, start=start, end=end, sentence=0, kind=kind, id=id, name=text,
                   country=None, lat=lat, lon=lon, confidence=0.9,
                   alternatives=(Candidate("geonames:2", "Other", None, 0.0, 0.0, 0.1),),
                   evidence="", flags=flags)


@pytest.mark.parametrize("demonyms, expected", [
    # LGL's gold annotates adjectival forms ("Russian"), so demonyms count by default.
    (True, [("Libyan", 0, "geonames:1"), ("Zuwara", 18, "geonames:1"), ("Lampedusa", 29, "geonames:1")]),
    (False, [("Zuwara", 18, "geonames:1"), ("Lampedusa", 29, "geonames:1")]),
])
def test_predictions_from_geocoded_keeps_places_and_demonyms(demonyms, expected):
    text = "Libyan boats left Zuwara for Lampedusa near Frontex HQ."
    doc = GeocodedDocument("d", text, ((0, len(text)),), (
        mention(0, 6, "Libyan", kind="demonym"),
        mention(18, 24, "Zuwara"),
        mention(29, 38, "Lampedusa", kind="island"),
        mention(44, 51, "Frontex", kind="", lat=None, lon=None, id=None, flags=("unresolved",)),
        mention(44, 51, "Frontex", flags=("organisation",)),
    ))
    preds = ev.predictions_from_geocoded([doc], demonyms=demonyms)
    assert [(p.text, p.start, p.id) for p in preds["d"]] == expected


def test_confidence_pairs_are_the_matched_mentions_and_their_distance():
    text = "Libyan boats left Zuwara for Lampedusa near Frontex HQ."
    geocoded = GeocodedDocument("d", text, ((0, len(text)),), (
        replace(mention(0, 6, "Libyan", kind="demonym"), confidence=0.95),
        replace(mention(18, 24, "Zuwara", lat=32.93, lon=12.08), confidence=0.8),
        replace(mention(29, 38, "Lampedusa", kind="island", lat=35.5, lon=12.6), confidence=0.6),
        mention(44, 51, "Frontex", kind="", lat=None, lon=None, id=None, flags=("unresolved",)),
    ))
    gold = [ev.GoldDocument("d", text, (
        ev.Toponym(0, 6, "Libyan", 25.0, 17.0),
        ev.Toponym(18, 24, "Zuwara", 32.93, 12.08),        # right
        ev.Toponym(29, 38, "Lampedusa", 37.5, 15.1),       # 300 km off: wrong
        ev.Toponym(44, 51, "Frontex", 52.2, 21.0),         # geomig claimed no place: no pair
    ))]
    assert ev.confidence_pairs(gold, [geocoded]) == [(0.95, False), (0.8, True), (0.6, False)]
    assert ev.confidence_pairs(gold, [geocoded], demonyms=False) == [(0.8, True), (0.6, False)]
    assert ev.confidence_pairs(gold, []) == []


# --------------------------------------------------------------------------- CLI

def test_cli_peer_table(cli):
    result = cli("evaluate", "--gold", EUPEG / "gold.txt", "--texts", EUPEG / "texts",
                 "--no-geomig", "--peer", f"mine={EUPEG / 'peer.txt'}")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "mine" in line and "0.778" in line)
    assert "0.714" in row            # acc@161 = 5/7
    assert "Worst errors of mine" in result.output
    assert "Paris, Texas, is not Paris." in result.output


def test_cli_json_with_geomig_beside_peer(cli, monkeypatch):
    def fake_geocode_document(doc, *, gazetteer=None, overrides=None):
        # A stand-in geocoder that finds every "Springfield" and puts it in Illinois.
        found, at = [], doc.text.find("Springfield")
        while at >= 0:
            found.append(mention(at, at + 11, "Springfield", lat=SPRINGFIELD_IL[0], lon=SPRINGFIELD_IL[1]))
            at = doc.text.find("Springfield", at + 1)
        return GeocodedDocument(doc.doc, doc.text, ((0, len(doc.text)),), tuple(found))

    monkeypatch.setattr(geomig, "geocode_document", fake_geocode_document, raising=False)
    result = cli("evaluate", "--gold", EUPEG / "gold.txt", "--texts", EUPEG / "texts",
                 "--peer", f"mine={EUPEG / 'peer.txt'}", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    geo, peer = out["systems"]
    assert (geo["system"], geo["predicted"], geo["matched"], geo["precision"]) == ("geomig", 2, 2, 1.0)
    assert geo["recall"] == pytest.approx(2 / 9) and geo["acc161"] == 1.0
    assert (peer["system"], peer["matched"]) == ("mine", 7)
    assert out["documents"] == 3 and out["problems"] == []


def test_cli_counts_geomig_demonyms(cli, monkeypatch, tmp_path):
    # LGL's gold marks adjectival forms ("Russian") as toponyms: geomig's demonyms must score.
    text = "Russian officials met in Springfield."
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "r.txt", "text": text, "toponyms": [
        {"start": 0, "end": 7, "lat": 61.5, "lon": 105.3, "text": "Russian"},
        {"start": 25, "end": 36, "lat": SPRINGFIELD_IL[0], "lon": SPRINGFIELD_IL[1], "text": "Springfield"},
    ]}) + "\n")

    def fake_geocode_document(doc, *, gazetteer=None, overrides=None):
        return GeocodedDocument(doc.doc, doc.text, ((0, len(doc.text)),), (
            mention(0, 7, "Russian", kind="demonym", lat=61.5, lon=105.3, id="geonames:2017370"),
            mention(25, 36, "Springfield", lat=SPRINGFIELD_IL[0], lon=SPRINGFIELD_IL[1]),
        ))

    monkeypatch.setattr(geomig, "geocode_document", fake_geocode_document, raising=False)
    result = cli("evaluate", "--gold", gold, "--format", "json")
    assert result.exit_code == 0, result.output
    geo = json.loads(result.stdout)["systems"][0]
    assert (geo["predicted"], geo["matched"], geo["recall"], geo["acc161"]) == (2, 2, 1.0, 1.0)


def test_cli_limit_scores_first_documents(cli):
    result = cli("evaluate", "--gold", EUPEG / "gold.txt", "--texts", EUPEG / "texts", "--no-geomig",
                 "--peer", f"mine={EUPEG / 'peer.txt'}", "--format", "json", "--limit", "1")
    peer = json.loads(result.stdout)["systems"][0]
    assert (peer["gold"], peer["predicted"], peer["matched"]) == (4, 3, 3)


def test_cli_gold_problems_are_listed_and_fail(cli, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "0.txt").write_text("Rain fell on Lyon.")
    (tmp_path / "gold.txt").write_text("Lyon,,Lyon,,45.75,,4.85,,12,,16||\n")
    result = cli("evaluate", "--gold", tmp_path / "gold.txt", "--texts", texts, "--no-geomig",
                 "--peer", f"p={tmp_path / 'gold.txt'}")
    assert result.exit_code == 1
    assert "toponym 0 [12:16]: expected 'Lyon', found ' Lyo'" in result.stderr
    assert result.stderr.strip().endswith(
        "Error: 1 gold problem(s): toponyms or documents left out of the scores")


@pytest.mark.parametrize("args, message", [
    # A missing gold file is said first, whatever else is wrong.
    (["--gold", "nope.txt", "--texts", "."], "Error: nope.txt: gold file does not exist"),
    (["--gold", "nope.txt"], "Error: nope.txt: gold file does not exist"),
    (["--gold", "nope.txt", "--texts", "nodir", "--format", "pdf"], "Error: nope.txt: gold file does not exist"),
    (["--gold", "nope.jsonl", "--texts", "nodir"], "Error: nope.jsonl: gold file does not exist"),
    (["--gold", str(EUPEG)], "Error: " + str(EUPEG) + ": gold file is a directory, not a file"),
    (["--gold", str(EUPEG / "gold.txt")], "Error: " + str(EUPEG / "gold.txt") + ": an EUPEG gold file needs --texts DIR"),
    (["--gold", str(EUPEG / "gold.txt"), "--texts", "nodir"], "Error: nodir: texts directory not found"),
    # JSONL gold reads the texts of documents without "text" from --texts: a missing one is an error too.
    (["--gold", str(FIXTURES / "gold.jsonl"), "--texts", "nodir"], "Error: nodir: texts directory not found"),
    (["--gold", str(FIXTURES / "gold.jsonl"), "--texts", str(FIXTURES / "gold.jsonl")],
     "Error: " + str(FIXTURES / "gold.jsonl") + ": --texts must be a directory"),
])
def test_cli_bad_gold(cli, args, message):
    result = cli("evaluate", "--no-geomig", "--peer", f"x={EUPEG / 'peer.txt'}", *args)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == message


def test_cli_missing_peer_file_is_said_before_scoring(cli, monkeypatch):
    monkeypatch.setattr(geomig, "geocode_document", lambda *a, **k: pytest.fail("geomig ran"), raising=False)
    result = cli("evaluate", "--gold", FIXTURES / "gold.jsonl", "--peer", "x=nope.txt")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: nope.txt: peer file does not exist"


@pytest.mark.parametrize("name, data, message", [
    ("gold.txt", b"\x00\x01\x02PK\x03\x04" * 20, "gold file looks like a binary file, not text"),
    ("gold.txt", "Zürich,,Zürich,,47.37,,8.54,,0,,6||\n".encode("latin-1"), "gold file is not UTF-8 text (bad byte at offset 1)"),
    ("gold.jsonl", b'{"doc": "a", "text": "Caf\xe9 in Lyon", "toponyms": []}\n', "gold file is not UTF-8 text (bad byte at offset 25)"),
    ("gold.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "gold file looks like a binary file, not text"),
])
def test_cli_binary_or_non_utf8_gold_is_one_error_line(cli, tmp_path, name, data, message):
    (tmp_path / "texts").mkdir()
    gold = tmp_path / name
    gold.write_bytes(data)
    result = cli("evaluate", "--gold", gold, "--texts", tmp_path / "texts", "--no-geomig",
                 "--peer", f"p={EUPEG / 'peer.txt'}")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {gold}: {message}\n"


def test_non_utf8_peer_file_is_a_gold_error(eupeg_gold, tmp_path):
    peer = tmp_path / "peer.txt"
    peer.write_bytes(b"Z\xfcrich,,Z\xfcrich,,47.37,,8.54,,0,,6||\n")
    with pytest.raises(GoldError, match="peer file is not UTF-8 text"):
        gd.load_eupeg_predictions(peer, eupeg_gold)


def test_jsonl_texts_keep_their_line_ends(tmp_path):
    # Offsets count "\r\n" as two characters, as geocoding (geomig.documents.inputs.read) sees the file.
    (tmp_path / "a.txt").write_bytes(b"Storm warning.\r\nSnow in Oslo.\r\n")
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "a.txt", "toponyms": [{"start": 24, "end": 28, "lat": 59.9, "lon": 10.7, "text": "Oslo"}]}\n')
    docs = gd.load_jsonl_gold(path, texts_dir=tmp_path)
    assert docs[0].text == "Storm warning.\r\nSnow in Oslo.\r\n"
    assert docs[0].text == geomig.documents.inputs.read(str(tmp_path / "a.txt")).text
    assert ev.evaluate(docs, {}).problems == ()


@pytest.mark.parametrize("content, message", [
    (None, "a.txt: no such file or directory"),
    (b"", "a.txt: file is empty"),
    (b"\x00\x01" * 10, "a.txt: looks like a binary file, not text"),
])
def test_jsonl_unreadable_text_names_the_line(tmp_path, content, message):
    if content is not None:
        (tmp_path / "a.txt").write_bytes(content)
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "a.txt", "toponyms": []}\n')
    with pytest.raises(GoldError, match=f"^{re.escape(f'{path}:1: {tmp_path / message}')}$"):
        gd.load_jsonl_gold(path, texts_dir=tmp_path)


def test_cli_bad_peer_argument(cli):
    result = cli("evaluate", "--gold", EUPEG / "gold.txt", "--texts", EUPEG / "texts", "--peer", "novalue")
    assert result.exit_code == 2
    assert "expected NAME=FILE" in result.output + result.stderr


def test_cli_passes_overrides_to_geomig(cli, monkeypatch, tmp_path):
    seen = []

    def fake_geocode_document(doc, *, gazetteer=None, overrides=None):
        seen.append(overrides)
        return GeocodedDocument(doc.doc, doc.text, ((0, len(doc.text)),), ())

    monkeypatch.setattr(geomig, "geocode_document", fake_geocode_document, raising=False)
    path = tmp_path / "o.toml"
    path.write_text('[[ignore]]\ntext = "Sfax"\n')
    result = cli("evaluate", "--gold", FIXTURES / "gold.jsonl", "--overrides", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(seen) == 3 and all(o.ignores[0].text == "Sfax" for o in seen)
    assert json.loads(result.stdout)["systems"][0]["recall"] == 0.0
