"""Roles: destinations: a move that ends in a room, a flat,
a house or barracks in a place (destination.moved_to_lodging: "moved his family into a rented
room in X"), a room rented or shared there (destination.rented_room: "the family rented two rooms
in X"), and no share's place after a departure (destination.share_in: "have since left, most of
them in X").

Sentences written for these tests; geocoded by the tiny fixture gazetteer
(tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import role_of

# ------------------------------------------------------------------ a move into lodgings


@pytest.mark.parametrize("text, place", [
    ("He moved his family from the boat into a rented room in Tunis, where an uncle works.", "Tunis"),
    ("The two women left the airport in a taxi to a rented apartment in Rome.", "Rome"),
    ("He was sent, with several hundred others, to a former barracks in Pozzallo.", "Pozzallo"),
    ("When the fighting came closer she moved once more, to her daughter's room in Sfax.", "Sfax"),
    # hedged: still where they went
    ("They may have moved into a small flat in Tunis, a neighbour thought.", "Tunis"),
], ids=["into-a-rented-room", "taxi-to-an-apartment", "sent-to-barracks", "daughters-room", "hedged"])
def test_a_move_into_lodgings_is_a_destination(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # back home: a return, not a new end
    ("After the floods he moved back into his house in Tunis.", "Tunis"),
    # a force takes them there: custody
    ("Police took the migrants to the barracks in Pozzallo.", "Pozzallo"),
    # negated
    ("He never moved to a rented room in Rome; the agent kept his money.", "Rome"),
    ("The carabinieri took the new arrivals by bus to the old barracks in Pozzallo.", "Pozzallo"),
    # a visit, not a move
    ("Before dawn officers came to the family's house in Sfax and drove them to the port.", "Sfax"),
    # only possible
    ("He may move into a flat in Tunis if his claim is accepted.", "Tunis"),
    # a house where people are then held
    ("The drivers took them to a house in Sfax, where they were held for ransom.", "Sfax"),
    # a room that moves no one
    ("The council owns a rented flat in Rome and two houses in Tunis.", "Rome"),
], ids=["moved-back", "police-took", "carabinieri-took", "visit", "may-if", "held-for-ransom", "negated",
        "no-move"])
def test_lodgings_not_moved_into_are_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a room rented or shared


@pytest.mark.parametrize("text, place", [
    ("She found a job making beds in a hotel, and the family rented two rooms in Sfax.", "Sfax"),
    ("Three of the men now share a flat in Tunis near the port.", "Tunis"),
    ("He settled in the north, first in a rented room in Pozzallo and later in a house of his own.",
     "Pozzallo"),
], ids=["rented-two-rooms", "share-a-flat", "settled-first-in"])
def test_a_room_rented_is_where_people_live_now(text, place):
    assert "destination" in role_of(text, place)


@pytest.mark.parametrize("text, place", [
    # others keep them there: traffickers, no choice of theirs
    ("The smugglers kept the women in a rented house in Sfax.", "Sfax"),
    # negated
    ("They could not rent a room in Tunis, so they slept in the park.", "Tunis"),
    # a holiday let
    ("Two tourists from Rome rented two rooms in Sfax for the holidays.", "Sfax"),
    # a room shared in the past: often a stop on the way, not this cue
    ("For a month he shared a room in Sfax with two men from Chad.", "Sfax"),
    # a team's or a band's stay: sport or work, not people on the move
    ("The migrants crossed from Tunis. The team rented two rooms in Sfax for the tournament.", "Sfax"),
    ("The band shares a flat in Tunis while recording the album.", "Tunis"),
], ids=["kept-by-smugglers", "could-not-rent", "holiday-let", "shared-in-the-past", "team-tournament",
        "band-album"])
def test_a_room_kept_in_or_not_rented_is_no_destination(text, place):
    assert "destination" not in role_of(text, place)


# ------------------------------------------------------------------ a share after a departure


def test_a_share_told_after_a_departure_is_no_destination():
    assert "destination" not in role_of(
        "Some 800 migrants who arrived last year have since left, most of them in Rome.", "Rome")


@pytest.mark.parametrize("text, place", [
    ("Some 800 migrants arrived last year, most of them in Rome.", "Rome"),
    ("Of the 800 migrants who arrived last year, a third have since left for Rome.", "Rome"),
], ids=["share-in-after-arrival", "since-left-for"])
def test_a_share_after_an_arrival_or_a_departure_for_a_place_is_a_destination(text, place):
    assert "destination" in role_of(text, place)
