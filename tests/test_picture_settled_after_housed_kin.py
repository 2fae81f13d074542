"""A stop said right after its name to be where people lived, worked or were housed, or where
their kin live ([settings] settled_after, roles._settled_there), ends the journey: "to X, where
he worked on farms", "to X, where they were housed in a school", "to X, where her cousin lives".
Not a stay of days, weeks or months (a stay on the way), nor one with a stop after it.

Sentences written for these tests; geocoded by the tiny fixture gazetteer (tests/extract_helpers.py)."""

from __future__ import annotations

import pytest
from extract_helpers import picture, roles

_OPENING = "Thousands of Eritrean migrants leave every year. "


@pytest.mark.parametrize("text, place", [
    (_OPENING + "After two years he left Tripoli for Misrata, where he worked in a bakery.", "Misrata"),
    (_OPENING + "The families were moved on by ship to Misrata, where they were housed in a school.", "Misrata"),
    (_OPENING + "The families were moved on by ship to Misrata, where they were put in a sports hall.",
     "Misrata"),
    (_OPENING + "She was held for a week in Sebha before being put on a bus to Misrata, where her cousin lives.",
     "Misrata"),
], ids=["worked", "housed", "put-in-a-hall", "cousin-lives"])
def test_a_life_or_a_roof_told_after_the_stop_ends_the_journey(text, place):
    assert roles(picture(text)).get(place) == {"destination"}


@pytest.mark.parametrize("text, place", [
    # a stay of months is on the way
    (_OPENING + "He went on to Misrata, where he worked for three months, and then on to Tripoli.", "Misrata"),
    # a stop named after it in the same sentence
    (_OPENING + "The families were moved by ship to Misrata, where they were housed in a school, and then "
                "flown to Rome.", "Misrata"),
    # denied
    (_OPENING + "The families were taken to Misrata, where they were never housed, and then flown to Rome.",
     "Misrata"),
], ids=["months", "later-stop", "denied"])
def test_a_stay_on_the_way_keeps_the_stop_a_transit(text, place):
    assert "destination" not in roles(picture(text)).get(place, set())
