"""Returns whose verb names the vehicle (session 29): people bussed, trucked, ferried or
marched back by others are returned as surely as those "driven back" (move.conveyed_back),
and a place such a return passes is a stop on its way ([route_modes] back_through, which
also reads the people named between the verb and "back": "sent him back through X"); people
named after "back" with words of their own are returned too ("sent back five migrants without
visas to Y"); people
held somewhere and then put on a flight or flown on by their keepers are moved on from there
([route_modes] taken_on: "put them on a flight to Y", "flew them to Y"). A return or a move
denied, only guessed at, planned or refused ("refused to bus them back": the verb's bare
infinitive), or of things or boats rather than people, draws no route.

Sentences written for these tests; geocoded by the real gazetteer."""

from __future__ import annotations

import pytest

import geomig
from geomig.picture import extract

CAUGHT = "Spanish police caught 30 migrants near Badajoz"


def routes(text: str) -> list[tuple[str, ...]]:
    pic = extract([geomig.geocode_document(geomig.Document("t.txt", text))])
    return sorted(tuple(f.properties["stop_names"]) for f in pic.by_role("route"))


@pytest.mark.parametrize("text, stops", [
    (CAUGHT + " and bused them back to Elvas.", ("Badajoz", "Elvas")),
    (CAUGHT + " and bused them back through Elvas to Lisbon.", ("Badajoz", "Elvas", "Lisbon")),
    ("Thai soldiers detained 120 Cambodian workers in Aranyaprathet and trucked the men back to Poipet.",
     ("Aranyaprathet", "Poipet")),
    ("Greek coastguards held 45 migrants on Samos for a week and ferried the group back to Kusadasi.",
     ("Samos", "Kusadasi")),
    ("Spanish police caught a Moroccan migrant near Badajoz and sent him back through Elvas.",
     ("Badajoz", "Elvas")),
    # the people after "back", with words of their own before "to"
    ("Austrian police checked a train in Innsbruck and sent back five migrants without visas to Verona.",
     ("Innsbruck", "Verona")),
])
def test_people_moved_back_in_a_vehicle_verb_are_a_return(text, stops):
    assert stops in routes(text)


@pytest.mark.parametrize("text", [
    "Spanish police did not bus the 30 migrants back to Elvas.",                  # denied
    "Spanish police may bus the 30 migrants back to Elvas next week.",            # hedged
    CAUGHT + " and shipped their luggage back to Elvas.",                         # no people moved
    # a plan, refusal or request: the verb's bare infinitive
    CAUGHT + " but refused to bus them back to Elvas.",
    CAUGHT + " and wanted to truck them back to Elvas.",
    CAUGHT + " and asked Portugal to fly them back to Elvas.",
    "Spanish police seized two boats near Badajoz and towed the boats back to Elvas.",  # boats only
])
def test_a_vehicle_return_denied_guessed_or_of_things_draws_no_route(text):
    assert not any("Elvas" in r for r in routes(text))


@pytest.mark.parametrize("text", [
    "Austrian police checked a train in Innsbruck but sent back no migrants without visas to Verona.",
    "Austrian police checked a train in Innsbruck and may send back five migrants without visas to Verona.",
    "Austrian police checked a train in Innsbruck and sent back five parcels without labels to Verona.",
])
def test_a_return_of_people_named_after_back_denied_guessed_or_of_things_draws_no_route(text):
    assert not any("Verona" in r for r in routes(text))


@pytest.mark.parametrize("text, stops", [
    # held, then put on a flight or flown on by their keepers ([route_modes] taken_on)
    ("Police held the migrants in Almaty for a week and then put them on a flight to Istanbul.",
     ("Almaty", "Istanbul")),
    ("Police held 20 Afghan migrants in Termez for a week and then flew them to Tashkent.",
     ("Termez", "Tashkent")),
])
def test_people_moved_on_from_where_they_were_is_a_leg(text, stops):
    assert stops in routes(text)


@pytest.mark.parametrize("text, gone", [
    ("Police held the migrants in Almaty for a week but never put them on a flight to Istanbul.",
     "Istanbul"),                                                                   # denied
    ("Police held the migrants in Almaty for a week and might fly them to Istanbul.", "Istanbul"),  # hedged
    ("Police held the migrants in Almaty for a week; the next day their lawyer flew to Istanbul.",
     "Istanbul"),                                                                   # someone else
])
def test_no_leg_on_when_denied_guessed_or_of_someone_else(text, gone):
    assert not any(gone in r for r in routes(text))
