"""geomig/audit/places.py and hints.py: runner-ups that are the same place are no rivals,
division codes read as names, and names not placed say why and how to correct them.

Hand-built mentions (a stub gazetteer where one is needed); one test reads the real
gazetteer's division names.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from geomig.audit import hints
from geomig.audit import report as au
from geomig.audit.places import SamePlace, margin_to_rivals, readable_evidence, same_place
from geomig.errors import GazetteerError
from geomig.models import Candidate, GeocodedDocument, Mention, Place

# A town, its own municipality 4 km away, and a namesake on another continent.
TOWN = Place("geonames:1", "Puerto Viejo", "city", "XX", 10.0, -84.0, 30_000, "07", "PPL")
MUNICIPALITY = Candidate("geonames:2", "Puerto Viejo", "XX", 10.03, -84.02, 0.45, "admin")
STATE = Candidate("geonames:3", "Provincia del Sur", "XX", 10.4, -84.5, 0.30, "admin")
ABROAD = Candidate("geonames:4", "Puerto Viejo", "YY", -5.0, -80.0, 0.05, "city")
DIVISIONS = {"geonames:3": Place("geonames:3", "Provincia del Sur", "admin", "XX", 10.4, -84.5, 0, "07", "ADM1")}


class StubGazetteer:
    """The two things the audit asks a gazetteer: a place by id, a division's name by code."""

    def get(self, place_id: str) -> Place:
        if place_id == TOWN.id:
            return TOWN
        if place_id in DIVISIONS:
            return DIVISIONS[place_id]
        raise GazetteerError(place_id)

    def division_name(self, country, code):
        return "Provincia del Sur" if (country, code) == ("XX", "07") else None


TEXT = "Boats left Puerto Viejo at dawn."


def mention(*alternatives: Candidate, confidence: float = 0.55, evidence: str = "population 30k",
            flags: tuple[str, ...] = ()) -> Mention:
    start = TEXT.index("Puerto Viejo")
    return Mention("Puerto Viejo", start, start + 12, 0, "city", TOWN.id, TOWN.name, "XX", TOWN.lat, TOWN.lon,
                   confidence, alternatives, evidence, flags)


def audit_one(m: Mention, gazetteer=None) -> au.AuditRow:
    (row,) = au.audit([GeocodedDocument("d.txt", TEXT, ((0, len(TEXT)),), (m,))], gazetteer=gazetteer)
    return row


# --------------------------------------------------------------------------- same place

def test_a_same_name_municipality_nearby_is_no_rival_and_the_margin_goes_past_it():
    m = mention(MUNICIPALITY, ABROAD)
    assert same_place(m) == (SamePlace("geonames:2", "same name, 4 km away"),)
    row = audit_one(m)
    # Before: 0.55 - 0.45 = 0.10, flagged ambiguous, a coin toss; the namesake abroad is the rival.
    assert row.margin == pytest.approx(0.55 - 0.05)
    assert "ambiguous" not in row.flags
    assert row.kin == {"geonames:2"}


def test_a_namesake_far_away_stays_a_rival():
    row = audit_one(mention(Candidate("geonames:5", "Puerto Viejo", "YY", -5.0, -80.0, 0.5, "city")))
    assert row.same_place == () and row.margin == pytest.approx(0.05) and "ambiguous" in row.flags


def test_a_namesake_across_a_border_stays_a_rival_however_close():
    # Two border towns of one name 3 km apart (as Rafah in Gaza and in Egypt): a real choice.
    across = Candidate("geonames:6", "Puerto Viejo", "YY", 10.02, -84.01, 0.45, "city")
    row = audit_one(mention(across))
    assert row.same_place == () and row.margin == pytest.approx(0.10) and "ambiguous" in row.flags


def test_a_country_and_a_city_of_its_name_nearby_are_rivals():
    # A small country and its capital of the same name (as Luxembourg) are two places to map.
    country = Candidate("geonames:7", "Puerto Viejo", "XX", 10.1, -84.1, 0.45, "country")
    assert same_place(mention(country)) == ()


def test_the_state_the_town_lies_in_is_the_same_place_only_with_the_gazetteer():
    m = mention(STATE, ABROAD)
    assert same_place(m) == ()                               # another name, 50 km away: no telling without data
    assert same_place(m, StubGazetteer()) == (SamePlace("geonames:3", "the state or province it lies in"),)
    assert audit_one(m, StubGazetteer()).margin == pytest.approx(0.50)


def test_only_same_place_runner_ups_leave_no_margin_and_a_pinned_choice_has_none():
    assert margin_to_rivals(mention(MUNICIPALITY), same_place(mention(MUNICIPALITY))) is None
    assert same_place(mention(MUNICIPALITY, flags=("overridden",))) == ()


def test_a_pin_that_confirms_geomigs_choice_is_not_its_own_rival():
    # Pinning "Puerto Viejo" to the town geomig had already chosen keeps that choice among the
    # runner-ups (0.55); the audit read it as a rival and printed margin 0.00.
    own = Candidate(TOWN.id, TOWN.name, "XX", TOWN.lat, TOWN.lon, 0.55, "city")
    pinned = mention(own, ABROAD, confidence=1.0, flags=("overridden",))
    assert same_place(pinned) == (SamePlace(TOWN.id, "geomig's own choice, which the pin confirms"),)
    row = audit_one(pinned)
    assert row.margin == pytest.approx(1.0 - 0.05)           # the namesake abroad is the rival
    assert row.kin == {TOWN.id}
    assert "0.550 same place" in next(csv.DictReader(io.StringIO(au.to_csv([row]))))["alternatives"]
    # Not pinned, an entry of the chosen id among the runner-ups is no rival either.
    plain = mention(own, ABROAD)
    assert same_place(plain) == (SamePlace(TOWN.id, "the chosen place itself"),)
    assert audit_one(plain).margin == pytest.approx(0.55 - 0.05)
    # A pin to another place keeps geomig's choice as a real rival (the analyst overruled it).
    other = Candidate("geonames:9", "Puerto Viejo", "ZZ", 0.0, 0.0, 0.4, "city")
    assert same_place(mention(other, flags=("overridden",))) == ()


def test_every_output_says_which_runner_ups_are_the_same_place():
    row = audit_one(mention(MUNICIPALITY, ABROAD))
    data = json.loads(au.to_json([row]))["mentions"][0]
    assert data["same_place"] == [{"id": "geonames:2", "why": "same name, 4 km away"}]
    assert [a["same_place"] for a in data["alternatives"]] == [True, False]
    record = next(csv.DictReader(io.StringIO(au.to_csv([row]))))
    assert record["same_place"] == "Puerto Viejo (geonames:2): same name, 4 km away"
    assert "0.450 same place" in record["alternatives"]
    doc = GeocodedDocument("d.txt", TEXT, ((0, len(TEXT)),), ())
    assert "not rivals (the same place): Puerto Viejo (geonames:2)" in au.to_html([doc], [row])


# --------------------------------------------------------------------------- division names

STATE_EVIDENCE = "population 30k; its state/province 07 is named in the text; other towns of 07 are named"


def test_division_codes_read_as_names_or_are_left_out():
    m = mention(evidence=STATE_EVIDENCE)
    assert readable_evidence(m, StubGazetteer()) == ("population 30k; its state/province Provincia del Sur is named "
                                                      "in the text; other towns of Provincia del Sur are named")
    assert readable_evidence(m) == ("population 30k; its state/province is named in the text; "
                                    "other towns of its state/province are named")
    assert audit_one(m).evidence == readable_evidence(m)


def test_a_state_known_only_by_its_towns_reads_as_such_with_its_name():
    m = mention(evidence="population 30k; another place in its state/province 07 is named (Oujda)")
    assert readable_evidence(m, StubGazetteer()) == ("population 30k; another place in its state/province "
                                                      "Provincia del Sur is named (Oujda)")
    assert readable_evidence(m) == "population 30k; another place in its state/province is named (Oujda)"


def test_a_code_that_is_not_the_chosen_places_division_is_left_out():
    m = mention(evidence="its state/province 99 is named in the text")
    assert readable_evidence(m, StubGazetteer()) == "its state/province is named in the text"


def test_the_gazetteer_names_first_level_divisions_by_code(gazetteer):
    sicily = gazetteer.get("geonames:2523119")
    assert gazetteer.division_name(sicily.country, sicily.admin1) == sicily.name
    assert gazetteer.division_name("IT", "no such code") is None and gazetteer.division_name(None, "15") is None


# --------------------------------------------------------------------------- names not placed

def rejected(text: str, flag: str, evidence: str = "") -> Mention:
    start = TEXT.index(text) if text in TEXT else 0
    return Mention(text, start, start + len(text), 0, "", None, None, None, None, None, 0.0, (),
                   evidence or f"not a place here: {flag}", (flag,))


def test_each_name_not_placed_says_why_and_how_to_correct_it():
    rows = au.audit([GeocodedDocument("d.txt", TEXT, ((0, len(TEXT)),), (
        rejected("Boats", "unresolved"), rejected("Puerto", "implausible"), rejected("dawn", "person"),
        rejected("Viejo", "implausible", "not a place here: a word of a longer name the gazetteer lacks")))])
    by_text = {r.text: r.hint for r in rows}
    assert by_text["Boats"].startswith("not in the gazetteer;") and '[[place]] name = "Boats"' in by_text["Boats"]
    assert "no place of that name fits this text" in by_text["Puerto"]
    assert 'geomig gazetteer search "Puerto"' in by_text["Puerto"] and '--accept "Puerto=ID"' in by_text["Puerto"]
    # a word turned down may be pinned, which places it (geomig/geoparse/overrides.py)
    assert by_text["dawn"].startswith("rejected as a person's name here;") and '--accept "dawn=ID"' in by_text["dawn"]
    assert by_text["Viejo"].startswith("a word of a longer name the gazetteer lacks;") and "whole name" in by_text["Viejo"]


def test_names_not_placed_are_listed_once_each_those_the_gazetteer_lacks_first():
    docs = [GeocodedDocument(f"{n}.txt", TEXT, ((0, len(TEXT)),), (rejected("dawn", "person"), rejected("Boats", "unresolved")))
            for n in "ab"]
    names = hints.unplaced(au.audit(docs))
    assert [(u.text, u.reason, u.count, u.docs) for u in names] == [
        ("Boats", "unresolved", 2, ("a.txt", "b.txt")), ("dawn", "person", 2, ("a.txt", "b.txt"))]
    assert json.loads(au.to_json(au.audit(docs)))["unplaced"][0]["why"] == "not in the gazetteer"
    assert hints.unplaced_lines(names)[0].startswith("Boats (×2): not in the gazetteer;")


def test_a_placed_mention_has_no_hint_and_html_escapes_the_hint():
    assert audit_one(mention()).hint == ""
    hostile = "<b>Evil</b>"
    text = f"{hostile} said."
    m = Mention(hostile, 0, len(hostile), 0, "", None, None, None, None, None, 0.0, (), "not a place here", ("unresolved",))
    doc = GeocodedDocument("d.txt", text, ((0, len(text)),), (m,))
    page = au.to_html([doc], au.audit([doc]))
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt;" in page


@pytest.mark.parametrize("text, name", [
    ("Hundreds queued at the Dilucu border gate on Tuesday, officials in Van said.", "Dilucu"),
    ("They walked over the Kurubaş pass into Van province, guards said.", "Kurubaş"),
    ("Families were not let through at the Dilucu Border Gate near Iğdır.", "Dilucu"),
])
def test_a_name_the_gazetteer_lacks_before_a_feature_noun_is_listed_as_unknown(gazetteer, text, name):
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    doc = geocode_document(Document("d.txt", text), gazetteer=gazetteer, keep_rejected=True)
    names = hints.unplaced(au.audit([doc]))
    assert (name, "unresolved") in [(u.text, u.reason) for u in names]
    # the places geocoding chose are the same as without the audit's second reading
    plain = geocode_document(Document("d.txt", text), gazetteer=gazetteer)
    assert [m.id for m in doc.mentions if m.id] == [m.id for m in plain.mentions if m.id]


@pytest.mark.parametrize("text", [
    "Rumours pass quickly in Van.",             # a sentence's first word before a verb
    "Trucks from Greece pass through Van daily.",  # a place already
    "Lawmakers let Okonjo pass the budget before the vote on migrants in Van.",  # a person's doing
    "Officials would not let Mrs Adebayo pass through the checkpoint near Van.",  # negated
])
def test_a_verb_after_a_word_lists_no_unknown_name(gazetteer, text):
    from geomig.geoparse.geocode import geocode_document
    from geomig.models import Document

    doc = geocode_document(Document("d.txt", text), gazetteer=gazetteer, keep_rejected=True)
    assert not [u for u in hints.unplaced(au.audit([doc])) if u.reason == "unresolved"]
