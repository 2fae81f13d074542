"""Zone cues: people named by where they come from giving themselves up, officials
who check only tourists or goods at a crossing, and a named camp placed only by its country.

Sentences written for these tests, on the Kenyan-Somali and Finnish-Swedish borders; geocoded
by the tiny fixture gazetteer (tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import cues_at, picture, with_places, zones_at

PLACES = {
    "Tornio": ("geomig:test-tornio", "city", "FI", 65.8481, 24.1466, "Tornio"),
    "Haparanda": ("geomig:test-haparanda", "city", "SE", 65.8355, 24.1368, "Haparanda"),
    "Finland": ("geomig:test-finland", "country", "FI", 64.0, 26.0, "Finland"),
    "Sweden": ("geomig:test-sweden", "country", "SE", 62.0, 15.0, "Sweden"),
    "Mandera": ("geomig:test-mandera", "city", "KE", 3.9366, 41.8670, "Mandera"),
    "Dadaab": ("geomig:test-dadaab", "city", "KE", 0.0531, 40.3086, "Dadaab"),
    "Kenya": ("geomig:test-kenya", "country", "KE", 0.5, 38.0, "Kenya"),
    "Somalia": ("geomig:test-somalia", "country", "SO", 6.0, 47.0, "Somalia"),
}
DEMONYMS = {"Finnish": "Finland", "Swedish": "Sweden", "Kenyan": "Kenya", "Somali": "Somalia"}

CONTEXT = "Asylum seekers from Somalia keep coming north in their hundreds each month. "


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    with_places(monkeypatch, PLACES, DEMONYMS)


#: The zones and cue ids at a place, of a text told after CONTEXT.
_zones_at = partial(zones_at, context=CONTEXT)
_cues_at = partial(cues_at, context=CONTEXT)


# ------------------------------------------------------------------------------ control.surrendered_to

@pytest.mark.parametrize("text", [
    "Near Mandera, the Somali couple surrendered to Kenyan police after two nights in the bush.",
    "In Mandera, the young Somali man gave himself up to the Kenyan police at dawn.",
    "Near Mandera, the Somali brothers surrendered to Kenyan police.",
], ids=["couple", "young-man", "brothers"])
def test_people_named_by_their_country_giving_themselves_up(text):
    zs = _zones_at(text, "Mandera")
    assert "control.surrendered_to" in {c["cue"] for z in zs for c in z.properties["claims"]}
    assert zs[0].properties["actor"] == "Kenyan police"


def test_a_named_official_giving_himself_up_draws_nothing():
    # an official by his title, no one on the move
    text = "In Mandera, the Kenyan Senator surrendered to police over the missing funds."
    assert "control.surrendered_to" not in _cues_at(text, "Mandera")


# ------------------------------------------------------------------------------ tourists and goods

@pytest.mark.parametrize("text", [
    "At Tornio, Finnish customs officers check the lorries of goods at the new crossing.",
    "Border guards at Tornio checked the passports of the tourists at the new crossing.",
    "At Tornio, the Finnish border guards register every tourist bus at the new crossing.",
    "At Tornio, police stopped a lorry of contraband cigarettes at the new crossing.",
    "In Tornio, police searched the trucks carrying timber at the new crossing.",
], ids=["goods-lorries", "tourists-passports", "tourist-bus", "contraband", "timber"])
def test_officials_checking_only_tourists_or_goods_hold_no_zone(text):
    assert not {"control.screened_at", "control.place_first", "control.forces_in_place"} & _cues_at(text, "Tornio")


@pytest.mark.parametrize("text", [
    "At Tornio, Finnish border guards checked the lorries of goods and found 40 migrants inside.",
    "At Tornio, police stopped a lorry carrying Somalis at the new crossing.",
    "Border guards at Tornio checked the papers of the families at the new crossing.",
], ids=["goods-and-migrants", "lorry-of-people", "families"])
def test_officials_checking_people_with_goods_still_hold_the_place(text):
    assert _zones_at(text, "Tornio")


# ------------------------------------------------------------------------------ named camps

@pytest.mark.parametrize("text", [
    "Most of the families are held in the Hagadera camp in Kenya for months.",
    "Most of the families wait at the Ifo reception centre in Kenya for their papers.",
], ids=["camp", "centre"])
def test_a_named_camp_the_gazetteer_lacks_is_no_zone_over_its_country(text):
    assert not _zones_at(text, "Kenya")


def test_a_named_camp_the_gazetteer_knows_sits_on_its_place():
    text = "Most of the families are held in the Dadaab camp in Kenya for months."
    assert _zones_at(text, "Dadaab")
    assert not _zones_at(text, "Kenya")


def test_camps_in_a_country_with_no_name_stay_a_country_zone():
    assert _zones_at("Most of the families now live in refugee camps in Kenya.", "Kenya")


# ------------------------------------------------------------------------------ more control wording

def test_people_handed_to_a_force_named_with_its_country_at_a_crossing():
    zs = _zones_at("Eighteen of them were handed over to Sweden's border police at the Haparanda crossing.",
                   "Haparanda")
    assert zs and zs[0].properties["actor"] == "Sweden's border police"


def test_people_deported_to_a_country_via_a_place_is_no_hand_over_there():
    assert not _zones_at("Eighteen of them were deported to Somalia via Tornio last week.", "Tornio")


def test_police_identifying_survivors_at_a_place_hold_it():
    text = "After the boat sank, police in Tornio identified the survivors at the harbour."
    assert "control.screened_at" in _cues_at(text, "Tornio")


def test_officers_registering_the_group_at_a_place_hold_it():
    text = "Police in Tornio registered the passengers at the bus station before it went on south."
    assert "control.screened_at" in _cues_at(text, "Tornio")


def test_the_country_in_a_forces_name_is_no_place_listed_with_its_post():
    text = "At Tornio, Finland immigration staff and border guards checked their papers before the buses left."
    zones = picture(CONTEXT + text).by_role("control_zone")
    assert "Tornio" in {z.properties["place"] for z in zones}
    assert not [z for z in zones if z.properties["place"] == "Finland" and any(
        c["cue"] == "control.screened_at" for c in z.properties["claims"])]
