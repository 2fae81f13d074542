"""Control zones: a force's act draws a zone only where it acts on people
on the move, not on fans, protesters, rebels or reporters ([context] acted_on_others; thieves
and smugglers keep the government zone: tests/test_picture_zones_in_towns.py);
a force placed at the zone's place ("police in X", "police there") whose act is only maybe done
or tried gives a hedged zone, and one whose act is denied gives none (zones._ends_in_acting_force).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import actors_at, zones_told_at


# ------------------------------------------------ the act's object: people on the move or not


@pytest.mark.parametrize("text", [
    # sport: fans after a match, the force told "there"
    "The home side played a cup tie in Zuwara on Sunday. Police there arrested two fans after the match.",
    # war: soldiers fire at rebels, no one displaced
    "Mortar rounds hit Zuwara again overnight. Soldiers there fired at the rebels.",
    # a protest broken up
    "Police in Zuwara dispersed the demonstrators with tear gas.",
    "In Zuwara, police arrested 30 protesters outside the town hall.",
    # the passive: rebels held by soldiers
    "Eleven rebels were detained by Libyan soldiers in Zuwara.",
    # a town's police and reporters
    "Zuwara police detained three journalists on Monday.",
], ids=["fans-there", "rebels-there", "demonstrators", "protesters-place-first", "rebels-passive", "journalists"])
def test_a_force_acting_on_people_not_on_the_move_draws_no_zone(text):
    assert not zones_told_at(text, "Zuwara")


@pytest.mark.parametrize("text", [
    # no place: the force's country is no zone either
    "Libyan police arrested two journalists on Monday.",
    "Libyan soldiers fired at the rebels on Monday.",
], ids=["journalists", "rebels"])
def test_a_national_force_acting_on_others_holds_no_country(text):
    assert not zones_told_at(text, "Libya")


@pytest.mark.parametrize("text, actor", [
    # the same frames with people on the move as the object
    ("The boats landed at Zuwara on Sunday. Police there arrested 40 migrants.", "Libyan police"),
    ("Police in Zuwara detained the families at dawn.", "Libyan police"),
    ("Eleven refugees were detained by Libyan soldiers in Zuwara.", "Libyan soldiers"),
    # others and movers in one sentence: the movers keep the zone
    ("Police in Zuwara arrested 30 protesters and 12 migrants.", "Libyan police"),
], ids=["migrants-there", "families", "refugees-passive", "protesters-and-migrants"])
def test_a_force_acting_on_people_on_the_move_keeps_its_zone(text, actor):
    assert actors_at(text, "Zuwara") == {actor}


# ------------------------------------------------ a placed force's act: maybe done, tried, denied


@pytest.mark.parametrize("text", [
    "The trucks reached Zuwara on Monday. Police there may have detained 40 migrants.",
    "Police in Zuwara may have detained 40 migrants.",
    "Police stationed in Zuwara might have stopped the migrants.",
    "Police in Zuwara tried to stop the migrants.",
], ids=["there-may-have", "in-x-may-have", "stationed-might-have", "tried"])
def test_a_placed_forces_act_maybe_done_or_tried_is_hedged(text):
    zones = zones_told_at(text, "Zuwara")
    assert zones and all(z.properties["hedged"] for z in zones)


@pytest.mark.parametrize("text", [
    "The trucks reached Zuwara on Monday. Police there detained 40 migrants.",
    "Police in Zuwara detained 40 migrants.",
], ids=["there", "in-x"])
def test_a_placed_forces_act_told_as_done_is_not_hedged(text):
    zones = zones_told_at(text, "Zuwara")
    assert zones and not any(z.properties["hedged"] for z in zones)


def test_a_denied_act_of_police_there_draws_no_zone():
    assert not zones_told_at("The trucks reached Zuwara on Monday. Police there did not detain anyone.", "Zuwara")


# ------------------------------------------------ a force only paid, trained or equipped by others


@pytest.mark.parametrize("text", [
    "Ministers argued on Monday over more money for the Libyan coastguard.",
    "The EU, which funds the Libyan coast guard, met in Rome on Monday.",
], ids=["money-for", "which-funds"])
def test_a_force_only_funded_holds_no_country(text):
    assert not zones_told_at(text, "Libya")


def test_a_funded_force_that_acts_at_a_place_keeps_that_place():
    # the funding names the force, its act off a town keeps the town's zone
    text = "The EU trains the Libyan coast guard, which intercepted 40 migrants off Zuwara."
    assert actors_at(text, "Zuwara") == {"Libyan coast guard"}


def test_a_force_that_acts_holds_its_country():
    # distractor: no funding, the act is the force's own
    assert zones_told_at("The Libyan coast guard intercepted 40 migrants.", "Libya")
