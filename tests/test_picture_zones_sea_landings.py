"""Zone cues: a force that lands people from the sea at a place (named in a clause
of time, or disembarking them), officials who meet arrivals at an airport, no surrender over a
crime, and goods that silence no check of travellers' papers.

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import cues_at, picture, roles, with_places, zones, zones_at

PLACES = {
    "Kalamata": ("geomig:test-kalamata", "city", "GR", 37.0389, 22.1142, "Kalamata"),
    "Dakar": ("geomig:test-dakar", "city", "SN", 14.6937, -17.4441, "Dakar"),
    "Istanbul": ("geomig:test-istanbul", "city", "TR", 41.0082, 28.9784, "Istanbul"),
    "Guinea": ("geomig:test-guinea", "country", "GN", 10.8333, -10.6667, "Guinea"),
    "Mandera": ("geomig:test-mandera", "city", "KE", 3.9366, 41.8670, "Mandera"),
    "Kenya": ("geomig:test-kenya", "country", "KE", 0.5, 38.0, "Kenya"),
    "Somalia": ("geomig:test-somalia", "country", "SO", 6.0, 47.0, "Somalia"),
}
DEMONYMS = {"Guinean": "Guinea", "Kenyan": "Kenya", "Somali": "Somalia"}

SEA = "Dozens of Eritrean migrants left Libya by boat this week. "
AIR = "Hundreds of Guinean migrants try to reach Europe each year. "
LAND = "Asylum seekers from Somalia keep coming north in their hundreds each month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


_sea_zones = partial(zones_at, context=SEA)
_sea_cues = partial(cues_at, context=SEA)
_air_zones = partial(zones_at, context=AIR)
_land_cues = partial(cues_at, context=LAND)


# ------------------------------------------------------------------------------ control.brought_ashore

@pytest.mark.parametrize("text, place, actor", [
    ("Sixty people were brought ashore at Kalamata after the Greek coast guard found their boat drifting.",
     "Kalamata", "Greek coast guard"),
    ("After the coastguard found their boat, the 61 passengers were brought ashore in Kalamata.",
     "Kalamata", "Greek coastguard"),
    ("He was among 61 people brought ashore at Kalamata after the coast guard and a tanker spotted them.",
     "Kalamata", "Greek coast guard"),
    ("The navy disembarked the 300 survivors in Pozzallo on Sunday.", "Pozzallo", "Italian navy"),
    ("The survivors were disembarked at Pozzallo by the Italian coastguard.", "Pozzallo", "Italian coastguard"),
    ("The fishing boat was escorted into the port of Pozzallo after being spotted by the Italian navy.",
     "Pozzallo", "Italian navy"),
    ("The yacht was towed into the harbour of Pozzallo after the Italian coastguard found it drifting.",
     "Pozzallo", "Italian coastguard"),
], ids=["force-after", "force-before", "reduced-relative", "disembarked", "disembarked-by", "escorted-in",
        "towed-in"])
def test_a_force_that_brings_people_in_lands_them_under_its_control(text, place, actor):
    zs = _sea_zones(text, place)
    assert "control.brought_ashore" in {c["cue"] for z in zs for c in z.properties["claims"]}
    assert zs[0].properties["actor"] == actor


@pytest.mark.parametrize("text", [
    "The survivors were brought ashore at Pozzallo, a police spokesman said.",
    "Fishermen brought the survivors ashore at Pozzallo.",
    "They landed at Pozzallo after the coastguard stopped searching.",
    "The yacht was towed into the harbour of Pozzallo by fishermen.",
], ids=["force-only-speaks", "civilians", "own-landing", "towed-by-civilians"])
def test_a_landing_no_force_makes_is_no_zone(text):
    assert "control.brought_ashore" not in _sea_cues(text, "Pozzallo")


def test_the_people_a_coastguard_brings_in_name_no_coastguard_of_their_country():
    # (session 64, from the lead's trial: "coastguards brought 90 Xs ashore" drew an X
    # coastguard on the sea off X; the cue's `not_home_country` leaves the people's country out)
    text = "Coastguards brought 90 Somali migrants ashore at Kalamata on Monday."
    pic = picture(SEA + text)
    assert "Somalia" not in {z.properties["place"] for z in pic.by_role("control_zone")}
    assert not any("Somali" in z.properties["actor"] for z in pic.by_role("control_zone"))


def test_a_coastguard_named_by_its_country_keeps_it_beside_the_people_it_brings_in():
    # (the distractor: the force's own adjective still names it)
    pic = picture(SEA + "The Greek coastguard brought 90 Somali migrants ashore at Kalamata on Monday.")
    assert "Greek coastguard" in {z.properties["actor"] for z in pic.by_role("control_zone")}
    assert not any("Somali" in z.properties["actor"] for z in pic.by_role("control_zone"))


# ------------------------------------------------------------------------------ a landing held is still a landing

@pytest.mark.parametrize("text", [
    "A Border Force cutter brought them into Pozzallo shortly after dawn.",
    "A navy vessel picked up the survivors and handed them to a Border Force cutter, which brought them into Pozzallo.",
    "The coastguard towed the dinghy into the harbour of Pozzallo.",
], ids=["cutter", "which-brought", "towed-into-harbour"])
def test_people_a_force_brings_into_port_land_there_under_its_control(text):
    # (session 66, from the lead's trial: "a cutter, which brought them into X" drew the force's
    # zone at X but dropped X as the crossing's end: the route ran past it to a town inland)
    pic = picture(SEA + text)
    assert "Pozzallo" in {p for _, p in zones(pic)}
    assert "destination" in roles(pic).get("Pozzallo", set())


@pytest.mark.parametrize("text", [
    "Police arrested the smugglers in the port and took them to Pozzallo.",
    "The survivors were intercepted at sea and taken to Pozzallo, where they are held in detention.",
], ids=["arrested-taken", "held-there"])
def test_people_a_force_takes_into_custody_have_no_destination_there(text):
    # (the distractor: custody, not a landing, is a control zone only)
    assert "destination" not in roles(picture(SEA + text)).get("Pozzallo", set())


# ------------------------------------------------------------------------------ officials at an airport

@pytest.mark.parametrize("text", [
    "They flew on from Istanbul to Dakar, where immigration officers at the airport questioned them for two hours.",
    "When they landed in Dakar, migration officials met the flight and checked their documents.",
    "Immigration officers at Dakar airport questioned the family for two hours.",
    "Eleven of them were refused entry at Dakar airport.",
    "Immigration agents now board domestic flights in Dakar to check passengers' papers.",
], ids=["where-at-the-airport", "when-they-landed", "the-family", "refused-entry", "board-domestic-flights"])
def test_officials_who_deal_with_arrivals_at_an_airport_hold_it(text):
    assert _air_zones(text, "Dakar")


@pytest.mark.parametrize("text", [
    "When they arrived in Dakar, relatives met them and took them home.",
    "When they arrived in Dakar, police officers said the roads were closed.",
], ids=["relatives", "police-speak"])
def test_arrivals_met_by_no_force_acting_hold_no_zone(text):
    assert not _air_zones(text, "Dakar")


# ------------------------------------------------------------------------------ control.surrendered_to

def test_no_surrender_over_a_crime():
    text = "Near Mandera, the Somali brothers surrendered to Kenyan police over a fraud charge."
    assert "control.surrendered_to" not in _land_cues(text, "Mandera")


def test_people_who_crossed_giving_themselves_up_still_hold_a_zone():
    text = "Near Mandera, the Somali brothers surrendered to Kenyan police after crossing the border at night."
    assert "control.surrendered_to" in _land_cues(text, "Mandera")


# ------------------------------------------------------------------------------ goods_or_tourists

def test_goods_do_not_silence_a_check_of_travellers_papers():
    text = "At Mandera, customs officers checked their papers and seized the goods they carried."
    assert _land_cues(text, "Mandera")


def test_goods_alone_still_silence_officials_at_a_crossing():
    text = "At Mandera, customs officers check the lorries of goods at the new crossing."
    assert not _land_cues(text, "Mandera")
