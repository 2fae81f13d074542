"""geomig/audit/routes_zones.py: the picture's routes and zones, auditable like mentions:
which places, which rule fired on which words (sentence and offsets), confidence, warnings.

A hand-built picture of a text written for these tests; one CLI test runs the real
geocoder and extractor on another.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from shapely.geometry import LineString, Point
from typer.testing import CliRunner

from geomig.audit import report as au
from geomig.audit.routes_zones import Fired, audit_routes, audit_zones, route_lines, zone_lines
from geomig.picture import Feature, Picture, Source

DOC = "r.txt"
TEXT = ("The families who were from Kunduz set out from Zaranj in May. "
        "They hoped to reach Van, where the border police stopped them.")
S1, S2 = (0, TEXT.index(" They") + 1), (TEXT.index("They"), len(TEXT))


def sentence(span):
    return TEXT[span[0]:span[1]]


def at(words: str, span) -> tuple[int, int]:
    """(start, end) of words inside their sentence."""
    a = sentence(span).index(words)
    return a, a + len(words)


def claim(role: str, cue: str, words: str, span, **more) -> dict:
    return {"role": role, "cue": cue, "words": words, "negated": False, "hedged": False, "confidence": 0.8,
            "doc": DOC, "start": span[0], "end": span[1], **more}


def picture() -> Picture:
    src1 = Source(DOC, *S1, sentence(S1), (at("who were from Kunduz", S1), at("set out from Zaranj", S1)))
    src2 = Source(DOC, *S2, sentence(S2), (at("hoped to reach Van", S2),))
    origin = Feature("origin", "Kunduz", "g:1", Point(68.9, 36.7), 0.84, "origin.fled: “who were from Kunduz”", (src1,),
                     properties={"claims": [claim("origin", "origin.fled", "who were from Kunduz", S1)]})
    launch = Feature("launch_point", "Zaranj", "g:2", Point(61.9, 31.0), 0.8, "launch.departed: “set out from Zaranj”",
                     (src1,), properties={"claims": [claim("launch_point", "launch.departed", "set out from Zaranj", S1)]})
    dest = Feature("destination", "Van", "g:3", Point(43.4, 38.5), 0.7, "destination.intended: “hoped to reach Van”",
                   (src2,), properties={"claims": [claim("destination", "destination.intended", "hoped to reach Van", S2)]})
    route = Feature(
        "route", "Kunduz → Zaranj → Van", None, LineString([(68.9, 36.7), (61.9, 31.0), (43.4, 38.5)]), 0.78,
        "route from origin → launch_point → destination (origin.fled, launch.departed, destination.intended)",
        (src1, src2), properties={
            "stops": ["g:1", "g:2", "g:3"], "stop_names": ["Kunduz", "Zaranj", "Van"],
            "stages": ["origin", "launch_point", "destination"],
            "legs": [{"from": "g:1", "to": "g:2", "from_name": "Kunduz", "to_name": "Zaranj", "mode": "land"},
                     {"from": "g:2", "to": "g:3", "from_name": "Zaranj", "to_name": "Van", "mode": "land",
                      "warning": "<drawn> straight"}],
            "warning": "Zaranj → Van: <drawn> straight"})
    zone = Feature("control_zone", "border police (border, Van)", "g:3", Point(43.4, 38.5), 0.66,
                   "control.border: “border police stopped them”", (src2,), properties={
                       "control": "border", "actor": "border police", "affiliation": None, "place": "Van",
                       "place_id": "g:3", "direction": None, "hedged": True,
                       "claims": [{"control": "border", "actor": "border police", "cue": "control.border",
                                   "words": "border police stopped them", "negated": False, "hedged": True,
                                   "doc": DOC, "start": S2[0], "end": S2[1]}]})
    return Picture((origin, launch, dest, route, zone), (DOC,))


def test_a_route_lists_its_stops_with_the_rule_and_the_words_that_gave_each_role():
    (route,) = audit_routes(picture(), {DOC: TEXT})
    assert [(s.name, s.stage) for s in route.stops] == [("Kunduz", "origin"), ("Zaranj", "launch_point"), ("Van", "destination")]
    kunduz = route.stops[0].fired[0]
    assert (kunduz.rule, kunduz.words) == ("origin.fled", "who were from Kunduz")
    assert TEXT[kunduz.start:kunduz.end] == "who were from Kunduz"      # offsets in the document
    assert kunduz.sentence == sentence(S1).strip()
    assert route.rules == ("origin.fled", "launch.departed", "destination.intended")
    assert [TEXT[f.start:f.end] for f in route.read_from] == [f.words for f in route.read_from] == [
        "who were from Kunduz", "set out from Zaranj", "hoped to reach Van"]
    assert route.warnings == ("Zaranj → Van: <drawn> straight",) and route.confidence == 0.78


def test_the_words_are_quoted_as_written_never_a_verb_standing_for_them():
    (route,) = audit_routes(picture(), {DOC: TEXT})
    lines = "\n".join(route_lines(route))
    assert "origin.fled on “who were from Kunduz” @" in lines
    assert "Why" not in lines and "fled:" not in lines
    assert "stop       Van (destination): destination.intended on “hoped to reach Van”" in lines
    assert "warning    Zaranj → Van: <drawn> straight" in lines


def test_a_zone_lists_its_claims_words_offsets_and_hedging():
    (zone,) = audit_zones(picture(), {DOC: TEXT})
    (fired,) = zone.fired
    assert (fired.rule, fired.words, fired.hedged) == ("control.border", "border police stopped them", True)
    assert TEXT[fired.start:fired.end] == fired.words
    assert (zone.control, zone.actor, zone.place, zone.hedged) == ("border", "border police", "Van", True)
    text = "\n".join(zone_lines(zone, with_doc=True))
    assert "0.66  border police (border, Van)  hedged" in text and "(hedged) @" in text and "in r.txt" in text


def test_without_the_texts_the_quotes_give_the_words_and_missing_words_have_no_offsets():
    (zone,) = audit_zones(picture())
    assert TEXT[zone.fired[0].start:zone.fired[0].end] == "border police stopped them"
    stray = picture().features[-1]
    props = dict(stray.properties, claims=[dict(stray.properties["claims"][0], words="not in the sentence")])
    (zone,) = audit_zones(Picture((replace(stray, properties=props),), (DOC,)))
    assert (zone.fired[0].start, zone.fired[0].end) == (None, None)
    assert str(zone.fired[0]) == "control.border on “not in the sentence” (hedged)"


def test_json_adds_routes_and_zones_and_keeps_the_mentions():
    pic = picture()
    data = json.loads(au.to_json([], routes=audit_routes(pic, {DOC: TEXT}), zones=audit_zones(pic, {DOC: TEXT})))
    assert list(data) == ["confidences", "mentions", "unplaced", "routes", "zones"]
    route = data["routes"][0]
    assert route["stops"][0]["fired"][0]["words"] == "who were from Kunduz"
    assert route["legs"][1] == {"from_name": "Zaranj", "to_name": "Van", "from": "g:2", "to": "g:3", "mode": "land",
                                "warning": "<drawn> straight"}
    assert data["zones"][0]["fired"][0]["rule"] == "control.border"
    assert list(json.loads(au.to_json([]))) == ["confidences", "mentions", "unplaced"]


def test_text_sections_name_documents_only_when_there_are_several():
    pic = picture()
    lines = au.text_sections([], audit_routes(pic, {DOC: TEXT}), audit_zones(pic, {DOC: TEXT}))
    assert lines[1].startswith("Routes (1)") and any(line.startswith("Control zones (1)") for line in lines)
    assert not any(" in r.txt" in line for line in lines)
    assert str(Fired("r", "w", "a/b.txt", 1, 2, "w.").said(with_doc=True)) == "r on “w” @1-2 in b.txt"


STORY = ("The Libyan coastguard intercepted a dinghy off Zuwara on Sunday. "
         "Smugglers had launched it from Zuwara, hoping to reach Lampedusa. "
         "Aid workers said many on board were from Darfur and had fled the fighting.\n")


@pytest.mark.usefixtures("gazetteer")
def test_the_command_audits_routes_zones_and_unplaced_names_in_text_and_json(tmp_path):
    from geomig.cli import app

    path = tmp_path / "story.txt"
    path.write_text(STORY, "utf-8")
    result = CliRunner().invoke(app, ["audit", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"mentions", "unplaced", "routes", "zones"} <= set(data)
    zone = next(z for z in data["zones"] if z["control"] == "coastguard")
    words = zone["fired"][0]
    assert STORY[words["start"]:words["end"]] == words["words"] and "Zuwara" in words["words"]
    assert any(s["name"] == "Lampedusa" for r in data["routes"] for s in r["stops"])
    # No division code in the evidence: names, or no code at all.
    assert not any(re.search(r"state/province \d", m["evidence"]) for m in data["mentions"])
    text = CliRunner().invoke(app, ["audit", str(path)], env={"COLUMNS": "100"}).stdout
    assert "Routes (" in text and "Control zones (" in text and "control.intercepted on “" in text


def test_the_html_page_lists_routes_and_zones_escaped():
    from geomig.models import GeocodedDocument

    pic = picture()
    doc = GeocodedDocument(DOC, TEXT, (S1, S2), ())
    page = au.to_html([doc], [], routes=audit_routes(pic, {DOC: TEXT}), zones=audit_zones(pic, {DOC: TEXT}))
    assert "Routes (1)" in page and "origin.fled on “who were from Kunduz”" in page
    assert "&lt;drawn&gt; straight" in page and "<drawn>" not in page
    assert "Routes (" not in au.to_html([doc], [])
