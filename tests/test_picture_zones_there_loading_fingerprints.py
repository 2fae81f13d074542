"""Control zones: a bare "there" in a force's act stands for the town named last (in
its sentence or the one before); a force that loads people onto lorries or takes them off a bus
acts on them whatever words count them; officers who take fingerprints record people at their place.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import actors_at, zones_told_at


# ------------------------------------------------ "there": the town named last


@pytest.mark.parametrize("text", [
    # the act's clause ends on "there"
    "The trucks reached Zuwara on Monday. Libyan police detained 40 migrants there.",
    # "There," opening the sentence, then the force
    "The boats landed at Zuwara before dawn. There, Libyan police loaded the families onto lorries.",
    # officials "there" acting
    "The convoy reached Zuwara at noon. Libyan border officers there checked every passenger's papers.",
    # in the same sentence as the town
    "The bus stopped at Zuwara, and Libyan police took four young men off the bus there.",
], ids=["clause-end", "there-comma", "officers-there", "same-sentence"])
def test_there_in_a_forces_act_is_the_town_named_last(text):
    assert actors_at(text, "Zuwara") == {"Libyan border officers" if "officers" in text else "Libyan police"}
    assert not zones_told_at(text, "Libya")


def test_there_after_a_town_its_region_locates_is_the_town():
    # "X, Y": Y only says where X is
    text = "The boat reached Zuwara, western Libya, at night. There, Libyan police searched every passenger."
    assert actors_at(text, "Zuwara") == {"Libyan police"}
    assert not zones_told_at(text, "western Libya")


@pytest.mark.parametrize("text", [
    # a country named last: "there" is the country, not the town before it
    "The trucks left Zuwara and crossed into Tunisia. Police detained 40 migrants there.",
    # "there is / there were": no place
    "The trucks reached Zuwara on Monday. Police said there were 40 migrants on board.",
    # a way to the place, not an act there
    "The trucks reached Zuwara on Monday. Police want to send the migrants back there.",
    # the town two sentences before: too far back
    "The trucks reached Zuwara on Monday. The drivers rested for a day. Police detained 40 migrants there.",
], ids=["country-last", "existential", "back-there", "too-far"])
def test_there_draws_no_zone_at_the_town_otherwise(text):
    assert not zones_told_at(text, "Zuwara")


def test_a_denied_act_there_draws_no_zone():
    # the same act told as done resolves "there" to the town (else the test proves nothing)
    assert actors_at("The trucks reached Zuwara on Monday. Libyan police detained everyone there.", "Zuwara") == {
        "Libyan police"}
    assert not zones_told_at("The trucks reached Zuwara on Monday. Libyan police did not detain anyone there.", "Zuwara")


# ------------------------------------------------ people loaded onto lorries, taken off a bus


@pytest.mark.parametrize("text", [
    "Libyan police loaded the families onto lorries at Zuwara.",
    "Libyan police loaded the men onto army trucks at Zuwara.",
    "Libyan police took four young men off the bus at Zuwara.",
], ids=["bare-plural", "army-trucks", "counted-in-words"])
def test_a_force_loading_people_or_taking_them_off_a_bus_acts_there(text):
    assert actors_at(text, "Zuwara") == {"Libyan police"}


def test_injured_passengers_taken_off_a_bus_are_no_control():
    assert not zones_told_at("Libyan police took two injured passengers off the bus at Zuwara after the crash.", "Zuwara")


# ------------------------------------------------ fingerprints taken, with no determiner


def test_officers_who_take_fingerprints_record_people_there():
    zones = zones_told_at("Most were driven to Zuwara, where Libyan officers take fingerprints and check papers.", "Zuwara")
    assert zones and {z.properties["actor"] for z in zones} == {"Libyan officers"}


def test_fingerprints_of_the_dead_are_no_control():
    assert not zones_told_at("The bodies were taken to Zuwara, where police officers take fingerprints of the dead.", "Zuwara")


# ------------------------------------------------ a sentence opening on the place, then its post


@pytest.mark.parametrize("text", [
    "At Zuwara there is a Libyan army checkpoint on the coast road.",
    "At the Zuwara bridge there is a Libyan army checkpoint.",
    "At the entrance to Zuwara the Libyan army has a checkpoint where soldiers take the names of the adults.",
    "Near Zuwara there are two police roadblocks.",
], ids=["there-is", "bridge", "force-has", "two-roadblocks"])
def test_a_post_that_stands_at_the_place_the_sentence_opens_on(text):
    assert {z.properties["control"] for z in zones_told_at(text, "Zuwara")} == {"checkpoint"}


@pytest.mark.parametrize("text", [
    # no post
    "At Zuwara there is no checkpoint any more.",
    # something else stands there
    "In Zuwara there is a market where traders sell fish.",
], ids=["no-checkpoint", "market"])
def test_no_post_at_the_place_the_sentence_opens_on(text):
    assert not zones_told_at(text, "Zuwara")
