"""geomig/audit/gate.py: the document gate's decision on each document, in the audit's
terminal sections, JSON and HTML: on topic by the rules, by the topic model (with its
probability), or off topic (no motion or control cue read, and the model's probability).

Hand-built pictures for the decisions; the CLI tests run the real geocoder, extractor and
topic model on reports written for these tests.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from typer.testing import CliRunner

from geomig.audit import report as au
from geomig.audit.gate import MODEL, OFF, RULES, GateDecision, gate_decisions, gate_lines
from geomig.models import GeocodedDocument
from geomig.picture import Picture, cues, topic

# Told in the words of migration: the rules of [document] pass it.
BY_RULES = ("Hundreds of migrants crossed from Libya to Italy this week. Most of them left Zuwara by boat, "
            "and the coastguard said more asylum seekers were expected in Lampedusa.")
# No word the rules know (no "migrant", no "border"), yet a report of people leaving to work
# abroad in secret: only the learned topic check passes it.
BY_MODEL = ("The young men left their farms before the harvest and paid a driver to take them over the "
            "mountains at night. They walked the last stretch on foot past the guards and hid in a barn until "
            "a second driver came. Most of them hope to find work on building sites in the cities of the "
            "north, where wages are four times higher. Two of them were caught by the patrols and held for a "
            "week at a police station.")
# Places, and nothing of migration: neither passes it.
OFF_TOPIC = ("The city council of Lyon approved a new budget for its parks on Tuesday. The mayor said the "
             "gardens near the river would get new benches and lamps before the summer festival in Marseille.")
# The same night walk, told of pilgrims: the model is not heeded for a text of other travellers.
PILGRIMS = BY_MODEL.replace("The young men", "The pilgrims").replace("Two of them", "Two pilgrims")


def doc(name: str, text: str) -> GeocodedDocument:
    return GeocodedDocument(name, text, ())


def decide(text: str, meta: dict | None = None, lexicon=None) -> GateDecision:
    (decision,) = gate_decisions([doc("a.txt", text)], Picture((), ("a.txt",), meta or {}), lexicon)
    return decision


def test_a_report_told_in_migration_words_is_on_topic_by_the_rules():
    g = decide(BY_RULES)
    assert (g.decision, g.on_topic, g.probability) == (RULES, True, None)
    assert g.why == "on topic by the rules of [document]"


def test_a_report_the_topic_model_passed_is_read_from_the_picture_meta():
    # the picture says the model passed it: the audit reports its probability, and does not recompute it
    g = decide(OFF_TOPIC, {topic.CUE: {"a.txt": 0.975}})
    assert (g.decision, g.on_topic, g.probability) == (MODEL, True, 0.975)
    assert g.why.startswith("on topic by the topic model (probability 0.97") and "too few words of migration" in g.why


def test_a_report_with_no_migration_is_off_topic_with_the_model_probability():
    g = decide(OFF_TOPIC)
    assert (g.decision, g.on_topic, g.other_movers) == (OFF, False, False)
    assert g.probability < g.model_min == cues.default().topic_model_min
    assert g.why.startswith("off topic: no motion or control cue was read")
    assert f"topic model probability {g.probability:.2f} (passes at {g.model_min:.2f})" in g.why


def test_a_text_of_other_travellers_says_the_model_was_not_heeded():
    lex = cues.default()
    assert lex.other_movers(PILGRIMS) and not lex.on_topic(PILGRIMS)
    g = decide(PILGRIMS)
    assert g.decision == OFF and g.other_movers
    assert "not heeded: the text names other travellers or goods" in g.why


def test_a_text_the_rules_pass_on_words_of_other_senses_says_the_model_vetoed_them():
    dunes = ("The dunes south of the town are on the move again. Geologists measuring their migration with "
             "drones say the largest ridge has crept forty metres toward the highway since last winter, pushed "
             "by the steady north-east wind. Road crews clear sand from the tarmac every morning with "
             "bulldozers, and the ministry of works has planted rows of palm fronds as fences to slow the "
             "migration of the smaller dunes. Farmers say their date groves at the edge of the oasis are half "
             "buried, and that the wells they dug ten years ago have filled with sand. The scientists will fit "
             "more sensors on the ridge in the spring and publish a map of the moving sand by the summer, when "
             "the wind turns and the dunes slow down. A plan to line the highway with a concrete barrier has "
             "been costed at twelve million, and the regional council will vote on it next month after the "
             "engineers report. Older residents remember a decade when the sand stood still, and say the "
             "grazing that stripped the grass from the slopes set it moving again after the long drought.")
    g = decide(dunes)
    assert cues.default().topic_by_rules(dunes)
    assert (g.decision, g.on_topic, g.vetoed) == (OFF, False, True)
    assert "below its veto" in g.why


def test_with_the_topic_model_off_an_off_topic_report_says_so():
    g = decide(OFF_TOPIC, lexicon=dataclasses.replace(cues.default(), topic_model_min=0.0))
    assert g.decision == OFF and g.probability is None
    assert g.why.endswith("the topic model is off ([document] topic_model_min = 0)")


def test_terminal_lines_put_off_topic_documents_first_by_file_name():
    gates = [GateDecision("x/a.txt", RULES), GateDecision("x/b.txt", MODEL, 0.97, 0.96),
             GateDecision("x/c.txt", OFF, 0.1, 0.96)]
    lines = gate_lines(gates)
    assert [line.split(":")[0] for line in lines] == ["c.txt", "b.txt", "a.txt"]
    sections = au.text_sections([], gates=gates)
    assert sections[1] == "Documents (3): is each about migration? (the document gate)"


def test_json_has_the_documents_only_when_given():
    gates = [GateDecision("a.txt", OFF, 0.04213, 0.96)]
    data = json.loads(au.to_json([], gates=gates))
    assert data["documents"] == [{"doc": "a.txt", "decision": "off topic", "on_topic": False, "probability": 0.042,
                                  "model_min": 0.96, "other_movers": False, "why": gates[0].why}]
    assert "documents" not in json.loads(au.to_json([]))


# ---------------------------------------------------------------- the command, end to end

@pytest.fixture
def reports(tmp_path):
    for name, text in (("rules.txt", BY_RULES), ("model.txt", BY_MODEL), ("off.txt", OFF_TOPIC)):
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def run(*args):
    from geomig.cli import app

    return CliRunner().invoke(app, ["audit", *map(str, args)], env={"COLUMNS": ""})


def test_the_json_gives_each_document_the_gates_decision(reports):
    assert not cues.default().topic_by_rules(BY_MODEL)     # (the model's own case: the rules miss it)
    result = run(reports, "--format", "json")
    assert result.exit_code == 0, result.output
    by_name = {d["doc"].rsplit("/", 1)[-1]: d for d in json.loads(result.stdout)["documents"]}
    assert by_name["rules.txt"]["decision"] == "rules"
    assert by_name["model.txt"]["decision"] == "topic model"
    assert by_name["model.txt"]["probability"] >= by_name["model.txt"]["model_min"]
    assert by_name["off.txt"]["decision"] == "off topic" and by_name["off.txt"]["probability"] < 0.5


def test_the_terminal_names_the_off_topic_document_first(reports):
    result = run(reports)
    assert result.exit_code == 0, result.output
    out = result.stdout
    section = out[out.index("Documents (3)"):]
    assert section.index("off.txt: off topic") < section.index("model.txt: on topic by the topic model") \
        < section.index("rules.txt: on topic by the rules")


def test_the_html_shows_the_decision_under_each_document_and_escapes_its_name(tmp_path):
    hostile = tmp_path / '<img src=x onerror="alert(1)">.txt'
    hostile.write_text(OFF_TOPIC, "utf-8")
    result = run(hostile, "--format", "html")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt" in page
    assert '<p class="gate off">Document gate: off topic: no motion or control cue was read' in page


def test_csv_gives_each_mention_its_documents_decision(reports):
    import csv
    import io

    result = run(reports, "--format", "csv")
    assert result.exit_code == 0, result.output
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    gate = {r["doc"].rsplit("/", 1)[-1]: (r["gate"], r["gate_probability"]) for r in records}
    assert gate["rules.txt"] == ("rules", "")
    assert gate["off.txt"][0] == "off topic" and float(gate["off.txt"][1]) < 0.5
