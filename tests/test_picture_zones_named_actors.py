"""Zones: an actor the text names (never one made from a town's country), the kind
of control a named force is (armed groups, a navy at sea), a stop of the search or a
landing of troops that lands no one, officials who stop traffic, not people, and a lorry's
papers that make no traveller.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import cues_at, with_places, zones_at

PLACES = {
    "Kayes": ("geomig:test-kayes", "city", "ML", 14.4469, -11.4456, "Kayes"),
    "Mali": ("geomig:test-mali", "country", "ML", 17.0, -4.0, "Mali"),
    "Gao": ("geomig:test-gao", "city", "ML", 16.2717, -0.0447, "Gao"),
    "Ancona": ("geomig:test-ancona", "city", "IT", 43.6158, 13.5189, "Ancona"),
    "Bari": ("geomig:test-bari", "city", "IT", 41.1171, 16.8719, "Bari"),
    "Jaffna": ("geomig:test-jaffna", "city", "LK", 9.6615, 80.0255, "Jaffna"),
    "Sri Lanka": ("geomig:test-lk", "country", "LK", 7.8731, 80.7718, "Sri Lanka"),
    "Kakuma": ("geomig:test-kakuma", "city", "KE", 3.7167, 34.8667, "Kakuma"),
    "Busia": ("geomig:test-busia", "city", "KE", 0.4608, 34.1115, "Busia"),
}
DEMONYMS = {"Malian": "Mali", "Sri Lankan": "Sri Lanka"}

SEA = "Dozens of Eritrean migrants left Libya by boat this week. "
LAND = "Hundreds of migrants from Guinea travel through Mali each month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


_land_zones = partial(zones_at, context=LAND)
_sea_zones = partial(zones_at, context=SEA)
_sea_cues = partial(cues_at, context=SEA)
_land_cues = partial(cues_at, context=LAND)


# ------------------------------------------------------------------------- 1. no invented actor

@pytest.mark.parametrize("text, place, actor", [
    # no force and no country named: the post's actor is no nationality made from the town
    ("Those caught are driven to the border post at Kayes and left there.", "Kayes", "border forces"),
    # distractor: the country named in the sentence links its force
    ("Malian guards drive those caught to the border post at Kayes.", "Kayes", "Malian border forces"),
    # distractor: a force the words name takes the country of the place it acts at
    ("Police detained forty migrants in Gao on Sunday.", "Gao", "Malian police"),
], ids=["post-no-force", "country-named", "force-named"])
def test_an_actor_is_named_or_linked_not_made_from_a_nationality(text, place, actor):
    (zone,) = _land_zones(text, place)
    assert zone.properties["actor"] == actor


# ------------------------------------------------------------------------- 2. kind of the force

@pytest.mark.parametrize("text, place, control", [
    ("The roads out of Gao are controlled by armed groups.", "Gao", "militia"),
    ("Gangs control the roads around Kayes and stop every bus.", "Kayes", "militia"),
    # (a camp the police guard: the facility's kind, a guarded camp)
    ("Kenyan police guard the gates of the camp at Kakuma.", "Kakuma", "detention"),
    ("The Sri Lankan navy said it stopped 14 boats off Jaffna.", "Jaffna", "navy"),
    ("The navy disembarked the 300 survivors in Bari on Sunday.", "Bari", "navy"),
    # distractors: a border force, or police at a crossing, hold border control
    ("Border police detained forty migrants in Gao.", "Gao", "border"),
    ("Police at the crossing in Busia turned back 200 people.", "Busia", "border"),
    # distractor: a navy acting on land is no zone at sea
    ("Navy officers arrested forty migrants in Gao.", "Gao", "border"),
], ids=["armed-groups-roads", "gangs-roads", "police-camp-gates", "navy-off", "navy-disembarked",
        "border-police", "police-at-crossing", "navy-on-land"])
def test_a_named_force_holds_a_zone_of_its_own_kind(text, place, control):
    zs = _sea_zones(text, place) if control == "navy" else _land_zones(text, place)
    assert {z.properties["control"] for z in zs} == {control}




# ------------------------------------------------------------------- 4. review32 leftovers

@pytest.mark.parametrize("text, place", [
    ("The survivors were brought ashore at Ancona by a trawler after the coast guard stopped its search.", "Ancona"),
    ("The bodies were brought ashore at Ancona after the navy stopped searching.", "Ancona"),
    ("In 1944 Allied troops disembarked at Ancona under fire.", "Ancona"),
], ids=["stopped-its-search", "stopped-searching", "troops-disembarked"])
def test_no_one_landed_by_a_force(text, place):
    assert "control.brought_ashore" not in _sea_cues(text, place)


def test_a_force_that_stops_a_boat_still_lands_its_people():
    text = "Forty people were brought ashore at Ancona after the Italian coast guard stopped their boat."
    assert "control.brought_ashore" in _sea_cues(text, "Ancona")


@pytest.mark.parametrize("text, place, zoned", [
    ("When the minister's plane landed in Bari, police stopped traffic on the ring road.", "Bari", False),
    ("When the ferry docked at Bari, police arrested three cigarette smugglers.", "Bari", False),
    ("Hundreds of soldiers boarded charter flights in Gao to go home after their tour.", "Gao", False),
    # distractors: people stopped, and officers who board to check
    ("When the ferry docked at Bari, police arrested 40 migrants.", "Bari", True),
    ("When they landed in Bari, police detained them for hours.", "Bari", True),
    ("Immigration agents board domestic flights in Gao to check passengers' papers.", "Gao", True),
], ids=["stopped-traffic", "arrested-smugglers", "soldiers-fly-home", "arrested-migrants", "detained-them",
        "agents-board"])
def test_officials_at_an_arrival_stop_people(text, place, zoned):
    assert bool(_land_zones(text, place)) is zoned


@pytest.mark.parametrize("text, zoned", [
    ("At Busia, customs officers check the documents of lorries carrying sugar.", False),
    ("At Busia, customs officers check the lorry papers of trucks loaded with cement.", False),
    # distractor: travellers' papers lift the veto
    ("At Busia, police checked their papers and seized the goods they carried.", True),
], ids=["lorry-documents", "lorry-papers", "their-papers"])
def test_a_vehicles_papers_make_no_traveller(text, zoned):
    assert bool(_land_zones(text, "Busia")) is zoned
