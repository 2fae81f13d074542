"""Rented lodgings are where people set up home: reached by any move ("some went on to rented
rooms in X", "most of them first to rented flats in Y") or rented by the movers themselves
("used their savings to rent rooms in X", "took cash and rented flats in Y"): a destination
(cues.toml destination.moved_to_rooms). Not rooms people only wait in, nor rented rooms listed
with tents, nor a way back.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of displaced families fled the fighting in southern Libya, aid agencies said. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "A few have since gone on to rented rooms in Misrata.", "Misrata"),
    (_OPENING + "Most of them went first to rented flats in Benghazi, paid for by the council.", "Benghazi"),
    (_OPENING + "Around forty families used their savings to rent rooms in Tripoli.", "Tripoli"),
    (_OPENING + "Others took the cash offered and rented flats in Zawiya.", "Zawiya"),
    (_OPENING + "Within a week most had left the school, some to rented single rooms in Sebha.", "Sebha"),
], ids=["gone-on-to", "went-first-to", "rent-verb", "and-rented", "share-to"])
def test_rented_lodgings_are_a_destination(text, place):
    assert "destination" in roles(picture(text)).get(place, set())


@pytest.mark.parametrize("text, place", [
    # a stay on the way, not a move into rooms
    (_OPENING + "For three weeks they waited in rented rooms in Zuwara for a boat.", "Zuwara"),
    # rooms listed with tents: where people had lived, not a move
    (_OPENING + "The families had been living in tents and rented rooms in Kufra.", "Kufra"),
    # a way back
    (_OPENING + "Last spring most went back to rented rooms in Sabratha.", "Sabratha"),
], ids=["waited-in", "tents-and-rooms", "went-back"])
def test_rooms_not_moved_into_are_no_destination(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())
