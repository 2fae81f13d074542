"""Places found and geocoded right that got no role at all: a place where officials check the
travellers on their way is a stop (cue transit.checked_on_the_way)."""

from __future__ import annotations

import pytest

from extract_helpers import role_of


@pytest.mark.parametrize("text, place", [
    ("At Agadez, officers stamped our passports and waved the bus on.", "Agadez"),
    ("At the checkpoint at Kufra, police search every truck and write down the names of the men.", "Kufra"),
    ("In Sebha, border guards checked the papers of all the passengers.", "Sebha"),
    ("At Zuwara, a remote town on the coast, soldiers searched the bags of the families before letting them walk on.",
     "Zuwara"),
    ("At Misrata, immigration officers took the fingerprints of every passenger.", "Misrata"),
])
def test_officials_checking_travellers_there_make_a_stop(text, place):
    assert "transit" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # denied, or only planned
    ("At Agadez, officers did not check our passports.", "Agadez"),
    ("At Agadez, officers will check every bus under the new plan.", "Agadez"),
    # no officials: the people themselves checking something
    ("At Agadez, we checked the prices of the tickets.", "Agadez"),
    # goods or an official's trip, not travellers
    ("At Misrata, customs officers checked the cargo of the trucks.", "Misrata"),
    ("At Sebha, police checked the passports of the minister's delegation.", "Sebha"),
])
def test_no_stop_without_travellers_checked(text, place):
    assert "transit" not in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # the check ends the journey: people held there, or returnees received at a return's end
    ("At Agadez, gendarmes checked the documents of the passengers and held them for questioning.", "Agadez"),
    ("At Tunis airport, border police receive the returnees and check their passports.", "Tunis"),
    ("At Tunis, according to returnees we met, border police take each man's fingerprints.", "Tunis"),
    # a record of names alone is the registration of newcomers, no check on the way
    ("At Misrata, officials wrote down the names of every family.", "Misrata"),
])
def test_no_stop_where_the_check_ends_the_journey(text, place):
    assert "transit" not in role_of(text, place)


def test_place_not_opening_the_sentence_is_no_check_stop():
    # (the frame reads a sentence that opens on the place; a place named later is left to other cues)
    assert role_of("Officers said they checked the papers of all the passengers in a village near Sebha.",
                   "Sebha") == set()
