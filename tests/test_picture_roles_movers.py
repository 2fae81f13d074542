"""Who moves (issue 10, session 17): an official's trip is no migrant's journey; a stop told
in the past perfect is read in its own clause; commuters and museum objects are no migrants.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

#: A sentence that makes a text about migration, so that the motion cues read it.
CONTEXT = "Hundreds of Eritrean migrants reached Lampedusa from Sfax this week. "


# ------------------------------------------------------------------ an official's trip

@pytest.mark.parametrize("text", [
    CONTEXT + "The Italian interior minister flew to Tunis on Monday.",
    CONTEXT + "A team of journalists travelled to Tunis to meet the families.",
    # talks or a visit after the place, whoever goes
    CONTEXT + "On Monday he flew to Tunis for talks with the Tunisian government.",
    CONTEXT + "The next day the envoy arrived in Tunis on an official visit.",
    CONTEXT + "The president begins a three-day tour that will also take him to Tunis.",
    CONTEXT + "The delegation will cross to Tunis by air on Tuesday for a meeting with the prime minister.",
    # hedged: still an official's trip
    CONTEXT + "The minister reportedly flew to Tunis for talks.",
], ids=["minister", "journalists", "for-talks", "official-visit", "tour", "meeting-later", "hedged"])
def test_an_officials_trip_is_no_destination(text):
    found = roles(picture(text))
    assert "Tunis" not in found
    assert found.get("Lampedusa") == {"destination"}    # the migrants' journey stays


@pytest.mark.parametrize("text", [
    # a speaker, not a traveller
    CONTEXT + "Officials said 300 migrants travelled to Tunis last week.",
    # migrants meeting someone there
    CONTEXT + "The Eritrean migrants flew to Tunis for a meeting with their lawyer.",
    # officials taking people somewhere
    CONTEXT + "Italian officials flew them to Tunis on Monday.",
    # officials told: the travellers are the subject after them
    CONTEXT + "Several told reporters that they had flown to Tunis on student visas.",
    # a speaker or a witness whose verb is not "said" (review r3)
    CONTEXT + "Officials estimate that thousands travelled to Tunis this year.",
    CONTEXT + "Reporters saw the boat sail to Tunis at dawn.",
], ids=["speaker", "migrants-meeting", "officials-took-them", "told-reporters", "estimate", "witness"])
def test_people_on_the_move_named_with_officials_keep_their_destination(text):
    assert roles(picture(text)).get("Tunis") == {"destination"}


def test_a_reporter_riding_along_with_migrants_tells_their_journey():
    found = roles(picture(CONTEXT + "Our correspondent travelled from Agadez to Sebha on a lorry carrying "
                                    "onions and passengers."))
    assert found.get("Sebha") == {"destination"}


def test_journalists_following_migrants_leave_the_migrants_destination():
    found = roles(picture("Journalists travelled to Agadez to meet migrants heading to Libya."))
    assert "Agadez" not in found and found.get("Libya") == {"destination"}


# ------------------------------------------------------------------ "had" in its own clause

@pytest.mark.parametrize("text", [
    "Thousands of Sudanese refugees crossed into Chad. Many had waited for weeks near the border, "
    "and then travelled on to Libya.",
    "Thousands of Sudanese refugees crossed into Chad. Some had waited for weeks in camps, but others "
    "moved on to Libya.",
], ids=["and-then", "but-others"])
def test_a_past_perfect_in_another_clause_does_not_make_a_later_stop_earlier(text):
    assert roles(picture(text)).get("Chad") == {"transit"}


def test_a_past_perfect_in_the_stops_own_clause_still_tells_it_earlier():
    # (the entry is where they arrived: Libya came before it)
    found = roles(picture("Thousands of Sudanese refugees crossed into Chad. Many had earlier fled to Libya."))
    assert found.get("Chad") == {"destination"}


# ------------------------------------------------------------------ commuters and objects

def test_daily_commuters_are_no_migrants():
    text = ("Some 40,000 commuters cross from Tunisia into Libya every working day and go home in the "
            "evening. Most commuters live in Tunisia and work in Tripoli; no irregular migration was "
            "detected, the police said.")
    assert roles(picture(text)) == {}


def test_a_migration_text_naming_commuters_once_keeps_its_roles():
    text = ("Hundreds of Eritrean migrants reached Lampedusa from Sfax this week, and more refugees "
            "are waiting in Tunisia. Queues of commuters at the border grew longer.")
    assert roles(picture(text)).get("Lampedusa") == {"destination"}


def test_museum_objects_sent_home_are_no_migrants():
    text = ("Looted bronzes begin their journey home from a museum in Rome to Tripoli. The objects, which had been "
            "called migrants in a catalogue, left Rome on Monday, and the objects will travel by road "
            "to Sabratha for their repatriation.")
    assert roles(picture(text)) == {}


def test_objects_thrown_or_lost_leave_a_migration_text_its_roles():
    # "objects" alone names no mover (review r3): a short text naming it twice keeps its journey
    text = ("Migrants threw objects at Tunisian police near Sfax on Sunday. Police said the objects "
            "included stones and bottles. The migrants had sailed from Tunis.")
    assert roles(picture(text)).get("Tunis") == {"launch_point"}
