"""Control zones told across two sentences or by an order: "the quay", an airport the text named
and a bare "On arrival," stand for the town the sentence before reached (with_anaphors); a passive record
opened by "On arrival at X"; a spell between a check and its force ("questioned for six hours by
police at X"); an authority that orders the people of a place out (control.ordered_out).

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import actors_at, cues_at, zones_told_at

# ------------------------------------------------ "the airport", "the quay": the town just reached


@pytest.mark.parametrize("text", [
    "The workers landed at Tunis airport on Monday. At the airport, Tunisian officers checked their passports one by one.",
    "The workers landed at Tunis airport on Monday. Tunisian officers at the airport took their fingerprints.",
    "The fishing boat was towed into the port of Tunis. Tunisian police on the quay registered every passenger.",
], ids=["at-the-airport", "officers-at-the-airport", "police-on-the-quay"])
def test_the_airport_named_or_the_quay_is_the_town_just_reached(text):
    assert actors_at(text, "Tunis") in ({"Tunisian officers"}, {"Tunisian police"})


@pytest.mark.parametrize("text", [
    # nobody acts there
    "The workers landed at Tunis airport on Monday. At the airport, their relatives waited for hours.",
    # an airport the text never named, of a place people only hold a ticket to (session 66)
    "The deportees were held in Rome. A ticket to Tunis cost them a month's pay. At the airport, Tunisian officers "
    "checked their passports.",
    # the quay is placed by its own words elsewhere
    "The fishing boat was towed into the port of Tunis. Tunisian police on the quay at Misrata registered every passenger.",
    # reached three sentences back: too far
    "The fishing boat was towed into the port of Tunis. They were tired. Nobody spoke. Tunisian police on the quay registered every passenger.",
], ids=["no-force", "ticket-to", "placed-elsewhere", "too-far"])
def test_the_airport_or_the_quay_draws_no_zone_at_the_town_otherwise(text):
    assert not zones_told_at(text, "Tunis")


# ------------------------------------------------ a bare arrival at the head of the sentence


@pytest.mark.parametrize("text", [
    "A charter flew the men from Rome to Tunis. On arrival, Tunisian police and labour officials interviewed each returnee.",
    "A charter flew the men from Rome to Tunis. When the plane landed, Tunisian officers took their fingerprints.",
], ids=["on-arrival", "when-landed"])
def test_a_bare_arrival_stands_for_the_town_just_reached(text):
    assert zones_told_at(text, "Tunis")


@pytest.mark.parametrize("text", [
    # no force acts: the men do
    "A charter flew the men from Rome to Tunis. On arrival, the men phoned their families.",
    # the act denied
    "A charter flew the men from Rome to Tunis. On arrival, Tunisian officers did not check anyone.",
], ids=["no-force", "denied"])
def test_a_bare_arrival_draws_no_zone_without_a_forces_act(text):
    assert not zones_told_at(text, "Tunis")


# ------------------------------------------------ "On arrival at X, they were registered by ..."


def test_people_registered_by_a_body_on_arrival_at_a_place():
    text = "On arrival at Tunis, the returnees were registered by officials of the migration agency."
    assert "control.where_recorded" in cues_at(text, "Tunis", "Hundreds of Tunisians were deported from Italy. ")


@pytest.mark.parametrize("text", [
    "On arrival at Tunis, the returnees were met by their families.",
    "On arrival at Tunis, the returnees were not registered by anyone.",
], ids=["met-by-kin", "denied"])
def test_people_met_on_arrival_are_no_record(text):
    assert "control.where_recorded" not in cues_at(text, "Tunis", "Hundreds of Tunisians were deported from Italy. ")


# ------------------------------------------------ a spell between the check and its force


def test_a_spell_between_a_check_and_its_force():
    text = "The deportee was questioned for six hours by police at Tunis airport and then released."
    assert zones_told_at(text, "Tunis")


def test_a_spell_with_reporters_is_no_check():
    text = "The deportee was questioned for six hours by reporters at Tunis airport and then released."
    assert not zones_told_at(text, "Tunis")


# ------------------------------------------------ control.ordered_out


@pytest.mark.parametrize("text, place", [
    ("The authorities ordered the mandatory evacuation of families from several villages around Misrata.", "Misrata"),
    ("The army ordered all residents of Misrata to leave immediately, ahead of air strikes.", "Misrata"),
    ("By dawn the whole of Misrata was under an evacuation order.", "Misrata"),
    ("Many came from Misrata, where firefighters went door to door ordering people out.", "Misrata"),
    ("Officers handed him a decision revoking his permit and ordering him to leave Tunisia within a week.", "Tunisia"),
], ids=["evacuation-of", "residents-to-leave", "under-order", "door-to-door", "him-to-leave"])
def test_an_order_to_leave_a_place_is_control_there(text, place):
    assert "control.ordered_out" in cues_at(text, place, ZONE_STORY)


@pytest.mark.parametrize("text", [
    # only possible
    "The council may order the evacuation of Misrata next week.",
    # denied
    "Nobody ordered the residents of Misrata to leave.",
    # no people ordered out
    "The cooks ordered spices from Misrata every month.",
], ids=["modal", "denied", "goods"])
def test_no_order_to_leave_draws_no_zone(text):
    assert "control.ordered_out" not in cues_at(text, "Misrata", ZONE_STORY)


#: A story of people moving that the order sentences follow.
ZONE_STORY = "Thousands of families have fled the shelling in Libya this month. "


# ------------------------------------------------ a bare spot of arrival the text did not name (session 66)


@pytest.mark.parametrize("text", [
    # the flight's end: the airport people land at
    "The deportees flew from Rome to Tunis. At the airport, Tunisian officers checked their passports.",
    # a gate of the camp just named
    "The families walked to a tent camp outside Tunis. At the gate, officials of the relief agency write down "
    "every family's name.",
    # the quay of the town the boat reached
    "The ferry brought the returnees to Tunis. At the quay, police officers registered each passenger.",
], ids=["airport-flown-to", "gate-of-camp", "quay"])
def test_a_bare_spot_of_arrival_is_the_town_named_last(text):
    assert zones_told_at(text, "Tunis")


@pytest.mark.parametrize("text", [
    # nobody acts there
    "The deportees flew from Rome to Tunis. At the airport, their cousins waited with flowers.",
    # the airport placed by its own words
    "The deportees flew from Rome to Tunis. At the airport in Misrata, police officers checked their passports.",
    # no comma: "Tunis the police" must not read as "Tunis's police"
    "The deportees flew from Rome to Tunis. At the airport the border police took two men aside.",
    # "at the border": a town named before need not be on it
    "The deportees slept in Tunis. At the border, police officers checked their passports.",
], ids=["no-force", "placed-elsewhere", "no-comma", "at-the-border"])
def test_a_bare_spot_of_arrival_draws_no_zone_otherwise(text):
    assert not zones_told_at(text, "Tunis")


# ------------------------------------------------ "There," before a body that records people (session 66)


@pytest.mark.parametrize("text", [
    "The buses crossed back into Tunis at dawn. There, men from the local administration wrote down names and "
    "home towns.",
    "The ferry brought the returnees to Tunis. There, volunteers of the relief committee registered every family.",
], ids=["administration", "volunteers"])
def test_there_before_a_body_that_records_people_is_the_town_named_last(text):
    assert zones_told_at(text, "Tunis")


@pytest.mark.parametrize("text", [
    # the volunteers record no one
    "The ferry brought the returnees to Tunis. There, volunteers of the relief committee handed out bread.",
    # named two sentences back: too far
    "The ferry brought the returnees to Tunis. The sea was rough. There, volunteers of the relief committee "
    "registered every family.",
], ids=["no-record", "too-far"])
def test_there_before_volunteers_draws_no_zone_otherwise(text):
    assert not zones_told_at(text, "Tunis")
