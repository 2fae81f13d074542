"""Tests of geomig.evaluate.picture and `geomig evaluate --picture` on hand-written gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import Point
from typer.testing import CliRunner

from geomig.errors import GoldError
from geomig.evaluate import picture as pe
from geomig.picture.model import Feature

FIXTURES = Path(__file__).parent / "fixtures" / "picture"


def feature(role: str, name: str, **props) -> Feature:
    return Feature(role, name, None, Point(0, 0), 0.9, "test", properties=props)


def route(*stops: str) -> Feature:
    return feature("route", " → ".join(stops), stop_names=list(stops))


GOLD = pe.parse_gold({"docs": {
    "01_a.txt": {"expect": [
        {"names": ["Sabratha"], "family": "launch"},
        {"names": ["Lampedusa", "island of Lampedusa"], "family": "destination"},
        {"names": ["Eritrea", "Eritrean"], "family": "origin"},
        {"names": ["Libya", "Libyan territorial waters"], "family": "control", "actor": "coastguard"}],
        "routes": [{"from": ["Sabratha"], "to": ["Lampedusa"]}, {"from": ["Eritrea"], "to": ["Libya"]}]},
    "02_b.txt": {"no_routes": True},
}})


@pytest.mark.parametrize("a, b, same", [
    ("Sabratha", "sabratha", True),
    ("Málaga", "Malaga", True),
    ("Libya", "southern Libya", True),          # multiword: whole-word substring either way
    ("southern Libya", "Libya", True),
    ("Libya", "Libyan", False),                  # single words must be equal
    ("Kos", "Kosovo border", False),             # whole words only
    ("Niger", "Nigeria", False),
    ("Cox's Bazar", "Cox’s Bazar", True),
])
def test_names_match(a, b, same):
    assert pe.names_match(a, b) is same


def test_a_role_counts_only_for_its_family():
    doc = pe.score_document(GOLD["01_a.txt"], [
        feature("transit", "Sabratha"),          # transit -> launch family
        feature("origin", "Lampedusa"),          # wrong family: neither met nor correct
        feature("control_zone", "Libyan coastguard (coastguard, sea off Libya)", place="Libya"),
    ])
    met = {e.names[0]: ok for e, ok in doc.expect}
    assert met == {"Sabratha": True, "Lampedusa": False, "Eritrea": False, "Libya": True}
    assert [(p.name, p.correct) for p in doc.predicted] == [("Sabratha", True), ("Lampedusa", False),
                                                            ("Libya", True)]


def test_a_route_needs_from_before_to():
    doc = pe.score_document(GOLD["01_a.txt"], [route("Lampedusa", "Sabratha"), route("Eritrea", "Niger", "Libya")])
    assert [ok for _, ok in doc.routes] == [False, True]


def test_routes_on_a_no_route_document_are_invented():
    scores = pe.score(GOLD, {"01_a.txt": [], "02_b.txt": [route("Tripoli", "Malta")]})
    assert scores.invented == 1
    assert scores.routes_met == 0 and scores.routes_expected == 2
    assert scores.recall_by_family["origin"] == (0, 1)


ROUTE_GOLD = pe.parse_gold({"docs": {
    "01_a.txt": {"routes": [{"from": ["Sabratha"], "to": ["Lampedusa"]}, {"from": ["Eritrea"], "to": ["Libya"]}]},
    "02_b.txt": {"no_routes": True},
    "03_c.txt": {"expect": [{"names": ["Zuwara"], "family": "launch"}]},   # no gold route, not a control
}})


def test_route_precision_counts_drawn_routes_that_meet_a_gold_route():
    scores = pe.score(ROUTE_GOLD, {
        # one chain meets both gold routes; a reversed leg and a route of other places meet none
        "01_a.txt": [route("Eritrea", "Libya", "Sabratha", "Lampedusa"), route("Lampedusa", "Sabratha"),
                     route("Agadez", "Sabha")],
        "02_b.txt": [route("Tripoli", "Malta")],     # invented, not a precision miss
        "03_c.txt": [route("Zuwara", "Malta")],      # no gold route: not scored either way
    })
    assert (scores.routes_drawn_met, scores.routes_drawn) == (1, 3)
    assert scores.route_precision == pytest.approx(1 / 3)
    assert scores.invented == 1 and scores.routes_met == 2
    data = scores.to_dict()
    assert (data["route_precision"], data["routes_drawn"], data["routes_drawn_met"]) == (0.333, 3, 1)
    assert data["per_document"][0]["routes_unmatched"] == ["Lampedusa → Sabratha", "Agadez → Sabha"]
    assert data["per_document"][2]["routes_unmatched"] == []
    assert "route precision: 33.3% (1/3)" in pe.report_lines(scores)


def test_route_precision_without_drawn_routes_is_no_figure():
    scores = pe.score(ROUTE_GOLD, {"01_a.txt": [], "03_c.txt": [route("Zuwara", "Malta")]})
    assert scores.routes_drawn == 0
    assert scores.to_dict()["route_precision"] is None
    assert "route precision: — (0/0)" in pe.report_lines(scores)


def test_verbose_lists_routes_matching_no_gold():
    scores = pe.score(ROUTE_GOLD, {"01_a.txt": [route("Sabratha", "Lampedusa"), route("Agadez", "Sabha")]})
    assert "    routes matching no gold: Agadez → Sabha" in pe.report_lines(scores, verbose=True)


def test_documents_without_a_picture_are_not_scored():
    scores = pe.score(GOLD, {"02_b.txt": []})
    assert [d.doc for d in scores.docs] == ["02_b.txt"]
    assert scores.expected == 0


@pytest.mark.parametrize("data, message", [
    ([], "expected an object with a \"docs\" object"),
    ({"docs": {"a.txt": {"expect": [{"names": ["X"], "family": "transit"}]}}}, "family must be one of"),
    ({"docs": {"a.txt": {"expect": [{"names": [], "family": "origin"}]}}}, "names must be a non-empty list"),
    ({"docs": {"a.txt": {"routes": [{"from": ["X"], "to": ["Y"]}], "no_routes": True}}}, "no_routes is true"),
])
def test_bad_gold_is_one_error(data, message):
    with pytest.raises(GoldError, match=message):
        pe.parse_gold(data)


@pytest.fixture
def cli():
    from geomig.cli import app
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_cli_scores_texts_against_picture_gold(cli):
    result = cli("evaluate", "--picture", FIXTURES / "gold.json", FIXTURES, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 2
    assert data["recall_by_family"]["launch"] == {"met": 1, "expected": 1, "recall": 1.0}
    assert data["recall_by_family"]["origin"]["met"] == 0
    assert data["invented_routes"] == 0
    assert "route_precision" in data and "routes_unmatched" in data["per_document"][0]


def test_cli_scores_a_picture_file(cli, tmp_path):
    out = tmp_path / "p.geojson"
    assert cli("extract", FIXTURES / "01_crossing.txt", "-o", out).exit_code == 0
    result = cli("evaluate", "--picture", FIXTURES / "gold.json", out)
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.stdout
    assert "launch: 100.0% (1/1)" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["--picture", FIXTURES / "gold.json"], "--picture needs the texts"),
    (["--picture", FIXTURES / "gold.json", "--gold", FIXTURES / "gold.json", FIXTURES], "either --gold or --picture"),
    ([FIXTURES], "give --gold FILE"),
])
def test_cli_usage_errors(cli, args, message):
    result = cli("evaluate", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_missing_gold_is_one_line(cli, tmp_path):
    result = cli("evaluate", "--picture", tmp_path / "none.json", FIXTURES)
    assert result.exit_code == 1
    assert result.output.strip().endswith("none.json: no such gold file")


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe not text", "is not UTF-8 text"),
    (b'{"type": "FeatureCollection"', "p.geojson"),
])
def test_cli_bad_picture_file_is_one_line(cli, tmp_path, content, message):
    bad = tmp_path / "p.geojson"
    bad.write_bytes(content)
    result = cli("evaluate", "--picture", FIXTURES / "gold.json", bad)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert message in result.output
