"""Role precision: places a role cue reads that play no role in the migration the
report tells (relevance.no_role), each beside sentences that keep their role. Sentences written
for these tests, geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ZONE_CONTEXT, role_of, zones_by_place


@pytest.mark.parametrize("text, place", [
    # a relative clause says the report is unverified
    ("Families were seen walking towards Chad, which the agency has not been able to verify.", "Chad"),
    ("Some of the men went on to Niger, which officials could not confirm.", "Niger"),
    # the next clause opens by saying so
    ("Dozens were said to have walked on into Niger; the court heard that this could not be confirmed.", "Niger"),
    ("Some men were reportedly taken from the port to Misrata; it was not possible to verify these reports.",
     "Misrata"),
], ids=["which-not-verified", "which-not-confirmed", "next-clause-this", "next-clause-it-was-not-possible"])
def test_a_report_the_sentence_leaves_unverified_gives_no_role(text, place):
    assert not role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # a figure left unverified, or another fact of the next clause
    ("Survivors reached Lampedusa from Sfax with 40 dead by the coastguard's count, which police could "
     "not verify.", "Lampedusa"),
    ("The boat left Zuwara on Monday; a second boat may have sunk, but this could not be confirmed.", "Zuwara"),
    ("The boat reached Lampedusa at dawn; it could not be confirmed how many were aboard.", "Lampedusa"),
    ("The boat reached Lampedusa at dawn; reports of a second boat could not be confirmed.", "Lampedusa"),
], ids=["a-count", "a-fact-of-its-own", "how-many", "another-report"])
def test_the_place_of_a_confirmed_move_keeps_its_role(text, place):
    assert role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("The driver, a 47-year-old Polish national, was arrested at the scene.", "Poland"),
    ("The captain was from Senegal.", "Senegal"),
    ("The captain, 51, a Tunisian national, was found guilty of steering the boat.", "Tunisia"),
    ("The broker, a Tunisian man, faces charges.", "Tunisia"),
], ids=["driver-national", "captain-was-from", "captain-aged-national", "broker-man"])
def test_the_home_of_who_drives_or_steers_for_others_is_no_origin(text, place):
    assert "origin" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    ("A 19-year-old from Senegal said the captain had left them at sea.", "Senegal"),
    ("The passengers, mostly Nigerians, said the driver left them near Agadez.", "Nigeria"),
], ids=["the-one-who-tells", "the-passengers"])
def test_the_home_of_those_moved_stays_an_origin(text, place):
    assert "origin" in role_of(text, place)


# A passport's nationality is its holder's as often as not (review): it stays an origin.
@pytest.mark.parametrize("text, place", [
    ("Her Eritrean passport expired, so she crossed into Sudan on foot.", "Eritrea"),
    ("With his Eritrean passport taken by the smugglers, he walked on to Sudan.", "Eritrea"),
], ids=["own-passport", "passport-taken"])
def test_the_nationality_of_a_passport_held_stays_an_origin(text, place):
    assert "origin" in role_of(text, place)


# Migrants are often made to steer: one named a migrant right after the nationality keeps it.
@pytest.mark.parametrize("text, place", [
    ("The boat's captain, a 17-year-old Senegalese migrant, was among the dead off the Canaries.", "Senegal"),
    ("The captain, an Eritrean refugee himself, steered the boat to Italy.", "Eritrea"),
], ids=["captain-migrant", "captain-refugee"])
def test_a_migrant_at_the_helm_keeps_the_origin(text, place):
    assert "origin" in role_of(text, place)


def test_passport_holders_are_people():
    assert "origin" in role_of("Libyan passport holders crossed into Tunisia on foot.", "Libya")


def _zone_places(text: str) -> set[str]:
    """The places of the control zones a text's sentence adds to ZONE_CONTEXT's story."""
    return set(zones_by_place(ZONE_CONTEXT + text)) - {"Lampedusa", "Sfax"}


@pytest.mark.parametrize("text, place", [
    # those arrested move others: no control of people on the move there
    ("The agency arrested 12 smugglers in Zuwara last week.", "Zuwara"),
    ("The agency has arrested 43 agents in Misrata since May.", "Misrata"),
    # what is held is a thing or an event, not people
    ("Most of the Eritreans held valid residence permits in Malta.", "Malta"),
    ("Every candidate must pass a language test held in Tripoli.", "Tripoli"),
    ("The labour office says it will be held in Tunis in March.", "Tunis"),
], ids=["smugglers-arrested", "agents-arrested", "permits-held", "a-test-held", "it-will-be-held"])
def test_arrests_of_smugglers_and_things_held_draw_no_zone(text, place):
    assert place not in _zone_places(text)


@pytest.mark.parametrize("text, place", [
    ("The agency arrested 40 migrants in Zuwara last week.", "Zuwara"),
    ("The Eritreans were held in Malta for three months.", "Malta"),
    ("They will be held in Tunis until their flight.", "Tunis"),
], ids=["migrants-arrested", "people-held", "people-will-be-held"])
def test_people_arrested_or_held_draw_a_zone(text, place):
    assert place in _zone_places(text)


@pytest.mark.parametrize("text, place", [
    ("More than 3,000 people have crossed into Chad since fighting reached Agadez.", "Agadez"),
    ("Families fled west after the shelling spread to the outskirts of Misrata.", "Misrata"),
], ids=["fighting-reached", "shelling-spread-to"])
def test_a_place_a_war_reaches_is_no_destination(text, place):
    assert not role_of(text, place) & {"destination", "transit"}


@pytest.mark.parametrize("text, place", [
    ("More than 3,000 people have reached Agadez since the fighting began.", "Agadez"),
    ("Families fled the fighting and reached Misrata on foot.", "Misrata"),
], ids=["people-reached", "fled-the-fighting-and-reached"])
def test_a_place_people_reach_in_a_war_stays_a_destination(text, place):
    assert role_of(text, place) & {"destination", "transit"}
