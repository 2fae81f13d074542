"""Zone cues: officials who take down who comes through a place, people who give
themselves up to a force there, soldiers of a named force patrolling a place, a shelter the state
runs, a place where people are questioned; and "the town" never pointing back to a newspaper's
home.

Sentences written for these tests, on the Finnish-Swedish and Kenyan-Somali borders; geocoded
by the tiny fixture gazetteer (tests/extract_helpers.py) with this file's own places."""

from __future__ import annotations

from functools import partial

import pytest
from extract_helpers import cues_at, picture, with_places, zones_at

PLACES = {
    "Tornio": ("geomig:test-tornio", "city", "FI", 65.8481, 24.1466, "Tornio"),
    "Haparanda": ("geomig:test-haparanda", "city", "SE", 65.8355, 24.1368, "Haparanda"),
    "Oulu": ("geomig:test-oulu", "city", "FI", 65.0124, 25.4682, "Oulu"),
    "Finland": ("geomig:test-finland", "country", "FI", 64.0, 26.0, "Finland"),
    "Sweden": ("geomig:test-sweden", "country", "SE", 62.0, 15.0, "Sweden"),
    "Mandera": ("geomig:test-mandera", "city", "KE", 3.9366, 41.8670, "Mandera"),
    "Garissa": ("geomig:test-garissa", "city", "KE", -0.4532, 39.6461, "Garissa"),
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


# ------------------------------------------------------------------------------ control.screened_at (what was control.records_arrivals)

@pytest.mark.parametrize("text, place", [
    ("At Tornio, Finnish border guards identified each of them before the buses left.", "Tornio"),
    ("In Mandera, Kenyan police took down their names and sent the families on to Garissa.", "Mandera"),
    ("Immigration officers at Haparanda photographed the newcomers one by one.", "Haparanda"),
], ids=["place-first-identify", "place-first-names", "force-at-photograph"])
def test_officials_recording_people_at_a_place_hold_it(text, place):
    assert "control.screened_at" in _cues_at(text, place)


def test_officials_checking_at_a_named_bridge_hold_its_town():
    # ("At the X bridge the guards ..." is control.place_first's too, which reads it first: the
    # same zone, whichever cue draws it)
    text = "At the Tornio bridge the border guards check each passport and write down the details."
    assert {"control.screened_at", "control.place_first"} & _cues_at(text, "Tornio")


@pytest.mark.parametrize("text", [
    # a sports match: tickets, no one on the move
    "At Tornio, police officers checked the tickets of every football fan at the stadium gate.",
    # a museum visit, a police officer's own day out
    "In Tornio, an off-duty police officer photographed the paintings at the town museum.",
    # a strike: nothing recorded
    "At Tornio, border guards went on strike for a day over their pay.",
], ids=["match", "museum", "strike"])
def test_officials_recording_no_one_on_the_move_draw_nothing(text):
    assert "control.screened_at" not in _cues_at(text, "Tornio")


def test_recording_denied_or_hedged():
    denied = _zones_at("At Tornio, the Finnish border guards did not register the arrivals.", "Tornio")
    assert not [z for z in denied if not z.properties.get("negated")]
    hedged = _zones_at("At Tornio, Finnish border guards reportedly registered every new arrival.", "Tornio")
    assert hedged and hedged[0].properties["hedged"]


# ------------------------------------------------------------------------------ control.surrendered_to

@pytest.mark.parametrize("text, place", [
    ("Near Mandera, the two families surrendered to Kenyan police after walking for days.", "Mandera"),
    ("In Haparanda, the young men turned themselves in to the border guards on Sunday.", "Haparanda"),
    ("Near Mandera, the Somali families surrendered to Kenyan police after walking for days.", "Mandera"),
], ids=["surrendered", "turned-in", "nationality-before-people"])
def test_people_giving_themselves_up_to_a_force_there(text, place):
    assert "control.surrendered_to" in _cues_at(text, place)


@pytest.mark.parametrize("text", [
    # fighters laying down arms: no migration control
    "In Mandera, forty militants surrendered to the army after a week of fighting.",
    # a fan after a brawl at a match
    "After the match in Mandera, a drunken supporter surrendered to police at the stadium.",
    # a local official wanted for bribes
    "In Mandera, the former county treasurer surrendered to police over the missing funds.",
], ids=["militants", "football-fan", "official-wanted"])
def test_giving_up_of_another_kind_draws_nothing(text):
    assert "control.surrendered_to" not in _cues_at(text, "Mandera")


def test_surrender_hedged():
    zs = _zones_at("Near Mandera, the two families reportedly surrendered to Kenyan police.", "Mandera")
    assert zs and zs[0].properties["hedged"]


# ------------------------------------------------------------------------------ control.members_of_force

def test_soldiers_of_a_named_force_patrolling_a_place_hold_it():
    text = "Soldiers of the Northern Border Brigade patrol Mandera and the villages near it at night."
    assert "control.members_of_force" in _cues_at(text, "Mandera")


def test_soldiers_of_a_named_force_in_a_parade_draw_nothing():
    text = "Soldiers of the Finnish Defence Forces marched in the independence parade in Oulu."
    assert "control.members_of_force" not in _cues_at(text, "Oulu")


# ------------------------------------------------------------------------------ control.shelter_state_runs

def test_a_shelter_the_state_runs_is_a_held_place():
    zs = _zones_at("The families were sent to the shelter the Finnish government runs in Oulu.", "Oulu")
    assert zs and {c["cue"] for c in zs[0].properties["claims"]} == {"control.shelter_state_runs"}
    assert zs[0].properties["actor"].endswith("government")


@pytest.mark.parametrize("text", [
    "Her son goes to the school the Finnish government runs in Oulu.",
    "The government plans to open a shelter in Oulu next year.",
    "Stray dogs stay in a shelter the council runs in Oulu until someone adopts them.",
], ids=["school", "planned", "dogs"])
def test_no_shelter_the_state_runs_there(text):
    assert "control.shelter_state_runs" not in _cues_at(text, "Oulu")


# ------------------------------------------------------------------------------ control.where_questioned

@pytest.mark.parametrize("text", [
    "The men were driven to Garissa, where they were questioned for two days.",
    "From the border she travelled on to Garissa, where she registered with the UN refugee agency.",
], ids=["questioned", "registered-with"])
def test_a_place_where_people_are_questioned_or_registered(text):
    assert "control.where_questioned" in _cues_at(text, "Garissa")


@pytest.mark.parametrize("text", [
    "The coach flew to Garissa, where he was questioned by reporters about the match.",
    "The runners travelled to Garissa, where they registered for the marathon.",
    "Nobody was taken to Garissa, where no one has ever been questioned.",
    "She moved to Garissa, where she registered with the police as a private security guard.",
], ids=["reporters", "marathon", "denied", "registered-with-police"])
def test_no_one_on_the_move_questioned_draws_nothing(text):
    assert not [z for z in _zones_at(text, "Garissa")
                if "control.where_questioned" in {c["cue"] for c in z.properties["claims"]}
                and not z.properties.get("negated")]


# ------------------------------------------------------------------------------ "the town" and a newspaper

def test_the_town_never_points_back_to_a_newspapers_home():
    text = ("A group of Somali men walked past Mandera at night, according to Oulu's Kaleva newspaper. "
            "Kenyan police detained nine of them near the town.")
    pic = picture(CONTEXT + text)
    places = {z.properties["place"] for z in pic.by_role("control_zone")}
    assert "Oulu" not in places and "Mandera" in places
