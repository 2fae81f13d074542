"""Zone cues held to what they promise: custody tied to the person put
on a plane, a post's force acting on people, a bus emptied of people on the move (not after a
crash), papers demanded of travellers (not of a company), officials who receive people sent
back (not pilgrims or a delegation), a bridge where goods alone are checked.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

import pytest
from extract_helpers import picture, with_places

PLACES = {
    "Kidira": ("geomig:test-kidira", "city", "SN", 14.4611, -12.2214, "Kidira"),
    "Kayes": ("geomig:test-kayes", "city", "ML", 14.4469, -11.4456, "Kayes"),
    "Mali": ("geomig:test-mali", "country", "ML", 17.0, -4.0, "Mali"),
    "Senegal": ("geomig:test-senegal", "country", "SN", 14.5, -14.5, "Senegal"),
    "Dakar": ("geomig:test-dakar", "city", "SN", 14.6937, -17.4441, "Dakar"),
    "Guinea": ("geomig:test-guinea", "country", "GN", 10.8333, -10.6667, "Guinea"),
    "Conakry": ("geomig:test-conakry", "city", "GN", 9.5380, -13.6773, "Conakry"),
}
DEMONYMS = {"Malian": "Mali", "Guinean": "Guinea", "Senegalese": "Senegal"}

CONTEXT = "Migrants from Guinea pass through the region in their thousands each year, heading north. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


def _cues_at(text: str, place: str) -> set[str]:
    """The cue ids of the control zones at a place in a text's picture, told after CONTEXT."""
    return {c["cue"] for z in picture(CONTEXT + text).by_role("control_zone") if z.properties["place"] == place
            for c in z.properties.get("claims", [])}


def _border_at(text: str, place: str) -> bool:
    return any(z.properties["place"] == place and z.properties["control"] == "border"
               for z in picture(CONTEXT + text).by_role("control_zone"))


# ------------------------------------------------------------------------------ control.flown_out

@pytest.mark.parametrize("text", [
    "Gendarmes arrested the two brothers at a hotel and put them on a charter flight out of Dakar.",
    "Police detained her overnight before officers put her on a plane from Dakar to Conakry.",
], ids=["arrested-then-charter", "detained-then-plane"])
def test_flown_out_in_custody(text):
    assert "control.flown_out" in _cues_at(text, "Dakar")


@pytest.mark.parametrize("text", [
    # a force that only speaks: the family flew him out
    "According to the police, his cousin had put him on a flight from Dakar to Conakry.",
    # the arrest denied
    "The police never arrested the boy; his aunt put him on a plane out of Dakar.",
    # an aid agency's voluntary return, not a removal
    "IOM staff escorted the returnees to Dakar and put them on a charter flight to Conakry.",
], ids=["police-said", "never-arrested", "iom-escort"])
def test_flown_out_without_custody_draws_nothing(text):
    assert "control.flown_out" not in _cues_at(text, "Dakar")


# ------------------------------------------------------------------------------ control.force_from_post

@pytest.mark.parametrize("text", [
    "Gendarmes from the Kayes garrison sent back sixty Guinean youths on the Bamako road.",
    "Soldiers from the Kayes base stopped 35 migrants hidden in a lorry.",
], ids=["sent-back", "stopped-migrants"])
def test_post_force_acting_on_people_on_the_move(text):
    assert _border_at(text, "Kayes")


@pytest.mark.parametrize("text", [
    # an old coup, not migration
    "In 1968, soldiers from the Kayes garrison stopped a mutiny of their own officers.",
    # an official's journey
    "Troops from the Kayes base escorted the governor's motorcade to the stadium.",
    # goods
    "Gendarmes from the Kayes post seized three tonnes of smuggled rice on Friday.",
], ids=["history", "motorcade", "goods"])
def test_post_force_acting_on_no_one_on_the_move_draws_nothing(text):
    assert "control.force_from_post" not in _cues_at(text, "Kayes")


# ------------------------------------------------------------------------------ taken off a vehicle

@pytest.mark.parametrize("text", [
    "Senegalese gendarmes took the injured travellers off the coach at Kidira after it overturned.",
    "At Kidira, gendarmes took two drunken men off the minibus.",
], ids=["accident", "drunk"])
def test_people_taken_off_after_a_crash_or_for_drink_draw_no_zone(text):
    assert not _border_at(text, "Kidira")


# ------------------------------------------------------------------------------ papers demanded

def test_documents_demanded_of_a_company_draw_nothing():
    assert not _border_at("Gendarmes at Kayes demanded documents from the cotton firm over the unpaid taxes.", "Kayes")


def test_papers_demanded_of_travellers_draw_a_zone():
    assert _border_at("Gendarmes at Kayes demanded passports from the travellers on every coach.", "Kayes")


# ------------------------------------------------------------------------------ where officials receive them

@pytest.mark.parametrize("text, place", [
    ("The pilgrims landed back in Dakar, where officials of the Islamic Affairs Office received them.", "Dakar"),
    ("The trade mission flew on to Conakry, where officials of the Chamber of Commerce received them.", "Conakry"),
    ("The pupils travelled to Kayes, where Malian officials received them at the prize-giving.", "Kayes"),
], ids=["pilgrims", "trade-mission", "pupils"])
def test_officials_receiving_visitors_draw_no_border_zone(text, place):
    assert not _border_at(text, place)


def test_migration_officials_receiving_those_sent_back_still_draw_a_zone():
    text = "The expelled men were driven to Kidira, where officials of the national migration directorate received them."
    assert _border_at(text, "Kidira")


# ------------------------------------------------------------------------------ X bridge, where ...

def test_a_bridge_where_customs_check_goods_draws_no_border_zone():
    text = "Tankers waited at the Kidira bridge, where customs officers searched the fuel tanks for smuggled diesel."
    assert not _border_at(text, "Kidira")
